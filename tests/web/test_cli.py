"""`guard users` and `guard web` as an admin runs them."""

from __future__ import annotations

import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from sqlalchemy import select
from support.ports import free_port

from guard.cli import main
from guard.store import schema
from guard.store.db import Store
from guard.web.users import list_users, verify


@pytest.fixture
def config(tmp_path) -> Path:
    path = tmp_path / "guard.toml"
    path.write_text('[store]\nurl = "sqlite:///guard.db"\n\n[web]\nsecret_key_file = "web.key"\n', encoding="utf-8")
    return path


def guard(monkeypatch, capsys, *args: str, stdin: str = "") -> tuple[int, str, str]:
    """Run `guard ARGS` in-process through the real entry point (errors become 'Error: ...')."""
    import io

    monkeypatch.setattr(sys, "argv", ["guard", *args])
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = 0
    try:
        main()
    except SystemExit as e:
        code = e.code or 0
    out = capsys.readouterr()
    return code, out.out, out.err


def store_of(config: Path) -> Store:
    return Store(f"sqlite:///{config.parent / 'guard.db'}")


def test_users_add_reads_the_password_from_stdin_and_stores_only_a_slow_hash(monkeypatch, capsys, config):
    code, out, _ = guard(monkeypatch, capsys, "users", "add", "ana", "--role", "admin", "--password-stdin",
                         "--config", str(config), stdin="a long password\n")
    assert code == 0 and "added admin ana" in out
    store = store_of(config)
    with store.session() as s:
        digest = s.scalar(select(schema.User.password_hash))
    assert digest.startswith("scrypt:") and "a long password" not in digest
    assert len(digest.split("$")[1]) >= 16   # salted
    assert verify(store, "ana", "a long password").role == "admin"
    assert verify(store, "ana", "a long password\n") is None


def test_passwords_are_hashed_with_a_slow_memory_hard_function(monkeypatch, capsys, config):
    monkeypatch.undo()   # the production cost, not the cheap one the other tests use
    guard(monkeypatch, capsys, "users", "add", "ana", "--role", "admin", "--password-stdin",
          "--config", str(config), stdin="a long password\n")
    with store_of(config).session() as s:
        digest = s.scalar(select(schema.User.password_hash))
    assert digest.startswith("scrypt:32768:8:1$")


def test_users_add_prompts_twice_and_asks_again_when_they_differ(config):
    from click.testing import CliRunner

    from guard.web.cli import users_group

    r = CliRunner().invoke(users_group, ["add", "olga", "--role", "officer", "--config", str(config)],
                           input="first password\nsecond password\nthe password!\nthe password!\n")
    assert r.exit_code == 0, r.output
    assert r.output.count("Password:") == 2 and "do not match" in r.output
    assert verify(store_of(config), "olga", "the password!") is not None


def test_users_list_and_remove(monkeypatch, capsys, config):
    for name, role in (("ana", "admin"), ("olga", "officer")):
        guard(monkeypatch, capsys, "users", "add", name, "--role", role, "--password-stdin", "--config",
              str(config), stdin="a long password\n")
    code, out, _ = guard(monkeypatch, capsys, "users", "list", "--config", str(config))
    assert code == 0 and [line.split("\t")[:2] for line in out.splitlines()] == [["ana", "admin"], ["olga", "officer"]]
    code, out, _ = guard(monkeypatch, capsys, "users", "remove", "olga", "--config", str(config))
    assert code == 0 and [u.name for u in list_users(store_of(config))] == ["ana"]


@pytest.mark.parametrize("args,stdin,message", [
    (["add", "ana", "--role", "admin", "--password-stdin"], "short\n", "Error: the password must be at least 10"),
    (["add", "bad name", "--role", "admin", "--password-stdin"], "a long password\n", "Error: bad user name"),
    (["remove", "ghost"], "", "Error: no user 'ghost'"),
])
def test_users_mistakes_are_one_clear_sentence(monkeypatch, capsys, config, args, stdin, message):
    code, _, err = guard(monkeypatch, capsys, "users", *args, "--config", str(config), stdin=stdin)
    assert code == 3 and err.startswith(message) and "Traceback" not in err


def test_the_last_admin_cannot_be_removed(monkeypatch, capsys, config):
    guard(monkeypatch, capsys, "users", "add", "ana", "--role", "admin", "--password-stdin", "--config",
          str(config), stdin="a long password\n")
    code, _, err = guard(monkeypatch, capsys, "users", "remove", "ana", "--config", str(config))
    assert code == 3 and "last admin" in err


def test_a_duplicate_user_is_refused(monkeypatch, capsys, config):
    for _ in range(2):
        code, _, err = guard(monkeypatch, capsys, "users", "add", "ana", "--role", "admin", "--password-stdin",
                             "--config", str(config), stdin="a long password\n")
    assert code == 3 and "Error: user 'ana' already exists" in err


def test_web_help_teaches_how_to_start(monkeypatch, capsys):
    code, out, _ = guard(monkeypatch, capsys, "web", "--help")
    assert code == 0 and "guard users add" in out and "--config" in out and "secure_cookies" in out


def test_web_rejects_an_unknown_setting_with_one_sentence(monkeypatch, capsys, tmp_path):
    cfg = tmp_path / "guard.toml"
    cfg.write_text('[web]\nlisten = "127.0.0.1:8025"\nport = 1\n', encoding="utf-8")
    code, _, err = guard(monkeypatch, capsys, "web", "--config", str(cfg))
    assert code == 3 and "unknown key [web] port" in err


def test_guard_web_serves_the_console_from_a_config_file(config, tmp_path):
    port = free_port()
    config.write_text(config.read_text() + f'listen = "127.0.0.1:{port}"\n', encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-c", "from guard.cli import main; main()", "web", "--config",
                             str(config)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline, page = time.monotonic() + 20, None
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                page = urllib.request.urlopen(f"http://127.0.0.1:{port}/login", timeout=2)
                break
            except OSError:
                time.sleep(0.1)
        assert page is not None, proc.stderr.read() if proc.poll() is not None else "no answer"
        assert page.status == 200 and "default-src 'none'" in page.headers["Content-Security-Policy"]
        assert (tmp_path / "web.key").stat().st_mode & 0o077 == 0   # the session key is private
    finally:
        proc.terminate()
        _, err = proc.communicate(timeout=10)
    assert f"guard console on http://127.0.0.1:{port}/" in err
    assert "no console users yet" in err
