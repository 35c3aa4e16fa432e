"""Nothing is lost: every message is delivered once, or refused with 4xx (the sender still owns
it), or committed to the quarantine. One test per failure, against a real upstream."""

from __future__ import annotations

import smtplib
import threading
import time

import pytest
from support.ports import free_port

from guard.policy.verdict import Verdict
from guard.relay import replies
from guard.relay.checking import CheckOutcome
from guard.store.db import Store
from guard.store.queries import list_messages

from .conftest import HOLD, SENDER, finding, returns

MSG = b"Subject: quote\r\nMessage-ID: <f1@bluewave-kw.cn>\r\n\r\nordinary text\r\n"
PASS = returns(Verdict("pass"))


def send(address, rcpts, msg=MSG):
    with smtplib.SMTP(*address, timeout=30) as c:
        return c.sendmail(SENDER, rcpts, msg)


def test_upstream_down_is_a_4xx_at_mail_from(relay, store):
    address = relay(checker=PASS, upstream=f"127.0.0.1:{free_port()}")  # nothing listens there
    with pytest.raises(smtplib.SMTPSenderRefused) as e:
        send(address, ["erik.lund@nordkok.se"])
    assert e.value.smtp_code == replies.code_of(replies.UPSTREAM_UNAVAILABLE)
    assert list_messages(store)[1] == 0


def test_upstream_refusing_one_recipient_refuses_only_that_one(relay, sink):
    sink.rcpt_replies["nobody@nordkok.se"] = "550 5.1.1 No such user here"
    refused = send(relay(checker=PASS), ["erik.lund@nordkok.se", "nobody@nordkok.se"])
    assert refused == {"nobody@nordkok.se": (550, b"5.1.1 No such user here")}
    assert [m.rcpts for m in sink.messages] == [("erik.lund@nordkok.se",)]


def test_upstream_deferring_one_recipient_defers_only_that_one(relay, sink):
    sink.rcpt_replies["busy@nordkok.se"] = "450 4.2.1 Mailbox busy, try later"
    refused = send(relay(checker=PASS), ["erik.lund@nordkok.se", "busy@nordkok.se"])
    assert refused["busy@nordkok.se"][0] == 450  # the sender's MTA retries this one only
    assert [m.rcpts for m in sink.messages] == [("erik.lund@nordkok.se",)]


def test_upstream_tempfail_at_data_reaches_the_sender(relay, sink, store):
    sink.data_reply = "451 4.3.0 Queue full, try later"
    with pytest.raises(smtplib.SMTPDataError) as e:
        send(relay(checker=PASS), ["erik.lund@nordkok.se"])
    assert e.value.smtp_code == 451
    assert sink.messages == []
    assert list_messages(store)[0][0].status == "tempfail"


def test_upstream_permanent_failure_at_data_reaches_the_sender(relay, sink, store):
    sink.data_reply = "554 5.7.1 Spam detected"
    with pytest.raises(smtplib.SMTPDataError) as e:
        send(relay(checker=PASS), ["erik.lund@nordkok.se"])
    assert e.value.smtp_code == 554
    assert list_messages(store)[0][0].status == "refused"


@pytest.mark.parametrize("verdict", [Verdict("pass"), HOLD, Verdict.of([finding("R3", "block")])],
                         ids=["pass", "hold", "block"])
def test_store_unreachable_is_a_4xx_and_nothing_is_delivered(relay, sink, verdict):
    down = Store(f"postgresql+psycopg://postgres@127.0.0.1:{free_port()}/guard?connect_timeout=2")
    with pytest.raises(smtplib.SMTPDataError) as e:
        send(relay(checker=returns(verdict), with_store=down), ["erik.lund@nordkok.se"])
    assert (e.value.smtp_code, e.value.smtp_error.decode()) == (451, replies.STORE_UNAVAILABLE[4:])
    assert sink.messages == []


def boom(raw, mail_from, rcpts):
    raise RuntimeError("detector crashed")


def test_check_raising_is_a_4xx_by_default(relay, sink, store):
    with pytest.raises(smtplib.SMTPDataError) as e:
        send(relay(checker=boom), ["erik.lund@nordkok.se"])
    assert (e.value.smtp_code, e.value.smtp_error.decode()) == (451, replies.CHECK_FAILED[4:])
    assert sink.messages == [] and list_messages(store)[1] == 0


def test_check_raising_holds_the_message_when_configured(relay, sink, store):
    with smtplib.SMTP(*relay(checker=boom, on_check_error="hold")) as c:
        c.ehlo()
        c.mail(SENDER)
        c.rcpt("erik.lund@nordkok.se")
        code, text = c.data(MSG)
    assert code == 250 and b"held for review" in text
    (row,), _ = list_messages(store, status="held")
    assert row.has_raw and "not checked: the check failed" in row.detail
    assert sink.messages == []


def test_check_timeout_is_a_4xx(relay, sink):
    def slow(raw, mail_from, rcpts):
        time.sleep(3)
        return CheckOutcome(Verdict("pass"), None, 3000)

    with pytest.raises(smtplib.SMTPDataError) as e:
        send(relay(checker=slow, check_timeout=1), ["erik.lund@nordkok.se"])
    assert (e.value.smtp_code, e.value.smtp_error.decode()) == (451, replies.CHECK_TIMEOUT[4:])
    assert sink.messages == []


def test_a_slow_check_does_not_stall_other_connections(relay, sink):
    gate = threading.Event()

    def checker(raw, mail_from, rcpts):
        if b"SLOW" in raw:
            gate.wait(10)
        return CheckOutcome(Verdict("pass"), None, 1)

    address = relay(checker=checker)
    slow = threading.Thread(target=send, args=(address, ["a@example.com"], MSG + b"SLOW\r\n"))
    slow.start()
    time.sleep(0.2)
    t0 = time.perf_counter()
    send(address, ["b@example.com"])
    assert time.perf_counter() - t0 < 5.0  # the slow one waits for the gate (10 s) meanwhile
    assert sorted(m.rcpts[0] for m in sink.messages) == ["b@example.com"]
    gate.set()
    slow.join(10)
    assert sorted(m.rcpts[0] for m in sink.messages) == ["a@example.com", "b@example.com"]


def test_unparseable_message_is_held_by_default(relay, sink, store):
    def unparseable(raw, mail_from, rcpts):
        return CheckOutcome(None, None, 1, unparseable="no header section")

    with smtplib.SMTP(*relay(checker=unparseable)) as c:
        c.ehlo()
        c.mail(SENDER)
        c.rcpt("erik.lund@nordkok.se")
        code, _ = c.data(MSG)
    assert code == 250 and sink.messages == []
    (row,), _ = list_messages(store, status="held")
    assert "cannot be parsed" in row.detail


def test_unparseable_message_can_be_rejected_instead(relay, sink, store):
    def unparseable(raw, mail_from, rcpts):
        return CheckOutcome(None, None, 1, unparseable="no header section")

    with pytest.raises(smtplib.SMTPDataError) as e:
        send(relay(checker=unparseable, on_unparseable="reject"), ["erik.lund@nordkok.se"])
    assert e.value.smtp_code == 554
    assert list_messages(store, status="blocked")[1] == 1


def test_upstream_connection_lost_before_data_is_a_4xx(relay, sink):
    address = relay(checker=PASS)
    with smtplib.SMTP(*address) as c:
        c.ehlo()
        c.mail(SENDER)
        c.rcpt("erik.lund@nordkok.se")
        sink.stop()  # the upstream goes away mid-transaction
        code, _ = c.data(MSG)
    assert 400 <= code < 500
