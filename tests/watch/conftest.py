"""Fixtures for the watcher: a private Dovecot per test module, a fresh mail user per test
(with a Drafts folder marked \\Drafts), a store on PostgreSQL, and a watcher running in a
background thread (with the real `engine` and SQLite `store` of tests/conftest.py)."""

from __future__ import annotations

import email
import email.policy
import threading
import uuid
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

import pytest
from imapclient import IMAPClient
from support.dovecot import Dovecot
from support.files import FIXTURES, crlf
from support.postgres import fresh_pg_store
from support.waiting import wait_for

from guard.engine import Engine
from guard.store.db import Store
from guard.watch.config import MailboxConfig
from guard.watch.watcher import MailboxWatcher

DRAFTS = FIXTURES / "watch"


def eml(name: str) -> bytes:
    """A fixture draft with CRLF line ends, as a mail client APPENDs it."""
    return crlf((DRAFTS / name).read_bytes())


@dataclass
class MailUser:
    """One Dovecot user and an IMAP client of its own (the 'mail client' of the test)."""

    dovecot: Dovecot
    name: str
    password: str
    password_file: Path

    def client(self) -> IMAPClient:
        return self.dovecot.client(self.name, self.password)

    def box(self, name: str = "lily", **overrides) -> MailboxConfig:
        base = MailboxConfig(name=name, host="127.0.0.1", port=self.dovecot.port, tls="none", user=self.name,
                             password_file=self.password_file, backoff_max_seconds=2.0, timeout_seconds=10.0)
        return replace(base, **overrides)

    def append_draft(self, fixture: str, folder: str = "Drafts") -> int:
        with self.client() as c:
            resp = c.append(folder, eml(fixture), flags=[b"\\Draft", b"\\Seen"])
        return int(resp.split(b"APPENDUID ")[1].split()[1].rstrip(b"]"))

    def expunge(self, uid: int, folder: str = "Drafts") -> None:
        with self.client() as c:
            c.select_folder(folder)
            c.delete_messages([uid])
            c.uid_expunge([uid])

    def flags(self, folder: str = "Drafts") -> dict[int, set[str]]:
        with self.client() as c:
            c.select_folder(folder, readonly=True)
            data = c.fetch(c.search("ALL"), ["FLAGS"])
        return {uid: {f.decode() for f in d[b"FLAGS"]} for uid, d in data.items()}

    def messages(self, folder: str = "INBOX") -> list[email.message.EmailMessage]:
        with self.client() as c:
            c.select_folder(folder, readonly=True)
            uids = c.search("ALL")
            data = c.fetch(uids, ["BODY.PEEK[]"]) if uids else {}
        return [email.message_from_bytes(data[u][b"BODY[]"], policy=email.policy.default) for u in sorted(data)]


def new_user(dovecot: Dovecot, tmp_path: Path, *, drafts: bool = True) -> MailUser:
    name, password = f"u{uuid.uuid4().hex[:10]}", f"pw-{uuid.uuid4().hex[:12]}"
    dovecot.add_user(name, password)
    pw = tmp_path / f"{name}.password"
    pw.write_text(password + "\n")
    user = MailUser(dovecot, name, password, pw)
    if drafts:
        with user.client() as c:
            c.create_folder("Drafts")
    return user


@pytest.fixture
def mailuser(dovecot, tmp_path) -> MailUser:
    return new_user(dovecot, tmp_path)


@dataclass
class Running:
    watcher: MailboxWatcher
    status: list[str]
    errors: list[str]


@contextmanager
def watching(box: MailboxConfig, engine: Engine, store: Store):
    """A watcher on its own thread (as `guard watch` runs it), stopped and joined on exit."""
    status: list[str] = []
    errors: list[str] = []
    w = MailboxWatcher(box, engine.check_bytes, store, on_status=status.append, on_error=errors.append)
    stop = threading.Event()
    t = threading.Thread(target=w.run, args=(stop,), daemon=True)
    t.start()
    try:
        wait_for(lambda: w.counters.scans or errors, 15)
        yield Running(w, status, errors)
    finally:
        stop.set()
        t.join(10)
        assert not t.is_alive(), "the watcher did not stop within 10 s"


def run_once(box: MailboxConfig, engine: Engine, store: Store) -> tuple[bool, MailboxWatcher, list[str]]:
    errors: list[str] = []
    w = MailboxWatcher(box, engine.check_bytes, store, on_status=lambda s: None, on_error=errors.append)
    ok = w.run(threading.Event(), once=True)
    return ok, w, errors


@pytest.fixture
def pg_store():
    """A Store on a PostgreSQL schema of its own (parallel workers never share one)."""
    with fresh_pg_store("watch") as s:
        s.upgrade()
        yield s
