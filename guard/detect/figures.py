"""Prices and quantities in English and Chinese, read with the vocabulary in rules/figures.toml.

The recogniser is compiled once when the policy loads; `find` runs a handful of C
regexes over a part. Typed figures (with a currency, a unit or a label) are what
third-party phrases need; bare numbers are kept separately and count only where
an account is named in the same sentence or row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from guard.detect.evidence import Evidence
from guard.detect.numbers import (
    CN_NUMERAL_CHARS,
    MULTIPLIERS,
    parse_cn_numeral,
    parse_number,
    scale,
)
from guard.detect.numberwords import MIN_VOLUME, NumberWords
from guard.detect.units import Conversions

_NUM = r"\d+(?:[.,']\d+)*"
_NA = r"(?![A-Za-z0-9%])"
# A number token; CJK may touch it ("每件12.4美元"), letters only where a currency does ("RMB86").
# Both forms factored behind one leading digit, so the scan tries the pattern only at digits.
_TOKEN = re.compile(r"(\d(?:\d{0,2}(?:[ \u00a0\u202f]\d{3})+(?![\d.,])|\d*(?:[.,']\d+)*))")
_CONTAINER_AFTER = re.compile(r"\s?[x×X*]\s?(?:20|40|45)\s?'?\s?(?:GP|HQ|HC|ft|FT|RH)\b")
_NOT_BARE_AFTER = re.compile(r"[A-Za-z0-9%/-]|[.,:]\d")
WINDOW = 28
_LATIN = "[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]"  # a letter of a Latin word: "unit" is not the start of "unités"
DOLLARS = frozenset({"USD", "AUD", "CAD", "NZD", "HKD", "SGD"})


def _alternation(tokens, *, backwards: bool = False) -> str:
    """Tokens as one regex alternation, longest first; Latin tokens only as whole words.

    backwards: the tokens spelt backwards, for matching leftwards from a number on the reversed
    text before it: a regex anchored at the number costs one attempt, where a search for
    "token$" tries every position of the window."""
    parts = []
    for t in sorted(set(tokens), key=len, reverse=True):
        starts_latin = t[:1].isalpha() and t[:1].isascii()
        ends_latin = t[-1:].isalpha() and t[-1:].isascii()
        if backwards:
            parts.append(re.escape(t[::-1]) + (rf"(?!{_LATIN})" if starts_latin else ""))
        else:
            parts.append((rf"(?<!{_LATIN})" if starts_latin else "") + re.escape(t)
                         + (rf"(?!{_LATIN})" if ends_latin else ""))
    return "|".join(parts)


@dataclass
class FigureRecognizer:
    """Classifies each number by the few characters around it (a currency before or after, a
    unit, a label), so the cost grows with the numbers in a text, not with its length times
    the vocabulary."""

    currencies: dict[str, str]   # lower-cased spelling -> ISO code ("$" for any dollar)
    units: dict[str, str]        # lower-cased unit word -> unit
    cur_before: re.Pattern       # matched on the reversed text just before a number
    cur_after: re.Pattern        # matched just after a number
    per_unit_after: re.Pattern
    unit_after: re.Pattern
    price_label_before: re.Pattern     # reversed, like cur_before
    quantity_label_before: re.Pattern
    before_ends: frozenset[str]  # last characters of anything that can stand before a number
    after_starts: frozenset[str]  # first characters (lower case) of anything that can follow one
    cn_quantity: re.Pattern      # Chinese numerals followed by a unit ("三千件")
    word_quantity: re.Pattern    # number words followed by a unit ("five thousand pieces", "vingt unités")
    number_words: NumberWords
    conversions: Conversions

    @classmethod
    def compile(cls, vocab: dict, number_words: NumberWords | None = None) -> FigureRecognizer:
        cur = {t.lower(): code for code, toks in vocab["currencies"].items() for t in toks}
        units = {t.lower(): unit for unit, toks in vocab["units"].items() for t in toks}
        c_alt, u_alt = _alternation(cur), _alternation(units)
        words = number_words or NumberWords.compile({})
        f = re.IGNORECASE
        before = [*cur, *(t.lower() for t in vocab["labels"]["price"] + vocab["labels"]["quantity"]),
                  "is", "of", "at", "为", "為"]
        ends = frozenset(t[-1] for t in before if t)
        starts = frozenset(t[0].lower() for t in [*cur, *units, "/", "per", "each", "a", "x", "×", "*", *MULTIPLIERS] if t)
        return cls(
            cur, units,
            re.compile(rf"\s?[:：]?\s?(?P<cur>{_alternation(cur, backwards=True)})", f),
            re.compile(rf"(?P<mult>\s?[kK千万萬](?![A-Za-z]))?\s?(?P<cur>{c_alt})", f),
            re.compile(rf"\s?(?:/|per\b|each\b|an?\b)\s?(?P<unit>{u_alt})?", f),
            re.compile(rf"(?P<mult>\s?[kK千万萬](?![A-Za-z]))?(?:\s|-)?(?P<unit>{u_alt})", f),
            re.compile(rf"\s?(?:si|fo|ta|:|：|为|為|=)?\s?(?:{_alternation(vocab['labels']['price'], backwards=True)})", f),
            re.compile(rf"\s?(?:si|fo|:|：|为|為|=)?\s?(?:{_alternation(vocab['labels']['quantity'], backwards=True)})", f),
            ends,
            starts,
            re.compile(rf"(?<![{CN_NUMERAL_CHARS}])(?P<num>[{CN_NUMERAL_CHARS}]{{1,12}})(?P<mult>\s?[kK千万萬])?\s?(?P<unit>{u_alt})", f),
            re.compile(rf"(?P<num>{words.pattern or '(?!)'})\s(?P<unit>{u_alt})", f),
            words,
            Conversions.compile(vocab.get("conversions", {}), vocab["units"]),
        )

    def find(self, text: str) -> tuple[list[Evidence], list[Evidence]]:
        """(typed figures, bare numbers) in text."""
        figures: list[Evidence] = []
        bare: list[Evidence] = []
        for m in _TOKEN.finditer(text):
            s, e = m.span()
            if s and text[s - 1] in "0123456789.,":
                continue  # the tail of "1.5.3" or "12,,5": not a number of its own
            values = parse_number(m.group(1))
            if not values:
                continue
            ev = self._classify(text, s, e, values)
            if ev is not None:
                figures.append(ev)
            elif " " not in m.group(1) and not (s and text[s - 1].isascii() and (text[s - 1].isalpha() or text[s - 1] in "/:-")) \
                    and not _NOT_BARE_AFTER.match(text, e):
                bare.append(Evidence("number", s, e, text[s:e], values=values))
        figures += self._numeral_words(text)
        return figures, bare

    def _numeral_words(self, text: str) -> list[Evidence]:
        """Quantities written in Chinese numerals or English words; the regexes run only where
        such numerals can occur at all."""
        found = []
        if not text.isascii():
            found += [(m, parse_cn_numeral) for m in self.cn_quantity.finditer(text)]
        if self.number_words.may_occur(text.lower()):
            found += [(m, self.number_words.parse) for m in self.word_quantity.finditer(text)]
        out = []
        for m, read in found:
            v = read(m["num"])
            if v is None or v < MIN_VOLUME:
                continue  # "一个客户", "a customer": a measure word, not a volume
            out.append(self._ev("quantity", text, m.start(), m.end(), scale((v,), _mult(m)),
                                unit=self.units.get(m["unit"].lower())))
        return out

    def _classify(self, text: str, s: int, e: int, values) -> Evidence | None:
        pre_start = max(0, s - WINDOW)
        pre = text[pre_start:s]
        tail = pre.rstrip(" \t\r\n:：=")[-1:].lower()
        rev = pre[::-1] if tail in self.before_ends else ""
        c = self.cur_before.match(rev) if rev else None
        if c:
            end, unit = e, None
            per = self.per_unit_after.match(text, e)
            if per and per.end() > e + 1:
                end, unit = per.end(), self._unit(per)
            return self._ev("price", text, s - c.end(), end, values,
                            currency=self.currencies.get(c["cur"][::-1].lower()), unit=unit)
        if s and text[s - 1].isascii() and text[s - 1].isalpha():
            return None  # "HC210", "40HQ": part of a code
        c0 = text[e:e + 1].lower()
        if c0 not in self.after_starts and not ((c0.isspace() or c0 == "-") and text[e + 1:e + 2].lower()
                                                in self.after_starts):
            return self._labelled(text, s, e, values, rev)  # no currency, unit or "per" can follow
        c = self.cur_after.match(text, e)
        if c:
            end, unit = c.end(), None
            per = self.per_unit_after.match(text, end)
            if per and per["unit"]:
                end, unit = per.end(), self._unit(per)
            return self._ev("price", text, s, end, scale(values, _mult(c)),
                            currency=self.currencies.get(c["cur"].lower()), unit=unit)
        if len(m_int := text[s:e]) <= 3 and m_int.isdigit():
            c = _CONTAINER_AFTER.match(text, e)
            if c:
                return self._ev("quantity", text, s, c.end(), values, unit="container")
        c = self.unit_after.match(text, e)
        if c:
            return self._ev("quantity", text, s, c.end(), scale(values, _mult(c)),
                            unit=self.units.get(c["unit"].lower()))
        c = self.per_unit_after.match(text, e)
        if c and c.end() > e + 1 and (c["unit"] or not c.group().strip().isalpha() or c.group().strip() in ("per", "each")):
            return self._ev("price", text, s, c.end(), values, unit=self._unit(c))
        return self._labelled(text, s, e, values, rev)

    def _unit(self, m: re.Match) -> str | None:
        return self.units.get(m["unit"].lower()) if m["unit"] else None

    def _labelled(self, text: str, s: int, e: int, values, rev: str) -> Evidence | None:
        """A figure introduced by a label before it ("unit price: 12.40", "qty 3000")."""
        if not rev:
            return None  # no label can stand before it
        if _NA_RE.match(text, e) and not _MULT_AFTER.match(text, e):
            return None
        if _TIME_AFTER.match(text, e):
            return None  # "at 10:30", "at 3 pm": a time, not a price
        c = self.price_label_before.match(rev)
        if c:
            return self._ev("price", text, s - c.end(), e, values)
        c = self.quantity_label_before.match(rev)
        if c:
            mult = _MULT_AFTER.match(text, e)
            return self._ev("quantity", text, s - c.end(), mult.end() if mult else e,
                            scale(values, mult["mult"].strip() if mult else None))
        return None

    def _ev(self, kind: str, text: str, start: int, end: int, values, currency=None, unit=None) -> Evidence:
        values = tuple(values)
        return Evidence(kind, start, end, text[start:end], values=values, currency=currency, unit=unit,
                        converted=self.conversions.of(kind, values, unit))


_NA_RE = re.compile(r"[A-Za-z0-9%]")
_TIME_AFTER = re.compile(r"\s?(?::\d\d|[ap]\.?m\b\.?|h\b|hrs?\b|o'clock|点|點|时|時)", re.IGNORECASE)
_MULT_AFTER = re.compile(r"(?P<mult>\s?[kK千万萬])(?![A-Za-z])")


def _mult(m: re.Match | None) -> str | None:
    """The multiplier ("k", "万") a match read, if its pattern has one."""
    if m is None or "mult" not in m.re.groupindex or not m["mult"]:
        return None
    return m["mult"].strip()


def currency_matches(said: str | None, deal_currency: str | None) -> bool:
    if not said or not deal_currency:
        return True
    if said == "$":
        return deal_currency in DOLLARS
    return said == deal_currency
