"""registry_to_toml writes a version 1 document that loads back to the same registry."""

from __future__ import annotations

import tomllib

from hypothesis import given, settings
from hypothesis import strategies as st

from guard.registry.dump import registry_to_toml, toml_string
from guard.registry.load import load_registry, load_registry_text
from guard.registry.model import Account, Company, Contact, Deal, Product, Registry
from guard.registry.values import fold

from .helpers import FIXTURES, KITCHENWARE


def _same(a: Registry, b: Registry) -> bool:
    return (a.company, a.products, a.accounts) == (b.company, b.products, b.accounts)


def test_full_registry_round_trips():
    registry = load_registry(FIXTURES / "full.toml")
    assert _same(load_registry_text(registry_to_toml(registry), "dumped.toml"), registry)


def test_shared_test_registry_round_trips():
    registry = load_registry(KITCHENWARE)
    assert _same(load_registry_text(registry_to_toml(registry), "dumped.toml"), registry)


def test_awkward_strings_round_trip():
    registry = Registry(
        company=Company('Quote "Co" \\ Backslash\tTab', ("quote.cn",)),
        products=(Product("A-1", ("model \"A\"", "型号A", "line\nbreak")),),
        accounts=(Account(id="x", name="X \u0007 bell", contacts=(Contact("", "a@x.com"),),
                          deals=(Deal("A-1", price=1e-7, quantity=10**15),)),),
    )
    assert _same(load_registry_text(registry_to_toml(registry), "dumped.toml"), registry)


def test_comment_heads_the_document_and_is_a_comment():
    text = registry_to_toml(load_registry(KITCHENWARE), comment="Imported from crm.csv\nby guard")
    assert text.startswith("# Imported from crm.csv\n# by guard\nversion = 1\n")
    assert tomllib.loads(text)["version"] == 1


def test_toml_string_escapes_control_characters():
    assert toml_string('a"b\\c\x01') == '"a\\"b\\\\c\\u0001"'


@settings(max_examples=200, deadline=None)
@given(names=st.lists(st.text(min_size=1, max_size=20).map(str.strip).filter(fold), min_size=1, max_size=5,
                      unique_by=fold),
       price=st.floats(min_value=0, allow_nan=False, allow_infinity=False),
       quantity=st.integers(min_value=0, max_value=10**18))
def test_any_names_and_figures_round_trip(names, price, quantity):
    registry = Registry(
        company=Company("Tidewater", ("tidewater-ceramics.cn",)),
        products=(Product("A-1", ("model a",)),),
        accounts=tuple(Account(id=f"a{i}", name=name, deals=(Deal("A-1", price=price, quantity=quantity),))
                       for i, name in enumerate(names)),
    )
    assert _same(load_registry_text(registry_to_toml(registry), "dumped.toml"), registry)
