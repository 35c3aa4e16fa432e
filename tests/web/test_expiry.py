"""Held mail expires: after [quarantine] expire_days it is rejected (or released), audited as guard-expiry."""

from __future__ import annotations

import sys
from datetime import timedelta

import pytest
from sqlalchemy import update

from guard.cli import main
from guard.config import Config
from guard.errors import ConfigError
from guard.relay.config import UpstreamConfig
from guard.relay.expiry import EXPIRY_USER, ExpiryPolicy, expire_held, expiry_policy
from guard.store import schema
from guard.store.db import utcnow
from guard.web.queries import audit_log, get_message


def age(store, queue_id: str, days: float) -> None:
    M = schema.CheckedMessage
    with store.session() as s:
        s.execute(update(M).where(M.queue_id == queue_id)
                  .values(received_at=(utcnow() - timedelta(days=days)).replace(tzinfo=None)))


def test_messages_held_longer_than_the_limit_are_rejected_and_audited(store, seeded):
    old, young = seeded["hostile"], seeded["held2"]
    age(store, old, 15)
    age(store, young, 13)
    done = expire_held(store, ExpiryPolicy(14, "reject"))
    assert [(e.queue_id, e.action, e.done) for e in done] == [(old, "reject", True)]
    assert get_message(store, old).row.status == "rejected" and get_message(store, young).row.status == "held"
    rows, _ = audit_log(store, 10, 0, action="reject")
    assert [(a.user, a.target) for a in rows] == [(EXPIRY_USER, old)]
    assert "expired: held longer than 14 days" in rows[0].detail
    assert get_message(store, old).reviews[0].user == EXPIRY_USER


def test_expiry_can_release_instead_through_the_upstream(store, sink, seeded):
    age(store, seeded["hostile"], 3)
    done = expire_held(store, ExpiryPolicy(2, "release"), upstream=UpstreamConfig(host="127.0.0.1", port=sink.port))
    assert [e.done for e in done] == [True] and len(sink.messages) == 1
    assert get_message(store, seeded["hostile"]).row.status == "released"


def test_a_dry_run_changes_nothing(store, seeded):
    age(store, seeded["hostile"], 30)
    assert [e.done for e in expire_held(store, ExpiryPolicy(1, "reject"), dry_run=True)] == [False]
    assert get_message(store, seeded["hostile"]).row.status == "held"


def test_without_expire_days_nothing_expires(store, seeded):
    age(store, seeded["hostile"], 3650)
    assert expire_held(store, ExpiryPolicy()) == []


@pytest.mark.parametrize("section, message", [
    ({"expire_days": -1}, "expire_days must be a whole number"),
    ({"expire_days": "14"}, "expire_days must be a whole number"),
    ({"expire_days": 3, "expire_action": "delete"}, "expire_action must be"),
    ({"expire_after": 3}, "unknown key"),
])
def test_a_bad_quarantine_section_is_refused_by_key(section, message):
    with pytest.raises(ConfigError, match=message):
        expiry_policy(Config(data={"quarantine": section}))


def test_guard_quarantine_expire_rejects_what_is_due(tmp_path, store, seeded, monkeypatch, capsys):
    if not store.is_sqlite:
        pytest.skip("the command runs on a config's store; one backend is enough")
    age(store, seeded["hostile"], 8)
    cfg = tmp_path / "guard.toml"
    cfg.write_text(f'[store]\nurl = "{store.url}"\n\n[quarantine]\nexpire_days = 7\nexpire_action = "reject"\n',
                   encoding="utf-8")
    monkeypatch.setattr(sys, "argv", ["guard", "quarantine", "expire", "--config", str(cfg)])
    with pytest.raises(SystemExit) as e:
        main()
    out = capsys.readouterr()
    assert e.value.code in (0, None), out.err
    assert seeded["hostile"] in out.out and "1 message(s) expired" in out.err
    assert get_message(store, seeded["hostile"]).row.status == "rejected"


def test_the_console_says_when_held_mail_expires(app, officer, seeded):
    app.extensions["guard.expiry"] = ExpiryPolicy(14, "reject")
    assert "Held mail is rejected automatically after 14 days." in officer.get("/quarantine").text
    assert "rejected automatically on " in officer.get(f"/message/{seeded['hostile']}").text
