"""Registry values (SPEC section 1) as frozen dataclasses shared by every part of guard."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Company:
    name: str
    domains: tuple[str, ...]


@dataclass(frozen=True)
class Product:
    sku: str
    names: tuple[str, ...]


@dataclass(frozen=True)
class Contact:
    name: str
    email: str


@dataclass(frozen=True)
class Deal:
    sku: str
    price: float | None = None
    currency: str | None = None
    unit: str | None = None
    quantity: float | None = None
    date: str | None = None


@dataclass(frozen=True)
class Account:
    id: str
    name: str
    aliases: tuple[str, ...] = ()
    country: str | None = None
    domains: tuple[str, ...] = ()
    contacts: tuple[Contact, ...] = ()
    competitors: tuple[str, ...] = ()
    partners: tuple[str, ...] = ()
    disclosure: str = "confidential"
    deals: tuple[Deal, ...] = ()

    @property
    def is_reference(self) -> bool:
        return self.disclosure == "reference"

    @property
    def skus(self) -> frozenset[str]:
        return frozenset(d.sku for d in self.deals)


@dataclass(frozen=True)
class Registry:
    company: Company
    products: tuple[Product, ...] = ()
    accounts: tuple[Account, ...] = ()
    version: int = 1
    source: str = ""
    _by_id: dict[str, Account] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        self._by_id.update({a.id: a for a in self.accounts})

    def account(self, account_id: str) -> Account:
        return self._by_id[account_id]

    def competitors_of(self, account_id: str) -> frozenset[str]:
        """The competitor relation is symmetric even where the file lists it on one side only."""
        own = set(self._by_id[account_id].competitors)
        own.update(a.id for a in self.accounts if account_id in a.competitors)
        return frozenset(own)
