"""Relay hardening (issue 18.4): workers end with their relay, idle clients hear 421, a slow
sender is not cut off mid-DATA, and a retried held message is kept once."""

from __future__ import annotations

import os
import re
import signal
import smtplib
import socket
import time
from pathlib import Path

from guard.store.queries import list_messages

from .conftest import SENDER, fixture_bytes
from .test_serve import served  # noqa: F401  (the `guard serve` process fixture)


def children(pid: int) -> set[int]:
    """Live (not zombie) processes whose parent is `pid`."""
    out = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid and fields[0] != "Z":
            out.add(int(stat.parent.name))
    return out


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_check_workers_end_when_the_relay_is_killed(served):  # noqa: F811
    start, port, _ = served
    proc = start()
    workers = children(proc.pid)
    assert len(workers) >= 2  # workers = 2 (and multiprocessing's resource tracker)
    os.kill(proc.pid, signal.SIGKILL)  # the relay alone, as an OOM kill does: no goodbye to the pool
    proc.wait(10)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(alive(w) for w in workers):
        time.sleep(0.2)
    assert not [w for w in workers if alive(w)]


def test_an_idle_client_hears_421_before_it_is_dropped(relay):
    host, port = relay(client_timeout=2, check_timeout=1)
    with socket.create_connection((host, port), timeout=10) as s:
        f = s.makefile("rb")
        f.readline()
        s.sendall(b"EHLO client.test\r\n")
        while not f.readline().startswith(b"250 "):
            pass
        t0 = time.monotonic()
        line = f.readline()
        assert line.startswith(b"421 4.4.2 ") and 1.8 < time.monotonic() - t0 < 6
        assert f.readline() == b""  # then closed


def test_a_slow_sender_still_sending_is_not_cut_off_mid_data(relay, sink):
    host, port = relay(client_timeout=2, check_timeout=1)
    raw = fixture_bytes("ordinary.eml")
    with smtplib.SMTP(host, port, timeout=30) as c:
        c.ehlo()
        c.mail(SENDER)
        c.rcpt("erik.lund@nordkok.se")
        assert c.docmd("DATA")[0] == 354
        step = len(raw) // 7 + 1
        chunks = [raw[i:i + step] for i in range(0, len(raw), step)]
        for chunk in chunks:  # about 3.5 s in all, never silent for 2 s
            c.send(chunk)
            time.sleep(0.5)
        c.send(b"\r\n.\r\n" if not raw.endswith(b"\r\n") else b".\r\n")
        code, _ = c.getreply()
    assert code == 250 and len(sink.messages) == 1


def hold(address, raw: bytes) -> str:
    with smtplib.SMTP(*address, timeout=30) as c:
        c.ehlo()
        c.mail(SENDER)
        c.rcpt("olivia@maplecrest.ca")
        code, text = c.data(raw)
    assert code == 250
    return re.search(rb"held for review as (\w+)", text).group(1).decode()


def test_a_retried_held_message_is_kept_once(relay, store, hold_engine):
    address = relay(engine=hold_engine)
    raw = fixture_bytes("names_other.eml")
    first = hold(address, raw)
    assert hold(address, raw) == first  # the same bytes again
    rewritten = b"Received: from mta2.example by guard; Tue, 8 Dec 2026 01:00:00 +0000\r\n" + raw
    assert hold(address, rewritten) == first  # the same Message-ID and body, headers added on the way
    _, total = list_messages(store, status="held")
    assert total == 1


def test_another_message_with_the_same_message_id_is_held_apart(relay, store, hold_engine):
    address = relay(engine=hold_engine)
    raw = fixture_bytes("names_other.eml")
    first = hold(address, raw)
    other = hold(address, raw.replace(b"for years.", b"for many years."))
    assert other != first
    _, total = list_messages(store, status="held")
    assert total == 2
