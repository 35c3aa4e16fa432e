"""Which accounts' deals a figure matches, asked in ways whose cost does not grow with the registry.

A round volume ("1,000 pcs") can match the deals of thousands of accounts. Every question
here is therefore about a few candidate accounts (those named nearby, the readers, the
owner of a document), or about everyone only when few accounts share the figure: a figure
shared by more than COMMON accounts identifies none of them, so a third-party phrase next to
it ties no one (a name next to it still does).
"""

from __future__ import annotations

from collections.abc import Iterable

from guard.detect.evidence import Evidence
from guard.detect.figures import currency_matches
from guard.registry.index import DealGroup, Index
from guard.registry.model import Deal

COMMON = 8


class FigureDeals:
    """The deals one figure matches, filtered by its currency, its unit and the products named
    in its sentence."""

    def __init__(self, ev: Evidence, index: Index, near_skus: set[str]):
        self.ev = ev
        self.near_skus = near_skus
        kinds = ("price", "quantity") if ev.kind == "number" else (ev.kind,)
        # each group with the deal units it may match in: None for the figure as written
        self.groups: list[tuple[DealGroup, frozenset[str] | None]] = [
            (g, None) for v in ev.values for k in kinds for g in index.deal_groups(k, v)]
        self.groups += [(g, c.units) for c in ev.converted for g in index.deal_groups_between(ev.kind, c.low, c.high)]
        self.size = sum(len(g.by_account) for g, _ in self.groups)

    def _ok(self, group: DealGroup, units: frozenset[str] | None, deal: Deal, skus: set[str] | None) -> bool:
        if units is not None and deal.unit is not None and deal.unit.lower() not in units:
            return False  # converted to kg, the figure says nothing of a deal counted in pieces
        if self.near_skus and deal.sku not in self.near_skus:
            return False  # the sentence names other products: the figure is about those
        if skus is not None and deal.sku not in skus:
            return False
        if group.kind == "price":
            return currency_matches(self.ev.currency, deal.currency)
        return self.ev.unit != "container" or (deal.unit or "").startswith("container")

    def has(self, account: str | None, skus: set[str] | None = None) -> bool:
        """Does one of this account's deals match (for a product in `skus`, if given)?"""
        return account is not None and any(
            self._ok(g, u, d, skus) for g, u in self.groups for d in g.by_account.get(account, ()))

    def among(self, accounts: Iterable[str], skus: set[str] | None = None) -> set[str]:
        return {a for a in accounts if self.has(a, skus)}

    def everyone(self) -> set[str]:
        """All matching accounts, or none when the figure is too common to identify anyone."""
        if self.size > COMMON:
            return set()
        return self.among({a for g, _ in self.groups for a in g.by_account})

    def kind_for(self, accounts: set[str]) -> str:
        """For a bare number: was it a price or a quantity of these accounts' deals?"""
        for g, u in self.groups:
            if g.kind == "price" and any(self._ok(g, u, d, None) for a in accounts for d in g.by_account.get(a, ())):
                return "price"
        return "quantity" if self.ev.kind == "number" else self.ev.kind
