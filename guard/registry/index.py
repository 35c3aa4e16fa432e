"""The Index: everything matchable in the registry, compiled once.

Names, aliases, contact names and product names go into one Aho-Corasick
automaton over normalised text, so a scan costs the same with 1k or 100k
accounts. bench/matcher.py measured it against spaCy's PhraseMatcher: at 100k
names 9 MB/s against 1.1 MB/s on English and 11 against 2.5 MB/s on Chinese, where
the PhraseMatcher also misses names inside a run of Chinese characters (20 hits
against 1,291); at 10k names the two scan English at a similar speed. Domains, contact addresses and deal figures are hash or
sorted-array look-ups.

Short and common-word names must not fire on ordinary prose. The rule, applied
when a match is verified against the original text:
  * a name whose letters and digits number fewer than MIN_CHARS is not indexed;
  * a short code or acronym ("W&G", "NKAB": at most 5 letters, written in
    capitals in the registry) matches only in the same capitals;
  * a one-word Latin name ("Summit") matches only capitalised, so the common
    noun "summit" in prose is not an account; a name made only of ordinary words
    (rules/words/ordinary.txt: "Harvest Irrigation") likewise, and not where its words
    are used in another sense right there (rules/senses.toml: a vessel, a fair, a brand);
  * a product code with letters and digits ("PS-4") matches only as one token,
    never across a space or line break ("PS: 4");
  * a one-word contact name (a bare first name), a two-character Chinese contact name
    (it hides inside other words: "我们李明天") and a two-letter alias without punctuation
    ("KK") are not indexed;
  * CJK account names need at least two characters and no word boundary;
  * a name inside an e-mail address or a URL is that address's, not a name.
"""

from __future__ import annotations

import gc
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

import ahocorasick

from guard.detect.descriptions import Descriptions
from guard.detect.normalize import is_cjk, normalize_name
from guard.detect.senses import ordinary_words as load_ordinary_words
from guard.registry.fragments import short_forms
from guard.registry.model import Account, Deal, Registry

MIN_CHARS = 2
ACRONYM_MAX = 5


@dataclass(frozen=True)
class NameEntry:
    """What one normalised name stands for."""

    kind: str                 # "name" (account name or alias), "contact", "product"
    account: str | None       # account id (name, contact)
    sku: str | None           # product sku (product)
    display: str              # the name as the registry writes it
    exact_case: bool = False  # acronym: must match in the registry's capitals
    capitalised: bool = False  # one-word name: must start with a capital in the text
    one_token: bool = False   # product code: no white space inside the match
    ordinary: bool = False    # every word an ordinary word: a name only where written as one
    full: str = ""            # "head"/"tail" pieces of a long name: the whole name, normalised


@dataclass(frozen=True)
class DealGroup:
    """Every deal with one price (or one quantity), by account: a figure's look-up result."""

    kind: str                                   # "price" or "quantity"
    value: float
    by_account: dict[str, tuple[Deal, ...]]


@dataclass
class Index:
    registry: Registry
    automaton: ahocorasick.Automaton | None
    domains: dict[str, str]                 # mail domain or web site -> account id
    partner_domains: dict[str, str]         # partner domain -> account id
    contact_emails: dict[str, str]          # contact address -> account id
    company_domains: frozenset[str]
    account_skus: dict[str, frozenset[str]]
    competitors: dict[str, frozenset[str]]
    price_keys: list[float] = field(default_factory=list)          # sorted distinct deal prices
    price_groups: list[DealGroup] = field(default_factory=list)    # parallel to price_keys
    quantities: dict[float, DealGroup] = field(default_factory=dict)
    quantity_keys: list[float] = field(default_factory=list)       # sorted, for converted figures
    product_names: dict[str, str] = field(default_factory=dict)  # sku -> display name
    entities: object | None = None  # optional guard.detect.ner.EntityMatcher
    unknown_orgs: object | None = None  # optional guard.detect.unknown_orgs.UnknownOrgs (R11)
    descriptions: object | None = None  # guard.detect.descriptions.Descriptions: products by description

    def account(self, account_id: str) -> Account:
        return self.registry.account(account_id)

    def account_for_domain(self, domain: str, *, partners: bool = False) -> str | None:
        """The account owning a domain or one of its parent domains (mail.x.com -> x.com)."""
        domain = domain.lower().rstrip(".")
        if domain.startswith("www."):
            domain = domain[4:]
        labels = domain.split(".")
        for i in range(len(labels) - 1):
            d = ".".join(labels[i:])
            found = self.domains.get(d) or (self.partner_domains.get(d) if partners else None)
            if found:
                return found
        return None

    def account_for_address(self, email: str, *, partners: bool = True) -> str | None:
        email = email.lower()
        return self.contact_emails.get(email) or self.account_for_domain(email.rpartition("@")[2],
                                                                            partners=partners)

    def is_internal(self, email: str) -> bool:
        domain = email.lower().rpartition("@")[2]
        return any(domain == d or domain.endswith("." + d) for d in self.company_domains)

    def deal_groups(self, kind: str, value: float) -> list[DealGroup]:
        """Deals whose unit price equals value to the cent (0.2% on large prices), or whose
        quantity equals it; a bisection or a hash look-up, whatever the number of accounts."""
        if kind == "quantity":
            group = self.quantities.get(float(value))
            return [group] if group else []
        tol = max(0.006, value * 0.002)
        return self.deal_groups_between("price", value - tol, value + tol)

    def deal_groups_between(self, kind: str, low: float, high: float) -> list[DealGroup]:
        """Deals whose price or quantity lies in [low, high]: a figure converted from another unit."""
        if kind == "quantity":
            lo, hi = bisect_left(self.quantity_keys, low), bisect_right(self.quantity_keys, high)
            return [self.quantities[k] for k in self.quantity_keys[lo:hi]]
        lo, hi = bisect_left(self.price_keys, low), bisect_right(self.price_keys, high)
        return self.price_groups[lo:hi]


