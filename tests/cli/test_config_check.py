"""`guard config check CONFIG`: what serve, web and watch would refuse, found without starting them."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from support.files import REGISTRY
from support.ports import free_port

from guard.cli import cli
from guard.store.db import Store

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str):
    return CliRunner().invoke(cli, ["config", "check", *map(str, args)])


@pytest.fixture
def example(tmp_path) -> Path:
    """config.example.toml beside a copy of the test registry, as an admin installs it."""
    (tmp_path / "registry.toml").write_bytes(REGISTRY.read_bytes())
    path = tmp_path / "guard.toml"
    path.write_text((ROOT / "config.example.toml").read_text(encoding="utf-8"), encoding="utf-8")
    return path


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "guard.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_example_configuration_is_valid_and_checking_it_writes_nothing(example, tmp_path):
    r = run(example)
    assert r.exit_code == 0, r.output
    assert r.stdout.rstrip().endswith(": OK")
    assert "registry: " in r.stdout and "5 accounts" in r.stdout and "R10=flag(" in r.stdout
    assert sorted(p.name for p in tmp_path.iterdir()) == ["guard.toml", "registry.toml"]  # no guard.db, no key


def test_each_bad_section_is_reported_with_its_file_line_and_key(tmp_path):
    path = write(tmp_path, """[registry]
file = "nowhere.toml"

[relay]
listen = "127.0.0.1:10025"
check_timeout = "soon"

[limits]
depth = 0

[bogus]
x = 1
""")
    r = run(path, "--no-store")
    assert r.exit_code == 1
    err = r.stderr
    assert f"{path}:2: error: [registry] file: no such file {tmp_path / 'nowhere.toml'}" in err
    assert f"{path}:6: error: [relay] check_timeout must be a number" in err
    assert f"{path}:9: error: [limits]: depth must be a positive number" in err
    assert f"{path}:11: error: unknown section [bogus]" in err
    assert "4 problem(s)" in err


def test_a_registry_with_problems_reports_each_with_the_registry_files_line(tmp_path):
    (tmp_path / "registry.toml").write_text('version = 1\n[company]\nname = "X"\ndomains = ["x.example"]\n'
                                            '[[accounts]]\nid = "a"\n', encoding="utf-8")
    r = run(write(tmp_path, '[registry]\nfile = "registry.toml"\n'), "--no-store")
    assert r.exit_code == 1
    assert "registry.toml:" in r.stderr and "name" in r.stderr


def test_a_bad_rule_action_names_the_rule_and_the_line(tmp_path):
    path = write(tmp_path, '[rules]\nactions = { R2 = "hold", R7 = "maybe" }\n')
    r = run(path, "--no-store")
    assert r.exit_code == 1 and f"{path}:2: error: [rules] actions: rule R7" in r.stderr


def test_a_secret_from_an_unset_environment_variable_is_a_warning_and_the_rest_is_still_checked(tmp_path):
    path = write(tmp_path, '[relay]\nupstream_user = "u"\nupstream_password_env = "GUARD_TEST_UNSET_PW"\n'
                           'workers = 0\n')
    r = run(path, "--no-store")
    assert f"{path}:3: warning: [relay] upstream_password_env names GUARD_TEST_UNSET_PW" in r.stderr
    assert f"{path}:4: error: [relay] workers must be at least 1" in r.stderr and r.exit_code == 1
    ok = run(write(tmp_path, '[relay]\nupstream_user = "u"\nupstream_password_env = "GUARD_TEST_UNSET_PW"\n'),
             "--no-store")
    assert ok.exit_code == 0 and "warning" in ok.stderr


def test_toml_syntax_errors_give_the_line(tmp_path):
    path = write(tmp_path, '[relay]\nlisten = "127.0.0.1:10025"\nupstream = \n')
    r = run(path)
    assert r.exit_code == 1 and f"{path}:3: error: not valid TOML" in r.stderr


def test_a_missing_configuration_file_is_a_usage_error(tmp_path):
    r = run(tmp_path / "none.toml")
    assert r.exit_code == 3 and "no such configuration file" in r.output


def test_the_store_must_be_reachable_and_at_the_current_schema(tmp_path):
    dead = f"postgresql+psycopg://postgres@127.0.0.1:{free_port()}/guard?connect_timeout=2"
    r = run(write(tmp_path, f'[store]\nurl = "{dead}"\n'))
    assert r.exit_code == 1 and f"{tmp_path / 'guard.toml'}:2: error:" in r.stderr
    empty = tmp_path / "empty.db"
    Store(f"sqlite:///{empty}").engine.connect().close()  # a file with no tables
    r = run(write(tmp_path, '[store]\nurl = "sqlite:///empty.db"\n'))
    assert r.exit_code == 1 and "guard db upgrade" in r.stderr
    Store(f"sqlite:///{empty}").upgrade()
    (tmp_path / "registry.toml").write_bytes(REGISTRY.read_bytes())
    r = run(write(tmp_path, '[registry]\nfile = "registry.toml"\n[store]\nurl = "sqlite:///empty.db"\n'))
    assert r.exit_code == 0 and "(schema " in r.stdout


def test_without_a_registry_file_the_store_must_hold_an_imported_registry(tmp_path):
    path = write(tmp_path, '[store]\nurl = "sqlite:///guard.db"\n')
    Store(f"sqlite:///{tmp_path / 'guard.db'}").upgrade()
    r = run(path)
    assert r.exit_code == 1 and "holds no registry" in r.stderr and "guard registry import" in r.stderr
    imported = CliRunner().invoke(cli, ["registry", "import", str(REGISTRY), "--config", str(path)])
    assert imported.exit_code == 0, imported.output
    r = run(path)
    assert r.exit_code == 0 and "registry: store document 1 (5 accounts" in r.stdout


def test_an_older_sqlite_store_is_a_warning_naming_guard_db_upgrade(tmp_path):
    from guard.store import migrate

    old = Store(f"sqlite:///{tmp_path / 'guard.db'}")
    migrate.upgrade(old, "0001")
    (tmp_path / "registry.toml").write_bytes(REGISTRY.read_bytes())
    path = write(tmp_path, '[registry]\nfile = "registry.toml"\n[store]\nurl = "sqlite:///guard.db"\n')
    r = run(path)
    assert r.exit_code == 0
    assert f"{path}:4: warning: [store] url:" in r.stderr and "at schema 0001" in r.stderr
    assert "guard db upgrade" in r.stderr
