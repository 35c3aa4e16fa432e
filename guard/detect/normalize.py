"""One normal form for registry names and message text, with a map back to original offsets.

The SPEC asks matching to ignore case, punctuation and white-space differences and to
NFKC-fold full-width forms; accents on Latin letters are folded too ("Nordkök" is
"Nordkok"), as a sales person typing on an English keyboard would expect ("Maple&Crest", "MAPLE & CREST", "Maple &\\n Crest" are one name).
Here every run of characters that are neither letters nor digits becomes one space, so
"Maple & Crest" and "Maple&Crest" both read "maple crest". The work is done with str.translate
and C-level regexes, not a Python loop per character, because this runs on every part.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from itertools import accumulate, repeat
from operator import sub

_NON_WORD = re.compile(r"[\W_]+")
_NON_WORD_CHAR = re.compile(r"[^\w\x00 ]|_")  # a space is left as it is: fewer replacements
# the same for ASCII text, where str.translate takes CPython's fast path
_ASCII_NON_WORD = {cp: " " for cp in range(1, 128) if not chr(cp).isalnum()}


def _fold_table() -> dict[int, str]:
    """Full-width ASCII, ideographic space and other one-to-one NFKC folds, precomputed."""
    table: dict[int, str] = {}
    for cp in range(0xFF01, 0xFF5F):
        table[cp] = chr(cp - 0xFEE0)
    table[0x3000] = " "
    for cp in (*range(0x2000, 0x200B), 0x00A0, 0x202F, 0x205F):
        table[cp] = " "
    return table


FOLD = _fold_table()
_CHANGES = {chr(cp) for cp, c in FOLD.items() if c != chr(cp)}  # the characters fold() changes


def is_cjk(ch: str) -> bool:
    o = ord(ch)
    return (0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0x3040 <= o <= 0x30FF
            or 0xAC00 <= o <= 0xD7AF or 0xF900 <= o <= 0xFAFF or 0x20000 <= o <= 0x2FA1F)


def fold_char_case(text: str) -> str:
    """Lower-case without changing length (a few characters lower-case to two)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def fold(text: str) -> str:
    """NFKC-fold each character that folds to exactly one character (full-width forms,
    compatibility ideographs, superscripts); length never changes, so offsets hold."""
    if text.isascii():
        return text
    chars = set(text)
    for cp in {ord(c) for c in chars} - FOLD.keys():
        if cp >= 128:
            FOLD[cp] = _fold_one(chr(cp))
            if FOLD[cp] != chr(cp):
                _CHANGES.add(chr(cp))
    changes = chars & _CHANGES
    if len(changes) > 16:
        return text.translate(FOLD)
    for c in changes:  # a few distinct characters fold in most mail: str.replace beats translate
        text = text.replace(c, FOLD[ord(c)])
    return text


def _fold_one(ch: str) -> str:
    """NFKC, then a Latin letter without its accents ("ö" -> "o"), when that is one character."""
    f = unicodedata.normalize("NFKC", ch)
    if len(f) != 1:
        return ch
    d = unicodedata.normalize("NFD", f)
    if len(d) > 1 and d[0].isascii() and all(unicodedata.combining(c) for c in d[1:]):
        return d[0]
    return f


def normalize_name(name: str) -> str:
    """The normal form of a registry name: folded, lower case, punctuation runs -> one space."""
    s = fold_char_case(fold(name))
    if not s.isascii():
        s = _unconfuse(_COMBINING.sub("", s))
    return _NON_WORD.sub(" ", s).strip()


class NormText:
    """Normalised text and how to find the original offsets of a normalised span.

    The offset map is built on the first span() asked for: most parts have no match at all,
    and then cost only the C-level folding and collapsing."""

    __slots__ = ("text", "_raw", "_starts", "_shifts")

    def __init__(self, text: str, raw: str | None = None):
        self.text = text
        self._raw = raw  # the text before runs were collapsed; None when nothing was collapsed
        self._starts: tuple[int, ...] | None = None if raw is not None else ()
        self._shifts: tuple[int, ...] = ()

    def _build(self) -> None:
        s = self._raw
        if "\x00" not in s:  # runs of spaces only, each kept as one: C-level arithmetic throughout
            pieces = _SPACE_RUNS.split(s)      # text, run, text, run, ..., text
            ends = list(accumulate(map(len, pieces)))[1::2]
            shifts = tuple(accumulate(map(sub, map(len, pieces[1::2]), repeat(1))))
            self._starts = tuple(map(sub, ends, shifts))
            self._shifts = shifts
            return
        spans = [m.span() for m in _RUNS.finditer(s)]
        shifts = tuple(accumulate(b - a - (" " in s[a:b]) for a, b in spans))
        self._starts = tuple(b - r for (_, b), r in zip(spans, shifts, strict=True))
        self._shifts = shifts

    def orig(self, i: int) -> int:
        if self._starts is None:
            self._build()
        k = bisect_right(self._starts, i) - 1
        return i + (self._shifts[k] if k >= 0 else 0)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original [start, end) of the normalised span [start, end)."""
        return self.orig(start), self.orig(end - 1) + 1


def normalize_text(text: str) -> NormText:
    """Fold text the way normalize_name folds names, keeping an offset map.

    Every non-word character is replaced by a space (same length), then runs of
    spaces are collapsed to one and combining marks dropped ("Nordko\u0308k" reads
    "nordkok"); only that last step moves offsets.
    """
    s = fold_char_case(fold(text))
    if "\x00" in s:
        s = s.replace("\x00", " ")
    if not s.isascii():
        s = _COMBINING.sub("\x00", s)
        s = _unconfuse(s)
    s = s.translate(_ASCII_NON_WORD) if s.isascii() else _NON_WORD_CHAR.sub(" ", s)
    if "\x00" in s:
        collapsed = _RUNS.sub(lambda m: " " if " " in m.group() else "", s)
    else:
        collapsed = _SPACES.sub(" ", s)
    return NormText(collapsed, s if len(collapsed) != len(s) else None)


_SPACE_RUNS = re.compile(r"( {2,})")
_RUNS = re.compile(r"[ \x00]{2,}|\x00")  # combining marks were turned into NULs
_SPACES = re.compile(r" {2,}")
# combining marks, and the invisible characters a reader's client does not show (zero-width
# spaces and joiners, soft hyphens, word joiners, BOM): "Yama\u200bbiko" reads "Yamabiko"
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
                        "\u00ad\u180e\u200b-\u200f\u2060-\u2064\ufeff]")
# Cyrillic and Greek letters that look like Latin ones, read as Latin inside a Latin word
# ("Kаroo" with a Cyrillic а is the name the reader sees); Cyrillic words are left alone.
_LOOKALIKES = {"а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "х": "x", "у": "y", "і": "i", "ј": "j",
               "ѕ": "s", "к": "k", "м": "m", "т": "t", "н": "h", "в": "b", "ο": "o", "α": "a", "ε": "e",
               "ι": "i", "κ": "k", "ν": "v", "ρ": "p", "τ": "t", "υ": "u", "χ": "x"}
_LOOKALIKE = "[" + "".join(_LOOKALIKES) + "]"
_CONFUSED = re.compile(rf"(?<=[a-z\x00]){_LOOKALIKE}+|{_LOOKALIKE}+(?=[a-z])")


def _unconfuse(s: str) -> str:
    """Look-alike letters beside Latin ones as the Latin letters they look like (length kept)."""
    if not _CONFUSED.search(s):
        return s
    return _CONFUSED.sub(lambda m: "".join(_LOOKALIKES[c] for c in m.group()), s)
