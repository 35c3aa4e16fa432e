"""A store on SQLite and on PostgreSQL (a schema of its own per test, so xdist workers never meet)."""

from __future__ import annotations

import pytest
from sqlalchemy import update
from support.postgres import fresh_pg_store

from guard.mail.model import Address, Message, Part
from guard.policy.verdict import Finding, Verdict
from guard.store import schema
from guard.store.db import Store


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def empty_store(request, tmp_path):
    """A store with no tables yet."""
    if request.param == "sqlite":
        s = Store(f"sqlite:///{tmp_path / 'guard.db'}")
        yield s
        s.engine.dispose()
    else:
        with fresh_pg_store("store") as s:
            yield s


@pytest.fixture
def store(empty_store):
    empty_store.upgrade()
    return empty_store


def verdict_of(*findings: tuple[str, str, str | None, str, str, int, int]) -> Verdict:
    """Findings as (rule, action, account, kind, text, start, end), all in the body."""
    return Verdict.of([Finding(rule, action, account, kind, text, "body", start, end, f"{rule} explanation")
                       for rule, action, account, kind, text, start, end in findings])


BODY = "Hello Ingrid, Nordkok pays 8.45 for the KT-500 kettle; shall we match it?"


def message_to(*rcpts: str, sender: str = "sales@bluewave-kw.cn", subject: str = "Offer") -> Message:
    return Message(sender=Address(sender), to=tuple(Address(r) for r in rcpts), subject=subject,
                   message_id="<m@bluewave-kw.cn>", parts=(Part("body", BODY),))


@pytest.fixture
def record(store):
    """record(verdict, status, rcpts=..., sender=..., received_at=...) -> queue id."""

    def _record(verdict: Verdict, status: str, *, rcpts=("ingrid@fjordhome.no",), sender="sales@bluewave-kw.cn",
                received_at=None, subject="Offer", raw: bytes = b"Subject: Offer\r\n\r\nbody\r\n") -> str:
        qid = store.record_check(source="relay", raw=raw, verdict=verdict, status=status,
                                 message=message_to(*rcpts, sender=sender, subject=subject),
                                 mail_from=sender, rcpt_to=list(rcpts))
        if received_at is not None:
            with store.session() as s:
                s.execute(update(schema.CheckedMessage).where(schema.CheckedMessage.queue_id == qid)
                          .values(received_at=received_at))
        return qid

    return _record
