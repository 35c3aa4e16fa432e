"""Hostile drafts in a real Dovecot (issue 18.7): the watcher reads each like the relay does, marks
every one that leaks or cannot be read, never stalls on one, and none goes unmarked."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from .conftest import run_once

pytestmark = pytest.mark.services

HOSTILE = Path(__file__).resolve().parents[1] / "hostile" / "messages"
CASES = ("zip-bomb.eml", "alternative-only-leak.eml", "deep-nesting.eml", "huge-headers.eml", "tnef-garbage.eml",
         "display-name-leak.eml", "unknown-cte.eml")


def test_hostile_drafts_are_each_marked_and_none_stalls_the_watcher(mailuser, engine, store):
    with mailuser.client() as c:
        for name in CASES:
            c.append("Drafts", (HOSTILE / name).read_bytes(), flags=[b"\\Draft", b"\\Seen"])
    t0 = time.monotonic()
    ok, _, errors = run_once(mailuser.box(), engine, store)
    assert ok and not errors
    assert time.monotonic() - t0 < 60
    flags = mailuser.flags()
    assert len(flags) == len(CASES)
    unmarked = [uid for uid, f in flags.items() if not f & {"$GuardFlag", "$GuardBlock"}]
    assert unmarked == []
