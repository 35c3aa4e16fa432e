"""A list of words from rules/ as one pattern, or one automaton's hits: whole words in Latin
script, anywhere in CJK."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator


def word_alternation(words) -> re.Pattern:
    """Case-insensitive, longest first, so "new zealand" wins over "zealand"."""
    parts = []
    for w in sorted(set(words), key=len, reverse=True):
        esc = re.escape(w)
        parts.append(rf"(?<![\w]){esc}(?![\w])" if w[:1].isascii() and w[:1].isalnum() else esc)
    return re.compile("|".join(parts) or r"(?!)", re.IGNORECASE)


def whole_word_hits(automaton, low: str, bounded: Callable[[str], bool] = lambda word: True) -> Iterator[int]:
    """Start offsets of the automaton's words in `low`; a word for which `bounded` holds only where
    it stands as a whole word ("cent" is not in "percent")."""
    n = len(low)
    for end, word in automaton.iter(low):
        start = end - len(word) + 1
        if bounded(word) and ((start > 0 and low[start - 1].isalnum()) or (end + 1 < n and low[end + 1].isalnum())):
            continue
        yield start
