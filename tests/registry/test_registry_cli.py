"""`guard registry import|list|check` with CliRunner on a real temporary SQLite store."""

from __future__ import annotations

import json

import click
import pytest
from sqlalchemy import func, select

from guard.registry.cli import registry_group
from guard.store.db import Store
from guard.store.schema import RegistryDocument

from .helpers import FIXTURES, KITCHENWARE, document, run

BASE = FIXTURES / "base.toml"


def documents(url: str) -> int:
    store = Store(url)
    store.upgrade()
    with store.session() as s:
        return s.scalar(select(func.count()).select_from(RegistryDocument))


@pytest.fixture
def bad_file(tmp_path):
    path = tmp_path / "bad.toml"
    path.write_text(document(account='country = "au"', second='domains = ["kodu ee"]'), encoding="utf-8")
    return path


def test_import_reports_what_it_imported_and_where(sqlite_url):
    result = run("import", KITCHENWARE, "--db", sqlite_url)
    assert result.exit_code == 0, result.output
    assert result.stdout == f"imported 5 accounts, 3 products, 6 deals from {KITCHENWARE} into {sqlite_url}\n"
    assert documents(sqlite_url) == 1


def test_import_of_a_file_with_problems_lists_them_all_and_imports_nothing(sqlite_url, bad_file):
    result = run("import", bad_file, "--db", sqlite_url)
    assert result.exit_code == 3
    lines = result.stderr.splitlines()
    assert lines[0].startswith(f"{bad_file}:") and "accounts.country" in lines[0]
    assert lines[1].startswith(f"{bad_file}:") and "accounts.domains" in lines[1]
    assert lines[2] == "Error: 2 problems in the registry; nothing was imported"
    assert documents(sqlite_url) == 0


def test_a_single_problem_is_the_error_sentence(sqlite_url, tmp_path):
    path = tmp_path / "one.toml"
    path.write_text(document(second='country = "UK"'), encoding="utf-8")
    result = run("import", path, "--db", sqlite_url)
    assert result.exit_code == 3
    assert result.stderr.startswith(f"Error: {path}:") and "use GB" in result.stderr
    assert result.stderr.count("\n") == 1


def test_dry_run_validates_and_imports_nothing(sqlite_url):
    result = run("import", KITCHENWARE, "--db", sqlite_url, "--dry-run")
    assert result.exit_code == 0 and "dry run: nothing imported" in result.stdout
    assert documents(sqlite_url) == 0


