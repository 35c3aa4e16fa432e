"""Alembic migrations of the store (see guard.store.migrate)."""
