"""The engine's rules on hand-built messages: check() over the test registry's index (the
`registry` fixture is in tests/conftest.py) with the default policy."""

from __future__ import annotations

import pytest

from guard.engine import check
from guard.mail.model import Address, Message, Part, Unread
from guard.policy.rules import load_policy
from guard.registry.index import build_index

SENDER = Address("amy@bluewave-kw.cn", "Amy")


@pytest.fixture(scope="session")
def index(registry):
    return build_index(registry)


@pytest.fixture(scope="session")
def policy():
    return load_policy()


def message(body: str = "", *, to=("buyer@prospect-example.com",), cc=(), bcc=(), subject="Hello",
            parts=(), unread=()) -> Message:
    body_parts = (Part("body", body),) if body else ()
    return Message(
        sender=SENDER,
        to=tuple(Address(a) for a in to),
        cc=tuple(Address(a) for a in cc),
        bcc=tuple(Address(a) for a in bcc),
        subject=subject,
        parts=(Part("subject", subject), *body_parts, *parts),
        unread=tuple(Unread(*u) for u in unread),
    )


@pytest.fixture
def run(index, policy):
    def _run(*args, **kwargs):
        return check(message(*args, **kwargs), index, policy)
    return _run
