"""`guard serve` as an admin runs it: a real process with its worker pool, killed and restarted."""

from __future__ import annotations

import os
import signal
import smtplib
import subprocess
import sys
import time
from pathlib import Path

import pytest
from support.files import REGISTRY
from support.ports import free_port

from guard.store.db import Store
from guard.store.queries import list_messages

from .conftest import SENDER, fixture_bytes

ROOT = Path(__file__).resolve().parents[2]
GUARD = [sys.executable, "-c", "from guard.cli import main; main()"]


def write_config(tmp_path: Path, upstream: str, port: int, extra: str = "") -> Path:
    cfg = tmp_path / "guard.toml"
    cfg.write_text(f"""
[registry]
file = "{REGISTRY}"
[store]
url = "sqlite:///guard.db"
[relay]
listen = "127.0.0.1:{port}"
upstream = "{upstream}"
workers = 2
{extra}
""")
    return cfg


def start_serve(cfg: Path, port: int) -> subprocess.Popen:
    proc = subprocess.Popen([*GUARD, "serve", "--config", str(cfg)], cwd=ROOT, start_new_session=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"guard serve exited: {proc.stderr.read().decode()}")
        try:
            with smtplib.SMTP("127.0.0.1", port, timeout=2) as c:
                c.noop()
            return proc
        except OSError:
            time.sleep(0.2)
    proc.kill()
    raise AssertionError("guard serve did not start within 60 s")


def kill_all(proc: subprocess.Popen) -> None:
    """SIGKILL guard and its check workers at once, as when the machine's OOM killer strikes."""
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    proc.wait(10)


@pytest.fixture
def served(sink, tmp_path):
    procs: list[subprocess.Popen] = []
    port = free_port()
    cfg = write_config(tmp_path, sink.address, port)
    Store(f"sqlite:///{tmp_path / 'guard.db'}").upgrade()

    def start() -> subprocess.Popen:
        procs.append(start_serve(cfg, port))
        return procs[-1]

    yield start, port, tmp_path
    for p in procs:
        if p.poll() is None:
            kill_all(p)


def test_sigkill_mid_data_loses_nothing_and_a_resend_is_delivered_once(served, sink):
    start, port, tmp_path = served
    proc = start()
    raw = fixture_bytes("ordinary.eml")
    half = len(raw) // 2
    c = smtplib.SMTP("127.0.0.1", port, timeout=10)
    c.ehlo()
    c.mail(SENDER)
    c.rcpt("erik.lund@nordkok.se")
    assert c.docmd("DATA")[0] == 354
    c.send(raw[:half])
    kill_all(proc)
    with pytest.raises((smtplib.SMTPServerDisconnected, OSError)):
        c.send(raw[half:] + b"\r\n.\r\n")
        c.getreply()  # no 250: the client still owns the message
    c.close()
    assert sink.messages == []

    start()  # restarted, the sender's MTA retries
    with smtplib.SMTP("127.0.0.1", port, timeout=30) as c:
        c.sendmail(SENDER, ["erik.lund@nordkok.se"], raw)
    assert [m.content for m in sink.messages] == [raw]
    rows, total = list_messages(Store(f"sqlite:///{tmp_path / 'guard.db'}"))
    assert total == 1 and rows[0].status == "delivered"


def test_serve_checks_in_worker_processes_and_blocks(served, sink):
    start, port, _ = served
    start()
    with smtplib.SMTP("127.0.0.1", port, timeout=30) as c:
        with pytest.raises(smtplib.SMTPDataError) as e:
            c.sendmail(SENDER, ["erik.lund@nordkok.se"], fixture_bytes("competitor_price.eml"))
    assert e.value.smtp_code == 550 and sink.messages == []


def test_serve_stops_cleanly_on_sigterm(served):
    start, _, _ = served
    proc = start()
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(30) == 0
    assert b"stopping" in proc.stderr.read()


def run_guard(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([*GUARD, *args], cwd=ROOT, capture_output=True, text=True, timeout=60)


def test_serve_refuses_a_store_at_an_older_schema_in_one_sentence(tmp_path):
    from guard.store.migrate import upgrade

    cfg = write_config(tmp_path, "127.0.0.1:1", free_port())
    upgrade(Store(f"sqlite:///{tmp_path / 'guard.db'}"), "0003")  # a store made by an older guard
    r = run_guard("serve", "--config", str(cfg))
    assert r.returncode == 3
    assert r.stderr.startswith("Error: ") and "guard db upgrade" in r.stderr and "Traceback" not in r.stderr


def test_serve_refuses_a_bad_relay_key_naming_it(tmp_path):
    cfg = write_config(tmp_path, "127.0.0.1:1", free_port(), extra='on_check_error = "ignore"')
    r = run_guard("serve", "--config", str(cfg))
    assert r.returncode == 3 and "on_check_error" in r.stderr and "Traceback" not in r.stderr


def test_hash_password_prints_a_users_file_line():
    r = subprocess.run([*GUARD, "serve", "--hash-password", "mta1"], cwd=ROOT, input="pw\n",
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 0 and r.stdout.startswith("mta1:scrypt$")
