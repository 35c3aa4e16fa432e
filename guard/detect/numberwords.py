"""Quantities in words, in every language of rules/numbers/ ("twenty sets", "vingt unités",
"cinco mil piezas", "пять тысяч штук").

The words are data; this module only reads them: adjacent words add up, a hundreds word
multiplies what stands before it, a scale word closes a group. Most mail has no number word
of value ten or more, so one automaton pass over the text decides whether the regex runs.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

import ahocorasick

from guard.detect.wordlists import whole_word_hits
from guard.errors import RulesError

_SPLIT = re.compile(r"[\s\-]+")
MIN_VOLUME = 10  # "a customer", "one model", "deux clients": a count of things, not a volume


@dataclass(frozen=True)
class NumberWords:
    values: dict[str, tuple[str, float]]  # lower-cased word -> ("word" | "hundreds" | "scales" | "joiner", value)
    pattern: str                          # a regex for a run of number words
    gate: ahocorasick.Automaton | None    # the words that can start a volume of 10 or more

    @classmethod
    def load(cls, directory: Path) -> NumberWords:
        values: dict[str, tuple[str, float]] = {}
        files = sorted(directory.glob("*.toml")) if directory.is_dir() else []
        for path in files:
            try:
                data = tomllib.loads(path.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as e:
                raise RulesError(f"{path}: cannot read number words: {e}") from None
            unknown = set(data) - {"words", "hundreds", "scales", "joiners"}
            if unknown:
                raise RulesError(f"{path}: unknown table(s) {', '.join(sorted(unknown))}")
            for table in ("words", "hundreds", "scales"):
                for word, value in data.get(table, {}).items():
                    if not isinstance(value, int | float) or isinstance(value, bool) or value <= 0:
                        raise RulesError(f"{path}: [{table}] {word}: the value must be a positive number")
                    values[word.lower()] = (table, float(value))
            for word in data.get("joiners", {}).get("words", []):
                values.setdefault(str(word).lower(), ("joiner", 0.0))
        return cls.compile(values)

    @classmethod
    def compile(cls, values: dict[str, tuple[str, float]]) -> NumberWords:
        numeric = sorted((w for w, (t, _) in values.items() if t != "joiner"), key=len, reverse=True)
        if not numeric:
            return cls(values, "", None)
        alt = "|".join(re.escape(w) for w in numeric)
        joiners = "|".join(re.escape(w) for w, (t, _) in values.items() if t == "joiner")
        join = rf"(?:[\s-]+(?:(?:{joiners})[\s-]+)?)" if joiners else r"[\s-]+"
        pattern = rf"(?<!\w)(?:{alt})(?:{join}(?:{alt}))*(?!\w)"
        gate = ahocorasick.Automaton()
        for w, (table, value) in values.items():
            if table in ("hundreds", "scales") or (table == "words" and value >= MIN_VOLUME):
                gate.add_word(w, w)
        gate.make_automaton()
        return cls(values, pattern, gate)

    def may_occur(self, low: str) -> bool:
        """Can the (lower-cased) text hold a volume in words at all?"""
        return self.gate is not None and next(whole_word_hits(self.gate, low), None) is not None

    def parse(self, words: str) -> float | None:
        """"five thousand" -> 5000, "deux cents" -> 200, "ciento veinte" -> 120; None if not a number."""
        total = current = 0.0
        seen = False
        rest = words.lower()
        for w in self._tokens(rest):
            table, value = self.values.get(w, (None, 0.0))
            if table == "joiner":
                continue
            if table == "words":
                current += value
            elif table == "hundreds":
                current = (current or 1) * value
            elif table == "scales":
                total += (current or 1) * value
                current = 0.0
            else:
                return None
            seen = True
        return total + current if seen else None

    def _tokens(self, text: str) -> list[str]:
        """Words as the vocabulary has them: "quatre-vingt" whole where it is a word of its own."""
        out, parts, i = [], _SPLIT.split(text.strip()), 0
        while i < len(parts):
            two = f"{parts[i]}-{parts[i + 1]}" if i + 1 < len(parts) else ""
            two_sp = f"{parts[i]} {parts[i + 1]}" if two else ""
            if two and (two in self.values or two_sp in self.values):
                out.append(two if two in self.values else two_sp)
                i += 2
            else:
                out.append(parts[i])
                i += 1
        return out
