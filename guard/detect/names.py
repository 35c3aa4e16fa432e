"""Registry names, aliases, contact names, products, domains and addresses in text."""

from __future__ import annotations

import re

from guard.detect.evidence import Evidence
from guard.detect.normalize import is_cjk, normalize_text
from guard.registry.index import Index, NameEntry

_DOMAIN = re.compile(
    r"(?<![\w.@'+-])(?:([\w.+'-]{1,64})@)?((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24})(?![\w-])",
    re.IGNORECASE)
_SPACE = re.compile(r"\s+")
_TLD = re.compile(r"[A-Za-z0-9]\.[A-Za-z]{2,24}(?![\w-])")
_DOMAIN_CHARS = re.compile(r"[\w.@+'-]*")
_LOOK_BACK = 330  # the longest address: a 64-character local part and a 253-character domain


def _latin_word_char(ch: str) -> bool:
    return ch.isalnum() and not is_cjk(ch)


def _verify(entry: NameEntry, original: str) -> bool:
    if entry.exact_case:  # same capitals and punctuation; only white space may differ
        return _SPACE.sub("", original) == _SPACE.sub("", entry.display)
    if entry.capitalised:
        return original[:1].isupper()
    if entry.one_token:
        return not _SPACE.search(original)
    return True


def find_names(text: str, index: Index) -> list[Evidence]:
    """Account names and aliases, contact names and product names; longest match wins."""
    if index.automaton is None or not text:
        return []
    norm = normalize_text(text)
    t = norm.text
    n = len(t)
    found: list[tuple[int, int, tuple[NameEntry, ...]]] = []
    for end, (length, entries) in index.automaton.iter(t):
        start = end - length + 1
        if _latin_word_char(t[start]) and start > 0 and _latin_word_char(t[start - 1]):
            continue
        if _latin_word_char(t[end]) and end + 1 < n and _latin_word_char(t[end + 1]):
            continue
        found.append((start, end + 1, entries))
    if not found:
        return []
    # Left to right, longest first at each start; a match inside an accepted one is dropped.
    found.sort(key=lambda m: (m[0], m[0] - m[1]))
    reach = -1
    out: list[Evidence] = []
    for start, end, entries in found:
        if end <= reach:
            continue
        a, b = norm.span(start, end)
        original = text[a:b]
        kept = [e for e in entries if _verify(e, original)]
        if not kept:
            continue
        reach = max(reach, end)
        for e in kept:
            kind = {"name": "name", "contact": "contact", "product": "product"}[e.kind]
            out.append(Evidence(kind, a, b, original, account=e.account, sku=e.sku))
    return out


def find_domains(text: str, index: Index, spans: list[tuple[int, int]] | None = None) -> list[Evidence]:
    """Contact addresses, and mail domains or web sites of accounts (also inside URLs).
    `spans` receives every address and domain seen, an account's or not."""
    out: list[Evidence] = []
    done = 0
    for tld in _TLD.finditer(text):  # a dot and letters: rare in prose, so look only around them
        if tld.start() < done:
            continue
        end = _DOMAIN_CHARS.match(text, tld.end()).end()
        for m in _DOMAIN.finditer(text, max(done, tld.start() - _LOOK_BACK), end):
            _domain_evidence(m, index, out, spans)
        done = end
    return out


def _domain_evidence(m: re.Match, index: Index, out: list[Evidence], spans) -> None:
    if spans is not None:
        spans.append(m.span())
    local, domain = m.group(1), m.group(2)
    if local:
        acc = index.contact_emails.get(f"{local}@{domain}".lower())
        if acc:
            out.append(Evidence("contact", m.start(), m.end(), m.group(), account=acc))
            return
    acc = index.account_for_domain(domain)
    if acc:
        out.append(Evidence("domain", m.start(), m.end(), m.group(), account=acc))
