"""Reported mistakes become labelled cases (SPEC section 5) that `guard eval` reads."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from email import policy
from email.parser import BytesParser
from pathlib import Path

import pytest

from guard.evaluation import read_labels
from guard.web.app import create_app
from guard.web.queries import audit_log
from guard.web.settings import WebSettings

from .conftest import COMPETITOR, Spec, csrf, record

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def cases(tmp_path):
    return tmp_path / "cases"


@pytest.fixture
def app(store, registry, cases):
    from guard.policy.rules import load_policy

    application = create_app(store, WebSettings(secret_key=b"c" * 32, cases_dir=cases),
                             registry_loader=lambda: registry, policy_loader=load_policy)
    application.config["TESTING"] = True
    return application


def report(client, qid: str, **form):
    token = csrf(client.get(f"/message/{qid}").text)
    return client.post(f"/message/{qid}/case", data={"csrf_token": token, **form}, follow_redirects=True).text


def guard_eval(corpus: Path) -> dict:
    done = subprocess.run([sys.executable, "-m", "guard", "eval", str(corpus), "--json"], capture_output=True,
                          text=True, env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_a_false_alarm_report_becomes_a_case_guard_eval_scores(officer, store, seeded, cases):
    page = report(officer, seeded["competitor"], expect="pass", why="the customer published this price")
    assert "Saved as a test case (messages/" in page
    [label] = read_labels(cases)
    assert label.expect == "pass" and label.accounts == ()
    assert "false alarm reported by olga: the customer published this price" in label.why
    assert (cases / label.message).read_bytes().startswith(b"From: ")
    assert (cases / "registry.toml").exists()
    figures = guard_eval(cases)
    assert figures["messages"] == 1 and figures["expect_counts"] == {"pass": 1, "flag": 0, "stop": 0}
    assert figures["errors"] == 0
    assert figures["false_alarm_rate"] == 1.0  # the real engine still stops it: a failing regression test
    [entry], _ = audit_log(store, 1, action="case.report")
    assert entry.user == "olga" and entry.target == seeded["competitor"] and "expect pass" in entry.detail


def test_a_miss_names_the_accounts_that_leak(officer, store, cases):
    flagged = record(store, Spec("competitor_price.eml", "flagged", "KT-500 offer", ("erik.lund@nordkok.se",),
                                 COMPETITOR.body, (("Fjord Home AS", "R1", "flag", "fjordhome", "name", "names"),)))
    assert "expect stop" in report(officer, flagged, expect="stop", why="it gives their price",
                                   accounts="fjordhome, nordkok")
    [label] = read_labels(cases)
    assert label.expect == "stop" and label.accounts == ("fjordhome", "nordkok")
    assert label.why.startswith("wrong verdict reported by olga")


def test_two_reports_are_two_cases(officer, seeded, cases):
    report(officer, seeded["competitor"], expect="pass", why="first report")
    report(officer, seeded["competitor"], expect="pass", why="second report")
    labels = read_labels(cases)
    assert [x.expect for x in labels] == ["pass", "pass"]
    assert len({x.message for x in labels}) == 2


def test_reporting_the_verdict_guard_gave_is_refused(officer, seeded, cases):
    page = report(officer, seeded["competitor"], expect="stop", why="it is a leak")
    assert "there is no mistake to report" in page and "nothing was saved" in page
    assert not (cases / "labels.jsonl").exists()


def test_a_message_that_was_not_kept_cannot_become_a_case(officer, seeded, cases):
    page = report(officer, seeded["ordinary"], expect="stop", why="it leaks", accounts="fjordhome")
    assert "was not kept" in page
    assert not (cases / "labels.jsonl").exists()


def test_a_case_needs_a_reason(officer, seeded, cases):
    assert "say why guard was wrong" in report(officer, seeded["hostile"], expect="pass", why="  ")


def test_anonymised_cases_replace_the_parties_everywhere_and_keep_their_domains(officer, seeded, cases):
    report(officer, seeded["hostile"], expect="pass", why="agreed with the customer", anonymise="1")
    [label] = read_labels(cases)
    raw = (cases / label.message).read_bytes()
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    assert str(msg["From"]) == "Person 1 <person1@bluewave-kw.cn>"
    assert str(msg["To"]) == "Person 2 <person2@maplecrest.ca>"
    text = msg.get_body(("plain",)).get_content()
    assert text.startswith("Hello Person 2,") and "Olivia" not in text
    html = msg.get_body(("html",)).get_content()
    assert "Olivia" not in html and "Person 2" in html
    assert b"Anna" not in raw and b"anna@" not in raw
    assert "Nordkok pays USD 8.45" in text  # what guard judges stays as it was
    assert [a.get_filename() for a in msg.iter_attachments()] == ['../../invoice".html', "prices.csv"]
    assert guard_eval(cases)["messages"] == 1


def test_without_a_cases_folder_the_report_says_what_to_configure(store, registry, users, seeded):
    from .conftest import sign_in

    application = create_app(store, WebSettings(secret_key=b"c" * 32), registry_loader=lambda: registry)
    client = application.test_client()
    sign_in(client, "olga")
    assert "[web] cases_dir" in report(client, seeded["hostile"], expect="pass", why="x")
