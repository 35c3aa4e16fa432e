"""A server restart while watching: the watcher reconnects and warns once, not twice
(issue 6, the bar "restart Dovecot while watching"). Its own module: it restarts the
module's Dovecot."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select
from support.waiting import wait_for

from guard.store.schema import CheckedMessage

from .conftest import watching

pytestmark = pytest.mark.services


def subjects(user) -> list[str]:
    return sorted(m["Subject"] for m in user.messages("INBOX"))


def test_watcher_recovers_after_dovecot_restart_and_warns_once(dovecot, mailuser, engine, store):
    first = 'guard: your draft "KT-500 price for next season" would be blocked'
    second = 'guard: your draft "Knife block sets" would be blocked'
    with watching(mailuser.box(backoff_max_seconds=1.0), engine, store) as run:
        mailuser.append_draft("leak_draft.eml")
        wait_for(lambda: subjects(mailuser) == [first], 10)

        scans = run.watcher.counters.scans
        dovecot.restart()
        wait_for(lambda: run.watcher.counters.connects == 2, 15)
        wait_for(lambda: run.watcher.counters.scans > scans, 10)  # the re-scan after reconnecting
        assert subjects(mailuser) == [first]
        assert "connection was lost" in run.errors[0] and run.errors[0].startswith("lily: ")

        mailuser.append_draft("second_leak_draft.eml")  # and it is watching again
        wait_for(lambda: subjects(mailuser) == sorted([first, second]), 10)
    assert run.status == [run.status[0]] * 2
    with store.session() as s:
        assert s.scalar(select(func.count()).select_from(CheckedMessage)) == 2  # nothing checked twice


def test_restarted_watcher_against_a_restarted_server_does_not_warn_again(dovecot, mailuser, engine, store):
    mailuser.append_draft("leak_draft.eml")
    with watching(mailuser.box(), engine, store):
        wait_for(lambda: len(subjects(mailuser)) == 1, 10)
    dovecot.restart()
    with watching(mailuser.box(), engine, store) as run:
        assert run.watcher.counters.checked == 0
    assert len(subjects(mailuser)) == 1
