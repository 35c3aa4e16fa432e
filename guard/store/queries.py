"""Reading the store: the one query API behind `guard log`, `guard quarantine` and the web console.

Every function takes a Store and returns plain dataclasses (never ORM objects), so callers
need no session and cannot lazy-load by accident. Filters map onto indexed columns or the
space-padded `rules` / `accounts` / `rcpt_text` columns, so a page of the log and its total
stay fast at 100k messages on SQLite and PostgreSQL alike. Times are timezone-aware UTC.

On SQLite, `ORDER BY received_at LIMIT 50` with a LIKE filter (rule, account, a sender or
recipient pattern) that few rows match makes the planner walk the received_at index and
fetch the rows one by one until it has 50 matches: the whole table for a rare match (~150 ms
at 100k rows). A plain scan and sort of the matches is a fraction of that; `ORDER BY
+received_at` tells SQLite to do it (guard.web.queries.list_log does the same).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import Date, cast, func, literal_column, or_, select
from sqlalchemy.orm import defer, selectinload

from guard.errors import StoreError
from guard.policy.verdict import Finding
from guard.store import schema
from guard.store.db import Store, utcnow

M = schema.CheckedMessage

# order keys a caller may ask for; "-" prefix means descending
ORDERS = {"received_at": M.received_at, "size": M.size, "verdict": M.verdict, "status": M.status,
          "mail_from": M.mail_from, "elapsed_ms": M.elapsed_ms, "id": M.id}


@dataclass(frozen=True)
class MessageRow:
    """One line of the log."""

    id: int
    queue_id: str
    received_at: datetime
    source: str
    mail_from: str
    rcpt_to: list[str]
    header_from: str
    subject: str
    size: int
    verdict: str
    status: str
    rules: list[str]
    accounts: list[str]
    elapsed_ms: float
    has_raw: bool
    detail: str
    registry_version: str = ""  # the registry that judged it (guard.reloading)

    def to_json(self) -> dict:
        d = dict(self.__dict__)
        d["received_at"] = self.received_at.isoformat()
        return d


@dataclass(frozen=True)
class ReviewRow:
    decision: str  # release | reject
    user: str
    at: datetime
    reason: str
    result: str


@dataclass(frozen=True)
class MessageDetail:
    """A message with everything the console and `guard log show` display."""

    row: MessageRow
    findings: list[Finding]
    reviews: list[ReviewRow]
    raw: bytes | None
    parts: list[dict]  # [{"where", "text"}] for every part that has a finding
    unread: list[dict]  # [{"where", "reason"}]
    attachments: list[str]
    header_to: str
    message_id_header: str
    sha256: str
    status_at: datetime | None = None

    def part_text(self, where: str) -> str | None:
        for p in self.parts:
            if p.get("where") == where:
                return p.get("text", "")
        return None

    def context(self, finding: Finding, width: int = 60) -> tuple[str, str, str] | None:
        """(before, match, after) around a finding in its part's text, or None if not kept."""
        text = self.part_text(finding.where)
        if text is None or not (0 <= finding.start <= finding.end <= len(text)):
            return None
        before = text[max(0, finding.start - width):finding.start]
        after = text[finding.end:finding.end + width]
        return before, text[finding.start:finding.end], after


@dataclass(frozen=True)
class Stats:
    since: datetime
    until: datetime
    total: int
    by_verdict: dict[str, int]
    by_status: dict[str, int]
    by_rule: dict[str, int]  # messages with at least one finding of the rule
    by_account: dict[str, int]  # messages with at least one finding naming the account
    by_day: list[tuple[str, dict[str, int]]]  # ("2026-07-01", {"pass": 10, "block": 1}), oldest first
    held: int  # held now, whenever received
    oldest_held: datetime | None
    releasing: int = 0  # claimed by a release that has not finished (see guard.relay.quarantine)


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    user: str
    action: str
    target: str
    detail: str


def as_utc(value: datetime | date | None, *, end_of_day: bool = False) -> datetime | None:
    """Naive datetimes are UTC; a date means its start (or, for `until`, its end) in UTC."""
    if value is None:
        return None
    if not isinstance(value, datetime):
        value = datetime.combine(value, time.min, UTC) + (timedelta(days=1) if end_of_day else timedelta())
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _db_time(value: datetime | None) -> datetime | None:
    # SQLite keeps naive UTC text; PostgreSQL takes aware values. Naive UTC works for both binds.
    return None if value is None else value.astimezone(UTC).replace(tzinfo=None)


