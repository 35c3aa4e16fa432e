"""Everything detected in one part, indexed by sentence, so each rule asks in constant time."""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import accumulate

from guard.detect.evidence import Evidence
from guard.detect.names import find_domains, find_names
from guard.detect.scopes import Scopes
from guard.mail.model import Part
from guard.policy.audience import Audience
from guard.policy.rules import Policy
from guard.registry.index import Index


@dataclass
class PartEvidence:
    part: Part
    scopes: Scopes
    identities: list[Evidence]      # names, domains, contacts of other accounts
    products: list[Evidence]
    figures: list[Evidence]         # typed: with a currency, a unit or a label
    numbers: list[Evidence]         # bare numbers
    phrases: list[Evidence]         # third-party phrases (weak ones only tie figures)
    owners: set[str] = field(default_factory=set)   # accounts this document or quote belongs to
    skus_by_sentence: dict[int, set[str]] = field(default_factory=dict)
    identities_by_sentence: dict[int, list[Evidence]] = field(default_factory=dict)
    strong_sentences: set[int] = field(default_factory=set)
    weak_sentences: set[int] = field(default_factory=set)

    def __post_init__(self) -> None:
        skus: defaultdict[int, set[str]] = defaultdict(set)
        for p in self.products:
            if p.sku:
                skus[self.sentence(p)].add(p.sku)
        self.skus_by_sentence = dict(skus)
        ids: defaultdict[int, list[Evidence]] = defaultdict(list)
        for e in self.identities:
            ids[self.sentence(e)].append(e)
        self.identities_by_sentence = dict(ids)
        for ph in self.phrases:
            (self.weak_sentences if ph.weak else self.strong_sentences).add(self.sentence(ph))

    @property
    def part_skus(self) -> set[str]:
        return {s for skus in self.skus_by_sentence.values() for s in skus}

    def sentence(self, ev: Evidence) -> int:
        return self.scopes.of(ev.start)

    def skus_in(self, sentence: int) -> set[str]:
        return self.skus_by_sentence.get(sentence, set())

    def accounts_near(self, sentence: int, reach: int) -> set[str]:
        return {e.account for s in range(sentence - reach, sentence + reach + 1)
                for e in self.identities_by_sentence.get(s, ()) if e.account}

    def strong_near(self, sentence: int, reach: int) -> bool:
        return any(s in self.strong_sentences for s in range(sentence - reach, sentence + reach + 1))


def collect(part: Part, index: Index, policy: Policy, audience: Audience) -> PartEvidence:
    text = part.text
    address_spans: list[tuple[int, int]] = []
    addresses = find_domains(text, index, address_spans)
    in_address = _covered(address_spans)
    found = [e for e in find_names(text, index) if e.kind == "product" or not in_address(e.start)] + addresses
    if index.entities is not None:
        taken = _covered([(e.start, e.end) for e in found])
        found += [e for e in index.entities.find(text) if not taken(e.start)]
    identities = [e for e in found if e.is_identity and audience.is_other(e.account)]
    if part.about:
        identities = _not_about_itself(identities, text, part.about, index)
    products = [e for e in found if e.kind == "product"]
    if part.about:  # display names say who, not what: identities only (and 10,000 of them stay cheap)
        figures, numbers, phrases = [], [], []
    else:
        figures, numbers = policy.figures.find(text)
        # a number inside a product code or a name is not a figure ("HC-210", "PAN-28 sets", "Studio 54")
        inside = _covered([(e.start, e.end) for e in found])
        figures = [f for f in figures if not inside(f.start)]
        numbers = [n for n in numbers if not inside(n.start)]
        phrases = policy.phrases.find(text) if policy.phrases is not None else []
    pe = PartEvidence(part, Scopes(text, lines_are_breaks=part.tabular or part.html, tabular=part.tabular),
                      identities, products, figures, numbers, phrases)
    if part.document or part.origin == "quoted":
        pe.owners = {e.account for e in identities if e.account}
        author_acc = index.account_for_address(part.author) if part.author else None
        if audience.is_other(author_acc):
            pe.owners.add(author_acc)
    return pe


def _not_about_itself(identities: list[Evidence], text: str, about: tuple[str, ...], index: Index) -> list[Evidence]:
    """A display name says who its address is (line i of `text` labels about[i]): nothing about
    that address's own account is a finding, and a person's name is the name of the person at
    that address (a namesake among another account's contacts is not that contact); an
    account's name there still is ("Fjord Home via ...")."""
    starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
    kept = []
    for e in identities:
        if e.kind == "contact":
            continue
        line = bisect_right(starts, e.start) - 1
        own = index.account_for_address(about[line]) if 0 <= line < len(about) else None
        if own is not None and e.account == own:
            continue
        kept.append(e)
    return kept


def _covered(spans: list[tuple[int, int]]):
    """A test for "offset lies inside one of these spans", in log time."""
    spans.sort()
    starts = [s for s, _ in spans]
    ends = list(accumulate((e for _, e in spans), max))

    def inside(offset: int) -> bool:
        k = bisect_right(starts, offset) - 1
        return k >= 0 and offset < ends[k]
    return inside
