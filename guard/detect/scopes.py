"""Sentences and table rows: the scope in which a name and a product or figure belong together.

A rule-based splitter, not spaCy's: it runs on every part of every message and
must cost microseconds. Sentence ends are . ! ? ; and their CJK forms followed by
space or end, paragraph breaks, and line breaks, except where a plain-text line
was merely wrapped (a long line that does not end a sentence). In tables and
HTML every line is its own scope.
"""

from __future__ import annotations

import re
from bisect import bisect_right

_ABBREV = re.compile(r"(?:\b(?:inc|ltd|co|corp|llc|pty|no|nr|mr|mrs|ms|dr|st|approx|vs|e\.g|i\.e|etc|s\.a|s\.r\.l|s\.a\.s|gmbh|bv|ab|as|oy|plc|jr|sr)\.)$",
                     re.IGNORECASE)
_END = re.compile(r"[.!?;](?=\s|$)|[。！？；]")
WRAP_WIDTH = 60
_CLOSERS = frozenset(".!?;:。！？；：")
_CELL_GAP = re.compile(r"(?<=\S)(?:\t| {2,}| ?\| ?)(?=\S)")  # between two cells of a row


class Scopes:
    """Maps an offset to its sentence number in one part's text; knows which are table rows
    (a line of cells: tabs, "|" or runs of spaces between them, as pasted from a sheet)."""

    def __init__(self, text: str, *, lines_are_breaks: bool = False, tabular: bool = False):
        breaks: set[int] = set()
        row_starts: list[int] = []
        row_ends: set[int] = set()
        for m in _END.finditer(text):
            if m.group() == "." and _ABBREV.search(text, max(0, m.start() - 8), m.end()):
                continue
            breaks.add(m.end())
        pos = 0
        prev_len = 0
        prev_end_ok = True
        for line in text.split("\n"):
            stripped = line.strip()
            row = tabular or ("  " in stripped or "\t" in stripped or "|" in stripped) and \
                len(_CELL_GAP.findall(stripped)) >= 2
            if row:
                row_starts.append(pos)
                breaks.add(pos + len(line))
                row_ends.add(pos + len(line))
            if pos:
                wrapped = (not lines_are_breaks and not row and prev_len >= WRAP_WIDTH and not prev_end_ok
                           and stripped and stripped[0] not in "-*•>|")
                if not wrapped:
                    breaks.add(pos)
            prev_len = len(line.rstrip())
            prev_end_ok = not stripped or stripped[-1] in _CLOSERS
            pos += len(line) + 1
        bounds: list[int] = []
        for b in sorted(breaks):  # "end.\n": one break, not an empty sentence between two
            if bounds and b - bounds[-1] <= 4 and not text[bounds[-1]:b].strip() and b not in row_ends:
                continue
            bounds.append(b)
        self.bounds = bounds
        self.rows = frozenset(self.of(p) for p in row_starts)

    def of(self, offset: int) -> int:
        return bisect_right(self.bounds, offset)
