"""Releasing and rejecting held messages: the console's seam onto the relay's quarantine.

The console decides nothing about delivery itself: guard.relay.quarantine claims
the message, delivers it through the relay's upstream exactly once, and records
the review. The app takes any object with these two methods, so the delivery
path is the real one in production and in the browser tests alike.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from guard.store.db import Store


class Reviewer(Protocol):
    def release(self, queue_id: str, *, user: str, reason: str) -> str:
        """Deliver a held message upstream; returns what the upstream answered."""

    def reject(self, queue_id: str, *, user: str, reason: str) -> None:
        """Refuse a held message for good; it stays in the log as rejected."""


@dataclass
class RelayReviewer:
    """Delegates to guard.relay.quarantine with the [relay] section's upstream."""

    store: Store
    upstream: object  # guard.relay.config.UpstreamConfig

    def release(self, queue_id: str, *, user: str, reason: str) -> str:
        from guard.relay.quarantine import release

        result = release(self.store, queue_id, user=user, upstream=self.upstream, reason=reason)
        return str(getattr(result, "reply", "") or getattr(result, "detail", "") or "delivered")

    def reject(self, queue_id: str, *, user: str, reason: str) -> None:
        from guard.relay.quarantine import reject

        reject(self.store, queue_id, user=user, reason=reason)


def reviewer_from_config(cfg, store: Store) -> RelayReviewer:
    """The reviewer for `guard web`: the same upstream as `guard serve` (the [relay] section)."""
    from guard.relay.config import relay_settings

    relay = relay_settings(cfg)
    return RelayReviewer(store, relay.upstream)
