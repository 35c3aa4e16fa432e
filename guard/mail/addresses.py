"""Recipient and sender headers -> Address values.

flanker's parser is strict: one bad address makes the whole list unparsable
and group syntax (`undisclosed-recipients:;`) is refused. A recipient guard
fails to see is a recipient it cannot protect, so the fallback is the
standard library's lenient getaddresses plus a sweep for anything that looks
like an address.
"""

from __future__ import annotations

import email.utils
import logging
import re

from guard.mail.model import Address
from guard.mail.quiet import flanker_address
from guard.mail.text import decode_words

log = logging.getLogger(__name__)

_EMAIL = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~.\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")
_VALID = re.compile(r"^[^@\s<>(),;:\"\[\]\\]+@[^@\s<>(),;:\"\[\]\\]+$")
# flanker's parser costs ~40 us per address; a header this crowded goes to the faster stdlib parser.
_FLANKER_MAX_ADDRESSES = 200
_ADDR = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~.\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*"
_SIMPLE_ITEM = re.compile(
    rf'\s*(?:(?:(?P<q>"(?:[^"\\]|\\.)*")|(?P<n>[^",<>@;:()\[\]\\]*?))\s*<(?P<a>{_ADDR})>|(?P<b>{_ADDR}))\s*')


def find_emails(text: str) -> list[str]:
    """Every address-like token in free text (quote headers, attribution lines), lower-cased, in order."""
    seen: dict[str, None] = {}
    for m in _EMAIL.finditer(text):
        seen.setdefault(m.group(0).strip(".").lower(), None)
    return list(seen)


def parse_addresses(values: list[str], cap: int = 10_000) -> tuple[Address, ...]:
    """Addresses from one or more header values (already 8-bit decoded, encoded words intact).

    Lower-cased, de-duplicated, at most `cap`. Never raises.
    """
    found: dict[str, Address] = {}
    for value in values:
        if len(found) >= cap:
            break
        value = value[: max(cap, 1) * 256]  # bound the work on absurd headers
        try:
            pairs = _parse_one(value)
        except Exception as exc:  # a parser bug must not lose the recipients
            log.debug("address parsing failed (%s); using the lenient sweep", exc)
            pairs = []
        for name, addr in pairs + [("", e) for e in find_emails(value)]:
            addr = addr.strip().strip("<>").lower()
            if not _VALID.match(addr) or addr in found:
                continue
            found[addr] = Address(addr, _clean_name(name))
            if len(found) >= cap:
                break
    return tuple(found.values())


def _parse_one(value: str) -> list[tuple[str, str]]:
    if not value.strip():
        return []
    simple = _parse_simple(value)
    if simple is not None:
        return simple
    if value.count("@") <= _FLANKER_MAX_ADDRESSES:
        parsed, unparsed = flanker_address().parse_list(value, as_tuple=True)
        if not unparsed:
            return [(getattr(a, "display_name", "") or "", a.address) for a in parsed
                    if getattr(a, "addr_type", "email") == "email"]
    return [(decode_words(name), addr) for name, addr in email.utils.getaddresses([value])]


def _parse_simple(value: str) -> list[tuple[str, str]] | None:
    """The everyday forms (`a@b`, `Name <a@b>`, `"Last, First" <a@b>`) without the grammar; else None.

    flanker's full grammar costs ~50 us an address; most headers need none of it.
    """
    found = []
    pos, n = 0, len(value)
    while pos < n:
        m = _SIMPLE_ITEM.match(value, pos)
        if not m:
            return None
        quoted, name, addr, bare = m.group("q", "n", "a", "b")
        if addr:
            found.append((decode_words(quoted[1:-1].replace('\\"', '"') if quoted else (name or "").strip()), addr))
        else:
            found.append(("", bare))
        pos = m.end()
        if pos < n:
            if value[pos] != ",":
                return None
            pos += 1
    return found


def _clean_name(name: str) -> str:
    name = " ".join(str(name).split())
    if len(name) >= 2 and name[0] == name[-1] and name[0] in "\"'":
        name = name[1:-1]
    return name
