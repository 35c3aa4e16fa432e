"""Bounds on how much work one message may cost (hostile input must not stall guard)."""

from __future__ import annotations

from dataclasses import dataclass, fields

from guard.errors import ConfigError


@dataclass(frozen=True)
class Limits:
    attachment_bytes: int = 25 * 1024 * 1024   # a decoded part larger than this is unread (R10)
    text_chars: int = 2_000_000                # extracted text kept per part
    pdf_pages: int = 300
    sheet_cells: int = 500_000                 # XLSX cells read per workbook
    parts: int = 500                           # MIME parts walked per message
    depth: int = 12                            # nesting of multiparts and attached messages
    attachment_seconds: float = 10.0           # extraction time per attachment
    addresses: int = 10_000                    # recipients parsed per header

    @classmethod
    def from_section(cls, section: dict, where: str = "[limits]") -> Limits:
        known = {f.name: f.type for f in fields(cls)}
        values = {}
        for key, value in section.items():
            if key not in known:
                raise ConfigError(f"{where}: unknown key {key!r} (known: {', '.join(known)})")
            if not isinstance(value, (int, float)) or isinstance(value, bool) or value <= 0:
                raise ConfigError(f"{where}: {key} must be a positive number")
            values[key] = value
        return cls(**values)
