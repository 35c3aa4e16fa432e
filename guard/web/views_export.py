"""CSV exports (the log with any filters, the audit, the trends) and the trends page.

CSV is written with the stdlib's csv module and streamed a batch of rows at a time, so an
export of 100k messages never sits in memory. A cell that a spreadsheet would run as a
formula (starting with = + - @, tab or CR) gets a leading apostrophe. Each export is audited.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime, timedelta

from flask import Blueprint, Response, abort, current_app, g, render_template, request, stream_with_context

from guard.web import queries
from guard.web.trends import VIEWS, trends

bp = Blueprint("export", __name__)
BATCH = 1000
FORMULA = ("=", "+", "-", "@", "\t", "\r")
LOG_COLUMNS = ("received_at", "queue_id", "verdict", "status", "source", "mail_from", "rcpt_to", "subject",
               "rules", "accounts", "size", "elapsed_ms", "detail")
TREND_PERIODS = {"7": 7, "30": 30, "90": 90, "365": 365}


def _ctx():
    return current_app.extensions["guard"]


def cell(value) -> str:
    if isinstance(value, datetime):
        return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    if isinstance(value, (list, tuple)):
        value = " ".join(str(v) for v in value)
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA) else text


def _csv(rows: Iterable[Iterable], filename: str) -> Response:
    def generate() -> Iterator[str]:
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\r\n")
        for n, row in enumerate(rows):
            w.writerow([cell(v) for v in row])
            if n % 200 == 0 or buf.tell() > 64 * 1024:
                yield buf.getvalue()
                buf.seek(0)
                buf.truncate()
        yield buf.getvalue()

    resp = Response(stream_with_context(generate()), mimetype="text/csv")
    resp.headers["Content-Type"] = "text/csv; charset=utf-8"
    resp.headers.set("Content-Disposition", "attachment", filename=filename)
    return resp


def _stamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%d-%H%M")


@bp.route("/log.csv")
def log_csv():
    from guard.web.views_log import SORTABLE, log_filters

    ctx = _ctx()
    kw, errors = log_filters(request.args)
    if errors:
        abort(400, "; ".join(errors))
    sort = request.args.get("sort", "-received_at")
    sort = sort if sort.lstrip("-") in SORTABLE else "-received_at"
    queries.add_audit(ctx.store, g.user.name, "export", "log.csv",
                      " ".join(f"{k}={v}" for k, v in sorted(request.args.items()) if v) or "all")

    def rows():
        yield LOG_COLUMNS
        offset = 0
        while True:
            page, _ = queries.list_log(ctx.store, **kw, order=sort, limit=BATCH, offset=offset)
            for r in page:
                yield [getattr(r, c) for c in LOG_COLUMNS]
            if len(page) < BATCH:
                return
            offset += BATCH
    return _csv(rows(), f"guard-log-{_stamp()}.csv")


@bp.route("/audit.csv")
def audit_csv():
    ctx = _ctx()
    action = request.args.get("action", "").strip() or None
    who = request.args.get("user", "").strip() or None
    queries.add_audit(ctx.store, g.user.name, "export", "audit.csv",
                      " ".join(f"{k}={v}" for k, v in (("user", who), ("action", action)) if v) or "all")

    def rows():
        yield ("at", "user", "action", "target", "detail")
        offset = 0
        while True:
            page, _ = queries.audit_log(ctx.store, BATCH, offset, user=who, action=action)
            for a in page:
                yield (a.at, a.user, a.action, a.target, a.detail)
            if len(page) < BATCH:
                return
            offset += BATCH
    return _csv(rows(), f"guard-audit-{_stamp()}.csv")


def _trends():
    ctx = _ctx()
    days = TREND_PERIODS.get(request.args.get("days", "30"), 30)
    until = datetime.now(UTC).date()
    from guard.web.glance import registry_and_policy

    registry, policy = registry_and_policy(ctx)
    names = {r.id: r.name for r in policy.rules.values()} if policy else {}
    return trends(ctx.store, until - timedelta(days=days - 1), until, registry=registry, rule_names=names), days


@bp.route("/trends")
def trends_page():
    t, days = _trends()
    return render_template("trends.html", user=g.user, t=t, days=days, periods=TREND_PERIODS, views=VIEWS)


@bp.route("/trends.csv")
def trends_csv():
    view = request.args.get("by", "sender")
    if view not in VIEWS:
        abort(400, f"by must be one of {', '.join(VIEWS)}")
    t, days = _trends()
    queries.add_audit(_ctx().store, g.user.name, "export", "trends.csv", f"by={view} days={days}")
    period = f"{t.since}..{t.until}"
    before = f"{t.previous_since}..{t.previous_until}"

    def rows():
        if view == "review":
            yield ("figure", period, before)
            for name in ("released", "rejected", "release_ratio", "median_minutes", "mean_minutes", "reviews"):
                yield (name, getattr(t.review, name), getattr(t.review_before, name))
            return
        yield (view, "label", period, before, "change")
        for r in t.tables[view]:
            yield (r.key, r.label, r.now, r.before, r.change)
    return _csv(rows(), f"guard-trends-{view}-{_stamp()}.csv")
