"""guard.store.queries: the log's filters, one message in detail, dashboard counts, the audit trail."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from guard.errors import StoreError
from guard.policy.verdict import Verdict
from guard.store.queries import add_audit, audit_log, get_message, list_messages, stats

from .conftest import BODY, verdict_of

R3 = verdict_of(("R3", "block", "nordkok", "name", "Nordkok", 14, 21))
R1 = verdict_of(("R1", "flag", "maplecrest", "name", "Maple Crest", 0, 11))
PASS = Verdict("pass")


def ids(rows):
    return [r.queue_id for r in rows]


def test_list_is_newest_first_with_the_total(record, store):
    old = record(PASS, "delivered", received_at=datetime.now(UTC) - timedelta(hours=2))
    new = record(PASS, "delivered")
    rows, total = list_messages(store)
    assert ids(rows) == [new, old] and total == 2


def test_filter_by_verdict_and_status(record, store):
    b = record(R3, "blocked")
    f = record(R1, "flagged")
    record(PASS, "delivered")
    assert ids(list_messages(store, verdict="block")[0]) == [b]
    assert set(ids(list_messages(store, verdict=["block", "flag"])[0])) == {b, f}
    assert ids(list_messages(store, status="flagged")[0]) == [f]


def test_filter_by_rule_and_account(record, store):
    b = record(R3, "blocked")
    record(R1, "flagged")
    assert ids(list_messages(store, rule="R3")[0]) == [b]
    assert ids(list_messages(store, rule="r3")[0]) == [b]
    assert ids(list_messages(store, account="nordkok")[0]) == [b]
    assert list_messages(store, account="nord")[1] == 0  # ids match whole, never by prefix


def test_filter_by_sender_address_or_domain(record, store):
    a = record(PASS, "delivered", sender="lily@bluewave-kw.cn")
    b = record(PASS, "delivered", sender="tom@bluewavekitchen.com")
    assert ids(list_messages(store, sender="lily@bluewave-kw.cn")[0]) == [a]
    assert ids(list_messages(store, sender="bluewavekitchen.com")[0]) == [b]


def test_filter_by_recipient_address_or_domain(record, store):
    a = record(PASS, "delivered", rcpts=("ingrid@fjordhome.no", "x@maplecrest.ca"))
    record(PASS, "delivered", rcpts=("ingrid.b@fjordhome.no",))
    assert ids(list_messages(store, recipient="ingrid@fjordhome.no")[0]) == [a]
    assert ids(list_messages(store, recipient="maplecrest.ca")[0]) == [a]
    assert list_messages(store, recipient="fjordhome.no")[1] == 2


def test_filter_by_time_range(record, store):
    day = datetime(2026, 7, 1, 12, 0, tzinfo=UTC)
    before = record(PASS, "delivered", received_at=day - timedelta(days=1))
    inside = record(PASS, "delivered", received_at=day)
    after = record(PASS, "delivered", received_at=day + timedelta(days=1))
    assert ids(list_messages(store, since=day, until=day + timedelta(hours=1))[0]) == [inside]
    assert ids(list_messages(store, since=date(2026, 7, 1), until=date(2026, 7, 1))[0]) == [inside]
    assert set(ids(list_messages(store, until=date(2026, 7, 1))[0])) == {before, inside}
    assert ids(list_messages(store, since=date(2026, 7, 2))[0]) == [after]


def test_paging_keeps_the_total(record, store):
    made = [record(PASS, "delivered", received_at=datetime(2026, 7, 1, tzinfo=UTC) + timedelta(minutes=i))
            for i in range(5)]
    rows, total = list_messages(store, limit=2, offset=2, order="received_at")
    assert ids(rows) == made[2:4] and total == 5


def test_a_rare_filter_match_pages_newest_first_like_any_other(record, store):
    # few matches for a LIKE filter take SQLite's scan-and-sort path (ORDER BY +received_at)
    t0 = datetime(2026, 7, 1, tzinfo=UTC)
    hits = [record(R3, "blocked", received_at=t0 + timedelta(minutes=i)) for i in (3, 1, 2)]
    same_time = record(R3, "blocked", received_at=t0 + timedelta(minutes=3))
    for i in range(20):
        record(PASS, "delivered", received_at=t0 + timedelta(minutes=i))
    rows, total = list_messages(store, rule="R3", limit=2)
    assert total == 4 and ids(rows) == [same_time, hits[0]]  # newest first, then the later id
    assert ids(list_messages(store, rule="R3", limit=2, offset=2)[0]) == [hits[2], hits[1]]
    assert ids(list_messages(store, rule="R3", order="received_at")[0]) == [hits[1], hits[2], hits[0], same_time]


def test_unknown_order_is_refused(store):
    with pytest.raises(StoreError, match="cannot order"):
        list_messages(store, order="raw")


def test_like_wildcards_in_filters_are_literal(record, store):
    record(PASS, "delivered", sender="a@b.cn")
    assert list_messages(store, sender="%")[1] == 0
    assert list_messages(store, recipient="_")[1] == 0


def test_get_message_by_queue_id_or_number(record, store):
    qid = record(R3, "blocked", raw=b"Subject: x\r\n\r\nsecret\r\n")
    d = get_message(store, qid)
    assert d.row.queue_id == qid and d.raw == b"Subject: x\r\n\r\nsecret\r\n"
    assert get_message(store, d.row.id).row.queue_id == qid
    assert get_message(store, qid.lower()).row.queue_id == qid
    assert get_message(store, "NOPE") is None


def test_message_detail_shows_each_finding_in_its_context(record, store):
    d = get_message(store, record(R3, "blocked"))
    (f,) = d.findings
    before, match, after = d.context(f, width=10)
    assert match == "Nordkok" == BODY[14:21]
    assert before == BODY[4:14] and after == BODY[21:31]


def test_pass_messages_keep_no_raw_message(record, store):
    d = get_message(store, record(PASS, "delivered"))
    assert d.raw is None and d.row.has_raw is False


def test_stats_count_by_verdict_rule_account_and_day(record, store):
    now = datetime.now(UTC)
    record(R3, "blocked")
    record(R3, "blocked", received_at=now - timedelta(days=1))
    record(R1, "flagged")
    record(PASS, "delivered")
    st = stats(store, now - timedelta(days=3), now + timedelta(minutes=1))
    assert st.total == 4
    assert st.by_verdict == {"block": 2, "flag": 1, "pass": 1}
    assert st.by_rule == {"R3": 2, "R1": 1}
    assert st.by_account == {"nordkok": 2, "maplecrest": 1}
    assert sum(sum(v.values()) for _, v in st.by_day) == 4 and len(st.by_day) == 2


def test_stats_count_by_status_and_by_verdict_per_day(record, store):
    now = datetime.now(UTC)
    record(R3, "blocked", received_at=now - timedelta(days=1))
    record(R1, "flagged")
    record(R1, "delivered")  # a flag whose status an officer changed, say: status and verdict apart
    record(PASS, "delivered")
    st = stats(store, now - timedelta(days=3), now + timedelta(minutes=1))
    assert st.by_status == {"blocked": 1, "delivered": 2, "flagged": 1}
    assert st.by_verdict == {"block": 1, "flag": 2, "pass": 1}
    assert [v for _, v in st.by_day] == [{"block": 1}, {"flag": 2, "pass": 1}]


def test_stats_report_the_held_queue_and_its_oldest(record, store):
    old = datetime(2026, 1, 2, 3, 4, tzinfo=UTC)
    hold = verdict_of(("R4", "hold", "fjordhome", "price", "8.20", 0, 4))
    record(hold, "held", received_at=old)
    record(hold, "held")
    st = stats(store)
    assert st.held == 2 and st.oldest_held == old


def test_audit_log_is_newest_first_with_a_total(store):
    add_audit(store, "olga", "release", "ABC", "customer agreed")
    add_audit(store, "piet", "reject", "DEF", "competitor price")
    rows, total = audit_log(store, limit=1)
    assert total == 2 and rows[0].user == "piet" and rows[0].action == "reject"
    assert audit_log(store, user="olga")[0][0].target == "ABC"
