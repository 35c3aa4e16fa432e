"""Rules R1-R10 applied to the evidence of each part and to the audience (SPEC section 3).

The conditions are the SPEC's; actions and explanations come from rules/default.toml.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from itertools import accumulate

from guard.detect.evidence import Evidence
from guard.detect.names import find_domains, find_names
from guard.detect.scopes import Scopes
from guard.mail.model import Message, Part
from guard.policy.audience import Audience
from guard.policy.deals import FigureDeals
from guard.policy.rules import Policy
from guard.policy.verdict import Finding, Verdict
from guard.registry.index import Index

FIGURE_WORDS = {"price": "unit price", "quantity": "order volume", "number": "figure"}


@dataclass
class PartEvidence:
    part: Part
    scopes: Scopes
    identities: list[Evidence]
    products: list[Evidence]
    figures: list[Evidence]
    numbers: list[Evidence]
    phrases: list[Evidence]
    owners: set[str] = field(default_factory=set)   # accounts this document or quote belongs to

    def sentence(self, ev: Evidence) -> int:
        return self.scopes.of(ev.start)

    def near(self, a: Evidence, b: Evidence, reach: int = 1) -> bool:
        return abs(self.sentence(a) - self.sentence(b)) <= reach


class _Findings:
    """Collects findings once each, formatting explanations from the rules file."""

    def __init__(self, index: Index, policy: Policy):
        self.index, self.policy = index, policy
        self.items: list[Finding] = []
        self._seen: set[tuple] = set()

    def add(self, rule: str, account: str | None, kind: str, ev_text: str, where: str,
            start: int, end: int, *, action: str | None = None, **values: str) -> None:
        key = (rule, account, where, start, end)
        if key in self._seen:
            return
        self._seen.add(key)
        r = self.policy.rule(rule)
        name = self.index.account(account).name if account else ""
        explanation = r.explain(account_name=name, text=ev_text, where=where, **values)
        self.items.append(Finding(rule, action or r.action, account, kind, ev_text, where, start, end,
                                  explanation))


def _collect(part: Part, index: Index, policy: Policy, audience: Audience) -> PartEvidence:
    text = part.text
    found = find_names(text, index) + find_domains(text, index)
    if index.entities is not None:
        spans = [(e.start, e.end) for e in found]
        found += [e for e in index.entities.find(text)
                  if not any(s < e.end and e.start < t for s, t in spans)]
    identities = [e for e in found if e.is_identity and audience.is_other(e.account)]
    products = [e for e in found if e.kind == "product"]
    figures, numbers = policy.figures.find(text)
    # a number inside a product code or a name is not a figure ("HC-210", "Studio 54")
    inside = _covered([(e.start, e.end) for e in found])
    numbers = [n for n in numbers if not inside(n.start)]
    phrases = policy.phrases.find(text) if policy.phrases is not None else []
    lines_are_breaks = part.tabular or getattr(part, "html", False)
    pe = PartEvidence(part, Scopes(text, lines_are_breaks=lines_are_breaks), identities, products, figures,
                      numbers, phrases)
    if part.document or part.origin == "quoted":
        pe.owners = {e.account for e in identities if e.account}
        author_acc = index.account_for_address(part.author) if part.author else None
        if audience.is_other(author_acc):
            pe.owners.add(author_acc)
    return pe


def _covered(spans: list[tuple[int, int]]):
    """A test for "offset lies inside one of these spans", in log time."""
    spans.sort()
    starts = [s for s, _ in spans]
    ends = list(accumulate((e for _, e in spans), max))

    def inside(offset: int) -> bool:
        k = bisect_right(starts, offset) - 1
        return k >= 0 and offset < ends[k]
    return inside


def _products_near(pe: PartEvidence, ev: Evidence) -> set[str]:
    s = pe.sentence(ev)
    return {p.sku for p in pe.products if pe.sentence(p) == s and p.sku}


def _figure_findings(pe: PartEvidence, ev: Evidence, audience: Audience, index: Index, out: _Findings,
                     bare: bool) -> bool:
    """R4 for one figure; True when it was tied to an account."""
    deals = FigureDeals(ev, index, _products_near(pe, ev))
    if not deals.groups or deals.has(audience.own):
        return False  # no deal, or the recipient's own terms
    reach = 0 if bare else 1
    tied = deals.among({i.account for i in pe.identities if pe.near(i, ev, reach)})
    if not bare and any(pe.near(ph, ev, 0 if ph.weak else 1) for ph in pe.phrases):
        tied |= deals.everyone()
    if audience.own is None:  # a reader's own deal, shown to the other readers
        tied |= deals.among(audience.recipient_accounts)
    tied |= deals.among(pe.owners, {p.sku for p in pe.products})
    kind = deals.kind_for(tied)
    for acc in sorted(tied):
        out.add("R4", acc, kind, ev.text, pe.part.where, ev.start, ev.end, figure=FIGURE_WORDS[kind])
    return bool(tied)


def _identity_findings(pe: PartEvidence, tied_accounts: set[str], audience: Audience, index: Index,
                       policy: Policy, out: _Findings) -> None:
    for ev in pe.identities:
        acc = ev.account
        account = index.account(acc)
        bought = {p.sku for p in pe.products if pe.sentence(p) == pe.sentence(ev)} & index.account_skus[acc]
        where = pe.part.where
        if bought or acc in tied_accounts:
            names = ", ".join(sorted(index.product_names.get(s, s) for s in bought))
            products = f"{names}, which it buys from us" if names else "its own prices or volumes"
            out.add("R3", acc, ev.kind, ev.text, where, ev.start, ev.end, products=products)
        if account.is_reference and not policy.rule("R1").reference_accounts:
            continue
        rivals = index.competitors.get(acc, frozenset()) & audience.recipient_accounts
        if rivals:
            out.add("R2", acc, ev.kind, ev.text, where, ev.start, ev.end,
                    competitor=", ".join(sorted(index.account(r).name for r in rivals)))
        elif not (bought or acc in tied_accounts):
            out.add("R1", acc, ev.kind, ev.text, where, ev.start, ev.end)


def _phrase_findings(pe: PartEvidence, tied_phrase_sentences: set[int], index: Index, out: _Findings) -> None:
    for ph in pe.phrases:
        if ph.weak:
            continue
        s = pe.sentence(ph)
        if s in tied_phrase_sentences or any(pe.sentence(i) == s for i in pe.identities):
            continue
        skus = sorted({p.sku for p in pe.products if pe.sentence(p) == s})
        if skus:
            names = ", ".join(index.product_names.get(x, x) for x in skus)
            out.add("R5", None, "third-party", ph.text, pe.part.where, ph.start, ph.end, products=names)


def _quote_findings(part: Part, audience: Audience, index: Index, out: _Findings) -> None:
    """R7: another account's address in a quote's headers or attribution."""
    lowered = part.text.lower()
    for addr in dict.fromkeys([part.author, *part.header_addresses]):
        acc = index.account_for_address(addr) if addr else None
        if audience.is_other(acc):
            i = lowered.find(addr.lower())
            start, end = (i, i + len(addr)) if i >= 0 else (0, 0)
            out.add("R7", acc, "forwarded", addr, part.where, start, end)


def _recipient_findings(message: Message, audience: Audience, index: Index, policy: Policy,
                        out: _Findings) -> None:
    """R6: customers who would see each other (or an unknown outsider) in To/Cc."""
    visible = [a.email for a in message.visible_recipients if not index.is_internal(a.email)]
    by_party: dict[str, list[str]] = {}
    for email in dict.fromkeys(visible):
        acc = audience.account_of.get(email, index.account_for_address(email))
        by_party.setdefault(acc or f"?{email}", []).append(email)
    if len(by_party) < 2:
        return
    rule = policy.rule("R6")
    for party, emails in by_party.items():
        if party.startswith("?"):
            continue
        if index.account(party).is_reference and not rule.reference_accounts:
            continue
        others = [e for p, es in by_party.items() if p != party for e in es]
        rivals = index.competitors.get(party, frozenset()) & set(by_party)
        action = rule.competitor_action if rivals and rule.competitor_action else rule.action
        out.add("R6", party, "recipients", ", ".join(emails), "recipients", 0, 0, action=action,
                recipients=", ".join(others))


def _message_ties(evidence: list[PartEvidence], index: Index, audience: Audience) -> set[str]:
    """Accounts named anywhere in the message whose deal figures appear anywhere in it (R3: "or with
    any of its figures"). A price suffices; a quantity also needs the deal's product in the message,
    because round volumes (1,000 pcs) recur in ordinary offers."""
    named = {e.account for pe in evidence for e in pe.identities}
    if not named:
        return set()
    skus = {p.sku for pe in evidence for p in pe.products}
    tied: set[str] = set()
    for pe in evidence:
        for ev in pe.figures:
            deals = FigureDeals(ev, index, set())
            tied |= deals.among(named, None if ev.kind == "price" else skus)
    return tied


def evaluate(message: Message, index: Index, policy: Policy) -> Verdict:
    audience = Audience.of(message, index)
    if audience.internal_only:
        return Verdict.of([], message.unread)
    out = _Findings(index, policy)
    _recipient_findings(message, audience, index, policy, out)
    evidence: list[PartEvidence] = []
    for part in message.parts:
        if part.origin == "quoted":
            if audience.wrote_it(part.author, index):
                continue
            _quote_findings(part, audience, index, out)
        evidence.append(_collect(part, index, policy, audience))
    across = _message_ties(evidence, index, audience)
    for pe in evidence:
        where = pe.part.where
        tied = set(across)
        tied_phrase_sentences: set[int] = set()
        for ev in pe.figures:
            if _figure_findings(pe, ev, audience, index, out, bare=False):
                tied |= {f.account for f in out.items if f.start == ev.start and f.where == where}
                tied_phrase_sentences |= {pe.sentence(ph) for ph in pe.phrases if pe.near(ph, ev)}
        for ev in pe.numbers:
            if _figure_findings(pe, ev, audience, index, out, bare=True):
                tied |= {f.account for f in out.items if f.start == ev.start and f.where == where}
        _identity_findings(pe, tied, audience, index, policy, out)
        _phrase_findings(pe, tied_phrase_sentences, index, out)
    for u in message.unread:
        out.add("R10", None, "unread", u.reason, u.where, 0, 0)
    return Verdict.of([f for f in out.items if f.action != "pass"], message.unread)
