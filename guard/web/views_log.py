"""The officer's reading pages: dashboard, log, one message, and its downloads."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

from flask import Blueprint, Response, abort, current_app, g, render_template, request

from guard.policy.verdict import ACTIONS
from guard.web import charts, desk, glance, mailparts, queries, saved_views
from guard.web.highlight import findings_for, highlight, number
from guard.web.mailparts import safe_download_name

bp = Blueprint("pages", __name__)
PERIODS = {"1": 1, "7": 7, "30": 30, "90": 90, "365": 365}
STATUSES = ("delivered", "flagged", "held", "releasing", "released", "rejected", "blocked", "tempfail",
            "draft", "checked")
SORTABLE = {"received_at": "Received", "verdict": "Verdict", "status": "Status", "mail_from": "Sender",
            "size": "Size"}


def _ctx():
    return current_app.extensions["guard"]


def _date(value: str, label: str, errors: list[str]) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        errors.append(f"{label} must be a date like 2026-07-01, not {value!r}.")
        return None


@bp.route("/")
def dashboard():
    ctx = _ctx()
    errors: list[str] = []
    today = datetime.now(UTC).date()
    since = _date(request.args.get("since", ""), "From", errors)
    until = _date(request.args.get("until", ""), "To", errors)
    days = PERIODS.get(request.args.get("days", "7"), 7)
    if since is None or until is None or since > until:
        if since and until:
            errors.append("From must not be after To.")
        until = until if until and since and since <= until else today
        since = until - timedelta(days=days - 1)
    st = queries.stats(ctx.store, since, until)
    by_day = dict(st.by_day)
    series, d = [], since
    while d <= until and len(series) < 800:
        series.append((d.isoformat(), by_day.get(d.isoformat(), {})))
        d += timedelta(days=1)
    rules = sorted(st.by_rule.items(), key=lambda kv: (len(kv[0]), kv[0]))
    accounts = list(st.by_account.items())[:20]
    return render_template(
        "dashboard.html", user=g.user, stats=st, since=since, until=until, days=days, errors=errors,
        chart=charts.stacked_days(series), rules=rules, accounts=accounts,
        rule_bars=charts.bars(rules, css="bar-rule"), account_bars=charts.bars(accounts, css="bar-account"),
        verdicts=ACTIONS[::-1], held=queries.held_queue(ctx.store), glance=glance.current())


def log_filters(args) -> tuple[dict, list[str]]:
    """The log's query arguments as list_messages keywords, with readable errors for bad ones."""
    errors: list[str] = []
    flt = {k: args.get(k, "").strip() for k in ("verdict", "rule", "account", "sender", "recipient", "status")}
    if flt["verdict"] and flt["verdict"] not in ACTIONS:
        errors.append(f"Verdict must be one of {', '.join(ACTIONS)}.")
        flt["verdict"] = ""
    if flt["status"] and flt["status"] not in STATUSES:
        errors.append(f"Status must be one of {', '.join(STATUSES)}.")
        flt["status"] = ""
    kw = {k: v for k, v in flt.items() if v}
    if kw.get("account"):  # a name or an alias as well as an id
        kw["account"] = glance.current().resolve_account(kw["account"])
    q = args.get("q", "").strip()[:300]
    if q:
        kw["q"] = q
    since = _date(args.get("since", ""), "From", errors)
    until = _date(args.get("until", ""), "To", errors)
    if since:
        kw["since"] = since
    if until:
        kw["until"] = until  # a date: the whole day is included
    return kw, errors


def _page(args) -> int:
    try:
        return max(1, min(int(args.get("page", "1")), 100_000))
    except ValueError:
        return 1


FILTER_KEYS = ("q", "verdict", "status", "rule", "account", "sender", "recipient", "since", "until")
ATTENTION = ["flag", "hold", "block"]


def showing(args, kw: dict) -> str:
    """"attention" (flag, hold, block: the default view) or "all". With any filter or search
    given, everything matching is shown unless asked otherwise."""
    show = args.get("show", "")
    if show not in ("attention", "all"):
        show = "all" if any(args.get(k, "").strip() for k in FILTER_KEYS) else "attention"
    if show == "attention" and "verdict" not in kw:
        kw["verdict"] = ATTENTION
    return show


