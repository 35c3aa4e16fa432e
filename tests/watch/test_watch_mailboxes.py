"""Watching: IDLE or polling, status lines, and mailboxes that fail on their own (issue 6,
"What must work" 2 and 4, and the bar "the other mailboxes go on")."""

from __future__ import annotations

import threading
import time

import pytest
from support.ports import free_port
from support.waiting import wait_for

from guard.watch.imap import MailboxSession
from guard.watch.watcher import MailboxWatcher, run_watchers

from .conftest import new_user, watching

pytestmark = pytest.mark.services


def inbox_count(user) -> int:
    return len(user.messages("INBOX"))


def test_status_line_names_mailbox_server_drafts_folder_and_idle(mailuser, engine, store):
    with watching(mailuser.box(), engine, store) as run:
        assert run.status == [f"lily: connected to 127.0.0.1:{mailuser.dovecot.port}, Drafts=Drafts, IDLE"]


def test_idle_reports_a_new_draft_without_polling(mailuser, engine, store):
    with watching(mailuser.box(poll_seconds=3600, idle_seconds=3600), engine, store) as run:
        mailuser.append_draft("leak_draft.eml")
        wait_for(lambda: inbox_count(mailuser) == 1, 10)
        assert run.watcher.counters.connects == 1 and not run.errors


def test_a_draft_announced_during_a_scan_is_not_missed_by_idle(mailuser):
    session = MailboxSession.open(mailuser.box())
    try:
        stop = threading.Event()
        session.wait(0.1, stop)  # SELECT's own EXISTS
        mailuser.append_draft("clean_draft.eml")
        assert session.uids() == set()  # Dovecot searched first, then said EXISTS at the end
        t0 = time.monotonic()
        session.wait(5, stop)  # IDLE would not repeat that EXISTS: wait must return at once
        assert time.monotonic() - t0 < 0.5
        assert len(session.uids()) == 1
    finally:
        session.close()


def test_polls_every_n_seconds_where_idle_is_off(mailuser, engine, store):
    with watching(mailuser.box(idle=False, poll_seconds=0.3), engine, store) as run:
        assert run.status[0].endswith("Drafts=Drafts, polling every 0.3 s")
        mailuser.append_draft("leak_draft.eml")
        wait_for(lambda: inbox_count(mailuser) == 1, 10)


def _once(*boxes, engine, store):
    errors: list[str] = []
    watchers = [MailboxWatcher(b, engine.check_bytes, store, on_status=lambda s: None, on_error=errors.append)
                for b in boxes]
    return run_watchers(watchers, threading.Event(), once=True), errors


def test_wrong_password_is_reported_by_mailbox_name_and_the_other_mailbox_goes_on(
        dovecot, tmp_path, engine, store):
    good, bad = new_user(dovecot, tmp_path), new_user(dovecot, tmp_path)
    bad.password_file.write_text("not-the-password\n")
    good.append_draft("leak_draft.eml")
    results, errors = _once(bad.box("bob"), good.box("lily"), engine=engine, store=store)
    assert results == {"bob": False, "lily": True}
    [error] = errors
    assert error.startswith(f"bob: {bad.name} could not log in to 127.0.0.1:{dovecot.port}")
    assert "not-the-password" not in error
    assert inbox_count(good) == 1


def test_unreachable_server_is_reported_by_mailbox_name_and_the_other_mailbox_goes_on(
        mailuser, engine, store):
    mailuser.append_draft("leak_draft.eml")
    port = free_port()  # nothing listens here
    results, errors = _once(mailuser.box("gone", port=port), mailuser.box("lily"), engine=engine, store=store)
    assert results == {"gone": False, "lily": True}
    assert errors == [f"gone: cannot connect to 127.0.0.1:{port}: connection refused (is the IMAP server running?)"]
    assert inbox_count(mailuser) == 1


def test_missing_drafts_folder_is_reported_by_mailbox_name_and_the_other_mailbox_goes_on(
        dovecot, tmp_path, engine, store):
    good, nodrafts = new_user(dovecot, tmp_path), new_user(dovecot, tmp_path, drafts=False)
    good.append_draft("leak_draft.eml")
    results, errors = _once(nodrafts.box("ned"), nodrafts.box("nina", drafts="Entwürfe"), good.box("lily"),
                            engine=engine, store=store)
    assert results == {"ned": False, "nina": False, "lily": True}
    assert sorted(errors) == [
        f"ned: no folder on 127.0.0.1:{dovecot.port} is marked \\Drafts (SPECIAL-USE); "
        "set drafts = \"<folder>\" for this mailbox (folders: INBOX)",
        f"nina: the Drafts folder 'Entwürfe' does not exist on 127.0.0.1:{dovecot.port} (folders: INBOX)",
    ]
    assert inbox_count(good) == 1


def test_missing_password_variable_is_reported_by_mailbox_name(mailuser, engine, store, monkeypatch):
    monkeypatch.delenv("GUARD_TEST_NO_SUCH_VAR", raising=False)
    results, errors = _once(mailuser.box(password_file=None, password_env="GUARD_TEST_NO_SUCH_VAR"),
                            engine=engine, store=store)
    assert results == {"lily": False}
    assert errors == ["lily: the environment variable GUARD_TEST_NO_SUCH_VAR (password_env) is not set"]


def test_password_from_environment_variable(mailuser, engine, store, monkeypatch):
    monkeypatch.setenv("GUARD_TEST_IMAP_PASSWORD", mailuser.password)
    mailuser.append_draft("leak_draft.eml")
    results, errors = _once(mailuser.box(password_file=None, password_env="GUARD_TEST_IMAP_PASSWORD"),
                            engine=engine, store=store)
    assert results == {"lily": True} and not errors
    assert inbox_count(mailuser) == 1


def test_a_failing_mailbox_is_retried_until_it_works(dovecot, tmp_path, engine, store):
    user = new_user(dovecot, tmp_path)
    user.password_file.write_text("wrong\n")
    user.append_draft("leak_draft.eml")
    with watching(user.box(backoff_max_seconds=1.0), engine, store) as run:
        wait_for(lambda: run.errors, 10)
        assert run.errors[0].endswith("; retrying in 1 s")
        user.password_file.write_text(user.password + "\n")  # the admin fixes the password
        wait_for(lambda: inbox_count(user) == 1, 10)
        assert run.watcher.counters.connects == 1
