"""R11: an organisation named as a buyer that the registry does not know.

A customer missing from the registry is invisible to R1-R7. Named as a buyer ("our
customer Harbourside Outdoor Pty Ltd", "我们的客户珠江贸易有限公司") it is worth a flag:
the registry should learn it (guard registry learn, or import). A name counts when it has
a legal form (guard.detect.orgnames) in a sentence where the company speaks of its own buyers
("our customer", "another client", "我们的客户"), or when such a phrase introduces it
(rules/learn/buyers.toml); with a spaCy pipeline loaded (NER enabled), ORG entities in such
a sentence count too. Names of accounts, their aliases and
contacts, the company itself and the recipients' own organisations (their mail domain in
the name) are known and never flagged.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from guard.detect.evidence import Evidence
from guard.detect.ner import compact_key
from guard.detect.orgnames import OrgNameFinder, load_finder
from guard.errors import RulesError
from guard.registry.model import Registry
from guard.rulesdir import RULES_DIR

DEFAULT_FILE = RULES_DIR / "learn" / "buyers.toml"
NAME = r"(?P<name>(?-i:[A-Z][\w'’&-]*)(?:\s(?:&\s|and\s|of\s)?(?-i:[A-Z][\w'’&-]*)){0,4})"
_SENTENCE_END = re.compile(r"[.!?。！？;；\n]\s")
MIN_KEY = 4


class UnknownOrgs:
    def __init__(self, registry: Registry, data: dict | None = None, finder: OrgNameFinder | None = None,
                 nlp=None):
        data = data if data is not None else _read(DEFAULT_FILE)
        try:
            words = sorted({w.lower() for w in data["words"]}, key=len, reverse=True)
            patterns = [p.replace("{NAME}", NAME.replace("?P<name>", f"?P<name{i}>"))
                        for i, p in enumerate(data["patterns"])]
            self.phrases = re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE) if patterns else None
            self.contexts = re.compile("|".join(f"(?:{p})" for p in data["contexts"]), re.IGNORECASE)
        except (KeyError, TypeError, re.error) as e:
            raise RulesError(f"{DEFAULT_FILE}: invalid buyer phrases: {e}") from None
        self.buyer = re.compile("|".join(rf"\b{re.escape(w)}\b" if w.isascii() else re.escape(w) for w in words),
                                re.IGNORECASE)
        self.finder = finder or load_finder()
        self.nlp = nlp
        known = [registry.company.name]
        for a in registry.accounts:
            known += [a.name, *a.aliases, *(c.name for c in a.contacts)]
        self.known = {k for k in (compact_key(n) for n in known) if len(k) >= MIN_KEY}
        from guard.registry.learn_rules import load_learn_rules

        self.places = {compact_key(c) for c in load_learn_rules().countries}

    def is_known(self, name: str, recipient_labels: tuple[str, ...] = ()) -> bool:
        key = compact_key(name)
        if len(key) < MIN_KEY or key in self.places:
            return True  # too short to say anything, or a country
        if key in self.known or any(k in key or key in k for k in self.known if len(k) >= 6):
            return True
        return any(label in key for label in recipient_labels if len(label) >= MIN_KEY)

    def find(self, text: str, recipient_labels: tuple[str, ...] = ()) -> list[Evidence]:
        """Unknown organisations named as buyers in text; recipient_labels: the recipients' domain
        names without their suffix ("harbourside" of harbourside.com.au)."""
        if not self.buyer.search(text):
            return []  # no buyer word: nothing here is named as a buyer
        found: dict[tuple[int, int], str] = {}
        for org in self.finder.find(text):
            if self._buyer_sentence(text, org.start, org.end):
                found[(org.start, org.end)] = org.name
        if self.phrases is not None:
            for m in self.phrases.finditer(text):
                group = next(g for g, v in m.groupdict().items() if v)
                if not any(s <= m.start(group) < e for s, e in found):
                    found[m.span(group)] = m.group(group)
        if self.nlp is not None:
            for ent in self.nlp(text[:100_000]).ents:
                if ent.label_ == "ORG" and self._buyer_sentence(text, ent.start_char, ent.end_char) \
                        and not any(s <= ent.start_char < e for s, e in found):
                    found[(ent.start_char, ent.end_char)] = ent.text
        return [Evidence("name", s, e, name) for (s, e), name in sorted(found.items())
                if not self.is_known(name, recipient_labels)]

    def _buyer_sentence(self, text: str, start: int, end: int) -> bool:
        a = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 300), start)), default=max(0, start - 300))
        m = _SENTENCE_END.search(text, end)
        b = m.start() if m else min(len(text), end + 300)
        return bool(self.contexts.search(text, a, b))


def _read(path: Path) -> dict:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
        raise RulesError(f"{path}: {e}") from None
