"""Releasing and rejecting held messages: exactly once, with a review and an audit entry.

Release claims the row with an atomic compare-and-set (UPDATE ... WHERE status='held',
one row or nothing), so of two releases racing on one message exactly one delivers. Then:

    held --claim--> releasing --upstream accepted every recipient--> released
                        |------temporary failure----> held  (error recorded, try again later)
                        |------refused permanently--> held  (error recorded; reject it instead)
                        |------some recipients accepted-> held for the others only

A release the upstream takes for some recipients but defers (4xx) or refuses (5xx) for
others is not 'released': the row stays held with its recipients narrowed to the deferred
ones, so a later release sends to those only and nobody gets the message twice. A recipient
refused for good is dropped from that list and named in the detail the officer reads.

A crash between the claim and the upstream's answer leaves the row 'releasing': guard
cannot know whether the upstream took the message, so it never retries on its own (`guard
quarantine list --releasing` shows such rows); an admin checks the upstream's log for the Message-ID and runs
`guard quarantine resolve ID --delivered` or `--not-delivered` (back to held).
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass, field
from datetime import timedelta

from sqlalchemy import select, update

from guard.errors import GuardError
from guard.relay.config import UpstreamConfig
from guard.relay.delivery import crlf, deliver
from guard.relay.headers import VERDICT_HEADER, fold, strip_guard_headers, verdict_value
from guard.store import schema
from guard.store.db import Store, utcnow

log = logging.getLogger("guard.quarantine")
M = schema.CheckedMessage


class QuarantineError(GuardError):
    """Raised when a message cannot be released or rejected: unknown, not held, or nothing to send."""


@dataclass(frozen=True)
class ReleaseResult:
    queue_id: str
    delivered: bool
    status: str  # "released", or "held" when the upstream did not take it
    detail: str  # the upstream's answers, for the officer
    temporary: bool = False  # not delivered, and trying again later may work
    refused: dict[str, str] = field(default_factory=dict)  # recipients the upstream refused


def _find(store: Store, id_or_queue_id: int | str) -> tuple[int, str, str]:
    key = str(id_or_queue_id).strip()
    with store.session() as s:
        row = s.execute(select(M.id, M.queue_id, M.status).where(M.queue_id == key.upper())).first()
        if row is None and key.isdigit():
            row = s.execute(select(M.id, M.queue_id, M.status).where(M.id == int(key))).first()
    if row is None:
        raise QuarantineError(f"no message {key} in the log")
    return row[0], row[1], row[2]


def _not_held(qid: str, status: str) -> QuarantineError:
    if status == "releasing":
        return QuarantineError(f"{qid} is being released right now (or a release of it was interrupted: "
                               f"see `guard quarantine resolve --help`)")
    return QuarantineError(f"{qid} is {status}, not held")


def _transition(store: Store, msg_id: int, qid: str, *, expect: str, status: str, detail: str | None,
                user: str, audit_action: str, audit_detail: str, review: tuple[str, str, str] | None,
                rcpts: list[str] | None = None) -> bool:
    """Status change (and the recipients still to deliver to) + review + audit entry in one
    transaction; False if the row was not in `expect`."""
    values: dict = {"status": status, "status_at": utcnow()}
    if rcpts is not None:
        values["rcpt_to"] = rcpts
    if detail is not None:
        values["detail"] = detail
    with store.session() as s:
        n = s.execute(update(M).where(M.id == msg_id, M.status == expect).values(**values)).rowcount
        if n != 1:
            s.rollback()
            return False
        if review is not None:
            decision, reason, result = review
            s.add(schema.Review(message_id=msg_id, decision=decision, user=user, at=utcnow(), reason=reason,
                                result=result))
        s.add(schema.AuditEntry(at=utcnow(), user=user, action=audit_action, target=qid, detail=audit_detail))
    return True


KEPT = ("held", "releasing", "released", "rejected")  # a message the quarantine has (had) in hand
RETRY_WINDOW = timedelta(days=7)  # how far back a retry's twin is looked for by Message-ID


def body_hash(raw: bytes) -> str:
    """sha256 of the body (after the header's blank line, CRLF line ends): a retry whose headers
    an MTA rewrote (Received, a new queue id) still has the same body."""
    data = crlf(raw)
    end = data.find(b"\r\n\r\n")
    return hashlib.sha256(data[end + 4:] if end >= 0 else b"").hexdigest()


def held_duplicate(store: Store, message_id: str, raw: bytes) -> str | None:
    """The queue id of the quarantine's copy of this message, if a sender retries one it already
    has (the relay crashed after the commit but before the sender heard 250): the same bytes, or
    the same Message-ID and body. None when it is new (or has no Message-ID: two sends then)."""
    if not message_id:
        return None
    q = select(M.queue_id).where(M.sha256 == hashlib.sha256(raw).hexdigest(), M.source == "relay",
                                 M.status.in_(KEPT)).limit(1)
    with store.session() as s:
        same = s.scalar(q)
        if same is not None:
            return same
        since = (utcnow() - RETRY_WINDOW).replace(tzinfo=None)
        twins = s.execute(select(M.queue_id, M.raw).where(
            M.received_at >= since, M.message_id_header == message_id[:998], M.source == "relay",
            M.status.in_(KEPT), M.raw.is_not(None))).all()
    want = body_hash(raw)
    return next((qid for qid, old in twins if body_hash(old) == want), None)


def release(store: Store, id_or_queue_id: int | str, *, user: str, upstream: UpstreamConfig,
            reason: str = "") -> ReleaseResult:
    """Deliver a held message upstream, exactly once even when called twice at the same time."""
    msg_id, qid, status = _find(store, id_or_queue_id)
    if status != "held" or not store.set_status(qid, "releasing", expect="held"):
        raise _not_held(qid, _find(store, msg_id)[2] if status == "held" else status)
    try:
        with store.session() as s:
            mail_from, rcpts, raw = s.execute(select(M.mail_from, M.rcpt_to, M.raw).where(M.id == msg_id)).one()
        if raw is None or not rcpts:
            store.set_status(qid, "held", expect="releasing")
            raise QuarantineError(f"{qid} has no stored message or recipients to deliver")
        # CRLF first: the header's end (and so our headers) are found by CRLF CRLF
        content = fold(VERDICT_HEADER, verdict_value("released", qid)) + strip_guard_headers(crlf(raw))
        result = deliver(upstream, mail_from, list(rcpts), content)
    except QuarantineError:
        raise
    except BaseException:
        store.set_status(qid, "held", expect="releasing")  # nothing was sent: deliver() turns I/O into replies
        raise
    refused = {r: rep.line() for r, rep in result.refused.items()}
    if result.complete:
        _transition(store, msg_id, qid, expect="releasing", status="released", detail=result.describe(),
                    user=user, audit_action="release", audit_detail=reason or result.describe(),
                    review=("release", reason, result.describe()))
        log.info("%s released by %s: %s", qid, user, result.describe())
        return ReleaseResult(qid, True, "released", result.describe(), refused=refused)
    if result.delivered:
        return _partly(store, msg_id, qid, user, reason, result.remaining(list(rcpts)), result.describe(), refused)
    detail = f"release by {user} not delivered, still held: {result.describe()}"
    _transition(store, msg_id, qid, expect="releasing", status="held", detail=detail, user=user,
                audit_action="release-failed", audit_detail=result.describe(), review=None)
    log.warning("%s: %s", qid, detail)
    return ReleaseResult(qid, False, "held", f"not delivered, still held: {result.describe()}",
                         temporary=result.temporary, refused=refused)


def _partly(store: Store, msg_id: int, qid: str, user: str, reason: str, remaining: list[str], described: str,
            refused: dict[str, str]) -> ReleaseResult:
    """Some recipients got it: held again for the deferred ones only (none of them twice)."""
    rest = ", ".join(remaining) if remaining else "nobody (the others were refused for good)"
    detail = f"release by {user} partly delivered, still held for {rest}: {described}"
    _transition(store, msg_id, qid, expect="releasing", status="held", detail=detail, user=user,
                audit_action="release-partial", audit_detail=reason or described,
                review=("release", reason, described), rcpts=remaining)
    log.warning("%s: %s", qid, detail)
    return ReleaseResult(qid, False, "held", f"partly delivered, still held for {rest}: {described}",
                         temporary=bool(remaining), refused=refused)


def reject(store: Store, id_or_queue_id: int | str, *, user: str, reason: str) -> None:
    """Refuse a held message for good; it stays in the log as 'rejected' with the reason."""
    if not reason.strip():
        raise QuarantineError("a reason is required to reject a message")
    msg_id, qid, status = _find(store, id_or_queue_id)
    if not _transition(store, msg_id, qid, expect="held", status="rejected", detail=None, user=user,
                       audit_action="reject", audit_detail=reason, review=("reject", reason, "")):
        raise _not_held(qid, _find(store, msg_id)[2])
    log.info("%s rejected by %s: %s", qid, user, reason)


def resolve(store: Store, id_or_queue_id: int | str, *, user: str, delivered: bool,
            stale_after: timedelta = timedelta(minutes=30)) -> str:
    """An admin's decision on a release interrupted by a crash; returns the new status."""
    msg_id, qid, status = _find(store, id_or_queue_id)
    if status != "releasing":
        raise QuarantineError(f"{qid} is {status}: only an interrupted release ('releasing') needs resolving")
    with store.session() as s:
        since = s.scalar(select(M.status_at).where(M.id == msg_id))
    if since is not None:
        since = since if since.tzinfo else since.replace(tzinfo=utcnow().tzinfo)
        if utcnow() - since < stale_after:
            raise QuarantineError(f"{qid} has been releasing for less than {stale_after}: "
                                  "it may still be in progress; try again later")
    new = "released" if delivered else "held"
    note = "admin confirmed the interrupted release was delivered" if delivered else \
        "admin found the interrupted release was not delivered; held again"
    if not _transition(store, msg_id, qid, expect="releasing", status=new, detail=note, user=user,
                       audit_action="resolve", audit_detail=note,
                       review=("release", note, "") if delivered else None):
        raise QuarantineError(f"{qid} changed while resolving; look at it again")
    return new
