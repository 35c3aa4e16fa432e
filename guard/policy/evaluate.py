"""Rules R1-R10 applied to the evidence of each part and to the audience (SPEC section 3).

The conditions are the SPEC's; actions and explanations come from rules/default.toml.
"""

from __future__ import annotations

from guard.detect.evidence import Evidence
from guard.detect.markets import MarketStatements
from guard.mail.model import Message, Part
from guard.policy.audience import Audience
from guard.policy.deals import FigureDeals
from guard.policy.evidence import PartEvidence, collect
from guard.policy.references import reference_findings
from guard.policy.rules import Policy
from guard.policy.verdict import Finding, Verdict
from guard.registry.index import Index

FIGURE_WORDS = {"price": "unit price", "quantity": "order volume", "number": "figure"}
MAX_LISTED = 5  # other recipients named in one R6 explanation


class _Findings:
    """Collects findings once each, formatting explanations and choosing actions from the rules file.

    The rules' keys apply here, to every rule alike: `reference_accounts = false` keeps a rule off
    accounts that agreed to be named, `competitor_action` applies where the account competes with
    a recipient account, and `replaces` (see `resolved`) decides which finding stands on the same words.
    """

    def __init__(self, index: Index, policy: Policy, audience: Audience):
        self.index, self.policy, self.audience = index, policy, audience
        self.items: list[Finding] = []
        self._seen: set[tuple] = set()

    def add(self, rule: str, account: str | None, kind: str, ev_text: str, where: str,
            start: int, end: int, *, action: str | None = None, **values: str) -> None:
        key = (rule, account, where, start, end, ev_text if start == end else "")
        if key in self._seen:
            return
        self._seen.add(key)
        r = self.policy.rule(rule)
        acc = self.index.account(account) if account else None
        if acc is not None and acc.is_reference and not r.reference_accounts:
            return
        if action is None:
            rivals = self.index.competitors.get(account, frozenset()) & self.audience.recipient_accounts
            action = r.competitor_action if r.competitor_action and rivals else r.action
        name = acc.name if acc is not None else values.pop("account_name", "")
        explanation = r.explain(account_name=name, text=ev_text, where=where, **values)
        self.items.append(Finding(rule, action, account, kind, ev_text, where, start, end, explanation))

    def identity(self, account: str, kind: str, text: str, where: str, start: int, end: int) -> None:
        """R1 on an identity of another account, R2 where it competes with a recipient account, R8
        where it is a reference account; written or referred to ("yes, they are our customer")."""
        rivals = self.index.competitors.get(account, frozenset()) & self.audience.recipient_accounts
        if rivals:
            self.add("R2", account, kind, text, where, start, end,
                     competitor=", ".join(sorted(self.index.account(r).name for r in rivals)))
        self.add("R1", account, kind, text, where, start, end)
        if self.index.account(account).is_reference:
            self.add("R8", account, kind, text, where, start, end)

    def resolved(self) -> list[Finding]:
        """The findings that stand: none that passes, none another rule's finding on the same words replaces."""
        live = [f for f in self.items if f.action != "pass"]
        rules_on: dict[tuple, set[str]] = {}
        for f in live:
            rules_on.setdefault((f.account, f.where, f.start, f.end), set()).add(f.rule)
        return [f for f in live
                if not any(f.rule in self.policy.rule(g).replaces for g in rules_on[(f.account, f.where, f.start, f.end)])]

    def has(self, account: str, where: str, after: int) -> bool:
        """Some R3 or R4 finding already names `account` in `where` from offset `after` on."""
        return any(f.account == account and f.where == where and f.rule in ("R3", "R4") and f.start >= after
                   for f in self.items)


def _figure_findings(pe: PartEvidence, ev: Evidence, audience: Audience, index: Index, out: _Findings,
                     bare: bool) -> set[str]:
    """R4 for one figure; returns the accounts it was tied to.

    A typed figure is tied by a name in its sentence or the next, by a third-party phrase there,
    by a vaguer buyer phrase in its own sentence (a price, or a quantity of a product named
    there), or by being a reader's own deal shown to the other readers. A bare number is tied
    only by a name or a phrase in its own sentence that also names the deal's product, or in
    its own table row, so dates, phone and street numbers next to a name stay numbers.
    """
    s = pe.sentence(ev)
    near_skus = pe.skus_in(s)
    deals = FigureDeals(ev, index, near_skus)
    if not deals.groups or deals.has(audience.own):
        return set()  # no deal, or the recipient's own terms
    specific = ev.kind == "price" or bool(near_skus)
    tied: set[str] = set()
    if bare:
        row = s in pe.scopes.rows
        if near_skus or row:
            tied |= deals.among(pe.accounts_near(s, 0))
            if pe.strong_near(s, 0):
                tied |= deals.everyone()
    else:
        tied |= deals.among(pe.accounts_near(s, 1))
        if pe.strong_near(s, 1) or (specific and s in pe.weak_sentences):
            tied |= deals.everyone()
        if audience.own is None and specific:  # a reader's own deal, shown to the other readers
            tied |= deals.among(audience.recipient_accounts)
    tied |= deals.among(pe.owners, pe.part_skus)
    kind = deals.kind_for(tied)
    for acc in sorted(tied):
        out.add("R4", acc, kind, ev.text, pe.part.where, ev.start, ev.end, figure=FIGURE_WORDS[kind])
    return tied


