"""Console users: created, listed and removed by `guard users` and the admin page.

Passwords are stored only as werkzeug scrypt hashes (salted, memory-hard, slow).
verify() costs one hash whether or not the user exists, so timing does not tell
an attacker which names are real.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from werkzeug.security import check_password_hash, generate_password_hash

from guard.errors import GuardError
from guard.store import schema
from guard.store.db import Store, utcnow
from guard.web.queries import add_audit

ROLES = ("officer", "admin")
MIN_PASSWORD = 10
HASH_METHOD = "scrypt:32768:8:1"  # werkzeug's default cost, spelt out: ~80 ms and 32 MiB per hash
NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@-]{0,119}$")
# Compared against when the name is unknown, so an unknown name costs as much as a wrong password.
_DUMMY_HASH = generate_password_hash("guard-dummy-password", method=HASH_METHOD)


class UserError(GuardError):
    """Raised when a user cannot be added, removed or changed (bad name, role, or password)."""


@dataclass(frozen=True)
class UserInfo:
    name: str
    role: str
    created_at: datetime


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise UserError(f"the password must be at least {MIN_PASSWORD} characters")


def add_user(store: Store, name: str, role: str, password: str, *, by: str) -> UserInfo:
    """Create a user; `by` is who did it, for the audit log."""
    if not NAME_RE.match(name):
        raise UserError(f"bad user name {name!r}: use letters, digits, '.', '_', '@' or '-'")
    if role not in ROLES:
        raise UserError(f"bad role {role!r}: use one of {', '.join(ROLES)}")
    _check_password(password)
    digest = generate_password_hash(password, method=HASH_METHOD)
    with store.session() as s:
        if s.scalar(select(schema.User.id).where(schema.User.name == name)) is not None:
            raise UserError(f"user {name!r} already exists")
        row = schema.User(name=name, role=role, password_hash=digest, created_at=utcnow())
        s.add(row)
    add_audit(store, by, "user.add", name, f"role {role}")
    return UserInfo(name, role, row.created_at)


def set_password(store: Store, name: str, password: str, *, by: str) -> None:
    _check_password(password)
    digest = generate_password_hash(password, method=HASH_METHOD)
    with store.session() as s:
        row = s.scalar(select(schema.User).where(schema.User.name == name))
        if row is None:
            raise UserError(f"no user {name!r}")
        row.password_hash = digest
    add_audit(store, by, "user.password", name, "")


def remove_user(store: Store, name: str, *, by: str) -> None:
    """Remove a user. The last admin cannot be removed (nobody could manage users after)."""
    with store.session() as s:
        row = s.scalar(select(schema.User).where(schema.User.name == name))
        if row is None:
            raise UserError(f"no user {name!r}")
        if row.role == "admin":
            admins = s.scalar(select(func.count()).select_from(schema.User).where(schema.User.role == "admin"))
            if admins <= 1:
                raise UserError(f"{name!r} is the last admin; add another admin first")
        s.delete(row)
    from guard.web.sessions import end_all

    end_all(store, name)
    add_audit(store, by, "user.remove", name, "")


def list_users(store: Store) -> list[UserInfo]:
    with store.session() as s:
        rows = s.execute(select(schema.User.name, schema.User.role, schema.User.created_at)
                         .order_by(schema.User.name)).all()
    return [UserInfo(*r) for r in rows]


def get_user(store: Store, name: str) -> UserInfo | None:
    with store.session() as s:
        r = s.execute(select(schema.User.name, schema.User.role, schema.User.created_at)
                      .where(schema.User.name == name)).first()
    return UserInfo(*r) if r else None


def verify(store: Store, name: str, password: str) -> UserInfo | None:
    """The user when the password matches, else None (same cost either way)."""
    found = verify_for_session(store, name, password)
    return found[0] if found else None

def session_user(store: Store, name: str) -> tuple[UserInfo, str] | None:
    """The user and a fingerprint of their password hash, or None if the user is gone.

    A session remembers the fingerprint; a password change or removal ends old sessions.
    """
    with store.session() as s:
        r = s.execute(select(schema.User.name, schema.User.role, schema.User.created_at,
                             schema.User.password_hash).where(schema.User.name == name)).first()
    if r is None:
        return None
    return UserInfo(r[0], r[1], r[2]), fingerprint(r[3])


def fingerprint(password_hash: str) -> str:
    return hashlib.sha256(password_hash.encode()).hexdigest()[:20]


def verify_for_session(store: Store, name: str, password: str) -> tuple[UserInfo, str] | None:
    """verify(), also returning the fingerprint a new session stores."""
    with store.session() as s:
        r = s.execute(select(schema.User.name, schema.User.role, schema.User.created_at,
                             schema.User.password_hash).where(schema.User.name == name)).first()
    if r is None:
        check_password_hash(_DUMMY_HASH, password)
        return None
    if not check_password_hash(r[3], password):
        return None
    return UserInfo(r[0], r[1], r[2]), fingerprint(r[3])
