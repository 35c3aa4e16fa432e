"""load_registry_text never raises anything but RegistryError, whatever TOML-ish text it gets."""

from __future__ import annotations

import csv

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from guard.errors import RegistryError
from guard.registry.csvimport import load_registry_csv
from guard.registry.load import load_registry_text
from guard.registry.model import Registry

from .helpers import FIXTURES

# Lines a registry is made of, right and wrong, so that random mixes reach the validator.
FRAGMENTS = [
    "version = 1", "version = 2", "version = '1'", "[company]", 'name = "Tidewater"', "name = 3",
    'domains = ["tidewater-ceramics.cn"]', 'domains = "x"', "domains = [1, 2]", "[[products]]",
    'sku = "MUG-12"', 'names = ["mug", "MUG"]', "names = []", "[[accounts]]", 'id = "kodu"', 'id = "Kodu"',
    'name = "Kodu"', 'aliases = ["Kodu", "", 3]', 'country = "EE"', 'country = "eee"',
    'contacts = [ { name = "K", email = "k@kodu.ee" } ]', "contacts = [ 1, {}, [] ]",
    'contacts = [ { email = "@" } ]', 'competitors = ["kodu", "x"]', 'partners = ["a b"]',
    'disclosure = "reference"', "[[accounts.deals]]", "price = -1.5", "price = nan", "price = inf",
    "quantity = 1e400", 'currency = "usd"', "date = 2026-02-30", "date = 2026-01-01T00:00:00Z",
    "date = 10:00:00", "date = [2026-01-01]", "[accounts]", "[accounts.deals]", "[company.domains]",
    "[[company]]", "deals = 3", "x = { a = { b = [ { c = 1 } ] } }", '"quoted key" = 1', "a.b.c = 1",
    'names = """multi\nline"""', "names = [\n'a',\n]", "[[products.names]]", "9 = 9",
    'domains = ["xn--zzzz-.de", "müller.de", "www.x", "-a.com", "1.2.3.4"]', "# comment", "",
]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=30)), max_size=40))
def test_only_registry_errors_from_any_text(lines):
    try:
        result = load_registry_text("\n".join(lines), "fuzz.toml")
    except RegistryError as e:
        assert e.problems and all(p.startswith("fuzz.toml") for p in e.problems)
    else:
        assert isinstance(result, Registry)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_only_registry_errors_from_random_text(text):
    try:
        load_registry_text(text, "fuzz.toml")
    except RegistryError:
        pass


def test_deep_nesting_and_huge_numbers_are_registry_errors():
    for text in ("a = " + "[" * 5000 + "]" * 5000, "a = " + "9" * 5000):
        try:
            load_registry_text(text, "fuzz.toml")
        except RegistryError as e:
            assert e.problems[0].startswith("fuzz.toml")


CELLS = ["kodu", "Kodu", "", "kodu.ee", "EE", "ee", "MUG-12", "1,250.50", "-1", "abc", "2026-01-01", "a;b|c",
         "x@kodu.ee", "reference", '"', "\n", ";;", "harbourside", "Müller", "1e5"]
HEADERS = ["account_id", "name", "aliases", "country", "domains", "contact_names", "contact_emails",
           "competitors", "partners", "disclosure", "sku", "price", "currency", "unit", "quantity", "date", "x"]


@settings(max_examples=150, deadline=None)
@given(header=st.lists(st.sampled_from(HEADERS), min_size=1, max_size=8),
       rows=st.lists(st.lists(st.one_of(st.sampled_from(CELLS), st.text(max_size=8)), max_size=9), max_size=8))
def test_only_registry_errors_from_any_csv(tmp_path_factory, header, rows):
    path = tmp_path_factory.mktemp("csv") / "crm.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows([header, *rows])
    try:
        load_registry_csv(path, base=FIXTURES / "base.toml")
    except RegistryError as e:
        assert e.problems and all(p.startswith(str(path)) for p in e.problems)
