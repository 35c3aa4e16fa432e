"""Charts as plain inline SVG built on the server: no script, no remote loads.

Labels pass through markupsafe; colours come from CSS classes in console.css
(the Content-Security-Policy forbids inline style attributes).
"""

from __future__ import annotations

from collections.abc import Sequence

from markupsafe import Markup, escape

ORDER = ("pass", "flag", "hold", "block")


def stacked_days(days: Sequence[tuple[str, dict[str, int]]], *, width: int = 760, height: int = 220) -> Markup:
    """A stacked bar per day, one colour per verdict, with a y axis and sparse date labels."""
    left, bottom, top = 44, 28, 10
    plot_w, plot_h = width - left - 8, height - bottom - top
    peak = max((sum(c.values()) for _, c in days), default=0) or 1
    step = plot_w / max(len(days), 1)
    bar = max(1.0, step * 0.8)
    parts = [Markup('<svg class="chart" role="img" viewBox="0 0 {w} {h}" width="{w}" height="{h}" '
                    'xmlns="http://www.w3.org/2000/svg">').format(w=width, h=height),
             Markup("<title>Messages per day by verdict</title>")]
    for frac in (0, 0.5, 1):
        y = top + plot_h * (1 - frac)
        parts.append(Markup('<line class="grid" x1="{x1}" x2="{x2}" y1="{y:.1f}" y2="{y:.1f}"/>'
                            '<text class="axis" x="{tx}" y="{ty:.1f}" text-anchor="end">{v}</text>')
                     .format(x1=left, x2=width - 8, y=y, tx=left - 4, ty=y + 4, v=round(peak * frac)))
    label_every = max(1, len(days) // 8)
    for i, (day, counts) in enumerate(days):
        x = left + i * step + (step - bar) / 2
        y = top + plot_h
        for verdict in ORDER:
            n = counts.get(verdict, 0)
            if not n:
                continue
            h = plot_h * n / peak
            y -= h
            parts.append(Markup('<rect class="v-{v}" x="{x:.1f}" y="{y:.1f}" width="{w:.1f}" height="{h:.1f}">'
                                '<title>{d}: {n} {v}</title></rect>').format(v=verdict, x=x, y=y, w=bar, h=h,
                                                                            d=day, n=n))
        if i % label_every == 0:
            parts.append(Markup('<text class="axis" x="{x:.1f}" y="{y}" text-anchor="middle">{d}</text>')
                         .format(x=x + bar / 2, y=height - 10, d=day[5:]))
    parts.append(Markup("</svg>"))
    return Markup("").join(parts)


def bars(items: Sequence[tuple[str, int]], *, css: str = "bar", width: int = 220) -> dict[str, Markup]:
    """A small horizontal bar (SVG) per item, keyed by label, for count tables."""
    peak = max((n for _, n in items), default=0) or 1
    return {label: Markup('<svg class="mini {c}" viewBox="0 0 {w} 12" width="{w}" height="12" '
                          'xmlns="http://www.w3.org/2000/svg"><rect x="0" y="1" width="{bw:.1f}" height="10"/>'
                          '</svg>').format(c=escape(css), w=width, bw=max(1.0, width * n / peak))
            for label, n in items}
