"""Reading Sent mail one message at a time into what it says about each correspondent.

A correspondent is an external mail domain, or one address at a free-mail provider
(rules/learn/freemail.toml): two gmail.com buyers are two correspondents. For each one the
collector keeps counts and at most a few message ids per learnt value, never the
messages, so memory grows with the number of correspondents, not of messages.

What counts as evidence, and how strongly:
- names: organisation names with a legal form in text the correspondent wrote (their
  quoted signature, 3), in a display name (3), in a sales document sent to them (2), in
  our own new text to them alone (1); a name seen with three or more correspondents is
  ours or a third party's (a forwarder's) and is nobody's name;
- country: the country name in their quoted signature or address, else the mail domain's
  country code, else the legal form's country;
- contacts: the external recipients, with their display names;
- deals: rows of the sales documents (learn_tables) sent to them alone.
Bulk mail, internal mail and mailings to many recipients teach nothing.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC
from email.utils import parsedate_to_datetime

from guard.detect.ner import compact_key
from guard.detect.normalize import normalize_name
from guard.errors import MessageError
from guard.mail.model import Message
from guard.mail.parse import parse_message
from guard.registry.learn_rules import LearnRules
from guard.registry.learn_tables import Row, TableReader, document_date
from guard.registry.model import Product

KEEP_IDS = 5
CODE = re.compile(r"\b[A-Z]{1,5}-?\d{1,5}[A-Z]{0,3}\b")


@dataclass
class Seen:
    """How often a value was seen and the first few message ids it was learnt from."""

    count: int = 0
    ids: list[str] = field(default_factory=list)

    def add(self, mid: str, n: int = 1) -> None:
        self.count += n
        if mid not in self.ids and len(self.ids) < KEEP_IDS:
            self.ids.append(mid)


@dataclass
class DealSeen:
    row: Row
    date: str | None
    seen: Seen
    others: list[tuple[float, str | None, str]] = field(default_factory=list)  # other prices, ids
    order: str = ""  # when the document was sent (ISO, UTC): the latest one's terms count


@dataclass
class Correspondent:
    key: str                  # domain, or address at a free-mail provider
    freemail: bool
    messages: Seen = field(default_factory=Seen)
    names: dict[str, Seen] = field(default_factory=dict)           # name -> weighted evidence
    name_hints: dict[str, str | None] = field(default_factory=dict)  # name -> legal form's country
    countries: Counter = field(default_factory=Counter)
    contacts: dict[str, Counter] = field(default_factory=dict)     # email -> display names
    contact_seen: dict[str, Seen] = field(default_factory=dict)
    deals: dict[str, DealSeen] = field(default_factory=dict)       # product key -> latest deal


@dataclass
class Counts:
    messages: int = 0
    unparsable: int = 0
    bulk: int = 0
    internal: int = 0
    mailings: int = 0
    documents: int = 0
    rows: int = 0


class ProductBook:
    """Products of an existing registry matched by name; new ones keyed by their model code."""

    def __init__(self, products: tuple[Product, ...] = ()):
        self.known = products
        self.by_name = sorted(((f" {normalize_name(n)} ", p.sku) for p in products for n in p.names
                               if len(normalize_name(n)) >= 2), key=lambda x: -len(x[0]))
        self.new_names: dict[str, Counter] = {}

    def key(self, text: str) -> str:
        norm = f" {normalize_name(text)} "
        for name, sku in self.by_name:
            if name in norm:
                return sku
        m = CODE.search(text)
        sku = m.group() if m else normalize_name(text)[:60].upper().replace(" ", "-")
        rest = " ".join((text[:m.start()] + " " + text[m.end():]).split()) if m else text
        self.new_names.setdefault(sku, Counter())[rest.strip(" -,")] += 1
        return sku

    def is_known(self, sku: str) -> bool:
        return any(p.sku == sku for p in self.known)


class Collector:
    def __init__(self, rules: LearnRules, tables: TableReader, company_domains: frozenset[str],
                 company_name: str = "", products: ProductBook | None = None):
        self.rules, self.tables = rules, tables
        self.company_domains = company_domains
        self.company_key = compact_key(company_name) if company_name else ""
        self.products = products or ProductBook()
        self.people: dict[str, Correspondent] = {}
        self.name_owners: dict[str, set[str]] = {}   # compact name -> correspondents it was seen with
        self.counts = Counts()

    def internal(self, email: str) -> bool:
        d = email.rpartition("@")[2]
        return any(d == c or d.endswith("." + c) for c in self.company_domains)

    def key_of(self, email: str) -> tuple[str, bool]:
        domain = email.rpartition("@")[2]
        if self.rules.is_freemail(domain):
            return email, True
        return domain[4:] if domain.startswith(("www.", "mail.")) and domain.count(".") > 1 else domain, False

    def add(self, mid: str, raw: bytes) -> None:
        self.counts.messages += 1
        try:
            msg = parse_message(raw)
        except MessageError:
            self.counts.unparsable += 1
            return
        if self._bulk(msg):
            self.counts.bulk += 1
            return
        rcpts = [a for a in msg.to + msg.cc + msg.bcc if not self.internal(a.email)]
        if not rcpts:
            self.counts.internal += 1
            return
        if len(rcpts) > self.rules.max_recipients:
            self.counts.mailings += 1
            return
        mid = msg.message_id or mid
        keys = []
        for a in rcpts:
            key, free = self.key_of(a.email)
            c = self.people.get(key) or self.people.setdefault(key, Correspondent(key, free))
            if key not in keys:
                keys.append(key)
                c.messages.add(mid)
            names = c.contacts.setdefault(a.email, Counter())
            if a.name.strip() and "@" not in a.name:
                names[a.name.strip()] += 1
            c.contact_seen.setdefault(a.email, Seen()).add(mid)
            self._names(c, a.name, mid, 3)
        sole = self.people[keys[0]] if len(keys) == 1 else None
        for part in msg.parts:
            self._part(msg, part, keys, sole, mid)

    def _bulk(self, msg: Message) -> bool:
        for name, value in msg.headers:
            low, val = name.lower(), value.lower()
            if any(low == h and (not v or v in val.replace(" ", "")) for h, v in self.rules.bulk_headers):
                return True
        return False

    def _part(self, msg: Message, part, keys: list[str], sole: Correspondent | None, mid: str) -> None:
        if part.where.startswith(("header:", "filename:")):  # display names are read above, file names say little
            return
        if part.origin == "quoted":
            key = self.key_of(part.author.lower())[0] if part.author else ""
            c = self.people.get(key) if key in keys else sole
            if c is not None:
                self._names_in(c, part.text, mid, 3 if part.author else 2)
                country = self.rules.country_in(part.text[-600:])
                if country:
                    c.countries[country] += 1
            return
        if sole is None:
            return
        is_doc = part.where.startswith("attachment:")
        self._names_in(sole, part.text, mid, 2 if is_doc else 1)
        if self.tables.is_document(msg.subject, part.where, part.text[:3000]):
            rows = self.tables.rows(part.text, self.tables.currency_in(part.text[:3000]))
            if rows:
                self.counts.documents += 1
                sent = _message_time(msg)
                when = document_date(part.text, self.rules) or sent[:10] or None
                for row in rows:
                    self._deal(sole, row, when, sent or when or "", mid)

    def _deal(self, c: Correspondent, row: Row, when: str | None, order: str, mid: str) -> None:
        """The deal of the latest document sent (by its Date header, else its own date)."""
        self.counts.rows += 1
        sku = self.products.key(row.product)
        old = c.deals.get(sku)
        if old is None:
            c.deals[sku] = DealSeen(row, when, Seen(), order=order)
            c.deals[sku].seen.add(mid)
            return
        old.seen.add(mid)
        if order >= old.order:
            if (old.row.price, old.row.currency) != (row.price, row.currency):
                old.others.append((old.row.price, old.row.currency, old.seen.ids[0]))
            old.row, old.date, old.order = row, when, order
        elif (old.row.price, old.row.currency) != (row.price, row.currency):
            old.others.append((row.price, row.currency, mid))

    def _names_in(self, c: Correspondent, text: str, mid: str, weight: int) -> None:
        for org in self.rules.orgs.find(text):
            self._names(c, org.name, mid, weight, org.country)

    def _names(self, c: Correspondent, name: str, mid: str, weight: int, hint: str | None = None) -> None:
        if not name:
            return
        if hint is None:
            found = self.rules.orgs.find(name)
            if not found or found[0].start > 0:
                return
            name, hint = found[0].name, found[0].country
        key = compact_key(name)
        if len(key) < 3 or (self.company_key and key == self.company_key):
            return
        self.name_owners.setdefault(key, set()).add(c.key)
        c.names.setdefault(name, Seen()).add(mid, weight)
        c.name_hints[name] = hint

    def shared_name(self, name: str) -> bool:
        """A name seen with three or more correspondents is nobody's own."""
        return len(self.name_owners.get(compact_key(name), ())) >= 3


def _message_time(msg: Message) -> str:
    """The Date header as an ISO time in UTC ("" when missing or unreadable)."""
    for name, value in msg.headers:
        if name.lower() == "date":
            try:
                t = parsedate_to_datetime(value)
            except (TypeError, ValueError, IndexError):
                return ""
            if t.tzinfo is None:
                t = t.replace(tzinfo=UTC)
            return t.astimezone(UTC).isoformat()
    return ""
