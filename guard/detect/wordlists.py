"""A list of words from rules/ as one pattern: whole words in Latin script, anywhere in CJK."""

from __future__ import annotations

import re


def word_alternation(words) -> re.Pattern:
    """Case-insensitive, longest first, so "new zealand" wins over "zealand"."""
    parts = []
    for w in sorted(set(words), key=len, reverse=True):
        esc = re.escape(w)
        parts.append(rf"(?<![\w]){esc}(?![\w])" if w[:1].isascii() and w[:1].isalnum() else esc)
    return re.compile("|".join(parts) or r"(?!)", re.IGNORECASE)
