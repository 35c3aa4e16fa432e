"""Fixtures for the relay tests: a real upstream (tests/relay/sink.py), a store, a relay on a free port.

`relay(**relay_keys)` starts guard's relay in a thread with the [relay] keys given (listen
and upstream default to a free port and the sink) and returns (host, port). It checks with
the real engine over tests/fixtures/registry.toml unless a `checker` seam is passed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from guard.config import Config
from guard.mail.model import Unread
from guard.policy.verdict import Finding, Verdict
from guard.relay.checking import CheckOutcome, CheckPool
from guard.relay.config import relay_settings
from guard.relay.server import RelayThread
from guard.store.db import Store

from .sink import Sink

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
REGISTRY = FIXTURES / "registry.toml"
RELAY_FIXTURES = FIXTURES / "relay"
SENDER = "lily@bluewave-kw.cn"


def fixture_bytes(name: str) -> bytes:
    """A .eml fixture with CRLF line ends, as it travels over SMTP."""
    data = (RELAY_FIXTURES / name).read_bytes().replace(b"\r\n", b"\n")
    return data.replace(b"\n", b"\r\n")


@pytest.fixture(scope="session")
def engine():
    from guard.engine import Engine
    from guard.registry.load import load_registry

    return Engine(load_registry(REGISTRY))


@pytest.fixture(scope="session")
def hold_engine():
    """The same registry, with a company policy that holds R1 instead of flagging it."""
    from guard.engine import Engine
    from guard.policy.rules import load_policy
    from guard.registry.load import load_registry

    return Engine(load_registry(REGISTRY), load_policy(None, {"R1": "hold"}))


@pytest.fixture
def sink():
    with Sink() as s:
        yield s


@pytest.fixture
def store(tmp_path):
    s = Store(f"sqlite:///{tmp_path / 'guard.db'}")
    s.upgrade()
    yield s
    s.engine.dispose()


@pytest.fixture
def relay(sink, store, tmp_path, request):
    started: list[tuple[RelayThread, CheckPool]] = []

    def start(*, checker=None, engine=None, with_store: Store | None = None, **keys) -> tuple[str, int]:
        data = {"listen": "127.0.0.1:0", "upstream": sink.address} | keys
        settings = relay_settings(Config(tmp_path / "guard.toml", {"relay": data}))
        if checker is None and engine is None:
            engine = request.getfixturevalue("engine")
        pool = CheckPool(checker=checker, engine=engine, workers=2, timeout=settings.check_timeout)
        rt = RelayThread(settings, with_store or store, pool)
        address = rt.start()
        started.append((rt, pool))
        return address

    yield start
    for rt, pool in started:
        rt.stop()
        pool.close()


def returns(verdict: Verdict):
    """A checker seam that answers `verdict` for every message."""

    def checker(raw, mail_from, rcpts):
        return CheckOutcome(verdict, None, 0.5)

    return checker


def finding(rule="R1", action="flag", account="fjordhome", text="Fjord Home", kind="name"):
    return Finding(rule, action, account, kind, text, "body", 0, len(text), f"names {text}")


HOLD = Verdict.of([finding("R4", "hold", kind="price", text="8.20")])
UNREAD = Verdict.of([finding("R10", "flag", None, kind="unread", text="")], [Unread("attachment:x.pdf", "encrypted PDF")])
