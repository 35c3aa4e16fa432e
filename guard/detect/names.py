"""Registry names, aliases, contact names, products, domains and addresses in text."""

from __future__ import annotations

import re
import tomllib
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

from guard.detect.evidence import Evidence
from guard.detect.normalize import is_cjk, normalize_text
from guard.detect.senses import load_senses, ordinary_words
from guard.errors import RulesError
from guard.registry.index import Index, NameEntry

_DOMAIN = re.compile(
    r"(?<![\w.@'+-])(?:([\w.+'-]{1,64})@)?((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24})(?![\w-])",
    re.IGNORECASE)
@dataclass(frozen=True)
class Dropped:
    """A registry name matched in the text but read in another sense there."""

    text: str
    start: int
    end: int
    account: str | None
    why: str


_SPACE = re.compile(r"\s+")
ENDINGS_FILE = Path(str(files("guard").joinpath("rules"))) / "words" / "endings.toml"
_DOT = r"(?:\s*[\[(]\s*dot\s*[\])]\s*|\s+dot\s+)"
_SPELT_DOMAIN = re.compile(rf"(?<![\w.-])(?:[a-z0-9-]+(?:{_DOT}|\.))+[a-z]{{2,24}}(?![\w-])(?<=[a-z])", re.IGNORECASE)
_SPELT_DOT = re.compile(_DOT, re.IGNORECASE)
_TLD = re.compile(r"[A-Za-z0-9]\.[A-Za-z]{2,24}(?![\w-])")
_DOMAIN_CHARS = re.compile(r"[\w.@+'-]*")
_LOOK_BACK = 330  # the longest address: a 64-character local part and a 253-character domain


def _latin_word_char(ch: str) -> bool:
    return ch.isalnum() and not is_cjk(ch)


def _verify(entry: NameEntry, original: str) -> str | None:
    """None when the text is written as the entry needs, else why it is not the name."""
    if entry.exact_case:  # same capitals and punctuation; only white space may differ
        return None if _SPACE.sub("", original) == _SPACE.sub("", entry.display) else "not in the registry's capitals"
    if entry.capitalised or entry.ordinary:
        return None if original[:1].isupper() else "ordinary words, not written as a name"
    if entry.one_token:
        return None if not _SPACE.search(original) else "a code split by white space"
    return None


_CJK_LATIN = re.compile(r"(?<=[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff])[a-z0-9]")


def _scan_text(t: str) -> tuple[str, list[int]]:
    """The text the automaton scans: a space in front, and one where a Latin word follows CJK
    ("我们的客户acme"), since Latin names are keyed with a space before them. Returns the
    offsets of the added spaces (after the first) in the scanned text, to map hits back."""
    if t.isascii():
        return " " + t, []
    pos = [m.start() for m in _CJK_LATIN.finditer(t)]
    if not pos:
        return " " + t, []
    pieces, last = [" "], 0
    for p in pos:
        pieces += [t[last:p], " "]
        last = p
    pieces.append(t[last:])
    return "".join(pieces), [p + k + 1 for k, p in enumerate(pos)]


def _plural_end(t: str, end: int, n: int) -> int:
    """The end of "valves" for a match of "valve" ending at `end` (exclusive), else -1."""
    if t.startswith("s", end) and (end + 1 == n or t[end + 1] == " "):
        return end + 1
    if t.startswith("es", end) and (end + 2 == n or t[end + 2] == " "):
        return end + 2
    return -1


