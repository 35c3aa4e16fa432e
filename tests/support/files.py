"""The shared fixture files under tests/fixtures, and reading mail files as they travel."""

from __future__ import annotations

from pathlib import Path

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
REGISTRY = FIXTURES / "registry.toml"  # the test registry of a fictitious kitchenware exporter


def crlf(data: bytes) -> bytes:
    """`data` with CRLF line ends, as a message travels over SMTP and IMAP (whatever the file has)."""
    return data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
