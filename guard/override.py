"""Override with a reason: a sender or an admin asks for a held message's release; an officer decides.

    held message --request (sender's link, or `guard override ID --reason`)--> pending
    pending --officer releases--> released     (delivered through the relay's quarantine)
    pending --officer declines--> declined     (the message stays held for the officer)
    pending, every stopping finding's rule has sender_may_release --> released by the sender

Each step writes an audit entry in the same transaction as its row. A sender's link is
single use: its nonce goes into used_links with the request, and a second use finds it there.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError

from guard.errors import GuardError, StoreError
from guard.store import schema
from guard.store.db import Store, utcnow

log = logging.getLogger("guard.override")
M = schema.CheckedMessage
O = schema.OverrideRequest  # noqa: E741
REASON_CHARS = 2000


class OverrideError(GuardError):
    """The request cannot be made or decided: unknown message, not held, link used, no reason."""


@dataclass(frozen=True)
class OverrideRow:
    id: int
    queue_id: str
    subject: str
    message_status: str
    at: datetime
    by: str
    via: str
    reason: str
    state: str
    decided_by: str
    decided_at: datetime | None
    note: str


def _aware(value):
    from guard.store.queries import _aware as aware

    return aware(value)


def sender_may_release(findings, policy) -> bool:
    """True when every finding that stops the message comes from a rule with sender_may_release."""
    stops = [f for f in findings if f.action in ("hold", "block")]
    rules = getattr(policy, "rules", {})
    return bool(stops) and all(f.rule in rules and rules[f.rule].sender_may_release for f in stops)


def request_release(store: Store, queue_id: str, *, by: str, via: str, reason: str,
                    nonce: str | None = None) -> int:
    """Record a request (and use up the link's nonce) for a held message; returns its id."""
    reason = reason.strip()[:REASON_CHARS]
    if not reason:
        raise OverrideError("give a reason: the officer reads it before deciding, and it is audited")
    now = utcnow()
    try:
        with store.session() as s:
            row = s.execute(select(M.id, M.queue_id, M.status).where(M.queue_id == queue_id.strip().upper())).first()
            if row is None:
                raise OverrideError(f"no message {queue_id} in the log")
            if row.status != "held":
                raise OverrideError(f"{row.queue_id} is {row.status}, not held: there is nothing to release")
            if nonce is not None:
                s.add(schema.UsedLink(nonce=nonce, purpose="override", used_at=now))
                s.flush()
            req = O(message_id=row.id, at=now, by=by[:340], via=via, reason=reason, state="pending",
                    decided_by="", note="")
            s.add(req)
            s.add(schema.AuditEntry(at=now, user=by[:120], action="override.request", target=row.queue_id,
                                    detail=f"via {via}: {reason}"))
            s.flush()
            rid = req.id
    except StoreError as e:
        if isinstance(e.__cause__, IntegrityError):
            raise OverrideError("this link was already used; ask your compliance officer") from None
        raise
    log.info("%s: release requested by %s via %s", queue_id, by, via)
    return rid


def close(store: Store, request_id: int, *, state: str, user: str, note: str, action: str) -> bool:
    """pending -> state, audited; False when the request was no longer pending."""
    now = utcnow()
    with store.session() as s:
        qid = s.scalar(select(M.queue_id).join(O, O.message_id == M.id).where(O.id == request_id))
        n = s.execute(update(O).where(O.id == request_id, O.state == "pending")
                      .values(state=state, decided_by=user[:340], decided_at=now, note=note)).rowcount
        if n != 1:
            s.rollback()
            return False
        s.add(schema.AuditEntry(at=now, user=user[:120], action=action, target=qid or "", detail=note))
    return True


def release_requested(store: Store, request_id: int, *, user: str, note: str,
                      release: Callable[[str, str], tuple[bool, str]]) -> tuple[bool, str]:
    """Release the request's message with `release(queue_id, reason)` -> (delivered, detail)."""
    req = get_request(store, request_id)
    if req is None:
        raise OverrideError(f"no override request {request_id}")
    if req.state != "pending":
        raise OverrideError(f"the request for {req.queue_id} was already {req.state} by {req.decided_by}")
    why = f"override requested by {req.by}: {req.reason}" + (f"; {note}" if note else "")
    delivered, detail = release(req.queue_id, why)
    if delivered:
        close(store, request_id, state="released", user=user, note=note or detail, action="override.release")
    return delivered, detail


def decline(store: Store, request_id: int, *, user: str, note: str) -> OverrideRow:
    if not note.strip():
        raise OverrideError("say why the release is declined; the requester and the audit read it")
    req = get_request(store, request_id)
    if req is None:
        raise OverrideError(f"no override request {request_id}")
    if not close(store, request_id, state="declined", user=user, note=note.strip()[:REASON_CHARS],
                 action="override.decline"):
        raise OverrideError(f"the request for {req.queue_id} was already {req.state}")
    return req


def _rows(q) -> select:
    return (select(O, M.queue_id, M.subject, M.status).join(M, O.message_id == M.id).where(q)
            .order_by(O.at.asc(), O.id.asc()))


def _out(o, qid, subject, status) -> OverrideRow:
    return OverrideRow(o.id, qid, subject, status, _aware(o.at), o.by, o.via, o.reason, o.state, o.decided_by,
                       _aware(o.decided_at), o.note)


def get_request(store: Store, request_id: int) -> OverrideRow | None:
    with store.session() as s:
        found = s.execute(_rows(O.id == request_id)).first()
        return _out(*found) if found else None


def pending(store: Store) -> list[OverrideRow]:
    """Requests waiting for an officer, on messages still held, oldest first."""
    with store.session() as s:
        return [_out(*r) for r in s.execute(_rows((O.state == "pending") & M.status.in_(["held", "releasing"])))]


def for_message(store: Store, queue_id: str) -> list[OverrideRow]:
    with store.session() as s:
        return [_out(*r) for r in s.execute(_rows(M.queue_id == queue_id.strip().upper()))]
