"""The words of reference (rules/references/<lang>.toml), compiled once: what a sentence
refers to (SPEC section 3, "What a sentence refers to counts as what it says").

Each language file has the same tables; a language is a new file. Every pattern is checked
when the rules load, so a bad one fails at start-up, never while a message is in flight.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

import ahocorasick

from guard.detect.normalize import fold_char_case
from guard.detect.wordlists import whole_word_hits
from guard.errors import RulesError

_TABLES = {"triggers", "pronouns", "defs", "party", "parties", "possessive", "product", "compare",
           "volume", "general", "refusal", "buy"}
_KINDS = ("party", "parties", "possessive", "product", "price", "comparison", "against", "volume", "general", "but",
          "refusal", "buy", "you")


class Reading:
    """What one sentence says by reference, each kind looked for only when a rule asks (most
    triggered sentences are settled by two or three of the kinds)."""

    def __init__(self, sentence: str, patterns: dict[str, re.Pattern]):
        self._sentence, self._patterns = sentence, patterns
        self._found: dict[str, tuple[int, int] | None] = {}

    def _span(self, kind: str) -> tuple[int, int] | None:
        if kind not in self._found:
            p = self._patterns.get(kind)
            m = p.search(self._sentence) if p is not None else None
            self._found[kind] = m.span() if m else None
        return self._found[kind]

    def has(self, kind: str) -> bool:
        return self._span(kind) is not None

    def first(self, *kinds: str) -> tuple[int, int] | None:
        for k in kinds:
            if (span := self._span(k)) is not None:
                return span
        return None


@dataclass(frozen=True)
class References:
    trigger: ahocorasick.Automaton  # one pass over a part: no trigger word, nothing to read
    patterns: dict[str, re.Pattern]

    def triggered(self, text: str) -> list[int]:
        """Start offsets of trigger words; a Latin word only as a whole word ("the" is not "they")."""
        return list(whole_word_hits(self.trigger, fold_char_case(text), lambda word: word[0].isascii()))

    def read(self, sentence: str) -> Reading:
        return Reading(sentence, self.patterns)


def load_references(directory: Path) -> References | None:
    """All rules/references/*.toml merged; None where the folder is absent (no reference reading)."""
    if not directory.is_dir():
        return None
    triggers: list[str] = []
    found: dict[str, list[str]] = {k: [] for k in _KINDS}
    for f in sorted(directory.glob("*.toml")):
        try:
            data = tomllib.loads(f.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as e:
            raise RulesError(f"{f}: {e}") from None
        unknown = set(data) - _TABLES
        if unknown:
            raise RulesError(f"{f}: unknown table [{sorted(unknown)[0]}]")
        defs = {k: str(v) for k, v in data.get("defs", {}).items()}
        for _ in range(3):  # definitions may use definitions
            defs = {k: _fill(v, defs) for k, v in defs.items()}
        triggers += data.get("triggers", {}).get("words", [])
        tables = {
            "party": data.get("party", {}).get("patterns", []),
            "parties": data.get("parties", {}).get("patterns", []),
            "possessive": data.get("possessive", {}).get("patterns", []),
            "product": data.get("product", {}).get("patterns", []),
            "you": data.get("product", {}).get("you", []),
            "price": data.get("compare", {}).get("price", []),
            "comparison": data.get("compare", {}).get("volume", []),
            "against": data.get("compare", {}).get("against", []),
            "volume": data.get("volume", {}).get("patterns", []),
            "general": data.get("general", {}).get("patterns", []),
            "refusal": data.get("refusal", {}).get("patterns", []),
            "but": data.get("refusal", {}).get("but", []),
            "buy": data.get("buy", {}).get("patterns", []),
        }
        for kind, pats in tables.items():
            for p in pats:
                p = _fill(p, defs)
                try:
                    re.compile(p, re.IGNORECASE)
                except re.error as e:
                    raise RulesError(f"{f}: bad {kind} pattern {p!r}: {e}") from None
                found[kind].append(p)
    if not triggers:
        return None
    trigger = ahocorasick.Automaton()
    for w in {w.lower() for w in triggers}:
        trigger.add_word(w, w)
    trigger.make_automaton()
    patterns = {k: re.compile("|".join(f"(?:{p})" for p in pats), re.IGNORECASE)
                for k, pats in found.items() if pats}
    return References(trigger, patterns)


def _fill(pattern: str, defs: dict[str, str]) -> str:
    for name, value in defs.items():
        pattern = pattern.replace("{" + name + "}", value)
    return pattern
