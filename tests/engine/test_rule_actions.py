"""Every rule's action is data: moved in the configuration, the verdict moves with it (issue 14)."""

from __future__ import annotations

import pytest

from guard.engine import check
from guard.mail.model import Part
from guard.policy.rules import load_policy

from .conftest import message

FJORD = ("ingrid@fjordhome.no",)
QUOTE = Part("quoted", "From: Erik Lund <erik.lund@nordkok.se>\nSubject: feedback\n\nAll good.",
             origin="quoted", author="erik.lund@nordkok.se", header_addresses=("erik.lund@nordkok.se",))

# rule: (message, its default verdict, an action to move the rule to)
CASES = {
    "R1": (message("You may know Maple Crest, they are a good company."), "flag", "hold"),
    "R2": (message("Nordkök in Stockholm is also our customer.", to=FJORD), "block", "hold"),
    "R3": (message("Maple Crest buys the knife block set from us every quarter."), "block", "hold"),
    "R4": (message("Another customer of ours pays USD 14.90 per set, so that is the floor."), "block", "hold"),
    "R5": (message("A customer of ours just ordered the granite frying pan and the stainless kettle."), "flag", "block"),
    "R6": (message("Our new catalogue.", to=("olivia@maplecrest.ca", "noah@kookaburrakitchen.com.au")), "flag", "hold"),
    "R7": (message("FYI see below.", parts=(QUOTE,)), "block", "hold"),
    "R8": (message("Cocina Pampas in Buenos Aires agreed to be a reference, you may call them."), "pass", "flag"),
    "R9": (message("Yes, we have customers in Australia and Norway."), "pass", "flag"),
    "R10": (message("Price list attached.", unread=[("attachment:prices.pdf", "encrypted PDF")]), "flag", "hold"),
}


@pytest.mark.parametrize("rule", sorted(CASES, key=lambda r: int(r[1:])))
def test_moving_a_rules_action_moves_the_verdict(rule, index, policy):
    msg, default, moved = CASES[rule]
    assert check(msg, index, policy).verdict == default
    verdict = check(msg, index, load_policy(None, {rule: moved}))
    assert verdict.verdict == moved
    assert rule in {f.rule for f in verdict.findings}


def test_a_competitor_rule_moved_to_pass_falls_back_to_r1s_flag(index):
    msg, _, _ = CASES["R2"]
    v = check(msg, index, load_policy(None, {"R2": "pass"}))
    assert v.verdict == "flag" and {f.rule for f in v.findings} == {"R1"}


def test_r1_and_r3_on_the_same_name_give_one_finding(index, policy):
    msg, _, _ = CASES["R3"]
    on_name = [f for f in check(msg, index, policy).findings if f.text == "Maple Crest"]
    assert [f.rule for f in on_name] == ["R3"]


def test_a_reference_account_moved_to_flag_names_the_reference(index):
    msg, _, _ = CASES["R8"]
    [f] = check(msg, index, load_policy(None, {"R8": "flag"})).findings
    assert (f.rule, f.account, f.action) == ("R8", "pampas", "flag")


def test_a_market_sentence_with_a_name_in_it_is_not_r9(index):
    msg = message("We export to Canada, Maple Crest is one of our buyers there.")
    rules = {f.rule for f in check(msg, index, load_policy(None, {"R9": "flag"})).findings}
    assert "R9" not in rules and "R1" in rules


def test_r9_at_its_default_costs_nothing():
    assert load_policy().markets is None
    assert load_policy(None, {"R9": "flag"}).markets is not None
