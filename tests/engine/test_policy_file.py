"""rules/ is data: a company changes actions and phrases without code; bad files fail at load."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from guard.engine import check
from guard.errors import RulesError
from guard.policy.rules import DEFAULT_DIR, load_policy

from .conftest import message


@pytest.fixture
def rules_dir(tmp_path) -> Path:
    d = tmp_path / "rules"
    shutil.copytree(DEFAULT_DIR, d)
    return d


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def refused(rules_dir: Path, old: str, new: str, match: str) -> None:
    """default.toml with `old` changed to `new` fails to load with an error matching `match`."""
    edit(rules_dir / "default.toml", old, new)
    with pytest.raises(RulesError, match=match):
        load_policy(rules_dir)


def test_default_policy_has_rules_r1_to_r11():
    assert sorted(load_policy().rules, key=lambda r: int(r[1:])) == [f"R{i}" for i in range(1, 12)]


def test_an_action_moves_by_editing_the_rules_file(rules_dir, index):
    edit(rules_dir / "default.toml", 'action = "flag"\nreference_accounts = false\nexplanation = "names',
         'action = "hold"\nreference_accounts = false\nexplanation = "names')
    v = check(message("Maple Crest is a fine company."), index, load_policy(rules_dir))
    assert v.verdict == "hold"


def test_an_action_moves_by_configuration_override(index):
    policy = load_policy(None, {"R10": "hold"})
    v = check(message("See attachment.", unread=[("attachment:a.pdf", "encrypted PDF")]), index, policy)
    assert v.verdict == "hold"


def test_a_phrase_list_is_added_without_code(rules_dir, index):
    (rules_dir / "phrases" / "company.toml").write_text(
        "[triggers]\nwords = ['shop']\n[en]\npatterns = ['\\bthat shop down the road\\b']\n", encoding="utf-8")
    v = check(message("That shop down the road pays USD 14.90 a set."), index, load_policy(rules_dir))
    assert v.verdict == "block" and v.accounts == ("maplecrest",)


def test_unknown_action_is_rejected_with_the_rule_named(rules_dir):
    refused(rules_dir, 'action = "block"', 'action = "shred"', r"rule R2: action must be one of")


def test_a_missing_rule_is_rejected(rules_dir):
    refused(rules_dir, 'id = "R9"', 'id = "R1"', "defined twice")


def test_a_bad_phrase_pattern_is_rejected_at_load(rules_dir):
    (rules_dir / "phrases" / "bad.toml").write_text("[en]\npatterns = ['(unclosed']\n", encoding="utf-8")
    with pytest.raises(RulesError, match="bad pattern"):
        load_policy(rules_dir)


def test_an_unknown_placeholder_in_an_explanation_is_rejected(rules_dir):
    refused(rules_dir, "{account_name} (\\\"{text}\\\"), another customer",
            "{customer} (\\\"{text}\\\"), another customer", "unknown {customer}")


def test_an_override_naming_an_unknown_rule_is_rejected():
    with pytest.raises(RulesError, match="unknown rule 'R12'"):
        load_policy(None, {"R12": "block"})


def test_a_phrase_without_a_trigger_word_is_rejected(rules_dir):
    (rules_dir / "phrases" / "company.toml").write_text(
        "[en]\npatterns = ['\\bthat shop down the road\\b']\n", encoding="utf-8")
    with pytest.raises(RulesError, match="none of the \\[triggers\\] words"):
        load_policy(rules_dir)


def test_an_unknown_rule_key_is_refused_with_file_and_line(rules_dir):
    path = rules_dir / "default.toml"
    edit(path, 'id = "R8"\n', 'id = "R8"\nalways = true\n')
    line = path.read_text(encoding="utf-8").splitlines().index("always = true") + 1
    with pytest.raises(RulesError, match=rf"default.toml:{line}: rule R8: unknown key 'always'"):
        load_policy(rules_dir)


def test_replaces_must_name_other_rules(rules_dir):
    refused(rules_dir, 'replaces = ["R1"]', 'replaces = ["R99"]', r"rule R2: replaces must be a list of other rule ids")


def test_unread_actions_belong_to_r10_only(rules_dir):
    refused(rules_dir, 'id = "R1"\n', 'id = "R1"\nunread_actions = { limit = "hold" }\n',
            r"rule R1: unread_actions applies to R10 only")


def test_sender_may_release_is_true_or_false(rules_dir):
    refused(rules_dir, 'sender_may_release = true    #', 'sender_may_release = "yes"    #',
            r"default.toml:\d+: rule R1: sender_may_release must be true or false")


def test_only_flag_level_rules_let_a_sender_release():
    policy = load_policy()
    assert sorted(r.id for r in policy.rules.values() if r.sender_may_release) == ["R1", "R11", "R5", "R8", "R9"]
