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
    EN_NUMBER,
    parse_cn_numeral,
    parse_en_number,
    parse_number,
    scale,
)

_NUM = r"\d+(?:[.,']\d+)*"
_NB = r"(?<![A-Za-z0-9.,])"  # CJK may touch a number: "每件12.4美元"
_NA = r"(?![A-Za-z0-9%])"
_BARE = re.compile(r"(?<![A-Za-z0-9.,/:-])(\d+(?:[.,']\d+)*)(?![A-Za-z0-9%/-]|[.,:]\d)")
_CONTAINER = re.compile(r"(?<![\w.])(\d{1,3})\s?[x×X*]\s?(?:20|40|45)\s?'?\s?(?:GP|HQ|HC|ft|FT|RH)\b")
DOLLARS = frozenset({"USD", "AUD", "CAD", "NZD", "HKD", "SGD"})


def _alternation(tokens) -> str:
    parts = []
    for t in sorted(set(tokens), key=len, reverse=True):
        e = re.escape(t)
        if t[:1].isalpha() and t[:1].isascii():
            e = r"(?<![A-Za-z])" + e
        if t[-1:].isalpha() and t[-1:].isascii():
            e = e + r"(?![A-Za-z])"
        parts.append(e)
    return "|".join(parts)


@dataclass
class FigureRecognizer:
    currencies: dict[str, str]   # lower-cased spelling -> ISO code ("$" for any dollar)
    units: dict[str, str]        # lower-cased unit word -> unit
    price_before: re.Pattern
    price_after: re.Pattern
    price_label: re.Pattern
    per_unit: re.Pattern
    quantity: re.Pattern
    quantity_label: re.Pattern

    @classmethod
    def compile(cls, vocab: dict) -> FigureRecognizer:
        cur = {t.lower(): code for code, toks in vocab["currencies"].items() for t in toks}
        units = {t.lower(): unit for unit, toks in vocab["units"].items() for t in toks}
        c_alt, u_alt = _alternation(cur), _alternation(units)
        p_alt, q_alt = _alternation(vocab["labels"]["price"]), _alternation(vocab["labels"]["quantity"])
        cn = f"[{CN_NUMERAL_CHARS}]+"
        f = re.IGNORECASE
        return cls(
            cur, units,
            re.compile(rf"(?P<cur>{c_alt})\s?[:：]?\s?(?P<num>{_NUM})(?P<per>\s?(?:/|per)\s?(?:{u_alt}))?", f),
            re.compile(rf"{_NB}(?P<num>{_NUM})\s?(?P<cur>{c_alt})", f),
            re.compile(rf"(?:{p_alt})\s?(?:is|of|at|:|：|为|為|=)?\s?(?P<num>{_NUM}){_NA}", f),
            re.compile(rf"{_NB}(?P<num>{_NUM})\s?(?:/|per|each)\s?(?:{u_alt})?", f),
            re.compile(rf"{_NB}(?:(?P<num>{_NUM})|(?P<cn>{cn})|\b(?P<en>{EN_NUMBER}))(?P<mult>\s?[kK千万萬])?\s?"
                       rf"(?P<unit>{u_alt})", f),
            re.compile(rf"(?:{q_alt})\s?(?:is|of|:|：|为|為|=)?\s?(?P<num>{_NUM})(?P<mult>\s?[kK千万萬])?{_NA}", f),
        )

    def find(self, text: str) -> tuple[list[Evidence], list[Evidence]]:
        """(typed figures, bare numbers) in text."""
        figures: list[Evidence] = []
        taken: list[tuple[int, int]] = []

        def add(kind: str, m: re.Match, values, currency=None, unit=None) -> None:
            if not values or any(s < m.end() and m.start() < e for s, e in taken):
                return
            taken.append((m.start(), m.end()))
            figures.append(Evidence(kind, m.start(), m.end(), m.group(), values=tuple(values),
                                    currency=currency, unit=unit))

        for m in self.price_before.finditer(text):
            add("price", m, parse_number(m["num"]), self.currencies.get(m["cur"].lower()))
        for m in self.price_after.finditer(text):
            add("price", m, parse_number(m["num"]), self.currencies.get(m["cur"].lower()))
        for m in _CONTAINER.finditer(text):
            add("quantity", m, parse_number(m.group(1)), unit="container")
        for m in self.quantity.finditer(text):
            if m["cn"] or m["en"]:
                v = parse_cn_numeral(m["cn"]) if m["cn"] else parse_en_number(m["en"])
                if v is not None and v < 10:
                    continue  # "一个客户", "a customer": a measure word, not a volume
                values = scale((v,), m["mult"].strip() if m["mult"] else None) if v is not None else ()
            else:
                values = scale(parse_number(m["num"]), m["mult"].strip() if m["mult"] else None)
            add("quantity", m, values, unit=self.units.get(m["unit"].lower()))
        for m in self.per_unit.finditer(text):
            add("price", m, parse_number(m["num"]))
        for m in self.price_label.finditer(text):
            add("price", m, parse_number(m["num"]))
        for m in self.quantity_label.finditer(text):
            add("quantity", m, scale(parse_number(m["num"]), m["mult"].strip() if m["mult"] else None))
        bare = []
        for m in _BARE.finditer(text):
            if any(s <= m.start() < e for s, e in taken):
                continue
            values = parse_number(m.group(1))
            if values:
                bare.append(Evidence("number", m.start(), m.end(), m.group(), values=values))
        return figures, bare


def currency_matches(said: str | None, deal_currency: str | None) -> bool:
    if not said or not deal_currency:
        return True
    if said == "$":
        return deal_currency in DOLLARS
    return said == deal_currency
