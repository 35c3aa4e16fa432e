"""The example configuration's policy (config.example.toml [rules] actions): R2 and R7 held for
an officer, R10 held when a limit or broken content hid something, flagged when encrypted."""

from __future__ import annotations

from pathlib import Path

import pytest

from guard.config import load_config
from guard.engine import check
from guard.policy.rules import load_policy

from .conftest import message
from .test_rule_actions import CASES

EXAMPLE = Path(__file__).resolve().parents[2] / "config.example.toml"


@pytest.fixture(scope="module")
def example_policy():
    cfg = load_config(EXAMPLE)
    return load_policy(cfg.rules_dir, cfg.section("rules").get("actions"))


@pytest.mark.parametrize("rule", ["R2", "R7"])
def test_the_example_holds_r2_and_r7_which_block_by_default(rule, index, example_policy):
    msg, default, _ = CASES[rule]
    assert default == "block"
    verdict = check(msg, index, example_policy)
    assert verdict.verdict == "hold" and rule in {f.rule for f in verdict.findings}


@pytest.mark.parametrize("reason", ["nesting deeper than 12 levels", "more than 500 parts", "over 300 PDF pages",
                                    "archive expansion over the limit", "extraction over 10 s"])
def test_the_example_holds_what_a_limit_left_unread(reason, index, example_policy):
    msg = message("Price list attached.", unread=[("attachment:prices.pdf", reason, "limit")])
    assert check(msg, index, example_policy).verdict == "hold"


def test_the_example_holds_content_that_does_not_decode(index, example_policy):
    msg = message("See part 2.", unread=[("part 2", "unknown transfer encoding x-gzip64", "broken")])
    assert check(msg, index, example_policy).verdict == "hold"


@pytest.mark.parametrize("cause", ["encrypted", "unsupported"])
def test_the_example_flags_an_encrypted_or_unsupported_attachment(cause, index, example_policy):
    msg = message("Price list attached.", unread=[("attachment:prices.pdf", "encrypted PDF", cause)])
    verdict = check(msg, index, example_policy)
    assert verdict.verdict == "flag" and [f.rule for f in verdict.findings] == ["R10"]


def test_the_example_leaves_the_other_rules_at_their_defaults(example_policy):
    builtin = load_policy()
    changed = {r for r in builtin.rules if builtin.rules[r].action != example_policy.rules[r].action}
    assert changed == {"R2", "R7"}
