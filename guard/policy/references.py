"""What the new text of a reply refers to (SPEC section 3, "What a sentence refers to counts as
what it says").

A reply rarely repeats what it answers: "the 2 models you want" are the products of the
buyer's quoted inquiry, "they" is the account the buyer asked about, "the same price we give
them" is a price of that account. The thread is the message itself: the products and the
other accounts named anywhere in it, the recipient's own quoted words included (they are
exempt as findings, not as context). Each sentence of the sender's new text that holds a
trigger word is read with rules/references/<lang>.toml and its references resolved:

- a product reference resolves to the products the thread names (those of the recipient's
  own words first); with an identity of another account that buys them, and a word that
  says somebody bought, it is R3; with only a third-party phrase, R5;
- a party reference ("they take", "that customer", "他们也是我们的客户") resolves to the
  accounts the nearby new text names, else to those the thread names: R1, or R3 with what
  the account buys;
- a volume or a price comparison stated about a buyer (named, referred to, or a third-party
  phrase) is R4 whether or not it equals a recorded deal, naming the account where there is
  one and none where the buyer is only a phrase.

Sentences about customers in general, and refusals to tell, refer to no one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from guard.detect.names import find_names
from guard.mail.model import Message
from guard.policy.audience import Audience
from guard.policy.deals import FigureDeals
from guard.policy.evidence import PartEvidence
from guard.policy.refvocab import Reading, References
from guard.registry.index import Index


@dataclass(frozen=True)
class Thread:
    """What the whole message names: products (the recipient's own words apart) and other accounts."""

    skus: frozenset[str]
    recipient_skus: frozenset[str]
    accounts: frozenset[str]
    audience: Audience
    asked: frozenset[str] = frozenset()  # the words of the subject and of the quoted mail, lower case

    @classmethod
    def of(cls, message: Message, evidence: list[PartEvidence], index: Index, audience: Audience) -> Thread:
        skus = {p.sku for pe in evidence for p in pe.products if p.sku}
        accounts = {e.account for pe in evidence if pe.part.origin == "quoted" for e in pe.identities
                    if e.account}
        mine: set[str] = set()
        checked = {id(pe.part) for pe in evidence}
        for part in message.parts:  # the readers' own quoted words: context, never findings
            if id(part) in checked:
                continue
            for e in find_names(part.text, index):
                if e.kind == "product" and e.sku:
                    mine.add(e.sku)
                elif e.is_identity and audience.is_other(e.account):
                    accounts.add(e.account)
        asked = {w for part in message.parts if part.where == "subject" or part.origin == "quoted"
                 for w in _WORDS.findall(part.text.lower())}
        return cls(frozenset(skus | mine), frozenset(mine), frozenset(accounts), audience, frozenset(asked))


_WORDS = re.compile(r"[^\W\d_]{4,}")


def _asked_about(reference: str, thread: Thread) -> bool:
    """Does a product reference ("эти шаровые краны", "las mismas válvulas") name goods by a word
    that the subject or the quoted mail also uses?"""
    return any(w in thread.asked for w in _WORDS.findall(reference.lower())[1:])


def _deal_owners(pe: PartEvidence, k: int, index: Index, audience: Audience) -> set[str]:
    """Other accounts whose deal a figure in sentence k matches (SPEC: R4 names all of them)."""
    owners: set[str] = set()
    for f in pe.figures:
        if pe.sentence(f) == k:
            owners |= {a for a in FigureDeals(f, index, pe.skus_in(k)).everyone() if audience.is_other(a)}
    return owners


def _names(index: Index, skus) -> str:
    return ", ".join(sorted(index.product_names.get(x, x) for x in skus))


def _span(text: str, bounds: list[int], k: int) -> tuple[int, int]:
    start = bounds[k - 1] if k > 0 else 0
    end = bounds[k] if k < len(bounds) else len(text)
    return start, end


def reference_findings(message: Message, evidence: list[PartEvidence], refs: References, index: Index,
                       audience: Audience, out) -> None:
    """R1, R3, R4 and R5 from what each triggered sentence of the sender's new text refers to. The
    thread is read only for a message with a trigger word in its new text (most mail has none)."""
    thread: Thread | None = None
    for pe in evidence:
        if pe.part.origin != "new" or pe.part.document:
            continue
        hits = refs.triggered(pe.part.text)
        if hits:
            thread = thread or Thread.of(message, evidence, index, audience)
            _part(pe, hits, thread, refs, index, out)


def _part(pe: PartEvidence, hits: list[int], thread: Thread, refs: References, index: Index, out) -> None:
    part = pe.part
    bounds = pe.scopes.bounds
    for k in sorted({pe.scopes.of(h) for h in hits}):
        start, end = _span(part.text, bounds, k)
        for offset, reading in _said(refs, part.text[start:end]):
            _sentence(pe, k, start + offset, reading, thread, index, out)


def _said(refs: References, sentence: str) -> list[tuple[int, Reading]]:
    """What the sentence tells, around a refusal: "yes, they are our customer, but I can't say
    more" has confirmed before it refused; "I can't tell you exactly, but they pay around 170"
    tells after it ([refusal] but); "we can't say whether they are our customer" tells nothing."""
    r = refs.read(sentence)
    refusal = r.first("refusal")
    if refusal is None:
        return [(0, r)]
    said = [(0, refs.read(sentence[:refusal[0]]))] if refusal[0] > 0 else []
    but = refs.read(sentence[refusal[1]:]).first("but")
    if but is not None:
        after = refusal[1] + but[1]
        rest = refs.read(sentence[after:])
        if rest.first("refusal") is None:
            said.append((after, rest))
    return said


def _sentence(pe: PartEvidence, k: int, offset: int, r: Reading, thread: Thread, index: Index, out) -> None:
    where = pe.part.where
    named_here = pe.accounts_near(k, 0)
    named_near = pe.accounts_near(k, 1)
    # a comparison whose other side is "them" refers to the buyer the thread names ("как у них")
    party = r.has("party") or r.has("parties") or (r.has("against") and bool(thread.accounts))
    phrase = pe.strong_near(k, 0) or k in pe.weak_sentences
    if not (party or named_here or phrase or r.has("product") or r.has("possessive")):
        return  # nothing here is a buyer or a product by reference
    if r.has("general"):
        return  # customers in general
    accounts = set(named_near) if named_near else (set(thread.accounts) if party else set())

    def at(*kinds: str) -> tuple[int, int, str]:
        s, e = r.first(*kinds) or (0, 0)
        return offset + s, offset + e, pe.part.text[offset + s:offset + e]

    # products by reference
    if r.has("product"):
        referred = thread.recipient_skus if r.has("you") and thread.recipient_skus else thread.skus
        referred = set(referred) - pe.skus_in(k)
        said = r.has("buy") or party or phrase
        s, e, text = at("product")
        for acc in sorted(accounts):
            bought = referred & index.account_skus.get(acc, frozenset())
            if bought and said:
                names = _names(index, bought)
                out.add("R3", acc, "product", text, where, s, e,
                        products=f"'{text}' ({names}, named in the thread), which it buys from us")
        if not accounts and phrase and referred:
            names = _names(index, referred)
            out.add("R5", None, "third-party", text, where, s, e, products=f"'{text}': {names}")
        elif not accounts and phrase and r.has("buy") and _asked_about(text, thread):
            # "our dealer in Almaty buys these ball valves too": goods the thread asks about, in words
            # the registry does not list, bought by a third party
            out.add("R5", None, "third-party", text, where, s, e, products=f"'{text}', what the thread asks about")
    # a product named outright, said of a buyer the sentence refers to ("他们每次返单都有HC-210")
    if party and not named_near and pe.skus_in(k):
        s, e, text = at("party", "parties")
        for acc in sorted(accounts):
            bought = pe.skus_in(k) & index.account_skus.get(acc, frozenset())
            if bought:
                names = _names(index, bought)
                out.add("R3", acc, "name", text, where, s, e, products=f"{names}, which it buys from us")
    # a volume or a price stated about a buyer
    about = named_here or party or r.has("possessive") or phrase
    if about and (r.has("volume") or r.has("price") or r.has("comparison")):
        kind = "price" if r.has("price") else "quantity"
        s, e, text = at("price", "comparison", "volume")
        figure = "unit price (by comparison)" if kind == "price" else "order volume"
        # by name or reference; else the accounts whose deal a figure beside it matches
        targets = sorted(named_here or (accounts if party or r.has("possessive") else set())
                         or _deal_owners(pe, k, index, thread.audience))
        for acc in targets:
            out.add("R4", acc, kind, text, where, s, e, figure=figure)
        if not targets:
            out.add("R4", None, kind, text, where, s, e, figure=figure, account_name="another customer")
    # an identity by reference: the account the thread names, confirmed as a buyer
    if party and not named_near:
        s, e, text = at("party", "parties")
        for acc in sorted(accounts):
            if not out.has(acc, where, offset):
                out.identity(acc, "name", text, where, s, e)
