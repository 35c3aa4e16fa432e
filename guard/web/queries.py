"""The console's reads beyond guard.store.queries (which it uses for messages, dashboard
counts and the audit trail): the log page's listing, the held queue's oldest message and
recent findings per account for the registry page. Plain dataclasses out, one short
session each.

Why a log listing of its own: on SQLite, `ORDER BY received_at LIMIT 50` with a LIKE filter
(rule, account, sender, recipient) makes the planner walk the received_at index and fetch
every row by id: 250-300 ms at 100,000 rows. A plain scan and sort of the matches takes
about 40 ms; `ORDER BY +received_at` tells SQLite to do that. The filters mean exactly
what guard.store.queries.list_messages's do.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import func, literal_column, or_, select
from sqlalchemy.orm import defer

from guard.store import schema
from guard.store.db import Store
from guard.store.queries import MessageRow, add_audit, as_utc, audit_log, get_message, list_messages, stats
from guard.store.search import search_clause

__all__ = ["add_audit", "audit_log", "get_message", "list_messages", "stats", "list_log", "LOG_ORDERS",
           "HeldQueue", "held_queue", "RecentFinding", "recent_findings_by_account"]

M = schema.CheckedMessage
F = schema.Finding


def _aware(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


LOG_ORDERS = {"received_at": M.received_at, "verdict": M.verdict, "status": M.status, "mail_from": M.mail_from,
              "size": M.size}


def _like(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _db_time(value: datetime) -> datetime:
    return value.astimezone(UTC).replace(tzinfo=None)


def log_filters(*, verdict=None, rule=None, account=None, sender=None, recipient=None, status=None,
                since=None, until=None) -> tuple[list, bool]:
    """WHERE clauses (list_messages's semantics) and whether any is a LIKE scan."""
    where, scans = [], False
    if verdict:
        where.append(M.verdict.in_(verdict) if isinstance(verdict, (list, tuple)) else M.verdict == verdict)
    if status:
        where.append(M.status.in_(status) if isinstance(status, (list, tuple)) else M.status == status)
    if rule:
        where.append(M.rules.like(f"% {_like(rule.strip().upper())} %", escape="\\"))
        scans = True
    if account:
        where.append(M.accounts.like(f"% {_like(account.strip().lower())} %", escape="\\"))
        scans = True
    if sender:
        s = sender.strip().lower()
        if "@" in s and not s.startswith("@"):
            where.append(or_(M.mail_from == s, func.lower(M.header_from) == s))
        else:
            pat = f"%{_like(s)}%"
            where.append(or_(func.lower(M.mail_from).like(pat, escape="\\"),
                             func.lower(M.header_from).like(pat, escape="\\")))
            scans = True
    if recipient:
        r = recipient.strip().lower()
        exact = "@" in r and not r.startswith("@")
        where.append(func.lower(M.rcpt_text).like(f"% {_like(r)} %" if exact else f"%{_like(r)}%", escape="\\"))
        scans = True
    if since is not None:
        where.append(M.received_at >= _db_time(as_utc(since)))
    if until is not None:
        where.append(M.received_at < _db_time(as_utc(until, end_of_day=True)))
    return where, scans


def list_log(store: Store, *, order: str = "-received_at", limit: int = 50, offset: int = 0,
             **filters) -> tuple[list[MessageRow], int]:
    """A page of the log and the number of matching messages (see the module note on speed)."""
    key = order.lstrip("-")
    col = LOG_ORDERS.get(key, M.received_at)
    search = filters.pop("q", "")
    where, scans = log_filters(**filters)
    found = search_clause(store, search) if search else None
    if found is not None:  # few matches: see the module note
        where, scans = [*where, found], True
    limit, offset = max(0, min(limit, 1000)), max(0, offset)
    with store.session() as s:
        total = s.scalar(select(func.count()).select_from(M).where(*where)) or 0
        if scans and store.engine.dialect.name == "sqlite" and total < 8 * (offset + limit):
            # Walking the index fetches about (offset+limit) * all/total rows one by one, each
            # about 8 times dearer than a row of a plain scan: with few matches, scan and sort.
            col = literal_column(f"+{M.__tablename__}.{col.key}")
        ordering = [col.desc(), M.id.desc()] if order.startswith("-") else [col.asc(), M.id.asc()]
        q = (select(M, M.raw.is_not(None)).where(*where).order_by(*ordering).limit(limit).offset(offset)
             .options(defer(M.raw), defer(M.parts)))
        rows = [MessageRow(id=m.id, queue_id=m.queue_id, received_at=_aware(m.received_at), source=m.source,
                           mail_from=m.mail_from, rcpt_to=list(m.rcpt_to or []), header_from=m.header_from,
                           subject=m.subject, size=m.size, verdict=m.verdict, status=m.status,
                           rules=m.rules.split(), accounts=m.accounts.split(), elapsed_ms=m.elapsed_ms,
                           has_raw=bool(has_raw), detail=m.detail) for m, has_raw in s.execute(q)]
    return rows, int(total)


@dataclass(frozen=True)
class HeldQueue:
    count: int
    oldest_queue_id: str | None = None
    oldest_at: datetime | None = None
    oldest_subject: str = ""


def held_queue(store: Store) -> HeldQueue:
    """How many messages wait for an officer, and the one waiting longest."""
    with store.session() as s:
        n = s.scalar(select(func.count()).select_from(M).where(M.status == "held")) or 0
        oldest = s.execute(select(M.queue_id, M.received_at, M.subject).where(M.status == "held")
                           .order_by(M.received_at.asc(), M.id.asc()).limit(1)).first()
    if not oldest:
        return HeldQueue(int(n))
    return HeldQueue(int(n), oldest[0], _aware(oldest[1]), oldest[2])


@dataclass(frozen=True)
class RecentFinding:
    queue_id: str
    received_at: datetime
    subject: str
    rule: str
    verdict: str


def recent_findings_by_account(store: Store, per_account: int = 5, scan: int = 2000) -> dict[str, list]:
    """The latest messages naming each account (one line per message and account)."""
    q = (select(F.account, M.queue_id, M.received_at, M.subject, F.rule, M.verdict)
         .join(M, F.message_id == M.id).where(F.account.is_not(None))
         .order_by(M.received_at.desc(), M.id.desc(), F.id).limit(scan))
    out: dict[str, list[RecentFinding]] = {}
    seen: set[tuple[str, str]] = set()
    with store.session() as s:
        for account, qid, at, subject, rule, verdict in s.execute(q):
            if (account, qid) in seen or len(out.get(account, ())) >= per_account:
                continue
            seen.add((account, qid))
            out.setdefault(account, []).append(RecentFinding(qid, _aware(at), subject, rule, verdict))
    return out
