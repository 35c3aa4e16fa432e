"""The vocabulary `guard registry learn` reads mail with, from rules/learn/*.toml (data, not code)."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from guard.detect.orgnames import OrgNameFinder
from guard.detect.wordlists import word_alternation
from guard.errors import RulesError
from guard.rulesdir import RULES_DIR

DEFAULT_DIR = RULES_DIR / "learn"
COLUMN_ROLES = ("item", "description", "quantity", "unit", "price", "amount")


def _read(path: Path) -> dict:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
        raise RulesError(f"{path}: {e}") from None


@dataclass(frozen=True)
class LearnRules:
    freemail: frozenset[str]
    cctld: dict[str, str]
    countries: dict[str, str]
    country_names: re.Pattern
    bulk_headers: tuple[tuple[str, str], ...]   # (header name, value substring or "")
    max_recipients: int
    doc_kinds: re.Pattern
    columns: dict[str, re.Pattern]
    row_end: re.Pattern
    date_labels: re.Pattern
    orgs: OrgNameFinder

    def is_freemail(self, domain: str) -> bool:
        labels = domain.lower().split(".")
        return any(".".join(labels[i:]) in self.freemail for i in range(len(labels) - 1))

    def country_of_domain(self, domain: str) -> str | None:
        tld = domain.lower().rsplit(".", 1)[-1]
        if tld in self.cctld:
            return self.cctld[tld] or None
        return tld.upper() if len(tld) == 2 and tld.isalpha() else None

    def country_in(self, text: str) -> str | None:
        """The last country name in text (an address block ends with the country)."""
        found = None
        for m in self.country_names.finditer(text):
            found = self.countries[m.group().lower()]
        return found


@lru_cache(maxsize=4)
def load_learn_rules(directory: str | None = None) -> LearnRules:
    d = Path(directory) if directory else DEFAULT_DIR
    free = _read(d / "freemail.toml")
    docs = _read(d / "documents.toml")
    mail = _read(d / "mail.toml")
    try:
        countries = {k.lower(): v for k, v in mail["countries"].items()}
        bulk = []
        for h in mail["bulk_headers"]:
            name, _, value = h.lower().partition(":")
            bulk.append((name, value))
        columns = {role: word_alternation(docs["columns"][role]) for role in COLUMN_ROLES}
        return LearnRules(
            freemail=frozenset(x.lower() for x in free["domains"]),
            cctld={k.lower(): v for k, v in mail.get("cctld", {}).items()},
            countries=countries,
            country_names=word_alternation(countries),
            bulk_headers=tuple(bulk),
            max_recipients=int(mail.get("max_recipients", 8)),
            doc_kinds=word_alternation(docs["kinds"]),
            columns=columns,
            row_end=word_alternation(docs["rows"]["end"]),
            date_labels=word_alternation(docs["dates"]["labels"]),
            orgs=OrgNameFinder(_read(d / "legal_forms.toml"), str(d / "legal_forms.toml")),
        )
    except (KeyError, TypeError, ValueError, AttributeError) as e:
        raise RulesError(f"{d}: invalid learn vocabulary: missing or wrong {e}") from None
