"""Evidence: a typed span found in one part's text, before any policy is applied."""

from __future__ import annotations

from dataclasses import dataclass

from guard.detect.units import Converted


@dataclass(frozen=True)
class Evidence:
    """kind: "name", "domain", "contact" (identity, with `account`), "product" (with `sku`),
    "price", "quantity" (typed figures), "number" (a bare number), "third-party" (a phrase).
    start/end are offsets into the part's text; `values` are the readings of a figure
    ("1.200" may be 1.2 or 1200)."""

    kind: str
    start: int
    end: int
    text: str
    account: str | None = None
    sku: str | None = None
    values: tuple[float, ...] = ()
    currency: str | None = None
    unit: str | None = None
    weak: bool = False  # a third-party phrase that only ties a figure in its own sentence
    converted: tuple[Converted, ...] = ()  # a figure's readings in the other units of its kind

    @property
    def is_identity(self) -> bool:
        return self.kind in ("name", "domain", "contact")

