"""Verdict to action with the real engine over tests/fixtures/registry.toml (SPEC section 3)."""

from __future__ import annotations

import email
import re
import smtplib
from email import policy

import pytest

from guard.store.queries import get_message, list_messages

from .conftest import SENDER, fixture_bytes


def send(address, rcpts, raw):
    with smtplib.SMTP(*address, timeout=30) as c:
        c.ehlo()
        c.mail(SENDER)
        for r in rcpts:
            assert c.rcpt(r)[0] == 250
        return c.data(raw)


def test_ordinary_mail_is_delivered_unchanged_and_logged(relay, sink, store):
    raw = fixture_bytes("ordinary.eml")
    code, _ = send(relay(), ["erik.lund@nordkok.se"], raw)
    assert code == 250
    (m,) = sink.messages
    assert m.content == raw and m.rcpts == ("erik.lund@nordkok.se",)
    (row,), _ = list_messages(store)
    assert (row.verdict, row.status, row.has_raw) == ("pass", "delivered", False)
    assert "SINK1" in row.detail


def test_competitor_price_is_blocked_with_a_reason_the_sender_can_act_on(relay, sink, store):
    code, text = send(relay(), ["erik.lund@nordkok.se"], fixture_bytes("competitor_price.eml"))
    reply = text.decode()
    assert code == 550 and reply.startswith("5.7.1 Blocked")
    assert re.search(r"\bR[2-4]\b", reply) and "fjordhome" in reply and "remove" in reply.lower()
    assert sink.messages == []
    (row,), _ = list_messages(store)
    assert (row.verdict, row.status, row.has_raw) == ("block", "blocked", True)
    assert row.queue_id in reply


def test_naming_another_customer_is_delivered_flagged_with_headers(relay, sink, store):
    code, _ = send(relay(), ["olivia@maplecrest.ca"], fixture_bytes("names_other.eml"))
    assert code == 250
    (m,) = sink.messages
    msg = email.message_from_bytes(m.content, policy=policy.default)
    (row,), _ = list_messages(store)
    assert msg["X-Guard-Verdict"] == f"flag; id={row.queue_id}"
    assert msg["X-Guard-Findings"] is None
    assert (row.verdict, row.status) == ("flag", "flagged")


def test_findings_header_for_an_internal_hop_only_when_asked(relay, sink, store):
    send(relay(internal_findings_header="full"), ["olivia@maplecrest.ca"], fixture_bytes("names_other.eml"))
    (m,) = sink.messages
    msg = email.message_from_bytes(m.content, policy=policy.default)
    assert "R1" in msg["X-Guard-Findings"] and "account=fjordhome" in msg["X-Guard-Findings"]


def test_held_message_gets_250_with_its_queue_id_and_waits_in_the_quarantine(relay, sink, store, hold_engine):
    code, text = send(relay(engine=hold_engine), ["olivia@maplecrest.ca"], fixture_bytes("names_other.eml"))
    assert code == 250
    qid = re.search(rb"held for review as (\w+)", text).group(1).decode()
    assert sink.messages == []
    d = get_message(store, qid)
    assert d.row.status == "held" and d.raw == fixture_bytes("names_other.eml")
    assert [f.rule for f in d.findings] == ["R1"]


def test_forged_guard_headers_are_removed_from_passing_mail(relay, sink):
    raw = b"X-Guard-Verdict: pass\r\n" + fixture_bytes("ordinary.eml")
    send(relay(), ["erik.lund@nordkok.se"], raw)
    assert sink.messages[0].content == fixture_bytes("ordinary.eml")


def test_binary_junk_is_held_not_passed(relay, sink, store):
    code, text = send(relay(), ["erik.lund@nordkok.se"], fixture_bytes("binary.eml"))
    assert code == 250 and b"held" in text
    assert sink.messages == []
    (row,), _ = list_messages(store, status="held")
    assert row.detail.startswith("not checked: cannot be parsed")


@pytest.mark.parametrize("rcpts", [["erik.lund@nordkok.se", "sales@bluewave-kw.cn"]])
def test_every_accepted_recipient_gets_one_copy(relay, sink, rcpts):
    send(relay(), rcpts, fixture_bytes("two_recipients.eml"))
    assert [m.rcpts for m in sink.messages] == [tuple(rcpts)]


def test_external_delivery_headers_carry_no_account_figure_or_product(relay, sink, registry):
    """A price leak let through as a flag: what the recipient's headers say must not leak it again."""
    from guard.engine import Engine
    from guard.policy.rules import load_policy

    flag_all = Engine(registry, load_policy(None, {f"R{i}": "flag" for i in range(1, 11)}))
    code, _ = send(relay(engine=flag_all), ["erik.lund@nordkok.se"], fixture_bytes("competitor_price.eml"))
    assert code == 250
    (m,) = sink.messages
    head = m.content.split(b"\r\n\r\n")[0].decode("ascii").lower()
    guard_lines = [line for line in head.split("\r\n") if line.startswith("x-guard")]
    assert guard_lines and all(line.startswith("x-guard-verdict: flag; id=") for line in guard_lines)
    original_head = fixture_bytes("competitor_price.eml").split(b"\r\n\r\n")[0].decode().lower()
    added = head.replace(original_head, "")
    for leak in ("fjord", "8.20", "kt-500", "kettle", "4000", "usd", "r2", "r3", "r4"):
        assert leak not in added, leak
