"""R11: an organisation named as a buyer that the registry lacks is flagged by `guard check`."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from guard.cli import cli
from guard.engine import Engine
from guard.policy.rules import load_policy
from guard.registry.load import load_registry

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "learn"
REGISTRY = FIXTURES / "registry.toml"


def check(name: str) -> dict:
    r = CliRunner().invoke(cli, ["check", "--json", "--registry", str(REGISTRY), str(FIXTURES / name)])
    return json.loads(r.output.splitlines()[0])


def r11(result: dict) -> list[dict]:
    return [f for f in result["findings"] if f["rule"] == "R11"]


def test_an_unknown_buyer_with_a_legal_form_is_flagged_with_the_advice():
    result = check("unknown_buyer_en.eml")
    [f] = r11(result)
    assert result["verdict"] == "flag"
    assert f["text"] == "Harbourside Outdoor Pty Ltd" and f["account"] is None and f["kind"] == "name"
    assert "names an organisation the registry does not know" in f["explanation"]
    assert "guard registry learn or import" in f["explanation"]


def test_an_unknown_chinese_buyer_is_flagged_without_ner():
    [f] = r11(check("unknown_buyer_zh.eml"))
    assert f["text"] == "珠江贸易有限公司"


def test_accounts_the_company_forwarders_and_places_are_not_flagged():
    assert r11(check("known_and_places.eml")) == []


def test_the_recipients_own_quoted_words_are_not_flagged():
    assert r11(check("unknown_in_quote.eml")) == []


def test_r11_is_off_for_the_relay_by_default():
    engine = Engine(load_registry(REGISTRY))  # as the relay and the watcher build it
    verdict = engine.check_bytes((FIXTURES / "unknown_buyer_en.eml").read_bytes()).verdict
    assert not [f for f in verdict.findings if f.rule == "R11"]
    assert verdict.verdict == "pass"


def test_a_company_can_turn_r11_on_for_the_relay_or_change_its_action(tmp_path):
    import shutil

    rules = tmp_path / "rules"
    shutil.copytree(Path(load_policy().source).parent, rules)
    text = (rules / "default.toml").read_text().replace('ways = ["check"]', 'ways = ["check", "relay"]')
    (rules / "default.toml").write_text(text)
    engine = Engine(load_registry(REGISTRY), load_policy(rules, {"R11": "hold"}), way="relay")
    verdict = engine.check_bytes((FIXTURES / "unknown_buyer_en.eml").read_bytes()).verdict
    assert verdict.verdict == "hold"
