"""Loading a valid registry file: what guard normalises, and how unreadable files are reported."""

from __future__ import annotations

import pytest

from guard.errors import RegistryError
from guard.registry.load import load_registry, load_registry_text
from guard.registry.model import Contact, Deal

from .helpers import FIXTURES, KITCHENWARE, document


@pytest.fixture(scope="module")
def full():
    return load_registry(FIXTURES / "full.toml")


def test_valid_file_loads_every_section(full):
    assert full.version == 1 and full.source == str(FIXTURES / "full.toml")
    assert full.company.name == "Qingdao Tidewater Ceramics Co., Ltd."
    assert [p.sku for p in full.products] == ["MUG-12", "BOWL-6"]
    assert [a.id for a in full.accounts] == ["harbourside", "tallinn.kodu", "mueller-haus", "sakura_table"]
    assert full.account("harbourside").deals[0] == Deal("MUG-12", 2.35, "GBP", "pc", 24000, "2026-05-04")


def test_the_shared_test_registry_loads():
    registry = load_registry(KITCHENWARE)
    assert len(registry.accounts) == 5 and registry.account("pampas").is_reference


def test_domains_are_lower_cased_without_www_and_trailing_dot(full):
    assert full.account("harbourside").domains == ("harbourside-homewares.co.uk",)
    assert full.company.domains == ("tidewater-ceramics.cn", "tidewater-ceramics.com")


def test_internationalised_domains_are_listed_in_both_spellings(full):
    assert full.account("mueller-haus").domains == ("müllerhaus.de", "xn--mllerhaus-q9a.de",
                                                    "xn--mllerhaus-online-jzb.de", "müllerhaus-online.de")


def test_an_idn_in_both_spellings_on_two_accounts_is_one_domain():
    problems = _problems(document(second='domains = ["müllerhaus.de"]\n[[accounts]]\nid = "x"\nname = "X"\n'
                                         'domains = ["xn--mllerhaus-q9a.de"]'))
    assert len(problems) == 1 and 'domain "xn--mllerhaus-q9a.de" also belongs to kodu' in problems[0]


def test_broken_punycode_is_rejected():
    problems = _problems(document(second='domains = ["xn--zzzz-.de"]'))
    assert "accounts.domains" in problems[0] and "not a valid domain name" in problems[0]


def test_email_addresses_are_lower_cased(full):
    assert full.account("harbourside").contacts == (
        Contact("Megan Price", "megan.price@harbourside-homewares.co.uk"), Contact("Tom Ashby", ""))


def test_aliases_are_stripped_and_deduplicated_and_the_name_is_not_repeated(full):
    assert full.account("harbourside").aliases == ("Harbourside Homewares", "Harbourside")


def test_names_in_any_script(full):
    assert full.account("sakura_table").name == "桜テーブル株式会社"
    assert full.account("mueller-haus").aliases == ("ミュラーハウス",)


def test_competitor_relation_is_made_symmetric(full):
    assert full.account("harbourside").competitors == ("tallinn.kodu",)
    assert full.account("tallinn.kodu").competitors == ("harbourside",)


def test_toml_dates_and_string_dates_both_become_iso_strings(full):
    assert full.account("harbourside").deals[0].date == "2026-05-04"
    assert full.account("tallinn.kodu").deals[0].date == "2026-06-30"


def test_disclosure_defaults_to_confidential(full):
    assert full.account("harbourside").disclosure == "confidential"
    assert full.account("sakura_table").disclosure == "reference"


def test_missing_file_is_one_clear_problem(tmp_path):
    with pytest.raises(RegistryError) as e:
        load_registry(tmp_path / "nope.toml")
    assert e.value.problems == [f"{tmp_path / 'nope.toml'}: no such file"]


def test_non_utf8_file_is_one_clear_problem(tmp_path):
    path = tmp_path / "latin1.toml"
    path.write_bytes(document(second='aliases = ["Kodu Keraamika Oü"]').encode("latin-1"))
    with pytest.raises(RegistryError) as e:
        load_registry(path)
    assert "not UTF-8" in e.value.problems[0]


def test_utf8_with_bom_is_read(tmp_path):
    path = tmp_path / "bom.toml"
    path.write_bytes(b"\xef\xbb\xbf" + document().encode())
    assert len(load_registry(path).accounts) == 2


def test_csv_options_on_a_toml_file_are_refused():
    with pytest.raises(RegistryError, match="apply only to .csv"):
        load_registry(KITCHENWARE, base=KITCHENWARE)


def test_syntax_error_at_end_of_file_names_the_last_line():
    problems = _problems("version = 1\n[company]\nname = [")
    assert problems[0].startswith("reg.toml:3: syntax: ")


def _problems(text: str) -> list[str]:
    with pytest.raises(RegistryError) as e:
        load_registry_text(text, "reg.toml")
    return e.value.problems
