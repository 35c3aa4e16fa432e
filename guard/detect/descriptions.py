"""Products by description: any run of words from one product's names that no other product's
names contain ("the 4\\" dual plate check valves", "válvulas ... tipo wafer DN150").

The words of all product names go into one automaton over the normalised text (the one names.py
already built), so the cost grows with the description words in a part, not with its length
times the catalogue. A run of such words, at most `max_gap` other words apart and within one
sentence, names a product where the products whose names hold every word of the run are
exactly one; it must hold two description words or more, one of them not a number, so "valve"
or "DN50" alone name nothing. Vocabulary: rules/products.toml.
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from pathlib import Path

import ahocorasick

from guard.detect.normalize import NormText, is_cjk, normalize_name
from guard.errors import RulesError
from guard.registry.model import Product
from guard.rulesdir import RULES_DIR

DEFAULT_FILE = RULES_DIR / "products.toml"
_BREAK = re.compile(r"[.;!?\n。；！？]")


@lru_cache(maxsize=4)
def load_vocabulary(path: str | None = None) -> dict:
    p = Path(path) if path else DEFAULT_FILE
    try:
        data = tomllib.loads(p.read_text(encoding="utf-8"))["descriptions"]
        return {"filler": frozenset(w.lower() for w in data["filler"]),
                "units": tuple(sorted({u.lower() for u in data["size_units"]}, key=len, reverse=True)),
                "max_gap": int(data.get("max_gap", 2))}
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError, KeyError, TypeError, ValueError) as e:
        raise RulesError(f"{p}: invalid product descriptions: {e}") from None


class Descriptions:
    def __init__(self, products: tuple[Product, ...], vocab: dict | None = None):
        vocab = vocab or load_vocabulary()
        self.max_gap = vocab["max_gap"]
        units = vocab["units"]
        word_units = frozenset(u for u in units if u.isalnum())
        self._unit_after = re.compile(r"\s?(?:" + "|".join(
            re.escape(u) + (r"(?![^\W\d_])" if u[-1].isalnum() else "") for u in units) + ")", re.IGNORECASE)
        owners: dict[str, set[str]] = {}
        for p in products:
            for name in p.names:
                toks = normalize_name(name).split()
                for i, tok in enumerate(toks):
                    if tok in vocab["filler"] or any(is_cjk(c) for c in tok):
                        continue
                    if tok.isdigit() and not (i + 1 < len(toks) and toks[i + 1] in word_units) \
                            and not self._unit_after.match(name, _token_end(name, tok, i)):
                        continue  # a bare number in a name ("90 degree"): not a size
                    owners.setdefault(tok, set()).add(p.sku)
        # A word most products share ("valve", "LED") narrows nothing down: it only stands between
        # description words, like a filler word, and the scan does not stop at it.
        common = max(4, len(products) // 4)
        self.owners = {t: frozenset(s) for t, s in owners.items() if len(s) <= common}
        self.automaton: ahocorasick.Automaton | None = None
        if self.owners:
            self.automaton = ahocorasick.Automaton()
            for tok in self.owners:  # whole words only, singular or plural: " valve ", " valves "
                for form in {tok, tok + "s", tok + "es"}:
                    self.automaton.add_word(f" {form} ", (tok, len(form)))
            self.automaton.make_automaton()

    def find(self, text: str, norm: NormText) -> list[tuple[int, int, str]]:
        """(start, end, sku) in original offsets, for each description unique to one product."""
        if self.automaton is None:
            return []
        t = norm.text
        hits: list[tuple[int, int, str]] = []  # normalised start, end, token
        for end, (tok, size) in self.automaton.iter(f" {t} "):  # in t, the word is [end - 1 - size, end - 1)
            stop = end - 1
            start = stop - size
            if tok.isdigit() and not self._unit_after.match(text, norm.span(start, stop)[1]):
                continue  # a quantity, not a size
            if hits and hits[-1][0] == start:
                hits[-1] = max(hits[-1], (start, stop, tok), key=lambda h: h[1])
            elif not hits or start >= hits[-1][1]:
                hits.append((start, stop, tok))
        if len(hits) < 2:
            return []
        out: list[tuple[int, int, str]] = []
        for run in self._runs(text, norm, hits):
            out += self._unique(run, norm)
        return out

    def _runs(self, text: str, norm: NormText, hits):
        run = [hits[0]]
        for h in hits[1:]:
            prev = run[-1]
            gap = norm.text.count(" ", prev[1], h[0]) - 1  # words between the two
            if gap > self.max_gap or _BREAK.search(text, norm.orig(prev[1] - 1) + 1, norm.orig(h[0])):
                if len(run) > 1:
                    yield run
                run = [h]
            else:
                run.append(h)
        if len(run) > 1:
            yield run

    def _unique(self, run, norm: NormText) -> list[tuple[int, int, str]]:
        out = []
        i = 0
        while i < len(run):
            cands = self.owners[run[i][2]]
            j = i
            while j + 1 < len(run) and cands & self.owners[run[j + 1][2]]:
                j += 1
                cands = cands & self.owners[run[j][2]]
            words = {h[2] for h in run[i:j + 1]}
            if len(cands) == 1 and len(words) >= 2 and any(not w.isdigit() for w in words):
                a, b = norm.span(run[i][0], run[j][1])
                out.append((a, b, next(iter(cands))))
                i = j + 1
            else:
                i += 1
        return out


def _token_end(name: str, tok: str, _i: int) -> int:
    """Where the number `tok` ends in the registry's own spelling of the name (for its unit)."""
    m = re.search(rf"(?<!\d){re.escape(tok)}(?!\d)", name)
    return m.end() if m else len(name)
