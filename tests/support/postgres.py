"""A PostgreSQL schema of its own per test, so parallel workers never meet (search_path in the URL)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import create_engine, text

from guard.store.db import Store

PG_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


@contextmanager
def pg_schema(prefix: str) -> Iterator[str]:
    """The URL of a fresh schema `guard_<prefix>_<random>`, dropped on exit."""
    schema = f"guard_{prefix}_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_URL)
    with admin.begin() as c:
        c.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield f"{PG_URL}?options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as c:
            c.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@contextmanager
def fresh_pg_store(prefix: str) -> Iterator[Store]:
    """A Store on a fresh schema, with no tables yet (call upgrade()); disposed and dropped on exit."""
    with pg_schema(prefix) as url:
        store = Store(url)
        try:
            yield store
        finally:
            store.engine.dispose()
