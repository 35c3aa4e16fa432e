"""Short forms of product names, derived from the registry: how mail really refers to products.

The registry lists "T8 LED tube 1200mm 18W"; mail says "the T8 tubes", "T8灯管", "600x600
panels". A model code ("T8", "GU10") or the head noun of a name ("tube", "panel"; in
Chinese the ending of a run, "灯管") that occurs in exactly one product's names stands for
that product. Words several products share ("LED", "light"), specifications ("18W", "24V",
"1200mm", "600x600"), bare numbers and everyday words are never short forms.
"""

from __future__ import annotations

import re
from collections import defaultdict

from guard.detect.normalize import is_cjk, normalize_name
from guard.registry.model import Product

_SPEC = re.compile(r"\d+(?:\.\d+)?(?:w|v|mm|cm|m|k|l|kg|g|a|mah|hz|lm|ft|in|pcs?|x\d+(?:x\d+)?)?")
_CODE = re.compile(r"(?=.*\d)(?=.*[a-z])[a-z0-9]+")
_CJK_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]{2,}")
EVERYDAY = frozenset("""
with without for and the new type model series version style color colour size sizes set pack
box case unit item order price sample standard mini pro plus max super high low big small light
lamp lights lamps led all one our your this that from made china chinese quality good best
person people piece pieces part parts kit kits bag bags
""".split())
EVERYDAY_ZH = frozenset("套装 产品 系列 型号 规格 配件 用品 工具".split())


def _plurals(word: str) -> set[str]:
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return {word, word + "es"}
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return {word, word[:-1] + "ies"}
    return {word, word + "s"}


def _latin_forms(name: str) -> set[str]:
    """Model codes ("t8", "gu10") and the head noun: the last words that say what the product
    is ("tube" in "T8 LED tube 1200mm 18W"; "solar" or "street" in "solar street light"),
    with their plurals; only those unique to one product are kept later."""
    forms = set()
    words = []
    for word in normalize_name(name).split():
        if any(is_cjk(c) for c in word) or word in EVERYDAY or _SPEC.fullmatch(word):
            continue
        if _CODE.fullmatch(word):
            forms.add(word)
        elif word.isalpha() and len(word) >= 3:
            words.append(word)
    for head in words[-2:]:
        forms |= _plurals(head)
    return forms


def _cjk_forms(name: str) -> set[str]:
    """Each run of Chinese characters and its endings of two or three characters, where Chinese
    puts the head noun ("灯管" in "LED灯管")."""
    forms = set()
    for run in _CJK_RUN.findall(name):
        forms |= {run, run[-2:], run[-3:]}
    return forms - EVERYDAY_ZH


def short_forms(products: tuple[Product, ...]) -> dict[str, str]:
    """Short form -> sku, for the forms that belong to exactly one product and are not one of
    any product's full names already."""
    owners: defaultdict[str, set[str]] = defaultdict(set)
    full = set()
    for p in products:
        for name in (p.sku, *p.names):
            full.add(normalize_name(name))
            for form in _latin_forms(name) | _cjk_forms(name):
                owners[form].add(p.sku)
    return {f: next(iter(skus)) for f, skus in owners.items() if len(skus) == 1 and f not in full}
