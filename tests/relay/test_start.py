"""`guard serve` starting up (issue 13.5): a SQLite store made on first start, and a refused
start that says why in one line, exits 3 and leaves no guard.db behind."""

from __future__ import annotations

import smtplib
import socket
import subprocess

from support.ports import free_port

from guard.store.db import Store
from guard.store.queries import list_messages

from .conftest import SENDER, fixture_bytes
from .test_serve import GUARD, ROOT, kill_all, start_serve, write_config


def refused(args: list[str]) -> subprocess.CompletedProcess:
    return subprocess.run([*GUARD, *args], cwd=ROOT, capture_output=True, text=True, timeout=120)


def test_first_start_creates_and_migrates_the_sqlite_store(sink, tmp_path):
    port = free_port()
    cfg = write_config(tmp_path, sink.address, port)
    assert not (tmp_path / "guard.db").exists()
    proc = start_serve(cfg, port)
    try:
        with smtplib.SMTP("127.0.0.1", port, timeout=30) as c:
            c.sendmail(SENDER, ["erik.lund@nordkok.se"], fixture_bytes("ordinary.eml"))
        rows, total = list_messages(Store(f"sqlite:///{tmp_path / 'guard.db'}"))
        assert total == 1 and rows[0].status == "delivered"
    finally:
        kill_all(proc)


def test_a_busy_port_is_one_line_and_exit_3(sink, tmp_path):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        r = refused(["serve", "--config", str(write_config(tmp_path, sink.address, port))])
    assert r.returncode == 3
    assert r.stderr.strip().splitlines()[-1] == f"Error: cannot listen on 127.0.0.1:{port}: address already in use"
    assert "Traceback" not in r.stderr
    assert not list(tmp_path.glob("guard.db*"))


def test_a_missing_registry_names_the_key_and_the_absolute_path(sink, tmp_path):
    cfg = write_config(tmp_path, sink.address, free_port())
    cfg.write_text(cfg.read_text().replace("[registry]\nfile = ", '[registry]\nfile = "nowhere.toml"\n# was '))
    r = refused(["serve", "--config", str(cfg)])
    assert r.returncode == 3
    assert f"[registry] file: no such file {(tmp_path / 'nowhere.toml').resolve()}" in r.stderr
    assert not list(tmp_path.glob("guard.db*"))


def test_check_timeout_not_below_client_timeout_is_refused_before_anything_starts(sink, tmp_path):
    cfg = write_config(tmp_path, sink.address, free_port(), "check_timeout = 300\nclient_timeout = 300")
    r = refused(["serve", "--config", str(cfg)])
    assert r.returncode == 3 and "check_timeout (300 s) must be below client_timeout (300 s)" in r.stderr
    assert not list(tmp_path.glob("guard.db*"))


def test_console_busy_port_is_the_same_one_line(tmp_path):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        cfg = tmp_path / "guard.toml"
        cfg.write_text(f'[store]\nurl = "sqlite:///guard.db"\n[web]\nlisten = "127.0.0.1:{port}"\n'
                       'secret_key_file = "web.key"\n')
        r = refused(["web", "--config", str(cfg)])
    assert r.returncode == 3
    assert f"Error: cannot listen on 127.0.0.1:{port}: address already in use" in r.stderr
