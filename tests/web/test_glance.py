"""Reading at a glance: account names, who receives it and how they relate, one line per message."""

from __future__ import annotations

import re

import pytest

from guard.policy.rules import load_policy
from guard.policy.verdict import Finding
from guard.web.glance import Glance, dedupe

from .conftest import COMPETITOR, HOSTILE, Spec, record


@pytest.fixture(scope="module")
def policy():
    return load_policy()


@pytest.fixture
def glance(registry, policy):
    return Glance(registry, policy)


def finding(rule, account, kind, text, where="body"):
    return Finding(rule, "hold", account, kind, text, where, 0, len(text), "why")


def test_the_summary_says_whose_what_in_which_attachment_to_whom(glance):
    found = [finding("R4", "fjordhome", "price", "USD 8.20", "attachment:proforma.pdf"),
             finding("R4", "fjordhome", "quantity", "3,000 pcs", "attachment:proforma.pdf"),
             finding("R2", "fjordhome", "name", "Fjord Home AS", "attachment:proforma.pdf")]
    assert glance.summary(found, ["erik.lund@nordkok.se"]) == (
        "Fjord Home AS's prices and volumes, in the attachment proforma.pdf, "
        "to Nordkök Köksutrustning AB (a competitor of Fjord Home AS)")


def test_a_name_alone_is_called_a_name_and_unknown_domains_stay_domains(glance):
    assert glance.summary([finding("R1", "nordkok", "name", "NKAB")], ["a@example.org"]) == \
        "Nordkök Köksutrustning AB's name, to example.org"


def test_findings_without_an_account_are_summed_up_by_rule_name(glance):
    line = glance.summary([finding("R10", None, "unread", "", "attachment:x.pdf")], ["olivia@maplecrest.ca"])
    assert line == "content guard could not read, in the attachment x.pdf, to Maple Crest Housewares Inc."


def test_recipients_are_told_apart_internal_partner_account(glance):
    assert glance.party("li@bluewave-kw.cn").internal
    assert glance.party("ops@crestlogistics.ca").label == "acting for Maple Crest Housewares Inc."
    assert glance.recipient_line("erik.lund@nordkok.se", ["fjordhome"]) == \
        "Nordkök Köksutrustning AB, a competitor of Fjord Home AS"
    assert glance.recipient_line("olivia@maplecrest.ca", ["nordkok"]) == \
        "Maple Crest Housewares Inc., another account"


def test_an_account_is_found_by_id_name_or_alias(glance):
    for text in ("nordkok", "Nordkök Köksutrustning AB", "NKAB", "nordkök", "北欧厨房"):
        assert glance.resolve_account(text) == "nordkok", text
    assert glance.resolve_account("nobody we know") == "nobody we know"


def test_rule_names_come_from_the_rules(glance):
    assert glance.rule_label("R4") == "R4 another account's price or volume"


def test_without_a_registry_ids_and_domains_are_shown_as_they_are():
    bare = Glance()
    assert bare.account_name("nordkok") == "nordkok" and bare.rule_label("R4") == "R4"
    assert bare.summary([finding("R1", "nordkok", "name", "x")], ["a@b.example"]) == "nordkok's name, to b.example"


def test_the_same_finding_twice_is_listed_once_with_a_count():
    one = finding("R4", "nordkok", "price", "USD 8.45")
    other = Finding("R4", "hold", "nordkok", "price", "USD 8.45", "body", 40, 48, "why")
    assert dedupe([one, other, finding("R3", "nordkok", "name", "Nordkok")]) == [(one, 2), (dedupe([
        finding("R3", "nordkok", "name", "Nordkok")])[0][0], 1)]


def test_every_list_shows_names_relations_rule_names_and_summaries(officer, seeded):
    for url in ("/log", "/quarantine"):
        html = officer.get(url).text
        assert "Nordkök Köksutrustning AB" in html, url
        assert "another account&#39;s price or volume" in html, url
        assert "Nordkök Köksutrustning AB&#39;s prices, to Maple Crest Housewares Inc." in html, url
    assert "Nordkök Köksutrustning AB, a competitor of Fjord Home AS" in officer.get("/log").text


def test_the_detail_page_heads_with_the_summary_and_shows_every_part(officer, store):
    body = "Dear Olivia,\n\nNordkok pays USD 8.45, and USD 8.45 again.\n"
    qid = record(store, Spec("hostile_held.eml", "held", "Forward: prices", ("olivia@maplecrest.ca",), body,
                             (("Nordkok", "R3", "hold", "nordkok", "name", "names Nordkök"),
                              ("USD 8.45", "R4", "hold", "nordkok", "price", "Nordkök's price"))))
    with store.session() as s:  # a second "USD 8.45" found at its own offset
        from guard.store import schema

        m = s.query(schema.CheckedMessage).filter_by(queue_id=qid).one()
        start = body.rindex("USD 8.45")
        s.add(schema.Finding(message_id=m.id, rule="R4", action="hold", account="nordkok", kind="price",
                             text="USD 8.45", where="body", start=start, end=start + 8,
                             explanation="Nordkök's price"))
    html = officer.get(f"/message/{qid}").text
    assert re.search(r'<p class="gist lead">Nordkök Köksutrustning AB&#39;s prices, to Maple Crest', html)
    assert "<h3>subject</h3>" in html and "<h3>body</h3>" in html   # the part without findings too
    assert "Findings (2, 3 in all)" in html and "×2" in html
    assert html.count('data-findings="f2">USD 8.45</mark>') == 2


def test_every_part_of_a_held_message_is_kept(store, seeded):
    from guard.web.queries import get_message

    assert [p["where"] for p in get_message(store, seeded["hostile"]).parts] == ["subject", "body"]
    assert get_message(store, record(store, Spec(**{**COMPETITOR.__dict__, "marks": ()}))).parts == []
    assert HOSTILE.marks  # the held one had findings
