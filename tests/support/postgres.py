"""A PostgreSQL schema of its own per test, so parallel workers never meet (search_path in the URL).

The server is the one tests/conftest.py chose at the start of the session (support.pgcluster:
GUARD_TEST_PG_URL, else 127.0.0.1:5432, else a throw-away cluster); xdist workers inherit it.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import create_engine, text

from guard.store.db import Store
from support.pgcluster import DEFAULT_PROBE, ENV_URL, url_for


def pg_url() -> str:
    """The session's PostgreSQL database (a URL without a schema)."""
    host, _, port = DEFAULT_PROBE.rpartition(":")
    return os.environ.get(ENV_URL) or url_for(host, int(port))


@contextmanager
def pg_schema(prefix: str) -> Iterator[str]:
    """The URL of a fresh schema `guard_<prefix>_<random>`, dropped on exit."""
    schema = f"guard_{prefix}_{uuid.uuid4().hex[:12]}"
    base = pg_url()
    admin = create_engine(base)
    with admin.begin() as c:
        c.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield f"{base}?options=-csearch_path%3D{schema}"
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
