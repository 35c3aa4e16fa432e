"""A draft as registry.toml (SPEC section 1) with a "# learnt ..." comment above every learnt entry.

The comments say from which messages each account, contact, deal and product was learnt;
competitor suggestions are comments too ("# competitor? ..."), never `competitors`, so
nothing a person has not confirmed is asserted. `comments_by_entry` reads them back for
the console's review page.
"""

from __future__ import annotations

import re

from guard.registry.dump import _value, toml_string
from guard.registry.learn_draft import Draft, Learnt, LearntAccount
from guard.registry.model import Deal

MARK = "# learnt"


def _clean(text: str) -> str:
    return "".join(c if c.isprintable() else " " for c in text)


def _provenance(learnt: Learnt | None, what: str) -> list[str]:
    if learnt is None:
        return []
    ids = ", ".join(_clean(i) for i in learnt.ids[:3])
    more = f" (+{learnt.count - len(learnt.ids[:3])} more)" if learnt.count > len(learnt.ids[:3]) else ""
    line = f"{MARK} {what} from {learnt.count} message{'s' if learnt.count != 1 else ''}: {ids}{more}" \
        if ids else f"{MARK} {what}"
    return [line] + [f"#   {_clean(n)}" for n in learnt.notes]


def _deal_lines(d: Deal) -> list[str]:
    lines = ["[[accounts.deals]]", f"sku = {toml_string(d.sku)}"]
    for key in ("price", "currency", "unit", "quantity", "date"):
        v = getattr(d, key)
        if v is not None:
            if key == "quantity" and float(v).is_integer():
                v = int(v)
            lines.append(f"{key} = {_value(v)}")
    return lines


def _account_lines(la: LearntAccount) -> list[str]:
    a = la.account
    lines = _provenance(la.learnt, "account") if la.new else []
    for hint in la.competitor_hints:
        lines.append(f"# competitor? {_clean(hint)}: confirm, then add its id to competitors")
    lines += ["[[accounts]]", f"id = {toml_string(a.id)}", f"name = {toml_string(a.name)}"]
    for key in ("aliases", "country", "domains"):
        v = getattr(a, key)
        if v:
            lines.append(f"{key} = {_value(v)}")
    if a.contacts:
        lines.append("contacts = [")
        for c in a.contacts:
            lines += ["  " + x for x in _provenance(la.contacts.get(c.email), "contact")]
            fields = [f"{k} = {toml_string(v)}" for k, v in (("name", c.name), ("email", c.email)) if v]
            lines.append("  { " + ", ".join(fields) + " },")
        lines.append("]")
    for key in ("competitors", "partners"):
        v = getattr(a, key)
        if v:
            lines.append(f"{key} = {_value(v)}")
    lines.append(f"disclosure = {toml_string(a.disclosure)}")
    for d in a.deals:
        lines.append("")
        lines += _provenance(la.deals.get(d.sku), "deal")
        lines += _deal_lines(d)
    return lines


def draft_to_toml(draft: Draft, header: str = "") -> str:
    lines = ["# " + _clean(x) for x in header.splitlines()]
    for conflict in draft.conflicts:
        lines.append(f"# CONFLICT {_clean(conflict)}")
    for s in draft.skipped[:200]:
        lines.append(f"# not proposed: {_clean(s)}")
    if len(draft.skipped) > 200:
        lines.append(f"# not proposed: {len(draft.skipped) - 200} more correspondents")
    lines += ["version = 1", "", "[company]", f"name = {toml_string(draft.company.name)}",
              f"domains = {_value(draft.company.domains)}"]
    for p, learnt in draft.products:
        lines += [""] + _provenance(learnt, "new product")
        lines += ["[[products]]", f"sku = {toml_string(p.sku)}", f"names = {_value(p.names)}"]
    for la in draft.accounts:
        lines += [""] + _account_lines(la)
    return "\n".join(lines) + "\n"


_ID = re.compile(r'^id = "(.*)"$')
_SKU = re.compile(r'^sku = "(.*)"$')
_EMAIL = re.compile(r'email = "([^"]*)"')


def comments_by_entry(text: str) -> dict[tuple[str, ...], list[str]]:
    """The "# learnt" and "# competitor?" comments of a draft, by entry: ("account", id),
    ("contact", id, email), ("deal", id, sku), ("product", sku)."""
    out: dict[tuple[str, ...], list[str]] = {}
    pending: list[str] = []
    section, account = "", ""
    for line in text.splitlines():
        s = line.strip()
        if s.startswith("#"):
            if s.startswith((MARK, "# competitor?", "#   ")):
                pending.append(s.lstrip("# ").strip())
            continue
        if s in ("[[accounts]]", "[[products]]", "[[accounts.deals]]"):
            section = s
            held, pending = pending, []
            if s == "[[accounts]]":
                out["__next__",] = held
            else:
                out["__next__",] = held
            continue
        m = _ID.match(s)
        if m and section == "[[accounts]]":
            account = m.group(1)
            out[("account", account)] = out.pop(("__next__",), [])
            continue
        m = _SKU.match(s)
        if m:
            kind = ("deal", account, m.group(1)) if section == "[[accounts.deals]]" else ("product", m.group(1))
            out[kind] = out.pop(("__next__",), [])
            continue
        m = _EMAIL.search(s)
        if m and pending:
            out[("contact", account, m.group(1))] = pending
            pending = []
    out.pop(("__next__",), None)
    return out
