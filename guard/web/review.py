"""Releasing and rejecting held messages: the console's seam onto the relay's quarantine.

The console decides nothing about delivery itself: guard.relay.quarantine claims
the message, delivers it through the relay's upstream exactly once, and writes the
review and the audit entry (who, when, why) in the same transaction. The app takes
any object with these two methods; production and the browser tests use the real one.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from guard.store.db import Store


@dataclass(frozen=True)
class ReleaseOutcome:
    delivered: bool
    detail: str   # the upstream's answer, for the officer


class Reviewer(Protocol):
    def release(self, queue_id: str, *, user: str, reason: str) -> ReleaseOutcome:
        """Deliver a held message upstream (exactly once); GuardError when it is not held."""

    def reject(self, queue_id: str, *, user: str, reason: str) -> None:
        """Refuse a held message for good; it stays in the log as rejected."""


@dataclass
class RelayReviewer:
    """guard.relay.quarantine with the [relay] section's upstream."""

    store: Store
    upstream: object  # guard.relay.config.UpstreamConfig

    def release(self, queue_id: str, *, user: str, reason: str) -> ReleaseOutcome:
        from guard.relay.quarantine import release

        result = release(self.store, queue_id, user=user, upstream=self.upstream, reason=reason)
        return ReleaseOutcome(result.delivered, result.detail)

    def reject(self, queue_id: str, *, user: str, reason: str) -> None:
        from guard.relay.quarantine import reject

        reject(self.store, queue_id, user=user, reason=reason)


def reviewer_from_config(cfg, store: Store) -> RelayReviewer:
    """The reviewer `guard web` uses: the same upstream as `guard serve` ([relay] upstream)."""
    from guard.relay.config import relay_settings

    return RelayReviewer(store, relay_settings(cfg).upstream)
