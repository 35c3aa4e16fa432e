"""Alembic environment for guard's store, run programmatically by guard.store.migrate.

guard passes an open connection in `config.attributes["connection"]`; there is no
alembic.ini on the user's side and no offline (SQL script) mode.
"""

from __future__ import annotations

from alembic import context

from guard.store.migrate import include_object
from guard.store.schema import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only reachable when someone runs alembic by hand
    raise RuntimeError("run migrations with `guard db upgrade`, not the alembic command")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",  # SQLite ALTERs go through table copies
    compare_type=True,
    include_object=include_object,
)
with context.begin_transaction():
    context.run_migrations()