def _aware(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _words(padded: str) -> list[str]:
    return padded.split()


def _row(m: schema.CheckedMessage, has_raw: bool) -> MessageRow:
    return MessageRow(
        id=m.id, queue_id=m.queue_id, received_at=_aware(m.received_at), source=m.source,
        mail_from=m.mail_from, rcpt_to=list(m.rcpt_to or []), header_from=m.header_from,
        subject=m.subject, size=m.size, verdict=m.verdict, status=m.status, rules=_words(m.rules),
        accounts=_words(m.accounts), elapsed_ms=m.elapsed_ms, has_raw=has_raw, detail=m.detail,
        registry_version=m.registry_version or "",
    )


def _escape_like(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _one_or_many(column, value):
    if isinstance(value, (list, tuple, set, frozenset)):
        return column.in_(list(value))
    return column == value


def _filters(*, verdict=None, rule=None, account=None, sender=None, recipient=None,
             since=None, until=None, status=None, source=None) -> tuple[list, bool]:
    """WHERE clauses, and whether any of them is a LIKE no index can serve."""
    where = []
    scans = bool(rule or account or recipient)
    if verdict:
        where.append(_one_or_many(M.verdict, verdict))
    if status:
        where.append(_one_or_many(M.status, status))
    if source:
        where.append(_one_or_many(M.source, source))
    if rule:
        where.append(M.rules.like(f"% {_escape_like(rule.strip().upper())} %", escape="\\"))
    if account:
        where.append(M.accounts.like(f"% {_escape_like(account.strip().lower())} %", escape="\\"))
    if sender:
        s = sender.strip().lower()
        if "@" in s and not s.startswith("@"):
            where.append(or_(M.mail_from == s, func.lower(M.header_from) == s))
        else:  # a domain or a fragment
            scans = True
            pat = f"%{_escape_like(s)}%"
            where.append(or_(func.lower(M.mail_from).like(pat, escape="\\"),
                             func.lower(M.header_from).like(pat, escape="\\")))
    if recipient:
        r = recipient.strip().lower()
        exact = "@" in r and not r.startswith("@")
        pat = f"% {_escape_like(r)} %" if exact else f"%{_escape_like(r)}%"
        where.append(func.lower(M.rcpt_text).like(pat, escape="\\"))
    if since is not None:
        where.append(M.received_at >= _db_time(as_utc(since)))
    if until is not None:
        where.append(M.received_at < _db_time(as_utc(until, end_of_day=True)))
    return where, scans


def list_messages(store: Store, *, verdict=None, rule: str | None = None, account: str | None = None,
                  sender: str | None = None, recipient: str | None = None,
                  since: datetime | date | None = None, until: datetime | date | None = None,
                  status=None, source=None, order: str = "-received_at", limit: int = 50,
                  offset: int = 0) -> tuple[list[MessageRow], int]:
    """A page of the log, newest first by default, and the number of messages matching the filters.

    verdict/status/source take one value or a list. rule is "R3"; account is an account id.
    sender/recipient: a full address matches exactly, anything else (a domain) as a substring.
    since is inclusive, until exclusive; a date for `until` includes that whole day.
    """
    key = order.lstrip("-")
    if key not in ORDERS:
        raise StoreError(f"cannot order the log by {key!r} (one of: {', '.join(sorted(ORDERS))})")
    col = ORDERS[key]
    where, scans = _filters(verdict=verdict, rule=rule, account=account, sender=sender, recipient=recipient,
                            since=since, until=until, status=status, source=source)
    limit, offset = max(0, min(int(limit), 10_000)), max(0, int(offset))
    with store.session() as s:
        total = s.scalar(select(func.count()).select_from(M).where(*where)) or 0
        if scans and store.is_sqlite and total < 8 * (offset + limit):
            # Walking the index fetches about (offset+limit) * all/total rows one by one, each
            # about 8 times dearer than a row of a plain scan: with few matches, scan and sort.
            col = literal_column(f"+{M.__tablename__}.{col.key}")
        ordering = [col.desc(), M.id.desc()] if order.startswith("-") else [col.asc(), M.id.asc()]
        q = (select(M, M.raw.is_not(None)).where(*where).order_by(*ordering).limit(limit)
             .offset(offset).options(defer(M.raw)))
        rows = [_row(m, bool(has_raw)) for m, has_raw in s.execute(q)]
    return rows, int(total)


def _lookup(s, id_or_queue_id: int | str) -> schema.CheckedMessage | None:
    key = str(id_or_queue_id).strip()
    q = select(M).options(selectinload(M.findings), selectinload(M.reviews))
    m = s.scalar(q.where(M.queue_id == key.upper()))
    if m is None and key.isdigit():
        m = s.scalar(q.where(M.id == int(key)))
    return m


def get_message(store: Store, id_or_queue_id: int | str) -> MessageDetail | None:
    """A message by its queue id (as in the SMTP reply) or its numeric id; None if there is none."""
    with store.session() as s:
        m = _lookup(s, id_or_queue_id)
        if m is None:
            return None
        return MessageDetail(
            row=_row(m, m.raw is not None),
            findings=[Finding(f.rule, f.action, f.account, f.kind, f.text, f.where, f.start, f.end,
                                 f.explanation) for f in m.findings],
            reviews=[ReviewRow(r.decision, r.user, _aware(r.at), r.reason, r.result) for r in m.reviews],
            raw=m.raw, parts=list(m.parts or []), unread=list(m.unread or []),
            attachments=list(m.attachments or []), header_to=m.header_to,
            message_id_header=m.message_id_header, sha256=m.sha256, status_at=_aware(m.status_at),
        )


def _day_expr(store: Store):
    if store.engine.dialect.name == "postgresql":
        return cast(func.timezone("UTC", M.received_at), Date)
    return func.date(M.received_at)


def stats(store: Store, since: datetime | date | None = None,
          until: datetime | date | None = None) -> Stats:
    """Counts for the console's dashboard over [since, until) (default: the last 30 days)."""
    until_ = as_utc(until, end_of_day=True) or utcnow()
    since_ = as_utc(since) or until_ - timedelta(days=30)
    rng = [M.received_at >= _db_time(since_), M.received_at < _db_time(until_)]
    F = schema.Finding
    day = _day_expr(store)
    by_verdict: dict[str, int] = {}
    by_status: dict[str, int] = {}
    days: dict[str, dict[str, int]] = {}
    with store.session() as s:
        # One pass over the index on (received_at, verdict, status) for the three breakdowns.
        for d, v, st, n in s.execute(select(day, M.verdict, M.status, func.count()).where(*rng)
                                     .group_by(day, M.verdict, M.status)):
            by_verdict[v] = by_verdict.get(v, 0) + n
            by_status[st] = by_status.get(st, 0) + n
            per_day = days.setdefault(str(d)[:10], {})
            per_day[v] = per_day.get(v, 0) + n
        by_rule = dict(s.execute(
            select(F.rule, func.count(func.distinct(F.message_id))).join(M, F.message_id == M.id)
            .where(*rng).group_by(F.rule)).all())
        by_account = dict(s.execute(
            select(F.account, func.count(func.distinct(F.message_id))).join(M, F.message_id == M.id)
            .where(*rng, F.account.is_not(None)).group_by(F.account)).all())
        held, oldest = s.execute(select(func.count(), func.min(M.received_at)).where(M.status == "held")).one()
        releasing = s.scalar(select(func.count()).select_from(M).where(M.status == "releasing")) or 0
    return Stats(since=since_, until=until_, total=sum(by_verdict.values()), by_verdict=dict(sorted(by_verdict.items())),
                 by_status=dict(sorted(by_status.items())), by_rule=dict(sorted(by_rule.items(), key=lambda kv: -kv[1])),
                 by_account=dict(sorted(by_account.items(), key=lambda kv: -kv[1])),
                 by_day=sorted(days.items()), held=int(held or 0), oldest_held=_aware(oldest),
                 releasing=int(releasing))


def audit_log(store: Store, limit: int = 50, offset: int = 0, *, user: str | None = None,
              action: str | None = None) -> tuple[list[AuditRow], int]:
    """The audit trail, newest first, and its total length (with the same filters)."""
    A = schema.AuditEntry
    where = []
    if user:
        where.append(A.user == user)
    if action:
        where.append(A.action == action)
    with store.session() as s:
        total = s.scalar(select(func.count()).select_from(A).where(*where)) or 0
        q = select(A).where(*where).order_by(A.at.desc(), A.id.desc()).limit(max(0, int(limit))).offset(
            max(0, int(offset)))
        rows = [AuditRow(a.id, _aware(a.at), a.user, a.action, a.target, a.detail) for a in s.scalars(q)]
    return rows, int(total)


def add_audit(store: Store, user: str, action: str, target: str = "", detail: str = "") -> None:
    """Append one audit entry (committed before returning)."""
    with store.session() as s:
        s.add(schema.AuditEntry(at=utcnow(), user=user[:120], action=action[:40], target=target[:300],
                                detail=detail))


def quarantine_stats(store: Store) -> tuple[int, datetime | None]:
    """How many messages are held, and when the oldest of them arrived (UTC; None when none is)."""
    with store.session() as s:
        count, oldest = s.execute(select(func.count(), func.min(M.received_at)).where(M.status == "held")).one()
    return int(count or 0), _aware(oldest)