@lru_cache(maxsize=1)
def _endings() -> tuple[str, ...]:
    """Cyrillic case endings (rules/words/endings.toml), longest first."""
    try:
        data = tomllib.loads(ENDINGS_FILE.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
        raise RulesError(f"{ENDINGS_FILE}: {e}") from None
    return tuple(sorted(data.get("cyrillic", []), key=len, reverse=True))


def _inflected_end(t: str, end: int, n: int) -> int:
    """The end of "Веломира" for a match of "Веломир" ending at `end` (exclusive), else -1."""
    if not ("\u0400" <= t[end - 1] <= "\u04ff" and "\u0400" <= t[end] <= "\u04ff"):
        return -1
    for ending in _endings():
        stop = end + len(ending)
        if t.startswith(ending, end) and (stop == n or not _latin_word_char(t[stop])):
            return stop
    return -1


def find_names(text: str, index: Index, drops: list[Dropped] | None = None) -> list[Evidence]:
    """Account names and aliases, contact names and product names (also by a description unique
    to one product, and in the plural); longest match wins. `drops` receives the matches read
    in another sense, with the reason (`guard check --explain`)."""
    if index.automaton is None or not text:
        return []
    norm = normalize_text(text)
    t = norm.text
    n = len(t)
    found: list[tuple[int, int, tuple[NameEntry, ...]]] = []
    parts: list[tuple[int, int, NameEntry]] = []  # pieces of long names: candidates for a typo
    scan, spaced = _scan_text(t)
    for end, (length, entries) in index.automaton.iter(scan):  # see Index: Latin keys begin with a space
        end -= 1 + (bisect_left(spaced, end) if spaced else 0)
        start = end - length + 1
        if entries[-1].kind in _PIECES:
            parts += [(start, end + 1, e) for e in entries if e.kind in _PIECES]
            entries = tuple(e for e in entries if e.kind not in _PIECES)
            if not entries:
                continue
        if _latin_word_char(t[start]) and start > 0 and _latin_word_char(t[start - 1]):
            continue
        stop = end + 1
        if _latin_word_char(t[end]) and stop < n and _latin_word_char(t[stop]):
            inflected = _inflected_end(t, stop, n)
            if inflected > 0:
                stop = inflected
            else:
                stop = _plural_end(t, stop, n)
                if stop < 0:
                    continue
                entries = tuple(e for e in entries if e.kind == "product")  # "valves": a product's plural
                if not entries:
                    continue
        found.append((start, stop, entries))
    # Left to right, longest first at each start; a match inside an accepted one is dropped.
    found.sort(key=lambda m: (m[0], m[0] - m[1]))
    reach = -1
    out: list[Evidence] = []
    senses = None
    for start, end, entries in found:
        if end <= reach:
            continue
        a, b = norm.span(start, end)
        original = text[a:b]
        kept = []
        for e in entries:
            why = _verify(e, original)
            if why is None and e.ordinary:
                senses = senses or load_senses()
                why = senses.other_sense(text, a, b)
            if why is None:
                kept.append(e)
            elif drops is not None and e.kind == "name":
                drops.append(Dropped(original, a, b, e.account, why))
        if not kept:
            continue
        reach = max(reach, end)
        for e in kept:
            kind = {"name": "name", "contact": "contact", "product": "product"}[e.kind]
            out.append(Evidence(kind, a, b, original, account=e.account, sku=e.sku))
    if parts:
        out += _typos(text, norm, parts, out)
    if index.descriptions is not None:
        out += _described(text, norm, index, out)
    return out


_PIECES = ("head", "tail")


def _typos(text: str, norm, parts, exact: list[Evidence]) -> list[Evidence]:
    """Long names (8 letters or more) written with one letter wrong, missing, extra or two letters
    swapped ("Hidraulica Mexicana del Nrote"). The automaton found a piece of the name (all but
    its last word, or half of a one-word name); the rest is compared here, so the cost grows with
    those hits only. The wrong word must not be an ordinary word ("Pacifica" is not "pacific")."""
    t, n = norm.text, len(norm.text)
    taken = [(e.start, e.end) for e in exact]
    out: list[Evidence] = []
    words = ordinary_words()
    for ps, pe, entry in parts:
        full = entry.full
        for size in (len(full), len(full) - 1, len(full) + 1):
            s, e = (ps, ps + size) if entry.kind == "head" else (pe - size, pe)
            if s < 0 or e > n or (s > 0 and t[s - 1] != " ") or (e < n and t[e] != " "):
                continue
            cand = t[s:e]
            if cand == full or not _one_edit(cand, full):
                continue
            if any(w in words for w in cand.split() if w not in full.split()):
                continue
            a, b = norm.span(s, e)
            if any(x < b and a < y for x, y in taken) or _verify(entry, text[a:b]) is not None:
                continue
            taken.append((a, b))
            out.append(Evidence("name", a, b, text[a:b], account=entry.account))
            break
    return out


def _one_edit(a: str, b: str) -> bool:
    """Optimal string alignment distance of exactly one: a substitution, an insertion, a deletion
    or two neighbours swapped."""
    if abs(len(a) - len(b)) > 1:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1:] == b[i + 1:] or (a[i + 2:] == b[i + 2:] and a[i:i + 2] == b[i:i + 2][::-1])
    if len(a) > len(b):
        return a[i + 1:] == b[i:]
    return a[i:] == b[i + 1:]


def _described(text: str, norm, index: Index, exact: list[Evidence]) -> list[Evidence]:
    """Products by description, where no name or product name was matched already."""
    taken = [(e.start, e.end) for e in exact]
    return [Evidence("product", a, b, text[a:b], sku=sku) for a, b, sku in index.descriptions.find(text, norm)
            if not any(s < b and a < e for s, e in taken)]


def find_domains(text: str, index: Index, spans: list[tuple[int, int]] | None = None) -> list[Evidence]:
    """Contact addresses, and mail domains or web sites of accounts (also inside URLs, and spelt
    out: "fjordhome dot no"). `spans` receives every address and domain seen."""
    out: list[Evidence] = []
    if "dot" in text or "DOT" in text or "Dot" in text:
        for m in _SPELT_DOMAIN.finditer(text):
            if not _SPELT_DOT.search(m.group()):
                continue  # written as a domain: found below
            domain = _SPELT_DOT.sub(".", m.group()).lower()
            acc = index.account_for_domain(domain)
            if acc:
                out.append(Evidence("domain", m.start(), m.end(), m.group(), account=acc))
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
