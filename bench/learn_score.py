"""Precision and recall of a learnt draft against the registry the archive was made from.

An account is found where a learnt account owns one of the true account's domains (or,
at a free-mail provider, one of its contact addresses); a contact where its address is
learnt for the matching account; a deal where the matching account has a deal for the same
sku with the same price (to the cent), currency and quantity. Names are reported apart
(a learnt name equal to the true name or one of its aliases, ignoring case and dots).
"""

from __future__ import annotations

import re

from guard.registry.model import Registry


def _ratio(a: int, b: int) -> float:
    return round(a / b, 4) if b else 1.0


def account_map(truth: Registry, learnt: Registry) -> dict[str, str]:
    """learnt account id -> true account id."""
    owner: dict[str, str] = {}
    for a in truth.accounts:
        for d in a.domains:
            owner[d] = a.id
        for c in a.contacts:
            owner[c.email] = a.id
    out = {}
    for a in learnt.accounts:
        for key in (*a.domains, *(c.email for c in a.contacts)):
            if key in owner:
                out[a.id] = owner[key]
                break
    return out


def _norm(name: str) -> str:
    return re.sub(r"[\W_]+", " ", name.lower()).strip()


def score(truth: Registry, learnt: Registry) -> dict:
    m = account_map(truth, learnt)
    matched_truth = set(m.values())
    t_by = {a.id: a for a in truth.accounts}
    contacts_ok = deals_ok = names_ok = 0
    learnt_contacts = learnt_deals = 0
    for a in learnt.accounts:
        learnt_contacts += len(a.contacts)
        learnt_deals += len(a.deals)
        t = t_by.get(m.get(a.id, ""))
        if t is None:
            continue
        names_ok += _norm(a.name) in {_norm(x) for x in (t.name, *t.aliases)}
        true_emails = {c.email for c in t.contacts}
        contacts_ok += sum(c.email in true_emails for c in a.contacts)
        true_deals = {(d.sku, round(d.price or 0, 2), d.currency, d.quantity) for d in t.deals}
        deals_ok += sum((d.sku, round(d.price or 0, 2), d.currency, d.quantity) in true_deals for d in a.deals)
    n_true_contacts = sum(len(a.contacts) for a in truth.accounts)
    n_true_deals = sum(len(a.deals) for a in truth.accounts)
    return {
        "accounts": {"precision": _ratio(len(m), len(learnt.accounts)),
                     "recall": _ratio(len(matched_truth), len(truth.accounts))},
        "contacts": {"precision": _ratio(contacts_ok, learnt_contacts), "recall": _ratio(contacts_ok, n_true_contacts)},
        "deals": {"precision": _ratio(deals_ok, learnt_deals), "recall": _ratio(deals_ok, n_true_deals)},
        "names": {"exact": _ratio(names_ok, len(m))},
    }
