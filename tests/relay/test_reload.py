"""Registry reload (issue 13.1): a running relay or watcher checks the next message against a
changed registry, keeps the old one when the new one is broken, and records which one it used."""

from __future__ import annotations

import logging
import os
import signal
import smtplib
import time

import pytest
from support.files import REGISTRY

from guard.config import Config
from guard.registry.load import load_registry
from guard.registry.tables import import_registry
from guard.relay.checking import CheckPool
from guard.relay.config import relay_settings
from guard.relay.server import RelayThread
from guard.reloading import LiveEngine
from guard.store.queries import list_messages

from .conftest import SENDER, fixture_bytes
from .test_serve import served  # noqa: F401  (the `guard serve` process fixture)

RCPT = "erik.lund@nordkok.se"
# ordinary.eml (to nordkok) says it will come "on Friday": a new alias of another account makes it R1
NEW_ALIAS = ('aliases = ["Maple Crest", "枫冠家居"]', 'aliases = ["Maple Crest", "枫冠家居", "Friday"]')
BROKEN = '\n[[accounts]]\nname = "No Id"\n'


def write_registry(path, *, alias: bool = False, broken: bool = False) -> None:
    text = REGISTRY.read_text(encoding="utf-8")
    if alias:
        text = text.replace(*NEW_ALIAS)
    if broken:
        text += BROKEN
    tmp = path.with_suffix(".new")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)  # as an admin's deploy script does: never a half-written file


def send(host: str, port: int) -> None:
    with smtplib.SMTP(host, port, timeout=30) as c:
        c.sendmail(SENDER, [RCPT], fixture_bytes("ordinary.eml"))


def newest(store):
    rows, _ = list_messages(store, order="received_at", limit=100)
    return max(rows, key=lambda r: r.id)


@pytest.fixture
def reloading_relay(sink, store, tmp_path):
    """A thread-mode relay over a registry file in tmp_path that it watches (looked at per message)."""
    reg = tmp_path / "registry.toml"
    write_registry(reg)
    cfg = Config(tmp_path / "guard.toml", {"registry": {"file": str(reg)},
                                           "relay": {"listen": "127.0.0.1:0", "upstream": sink.address}})
    pool = CheckPool(cfg=cfg, mode="thread", workers=2)
    pool.reload_from(cfg, store, interval=0)
    rt = RelayThread(relay_settings(cfg), store, pool)
    yield rt.start(), reg, pool
    rt.stop()
    pool.close()


def test_next_message_is_checked_against_the_changed_registry(reloading_relay, sink, store):
    (host, port), reg, pool = reloading_relay
    send(host, port)
    first = newest(store)
    assert first.verdict == "pass"
    write_registry(reg, alias=True)
    send(host, port)
    second = newest(store)
    assert second.verdict == "flag" and "maplecrest" in second.accounts
    assert first.registry_version and second.registry_version not in ("", first.registry_version)
    assert len(sink.messages) == 2


def test_a_broken_registry_keeps_the_old_one_and_says_where(reloading_relay, store, caplog):
    (host, port), reg, pool = reloading_relay
    write_registry(reg, alias=True)
    send(host, port)
    good = newest(store)
    caplog.set_level(logging.ERROR, logger="guard.relay")
    write_registry(reg, broken=True)  # and the alias gone: the broken file must not be used at all
    send(host, port)
    after = newest(store)
    assert after.verdict == "flag" and after.registry_version == good.registry_version
    errors = [r.getMessage() for r in caplog.records if "reload failed" in r.getMessage()]
    assert len(errors) == 1
    assert f"[registry] file {reg.resolve()}" in errors[0] and f"{reg}:106:" in errors[0]
    assert "missing required key id" in errors[0]


def test_each_log_row_records_the_registry_version(reloading_relay, store):
    import hashlib

    (host, port), reg, _ = reloading_relay
    send(host, port)
    assert newest(store).registry_version == hashlib.sha256(reg.read_bytes()).hexdigest()[:12]


def test_serve_workers_get_the_changed_registry_and_sighup_reloads(served, sink, tmp_path):  # noqa: F811
    start, port, tmp = served
    reg = tmp / "registry.toml"
    write_registry(reg)
    cfg = tmp / "guard.toml"
    cfg.write_text(cfg.read_text().replace(f'file = "{REGISTRY}"', f'file = "{reg}"'))
    proc = start()
    from guard.store.db import Store

    store = Store(f"sqlite:///{tmp / 'guard.db'}")
    send("127.0.0.1", port)
    assert newest(store).verdict == "pass"
    write_registry(reg, alias=True)
    time.sleep(1.1)  # the stamp is looked at no more than once a second
    send("127.0.0.1", port)
    flagged = newest(store)
    assert flagged.verdict == "flag" and "maplecrest" in flagged.accounts  # checked in a worker process
    write_registry(reg)  # back to the first registry, then SIGHUP at once: no wait for the next look
    os.kill(proc.pid, signal.SIGHUP)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        send("127.0.0.1", port)
        if newest(store).verdict == "pass":
            break
        time.sleep(0.3)
    assert newest(store).verdict == "pass"
    assert proc.poll() is None


def test_watcher_engine_reloads_a_registry_imported_into_the_store(store):
    from support.files import FIXTURES

    raw = (FIXTURES / "relay" / "ordinary.eml").read_bytes()
    import_registry(store, load_registry(REGISTRY), REGISTRY.read_text(encoding="utf-8"), "test")
    live = LiveEngine(Config(None, {}), store, interval=0)
    before = live.check_bytes(raw)
    assert before.verdict.verdict == "pass" and before.registry_version.startswith("doc1:")
    text = REGISTRY.read_text(encoding="utf-8").replace(*NEW_ALIAS)
    from guard.registry.load import load_registry_text

    import_registry(store, load_registry_text(text, "new"), text, "new")
    after = live.check_bytes(raw)
    assert after.verdict.verdict == "flag" and after.registry_version.startswith("doc2:")
