"""Reading at a glance: who is named, who receives it, and one line saying what leaked to whom.

Everything here is built from what the store keeps (findings, recipients) and the registry
(names, domains, competitors), so every list and the detail page say it the same way:

    "Fjord Home's prices and volumes, in the attachment proforma.pdf, to Nordkök
     (a competitor of Fjord Home)"

The registry may be missing or unreadable: then ids and addresses are shown as they are.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

KIND_NOUNS = {  # the order they are listed in a summary
    "contact": "contacts", "product": "products", "price": "prices", "quantity": "volumes",
    "forwarded": "correspondence", "domain": "domain", "name": "name", "recipients": "customers' addresses",
}
IMPLIES_NAME = {"contact", "product", "price", "quantity", "forwarded", "domain"}


@dataclass(frozen=True)
class Party:
    """Who an address belongs to: an account, the own company, or nobody the registry knows."""

    address: str
    label: str            # "Nordkök", "internal", "maplecrest.ca"
    account: str | None = None
    internal: bool = False


def _domain(address: str) -> str:
    return address.rpartition("@")[2].strip().lower().rstrip(">")


def _under(domain: str, domains: Iterable[str]) -> bool:
    return any(domain == d or domain.endswith("." + d) for d in (x.lower() for x in domains))


def _join(words: list[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def _possessive(name: str) -> str:
    return name + ("'" if name.endswith("s") else "'s")


class Glance:
    """Names and relations from one registry and policy (either may be None)."""

    def __init__(self, registry=None, policy=None):
        self.registry = registry
        self.rules = dict(getattr(policy, "rules", None) or {})
        self._accounts = {a.id: a for a in getattr(registry, "accounts", ())}
        self._contacts = {c.email.lower(): a.id for a in self._accounts.values() for c in a.contacts}

    # ---- names
    def account_name(self, account_id: str | None) -> str:
        a = self._accounts.get(account_id or "")
        return a.name if a else (account_id or "")

    def rule_name(self, rule_id: str) -> str:
        rule = self.rules.get(rule_id)
        return getattr(rule, "name", "") if rule else ""

    def rule_label(self, rule_id: str) -> str:
        name = self.rule_name(rule_id)
        return f"{rule_id} {name}" if name else rule_id

    def resolve_account(self, text: str) -> str:
        """An account id from its id, name or an alias (any case); the text itself if none matches."""
        t = text.strip().casefold()
        if not t:
            return ""
        for a in self._accounts.values():
            if t == a.id.casefold() or t == a.name.casefold() or t in (x.casefold() for x in a.aliases):
                return a.id
        hits = [a.id for a in self._accounts.values()
                if t in a.name.casefold() or any(t in x.casefold() for x in a.aliases)]
        return hits[0] if len(hits) == 1 else text.strip()

    # ---- recipients
    def party(self, address: str) -> Party:
        addr = address.strip().lower()
        dom = _domain(addr)
        company = getattr(self.registry, "company", None)
        if company is not None and _under(dom, company.domains):
            return Party(address, "internal", internal=True)
        acc = self._contacts.get(addr)
        if acc is None:
            acc = next((a.id for a in self._accounts.values() if _under(dom, a.domains)), None)
        if acc is None:
            acc = next((a.id for a in self._accounts.values() if _under(dom, a.partners)), None)
            if acc is not None:
                return Party(address, f"acting for {self.account_name(acc)}", acc)
        if acc is None:
            return Party(address, dom or address)
        return Party(address, self.account_name(acc), acc)

    def relation(self, party: Party, named: Iterable[str]) -> str:
        """How the recipient stands to the accounts a message names: "a competitor of X", ...."""
        if party.account is None or self.registry is None:
            return ""
        named = [n for n in named if n in self._accounts]
        rivals = [n for n in named if party.account in self.registry.competitors_of(n)]
        if rivals:
            return "a competitor of " + _join([self.account_name(n) for n in rivals])
        if party.account in named:
            return "the account named"
        return "another account" if named else ""

    def recipient_line(self, address: str, named: Iterable[str]) -> str:
        """"Nordkök, a competitor of Fjord Home" (without the address)."""
        p = self.party(address)
        rel = self.relation(p, named)
        return f"{p.label}, {rel}" if rel else p.label

    # ---- the one-line summary
    def summary(self, findings: Iterable, recipients: Iterable[str]) -> str:
        """What leaked to whom, in one line, from a message's stored findings."""
        findings = list(findings)
        if not findings:
            return "Nothing confidential found."
        per_account: dict[str | None, list] = {}
        for f in findings:
            per_account.setdefault(f.account, []).append(f)
        pieces = []
        for acc, fs in per_account.items():
            if acc is None:
                names = sorted({self.rule_name(f.rule) or f.rule for f in fs})
                pieces.append(_join(names) + self._where(fs))
                continue
            kinds = {f.kind for f in fs}
            if kinds & IMPLIES_NAME:
                kinds.discard("name")
            nouns = [noun for kind, noun in KIND_NOUNS.items() if kind in kinds] or ["name"]
            pieces.append(f"{_possessive(self.account_name(acc))} {_join(nouns)}{self._where(fs)}")
        named = [a for a in per_account if a]
        to = self._to(list(recipients), named)
        return "; ".join(pieces) + (f", to {to}" if to else "")

    @staticmethod
    def _where(findings: list) -> str:
        wheres = sorted({f.where for f in findings})
        files = [w.split(":", 1)[1] for w in wheres if w.startswith("attachment:")]
        places = []
        if "subject" in wheres and len(wheres) == 1:
            places.append("the subject")
        if "quoted" in wheres:
            places.append("quoted mail")
        if files:
            places.append(("the attachment " if len(files) == 1 else "the attachments ") + _join(files))
        return f", in {_join(places)}" if places else ""

    def _to(self, recipients: list[str], named: list[str]) -> str:
        seen: dict[str, str] = {}
        for r in recipients:
            p = self.party(r)
            if p.internal:
                continue
            rel = self.relation(p, named)
            seen.setdefault(p.label, f"{p.label} ({rel})" if rel.startswith("a competitor") else p.label)
        out = list(seen.values())
        if len(out) > 3:
            out = out[:3] + [f"{len(seen) - 3} more"]
        return _join(out) if out else ""


