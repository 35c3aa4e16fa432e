"""One log line per message, amavis style: what a mail admin greps for, in one place.

    2026-12-08T09:30:00.123+01:00 3F2A9C0D11E24B7A FLAGGED client=[192.0.2.7] from=<lily@x.cn>
    to=<a@y.no>,<b@y.no> message-id=<m1@x.cn> size=2345 verdict=flag rules=R1 accounts=fjordhome
    check_ms=4.8 upstream="250 2.0.0 Ok: queued as 4XYZ"

(on one line). The outcome word comes first (PASSED, FLAGGED, HELD, BLOCKED, REJECTED,
REFUSED, TEMPFAIL), as amavis puts Passed/Blocked first; values with spaces are quoted.
The same call counts the message in the Prometheus metrics (guard.metrics).
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from datetime import datetime

from guard import metrics

log = logging.getLogger("guard.relay")

OUTCOME = {"delivered": "PASSED", "flagged": "FLAGGED", "held": "HELD", "blocked": "BLOCKED",
           "rejected": "REJECTED", "refused": "REFUSED", "tempfail": "TEMPFAIL"}


@dataclass(frozen=True)
class MessageEvent:
    queue_id: str | None  # None: not logged in the store (a tempfail before the row was written)
    status: str  # the log row's status (delivered, flagged, held, blocked, rejected, refused, tempfail)
    client: str = ""
    mail_from: str = ""
    rcpts: tuple[str, ...] = ()
    message_id: str = ""
    size: int = 0
    verdict: str = "-"  # pass | flag | hold | block, or "-" when there is none (not checked)
    rules: tuple[str, ...] = ()
    accounts: tuple[str, ...] = ()
    check_ms: float | None = None
    upstream: str = ""  # the upstream's reply, when it was asked
    note: str = ""  # why, when there is no verdict ("not checked: the check timed out")
    at: datetime = field(default_factory=lambda: datetime.now().astimezone())


def _value(v: str) -> str:
    if v and all(c.isprintable() and c not in ' "=' for c in v):
        return v
    return json.dumps(v, ensure_ascii=False)


def format_line(e: MessageEvent) -> str:
    parts = [e.at.isoformat(timespec="milliseconds"), e.queue_id or "-", OUTCOME.get(e.status, e.status.upper()),
             f"client={_value(e.client or '-')}", f"from=<{e.mail_from}>",
             "to=" + (_value(",".join(f"<{r}>" for r in e.rcpts)) if e.rcpts else "-"),
             f"message-id={_value(e.message_id or '-')}", f"size={e.size}", f"verdict={e.verdict}",
             f"rules={','.join(e.rules) or '-'}", f"accounts={_value(','.join(e.accounts) or '-')}",
             f"check_ms={e.check_ms:.1f}" if e.check_ms is not None else "check_ms=-"]
    if e.upstream:
        parts.append(f"upstream={_value(e.upstream)}")
    if e.note:
        parts.append(f"note={_value(e.note)}")
    return " ".join(parts)


def event(queue_id: str | None, status: str, envelope, outcome=None, *, upstream: str = "",
          note: str = "") -> MessageEvent:
    """The event of one relayed message, from the aiosmtpd envelope and the CheckOutcome."""
    verdict = getattr(outcome, "verdict", None)
    message = getattr(outcome, "message", None)
    findings = verdict.findings if verdict is not None else ()
    return MessageEvent(
        queue_id=queue_id, status=status, client=getattr(envelope, "guard_client", "") or "",
        mail_from=envelope.mail_from or "", rcpts=tuple(envelope.rcpt_tos),
        message_id=(message.message_id if message is not None else "") or "",
        size=len(envelope.original_content or b""), verdict=verdict.verdict if verdict is not None else "-",
        rules=tuple(sorted({f.rule for f in findings})),
        accounts=tuple(sorted({f.account for f in findings if f.account})),
        check_ms=outcome.elapsed_ms if outcome is not None and verdict is not None else None,
        upstream=upstream, note=note)


def emit(e: MessageEvent) -> None:
    """Log the line and count the message."""
    level = logging.WARNING if e.status in ("tempfail", "refused") else logging.INFO
    log.log(level, "%s", format_line(e))
    metrics.observe_message(e.verdict, e.status, list(e.rules), e.check_ms)
    if e.status in ("tempfail", "refused") and e.upstream:
        metrics.UPSTREAM_ERRORS.labels("temporary" if e.status == "tempfail" else "permanent").inc()
