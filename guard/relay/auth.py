"""SMTP AUTH for the relay: a users file of `name:hash` lines, hashes made by scrypt.

Kept apart from the console's users on purpose: mail clients and MTAs authenticate with
service passwords an admin rotates independently of officers' console logins.
`guard serve --hash-password` prints a line for the file.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import logging
import os
from pathlib import Path

from aiosmtpd.smtp import AuthResult, LoginPassword

from guard.errors import ConfigError

log = logging.getLogger("guard.relay")
N, R, P = 2**14, 8, 1
MAX_FAILURES = 3  # failed AUTH attempts on one connection before it is closed with 421


def hash_password(password: str) -> str:
    salt = os.urandom(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=N, r=R, p=P, dklen=32)
    b64 = base64.b64encode
    return f"scrypt${N}${R}${P}${b64(salt).decode()}${b64(digest).decode()}"


def verify_password(password: str, encoded: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = encoded.split("$")
        if scheme != "scrypt":
            return False
        want = base64.b64decode(digest)
        got = hashlib.scrypt(password.encode(), salt=base64.b64decode(salt), n=int(n), r=int(r), p=int(p),
                             dklen=len(want), maxmem=128 * 1024 * 1024)
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(got, want)


def load_users(path: Path) -> dict[str, str]:
    """name -> hash. Blank lines and lines starting with # are ignored."""
    users: dict[str, str] = {}
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as e:
        raise ConfigError(f"{path}: cannot read the relay's users file: {e.strerror}") from None
    for no, line in enumerate(lines, 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        name, sep, encoded = line.partition(":")
        if not sep or not name or not encoded.startswith("scrypt$"):
            raise ConfigError(f"{path}:{no}: expected `name:scrypt$...` (make one with guard serve --hash-password)")
        users[name] = encoded
    return users


class UsersAuthenticator:
    """aiosmtpd authenticator for PLAIN and LOGIN against the users file."""

    def __init__(self, users: dict[str, str]):
        self.users = users
        self._known: set[bytes] = set()  # digests of recently verified (name, hash, password)

    def __call__(self, server, session, envelope, mechanism, auth_data) -> AuthResult:
        if not isinstance(auth_data, LoginPassword):
            return AuthResult(success=False, handled=False)
        name = auth_data.login.decode("utf-8", "replace")
        encoded = self.users.get(name)
        password = auth_data.password.decode("utf-8", "replace")
        # scrypt costs ~50 ms: the relay calls this in a thread (see GuardSMTP.smtp_AUTH), and an
        # MTA signing in per message with a password already verified skips it (a wrong password
        # always pays the full cost, and a connection gets MAX_FAILURES of them).
        token = hashlib.sha256(f"{name}\0{encoded}\0{password}".encode()).digest()
        ok = encoded is not None and (token in self._known or verify_password(password, encoded))
        if ok and len(self._known) < 1024:
            self._known.add(token)
        log.info("AUTH %s for %r from %s", "succeeded" if ok else "failed", name, session.peer[0])
        return AuthResult(success=ok, auth_data=name if ok else None, handled=False)
