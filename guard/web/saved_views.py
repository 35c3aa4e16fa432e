"""Saved views: a user's named log queries ("held for Nordkök", "R4 this week"), one click away.

A view is only the log page's query string, cleaned to the keys the log understands, so
it can never point anywhere but /log.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode

from sqlalchemy import delete, select

from guard.errors import GuardError
from guard.store import schema
from guard.store.db import Store, utcnow

KEYS = ("q", "show", "verdict", "status", "rule", "account", "sender", "recipient", "since", "until", "sort")
NAME_CHARS = 80
MAX_VIEWS = 50
V = schema.SavedView


class ViewError(GuardError):
    """A view that cannot be saved: no name, nothing to save, or too many."""


@dataclass(frozen=True)
class SavedView:
    id: int
    name: str
    query: str


def clean_query(query: str) -> str:
    """The query string with only the log's own keys, empty values dropped."""
    pairs = [(k, v.strip()) for k, v in parse_qsl(query or "", keep_blank_values=False) if k in KEYS and v.strip()]
    return urlencode(pairs)


def list_views(store: Store, user: str) -> list[SavedView]:
    with store.session() as s:
        return [SavedView(v.id, v.name, v.query)
                for v in s.scalars(select(V).where(V.user == user).order_by(V.name))]


def save_view(store: Store, user: str, name: str, query: str) -> SavedView:
    """Save (or replace) the user's view `name`."""
    name = " ".join(name.split())[:NAME_CHARS]
    if not name:
        raise ViewError("give the view a name")
    query = clean_query(query)
    if not query:
        raise ViewError("there is nothing to save: filter or search the log first")
    with store.session() as s:
        old = s.scalar(select(V).where(V.user == user, V.name == name))
        if old is not None:
            old.query = query
            s.flush()
            return SavedView(old.id, old.name, old.query)
        if len(s.scalars(select(V.id).where(V.user == user)).all()) >= MAX_VIEWS:
            raise ViewError(f"you have {MAX_VIEWS} saved views; delete one first")
        v = V(user=user, name=name, query=query, created_at=utcnow())
        s.add(v)
        s.flush()
        return SavedView(v.id, v.name, v.query)


def delete_view(store: Store, user: str, view_id: int) -> bool:
    """Delete one of the user's own views; False if there was none (or not theirs)."""
    with store.session() as s:
        return s.execute(delete(V).where(V.id == view_id, V.user == user)).rowcount == 1