_CODE = re.compile(r"(?=.*\d)(?=.*[^\W\d_])")


def _entry_flags(display: str, norm: str, kind: str,
                 ordinary_words: frozenset[str] = frozenset()) -> tuple[bool, bool, bool, bool]:
    letters = re.sub(r"[\W_]", "", display)
    latin = not any(is_cjk(c) for c in letters)
    exact = latin and kind == "name" and (len(letters) < 3 or (letters.isupper() and len(letters) <= ACRONYM_MAX))
    capitalised = latin and kind == "name" and not exact and " " not in norm and letters.isalpha()
    one_token = latin and kind == "product" and bool(_CODE.match(letters)) and not re.search(r"\s", display)
    ordinary = latin and kind == "name" and not exact and all(w in ordinary_words for w in norm.split())
    return exact, capitalised, one_token, ordinary


def _indexable(display: str, norm: str, kind: str) -> bool:
    chars = norm.replace(" ", "")
    if len(chars) < MIN_CHARS:
        return False
    cjk = any(is_cjk(c) for c in chars)
    if kind == "contact" and (len(chars) < 3 if cjk else " " not in norm):
        return False  # a bare first name, or a two-character Chinese name inside other words
    if kind == "name" and not cjk and len(chars) == 2 and display.replace(" ", "").isalnum():
        return False  # "KK" fires on any capitals; "W&G" has its punctuation to go by
    return True


TYPO_MIN = 8  # letters a name needs before a one-letter typo of it is still that name


def _split_compounds(norm: str, ordinary: frozenset[str]) -> list[str]:
    """"bluegum valves" -> "blue gum valves": a distinctive word that is two ordinary words run
    together, as mail also writes it ("Blue-Gum", "blue gum")."""
    words = norm.split()
    out = []
    for k, w in enumerate(words):
        if len(w) < 6 or not w.isalpha() or w in ordinary:
            continue
        for i in range(3, len(w) - 2):
            if w[:i] in ordinary and w[i:] in ordinary:
                out.append(" ".join([*words[:k], w[:i], w[i:], *words[k + 1:]]))
    return out


def _typo_pieces(norm: str) -> list[tuple[str, str]]:
    """The pieces a one-letter typo of a long name leaves intact: all but its last word (a "head"),
    or the two halves of a one-word name."""
    letters = norm.replace(" ", "")
    if len(letters) < TYPO_MIN or not letters.isalpha():
        return []
    words = norm.split()
    if len(words) > 1:
        head = " ".join(words[:-1])
        return [(head, "head")] if len(head.replace(" ", "")) >= 5 else []
    half = len(norm) // 2
    return [(norm[:half], "head"), (norm[half:], "tail")]


def _keep_distinct_pieces(entries: dict[str, list[NameEntry]]) -> None:
    """A piece that several names share, or that is a name itself, points at no one typo: it is
    dropped, so a scan verifies a piece hit against one or two names at most."""
    for norm in list(entries):
        es = entries[norm]
        pieces = [e for e in es if e.kind in ("head", "tail")]
        if pieces and (len(pieces) > 2 or len(pieces) < len(es)):
            kept = [e for e in es if e.kind not in ("head", "tail")]
            if kept:
                entries[norm] = kept
            else:
                del entries[norm]


