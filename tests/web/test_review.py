"""Release and reject from the console, through the relay's real quarantine to a real SMTP sink."""

from __future__ import annotations

import pytest

from guard.relay.config import UpstreamConfig
from guard.web.app import create_app
from guard.web.queries import audit_log, get_message, list_messages
from guard.web.review import RelayReviewer
from guard.web.settings import WebSettings

from .conftest import csrf, sign_in


@pytest.fixture
def app(store, sink):
    reviewer = RelayReviewer(store, UpstreamConfig(host="127.0.0.1", port=sink.port, timeout=10))
    application = create_app(store, WebSettings(secret_key=b"r" * 32), reviewer=reviewer)
    application.config["TESTING"] = True
    return application


def act(client, queue_id: str, action: str, reason: str = ""):
    token = csrf(client.get(f"/message/{queue_id}").text)
    return client.post(f"/message/{queue_id}/{action}", data={"reason": reason, "csrf_token": token},
                       follow_redirects=True)


def test_release_delivers_the_held_message_upstream_once(officer, store, sink, seeded):
    q = seeded["hostile"]
    page = act(officer, q, "release", "customer agreed").text
    assert f"Released {q}" in page and "queued as SINK1" in page
    assert len(sink.messages) == 1
    got = sink.messages[0]
    assert got.rcpts == ("olivia@maplecrest.ca",) and got.mail_from == "anna@bluewave-kw.cn"
    assert b"Message-ID: <hostile-003@bluewave-kw.cn>" in got.content
    m = get_message(store, q)
    assert m.row.status == "released"
    assert [(r.decision, r.user, r.reason) for r in m.reviews] == [("release", "olga", "customer agreed")]


def test_releasing_twice_delivers_once(officer, store, sink, seeded):
    q = seeded["hostile"]
    act(officer, q, "release")
    token = csrf(officer.get("/").text)
    second = officer.post(f"/message/{q}/release", data={"csrf_token": token}, follow_redirects=True).text
    assert "is released, not held; nothing was done" in second
    assert len(sink.messages) == 1


def test_release_is_audited_with_who_and_when(officer, store, sink, seeded):
    q = seeded["hostile"]
    act(officer, q, "release", "ok by legal")
    rows, _ = audit_log(store, 10, 0, action="release")
    assert [(a.user, a.target, a.detail) for a in rows] == [("olga", q, "ok by legal")]
    assert rows[0].at is not None
    assert '<td>olga</td><td>release</td>' in officer.get("/audit").text


def test_a_failing_upstream_leaves_the_message_held(officer, store, sink, seeded):
    sink.data_reply = "451 4.3.0 Try again later"
    q = seeded["hostile"]
    page = act(officer, q, "release").text
    assert "was not delivered and is still held" in page and "451" in page
    assert get_message(store, q).row.status == "held"
    sink.data_reply = None
    act(officer, q, "release")
    assert get_message(store, q).row.status == "released" and len(sink.messages) == 1


def test_reject_needs_a_reason(officer, store, seeded):
    q = seeded["hostile"]
    assert "give a reason for rejecting" in act(officer, q, "reject", "  ").text
    assert get_message(store, q).row.status == "held"


def test_rejected_message_stays_in_the_log_and_is_audited(officer, store, sink, seeded):
    q = seeded["held2"]
    page = act(officer, q, "reject", "names a competitor's price").text
    assert f"Rejected {q}." in page
    assert sink.messages == []
    rows, _ = list_messages(store, status="rejected")
    assert [r.queue_id for r in rows] == [q]
    assert q in officer.get("/log?status=rejected").text
    audit, _ = audit_log(store, 10, 0, action="reject")
    assert [(a.user, a.target, a.detail) for a in audit] == [("olga", q, "names a competitor's price")]
    assert "Release: deliver it" not in officer.get(f"/message/{q}").text


def test_a_message_that_is_not_held_cannot_be_released(officer, sink, seeded):
    page = act(officer, seeded["competitor"], "release").text
    assert "is blocked, not held" in page
    assert sink.messages == []


def test_admins_may_review_too(admin, store, sink, seeded):
    act(admin, seeded["hostile"], "release")
    assert get_message(store, seeded["hostile"]).row.status == "released"


def test_without_an_upstream_the_console_says_release_is_unavailable(store, users, seeded):
    app = create_app(store, WebSettings(secret_key=b"n" * 32))
    c = app.test_client()
    sign_in(c, "olga")
    page = act(c, seeded["hostile"], "release").text
    assert "need the relay&#39;s upstream" in page
    assert get_message(store, seeded["hostile"]).row.status == "held"
