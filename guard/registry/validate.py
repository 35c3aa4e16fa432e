"""From a parsed registry document (TOML or CSV, as plain dicts) to a validated Registry.

Both loaders hand this module the SPEC section 1 shape as dicts and lists, with a
Locator that knows where each value came from; every problem is collected, and
nothing is returned from a document with problems. Normalisations: strings are
stripped, domains and addresses lower-cased, www. dropped, an internationalised
domain listed in both spellings (Unicode and xn--), duplicates within a list
dropped, and the competitor relation made symmetric (both sides list it).
"""

from __future__ import annotations

import difflib
from collections.abc import Callable
from dataclasses import replace

from guard.registry.model import Account, Company, Contact, Deal, Product, Registry
from guard.registry.problems import KeyPath, Locator, Problems
from guard.registry.values import (
    DISCLOSURES,
    ID_PATTERN,
    check_amount,
    check_country,
    check_currency,
    check_date,
    check_domain,
    check_email,
    domain_forms,
    fold,
)

TOP_KEYS = ("version", "company", "products", "accounts")
COMPANY_KEYS = ("name", "domains")
PRODUCT_KEYS = ("sku", "names")
ACCOUNT_KEYS = ("id", "name", "aliases", "country", "domains", "contacts", "competitors", "partners",
                "disclosure", "deals")
CONTACT_KEYS = ("name", "email")
DEAL_KEYS = ("sku", "price", "currency", "unit", "quantity", "date")


def build_registry(data: object, locator: Locator, source: str, problems: Problems | None = None) -> Registry:
    """Validate a whole document; raises RegistryError listing every problem (including any in `problems`)."""
    return _Builder(locator, problems).build(data, source)


def _quote(value: object) -> str:
    """A value as a problem shows it: strings in quotes (shortened), other values as TOML writes them."""
    if isinstance(value, bool):
        return str(value).lower()
    if not isinstance(value, str):
        return str(value)
    return '"' + (value if len(value) <= 60 else value[:57] + "...") + '"'


def _suggest(word: str, choices) -> str:
    close = difflib.get_close_matches(word, list(choices), n=1)
    return f' (did you mean "{close[0]}"?)' if close else ""


