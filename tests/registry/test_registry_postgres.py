"""`guard registry import` and `list` against PostgreSQL, each test in a schema of its own."""

from __future__ import annotations

import pytest

from .helpers import KITCHENWARE, document, run

pytestmark = pytest.mark.postgres


def test_import_and_list_on_postgresql(pg_url):
    with_password = pg_url.replace("postgres@", "postgres:s3cret@")  # trust auth: any password works
    result = run("import", KITCHENWARE, "--db", with_password)
    assert result.exit_code == 0, result.output
    assert "into " + pg_url.split("?")[0].replace("postgres@", "postgres:***@") in result.stdout
    assert "s3cret" not in result.output
    listed = run("list", "--db", pg_url)
    assert listed.exit_code == 0
    assert [line.split()[0] for line in listed.stdout.splitlines()[1:]] == [
        "fjordhome", "nordkok", "maplecrest", "pampas", "kookaburra"]


def test_file_with_problems_imports_nothing_on_postgresql(pg_url, tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text(document(deal="price = -1", second='competitors = ["nobody"]'), encoding="utf-8")
    assert run("import", bad, "--db", pg_url).exit_code == 3
    result = run("list", "--db", pg_url)
    assert result.exit_code == 3 and "no registry imported yet" in result.stderr
