"""`guard db upgrade`: alembic migrations from guard's package, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text

from guard.errors import StoreError
from guard.store import migrate, schema


def test_upgrade_creates_every_table_at_the_newest_revision(empty_store):
    before, after = migrate.upgrade(empty_store)
    assert before is None and after == migrate.head_revision()
    assert set(schema.Base.metadata.tables) <= set(inspect(empty_store.engine).get_table_names())


def test_upgrade_twice_changes_nothing(empty_store):
    migrate.upgrade(empty_store)
    head = migrate.head_revision()
    assert migrate.upgrade(empty_store) == (head, head)


def test_migrations_match_the_schema_module(store):
    with store.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_object": migrate.include_object})
        diff = compare_metadata(context, schema.Base.metadata)
    assert diff == [], "schema.py and the migrations drifted: add a migration under guard/store/migrations/versions"


def test_an_empty_store_is_refused_with_the_command_to_run(empty_store):
    with pytest.raises(StoreError, match="run `guard db upgrade`"):
        migrate.require_current(empty_store)


def test_a_current_store_is_accepted(store):
    migrate.require_current(store)


def test_tables_without_a_version_are_not_migrated_over(empty_store):
    schema.Base.metadata.create_all(empty_store.engine)
    with pytest.raises(StoreError, match="no schema version"):
        migrate.upgrade(empty_store)


def test_sqlite_store_runs_in_wal_mode(tmp_path):
    from guard.store.db import Store

    s = Store(f"sqlite:///{tmp_path / 'g.db'}")
    s.upgrade()
    with s.engine.connect() as c:
        assert c.execute(text("PRAGMA journal_mode")).scalar() == "wal"


def test_unreachable_database_is_a_store_error():
    from guard.store.db import Store

    s = Store("postgresql+psycopg://postgres@127.0.0.1:1/none?connect_timeout=2")
    with pytest.raises(StoreError, match="127.0.0.1:1"):
        migrate.upgrade(s)
