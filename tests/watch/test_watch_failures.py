"""One draft that cannot be checked never stops the others, and a failure after warning
does not warn twice (DESIGN: failure semantics of the watcher)."""

from __future__ import annotations

import hashlib
import threading
from contextlib import contextmanager

import pytest
from support.waiting import wait_for

from guard.errors import StoreError
from guard.watch.ledger import Ledger
from guard.watch.watcher import MAX_DRAFT_FAILURES, MailboxWatcher

from .conftest import eml

pytestmark = pytest.mark.services


def warnings(user):
    return [m for m in user.messages("INBOX") if m["Subject"].startswith("guard: ")]


@contextmanager
def running(watcher: MailboxWatcher):
    stop = threading.Event()
    t = threading.Thread(target=watcher.run, args=(stop,), daemon=True)
    t.start()
    try:
        yield
    finally:
        stop.set()
        t.join(10)
        assert not t.is_alive(), "the watcher did not stop within 10 s"


def sha256_of(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def uidvalidity_of(user) -> int:
    with user.client() as c:
        return int(c.select_folder("Drafts", readonly=True)[b"UIDVALIDITY"])


def fast_box(user):
    return user.box(idle=False, poll_seconds=0.2, backoff_max_seconds=1.0)


def test_a_draft_that_cannot_be_checked_does_not_stop_the_others(mailuser, engine, store):
    poison = eml("clean_draft.eml")
    bad = mailuser.append_draft("clean_draft.eml")   # the lowest UID: checked first on every scan
    good = mailuser.append_draft("leak_draft.eml")
    calls = {"bad": 0}

    def checker(raw: bytes):
        if raw == poison:
            calls["bad"] += 1
            raise RuntimeError("engine bug on this draft")
        return engine.check_bytes(raw)

    errors: list[str] = []
    w = MailboxWatcher(fast_box(mailuser), checker, store, on_status=lambda s: None, on_error=errors.append)
    ledger = Ledger(store, "lily")
    with running(w):
        wait_for(lambda: "$GuardBlock" in mailuser.flags().get(good, set()), 15)
        wait_for(lambda: ledger.by_hash(sha256_of(poison)), 15, why=lambda: "\n".join(errors))
        scans = w.counters.scans
        wait_for(lambda: w.counters.scans >= scans + 2, 10)
    assert len(warnings(mailuser)) == 1
    assert ledger.by_hash(sha256_of(poison)).verdict == "error"
    assert calls["bad"] == MAX_DRAFT_FAILURES, "a draft recorded as error is not checked again"
    assert w.counters.draft_errors == MAX_DRAFT_FAILURES
    assert any(f"draft UID {bad} in Drafts could not be checked" in e and "engine bug" in e for e in errors)
    assert mailuser.password not in "\n".join(errors)


def test_a_warning_is_not_appended_again_when_remembering_it_failed(mailuser, engine, store):
    uid = mailuser.append_draft("leak_draft.eml")
    errors: list[str] = []
    w = MailboxWatcher(fast_box(mailuser), engine.check_bytes, store, on_status=lambda s: None,
                       on_error=errors.append)
    real, failed = w.ledger.remember, []

    def flaky(*a, **kw):
        if not failed:
            failed.append(1)
            raise StoreError("database is locked (simulated transient failure)")
        return real(*a, **kw)

    w.ledger.remember = flaky
    with running(w):
        wait_for(lambda: uid in w.ledger.known_uids("Drafts", uidvalidity_of(mailuser)), 15,
                 why=lambda: "\n".join(errors))
        scans = w.counters.scans
        wait_for(lambda: w.counters.scans >= scans + 2, 10)
    assert failed, "the ledger's remember must have failed once for this test to mean anything"
    [warning] = warnings(mailuser)
    raw = eml("leak_draft.eml")
    assert warning["X-Guard-Draft"] == f"lily/{uidvalidity_of(mailuser)}/{uid}/{sha256_of(raw)}"
    assert w.counters.warned == 1
