"""Where the company exports, said in a sentence (R9): a market word with a country name.

R9 passes by default, so a policy compiles this only when a company moves R9 to another
action (say, to flag every mention of a market while it trains its sales team).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from guard.detect.evidence import Evidence
from guard.detect.wordlists import word_alternation


@dataclass(frozen=True)
class MarketStatements:
    countries: re.Pattern
    words: re.Pattern

    @classmethod
    def compile(cls, words: list[str], countries: list[str]) -> MarketStatements:
        return cls(word_alternation(countries), word_alternation(words))

    def find(self, text: str) -> tuple[list[Evidence], list[int]]:
        """Country names (kind "third-party": a place is not identity) and the offsets of market words."""
        places = [Evidence("third-party", m.start(), m.end(), m.group()) for m in self.countries.finditer(text)]
        if not places:
            return [], []
        return places, [m.start() for m in self.words.finditer(text)]
