"""Release delivers a held message exactly once (twice or concurrently); reject keeps it in the log."""

from __future__ import annotations

import re
import smtplib
import threading
from datetime import timedelta

import pytest
from sqlalchemy import update
from support.ports import free_port

from guard.relay.config import UpstreamConfig
from guard.relay.quarantine import QuarantineError, reject, release, resolve
from guard.store import schema
from guard.store.db import utcnow
from guard.store.queries import audit_log, get_message

from .conftest import HOLD, SENDER, returns

MSG = b"Subject: prices\r\nMessage-ID: <q1@bluewave-kw.cn>\r\nX-Guard-Verdict: pass\r\n\r\nheld text\r\n"


def hold_one(relay, rcpts=("erik.lund@nordkok.se",)) -> str:
    with smtplib.SMTP(*relay(checker=returns(HOLD))) as c:
        c.ehlo()
        c.mail(SENDER)
        for r in rcpts:
            c.rcpt(r)
        code, text = c.data(MSG)
    assert code == 250
    return re.search(rb"held for review as (\w+)", text).group(1).decode()


def up(sink) -> UpstreamConfig:
    return UpstreamConfig(host=sink.host, port=sink.port, timeout=10)


def test_held_message_is_not_delivered_until_released(relay, sink, store):
    qid = hold_one(relay)
    assert sink.messages == []
    result = release(store, qid, user="olga", upstream=up(sink), reason="customer agreed")
    assert result.delivered and result.status == "released"
    (m,) = sink.messages
    assert m.rcpts == ("erik.lund@nordkok.se",) and m.mail_from == SENDER
    assert b"held text" in m.content and b"X-Guard-Verdict: pass" not in m.content


def test_release_writes_a_review_and_an_audit_entry(relay, sink, store):
    qid = hold_one(relay)
    release(store, qid, user="olga", upstream=up(sink), reason="customer agreed")
    d = get_message(store, qid)
    assert d.row.status == "released"
    assert [(r.decision, r.user, r.reason) for r in d.reviews] == [("release", "olga", "customer agreed")]
    assert "SINK1" in d.reviews[0].result
    assert [(a.user, a.action, a.target) for a in audit_log(store)[0]] == [("olga", "release", qid)]


def test_a_held_message_stored_with_bare_lf_line_ends_is_released_with_crlf(store, sink):
    # e.g. held from a file or a mailbox that keeps LF: as it is, the upstream reads one long line
    body = b"".join(b"line %d of the quarterly price list\n" % i for i in range(60))
    raw = b"Subject: prices\nX-Guard-Verdict: pass\n\n" + body + b".a line starting with a dot\n"
    qid = store.record_check(source="cli", raw=raw, verdict=HOLD, status="held", mail_from=SENDER,
                             rcpt_to=["erik.lund@nordkok.se"], keep_raw=True)
    assert release(store, qid, user="olga", upstream=up(sink)).delivered
    (m,) = sink.messages
    assert b"\n" not in m.content.replace(b"\r\n", b"")
    assert b"\r\nline 59 of the quarterly price list\r\n.a line starting with a dot\r\n" in m.content
    assert b"X-Guard-Verdict: pass" not in m.content and m.content.startswith(b"X-Guard-Verdict: released")


def test_releasing_twice_delivers_once(relay, sink, store):
    qid = hold_one(relay)
    release(store, qid, user="olga", upstream=up(sink))
    with pytest.raises(QuarantineError, match="released, not held"):
        release(store, qid, user="piet", upstream=up(sink))
    assert len(sink.messages) == 1


