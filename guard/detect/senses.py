"""Context that makes an ordinary-word account name not the account (rules/senses.toml).

"Vessel: MSC NORTHERN STAR", "the Harvest Expo", "Summit brand pumps": a name whose every
word is an ordinary word is read in its other sense when the words around it say so. A name
with a distinctive word ("Fjordhome") is never dropped here. Looked at only for matches of
such names, so ordinary mail pays nothing.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from guard.errors import RulesError
from guard.rulesdir import RULES_DIR

DEFAULT_FILE = RULES_DIR / "senses.toml"
WORDS_FILE = RULES_DIR / "words" / "ordinary.txt"
_REACH = 24  # characters looked at on either side of the name
_CAPITALISED_BEFORE = re.compile(r"(?<![\w.!?])[A-Z][\w&'-]*[ \t]+$")


def _words(tokens: list[str]) -> str:
    parts = []
    for t in sorted(set(tokens), key=len, reverse=True):
        esc = re.escape(t).replace(r"\ ", r"\s+")
        parts.append((r"(?<!\w)" if t[:1].isalnum() else "") + esc + (r"(?!\w)" if t[-1:].isalnum() else ""))
    return "|".join(parts) or r"(?!)"


@dataclass(frozen=True)
class Sense:
    why: str
    line_label: re.Pattern | None   # searched in the name's line before it
    before: re.Pattern | None       # anchored at the end of the text before the name
    after: re.Pattern | None        # anchored right after the name
    closing: frozenset[str] = frozenset()  # the name is one of these, ending a capitalised name


class Senses:
    def __init__(self, data: dict, source: str = "senses.toml"):
        self.senses: list[Sense] = []
        self.hyphen_compound = False
        try:
            for key, sec in data.items():
                if key == "sense":
                    self.hyphen_compound = bool(sec.get("hyphen_compound"))
                    continue
                labels = sec.get("line_labels", [])
                after = [_words(sec["after"])] if sec.get("after") else []
                if sec.get("after_pattern"):
                    after.append(sec["after_pattern"])
                f = re.IGNORECASE
                self.senses.append(Sense(
                    sec.get("why", key),
                    re.compile(rf"(?:{_words(labels)})\s*(?:no\.?|name)?\s*[:：|]\s*(?:\S+\s+){{0,3}}$", f)
                    if labels else None,
                    re.compile(rf"(?:{_words(sec['before'])})\s+$", f) if sec.get("before") else None,
                    re.compile(rf"\s*(?:{'|'.join(after)})", f) if after else None,
                    frozenset(w.lower() for w in sec["after"]) if sec.get("closes_a_name") else frozenset()))
        except (KeyError, TypeError, re.error, AttributeError) as e:
            raise RulesError(f"{source}: invalid senses: {e}") from None

    def other_sense(self, text: str, start: int, end: int) -> str | None:
        """Why the name at text[start:end] is not the account here, or None."""
        line_start = text.rfind("\n", 0, start) + 1
        before = text[max(line_start, start - _REACH):start]
        after = text[end:end + _REACH]
        if self.hyphen_compound and before.endswith("-") and before[-2:-1].isalpha() \
                and text[start:start + 1].islower():
            return "a word in its ordinary sense (part of a hyphenated word)"
        for s in self.senses:
            if s.closing and text[start:end].lower() in s.closing and _CAPITALISED_BEFORE.search(before):
                return s.why  # "the Solar Summit": the name ends another name, an event's
            if s.line_label is not None and s.line_label.search(text, line_start, start):
                return s.why
            if s.before is not None and s.before.search(before):
                return s.why
            if s.after is not None and s.after.match(after):
                return s.why
        return None


@lru_cache(maxsize=4)
def load_senses(path: str | None = None) -> Senses:
    p = Path(path) if path else DEFAULT_FILE
    try:
        data = tomllib.loads(p.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
        raise RulesError(f"{p}: {e}") from None
    return Senses(data, str(p))


@lru_cache(maxsize=2)
def ordinary_words(path: str | None = None) -> frozenset[str]:
    """The ordinary words of the company's languages (lower case), read once."""
    p = Path(path) if path else WORDS_FILE
    try:
        lines = p.read_text(encoding="utf-8").split("\n")
    except OSError as e:
        raise RulesError(f"{p}: {e}") from None
    return frozenset(w for w in lines if w and not w.startswith("#"))