def same_as(f) -> tuple:
    """What makes two findings the same for a reader (not where exactly in the part)."""
    return (f.rule, f.action, f.account, f.kind, f.text.casefold(), f.where, f.explanation)


def dedupe(findings: Iterable) -> list[tuple[object, int]]:
    """Findings that say the same thing (rule, account, kind, text, place, why) once, with a count."""
    groups: dict[tuple, list] = {}
    for f in findings:
        groups.setdefault(same_as(f), []).append(f)
    return [(fs[0], len(fs)) for fs in groups.values()]


CACHE_SECONDS = 30.0


def current() -> Glance:
    """The app's Glance, rebuilt from its loaders at most every CACHE_SECONDS (the registry and the
    rules change rarely; loading the rules on every page would cost more than the page)."""
    import time

    from flask import current_app


    ctx = current_app.extensions["guard"]
    cached = current_app.extensions.get("guard.glance")
    if cached is not None and time.monotonic() - cached[0] < CACHE_SECONDS:
        return cached[1]
    glance = Glance(*registry_and_policy(ctx))
    current_app.extensions["guard.glance"] = (time.monotonic(), glance)
    return glance


@dataclass(frozen=True)
class Line:
    """A log row with what a reader needs at a glance."""

    row: object                           # guard.store.queries.MessageRow
    summary: str
    accounts: list[tuple[str, str]]       # (id, name)
    recipients: list[tuple[str, str]]     # (address, "Nordkök, a competitor of Fjord Home")
    rules: list[tuple[str, str]]          # (code, name)


def lines(store, rows: list, glance: Glance | None = None) -> list[Line]:
    """Rows of a list page with summaries (their findings read in one query)."""
    from guard.web.desk import findings_by_message

    glance = glance or current()
    found = findings_by_message(store, [r.id for r in rows])
    out = []
    for r in rows:
        fs = found.get(r.id, [])
        out.append(Line(r, glance.summary(fs, r.rcpt_to) if fs else "",
                        [(a, glance.account_name(a)) for a in r.accounts],
                        [(a, glance.recipient_line(a, r.accounts)) for a in r.rcpt_to],
                        [(c, glance.rule_name(c)) for c in r.rules]))
    return out


def registry_and_policy(ctx) -> tuple[object | None, object | None]:
    """The console's registry and policy, each None where it is not configured or cannot be
    loaded now (pages then show ids and codes instead of names)."""
    from guard.errors import GuardError

    def load(loader):
        try:
            return loader() if loader else None
        except GuardError:
            return None
    return load(ctx.registry_loader), load(ctx.policy_loader)
