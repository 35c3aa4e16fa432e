"""Override with a reason: the sender's signed single-use link, the officer's decision, the audit."""

from __future__ import annotations

import time

import pytest
from click.testing import CliRunner

from guard.links import override_token
from guard.override import pending
from guard.relay.config import UpstreamConfig
from guard.web.app import create_app
from guard.web.queries import audit_log, get_message
from guard.web.review import RelayReviewer
from guard.web.settings import WebSettings

from .conftest import HOSTILE, Spec, csrf, record

KEY = b"o" * 32
SENDER = "anna@bluewave-kw.cn"
# held by R1 alone (a company policy that holds R1): a rule with sender_may_release
NAMED_ONLY = Spec(**{**HOSTILE.__dict__, "marks": (("Nordkok", "R1", "hold", "nordkok", "name", "names Nordkök"),)})


@pytest.fixture
def settings(tmp_path):
    return WebSettings(secret_key=KEY, cases_dir=tmp_path / "cases")


@pytest.fixture
def app(store, sink, registry, settings):
    from guard.policy.rules import load_policy

    reviewer = RelayReviewer(store, UpstreamConfig(host="127.0.0.1", port=sink.port, timeout=10))
    application = create_app(store, settings, reviewer=reviewer, registry_loader=lambda: registry,
                             policy_loader=load_policy)
    application.config["TESTING"] = True
    return application


def link(qid: str, sender: str = SENDER) -> str:
    return f"/override/{override_token(KEY, qid, sender)}"


def ask(client, url: str, reason: str, **extra):
    page = client.get(url)
    assert page.status_code == 200, page.text
    return client.post(url, data={"csrf_token": csrf(page.text), "reason": reason, **extra})


def actions(store) -> list[str]:
    rows, _ = audit_log(store, 100)
    return [r.action for r in reversed(rows) if not r.action.startswith(("signin", "user."))]


def test_the_senders_link_shows_why_it_was_held_without_signing_in(app, seeded):
    page = app.test_client().get(link(seeded["hostile"]))
    assert page.status_code == 200
    assert "Nordkök&#39;s price for KT-500" in page.text
    assert "Ask the compliance officer to release it" in page.text


def test_a_senders_request_waits_for_the_officer_with_its_reason(app, store, sink, seeded):
    answer = ask(app.test_client(), link(seeded["hostile"]), "the buyer asked for this price in writing")
    assert answer.status_code == 200 and "went to the compliance officer" in answer.text
    [req] = pending(store)
    assert (req.queue_id, req.by, req.via, req.state) == (seeded["hostile"], f"sender:{SENDER}", "link", "pending")
    assert req.reason == "the buyer asked for this price in writing"
    assert get_message(store, seeded["hostile"]).row.status == "held" and sink.messages == []
    assert actions(store) == ["override.request"]


def test_a_link_works_once(app, store, seeded):
    client = app.test_client()
    url = link(seeded["hostile"])
    ask(client, url, "first")
    page = client.get(url)
    again = client.post(url, data={"csrf_token": csrf(page.text), "reason": "second"})
    assert again.status_code == 409 and "already used" in again.text
    assert len(pending(store)) == 1


def test_a_changed_link_is_refused(app, seeded):
    url = link(seeded["hostile"])
    page = app.test_client().get(url[:-3] + ("abc" if not url.endswith("abc") else "xyz"))
    assert page.status_code == 400 and "not valid" in page.text


def test_a_link_for_another_sender_is_refused(app, seeded):
    page = app.test_client().get(link(seeded["hostile"], "mallory@bluewave-kw.cn"))
    assert page.status_code == 400 and "does not match" in page.text


def test_an_expired_link_is_refused(store, sink, seeded):
    app = create_app(store, WebSettings(secret_key=KEY, link_days=1 / 86400))
    url = link(seeded["hostile"])
    time.sleep(2.1)
    page = app.test_client().get(url)
    assert page.status_code == 400 and "expired" in page.text


def test_a_request_needs_a_reason(app, store, seeded):
    answer = ask(app.test_client(), link(seeded["hostile"]), "   ")
    assert answer.status_code == 409 and "give a reason" in answer.text
    assert pending(store) == []


def test_a_sender_releases_alone_what_only_sender_releasable_rules_held(app, store, sink):
    qid = record(store, NAMED_ONLY)
    page = app.test_client().get(link(qid))
    assert "These rules let you release it yourself" in page.text
    answer = ask(app.test_client(), link(qid), "Nordkok agreed to be named")
    assert "Released: the mail server delivered your message." in answer.text
    assert len(sink.messages) == 1 and get_message(store, qid).row.status == "released"
    assert actions(store) == ["override.request", "release", "override.release"]
    assert pending(store) == []


def test_the_officer_releases_a_request_from_the_quarantine(app, officer, store, sink, seeded):
    ask(app.test_client(), link(seeded["hostile"]), "the buyer asked for this price")
    page = officer.get("/quarantine").text
    assert "Release requested (1)" in page and "the buyer asked for this price" in page
    [req] = pending(store)
    done = officer.post(f"/override-request/{req.id}/release", data={"csrf_token": csrf(page), "note": "ok"},
                        follow_redirects=True).text
    assert "Released as requested" in done
    assert len(sink.messages) == 1 and get_message(store, seeded["hostile"]).row.status == "released"
    [review] = get_message(store, seeded["hostile"]).reviews
    assert review.user == "olga" and "override requested by sender:anna@bluewave-kw.cn" in review.reason
    assert actions(store) == ["override.request", "release", "override.release"]


def test_the_officer_declines_with_a_reason_and_the_message_stays_held(app, officer, store, sink, seeded):
    ask(app.test_client(), link(seeded["hostile"]), "please")
    [req] = pending(store)
    token = csrf(officer.get(f"/message/{seeded['hostile']}").text)
    refused = officer.post(f"/override-request/{req.id}/decline", data={"csrf_token": token, "note": ""},
                           follow_redirects=True).text
    assert "say why the release is declined" in refused
    officer.post(f"/override-request/{req.id}/decline", data={"csrf_token": token, "note": "names a price",
                                                              "back": "message"})
    assert pending(store) == [] and sink.messages == []
    assert get_message(store, seeded["hostile"]).row.status == "held"
    assert actions(store) == ["override.request", "override.decline"]
    assert "declined by olga (names a price)" in officer.get(f"/message/{seeded['hostile']}").text


def test_a_sender_may_also_report_a_false_alarm(app, store, seeded, settings):
    from guard.evaluation import read_labels

    ask(app.test_client(), link(seeded["hostile"]), "only our own price list", not_a_leak="1")
    [label] = read_labels(settings.cases_dir)
    assert label.expect == "pass" and "reported by sender:anna@bluewave-kw.cn" in label.why


def test_an_admin_asks_from_the_command_line(store, seeded):
    from guard.cli import cli

    result = CliRunner().invoke(cli, ["override", seeded["hostile"], "--reason", "agreed by phone", "--user", "adam",
                                      "--db", store.url], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert f"release of {seeded['hostile']} requested" in result.output
    [req] = pending(store)
    assert (req.by, req.via, req.reason) == ("cli:adam", "cli", "agreed by phone")
