"""Where a registry problem is, and the collector that reports them all at once.

Validation never stops at the first problem: an admin fixing a 2,000-account CRM
export wants every mistake in one run. Each problem is one line
"FILE:LINE: field: message" (LINE omitted where it is not known), the shape
compilers use, so editors can jump to it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from guard.errors import RegistryError

# A path into the registry document, e.g. ("accounts", 2, "deals", 0, "sku").
KeyPath = tuple[str | int, ...]


@dataclass(frozen=True)
class Location:
    source: str
    line: int | None
    field: str

    def __str__(self) -> str:
        line = f":{self.line}" if self.line else ""
        return f"{self.source}{line}: {self.field}"


class Locator(Protocol):
    """Maps a path in the document (and the offending value, if any) to a file, line and field."""

    def locate(self, path: KeyPath, value: object = None) -> Location: ...


def dotted(path: KeyPath) -> str:
    """The field name of a path as the TOML file spells it: ("accounts", 2, "domains") -> accounts.domains."""
    return ".".join(p for p in path if isinstance(p, str)) or "registry"


class Problems:
    """Collects problems; `raise_if_any` raises one RegistryError carrying all of them, in file order."""

    def __init__(self, locator: Locator):
        self.locator = locator
        self._items: list[tuple[str, int, int, str]] = []

    def add(self, path: KeyPath, message: str, value: object = None) -> None:
        self.add_at(self.locator.locate(path, value), message)

    def add_at(self, where: Location, message: str) -> None:
        self._items.append((where.source, where.line or 0, len(self._items), f"{where}: {message}"))

    def __bool__(self) -> bool:
        return bool(self._items)

    def __len__(self) -> int:
        return len(self._items)

    @property
    def lines(self) -> list[str]:
        return [text for *_, text in sorted(self._items)]

    def raise_if_any(self) -> None:
        if self._items:
            raise RegistryError(self.lines)
