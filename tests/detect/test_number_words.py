"""Quantities in words (rules/numbers/, one file per language): each counts as a figure when a
unit follows it and its value is ten or more."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from guard.errors import RulesError
from guard.policy.rules import DEFAULT_DIR as RULES_DIR
from guard.policy.rules import load_policy


@pytest.fixture(scope="module")
def figures():
    return load_policy().figures


@pytest.mark.parametrize("text, value, unit", [
    ("they order twenty sets a month", 20, "set"),
    ("two hundred and fifty cartons", 250, "carton"),
    ("five thousand pieces", 5000, "pc"),
    ("notre client prend vingt unités", 20, "pc"),
    ("quatre-vingt-dix pièces", 90, "pc"),
    ("deux cents pièces", 200, "pc"),
    ("ciento veinte cajas", 120, "carton"),
    ("nuestro distribuidor compró cinco mil piezas", 5000, "pc"),
    ("пять тысяч штук", 5000, "pc"),
])
def test_a_quantity_in_words_is_a_figure(figures, text, value, unit):
    found, _ = figures.find(text)
    assert [(e.values, e.unit) for e in found] == [((float(value),), unit)]


@pytest.mark.parametrize("text", ["a customer of ours", "one model", "deux clients", "ten percent", "tres modelos"])
def test_counts_of_things_are_not_volumes(figures, text):
    assert figures.find(text)[0] == []


def test_a_language_is_a_file(tmp_path: Path):
    rules = tmp_path / "rules"
    shutil.copytree(RULES_DIR, rules)
    (rules / "numbers" / "it.toml").write_text('[words]\nventi = 20\n[scales]\nmila = 1000\n', encoding="utf-8")
    found, _ = load_policy(rules).figures.find("il nostro cliente prende venti pcs")
    assert [e.values for e in found] == [(20.0,)]


def test_a_malformed_number_words_file_is_refused_with_its_path(tmp_path: Path):
    rules = tmp_path / "rules"
    shutil.copytree(RULES_DIR, rules)
    (rules / "numbers" / "xx.toml").write_text('[words]\nzwei = "two"\n', encoding="utf-8")
    with pytest.raises(RulesError, match=r"xx\.toml: \[words\] zwei"):
        load_policy(rules)


def test_number_words_count_only_as_whole_words(figures):
    assert figures.number_words.may_occur("the price went up 5 percent in a similar family") is False
    assert figures.number_words.may_occur("about twenty sets") is True
