"""Organisation names by their legal form: "Harbourside Outdoor Pty Ltd", "珠江贸易有限公司".

A legal form is the one mark every registered business carries in mail (signatures,
proforma "Buyer:" lines, "our customer X GmbH"). The forms, their country hints and the
words that begin sentences rather than names are data (rules/learn/legal_forms.toml).
The forms are found first with one regex; only then is the run of capitalised words
before each walked backwards, so text without a legal form costs one scan.
Used by `guard registry learn` (account names) and by the R11 detector (names the
registry lacks).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from guard.errors import RulesError
from guard.rulesdir import RULES_DIR

DEFAULT_FILE = RULES_DIR / "learn" / "legal_forms.toml"
_WORD = re.compile(r"[\w'’&.-]+|&")
_CONNECTORS = frozenset({"&", "and", "und", "of", "de", "del", "der", "y", "et", "e", "la", "le", "van", "von", "da"})
_CJK = "\u4e00-\u9fff\u3400-\u4dbf"


@dataclass(frozen=True)
class OrgName:
    """One organisation name in a text; `name` includes the legal form."""

    start: int
    end: int
    name: str
    form: str
    country: str | None  # the legal form's country hint


def _form_regex(form: str) -> str:
    """"Pty. Ltd." -> Pty\\.?\\s*Ltd\\.? ; dots and commas optional, spaces flexible."""
    tokens = []
    for tok in form.split():
        esc = re.escape(tok).replace(r"\.", r"\.?").replace(",", ",?")
        tokens.append(esc)
    return r"\s*".join(tokens)


class OrgNameFinder:
    def __init__(self, data: dict, source: str = "legal_forms.toml"):
        try:
            forms: dict[str, str | None] = {}
            for entry in data.get("form", []):
                for f in entry["forms"]:
                    forms.setdefault(f, entry.get("country"))
                    forms.setdefault(f.upper(), entry.get("country"))
            cjk = data.get("cjk", {})
            names = data.get("names", {})
            self.leading = frozenset(w.lower() for w in names.get("leading_words", []))
            self.max_words = int(names.get("max_words", 6))
            self.cjk_cut = sorted(cjk.get("cut", []), key=len, reverse=True)
            self.cjk_min = int(cjk.get("min_chars", 2))
            self.cjk_country = cjk.get("country")
            suffixes = sorted(set(cjk.get("suffixes", [])), key=len, reverse=True)
        except (KeyError, TypeError, ValueError, AttributeError) as e:
            raise RulesError(f"{source}: invalid legal forms: {e}") from None
        self.countries = {re.sub(r"[\s.,]", "", f).lower(): c for f, c in forms.items()}
        alternation = "|".join(_form_regex(f) for f in sorted(forms, key=len, reverse=True))
        self.forms = re.compile(rf"(?<![\w&])(?:{alternation})(?![\w])") if forms else None
        self.cjk = re.compile(rf"[{_CJK}]{{{self.cjk_min},24}}?(?:{'|'.join(map(re.escape, suffixes))})") \
            if suffixes else None

    def find(self, text: str) -> list[OrgName]:
        out: list[OrgName] = []
        if self.forms is not None:
            for m in self.forms.finditer(text):
                found = self._latin(text, m.start(), m.end())
                if found:
                    out.append(found)
        if self.cjk is not None and not text.isascii():
            out += self._cjk_names(text)
        return out

    def _latin(self, text: str, fs: int, fe: int) -> OrgName | None:
        """The capitalised words right before the legal form at [fs, fe)."""
        window_start = max(0, fs - 120)
        window = text[window_start:fs]
        words = [(m.start() + window_start, m.end() + window_start, m.group()) for m in _WORD.finditer(window)]
        taken: list[tuple[int, int, str]] = []
        edge = fs
        for s, e, w in reversed(words):
            gap = text[e:edge]
            if gap.strip(" ,\t") or "\n" in gap and taken:
                break  # punctuation or a line break between the words: the name ended
            if "\n" in gap:
                break
            bare = w.strip(".,'’-")
            if not bare:
                break
            if bare.lower() in _CONNECTORS:
                taken.append((s, e, w))
            elif bare[0].isupper() or bare[0].isdigit():
                taken.append((s, e, w))
            else:
                break
            edge = s
            if sum(1 for t in taken if t[2].lower() not in _CONNECTORS) > self.max_words:
                break
        taken.reverse()
        while taken and (taken[0][2].strip(".,").lower() in self.leading or taken[0][2].lower() in _CONNECTORS):
            taken.pop(0)
        while taken and taken[-1][2].lower() in _CONNECTORS:
            taken.pop()
        if not taken or not any(t[2][:1].isalpha() for t in taken):
            return None
        start = taken[0][0]
        form = text[fs:fe]
        return OrgName(start, fe, " ".join(text[start:fe].split()), form,
                       self.countries.get(re.sub(r"[\s.,]", "", form).lower()))

    def _cjk_names(self, text: str) -> list[OrgName]:
        out = []
        for m in self.cjk.finditer(text):
            s, raw = m.start(), m.group()
            cut = 0
            for word in self.cjk_cut:
                i = raw.rfind(word)
                if i >= 0 and i + len(word) > cut and len(raw) - (i + len(word)) > self.cjk_min:
                    cut = i + len(word)
            name = raw[cut:]
            if len(name) > self.cjk_min:
                out.append(OrgName(s + cut, m.end(), name, "", self.cjk_country))
        return out


@lru_cache(maxsize=4)
def load_finder(path: str | None = None) -> OrgNameFinder:
    p = Path(path) if path else DEFAULT_FILE
    try:
        data = tomllib.loads(p.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
        raise RulesError(f"{p}: {e}") from None
    return OrgNameFinder(data, str(p))
