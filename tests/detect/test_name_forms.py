"""Account names as inflecting languages write them (rules/words/endings.toml)."""

from __future__ import annotations

import pytest

from guard.detect.names import find_names
from guard.registry.index import build_index
from guard.registry.load import load_registry_text

REGISTRY = """
version = 1
[company]
name = "Example Works"
domains = ["example-works.cn"]

[[accounts]]
id = "veloterra"
name = "OOO Veloterra"
aliases = ["Велотерр", "СибВело"]
country = "RU"
domains = ["veloterra.ru"]
"""


@pytest.fixture(scope="module")
def index():
    return build_index(load_registry_text(REGISTRY, "names-test"))


@pytest.mark.parametrize("text", ["коллеги из Велотерра приедут", "работаем с Велотерром", "о Велотерре", "Велотерр"])
def test_a_cyrillic_name_is_found_in_its_case_forms(index, text):
    assert [e.account for e in find_names(text, index)] == ["veloterra"]


@pytest.mark.parametrize("text", ["Велотеррариум", "Велотерраном"])
def test_a_longer_word_is_not_the_name(index, text):
    assert find_names(text, index) == []


def test_an_indeclinable_name_matches_whole(index):
    assert [e.text for e in find_names("вы продаёте и СибВело?", index)] == ["СибВело"]
