"""The override store (revision p15a): requests and single-use link nonces, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from alembic import command
from sqlalchemy import inspect

from guard.override import OverrideError, pending, request_release
from guard.store import migrate

from .conftest import verdict_of


def held(store) -> str:
    return store.record_check(source="relay", raw=b"Subject: x\r\n\r\nbody\r\n", status="held",
                              verdict=verdict_of(("R4", "hold", "fjordhome", "price", "8.20", 0, 4)),
                              mail_from="lily@bluewave-kw.cn", rcpt_to=["erik@nordkok.se"])


def test_p15a_downgrades_to_0003_and_upgrades_again(store):
    cfg = migrate._alembic_config()
    with store.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0003")
    assert {"override_requests", "used_links"}.isdisjoint(inspect(store.engine).get_table_names())
    assert migrate.upgrade(store) == ("0003", migrate.head_revision())
    assert {"override_requests", "used_links"} <= set(inspect(store.engine).get_table_names())


def test_a_nonce_is_used_once(store):
    qid = held(store)
    request_release(store, qid, by="sender:lily@bluewave-kw.cn", via="link", reason="ok", nonce="n1")
    with pytest.raises(OverrideError, match="already used"):
        request_release(store, qid, by="sender:lily@bluewave-kw.cn", via="link", reason="again", nonce="n1")
    assert len(pending(store)) == 1


def test_only_a_held_message_can_be_asked_for(store):
    qid = held(store)
    store.set_status(qid, "rejected")
    with pytest.raises(OverrideError, match="is rejected, not held"):
        request_release(store, qid, by="cli:adam", via="cli", reason="ok")
    with pytest.raises(OverrideError, match="no message nope"):
        request_release(store, "nope", by="cli:adam", via="cli", reason="ok")