def build_index(registry: Registry) -> Index:
    """Compile a registry; O(total names) time and memory."""
    gc_was_enabled = gc.isenabled()
    gc.disable()  # the build makes millions of small objects and no cycles: don't rescan them all
    try:
        return _build(registry)
    finally:
        if gc_was_enabled:
            gc.enable()


def _build(registry: Registry) -> Index:
    entries: dict[str, list[NameEntry]] = {}
    ordinary_words = load_ordinary_words()

    def add(display: str, kind: str, account: str | None, sku: str | None) -> None:
        norm = normalize_name(display)
        if not _indexable(display, norm, kind):
            return
        exact, cap, one, ordinary = _entry_flags(display, norm, kind, ordinary_words)
        entry = NameEntry(kind, account, sku, display, exact, cap, one, ordinary)
        entries.setdefault(norm, []).append(entry)
        if kind == "name" and not exact and not ordinary and norm.isascii():
            for variant in _split_compounds(norm, ordinary_words):
                entries.setdefault(variant, []).append(entry)
            for piece, where in _typo_pieces(norm):
                entries.setdefault(piece, []).append(NameEntry(where, account, None, display, exact, cap, one,
                                                               False, norm))

    for p in registry.products:
        for n in {p.sku, *p.names}:
            add(n, "product", None, p.sku)
    for form, sku in short_forms(registry.products).items():
        add(form, "product", None, sku)
    domains: dict[str, str] = {}
    partners: dict[str, str] = {}
    contacts: dict[str, str] = {}
    prices: dict[float, dict[str, list[Deal]]] = {}
    quantities: dict[float, dict[str, list[Deal]]] = {}
    for a in registry.accounts:
        for n in {a.name, *a.aliases}:
            add(n, "name", a.id, None)
        for c in a.contacts:
            add(c.name, "contact", a.id, None)
            contacts[c.email.lower()] = a.id
        for d in a.domains:
            domains[d.lower().removeprefix("www.")] = a.id
        for d in a.partners:
            d = d.lower().removeprefix("www.")
            # a forwarder shared by two accounts acts for neither alone: it stays an outsider
            partners[d] = "" if partners.get(d, a.id) != a.id else a.id
        for deal in a.deals:
            if deal.price is not None:
                prices.setdefault(float(deal.price), {}).setdefault(a.id, []).append(deal)
            if deal.quantity is not None:
                quantities.setdefault(float(deal.quantity), {}).setdefault(a.id, []).append(deal)
    _keep_distinct_pieces(entries)
    automaton = None
    if entries:
        automaton = ahocorasick.Automaton()
        for norm, es in entries.items():
            # pieces of names (typo candidates) last, so a scan tells them apart by the last entry
            value = (len(norm), tuple(sorted(es, key=lambda e: e.kind in ("head", "tail"))))
            # A Latin name is keyed with the space before it and the text is scanned with one in
            # front (guard.detect.names), so the automaton never reports it inside another word
            # ("ING" in "paring"); CJK names and the tails of names may begin anywhere.
            at_word = not any(is_cjk(c) for c in norm) and not any(e.kind == "tail" for e in es)
            automaton.add_word(" " + norm if at_word else norm, value)
        automaton.make_automaton()
    price_keys = sorted(prices)
    return Index(
        registry=registry,
        automaton=automaton,
        domains=domains,
        partner_domains=partners,
        contact_emails=contacts,
        company_domains=frozenset(d.lower() for d in registry.company.domains),
        account_skus={a.id: a.skus for a in registry.accounts},
        competitors=_symmetric_competitors(registry),
        price_keys=price_keys,
        price_groups=[_group("price", k, prices[k]) for k in price_keys],
        quantities={k: _group("quantity", k, v) for k, v in quantities.items()},
        quantity_keys=sorted(quantities),
        product_names={p.sku: (p.names[0] if p.names else p.sku) for p in registry.products},
        descriptions=Descriptions(registry.products) if registry.products else None,
    )


def _symmetric_competitors(registry: Registry) -> dict[str, frozenset[str]]:
    pairs: dict[str, set[str]] = {a.id: set(a.competitors) for a in registry.accounts}
    for a in registry.accounts:
        for other in a.competitors:
            pairs.setdefault(other, set()).add(a.id)
    return {k: frozenset(v) for k, v in pairs.items()}


def _group(kind: str, value: float, by_account: dict[str, list[Deal]]) -> DealGroup:
    return DealGroup(kind, value, {a: tuple(ds) for a, ds in by_account.items()})
