"""End to end as deployed: a client submits to Postfix, Postfix relays through guard, guard to the smart host."""

from __future__ import annotations

import smtplib
import time

import pytest
from support.ports import free_port
from support.waiting import wait_for

from .conftest import SENDER, fixture_bytes
from .postfix import Postfix, available

pytestmark = [pytest.mark.services, pytest.mark.skipif(available() is not None, reason=str(available()))]


@pytest.fixture
def postfix(relay):
    host, port = relay()
    pf = Postfix(free_port(), relayhost=f"[{host}]:{port}").start()
    yield pf
    pf.stop()


def submit(pf: Postfix, raw: bytes, rcpts: list[str]) -> None:
    with smtplib.SMTP("127.0.0.1", pf.port, timeout=30) as c:
        c.sendmail(SENDER, rcpts, raw)


def test_ordinary_mail_goes_through_postfix_and_guard_to_the_smart_host(postfix, sink):
    submit(postfix, fixture_bytes("ordinary.eml"), ["erik.lund@nordkok.se"])
    wait_for(lambda: len(sink.messages) == 1, 30, 0.2, why=postfix.log)
    assert b"Our new catalogue" in sink.messages[0].content
    assert sink.messages[0].rcpts == ("erik.lund@nordkok.se",)


def test_blocked_mail_bounces_back_to_the_sender_with_the_reason(postfix, sink):
    submit(postfix, fixture_bytes("competitor_price.eml"), ["erik.lund@nordkok.se"])
    # Postfix turns guard's 550 into a bounce to the (internal) sender, which guard then passes.
    wait_for(lambda: any(SENDER in m.rcpts for m in sink.messages), 30, 0.2, why=postfix.log)
    assert not any("erik.lund@nordkok.se" in m.rcpts for m in sink.messages)
    bounce = next(m for m in sink.messages if SENDER in m.rcpts)
    assert b"5.7.1" in bounce.content and b"fjordhome" in bounce.content


def test_mail_guard_cannot_pass_on_now_stays_in_postfix_and_is_delivered_once_later(postfix, sink):
    sink.data_reply = "451 4.3.0 Smart host busy"
    submit(postfix, fixture_bytes("ordinary.eml"), ["erik.lund@nordkok.se"])
    wait_for(lambda: "451 4.3.0" in postfix.log() and postfix.queued() == 1, 30, 0.2, why=postfix.log)
    assert sink.messages == []
    sink.data_reply = None
    postfix.flush()
    wait_for(lambda: len(sink.messages) == 1, 30, 0.2, why=postfix.log)
    time.sleep(1)
    assert len(sink.messages) == 1 and postfix.queued() == 0
