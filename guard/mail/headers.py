"""The header fields guard reads: who sends, who reads, the subject."""

from __future__ import annotations

from dataclasses import dataclass

from guard.mail.addresses import parse_addresses
from guard.mail.limits import Limits
from guard.mail.mime import Node
from guard.mail.model import Address, Part
from guard.mail.text import decode_header, header_bytes_to_str

_MAX_HEADERS = 500
_MAX_VALUE_CHARS = 20_000
_ADDRESS_FIELDS = ("from", "sender", "to", "cc", "bcc", "reply-to")


@dataclass(frozen=True)
class Headers:
    """Decoded header fields of one message (top-level or attached)."""

    subject: str = ""
    message_id: str = ""
    date: str = ""
    sender: Address | None = None
    to: tuple[Address, ...] = ()
    cc: tuple[Address, ...] = ()
    bcc: tuple[Address, ...] = ()
    reply_to: tuple[Address, ...] = ()
    fields: tuple[tuple[str, str], ...] = ()
    too_many_addresses: tuple[str, ...] = ()  # fields cut at limits.addresses

    def quote_addresses(self) -> tuple[str, ...]:
        """From, To, Cc and Reply-To emails: what R7 looks for in a forwarded message."""
        found: dict[str, None] = {}
        for a in ((self.sender,) if self.sender else ()) + self.to + self.cc + self.reply_to:
            found.setdefault(a.email, None)
        return tuple(found)

    def as_text(self) -> str:
        """The header lines a reader of a forwarded message sees, as quoted text."""
        lines = []
        for name, value in (("From", _show(self.sender)), ("To", ", ".join(_show(a) for a in self.to)),
                            ("Cc", ", ".join(_show(a) for a in self.cc)),
                            ("Reply-To", ", ".join(_show(a) for a in self.reply_to)),
                            ("Date", self.date), ("Subject", self.subject)):
            if value:
                lines.append(f"{name}: {value}")
        return "\n".join(lines) + "\n\n" if lines else ""


_SHOWN_FIELDS = (("From", "sender"), ("Reply-To", "reply_to"), ("To", "to"), ("Cc", "cc"))


def display_name_parts(h: Headers) -> list[Part]:
    """The display names a reader's client shows in From, Reply-To, To and Cc: one Part per field
    (where "header:<Field>"), one name per line, `about` the address each line labels.

    A name that is only its own address again adds nothing and is left out; Bcc is not shown.
    Lines are scopes of their own (tabular), so two recipients' names never make one sentence."""
    parts: list[Part] = []
    for label, attr in _SHOWN_FIELDS:
        value = getattr(h, attr)
        names: dict[tuple[str, str], None] = {}
        for a in (value,) if isinstance(value, Address) else value or ():
            name = " ".join(a.name.split()) if a is not None else ""
            if name and name.strip("'\" <>").lower() != a.email:
                names.setdefault((name, a.email), None)
        if names:
            parts.append(Part(f"header:{label}", "\n".join(n for n, _ in names), tabular=True,
                              about=tuple(e for _, e in names)))
    return parts


def _show(a: Address | None) -> str:
    if a is None:
        return ""
    return f"{a.name} <{a.email}>" if a.name else a.email


def read_headers(node: Node, limits: Limits) -> Headers:
    """Decode the fields of a message's top node. Never raises."""
    hint = node.params.get("charset", "")
    raw: dict[str, list[bytes]] = {}
    fields: list[tuple[str, str]] = []
    for name, value in node.headers:
        raw.setdefault(name, []).append(value)
        if len(fields) < _MAX_HEADERS:
            fields.append((name, decode_header(value[: _MAX_VALUE_CHARS * 4], hint)[:_MAX_VALUE_CHARS]))
    lists: dict[str, tuple[Address, ...]] = {}
    cut: list[str] = []
    for name in _ADDRESS_FIELDS:
        values = [header_bytes_to_str(v, hint) for v in raw.get(name, ())]
        found = parse_addresses(values, cap=limits.addresses) if values else ()
        if len(found) >= limits.addresses:
            cut.append(name)
        lists[name] = found
    sender = (lists["from"] or lists["sender"] or (None,))[0]
    first = {name: value for name, value in reversed(fields)}
    return Headers(
        subject=" ".join(first.get("subject", "").split()),
        message_id=first.get("message-id", "").strip(),
        date=first.get("date", "").strip(),
        sender=sender,
        to=lists["to"], cc=lists["cc"], bcc=lists["bcc"], reply_to=lists["reply-to"],
        fields=tuple(fields),
        too_many_addresses=tuple(cut),
    )
