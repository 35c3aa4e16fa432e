"""Stores for the registry tests: SQLite in tmp_path, and PostgreSQL in a schema of its own per test."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import create_engine, text

from guard.store.db import Store

PG_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


@pytest.fixture
def pg_url():
    """The URL of a fresh PostgreSQL schema (dropped afterwards); search_path is set in the URL."""
    schema = f"guard_registry_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_URL)
    with admin.begin() as c:
        c.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield f"{PG_URL}?options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as c:
            c.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture
def sqlite_url(tmp_path):
    return f"sqlite:///{tmp_path / 'guard.db'}"


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store(request):
    url = request.getfixturevalue("sqlite_url" if request.param == "sqlite" else "pg_url")
    s = Store(url)
    s.upgrade()
    yield s
    s.engine.dispose()