def _identity_findings(pe: PartEvidence, tied_accounts: set[str], audience: Audience, index: Index,
                       out: _Findings) -> None:
    """R1 on every identity of another account; R2, R3 and R7 on the same words replace it (rules/)."""
    where = pe.part.where
    for ev in pe.identities:
        acc = ev.account
        bought = pe.skus_in(pe.sentence(ev)) & index.account_skus[acc]
        if bought or acc in tied_accounts:
            names = ", ".join(sorted(index.product_names.get(s, s) for s in bought))
            products = f"{names}, which it buys from us" if names else "its own prices or volumes"
            out.add("R3", acc, ev.kind, ev.text, where, ev.start, ev.end, products=products)
        if pe.part.origin == "quoted" and "@" in ev.text:  # another account's address in a quote
            out.add("R7", acc, "forwarded", ev.text, where, ev.start, ev.end)
        out.identity(acc, ev.kind, ev.text, where, ev.start, ev.end)


def _market_findings(pe: PartEvidence, markets: MarketStatements, out: _Findings) -> None:
    """R9: a sentence saying where we export, with no identity and no figure in it."""
    places, words = markets.find(pe.part.text)
    if not places:
        return
    said = {pe.scopes.of(w) for w in words}
    busy = set(pe.identities_by_sentence) | {pe.sentence(f) for f in pe.figures}
    for ev in places:
        s = pe.sentence(ev)
        if s in said and s not in busy:
            out.add("R9", None, "third-party", ev.text, pe.part.where, ev.start, ev.end)


def _phrase_findings(pe: PartEvidence, tied_phrase_sentences: set[int], index: Index, out: _Findings) -> None:
    for ph in pe.phrases:
        if ph.weak:
            continue
        s = pe.sentence(ph)
        if s in tied_phrase_sentences or s in pe.identities_by_sentence:
            continue
        skus = sorted(pe.skus_in(s))
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
        acc = audience.account_of.get(email)  # every visible outsider is one of the readers
        by_party.setdefault(acc or f"?{email}", []).append(email)
    if len(by_party) < 2:
        return
    rule = policy.rule("R6")
    for party, emails in by_party.items():
        if party.startswith("?"):
            continue
        others = [e for p, es in by_party.items() if p != party for e in es]
        shown = ", ".join(others[:MAX_LISTED]) + (f" and {len(others) - MAX_LISTED} more"
                                                   if len(others) > MAX_LISTED else "")
        rivals = index.competitors.get(party, frozenset()) & set(by_party)
        action = rule.competitor_action if rivals and rule.competitor_action else rule.action
        out.add("R6", party, "recipients", ", ".join(emails), "recipients", 0, 0, action=action,
                recipients=shown)


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
            if not deals.has(audience.own):  # the recipient's own terms are not another's figure
                tied |= deals.among(named, None if ev.kind == "price" else skus)
    return tied


def _unknown_org_findings(message: Message, index: Index, out: _Findings) -> None:
    """R11: an organisation named as a buyer in the sender's own text that no account is."""
    labels = tuple(a.domain.split(".")[0].replace("-", "") for a in message.to + message.cc + message.bcc)
    for part in message.parts:
        if part.origin != "quoted":
            for ev in index.unknown_orgs.find(part.text, labels):
                out.add("R11", None, "name", ev.text, part.where, ev.start, ev.end)


def evaluate(message: Message, index: Index, policy: Policy) -> Verdict:
    audience = Audience.of(message, index)
    if audience.internal_only:
        return Verdict.of([], message.unread)
    out = _Findings(index, policy, audience)
    _recipient_findings(message, audience, index, policy, out)
    evidence: list[PartEvidence] = []
    for part in message.parts:
        if part.origin == "quoted":
            if audience.wrote_it(part.author, index):
                continue
            _quote_findings(part, audience, index, out)
        evidence.append(collect(part, index, policy, audience))
    across = _message_ties(evidence, index, audience)
    for pe in evidence:
        tied = set(across)
        tied_phrase_sentences: set[int] = set()
        for ev in pe.figures:
            accounts = _figure_findings(pe, ev, audience, index, out, bare=False)
            if accounts:
                tied |= accounts
                s = pe.sentence(ev)
                tied_phrase_sentences |= {s - 1, s, s + 1}
        for ev in pe.numbers:
            tied |= _figure_findings(pe, ev, audience, index, out, bare=True)
        _identity_findings(pe, tied, audience, index, out)
        _phrase_findings(pe, tied_phrase_sentences, index, out)
        if policy.markets is not None:
            _market_findings(pe, policy.markets, out)
    if policy.references is not None:
        reference_findings(message, evidence, policy.references, index, audience, out)
    if index.unknown_orgs is not None:
        _unknown_org_findings(message, index, out)
    r10 = policy.rule("R10")
    for u in message.unread:
        out.add("R10", None, "unread", u.reason, u.where, 0, 0, action=r10.action_for(u.cause))
    return Verdict.of(out.resolved(), message.unread)
