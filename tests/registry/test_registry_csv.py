"""CSV import of CRM exports: rows to accounts and deals, company and products from --base or options."""

from __future__ import annotations

from pathlib import Path

import pytest

from guard.errors import RegistryError
from guard.registry.csvimport import load_registry_csv
from guard.registry.load import load_registry
from guard.registry.model import Contact, Deal

from .helpers import FIXTURES

BASE = FIXTURES / "base.toml"
PRODUCTS = FIXTURES / "products.csv"
HEADER = "account_id,name,domains,country,contact_names,contact_emails,competitors,sku,price,currency,quantity,date\n"


def _csv(tmp_path: Path, rows: str, header: str = HEADER) -> Path:
    path = tmp_path / "crm.csv"
    path.write_text(header + rows, encoding="utf-8")
    return path


def _problems(path: Path, **options) -> list[str]:
    options = options or {"base": BASE}
    with pytest.raises(RegistryError) as e:
        load_registry_csv(path, **options)
    return e.value.problems


def test_export_with_base_builds_accounts_and_deals():
    registry = load_registry(FIXTURES / "accounts.csv", base=BASE)
    h = registry.account("harbourside")
    assert h.name == "Harbourside Homewares Ltd" and h.aliases == ("Harbourside Homewares", "Harbourside")
    assert h.contacts == (Contact("Megan Price", "megan.price@harbourside-homewares.co.uk"),
                          Contact("Tom Ashby", "tom@harbourside-homewares.co.uk"))
    assert h.deals == (Deal("MUG-12", 2.35, "GBP", "pc", 24000, "2026-05-04"), Deal("BOWL-6", 11, "GBP", "set"))
    assert registry.account("tallinn.kodu").competitors == ("harbourside",)
    assert registry.account("mueller-haus").deals == ()


def test_base_supplies_company_and_products_and_keeps_accounts_not_in_the_export():
    registry = load_registry(FIXTURES / "accounts.csv", base=BASE)
    assert registry.company.name == "Qingdao Tidewater Ceramics Co., Ltd."
    assert [p.sku for p in registry.products] == ["MUG-12", "BOWL-6"]
    assert [a.id for a in registry.accounts] == ["sakura_table", "harbourside", "tallinn.kodu", "mueller-haus"]


def test_export_replaces_the_base_account_with_the_same_id():
    registry = load_registry(FIXTURES / "accounts.csv", base=BASE)
    assert registry.account("harbourside").domains == ("harbourside-homewares.co.uk",)


def test_company_options_and_products_csv_instead_of_base():
    registry = load_registry_csv(FIXTURES / "accounts.csv", company_name="Tidewater Ceramics",
                                 company_domains=["tidewater-ceramics.cn"], products=PRODUCTS)
    assert registry.company.domains == ("tidewater-ceramics.cn",)
    assert registry.products[1].names == ("BOWL-6", "ramen bowl set")
    assert len(registry.accounts) == 3


def test_excel_export_with_bom_semicolons_and_crlf():
    registry = load_registry_csv(FIXTURES / "accounts_excel.csv", base=BASE)
    assert registry.account("harbourside").domains == ("harbourside-homewares.co.uk", "harbourside.example.com")


def test_thousands_separators_in_figures(tmp_path):
    path = _csv(tmp_path, 'kodu,Kodu,kodu.ee,EE,,,,MUG-12,"1,250.50",EUR,"18,000",\n')
    assert load_registry_csv(path, base=BASE).account("kodu").deals[0] == Deal("MUG-12", 1250.5, "EUR", None, 18000)


def test_problems_name_file_row_and_column(tmp_path):
    path = _csv(tmp_path, "kodu,Kodu,kodu ee,ee,,,,MUG-13,abc,EUR,-3,2026-13-01\n")
    assert sorted(_problems(path)) == sorted([
        f"{path}:2: domains: \"kodu ee\" contains white space",
        f"{path}:2: country: \"ee\" must be upper case (EE)",
        f"{path}:2: price: \"abc\" is not a number (write e.g. 1234.50, without currency signs)",
        f"{path}:2: sku: unknown sku \"MUG-13\" (did you mean \"MUG-12\"?)",
        f"{path}:2: quantity: -3 must not be negative",
        f"{path}:2: date: \"2026-13-01\" is not a real calendar date",
    ])


