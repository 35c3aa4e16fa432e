"""The store: checked messages, findings, the quarantine, reviews, audit, users, watcher state.

SQLite by default (embedded, WAL), PostgreSQL or any SQLAlchemy URL by configuration.
"""
