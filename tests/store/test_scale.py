"""The log stays quick at 100k messages: a filtered page and its total use the indexes."""

from __future__ import annotations

import random
import time
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import insert

from guard.store import schema
from guard.store.db import Store
from guard.store.queries import list_messages, stats

N = 100_000


@pytest.fixture(scope="module")
def big_store(tmp_path_factory):
    store = Store(f"sqlite:///{tmp_path_factory.mktemp('scale') / 'big.db'}")
    store.upgrade()
    rnd = random.Random(7)
    t0 = datetime(2026, 1, 1, tzinfo=UTC)
    verdicts = ["pass"] * 90 + ["flag"] * 6 + ["hold"] * 2 + ["block"] * 2
    status = {"pass": "delivered", "flag": "flagged", "hold": "held", "block": "blocked"}
    rows = []
    for i in range(N):
        v = rnd.choice(verdicts)
        rules = "" if v == "pass" else rnd.choice(["R1", "R3", "R4", "R6"])
        acct = "" if v == "pass" else rnd.choice(["fjordhome", "nordkok", "maplecrest"])
        rows.append(dict(queue_id=f"Q{i:015d}", received_at=t0 + timedelta(seconds=30 * i), source="relay",
                         mail_from=f"user{i % 50}@bluewave-kw.cn", rcpt_to=[f"c{i % 997}@example.com"],
                         rcpt_text=f" c{i % 997}@example.com ", header_from="", header_to="", subject="s",
                         message_id_header="", size=20_000, sha256="0" * 64, verdict=v, status=status[v],
                         rules=f" {rules} ", accounts=f" {acct} ", elapsed_ms=1.0, unread=[], parts=[],
                         attachments=[], detail=""))
    with store.engine.begin() as c:
        c.execute(insert(schema.CheckedMessage), rows)
    return store


def timed(fn):
    t = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - t


@pytest.mark.parametrize("filters", [
    {}, {"verdict": "block"}, {"rule": "R3"}, {"account": "nordkok"}, {"sender": "user7@bluewave-kw.cn"},
    {"recipient": "c5@example.com"}, {"status": "held"},
    {"since": datetime(2026, 1, 10, tzinfo=UTC), "until": datetime(2026, 1, 12, tzinfo=UTC)},
])
def test_a_filtered_page_with_its_total_takes_under_a_second(big_store, filters):
    (rows, total), seconds = timed(lambda: list_messages(big_store, **filters))
    assert total > 0 and rows
    assert seconds < 1.0, f"{filters}: {seconds:.3f} s"  # ~0.05 s measured; slack for a busy CI


def test_dashboard_counts_over_a_month_take_under_two_seconds(big_store):
    st, seconds = timed(lambda: stats(big_store, datetime(2026, 1, 1, tzinfo=UTC), datetime(2026, 2, 1, tzinfo=UTC)))
    assert st.total > 80_000
    assert seconds < 2.0, f"{seconds:.3f} s"  # ~0.15 s measured