def test_default_store_is_guard_db_in_the_current_directory(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run("import", KITCHENWARE)
    assert result.exit_code == 0 and result.stdout.endswith("into sqlite:///guard.db\n")
    assert (tmp_path / "guard.db").exists()


def test_config_store_url_is_relative_to_the_config_file(tmp_path):
    (tmp_path / "etc").mkdir()
    config = tmp_path / "etc" / "guard.toml"
    config.write_text('[store]\nurl = "sqlite:///state/guard.db"\n', encoding="utf-8")
    (tmp_path / "etc" / "state").mkdir()
    assert run("import", KITCHENWARE, "--config", config).exit_code == 0
    assert documents(f"sqlite:///{tmp_path / 'etc' / 'state' / 'guard.db'}") == 1


def test_import_of_a_crm_export_with_base(sqlite_url):
    result = run("import", FIXTURES / "accounts.csv", "--base", BASE, "--db", sqlite_url)
    assert result.exit_code == 0, result.output
    assert "imported 4 accounts, 2 products, 3 deals" in result.stdout
    listed = run("list", "--db", sqlite_url, "--json")
    assert [a["id"] for a in json.loads(listed.stdout)] == ["sakura_table", "harbourside", "tallinn.kodu",
                                                            "mueller-haus"]


def test_csv_problems_name_file_row_and_column(sqlite_url, tmp_path):
    path = tmp_path / "crm.csv"
    path.write_text("account_id,name,country\nkodu,Kodu,Estonia\nkodu2,,EE\n", encoding="utf-8")
    result = run("import", path, "--base", BASE, "--db", sqlite_url)
    assert result.exit_code == 3
    assert f"{path}:2: country: " in result.stderr and f"{path}:3: name: must not be empty" in result.stderr
    assert documents(sqlite_url) == 0


def test_csv_options_on_a_toml_file_are_a_usage_error(sqlite_url):
    result = run("import", KITCHENWARE, "--base", BASE, "--db", sqlite_url)
    assert result.exit_code == 3 and "apply to .csv files" in result.stderr


def test_list_shows_one_row_per_account(sqlite_url):
    run("import", KITCHENWARE, "--db", sqlite_url)
    result = run("list", "--db", sqlite_url)
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["id", "name", "country", "disclosure", "domains", "deals", "competitors"]
    assert lines[1].split() == ["fjordhome", "Fjord", "Home", "AS", "NO", "confidential", "fjordhome.no", "2",
                                "nordkok"]
    assert len(lines) == 6
    assert "5 accounts, 3 products, 6 deals" in result.stderr and "document 1" in result.stderr


def test_list_json_has_every_field(sqlite_url):
    run("import", KITCHENWARE, "--db", sqlite_url)
    accounts = json.loads(run("list", "--db", sqlite_url, "--json").stdout)
    assert accounts[3]["disclosure"] == "reference"
    assert accounts[0]["deals"][1] == {"sku": "PAN-28", "price": 6.35, "currency": "USD", "unit": "pc",
                                       "quantity": 2500}
    assert accounts[2]["contacts"] == [{"name": "Olivia Grant", "email": "olivia@maplecrest.ca"}]


def test_list_a_registry_file_without_a_store():
    result = run("list", "--registry", FIXTURES / "full.toml")
    assert result.exit_code == 0 and result.stdout.splitlines()[4].startswith("sakura_table  桜テーブル株式会社")


def test_list_without_an_import_says_what_to_run(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run("list")
    assert result.exit_code == 3
    assert result.stderr == "Error: no store at guard.db: run `guard registry import FILE` first\n"
    assert not (tmp_path / "guard.db").exists()


def test_list_of_an_empty_store_says_what_to_run(sqlite_url):
    documents(sqlite_url)
    result = run("list", "--db", sqlite_url)
    assert result.exit_code == 3 and "no registry imported yet" in result.stderr


def test_list_takes_a_file_or_a_store_not_both(sqlite_url):
    result = run("list", "--registry", KITCHENWARE, "--db", sqlite_url)
    assert result.exit_code == 3 and "not both" in result.stderr


def test_check_validates_without_importing(tmp_path, monkeypatch, bad_file):
    monkeypatch.chdir(tmp_path)
    ok = run("check", KITCHENWARE)
    assert ok.exit_code == 0 and ok.stdout == f"{KITCHENWARE} is valid: 5 accounts, 3 products, 6 deals\n"
    bad = run("check", bad_file)
    assert bad.exit_code == 3 and bad.stderr.endswith("Error: 2 problems in the registry\n")
    assert not (tmp_path / "guard.db").exists()


def test_bad_store_url_is_one_sentence():
    result = run("import", KITCHENWARE, "--db", "nosuchdb://x")
    assert result.exit_code == 3 and result.stderr.startswith("Error: cannot open store")
    assert "Traceback" not in result.output


def _commands(group: click.Group):
    ctx = click.Context(group)
    return [group.get_command(ctx, name) for name in group.list_commands(ctx)]


def test_every_command_and_option_has_help():
    for command in [registry_group, *_commands(registry_group)]:
        assert command.help and len(command.help) > 20, command.name
        for param in command.params:
            if isinstance(param, click.Option):
                assert param.help, f"{command.name} {param.opts}"


def test_import_help_documents_the_csv_columns():
    text = run("import", "--help").stdout
    for column in ("account_id", "aliases", "contact_names", "contact_emails", "competitors", "partners",
                   "disclosure", "sku, price, currency, unit, quantity, date", "--base", "--products"):
        assert column in text
