"""`guard watch --config FILE --once` as a user (or cron) runs it: a real process, real output."""

from __future__ import annotations

import subprocess
import sys

import pytest
from support.files import REGISTRY

from guard.store.db import Store

from .conftest import new_user

pytestmark = pytest.mark.services


def guard(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", "from guard.cli import main; main()", *args],
                          capture_output=True, text=True, timeout=60, env=env)


def write_config(tmp_path, *users, names=("lily", "bob"), upgrade: bool = True) -> str:
    db = tmp_path / "guard.db"
    if upgrade:
        Store(f"sqlite:///{db}").upgrade()
    text = f'[registry]\nfile = "{REGISTRY}"\n[store]\nurl = "sqlite:///{db}"\n'
    for name, user in zip(names, users, strict=False):
        text += (f'[[watch.mailbox]]\nname = "{name}"\nhost = "127.0.0.1"\nport = {user.dovecot.port}\n'
                 f'tls = "none"\nuser = "{user.name}"\npassword_file = "{user.password_file}"\n')
    path = tmp_path / "guard.toml"
    path.write_text(text)
    return str(path)


def test_help_teaches_the_command():
    r = guard("watch", "--help")
    assert r.returncode == 0
    for words in ("--config", "--once", "$GuardBlock", "INBOX", "back-off", "password_env"):
        assert words in r.stdout


def test_once_prints_a_status_line_checks_all_drafts_and_exits_0(mailuser, tmp_path):
    mailuser.append_draft("leak_draft.eml")
    mailuser.append_draft("clean_draft.eml")
    r = guard("watch", "--config", write_config(tmp_path, mailuser), "--once")
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines() == [
        f"lily: connected to 127.0.0.1:{mailuser.dovecot.port}, Drafts=Drafts, IDLE",
        "lily: 2 new draft(s) checked, 1 warning(s) sent",
    ]
    assert len(mailuser.messages("INBOX")) == 1


def test_once_with_a_failing_mailbox_reports_it_checks_the_others_and_exits_3(dovecot, mailuser, tmp_path):
    bad = new_user(dovecot, tmp_path)
    bad.password_file.write_text("wrong-password-123\n")
    mailuser.append_draft("leak_draft.eml")
    r = guard("-vv", "watch", "--config", write_config(tmp_path, mailuser, bad), "--once")
    assert r.returncode == 3
    assert f"Error: bob: {bad.name} could not log in to 127.0.0.1:{dovecot.port}" in r.stderr
    assert "lily: 1 new draft(s) checked, 1 warning(s) sent" in r.stdout
    assert "Traceback" not in r.stderr
    for secret in (mailuser.password, bad.password, "wrong-password-123"):
        assert secret not in r.stdout + r.stderr  # not even in -vv debug logs


def test_mailbox_option_watches_only_the_named_mailboxes(dovecot, mailuser, tmp_path):
    bad = new_user(dovecot, tmp_path)
    bad.password_file.write_text("wrong\n")
    config = write_config(tmp_path, mailuser, bad)
    r = guard("watch", "--config", config, "--once", "--mailbox", "lily")
    assert r.returncode == 0 and r.stderr == ""
    r = guard("watch", "--config", config, "--once", "--mailbox", "lilly")
    assert r.returncode == 3
    assert r.stderr == f"Error: {config}: no [[watch.mailbox]] named 'lilly' (known: lily, bob)\n"


def test_store_not_upgraded_is_one_clear_error(mailuser, tmp_path):
    config = write_config(tmp_path, mailuser, upgrade=False)
    r = guard("watch", "--config", config, "--once")
    assert r.returncode == 3
    assert r.stderr.startswith("Error: the store ") and "guard db upgrade" in r.stderr


def test_configuration_error_names_the_mailbox_and_key(tmp_path):
    path = tmp_path / "guard.toml"
    path.write_text('[[watch.mailbox]]\nname = "lily"\nhost = "imap.example.com"\ntls = "none"\n'
                    'user = "lily"\npassword_env = "X"\n')
    r = guard("watch", "--config", str(path), "--once")
    assert r.returncode == 3
    assert r.stderr.startswith(f"Error: {path}: [[watch.mailbox]] lily: tls = \"none\" is allowed only")
