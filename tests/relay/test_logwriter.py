"""The relay's log writer: waiting writes committed together, each caller answered for its own."""

from __future__ import annotations

import asyncio

import pytest

from guard.policy.verdict import Verdict
from guard.relay.logwriter import LogWriter
from guard.store.queries import get_message, list_messages

from .conftest import HOLD


def fields(n: int, verdict=Verdict("pass"), status="delivering") -> dict:
    return dict(source="relay", raw=b"Subject: %d\r\n\r\nbody\r\n" % n, verdict=verdict, status=status,
                mail_from="lily@bluewave-kw.cn", rcpt_to=[f"r{n}@example.com"])


@pytest.fixture
def writer(store):
    w = LogWriter(store)
    yield w
    w.close()


def test_concurrent_writes_are_all_committed_in_fewer_transactions(writer, store):
    commits = []
    write_log = store.write_log
    store.write_log = lambda *a, **k: (commits.append(1), write_log(*a, **k))

    async def main():
        qids = await asyncio.gather(*(writer.record(**fields(n)) for n in range(30)))
        await asyncio.gather(*(writer.set_status(q, "delivered", "250 2.0.0 Ok") for q in qids))
        return qids

    qids = asyncio.run(main())
    rows, total = list_messages(store, limit=100)
    assert total == 30 and {r.queue_id for r in rows} == set(qids)
    assert {r.status for r in rows} == {"delivered"}
    assert len(commits) < 60


def test_a_held_message_is_committed_with_its_findings(writer, store):
    qid = asyncio.run(writer.record(**fields(1, HOLD, "held"), keep_raw=True))
    d = get_message(store, qid)
    assert d.row.status == "held" and d.raw and [f.rule for f in d.findings] == ["R4"]


def test_a_write_that_fails_fails_only_its_own_caller(writer, store):
    async def main():
        bad = fields(2) | {"verdict": None}  # not a verdict: this row cannot be built
        return await asyncio.gather(writer.record(**fields(1)), writer.record(**bad), writer.record(**fields(3)),
                                    return_exceptions=True)

    first, failed, third = asyncio.run(main())
    assert isinstance(failed, AttributeError)
    assert {r.queue_id for r in list_messages(store)[0]} == {first, third}
