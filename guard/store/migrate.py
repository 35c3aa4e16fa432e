"""Schema migrations with alembic, run from guard's own package directory.

Users never see alembic: `guard db upgrade` (or Store.upgrade()) brings any store to the
newest revision; long-running commands call `require_current()` at start-up so a store at
the wrong version fails with one clear sentence instead of an SQL error mid-message.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config as AlembicConfig
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect
from sqlalchemy.exc import SQLAlchemyError

from guard.errors import StoreError

MIGRATIONS = Path(__file__).with_name("migrations")
# full-text search objects made by migration d16a that schema.py cannot describe
SEARCH_OBJECTS = {("table", "messages_fts"), ("column", "search"), ("index", "ix_messages_search")}


def include_object(obj, name, type_, reflected, compare_to) -> bool:
    """For schema comparisons: leave out the search objects (and FTS5's shadow tables)."""
    if type_ == "table" and name and name.startswith("messages_fts"):
        return False
    return (type_, name) not in SEARCH_OBJECTS


def _alembic_config() -> AlembicConfig:
    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    """The newest revision this version of guard knows."""
    return ScriptDirectory.from_config(_alembic_config()).get_current_head() or ""


def current_revision(store) -> str | None:
    """The store's revision, or None for an empty (never migrated) database."""
    try:
        with store.engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()
    except SQLAlchemyError as e:
        raise StoreError(f"cannot read the schema version of {store.display_url}: {_first_line(e)}") from e


def upgrade(store, revision: str = "head") -> tuple[str | None, str]:
    """Migrate the store to `revision`; returns (before, after). Safe to run again."""
    cfg = _alembic_config()
    try:
        before = current_revision(store)
        if before is None:
            _refuse_unversioned(store)
        with store.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revision)
        return before, current_revision(store) or ""
    except SQLAlchemyError as e:
        raise StoreError(f"cannot upgrade store {store.display_url}: {_first_line(e)}") from e


def require_current(store) -> None:
    """Raise StoreError unless the store is at this guard's newest revision."""
    have, want = current_revision(store), head_revision()
    if have != want:
        state = "empty" if have is None else f"at schema {have}"
        raise StoreError(f"the store {store.display_url} is {state} but guard needs schema {want}: "
                         "run `guard db upgrade` first")


def _refuse_unversioned(store) -> None:
    # A database with guard's tables but no version row was made by hand or by an old
    # placeholder; migrating it would fail half-way on "table exists".
    tables = set(inspect(store.engine).get_table_names())
    if "messages" in tables:
        raise StoreError(f"the store {store.display_url} has guard's tables but no schema version; "
                         "move it aside (or drop its tables) and run `guard db upgrade` again")


def _first_line(e: Exception) -> str:
    return f"{e.__class__.__name__}: {str(e).splitlines()[0] if str(e) else ''}"