def test_concurrent_releases_deliver_once(relay, sink, store):
    qid = hold_one(relay)
    sink.data_delay = 0.3  # keep the winner's delivery in flight while the others try
    results, errors = [], []

    def go(user):
        try:
            results.append(release(store, qid, user=user, upstream=up(sink)))
        except QuarantineError as e:
            errors.append(e)

    threads = [threading.Thread(target=go, args=(f"officer{i}",)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(20)
    assert len(results) == 1 and len(errors) == 3
    assert len(sink.messages) == 1


def test_release_while_upstream_is_down_stays_held_then_succeeds_once(relay, sink, store):
    qid = hold_one(relay)
    down = UpstreamConfig(host="127.0.0.1", port=free_port(), timeout=5)
    result = release(store, qid, user="olga", upstream=down)
    assert not result.delivered and result.temporary and result.status == "held"
    assert "4.4.1" in result.detail
    assert get_message(store, qid).row.status == "held"
    assert [a.action for a in audit_log(store)[0]] == ["release-failed"]
    assert release(store, qid, user="olga", upstream=up(sink)).delivered
    assert len(sink.messages) == 1


def test_release_refused_by_upstream_stays_held(relay, sink, store):
    qid = hold_one(relay)
    sink.data_reply = "554 5.7.1 Rejected by smart host"
    result = release(store, qid, user="olga", upstream=up(sink))
    assert not result.delivered and not result.temporary
    assert get_message(store, qid).row.status == "held" and "5.7.1" in result.detail


def test_reject_keeps_the_message_in_the_log(relay, sink, store):
    qid = hold_one(relay)
    reject(store, qid, user="piet", reason="names a competitor's price")
    d = get_message(store, qid)
    assert d.row.status == "rejected" and d.raw is not None
    assert [(r.decision, r.reason) for r in d.reviews] == [("reject", "names a competitor's price")]
    with pytest.raises(QuarantineError, match="rejected, not held"):
        release(store, qid, user="olga", upstream=up(sink))
    assert sink.messages == []


def test_reject_needs_a_reason(relay, store):
    qid = hold_one(relay)
    with pytest.raises(QuarantineError, match="reason"):
        reject(store, qid, user="piet", reason=" ")


def test_unknown_message_is_a_clear_error(store, sink):
    with pytest.raises(QuarantineError, match="no message NOPE"):
        release(store, "NOPE", user="olga", upstream=up(sink))


def test_interrupted_release_waits_for_an_admin(relay, sink, store):
    qid = hold_one(relay)
    assert store.set_status(qid, "releasing", expect="held")  # as a release that crashed mid-delivery
    with pytest.raises(QuarantineError, match="being released"):
        release(store, qid, user="olga", upstream=up(sink))
    with pytest.raises(QuarantineError, match="may still be in progress"):
        resolve(store, qid, user="admin", delivered=False)
    with store.session() as s:
        s.execute(update(schema.CheckedMessage).where(schema.CheckedMessage.queue_id == qid)
                  .values(status_at=utcnow() - timedelta(hours=1)))
    assert resolve(store, qid, user="admin", delivered=False) == "held"
    assert release(store, qid, user="olga", upstream=up(sink)).delivered
    assert len(sink.messages) == 1


def test_a_release_deferred_for_one_recipient_stays_held_for_that_one_only(relay, sink, store):
    qid = hold_one(relay, rcpts=("a@x.example", "b@x.example"))
    sink.rcpt_replies["b@x.example"] = "451 4.2.1 greylisted, try later"
    result = release(store, qid, user="olga", upstream=up(sink))
    assert not result.delivered and result.status == "held" and result.temporary
    assert "still held for b@x.example" in result.detail and "delivered to a@x.example" in result.detail
    d = get_message(store, qid)
    assert d.row.status == "held" and d.row.rcpt_to == ["b@x.example"]
    del sink.rcpt_replies["b@x.example"]
    assert release(store, qid, user="olga", upstream=up(sink)).delivered
    assert [m.rcpts for m in sink.messages] == [("a@x.example",), ("b@x.example",)]  # each exactly once
    assert get_message(store, qid).row.status == "released"


def test_a_recipient_refused_for_good_is_reported_and_not_retried(relay, sink, store):
    qid = hold_one(relay, rcpts=("a@x.example", "gone@x.example", "c@x.example"))
    sink.rcpt_replies["gone@x.example"] = "550 5.1.1 No such user"
    sink.rcpt_replies["c@x.example"] = "452 4.2.2 Mailbox full"
    result = release(store, qid, user="olga", upstream=up(sink))
    assert not result.delivered and result.status == "held"
    assert "gone@x.example" in result.refused and "550 5.1.1" in result.detail
    assert get_message(store, qid).row.rcpt_to == ["c@x.example"]
    sink.rcpt_replies.clear()
    assert release(store, qid, user="olga", upstream=up(sink)).delivered
    assert [m.rcpts for m in sink.messages] == [("a@x.example",), ("c@x.example",)]
