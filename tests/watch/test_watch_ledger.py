"""The watcher's memory (table draft_state): versions, content hashes, and pruning."""

from __future__ import annotations

from datetime import timedelta

from guard.watch.ledger import Ledger


def test_known_uids_are_per_mailbox_folder_and_uidvalidity(store):
    lily, ming = Ledger(store, "lily"), Ledger(store, "ming")
    lily.remember("Drafts", 7, 1, content_hash="a", verdict="pass")
    lily.remember("Drafts", 8, 2, content_hash="b", verdict="pass")
    ming.remember("Drafts", 7, 3, content_hash="c", verdict="pass")
    assert lily.known_uids("Drafts", 7) == {1}
    assert lily.known_uids("Drafts", 8) == {2}
    assert lily.known_uids("Entwürfe", 7) == set()


def test_the_latest_version_of_a_draft_is_found_by_its_key(store):
    ledger = Ledger(store, "lily")
    ledger.remember("Drafts", 7, 1, content_hash="a", verdict="block", draft_key="m1@x", findings_hash="f")
    ledger.remember("Drafts", 7, 2, content_hash="b", verdict="pass", draft_key="m1@x")
    assert ledger.last_version("m1@x").uid == 2
    assert ledger.last_version("") is None
    assert Ledger(store, "ming").last_version("m1@x") is None
    assert ledger.by_hash("a").verdict == "block"


def test_remembering_the_same_uid_again_overwrites_it(store):
    ledger = Ledger(store, "lily")
    ledger.remember("Drafts", 7, 1, content_hash="a", verdict="block")
    ledger.remember("Drafts", 7, 1, content_hash="a", verdict="flag")
    assert ledger.by_hash("a").verdict == "flag"


def test_rows_of_expunged_drafts_are_pruned_after_they_aged(store):
    ledger = Ledger(store, "lily")
    ledger.remember("Drafts", 7, 1, content_hash="a", verdict="pass")
    ledger.remember("Drafts", 7, 2, content_hash="b", verdict="pass")
    ledger.remember("Drafts", 6, 2, content_hash="c", verdict="pass")  # an older UIDVALIDITY
    assert ledger.forget_gone("Drafts", 7, {2}) == 0  # young rows stay: they link versions
    assert ledger.forget_gone("Drafts", 7, {2}, older_than=timedelta(0)) == 2
    assert ledger.known_uids("Drafts", 7) == {2}