def test_problem_on_a_later_row_names_that_row(tmp_path):
    path = _csv(tmp_path, "kodu,Kodu,kodu.ee,EE,,,,MUG-12,1,EUR,,\nkodu,,,,,,nobody,,,,,\n")
    assert _problems(path) == [f"{path}:3: competitors: unknown account id \"nobody\""]


def test_repeated_rows_must_agree_on_name(tmp_path):
    path = _csv(tmp_path, "kodu,Kodu,kodu.ee,EE,,,,,,,,\nkodu,Kodu AS,,,,,,,,,,\n")
    assert _problems(path) == [f'{path}:3: name: "Kodu AS" differs from "Kodu" on row 2 for kodu']


def test_repeated_rows_merge_lists(tmp_path):
    path = _csv(tmp_path, "kodu,Kodu,kodu.ee,EE,,,,,,,,\nkodu,,kodu.com,,,,,,,,,\n")
    assert load_registry_csv(path, base=BASE).account("kodu").domains == ("kodu.ee", "kodu.com")


def test_contact_names_and_emails_pair_by_position(tmp_path):
    path = _csv(tmp_path, "kodu,Kodu,kodu.ee,EE,A;B,a@kodu.ee,,,,,,\n")
    assert _problems(path) == [f"{path}:2: contact_emails: 2 contact_names but 1 contact_emails: "
                               "they pair by position"]


def test_bad_contact_email_names_its_row_and_column(tmp_path):
    path = _csv(tmp_path, "kodu,Kodu,kodu.ee,EE,,,,,,,,\nkodu,,,,Kadri,kadri-at-kodu.ee,,,,,,\n")
    assert _problems(path) == [f'{path}:3: contact_emails: "kadri-at-kodu.ee" is not an e-mail address '
                               "(it needs local@domain)"]


def test_empty_account_id_is_a_problem(tmp_path):
    path = _csv(tmp_path, ",Nobody Ltd,,,,,,,,,,\n")
    assert _problems(path) == [f"{path}:2: account_id: must not be empty"]


def test_unknown_column_is_a_problem(tmp_path):
    path = _csv(tmp_path, "kodu,Kodu,x\n", header="account_id,name,owner\n")
    problems = _problems(path)
    assert len(problems) == 1 and problems[0].startswith(f"{path}:1: owner: unknown column; known: account_id")


def test_missing_required_column_is_a_problem(tmp_path):
    path = _csv(tmp_path, "kodu,kodu.ee\n", header="account_id,domains\n")
    assert f"{path}:1: name: missing required column" in _problems(path)


def test_row_with_too_many_cells_is_a_problem(tmp_path):
    path = _csv(tmp_path, "kodu,Kodu,x\n", header="account_id,name\n")
    assert _problems(path) == [f"{path}:2: row: 3 cells but the header names 2 columns"]


def test_problems_in_the_base_name_the_base_file(tmp_path):
    base = tmp_path / "base.toml"
    base.write_text(BASE.read_text(encoding="utf-8").replace('country = "JP"', 'country = "Japan"'),
                    encoding="utf-8")
    path = _csv(tmp_path, "kodu,Kodu,kodu.ee,EE,,,,,,,,\n")
    problems = _problems(path, base=base)
    assert len(problems) == 1 and problems[0].startswith(f"{base}:21: accounts.country: ")


def test_problems_in_the_products_csv_name_that_file(tmp_path):
    products = tmp_path / "products.csv"
    products.write_text("sku,names\nMUG-12,mug\nMUG-14,Mug\n", encoding="utf-8")
    path = _csv(tmp_path, "kodu,Kodu,kodu.ee,EE,,,,,,,,\n")
    assert _problems(path, company_name="Tidewater", products=products) == [
        f'{products}:3: names: "Mug" is already a name of product MUG-12']


def test_company_comes_from_somewhere():
    with pytest.raises(RegistryError, match="add --base registry.toml, or --company-name"):
        load_registry_csv(FIXTURES / "accounts.csv")


def test_base_and_company_options_exclude_each_other():
    with pytest.raises(RegistryError, match="either --base or --company-name"):
        load_registry_csv(FIXTURES / "accounts.csv", base=BASE, company_name="X")
