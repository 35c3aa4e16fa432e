"""Stores for the registry tests: SQLite in tmp_path, and PostgreSQL in a schema of its own per test."""

from __future__ import annotations

import pytest
from support.postgres import pg_schema

from guard.store.db import Store


@pytest.fixture
def pg_url():
    """The URL of a fresh PostgreSQL schema (dropped afterwards); search_path is set in the URL."""
    with pg_schema("registry") as url:
        yield url


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
