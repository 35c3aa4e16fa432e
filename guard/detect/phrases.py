"""Third-party phrases ("another customer", "我们的老客户") found with the lists under rules/phrases/.

The phrase lists compile into one regular expression. Running it over a whole
20 KB message costs milliseconds, so each list also names trigger words (the
buyer nouns every phrase contains): the expression runs only in windows around
them, and most mail, which has none, costs one substring scan per trigger.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from guard.detect.evidence import Evidence

BEFORE, AFTER = 64, 64  # characters around a trigger word in which a phrase is looked for


@dataclass(frozen=True)
class PhraseSet:
    pattern: re.Pattern
    triggers: tuple[str, ...]   # lower-case words; every pattern contains one
    count: int

    def find(self, text: str) -> list[Evidence]:
        low = text.lower()
        windows: list[list[int]] = []
        for word in self.triggers:
            i = low.find(word)
            while i >= 0:
                windows.append([max(0, i - BEFORE), min(len(text), i + len(word) + AFTER)])
                i = low.find(word, i + 1)
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
        for a, b in merged:
            for m in self.pattern.finditer(text, a, b):
                if m.end() > m.start() and m.span() not in seen:
                    seen.add(m.span())
                    out.append(Evidence("third-party", m.start(), m.end(), m.group()))
        return out


def untriggered(pattern: str, triggers: tuple[str, ...]) -> bool:
    """True when a pattern contains none of the trigger words, so the prefilter would hide it."""
    low = pattern.lower()
    return not any(t in low for t in triggers)


def compile_phrases(patterns: list[str], triggers: list[str]) -> PhraseSet:
    rx = re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)
    return PhraseSet(rx, tuple(sorted({t.lower() for t in triggers}, key=len)), len(patterns))
