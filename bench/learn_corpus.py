"""A small labelled corpus (SPEC section 5) of the bicycle-parts trade of bench/learn_archive.py.

Each message goes from a sales person to one account and is labelled by what it says about
the others, as mail names them: the full name, the short name, a contact, a mail domain,
a product with its figures. Pass: the account's own terms, offers, shipping news. Flag: another
account named (R1). Stop: another account named with what it buys (R3) or its price (R4).
"""

from __future__ import annotations

import json
import random
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

from guard.registry.dump import registry_to_toml
from guard.registry.model import Account, Registry


def _mail(a: Account, subject: str, body: str) -> bytes:
    m = EmailMessage()
    m["From"] = "Nina Huang <nina@swiftwheel-cycle.cn>"
    c = a.contacts[0]
    m["To"] = f"{c.name} <{c.email}>"
    m["Subject"] = subject
    m.set_content(body + "\n\nNina Huang\nXiamen Swiftwheel Cycle Parts Co., Ltd.\n")
    return m.as_bytes(policy=SMTP)


def _identity(b: Account, rng: random.Random) -> str:
    choices = [b.name, b.aliases[0] if b.aliases else b.name]
    if b.domains:
        choices.append(f"www.{b.domains[0]}")
    return rng.choice(choices)


def build_corpus(registry: Registry, out: Path, n: int = 150, seed: int = 5) -> None:
    rng = random.Random(seed)
    (out / "messages").mkdir(parents=True, exist_ok=True)
    (out / "registry.toml").write_text(registry_to_toml(registry), encoding="utf-8")
    products = {p.sku: p.names[-1] for p in registry.products}
    labels = []
    accounts = list(registry.accounts)
    for i in range(n):
        a = rng.choice(accounts)
        b = rng.choice([x for x in accounts if x.id != a.id])
        first = a.contacts[0].name.split()[0]
        d = rng.choice(a.deals)
        bd = rng.choice(b.deals)
        kind = i % 5
        if kind == 0:
            body, expect, accts, why = (f"Dear {first},\n\nYour order of {int(d.quantity):,} x {d.sku} at "
                                        f"{d.currency} {d.price:.2f} is confirmed.", "pass", [], "own terms")
        elif kind == 1:
            body, expect, accts, why = (f"Dear {first},\n\nThe {products[d.sku]} ({d.sku}) ships next week; "
                                        "the B/L follows.", "pass", [], "shipping news")
        elif kind == 2:
            body, expect, accts, why = (f"Dear {first},\n\nWe also work with {_identity(b, rng)} in your "
                                        "region, so delivery slots are tight this month.", "flag", [b.id],
                                        "names another account")
        elif kind == 3:
            body, expect, accts, why = (f"Dear {first},\n\n{_identity(b, rng)} just ordered the "
                                        f"{bd.sku} {products[bd.sku]} as well.", "stop", [b.id],
                                        "another account with what it buys")
        else:
            body, expect, accts, why = (f"Dear {first},\n\nFor comparison, {b.aliases[0] if b.aliases else b.name} "
                                        f"pays {bd.currency} {bd.price:.2f} per unit.", "stop", [b.id],
                                        "another account's price")
        name = f"messages/{i:04d}.eml"
        (out / name).write_bytes(_mail(a, f"Order update {i}", body))
        labels.append({"message": name, "expect": expect, "accounts": accts, "why": why})
    (out / "labels.jsonl").write_text("".join(json.dumps(x) + "\n" for x in labels), encoding="utf-8")
