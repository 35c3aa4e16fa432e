"""What a sender sees: keywords on drafts and one warning in INBOX (issue 6, "What must work" 3).

Each test has its own Dovecot user; the watcher runs with --once semantics (one scan)
unless the behaviour is about watching.
"""

from __future__ import annotations

import pytest
from sqlalchemy import select

from guard.store.schema import CheckedMessage, DraftState

from .conftest import eml, new_user, run_once

pytestmark = pytest.mark.services

GUARD = {"$GuardFlag", "$GuardBlock"}


def warnings(user):
    return [m for m in user.messages("INBOX") if m["Subject"].startswith("guard: ")]


def test_leaking_draft_gets_block_keyword_and_one_warning(mailuser, engine, store):
    uid = mailuser.append_draft("leak_draft.eml")
    ok, w, errors = run_once(mailuser.box(), engine, store)
    assert ok and not errors
    assert "$GuardBlock" in mailuser.flags()[uid]
    [warning] = warnings(mailuser)
    assert warning["Subject"] == 'guard: your draft "KT-500 price for next season" would be blocked'
    assert warning["To"] == "lily@bluewave-kw.cn"
    assert warning["Auto-Submitted"] == "auto-generated"


def test_clean_draft_gets_no_keyword_and_no_warning(mailuser, engine, store):
    uid = mailuser.append_draft("clean_draft.eml")
    ok, w, _ = run_once(mailuser.box(), engine, store)
    assert ok and w.counters.checked == 1
    assert not mailuser.flags()[uid] & GUARD
    assert warnings(mailuser) == []


def test_flagged_draft_gets_flag_keyword(mailuser, engine, store):
    verdict = engine.check_bytes(eml("flag_draft.eml")).verdict.verdict
    assert verdict == "flag", "fixture must be a flag case for this test to mean anything"
    uid = mailuser.append_draft("flag_draft.eml")
    run_once(mailuser.box(), engine, store)
    assert mailuser.flags()[uid] & GUARD == {"$GuardFlag"}
    [warning] = warnings(mailuser)
    assert "would be flagged for review" in warning["Subject"]


def test_warning_says_which_draft_what_was_found_where_and_what_to_change(mailuser, engine, store):
    mailuser.append_draft("leak_draft.eml")
    run_once(mailuser.box(), engine, store)
    [warning] = warnings(mailuser)
    text = warning.get_content()
    assert "Draft:  KT-500 price for next season" in text
    assert "To:     Ingrid Dahl <ingrid@fjordhome.no>" in text
    assert "Saved:" in text
    assert "Nordkök" in text                       # the offending text, in the sender's words
    assert "1. line " in text                       # where
    assert "[Nordkök]" in text                      # the sentence around it, marked
    assert "Nordkök Köksutrustning AB" in text      # why, with the registry's name (the engine's report)
    assert "   -> " in text                         # what to change
    assert "$GuardBlock" in text


def test_clean_version_replacing_leaking_draft_has_no_keyword_and_gets_a_clean_note(mailuser, engine, store):
    old = mailuser.append_draft("leak_draft.eml")
    run_once(mailuser.box(), engine, store)
    # The client saves a corrected version: APPEND the new one, expunge the old one.
    new = mailuser.append_draft("leak_draft_fixed.eml")
    mailuser.expunge(old)
    run_once(mailuser.box(), engine, store)
    assert mailuser.flags() == {new: {"\\Draft", "\\Seen"}}
    subjects = [m["Subject"] for m in warnings(mailuser)]
    assert subjects == ['guard: your draft "KT-500 price for next season" would be blocked',
                        'guard: your draft "KT-500 price for next season" is clean now']


def test_clean_note_can_be_turned_off(mailuser, engine, store):
    old = mailuser.append_draft("leak_draft.eml")
    run_once(mailuser.box(clean_note=False), engine, store)
    mailuser.append_draft("leak_draft_fixed.eml")
    mailuser.expunge(old)
    run_once(mailuser.box(clean_note=False), engine, store)
    assert len(warnings(mailuser)) == 1


def test_guard_keyword_copied_onto_a_clean_version_is_removed(mailuser, engine, store):
    with mailuser.client() as c:  # a client that copies the old version's keywords
        c.append("Drafts", eml("leak_draft_fixed.eml"), flags=[b"\\Draft", b"$GuardBlock"])
    run_once(mailuser.box(), engine, store)
    [flags] = mailuser.flags().values()
    assert not flags & GUARD


