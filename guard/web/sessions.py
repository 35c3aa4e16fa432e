"""Console sessions kept on the server (issue 18.5): the signed cookie carries a random token,
the store a hash of it; sign-out deletes the row, so a copied cookie then gets the sign-in page.

Expired rows are swept at each sign-in; `end_all` ends every session of one user (removal).
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta

from sqlalchemy import delete, select

from guard.store import schema
from guard.store.db import Store, utcnow


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def start(store: Store, user_name: str, hours: float) -> str:
    """A new session for `user_name`, valid `hours`; returns the token the cookie carries."""
    token = secrets.token_urlsafe(32)
    now = utcnow()
    with store.session() as s:
        s.execute(delete(schema.WebSession).where(schema.WebSession.expires_at <= now))
        s.add(schema.WebSession(token_hash=_hash(token), user_name=user_name, created_at=now,
                                expires_at=now + timedelta(hours=hours)))
    return token


def alive(store: Store, token: str, user_name: str) -> bool:
    """True while the session is open: not signed out, not expired, and of this user."""
    if not token:
        return False
    with store.session() as s:
        found = s.scalar(select(schema.WebSession.user_name).where(
            schema.WebSession.token_hash == _hash(token), schema.WebSession.expires_at > utcnow()))
    return found == user_name


def end(store: Store, token: str) -> None:
    """Sign-out: the session is gone for every copy of its cookie."""
    if token:
        with store.session() as s:
            s.execute(delete(schema.WebSession).where(schema.WebSession.token_hash == _hash(token)))


def end_all(store: Store, user_name: str) -> None:
    with store.session() as s:
        s.execute(delete(schema.WebSession).where(schema.WebSession.user_name == user_name))