class _Builder:
    def __init__(self, locator: Locator, problems: Problems | None):
        self.p = problems if problems is not None else Problems(locator)

    # ---- generic shape checks -------------------------------------------------------------

    def table(self, value: object, path: KeyPath, allowed: tuple[str, ...]) -> dict | None:
        if not isinstance(value, dict):
            self.p.add(path, "must be a table")
            return None
        for key in value:
            if key not in allowed:
                self.p.add(path + (key,), f"unknown key{_suggest(str(key), allowed)}; "
                                          f"known keys: {', '.join(allowed)}")
        return value

    def tables(self, value: object, path: KeyPath) -> list:
        if value is None:
            return []
        if not isinstance(value, list):
            self.p.add(path, "must be a list of tables", value)
            return []
        return value

    def text(self, table: dict, key: str, path: KeyPath, *, required: bool = False) -> str | None:
        if key not in table:
            if required:
                self.p.add(path, f"missing required key {key}")
            return None
        value = table[key]
        if not isinstance(value, str):
            self.p.add(path + (key,), "must be a string (in quotes)")
            return None
        if not value.strip():
            self.p.add(path + (key,), "must not be empty")
            return None
        return value.strip()

    def texts(self, table: dict, key: str, path: KeyPath, *, required: bool = False) -> list[tuple[int, str]]:
        """A list of non-empty strings, as (index in the file's list, stripped text); duplicates dropped."""
        if key not in table:
            if required:
                self.p.add(path, f"missing required key {key}")
            return []
        value = table[key]
        if not isinstance(value, list):
            self.p.add(path + (key,), f'must be a list of strings, e.g. {key} = ["..."]', value)
            return []
        out, seen = [], set()
        for i, item in enumerate(value):
            if not isinstance(item, str):
                self.p.add(path + (key, i), f"{_quote(item)} must be a string (in quotes)", item)
            elif not item.strip():
                self.p.add(path + (key, i), "empty string in list", item)
            elif item.strip() not in seen:
                seen.add(item.strip())
                out.append((i, item.strip()))
        if required and not value:
            self.p.add(path + (key,), "must list at least one entry")
        return out

    def checked(self, table: dict, key: str, path: KeyPath,
                check: Callable[[str], tuple[str | None, str | None]]) -> tuple[str, ...]:
        """Domains (or partners) in their normal forms, both spellings of an IDN, de-duplicated."""
        out: list[str] = []
        for i, item in self.texts(table, key, path):
            norm, why = check(item)
            if why:
                self.p.add(path + (key, i), f"{_quote(item)} {why}", item)
            else:
                out.extend(form for form in domain_forms(norm) if form not in out)
        return tuple(out)

    # ---- sections -------------------------------------------------------------------------

    def build(self, data: object, source: str) -> Registry:
        doc = self.table(data, (), TOP_KEYS) or {}
        if "version" not in doc:
            self.p.add(("version",), "missing: the first line must be `version = 1`")
        elif type(doc["version"]) is not int or doc["version"] != 1:
            self.p.add(("version",), f"unsupported version {doc['version']!r}: this guard reads version 1")
        company = self.company(doc.get("company"))
        products = [p for i, raw in enumerate(self.tables(doc.get("products"), ("products",)))
                    if (p := self.product(raw, ("products", i)))]
        accounts = [a for i, raw in enumerate(self.tables(doc.get("accounts"), ("accounts",)))
                    if (a := self.account(raw, ("accounts", i)))]
        self.cross_check(company, products, accounts)
        self.p.raise_if_any()
        return Registry(company=company, products=tuple(p for _, p in products),
                        accounts=_symmetric(a for _, a in accounts), version=1, source=source)

    def company(self, raw: object) -> Company:
        path: KeyPath = ("company",)
        if raw is None:
            self.p.add(path, "missing [company] section (name and domains of the sending company)")
            return Company("", ())
        t = self.table(raw, path, COMPANY_KEYS) or {}
        name = self.text(t, "name", path, required=True) or ""
        return Company(name, self.checked(t, "domains", path, check_domain))

    def product(self, raw: object, path: KeyPath) -> tuple[KeyPath, Product] | None:
        t = self.table(raw, path, PRODUCT_KEYS)
        if t is None:
            return None
        sku = self.text(t, "sku", path, required=True)
        names = self.texts(t, "names", path, required=True)
        if sku is None:
            return None
        return path, Product(sku, tuple(n for _, n in names))

    def account(self, raw: object, path: KeyPath) -> tuple[KeyPath, Account] | None:
        t = self.table(raw, path, ACCOUNT_KEYS)
        if t is None:
            return None
        account_id = self.text(t, "id", path, required=True)
        if account_id is not None and not ID_PATTERN.match(account_id):
            self.p.add(path + ("id",), f"{_quote(account_id)} is not a valid id (lower-case letters, digits "
                                       "and . _ -, starting with a letter or digit)", account_id)
        name = self.text(t, "name", path, required=True)
        country = self.text(t, "country", path)
        if country is not None:
            country, why = check_country(country)
            if why:
                self.p.add(path + ("country",), f"{_quote(t['country'])} {why}")
        disclosure = self.text(t, "disclosure", path) or "confidential"
        if disclosure not in DISCLOSURES:
            self.p.add(path + ("disclosure",), f"{_quote(disclosure)} must be one of: {', '.join(DISCLOSURES)}")
        fields = dict(
            aliases=tuple(a for _, a in self.texts(t, "aliases", path) if a != name),
            domains=self.checked(t, "domains", path, check_domain),
            contacts=self.contacts(t, path),
            competitors=tuple(c for _, c in self.texts(t, "competitors", path)),
            partners=self.checked(t, "partners", path, check_domain),
            deals=tuple(d for i, raw in enumerate(self.tables(t.get("deals"), path + ("deals",)))
                        if (d := self.deal(raw, path + ("deals", i)))),
        )
        if account_id is None or name is None:
            return None
        return path, Account(id=account_id, name=name, country=country, disclosure=disclosure, **fields)

    def contacts(self, t: dict, path: KeyPath) -> tuple[Contact, ...]:
        out: list[Contact] = []
        for i, raw in enumerate(self.tables(t.get("contacts"), path + ("contacts",))):
            cpath = path + ("contacts", i)
            c = self.table(raw, cpath, CONTACT_KEYS)
            if c is None:
                continue
            name = self.text(c, "name", cpath) or ""
            email = self.text(c, "email", cpath) or ""
            if email:
                email, why = check_email(email)
                if why:
                    self.p.add(cpath + ("email",), f"{_quote(c['email'])} {why}", c["email"])
                    continue
            if not name and not email and "name" not in c and "email" not in c:
                self.p.add(cpath, "a contact needs a name or an email")
            elif (name or email) and Contact(name, email) not in out:
                out.append(Contact(name, email))
        return tuple(out)

    def deal(self, raw: object, path: KeyPath) -> Deal | None:
        t = self.table(raw, path, DEAL_KEYS)
        if t is None:
            return None
        sku = self.text(t, "sku", path, required=True)
        figures: dict[str, int | float | None] = {}
        for key in ("price", "quantity"):
            if key in t:
                figures[key], why = check_amount(t[key])
                if why:
                    self.p.add(path + (key,), f"{_quote(t[key])} {why}")
        currency = self.text(t, "currency", path)
        if currency is not None:
            currency, why = check_currency(currency)
            if why:
                self.p.add(path + ("currency",), f"{_quote(t['currency'])} {why}")
        date = None
        if "date" in t:
            date, why = check_date(t["date"])
            if why:
                self.p.add(path + ("date",), f"{_quote(t['date'])} {why}")
        unit = self.text(t, "unit", path)
        if sku is None:
            return None
        return Deal(sku=sku, price=figures.get("price"), currency=currency, unit=unit,
                    quantity=figures.get("quantity"), date=date)

    # ---- across the document ----------------------------------------------------------------

    def cross_check(self, company: Company, products: list, accounts: list) -> None:
        """Duplicates and references: the checks no single section can make alone."""
        skus: set[str] = set()
        product_names: dict[str, str] = {}
        for path, p in products:
            if p.sku in skus:
                self.p.add(path + ("sku",), f"duplicate sku {_quote(p.sku)}", p.sku)
            skus.add(p.sku)
            for i, name in enumerate(p.names):
                owner = product_names.setdefault(fold(name), p.sku)
                if owner != p.sku:
                    self.p.add(path + ("names", i), f"{_quote(name)} is already a name of product {owner}", name)
        ids = {a.id for _, a in accounts}
        seen_ids: set[str] = set()
        names: dict[str, str] = {}
        domains = {d: "the company itself" for d in company.domains}
        emails: dict[str, str] = {}
        for path, a in accounts:
            if a.id in seen_ids:
                self.p.add(path + ("id",), f"duplicate account id {_quote(a.id)}", a.id)
            seen_ids.add(a.id)
            for key, text in [("name", a.name)] + [("aliases", x) for x in a.aliases]:
                folded = fold(text)
                if not folded:
                    self.p.add(path + (key,), f"{_quote(text)} has no letters or digits", text)
                self.unique(names, folded, a.id, path + ((key,) if key == "name" else (key, 0)), text,
                            f"{_quote(text)} is also a name or alias of account")
            clashes: set[str] = set()  # report an IDN once, not once per spelling
            for d in a.domains:
                if d not in clashes and not self.unique(domains, d, a.id, path + ("domains", 0), d,
                                                        f"domain {_quote(d)} also belongs to"):
                    clashes.update(domain_forms(d))
            for d in a.partners:
                if d in company.domains:
                    self.p.add(path + ("partners", 0), f"{_quote(d)} is one of the company's own domains", d)
            for c in a.contacts:
                if c.email:
                    self.unique(emails, c.email, a.id, path + ("contacts", 0, "email"), c.email,
                                f"{_quote(c.email)} is also a contact of account")
            for c in a.competitors:
                if c == a.id:
                    self.p.add(path + ("competitors", 0), "an account cannot compete with itself", c)
                elif c not in ids:
                    self.p.add(path + ("competitors", 0), f"unknown account id {_quote(c)}{_suggest(c, ids)}", c)
            for j, deal in enumerate(a.deals):
                if deal.sku not in skus:
                    self.p.add(path + ("deals", j, "sku"),
                               f"unknown sku {_quote(deal.sku)}{_suggest(deal.sku, skus)}", deal.sku)

    def unique(self, owners: dict[str, str], key: str, owner: str, path: KeyPath, value: str, what: str) -> bool:
        """Claims `key` for `owner`; False (and a problem) when another owner has it."""
        if not key:
            return True
        first = owners.setdefault(key, owner)
        if first != owner:
            self.p.add(path, f"{what} {first}", value)
        return first == owner


def _symmetric(accounts) -> tuple[Account, ...]:
    """Each account lists every competitor, whichever side the file named the relation on."""
    accounts = list(accounts)
    extra: dict[str, list[str]] = {a.id: [] for a in accounts}
    for a in accounts:
        for c in a.competitors:
            if c in extra:
                extra[c].append(a.id)
    out = []
    for a in accounts:
        more = tuple(c for c in dict.fromkeys(extra[a.id]) if c not in a.competitors)
        out.append(a if not more else replace(a, competitors=a.competitors + more))
    return tuple(out)
