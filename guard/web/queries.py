"""The console's reads beyond guard.store.queries (which it uses for the log, messages,
dashboard counts and audit trail): the held queue's oldest message and recent findings
per account for the registry page. Plain dataclasses out, one short session each.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import func, select

from guard.store import schema
from guard.store.db import Store
from guard.store.queries import add_audit, audit_log, get_message, list_messages, stats

__all__ = ["add_audit", "audit_log", "get_message", "list_messages", "stats", "HeldQueue", "held_queue",
           "RecentFinding", "recent_findings_by_account"]

M = schema.CheckedMessage
F = schema.Finding


def _aware(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


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
