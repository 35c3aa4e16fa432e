"""`guard registry learn`: a draft registry from the company's Sent mail (issue 17).

learn() streams every source's messages through one Collector (bounded memory), then
builds the draft. The company's own domains come from the base registry, from
--company-domain, or else from the senders of the first messages (Sent mail is written by
the company, so the most common From domain is its own).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from email.parser import BytesHeaderParser
from email.utils import getaddresses

from guard.errors import GuardError
from guard.policy.rules import load_policy
from guard.registry.learn_collect import Collector, Counts, ProductBook
from guard.registry.learn_draft import Draft, build_draft
from guard.registry.learn_rules import load_learn_rules
from guard.registry.learn_sources import Source
from guard.registry.learn_tables import TableReader
from guard.registry.model import Company, Registry

SNIFF = 200  # messages read (headers only) to find the company's domains


def sniff_company(sources: Iterable[Source]) -> tuple[str, ...]:
    """The From domains of the first messages that send at least a third of them."""
    seen: Counter = Counter()
    parser = BytesHeaderParser()
    n = 0
    for source in sources:
        for _, raw in source.messages():
            head = parser.parsebytes(raw[:16384])
            for _, addr in getaddresses(head.get_all("From", [])):
                if "@" in addr:
                    seen[addr.lower().rpartition("@")[2]] += 1
            n += 1
            if n >= SNIFF:
                break
        if n >= SNIFF:
            break
    domains = tuple(d for d, k in seen.most_common() if k * 3 >= n)
    if not domains:
        raise GuardError("cannot tell the company's own mail domain from the senders; give --company-domain")
    return domains


def learn(sources: list[Source], *, base: Registry | None = None, company_domains: tuple[str, ...] = (),
          company_name: str = "", progress: Callable[[int], None] | None = None,
          rules_dir: str | None = None) -> tuple[Draft, Counts]:
    rules = load_learn_rules(rules_dir)
    policy = load_policy()
    tables = TableReader(rules, policy.figures.currencies, policy.figures.units)
    if base is not None:
        company = base.company
        if company_domains:
            company = Company(company.name, tuple(dict.fromkeys(company.domains + company_domains)))
    else:
        domains = company_domains or sniff_company(sources)
        company = Company(company_name or domains[0], domains)
    collector = Collector(rules, tables, frozenset(company.domains), company.name,
                          ProductBook(base.products if base else ()))
    for source in sources:
        for label, raw in source.messages():
            collector.add(label, raw)
            if progress:
                progress(1)
    if base is None and not company_name:
        company = Company(_own_name(collector) or company.name, company.domains)
    return build_draft(collector, company, base), collector.counts


def _own_name(collector: Collector) -> str | None:
    """The company's legal name: the name seen with the most correspondents (our signature)."""
    best = max(collector.name_owners.items(), key=lambda kv: len(kv[1]), default=None)
    if not best or len(best[1]) < 3:
        return None
    key = best[0]
    names: Counter = Counter()
    for c in collector.people.values():
        for name, seen in c.names.items():
            from guard.detect.ner import compact_key

            if compact_key(name) == key:
                names[name] += seen.count
    return names.most_common(1)[0][0] if names else None
