"""The safe version: with fix_draft, a warned draft gets guard's rewrite as a second draft
beside it (issue 15, "What must work" 1), against the real Dovecot the watcher tests start."""

from __future__ import annotations

import pytest

from guard.watch.watcher import REWRITE_HEADER

from .conftest import run_once

pytestmark = pytest.mark.services

PREFIX = "[guard: safe version] "


def drafts(user):
    return user.messages("Drafts")


def test_a_warned_draft_gets_a_safe_version_beside_it(mailuser, engine, store):
    mailuser.append_draft("leak_draft.eml")
    ok, _, errors = run_once(mailuser.box(fix_draft=True), engine, store)
    assert ok and not errors
    original, safe = drafts(mailuser)
    assert safe["Subject"] == PREFIX + original["Subject"]
    assert safe["Message-ID"] != original["Message-ID"] and safe[REWRITE_HEADER]
    assert "Nordk" not in safe.get_content() and "KT-500" in safe.get_content()
    assert engine.check_bytes(safe.as_bytes()).verdict.verdict == "pass"
    [warning] = [m for m in mailuser.messages("INBOX") if m["Subject"].startswith("guard: ")]
    assert f'in Drafts: "{PREFIX}{original["Subject"]}"' in warning.get_content()


def test_the_safe_version_is_saved_once_and_not_rewritten_itself(mailuser, engine, store):
    mailuser.append_draft("leak_draft.eml")
    box = mailuser.box(fix_draft=True)
    run_once(box, engine, store)
    run_once(box, engine, store)
    assert [m["Subject"].startswith(PREFIX) for m in drafts(mailuser)] == [False, True]


def test_without_fix_draft_no_second_draft_is_saved(mailuser, engine, store):
    mailuser.append_draft("leak_draft.eml")
    run_once(mailuser.box(), engine, store)
    assert len(drafts(mailuser)) == 1
