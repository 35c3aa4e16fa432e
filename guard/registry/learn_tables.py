"""Deal rows from the text of a sales document (proforma, quotation, order confirmation).

guard's extractors give one line per table row (XLSX, DOCX and CSV cells joined by " | ",
HTML cells by spaces, PDF text as its layout runs). A heading line names the columns
(rules/learn/documents.toml); each row below it is read by its numbers: the last numbers of
the row fill the heading's numeric columns (quantity, unit price, amount) in their order,
so a line number or a model code before them does not count. Where the table has an amount
column, quantity x price must equal it (to half a percent): rows that do not add up are
not deals. Totals end the table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from guard.detect.numbers import parse_number
from guard.registry.learn_rules import LearnRules

_NUMBER = re.compile(r"(?<![\w.,/-])\d+(?:[.,']\d+)*(?![\w.,'/-]*\d)(?!-)")
_SEPARATORS = re.compile(r"\s*\|\s*|\t+|\s{2,}")
_LEADING = re.compile(r"^\s*(?:\d{1,3}[.)]?\s*(?:\||\s)\s*)")
_MONTHS = {m: i + 1 for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
                                             "nov", "dec"))}
_ISO = re.compile(r"(20\d\d)[-/.](\d{1,2})[-/.](\d{1,2})")
_DMY = re.compile(r"(\d{1,2})[./](\d{1,2})[./](20\d\d)")
_D_MON_Y = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?[ -]([A-Za-z]{3})[a-z]*\.?[ -,]*(20\d\d)")
_MON_D_Y = re.compile(r"([A-Za-z]{3})[a-z]*\.? (\d{1,2})(?:st|nd|rd|th)?,? (20\d\d)")
_CN_DATE = re.compile(r"(20\d\d)年(\d{1,2})月(\d{1,2})日")
NUMERIC = ("quantity", "price", "amount")
MAX_MISSES = 3  # lines in a table that are not rows before the table is taken to have ended


@dataclass(frozen=True)
class Row:
    product: str           # the row's text before its figures (model code, description)
    quantity: float | None
    price: float
    currency: str | None
    unit: str | None


@dataclass(frozen=True)
class Header:
    numeric: tuple[str, ...]   # numeric columns, left to right
    currency: str | None


class TableReader:
    def __init__(self, rules: LearnRules, currencies: dict[str, str], units: dict[str, str]):
        self.rules = rules
        self.currencies = currencies
        self.units = units
        spellings = sorted(currencies, key=len, reverse=True)
        self.currency_re = re.compile("|".join(
            (rf"(?<![A-Za-z]){re.escape(s)}(?![A-Za-z])" if s[:1].isalpha() and s.isascii() else re.escape(s))
            for s in spellings), re.IGNORECASE)
        self.unit_re = re.compile(r"\s*(?:\|\s*)?(" + "|".join(
            re.escape(u) for u in sorted(units, key=len, reverse=True)) + r")(?![A-Za-z])", re.IGNORECASE)

    def is_document(self, *texts: str) -> bool:
        return any(self.rules.doc_kinds.search(t) for t in texts if t)

    def currency_in(self, text: str) -> str | None:
        for m in self.currency_re.finditer(text):
            code = self.currencies.get(m.group().lower())
            if code and code != "$":
                return code
        return None

    def currency_near(self, line: str, start: int, end: int) -> str | None:
        for m in self.currency_re.finditer(line, start, end):
            code = self.currencies.get(m.group().lower())
            if code and code != "$":
                return code
        return None

    def header(self, line: str) -> Header | None:
        found: list[tuple[int, int, str]] = []
        for role, pattern in self.rules.columns.items():
            found += [(m.start(), -len(m.group()), role) for m in pattern.finditer(line)]
        found.sort()
        roles: list[str] = []
        end = -1
        for start, neg_len, role in found:
            if start < end:
                continue
            end = start - neg_len
            roles.append(role)
        if "quantity" not in roles or "price" not in roles:
            return None
        numeric = tuple(r for r in dict.fromkeys(roles) if r in NUMERIC)
        return Header(numeric, self.currency_in(line))

    def rows(self, text: str, doc_currency: str | None = None) -> list[Row]:
        out: list[Row] = []
        header: Header | None = None
        misses = 0
        for line in text.splitlines():
            if not line.strip():
                continue
            h = self.header(line)
            if h:
                header, misses = h, 0
                continue
            if header is None:
                continue
            if self.rules.row_end.match(line.strip().lstrip("| ")):
                header = None
                continue
            row = self.row(line, header, doc_currency)
            if row:
                out.append(row)
                misses = 0
            else:
                misses += 1
                if misses >= MAX_MISSES:
                    header = None
        return out

    def row(self, line: str, header: Header, doc_currency: str | None) -> Row | None:
        tokens = list(_NUMBER.finditer(line))
        k = len(header.numeric)
        if len(tokens) < k:
            return None
        taken = tokens[-k:]
        readings = {role: parse_number(m.group()) for role, m in zip(header.numeric, taken, strict=True)}
        if not all(readings.values()):
            return None
        q, p = _consistent(readings)
        if p is None or p <= 0:
            return None
        first = taken[0].start()
        product = _SEPARATORS.sub(" ", _LEADING.sub("", line[:first])).strip(" |:-")
        product = self.currency_re.sub("", product).strip(" |:-") if product else product
        if not re.search(r"[^\W\d_]", product):
            return None
        currency = None
        for m in taken:
            currency = currency or self.currency_near(line, max(0, m.start() - 6), m.end() + 6)
        currency = currency or header.currency or doc_currency
        unit = None
        if "quantity" in header.numeric:
            qm = taken[header.numeric.index("quantity")]
            u = self.unit_re.match(line, qm.end())
            unit = self.units.get(u.group(1).lower()) if u else None
        return Row(product, q, p, currency, unit)


def _consistent(readings: dict[str, tuple[float, ...]]) -> tuple[float | None, float | None]:
    """(quantity, price) from each column's readings; with an amount, the pair that adds up."""
    qs = readings.get("quantity", (None,))
    ps = readings["price"]
    amounts = readings.get("amount")
    if not amounts:
        return (max(qs) if qs and qs[0] is not None else None), ps[0]
    for q in qs:
        for p in ps:
            for a in amounts:
                if q is not None and abs(q * p - a) <= max(0.011, 0.005 * a):
                    return q, p
    return None, None


def document_date(text: str, rules: LearnRules) -> str | None:
    """The first date given after a date label ("Date: 14 Aug 2026", "日期：2026年8月14日")."""
    for m in rules.date_labels.finditer(text):
        found = parse_date(text[m.end():m.end() + 40])
        if found:
            return found
    return None


def parse_date(text: str) -> str | None:
    candidates = []
    for pattern, order in ((_ISO, "ymd"), (_CN_DATE, "ymd"), (_DMY, "dmy"), (_D_MON_Y, "dMy"), (_MON_D_Y, "Mdy")):
        m = pattern.search(text)
        if m:
            candidates.append((m.start(), order, m.groups()))
    for _, order, g in sorted(candidates):
        try:
            if order == "ymd":
                d = date(int(g[0]), int(g[1]), int(g[2]))
            elif order == "dmy":
                day, month = int(g[0]), int(g[1])
                d = date(int(g[2]), month, day) if month <= 12 else date(int(g[2]), day, month)
            elif order == "dMy":
                d = date(int(g[2]), _MONTHS[g[1][:3].lower()], int(g[0]))
            else:
                d = date(int(g[2]), _MONTHS[g[0][:3].lower()], int(g[1]))
        except (ValueError, KeyError):
            continue
        return d.isoformat()
    return None
