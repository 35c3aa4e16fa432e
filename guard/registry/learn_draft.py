"""From what the collector saw to a draft registry: accounts, contacts, deals, products, and
competitor suggestions, each with the message ids it was learnt from.

Only correspondents who were sent a sales document with at least one deal row become
accounts: a customer is someone the company sells to. The others (forwarders, banks, a
trade fair) are listed for a person to look at, not proposed. With a base registry
(`--merge`), products are matched to its [[products]], accounts to its accounts by mail
domain, partner domain or contact address, and only what is new is added; a learnt price
that differs from the registry's is a conflict, reported and never written over it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from guard.detect.ner import compact_key
from guard.registry.index import build_index
from guard.registry.learn_collect import Collector, Correspondent, DealSeen
from guard.registry.model import Account, Company, Contact, Deal, Product, Registry

_SLUG = re.compile(r"[^a-z0-9]+")
_GENERIC_LABELS = {"mail", "www", "email", "smtp", "mx", "co", "com", "net", "org"}


@dataclass
class Learnt:
    """One learnt value and where it came from (message ids), plus notes for the reviewer."""

    value: object
    ids: list[str]
    count: int = 1
    notes: list[str] = field(default_factory=list)


@dataclass
class LearntAccount:
    account: Account
    learnt: Learnt                                   # the account itself (its messages)
    contacts: dict[str, Learnt] = field(default_factory=dict)   # email -> provenance
    deals: dict[str, Learnt] = field(default_factory=dict)      # sku -> provenance
    new: bool = True                                 # False: an account of the base registry
    competitor_hints: list[str] = field(default_factory=list)


@dataclass
class Draft:
    company: Company
    products: list[tuple[Product, Learnt | None]]
    accounts: list[LearntAccount]
    skipped: list[str]       # correspondents without a sales document
    conflicts: list[str]     # learnt values that differ from the base registry's


def _slug(text: str) -> str:
    s = _SLUG.sub("-", text.lower()).strip("-")
    return s[:40].strip("-") or "account"


def _domain_label(domain: str) -> str:
    labels = [x for x in domain.split(".") if x]
    for label in labels:
        if label not in _GENERIC_LABELS:
            return label
    return labels[0] if labels else domain


def _best_name(c: Correspondent, collector: Collector) -> tuple[str, list[str]]:
    """The name with most evidence (a name that resembles the domain gets a bonus)."""
    label = re.sub(r"[^a-z0-9]", "", _domain_label(c.key.rpartition("@")[2]).lower())
    scored = []
    for name, seen in c.names.items():
        if collector.shared_name(name):
            continue
        key = compact_key(name)
        bonus = 2 if not c.freemail and len(label) >= 3 and (label[:5] in key or key[:5] in label) else 0
        scored.append((seen.count + bonus, len(name), name, seen))
    if scored:
        _, _, name, seen = max(scored)
        return name, seen.ids
    if c.freemail:  # a person trading on their own: their display name, else the address
        names = Counter()
        for counter in c.contacts.values():
            names.update(counter)
        return (names.most_common(1)[0][0] if names else c.key), []
    return _domain_label(c.key).replace("-", " ").title(), []


def _alias(name: str, collector: Collector) -> str | None:
    """The name without its legal form ("Kestrel Bay Trading" of "... Pty Ltd"), as mail says it."""
    found = collector.rules.orgs.find(name)
    if not found or not found[0].form:
        return None
    short = name[: len(name) - len(found[0].form)].strip(" ,.")
    return short if len(re.sub(r"\W", "", short)) >= 4 and short != name else None


def _country(c: Correspondent, collector: Collector, name: str) -> str | None:
    if c.countries:
        return c.countries.most_common(1)[0][0]
    if not c.freemail:
        code = collector.rules.country_of_domain(c.key)
        if code:
            return code
    return c.name_hints.get(name)


def _deal(sku: str, d: DealSeen) -> tuple[Deal, Learnt]:
    r = d.row
    deal = Deal(sku, round(r.price, 4), r.currency, r.unit, r.quantity, d.date)
    notes = [f"also {p:g} {cur or ''} in {mid}".replace("  ", " ") for p, cur, mid in d.others[:3]]
    return deal, Learnt(deal, d.seen.ids, d.seen.count, notes)


def build_draft(collector: Collector, company: Company, base: Registry | None = None) -> Draft:
    base_index = build_index(base) if base else None
    accounts: dict[str, LearntAccount] = {}
    if base:
        for a in base.accounts:
            accounts[a.id] = LearntAccount(a, Learnt(a, []), new=False)
    used_ids = set(accounts)
    skipped, conflicts = [], []
    for c in sorted(collector.people.values(), key=lambda c: c.key):
        if not c.deals:
            skipped.append(f"{c.key} ({c.messages.count} messages, no sales document)")
            continue
        existing = None
        if base_index is not None:
            probe = c.key if c.freemail else "x@" + c.key
            existing = base_index.account_for_address(probe, partners=True)
            if existing is None:
                existing = next((base_index.contact_emails[e] for e in c.contacts if e in base_index.contact_emails),
                                None)
        if existing:
            conflicts += _merge_into(accounts[existing], c)
            continue
        la = _new_account(c, collector, used_ids)
        accounts[la.account.id] = la
    products = _products(collector, base, accounts)
    draft = Draft(company, products, list(accounts.values()), skipped, conflicts)
    _suggest_competitors(draft)
    return draft


def _new_account(c: Correspondent, collector: Collector, used: set[str]) -> LearntAccount:
    name, name_ids = _best_name(c, collector)
    base_id = _slug(c.key.partition("@")[0] if c.freemail else _domain_label(c.key))
    aid, n = base_id, 2
    while aid in used:
        aid, n = f"{base_id}-{n}", n + 1
    used.add(aid)
    contacts, contact_learnt = [], {}
    for email, names in sorted(c.contacts.items()):
        person = names.most_common(1)[0][0] if names else ""
        contacts.append(Contact(person, email))
        seen = c.contact_seen[email]
        contact_learnt[email] = Learnt(email, seen.ids, seen.count)
    deals, deal_learnt = [], {}
    for sku, d in sorted(c.deals.items()):
        deal, learnt = _deal(sku, d)
        deals.append(deal)
        deal_learnt[sku] = learnt
    alias = _alias(name, collector)
    account = Account(id=aid, name=name, aliases=(alias,) if alias else (), country=_country(c, collector, name),
                      domains=() if c.freemail else (c.key,), contacts=tuple(contacts), deals=tuple(deals))
    notes = [f"name from {', '.join(name_ids[:3])}" if name_ids else "name from the mail domain: check it"]
    return LearntAccount(account, Learnt(account, c.messages.ids, c.messages.count, notes), contact_learnt,
                         deal_learnt)


def _merge_into(la: LearntAccount, c: Correspondent) -> list[str]:
    """New contacts and deals of a base account added; differing prices reported as conflicts."""
    a = la.account
    conflicts = []
    known_emails = {x.email for x in a.contacts}
    contacts = list(a.contacts)
    for email, names in sorted(c.contacts.items()):
        if email not in known_emails:
            contacts.append(Contact(names.most_common(1)[0][0] if names else "", email))
            seen = c.contact_seen[email]
            la.contacts[email] = Learnt(email, seen.ids, seen.count)
    deals = list(a.deals)
    by_sku = {d.sku: d for d in a.deals}
    for sku, d in sorted(c.deals.items()):
        deal, learnt = _deal(sku, d)
        old = by_sku.get(sku)
        if old is None:
            deals.append(deal)
            la.deals[sku] = learnt
        elif old.price is not None and (abs(old.price - deal.price) > 0.005 or
                                        (old.currency and deal.currency and old.currency != deal.currency)):
            conflicts.append(f"{a.id}: {sku}: the registry says {old.price:g} {old.currency or ''}, mail says "
                             f"{deal.price:g} {deal.currency or ''} ({', '.join(learnt.ids[:3])}); kept the registry's")
    la.account = Account(a.id, a.name, a.aliases, a.country, a.domains, tuple(contacts), a.competitors,
                         a.partners, a.disclosure, tuple(deals))
    return conflicts


def _products(collector: Collector, base: Registry | None,
              accounts: dict[str, LearntAccount]) -> list[tuple[Product, Learnt | None]]:
    out: list[tuple[Product, Learnt | None]] = [(p, None) for p in (base.products if base else ())]
    known = {p.sku for p, _ in out}
    ids: dict[str, Learnt] = {}
    for la in accounts.values():
        for sku, learnt in la.deals.items():
            if sku not in known:
                entry = ids.setdefault(sku, Learnt(sku, []))
                entry.ids += [i for i in learnt.ids if i not in entry.ids][: max(0, 3 - len(entry.ids))]
    for sku in sorted(ids):
        names = [sku]
        described = collector.products.new_names.get(sku)
        if described:
            desc = described.most_common(1)[0][0]
            if desc and desc.lower() != sku.lower():
                names.append(desc)
        out.append((Product(sku, tuple(names)), ids[sku]))
    return out


def _suggest_competitors(draft: Draft) -> None:
    """Accounts in the same country that buy a product in common: suggested, never asserted."""
    new = [la for la in draft.accounts if la.new and la.account.country]
    for la in new:
        for other in draft.accounts:
            o = other.account
            if o.id == la.account.id or o.country != la.account.country or o.id in la.account.competitors:
                continue
            common = sorted(la.account.skus & o.skus)
            if common:
                la.competitor_hints.append(f"{o.id} (also {o.country}, also buys {', '.join(common[:3])})")


def draft_registry(draft: Draft) -> Registry:
    return Registry(draft.company, tuple(p for p, _ in draft.products), tuple(la.account for la in draft.accounts))
