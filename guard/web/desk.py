"""The officer's desk: what acting on held mail needs besides release and reject themselves.

Acting on a message is two steps: a confirmation page that shows the recipients the
message would go to (or would never reach), then the action with a reason. The
confirmation carries a digest of what the officer saw (queue ids and recipients); the
server acts only when the digest still matches the store, so a form forged without the
confirmation page, or a message whose recipients changed meanwhile (a partial release),
is shown for confirmation again instead of acted on.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, or_, select

from guard.policy.verdict import Finding
from guard.store import schema
from guard.store.db import Store
from guard.store.queries import _aware

M = schema.CheckedMessage
F = schema.Finding
ACTIONS = ("release", "reject")
MAX_BULK = 200


@dataclass(frozen=True)
class HeldItem:
    """One message on a confirmation page."""

    queue_id: str
    subject: str
    status: str
    received_at: datetime
    mail_from: str
    rcpt_to: tuple[str, ...]


def held_items(store: Store, queue_ids: list[str]) -> list[HeldItem]:
    """The messages of `queue_ids` (any status; unknown ids left out), oldest first."""
    ids = sorted({q.strip().upper() for q in queue_ids if q.strip()})[:MAX_BULK]
    if not ids:
        return []
    with store.session() as s:
        rows = s.execute(select(M.queue_id, M.subject, M.status, M.received_at, M.mail_from, M.rcpt_to)
                         .where(M.queue_id.in_(ids)).order_by(M.received_at, M.id)).all()
    return [HeldItem(q, subj, st, _aware(at), frm, tuple(rc or ())) for q, subj, st, at, frm, rc in rows]


def digest(items: list[HeldItem]) -> str:
    """What a confirmation showed: each message's queue id and its recipients."""
    text = "\n".join(f"{i.queue_id}:{','.join(sorted(i.rcpt_to))}" for i in sorted(items, key=lambda i: i.queue_id))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def next_held(store: Store, after: str | None = None) -> str | None:
    """The held message to read next: the one after `after` in the quarantine's order (oldest
    first), else the oldest one still held; None when the queue is empty."""
    with store.session() as s:
        if after:
            cur = s.execute(select(M.received_at, M.id).where(M.queue_id == after.upper())).first()
            if cur is not None:
                at, mid = cur
                q = (select(M.queue_id).where(M.status == "held",
                                              or_(M.received_at > at, and_(M.received_at == at, M.id > mid)))
                     .order_by(M.received_at, M.id).limit(1))
                found = s.scalar(q)
                if found:
                    return found
        q = select(M.queue_id).where(M.status == "held")
        if after:
            q = q.where(M.queue_id != after.upper())
        return s.scalar(q.order_by(M.received_at, M.id).limit(1))


def findings_by_message(store: Store, message_ids: list[int]) -> dict[int, list[Finding]]:
    """The findings of a page of messages in one query (for their summaries)."""
    out: dict[int, list[Finding]] = {i: [] for i in message_ids}
    if not message_ids:
        return out
    with store.session() as s:
        for f in s.scalars(select(F).where(F.message_id.in_(message_ids)).order_by(F.id)):
            out[f.message_id].append(Finding(f.rule, f.action, f.account, f.kind, f.text, f.where, f.start,
                                             f.end, f.explanation))
    return out
