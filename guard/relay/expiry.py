"""Held mail does not wait for ever: after [quarantine] expire_days it is rejected or released.

The policy is one function, `expire_held`, run by `guard quarantine expire` (from cron or a
systemd timer): every message held longer than the limit goes through the quarantine's own
reject or release, so it gets the same review row and audit entry an officer's action gets,
with the user EXPIRY_USER and a reason naming the policy. Messages in 'releasing' are left
alone (an interrupted release is an admin's call, see `guard quarantine resolve`).

    [quarantine]
    expire_days = 14          # 0 (the default): held mail never expires
    expire_action = "reject"  # or "release"
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select

from guard.errors import ConfigError, GuardError
from guard.store import schema
from guard.store.db import Store, utcnow

log = logging.getLogger("guard.quarantine")
M = schema.CheckedMessage
EXPIRY_USER = "guard-expiry"
EXPIRY_ACTIONS = ("reject", "release")
KNOWN = {"expire_days", "expire_action"}


@dataclass(frozen=True)
class ExpiryPolicy:
    days: int = 0            # 0: never
    action: str = "reject"   # reject | release

    @property
    def enabled(self) -> bool:
        return self.days > 0

    def describe(self) -> str:
        if not self.enabled:
            return "Held mail does not expire."
        return f"Held mail is {self.action}ed automatically after {self.days} day{'' if self.days == 1 else 's'}."


@dataclass(frozen=True)
class Expired:
    queue_id: str
    received_at: datetime
    action: str
    done: bool
    detail: str


def expiry_policy(cfg) -> ExpiryPolicy:
    """The [quarantine] section, validated; ConfigError names the bad key."""
    sec = cfg.section("quarantine")
    unknown = sorted(set(sec) - KNOWN)
    if unknown:
        raise ConfigError(f"{cfg.where}: unknown key [quarantine] {unknown[0]} (known: {', '.join(sorted(KNOWN))})")
    days = sec.get("expire_days", 0)
    if isinstance(days, bool) or not isinstance(days, int) or days < 0:
        raise ConfigError(f"{cfg.where}: [quarantine] expire_days must be a whole number of days >= 0, got {days!r}")
    action = sec.get("expire_action", "reject")
    if action not in EXPIRY_ACTIONS:
        raise ConfigError(f"{cfg.where}: [quarantine] expire_action must be \"reject\" or \"release\", got {action!r}")
    return ExpiryPolicy(days, action)


def due(store: Store, policy: ExpiryPolicy, now: datetime | None = None) -> list[tuple[str, datetime]]:
    """Held messages older than the policy allows, oldest first: (queue id, received at)."""
    if not policy.enabled:
        return []
    cutoff = ((now or utcnow()) - timedelta(days=policy.days)).replace(tzinfo=None)
    with store.session() as s:
        rows = s.execute(select(M.queue_id, M.received_at).where(M.status == "held", M.received_at < cutoff)
                         .order_by(M.received_at, M.id)).all()
    return [(q, at) for q, at in rows]


def expire_held(store: Store, policy: ExpiryPolicy, *, upstream=None, now: datetime | None = None,
                dry_run: bool = False) -> list[Expired]:
    """Reject or release every message held longer than `policy.days`, audited as EXPIRY_USER.

    A release needs the relay's upstream; one the upstream does not take stays held
    (and is tried again on the next run), like an officer's.
    """
    from guard.relay.quarantine import reject, release

    if policy.enabled and policy.action == "release" and upstream is None and not dry_run:
        raise ConfigError("[quarantine] expire_action = \"release\" needs the [relay] upstream to deliver to")
    out: list[Expired] = []
    for qid, at in due(store, policy, now):
        reason = f"expired: held longer than {policy.days} day{'' if policy.days == 1 else 's'} " \
                 f"([quarantine] expire_action = {policy.action})"
        if dry_run:
            out.append(Expired(qid, at, policy.action, False, "would be " + policy.action + "ed"))
            continue
        try:
            if policy.action == "reject":
                reject(store, qid, user=EXPIRY_USER, reason=reason)
                out.append(Expired(qid, at, "reject", True, reason))
            else:
                r = release(store, qid, user=EXPIRY_USER, upstream=upstream, reason=reason)
                out.append(Expired(qid, at, "release", r.delivered, r.detail))
        except GuardError as e:  # taken by an officer meanwhile: their decision stands
            out.append(Expired(qid, at, policy.action, False, str(e)))
        log.info("%s expired (%s): %s", qid, policy.action, out[-1].detail)
    return out
