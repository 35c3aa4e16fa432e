"""Writing a Registry back as version 1 TOML (tomllib reads but cannot write).

Used to store CSV imports as the same TOML document a hand-written registry is, so
the store keeps one format. The output reads back to an equal Registry.
"""

from __future__ import annotations

from guard.registry.model import Account, Contact, Deal, Registry

_ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r"}


def toml_string(text: str) -> str:
    """A TOML basic string: quotes, backslashes and control characters escaped, any script kept."""
    out = []
    for c in text:
        if c in _ESCAPES:
            out.append(_ESCAPES[c])
        elif ord(c) < 0x20 or ord(c) == 0x7F:
            out.append(f"\\u{ord(c):04X}")
        else:
            out.append(c)
    return '"' + "".join(out) + '"'


def _value(v: str | int | float | tuple | list) -> str:
    if isinstance(v, str):
        return toml_string(v)
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int | float):
        return repr(v)
    return "[" + ", ".join(_value(x) for x in v) + "]"


def _contact(c: Contact) -> str:
    fields = [f"{k} = {toml_string(v)}" for k, v in (("name", c.name), ("email", c.email)) if v]
    return "{ " + ", ".join(fields) + " }"


def _deal(d: Deal) -> list[str]:
    lines = ["[[accounts.deals]]", f"sku = {toml_string(d.sku)}"]
    for key in ("price", "currency", "unit", "quantity", "date"):
        v = getattr(d, key)
        if v is not None:
            lines.append(f"{key} = {_value(v)}")
    return lines


def _account(a: Account) -> list[str]:
    lines = ["[[accounts]]", f"id = {toml_string(a.id)}", f"name = {toml_string(a.name)}"]
    for key in ("aliases", "country", "domains"):
        v = getattr(a, key)
        if v:
            lines.append(f"{key} = {_value(v)}")
    if a.contacts:
        lines.append("contacts = [")
        lines.extend(f"  {_contact(c)}," for c in a.contacts)
        lines.append("]")
    for key in ("competitors", "partners"):
        v = getattr(a, key)
        if v:
            lines.append(f"{key} = {_value(v)}")
    lines.append(f"disclosure = {toml_string(a.disclosure)}")
    for d in a.deals:
        lines += [""] + _deal(d)
    return lines


def registry_to_toml(registry: Registry, *, comment: str = "") -> str:
    """The registry as a version 1 TOML document; `comment` (e.g. where it came from) heads the file."""
    lines = ["# " + "".join(c if c.isprintable() else "?" for c in line) for line in comment.splitlines()]
    lines += ["version = 1", "", "[company]", f"name = {toml_string(registry.company.name)}",
              f"domains = {_value(registry.company.domains)}"]
    for p in registry.products:
        lines += ["", "[[products]]", f"sku = {toml_string(p.sku)}", f"names = {_value(p.names)}"]
    for a in registry.accounts:
        lines += [""] + _account(a)
    return "\n".join(lines) + "\n"
