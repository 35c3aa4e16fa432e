"""Line numbers for values in a TOML file, which tomllib does not report.

tomllib gives a line only for syntax errors; to say "registry.toml:42: accounts.domains"
we scan the text ourselves: every table header ([company], the Nth [[accounts]],
the Mth [[accounts.deals]] after it) and every `key =` line within a table, with the
span of lines its value covers (a multi-line array). A value inside a list is found
by searching that span for its text. The scanner tracks strings, comments and
brackets so that text inside values is never taken for a key; it never raises on
malformed text (the parser reports that), it just knows less.
"""

from __future__ import annotations

import json
import re

from guard.registry.problems import KeyPath, Location, dotted

_KEY_PART = r"""(?:[A-Za-z0-9_-]+|"(?:[^"\\]|\\.)*"|'[^']*')"""
_DOTTED = rf"{_KEY_PART}(?:[ \t]*\.[ \t]*{_KEY_PART})*"
_HEADER = re.compile(rf"^[ \t]*(\[\[?)[ \t]*({_DOTTED})[ \t]*(\]\]?)")
_KEY_LINE = re.compile(rf"^[ \t]*({_DOTTED})[ \t]*=")
_PART = re.compile(_KEY_PART)


def _split_key(dotted_key: str) -> tuple[str, ...]:
    parts = []
    for m in _PART.finditer(dotted_key):
        t = m.group(0)
        if t.startswith('"'):
            try:
                t = json.loads(t)
            except ValueError:
                t = t[1:-1]
        elif t.startswith("'"):
            t = t[1:-1]
        parts.append(t)
    return tuple(parts)


class TomlLocator:
    """Knows the line of each table and key of one TOML text; a Locator for guard.registry.problems."""

    def __init__(self, text: str, source: str):
        self.source = source
        self._text = text
        self._lines: list[str] = []
        self.lines: dict[KeyPath, int] = {}
        self.spans: dict[KeyPath, tuple[int, int]] = {}
        self._scanned = False

    def locate(self, path: KeyPath, value: object = None) -> Location:
        return Location(self.source, self.line_of(path, value), dotted(path))

    def line_of(self, path: KeyPath, value: object = None) -> int | None:
        """The line of the longest known prefix of `path`; inside a list, the line holding `value`."""
        if not self._scanned:  # only files with problems pay for the scan
            self._lines = [line.rstrip("\r") for line in self._text.split("\n")]
            self._scan()
            self._scanned = True
        for k in range(len(path), 0, -1):
            prefix = path[:k]
            if prefix in self.lines:
                if k < len(path) and prefix in self.spans and value is not None and not isinstance(value, bool):
                    return self._find(prefix, str(value)) or self.lines[prefix]
                return self.lines[prefix]
        return None

    def _find(self, key: KeyPath, text: str) -> int | None:
        if not text:
            return None
        first, last = self.spans[key]
        for needle in (text, text.casefold()):  # normal forms are lower-cased: "Megan@X.com" -> "megan@x.com"
            for no in range(first, last + 1):
                line = self._lines[no - 1]
                if needle in (line if needle is text else line.casefold()):
                    return no
        return None

    def _scan(self) -> None:
        table: KeyPath = ()
        counts: dict[KeyPath, int] = {}
        state: str | None = None  # inside a multi-line string: '"""' or "'''"
        depth = 0  # open [ and { of a value
        key: KeyPath | None = None  # the key whose value is still open
        for no, line in enumerate(self._lines, 1):
            rest = line
            if state is None and depth == 0:
                header = _HEADER.match(line)
                if header and len(header.group(1)) == len(header.group(3)):
                    table = self._table(_split_key(header.group(2)), header.group(1) == "[[", counts)
                    self.lines.setdefault(table, no)
                    key = None
                    continue
                m = _KEY_LINE.match(line)
                if m:
                    key = table + _split_key(m.group(1))
                    self.lines.setdefault(key, no)
                    self.spans.setdefault(key, (no, no))
                    rest = line[m.end():]
            state, depth = _consume(rest, state, depth)
            if key is not None and key in self.spans:
                first, _ = self.spans[key]
                if self.lines.get(key) == first:
                    self.spans[key] = (first, no)
            if state is None and depth == 0:
                key = None

    @staticmethod
    def _table(parts: tuple[str, ...], is_array: bool, counts: dict[KeyPath, int]) -> KeyPath:
        """The path of a header's table, with the index of each enclosing array of tables."""
        path: KeyPath = ()
        for part in parts[:-1]:
            path += (part,)
            if path in counts:
                path += (counts[path] - 1,)
        path += parts[-1:]
        if is_array:
            index = counts.get(path, 0)
            counts[path] = index + 1
            path += (index,)
        return path


def _consume(s: str, state: str | None, depth: int) -> tuple[str | None, int]:
    """Scan one line of value text: returns the multi-line string state and bracket depth after it."""
    i, n = 0, len(s)
    while i < n:
        if state is not None:
            if state == '"""' and s[i] == "\\":
                i += 2
            elif s.startswith(state, i):
                i += 3
                while i < n and s[i] == state[0]:  # up to two quotes may close the string
                    i += 1
                state = None
            else:
                i += 1
            continue
        c = s[i]
        if c == "#":
            break
        if c in "\"'":
            if s.startswith(c * 3, i):
                state, i = c * 3, i + 3
                continue
            i += 1
            while i < n and s[i] != c:
                i += 2 if (c == '"' and s[i] == "\\") else 1
        elif c in "[{":
            depth += 1
        elif c in "]}":
            depth = max(0, depth - 1)
        i += 1
    return state, depth
