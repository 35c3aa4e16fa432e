"""Findings highlighted in place, built as escaped Markup in Python.

The text is hostile (anyone can write mail), so it is split at the findings'
offsets and every segment goes through markupsafe.escape; only the <mark>
wrappers made here are trusted markup. Overlapping findings share segments.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass

from markupsafe import Markup, escape

from guard.policy.verdict import STRENGTH, Finding


@dataclass(frozen=True)
class NumberedFinding(Finding):
    """A finding with its 1-based number on the page (the anchor its highlights link to)."""

    n: int = 0


def number(findings: Iterable) -> list[NumberedFinding]:
    return [NumberedFinding(**asdict(f), n=i) for i, f in enumerate(findings, 1)]


def highlight(text: str, findings: Iterable) -> Markup:
    """`text` with each finding (having n, start, end, rule, action) wrapped in a <mark>.

    Findings whose offsets fall outside the text are left to the findings list.
    """
    spans = [f for f in findings if 0 <= f.start < f.end <= len(text)]
    if not spans:
        return escape(text)
    cuts = sorted({0, len(text), *(f.start for f in spans), *(f.end for f in spans)})
    out: list[str] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        piece = escape(text[a:b])
        covering = [f for f in spans if f.start <= a and b <= f.end]
        out.append(_mark(piece, covering) if covering else piece)
    return Markup("").join(out)


def _mark(piece: Markup, covering: Sequence) -> Markup:
    top = max(covering, key=lambda f: STRENGTH.get(f.action, 0))
    title = "; ".join(f"#{f.n} {f.rule} {f.action}" for f in covering)
    ids = " ".join(f"f{f.n}" for f in covering)
    return Markup('<mark class="hl act-{a}" title="{t}" data-findings="{i}">{p}</mark>').format(
        a=top.action if top.action in STRENGTH else "flag", t=title, i=ids, p=piece)


def findings_for(where: str, findings: Iterable) -> list:
    return [f for f in findings if f.where == where]
