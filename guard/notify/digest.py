"""The officers' digest: held messages with a one-line summary and a signed link to each.

`guard digest send` sends it now (a systemd timer calls it, see docs); `guard serve` sends
it at [notify] digest_at times of day (UTC) from its own loop. Both record "digest.sent"
in the audit log, and `--if-due` (and the loop) send only when a scheduled time has passed
since the last digest, so a timer and the relay together never send one twice.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from guard.links import digest_url
from guard.notify import NotifySettings, compose, render, send
from guard.store import schema
from guard.store.db import Store, utcnow
from guard.store.queries import _aware, add_audit, audit_log
from guard.web.format import age

log = logging.getLogger("guard.digest")
M = schema.CheckedMessage
MAX_ENTRIES = 500


@dataclass(frozen=True)
class Entry:
    queue_id: str
    subject: str
    sender: str
    recipients: list[str]
    received_at: str
    age: str
    rules: list[str]
    accounts: list[str]
    summary: str
    link: str


def summary(findings, rule_names: dict[str, str]) -> str:
    """What stopped it, in one line: the explanation of its first stopping finding, and how many more."""
    stops = [f for f in findings if f.action in ("hold", "block")] or list(findings)
    if not stops:
        return "held without findings (guard could not check it)"
    first = stops[0].explanation or rule_names.get(stops[0].rule, stops[0].rule)
    more = len({(f.rule, f.text) for f in stops}) - 1
    return first + (f" (and {more} more finding{'s' if more != 1 else ''})" if more > 0 else "")


def held_entries(store: Store, settings: NotifySettings, rule_names: dict[str, str],
                 now: datetime | None = None) -> list[Entry]:
    now = now or utcnow()
    with store.session() as s:
        rows = s.scalars(select(M).where(M.status == "held").order_by(M.received_at.asc(), M.id.asc())
                         .options(selectinload(M.findings)).limit(MAX_ENTRIES)).all()
        out = []
        for m in rows:
            rules = sorted({f.rule for f in m.findings}, key=lambda r: int(r[1:]) if r[1:].isdigit() else 99)
            link = digest_url(settings.public_url, settings.secret_key, m.queue_id) if settings.public_url else ""
            out.append(Entry(m.queue_id, m.subject or "(no subject)", m.mail_from, list(m.rcpt_to or []),
                             _aware(m.received_at).strftime("%Y-%m-%d %H:%M UTC"), age(_aware(m.received_at), now),
                             [f"{r} {rule_names.get(r, '')}".strip() for r in rules], m.accounts.split(),
                             summary(m.findings, rule_names), link))
    return out


def build(store: Store, settings: NotifySettings, rule_names: dict[str, str],
          now: datetime | None = None) -> tuple[str, str, int]:
    """(subject, body, number of entries)."""
    now = now or utcnow()
    entries = held_entries(store, settings, rule_names, now)
    body = render(settings.digest_template, count=len(entries), entries=[e.__dict__ for e in entries],
                  oldest_age=entries[0].age if entries else "", generated_at=now.strftime("%Y-%m-%d %H:%M UTC"))
    subject = f"guard: {len(entries)} message{'s' if len(entries) != 1 else ''} held for review"
    return subject, body, len(entries)


def send_digest(store: Store, settings: NotifySettings, upstream, rule_names: dict[str, str], *,
                to: tuple[str, ...] | None = None, by: str = "guard") -> int | None:
    """Send the digest now; the number of entries, or None when nothing is held (and digest_empty is off)."""
    to = tuple(to or settings.digest_to)
    if not to:
        from guard.errors import ConfigError

        raise ConfigError("no address for the digest: set [notify] digest_to (or give --to)")
    subject, body, n = build(store, settings, rule_names)
    if n == 0 and not settings.digest_empty:
        log.info("digest: nothing held, not sent")
        add_audit(store, by, "digest.skipped", ", ".join(to), "nothing held")
        return None
    content = compose(from_address=settings.from_address, to=list(to), subject=subject, body=body, about="digest")
    detail = send(upstream, settings.from_address, list(to), content)
    add_audit(store, by, "digest.sent", ", ".join(to)[:300], f"{n} held; {detail}")
    log.info("digest of %d held message(s) sent to %s", n, ", ".join(to))
    return n


def last_run(store: Store) -> datetime | None:
    """When a digest was last sent (or skipped as empty)."""
    times = [rows[0].at for action in ("digest.sent", "digest.skipped")
             for rows in [audit_log(store, 1, action=action)[0]] if rows]
    return max(times) if times else None


def due(settings: NotifySettings, last: datetime | None, now: datetime) -> bool:
    """True when a digest_at time (UTC) has passed since `last` (within the last day)."""
    if not settings.digest_at:
        return False
    times = [datetime.combine(now.date() - timedelta(days=d), time.fromisoformat(t), UTC)
             for d in (0, 1) for t in settings.digest_at]
    latest = max((t for t in times if t <= now), default=None)
    return latest is not None and (last is None or last < latest)


def send_if_due(store: Store, settings: NotifySettings, upstream, rule_names: dict[str, str],
                now: datetime | None = None) -> int | None:
    now = now or utcnow()
    if not due(settings, last_run(store), now):
        return None
    return send_digest(store, settings, upstream, rule_names)


async def digest_loop(store: Store, settings: NotifySettings, upstream, rule_names: dict[str, str] | None = None,
                      every: float = 60.0) -> None:
    """The relay's schedule: look once a minute whether a digest is due; errors are logged, never fatal."""
    loop = asyncio.get_running_loop()
    names = rule_names or {}
    while True:
        try:
            await loop.run_in_executor(None, send_if_due, store, settings, upstream, names)
        except Exception as e:  # noqa: BLE001 - a failed digest is retried at the next check
            log.error("digest not sent: %s", e)
        await asyncio.sleep(every)
