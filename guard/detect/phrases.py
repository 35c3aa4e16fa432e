"""Third-party phrases ("another customer", "我们的老客户") found with the lists under rules/phrases/.

The phrase lists compile into one regular expression. Running it over a whole
20 KB message costs milliseconds, so each list also names trigger words (the
buyer nouns every phrase contains): the expression runs only in windows around
them, and most mail, which has none, costs one substring scan per trigger.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import ahocorasick

from guard.detect.evidence import Evidence
from guard.detect.normalize import fold_char_case

BEFORE, AFTER = 64, 64  # characters around a trigger word in which a phrase is looked for


@dataclass(frozen=True)
class PhraseSet:
    pattern: re.Pattern | None  # phrases that point at another buyer (R4 ties, R5)
    weak: re.Pattern | None     # vaguer ones ("the customer in Dubai") that only tie a figure (R4)
    triggers: ahocorasick.Automaton  # the lower-case trigger words; every pattern contains one

    def find(self, text: str) -> list[Evidence]:
        low = fold_char_case(text)  # same length as text, so windows index both
        windows = [[max(0, end - length + 1 - BEFORE), min(len(text), end + 1 + AFTER)]
                   for end, length in self.triggers.iter(low)]
        if not windows:
            return []
        windows.sort()
        merged = [windows[0]]
        for a, b in windows[1:]:
            if a <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], b)
            else:
                merged.append([a, b])
        out: list[Evidence] = []
        seen: set[tuple[int, int]] = set()
        for weak, pattern in ((False, self.pattern), (True, self.weak)):
            if pattern is None:
                continue
            for a, b in merged:
                for m in pattern.finditer(text, a, b):
                    if m.end() > m.start() and m.span() not in seen:
                        seen.add(m.span())
                        out.append(Evidence("third-party", m.start(), m.end(), m.group(), weak=weak))
        return out


def untriggered(pattern: str, triggers: tuple[str, ...]) -> bool:
    """True when a pattern contains none of the trigger words, so the prefilter would hide it."""
    low = pattern.lower()
    return not any(t in low for t in triggers)


def compile_phrases(patterns: list[str], weak: list[str], triggers: list[str]) -> PhraseSet:
    def one(ps: list[str]) -> re.Pattern | None:
        return re.compile("|".join(f"(?:{p})" for p in ps), re.IGNORECASE) if ps else None

    automaton = ahocorasick.Automaton()
    for t in {t.lower() for t in triggers}:
        automaton.add_word(t, len(t))
    automaton.make_automaton()
    return PhraseSet(one(patterns), one(weak), automaton)