@bp.route("/log")
def log_page():
    ctx = _ctx()
    kw, errors = log_filters(request.args)
    show = showing(request.args, kw)
    sort = request.args.get("sort", "-received_at")
    if sort.lstrip("-") not in SORTABLE:
        sort = "-received_at"
    page, size = _page(request.args), ctx.settings.page_size
    rows, total = queries.list_log(ctx.store, **kw, order=sort, limit=size, offset=(page - 1) * size)
    pages = max(1, -(-total // size))
    return render_template("log.html", user=g.user, rows=rows, lines=glance.lines(ctx.store, rows),
                           total=total, page=page, pages=pages,
                           sort=sort, sortable=SORTABLE, args=request.args, errors=errors,
                           verdicts=ACTIONS, statuses=STATUSES, show=show,
                           views=saved_views.list_views(ctx.store, g.user.name))


@bp.route("/quarantine")
def quarantine():
    ctx = _ctx()
    page, size = _page(request.args), ctx.settings.page_size
    rows, total = queries.list_log(ctx.store, status=["held", "releasing"], order="received_at",
                                        limit=size, offset=(page - 1) * size)
    expiry = current_app.extensions.get("guard.expiry")  # set by `guard web` from [quarantine]
    return render_template("quarantine.html", user=g.user, rows=rows, lines=glance.lines(ctx.store, rows),
                           total=total, page=page,
                           pages=max(1, -(-total // size)), held=queries.held_queue(ctx.store),
                           expiry=expiry.describe() if expiry is not None and expiry.enabled else "")


def _message(queue_id: str):
    m = queries.get_message(_ctx().store, queue_id)
    if m is None:
        abort(404)
    return m


@bp.route("/message/<queue_id>")
def message(queue_id: str):
    m = _message(queue_id)
    gl = glance.current()
    findings = number(m.findings)
    groups = glance.dedupe(findings)
    first = {glance.same_as(f): f.n for f, _ in groups}
    marks = [replace(f, n=first[glance.same_as(f)]) for f in findings]  # a repeat highlights as its first
    parts = []
    for p in m.parts:
        mine = findings_for(p.get("where"), marks)
        listed = list({f.n: f for f in mine}.values())
        parts.append({"where": p.get("where", ""), "html": highlight(p.get("text", ""), mine), "findings": listed})
    raw_view = None
    raw_error = ""
    if m.raw is not None:
        try:
            raw_view = mailparts.read_raw(m.raw)
        except Exception as e:  # noqa: BLE001 - a message the stdlib cannot split is still shown
            raw_error = f"The kept message could not be split into parts ({e.__class__.__name__})."
    next_qid = desk.next_held(_ctx().store, after=m.row.queue_id)
    expiry = current_app.extensions.get("guard.expiry")
    expires = (m.row.received_at + timedelta(days=expiry.days)) if expiry is not None and expiry.enabled else None
    return render_template("message.html", user=g.user, m=m, row=m.row, findings=findings, parts=parts,
                           raw=raw_view, raw_error=raw_error, next_qid=next_qid, groups=groups,
                           summary=gl.summary(m.findings, m.row.rcpt_to), glance=gl, expires=expires,
                           expiry=expiry)


def _download(data: bytes, filename: str) -> Response:
    """Bytes as a file download: never sniffed, never shown inline, never cached."""
    resp = Response(data, mimetype="application/octet-stream")
    resp.headers.set("Content-Disposition", "attachment", filename=safe_download_name(filename))
    resp.headers["X-Content-Type-Options"] = "nosniff"
    resp.headers["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return resp


@bp.route("/message/<queue_id>/raw")
def raw(queue_id: str):
    m = _message(queue_id)
    if m.raw is None:
        abort(404)
    queries.add_audit(_ctx().store, g.user.name, "message.download", m.row.queue_id, "raw message")
    return _download(m.raw, f"{m.row.queue_id}.eml")


@bp.route("/message/<queue_id>/attachment/<int:n>")
def attachment(queue_id: str, n: int):
    m = _message(queue_id)
    found = mailparts.attachment_bytes(m.raw, n) if m.raw is not None else None
    if found is None:
        abort(404)
    att, data = found
    queries.add_audit(_ctx().store, g.user.name, "message.download", m.row.queue_id,
                      f"attachment {n}: {att.filename}")
    return _download(data, att.filename)
