"""The bar's measure: the share of a draft's words that were not findings which its rewrite keeps.

Words are runs of letters or digits, each CJK character one word. A finding's words are those
inside its span; an attached document or a quoted mail the report treats as one thing to remove
(another customer's proforma, its forwarded mail) is a finding in whole, so all its words are."""

from __future__ import annotations

import re
from collections import Counter

from guard.report.explain import report_for

_WORD = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]|[^\W_\u3400-\u9fff\uf900-\ufaff]+")


def words(text: str) -> list[str]:
    return [w.casefold() for w in _WORD.findall(text)]


def keep_ratio(engine, original: bytes, rewrite: bytes) -> float:
    before = engine.check_bytes(original)
    report = report_for(before, engine)
    message = before.message
    found: Counter = Counter()
    whole = {it.part for it in report.items if it.whole and it.part is not None}
    whole_where = {it.where for it in report.items if it.where.startswith("attachment:")}
    total: Counter = Counter()
    for i, part in enumerate(message.parts):
        ws = words(part.text)
        total.update(ws)
        if i in whole or part.where in whole_where:
            found.update(ws)
    for f in before.verdict.findings:
        if f.end > f.start and f.where not in whole_where:
            found.update(words(f.text))
    rest = total - found
    after: Counter = Counter()
    for part in engine.check_bytes(rewrite).message.parts:
        after.update(words(part.text))
    denominator = sum(rest.values())
    return 1.0 if denominator == 0 else sum((rest & after).values()) / denominator
