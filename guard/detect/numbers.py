"""Reading numbers as people write them in trade mail: 3,000 / 3.000 / 12,40 / 1.2万 / 三千 / 两万."""

from __future__ import annotations

import math
import re

_EN_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_EU_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
_DECIMAL_COMMA = re.compile(r"\d+,\d{1,2}")

MULTIPLIERS = {"k": 1_000.0, "K": 1_000.0, "千": 1_000.0, "万": 10_000.0, "萬": 10_000.0,
               "亿": 100_000_000.0, "億": 100_000_000.0}

_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "壹": 1, "二": 2, "两": 2, "兩": 2, "贰": 2, "三": 3, "叁": 3,
              "四": 4, "肆": 4, "五": 5, "伍": 5, "六": 6, "陆": 6, "七": 7, "柒": 7, "八": 8, "捌": 8,
              "九": 9, "玖": 9}
_CN_SMALL = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_CN_BIG = {"万": 10_000, "萬": 10_000, "亿": 100_000_000, "億": 100_000_000}
CN_NUMERAL_CHARS = "".join([*_CN_DIGITS, *_CN_SMALL, *_CN_BIG])


def parse_number(token: str) -> tuple[float, ...]:
    """Every plausible value of a written number; () when it is not one."""
    if token.isdigit() and token.isascii():  # most numbers in mail: no separators to read
        return _finite(float(token))
    s = token.replace("'", "")
    if " " in s or "\u00a0" in s or "\u202f" in s:  # "3 500": groups of three
        s = re.sub(r"[ \u00a0\u202f]", "", s)
    try:
        if _EN_THOUSANDS.fullmatch(s):
            return _finite(float(s.replace(",", "")))
        if _EU_THOUSANDS.fullmatch(s):
            eu = float(s.replace(".", "").replace(",", "."))
            if "," not in s and s.count(".") == 1:
                return (float(s), eu)  # "1.200": 1.2 or 1200
            return (eu,)
        if _DECIMAL_COMMA.fullmatch(s):
            return _finite(float(s.replace(",", ".")))
        return _finite(float(s))
    except ValueError:
        return ()


def _finite(value: float) -> tuple[float, ...]:
    """No deal is priced or sized beyond 10^12: longer digit runs are serial numbers, not figures."""
    return (value,) if math.isfinite(value) and value < 1e12 else ()


def parse_cn_numeral(token: str) -> float | None:
    """三千 -> 3000, 一万二千 -> 12000, 两万 -> 20000, 十五 -> 15; None if not a numeral."""
    total = section = 0
    digit: int | None = None
    if not token:
        return None
    for ch in token:
        if ch in _CN_DIGITS:
            if digit is not None:  # "一二" is not a numeral in this sense
                return None
            digit = _CN_DIGITS[ch]
        elif ch in _CN_SMALL:
            section += (1 if digit is None else digit) * _CN_SMALL[ch]
            digit = None
        elif ch in _CN_BIG:
            section += digit or 0
            total = (total + section) * _CN_BIG[ch]
            section, digit = 0, None
        else:
            return None
    return float(total + section + (digit or 0))


def scale(values: tuple[float, ...], multiplier: str | None) -> tuple[float, ...]:
    if not multiplier:
        return values
    m = MULTIPLIERS[multiplier]
    return tuple(round(v * m, 6) for v in values)


_EN_UNITS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen".split())}
_EN_UNITS["a"] = 1
_EN_TENS = {w: 10 * i for i, w in enumerate("_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()) if i >= 2}
_EN_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000}
EN_NUMBER = (r"(?:" + "|".join(sorted([*_EN_UNITS, *_EN_TENS, *_EN_SCALES], key=len, reverse=True))
             + r")(?:[\s-]+(?:and[\s-]+)?(?:" + "|".join(sorted([*_EN_UNITS, *_EN_TENS, *_EN_SCALES],
                                                                   key=len, reverse=True)) + r")){0,6}")


def parse_en_number(words: str) -> float | None:
    """"five thousand" -> 5000, "two hundred and fifty" -> 250, "a thousand" -> 1000."""
    total = current = 0
    seen = False
    for w in re.split(r"[\s-]+", words.lower()):
        if w == "and":
            continue
        if w in _EN_UNITS:
            current += _EN_UNITS[w]
        elif w in _EN_TENS:
            current += _EN_TENS[w]
        elif w == "hundred":
            current = (current or 1) * 100
        elif w in _EN_SCALES:
            total += (current or 1) * _EN_SCALES[w]
            current = 0
        else:
            return None
        seen = True
    return float(total + current) if seen else None
