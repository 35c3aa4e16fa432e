"""The log's search box on the store's own full-text index (migration d16a).

What an officer types is split into terms at white space ("quoted words" stay one term);
each term is split into words at every non-alphanumeric character, as the index was, and
must appear as a phrase, its last word as a prefix: `USD 12.4` finds "USD 12.40", `nordk`
finds "Nordkök" (SQLite folds diacritics; PostgreSQL's "simple" configuration does not).
Every term must match (AND). Nothing typed is ever passed to the index's query syntax
as-is, so no input is a syntax error.
"""

from __future__ import annotations

import re

from sqlalchemy import text

WORD = re.compile(r"[^\W_]+")
TERM = re.compile(r'"([^"]*)"|(\S+)')
MAX_TERMS = 12


def terms(query: str) -> list[list[str]]:
    """The words of each term, lower-cased; terms without a word are dropped."""
    out = []
    for quoted, bare in TERM.findall(query or ""):
        words = [w.lower() for w in WORD.findall(quoted or bare)]
        if words:
            out.append(words[:16])
    return out[:MAX_TERMS]


def fts5_query(query: str) -> str:
    """`"usd"* AND "12 40"*` for an FTS5 MATCH."""
    return " AND ".join(f'"{" ".join(words)}"*' for words in terms(query))


def tsquery(query: str) -> str:
    """`'usd':* & ('12' <-> '40':*)` for PostgreSQL's to_tsquery('simple', ...)."""
    parts = []
    for words in terms(query):
        lexemes = [f"'{w}'" for w in words[:-1]] + [f"'{words[-1]}':*"]
        parts.append(lexemes[0] if len(lexemes) == 1 else "(" + " <-> ".join(lexemes) + ")")
    return " & ".join(parts)


def search_clause(store, query: str):
    """A WHERE clause on `messages` for the search box, or None when nothing searchable was typed."""
    if not terms(query):
        return None
    if store.is_sqlite:
        return text("messages.id IN (SELECT rowid FROM messages_fts WHERE messages_fts MATCH :fts)").bindparams(
            fts=fts5_query(query))
    return text("messages.search @@ to_tsquery('simple', :fts)").bindparams(fts=tsquery(query))
