"""Fixtures for the relay tests: a relay on a free port in front of the real upstream (the `sink`
of tests/conftest.py, see tests/support/smtp_sink.py), logging to the SQLite `store`.

`relay(**relay_keys)` starts guard's relay in a thread with the [relay] keys given (listen
and upstream default to a free port and the sink) and returns (host, port). It checks with
the real engine over tests/fixtures/registry.toml unless a `checker` seam is passed.
"""

from __future__ import annotations

import pytest
from support.files import FIXTURES, crlf

from guard.config import Config
from guard.mail.model import Unread
from guard.policy.verdict import Finding, Verdict
from guard.relay.checking import CheckOutcome, CheckPool
from guard.relay.config import relay_settings
from guard.relay.server import RelayThread
from guard.store.db import Store

RELAY_FIXTURES = FIXTURES / "relay"
SENDER = "lily@bluewave-kw.cn"


def fixture_bytes(name: str) -> bytes:
    """A .eml fixture with CRLF line ends, as it travels over SMTP."""
    return crlf((RELAY_FIXTURES / name).read_bytes())


@pytest.fixture(scope="session")
def hold_engine(registry):
    """The test registry, with a company policy that holds R1 instead of flagging it."""
    from guard.engine import Engine
    from guard.policy.rules import load_policy

    return Engine(registry, load_policy(None, {"R1": "hold"}))


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