def test_second_run_does_not_warn_again(mailuser, engine, store):
    mailuser.append_draft("leak_draft.eml")
    run_once(mailuser.box(), engine, store)
    ok, w, _ = run_once(mailuser.box(), engine, store)
    assert ok and w.counters.checked == 0
    assert len(warnings(mailuser)) == 1


def test_same_content_saved_again_is_tagged_but_not_warned_again(mailuser, engine, store):
    mailuser.append_draft("leak_draft.eml")
    run_once(mailuser.box(), engine, store)
    again = mailuser.append_draft("leak_draft.eml")
    run_once(mailuser.box(), engine, store)
    assert "$GuardBlock" in mailuser.flags()[again]
    assert len(warnings(mailuser)) == 1


def test_autosaved_version_with_the_same_findings_is_tagged_but_not_warned_again(mailuser, engine, store):
    old = mailuser.append_draft("leak_draft.eml")
    run_once(mailuser.box(), engine, store)
    new = mailuser.append_draft("leak_draft_autosave.eml")  # one more sentence, same leak
    mailuser.expunge(old)
    run_once(mailuser.box(), engine, store)
    assert "$GuardBlock" in mailuser.flags()[new]
    assert len(warnings(mailuser)) == 1


def test_different_leaking_drafts_each_get_a_warning(mailuser, engine, store):
    mailuser.append_draft("leak_draft.eml")
    mailuser.append_draft("second_leak_draft.eml")
    run_once(mailuser.box(), engine, store)
    subjects = sorted(m["Subject"] for m in warnings(mailuser))
    assert subjects == ['guard: your draft "KT-500 price for next season" would be blocked',
                        'guard: your draft "Knife block sets" would be blocked']


def test_warnings_go_to_the_configured_folder(mailuser, engine, store):
    mailuser.append_draft("leak_draft.eml")
    run_once(mailuser.box(warn_folder="Guard warnings"), engine, store)
    assert warnings(mailuser) == []
    assert len(mailuser.messages("Guard warnings")) == 1


def test_drafts_folder_can_be_named_instead_of_found(dovecot, tmp_path, engine, store):
    user = new_user(dovecot, tmp_path, drafts=False)
    with user.client() as c:
        c.create_folder("Entwürfe")  # not marked \Drafts
    user.append_draft("leak_draft.eml", folder="Entwürfe")
    ok, _, errors = run_once(user.box(drafts="Entwürfe"), engine, store)
    assert ok and not errors
    assert len(warnings(user)) == 1


def test_every_check_is_logged_in_the_store(mailuser, engine, store):
    mailuser.append_draft("leak_draft.eml")
    mailuser.append_draft("clean_draft.eml")
    run_once(mailuser.box(), engine, store)
    with store.session() as s:
        rows = s.scalars(select(CheckedMessage).order_by(CheckedMessage.id)).all()
        states = s.scalars(select(DraftState)).all()
        assert [(r.source, r.status, r.verdict) for r in rows] == [("watch", "draft", "block"),
                                                                  ("watch", "draft", "pass")]
        assert rows[0].rcpt_to == ["ingrid@fjordhome.no"]
        assert rows[0].findings and rows[0].detail.startswith("lily Drafts UID ")
    assert sorted(s.verdict for s in states) == ["block", "pass"]


def test_a_draft_is_read_without_marking_it_seen(mailuser, engine, store):
    with mailuser.client() as c:
        c.append("Drafts", eml("clean_draft.eml"), flags=[b"\\Draft"])
    run_once(mailuser.box(), engine, store)
    [flags] = mailuser.flags().values()
    assert "\\Seen" not in flags



@pytest.mark.postgres
def test_with_a_postgresql_store_a_second_run_does_not_warn_again(mailuser, engine, pg_store):
    old = mailuser.append_draft("leak_draft.eml")
    run_once(mailuser.box(), engine, pg_store)
    run_once(mailuser.box(), engine, pg_store)
    mailuser.append_draft("leak_draft_fixed.eml")
    mailuser.expunge(old)
    run_once(mailuser.box(), engine, pg_store)
    assert [m["Subject"].split()[-1] for m in warnings(mailuser)] == ["blocked", "now"]
    with pg_store.session() as s:
        assert [r.verdict for r in s.scalars(select(CheckedMessage).order_by(CheckedMessage.id))] == [
            "block", "pass"]
