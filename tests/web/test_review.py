"""Release and reject from the console, through the relay's real quarantine to a real SMTP sink."""

from __future__ import annotations

import re

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


SEEN_RE = re.compile(r'name="seen" value="([^"]+)"')


def ask(client, queue_id: str, action: str, reason: str = ""):
    """The first step: the message page's form, answered with the confirmation page."""
    token = csrf(client.get(f"/message/{queue_id}").text)
    return client.post(f"/message/{queue_id}/{action}", data={"reason": reason, "csrf_token": token})


def act(client, queue_id: str, action: str, reason: str = "checked", **kw):
    """Ask, then confirm what the confirmation page showed; the page landed on."""
    page = ask(client, queue_id, action, reason).text
    seen = SEEN_RE.search(page)
    assert seen, "no confirmation page"
    return client.post(f"/message/{queue_id}/{action}", data={"reason": reason, "csrf_token": csrf(page),
                       "seen": seen.group(1), **kw}, follow_redirects=True)


def bulk(client, action: str, queue_ids: list[str], reason: str):
    page = client.post("/quarantine/act", data={"action": action, "q": queue_ids, "reason": reason,
                                                "csrf_token": csrf(client.get("/quarantine").text)}).text
    seen = SEEN_RE.search(page)
    assert seen, "no confirmation page"
    return client.post("/quarantine/act", data={"action": action, "q": queue_ids, "reason": reason,
                                                "csrf_token": csrf(page), "seen": seen.group(1)},
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
    page = ask(officer, q, "release", "ok").text
    first = SEEN_RE.search(page).group(1)
    data = {"reason": "ok", "csrf_token": csrf(page), "seen": first}
    officer.post(f"/message/{q}/release", data=data)
    second = officer.post(f"/message/{q}/release", data=data, follow_redirects=True).text
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


@pytest.mark.parametrize("action", ["release", "reject"])
def test_release_and_reject_need_a_reason(officer, store, sink, seeded, action):
    q = seeded["hostile"]
    r = act(officer, q, action, "  ")
    assert r.status_code == 400 and "Give a reason for" in r.text
    assert get_message(store, q).row.status == "held" and sink.messages == []


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
    assert "Release…" not in officer.get(f"/message/{q}").text


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


def test_release_first_asks_showing_the_recipients_and_does_nothing(officer, store, sink, seeded):
    q = seeded["hostile"]
    page = ask(officer, q, "release", "customer agreed")
    assert page.status_code == 200 and "Release 1 message?" in page.text
    assert "olivia@maplecrest.ca" in page.text and "customer agreed" in page.text
    assert sink.messages == [] and get_message(store, q).row.status == "held"
    assert audit_log(store, 10, 0, action="release")[1] == 0


def test_a_confirmation_that_does_not_match_the_message_is_shown_again(officer, store, sink, seeded):
    q = seeded["hostile"]
    token = csrf(officer.get(f"/message/{q}").text)
    page = officer.post(f"/message/{q}/release", data={"reason": "ok", "csrf_token": token, "seen": "forged"}).text
    assert "changed since the confirmation was shown" in page
    assert sink.messages == [] and get_message(store, q).row.status == "held"


def test_after_acting_the_next_held_message_opens(officer, store, sink, seeded):
    first, second = seeded["hostile"], seeded["held2"]
    r = act(officer, first, "reject", "leaks a price")
    assert r.request.path == f"/message/{second}" and f"Rejected {first}." in r.text
    r = act(officer, second, "reject", "leaks a price")
    assert r.request.path == "/quarantine" and "No more held messages." in r.text


def test_a_held_message_links_to_the_next_one(officer, seeded):
    assert f'href="/message/{seeded["held2"]}" rel="next"' in officer.get(f"/message/{seeded['hostile']}").text


def test_the_quarantine_offers_per_row_confirmation_links(officer, seeded):
    q = seeded["hostile"]
    html = officer.get("/quarantine").text
    assert f'href="/message/{q}/confirm/reject?then=list"' in html and f'value="{q}"' in html
    page = officer.get(f"/message/{q}/confirm/reject?then=list").text
    assert "Reject 1 message?" in page and "Never reaches" in page and "olivia@maplecrest.ca" in page


def test_bulk_reject_of_two_with_one_reason(officer, store, sink, seeded):
    both = [seeded["hostile"], seeded["held2"]]
    r = bulk(officer, "reject", both, "prices of another customer")
    assert r.request.path == "/quarantine" and all(f"Rejected {q}." in r.text for q in both)
    assert [get_message(store, q).row.status for q in both] == ["rejected", "rejected"]
    audit, _ = audit_log(store, 10, 0, action="reject")
    assert sorted((a.target, a.detail) for a in audit) == sorted((q, "prices of another customer") for q in both)
    assert sink.messages == []


def test_bulk_release_delivers_each_once(officer, store, sink, seeded):
    bulk(officer, "release", [seeded["hostile"], seeded["held2"]], "customer agreed")
    assert len(sink.messages) == 2
    assert {get_message(store, q).row.status for q in (seeded["hostile"], seeded["held2"])} == {"released"}


def test_bulk_confirmation_lists_every_selected_message_and_needs_a_selection(officer, store, seeded):
    token = csrf(officer.get("/quarantine").text)
    page = officer.post("/quarantine/act", data={"action": "reject", "q": [seeded["hostile"], seeded["held2"]],
                                                 "csrf_token": token}).text
    assert "Reject 2 messages?" in page and page.count("olivia@maplecrest.ca") == 2
    none = officer.post("/quarantine/act", data={"action": "reject", "csrf_token": token},
                        follow_redirects=True).text
    assert "no message was selected" in none
    assert get_message(store, seeded["hostile"]).row.status == "held"


def test_a_message_not_held_is_marked_on_the_confirmation(officer, seeded):
    page = officer.get(f"/message/{seeded['competitor']}/confirm/release").text
    assert "not held: nothing will be done to it" in page
