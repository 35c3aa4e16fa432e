"""The warning a sender reads: which draft, what was found, where, what to change."""

from __future__ import annotations

import email
import email.policy
from datetime import UTC, datetime

from guard.mail.model import Address, Message, Part
from guard.policy.verdict import Finding, Verdict
from guard.watch.config import MailboxConfig
from guard.watch.warning import compose_clean_note, compose_warning

BOX = MailboxConfig(name="lily", host="127.0.0.1", port=143, tls="none", user="lily", password_env="X")
BODY = "Dear Ingrid,\nour price for you is fine. Nordkök pays USD 8.45 per piece for the KT-500.\nLily"
SAVED = datetime(2026, 11, 23, 9, 12, tzinfo=UTC)
NOW = datetime(2026, 11, 23, 9, 13, tzinfo=UTC)


def draft(**kw) -> Message:
    base = dict(sender=Address("lily@bluewave-kw.cn", "Lily"), to=(Address("ingrid@fjordhome.no", "Ingrid Dahl"),),
                cc=(Address("ops@bluewave-kw.cn"),), subject="KT-500 price", message_id="<d1@bluewave-kw.cn>",
                parts=(Part("subject", "KT-500 price"), Part("body", BODY)))
    base.update(kw)
    return Message(**base)


def finding(text="Nordkök", kind="name", rule="R2", action="block", where="body", **kw) -> Finding:
    start = BODY.find(text) if where == "body" else 0
    return Finding(rule=rule, action=action, account=kw.get("account", "nordkok"), kind=kind, text=text,
                   where=where, start=start, end=start + len(text),
                   explanation=kw.get("explanation", "names Nordkök, a competitor of Fjord Home"))


def read(raw: bytes) -> tuple[email.message.EmailMessage, str]:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    return msg, msg.get_content().replace("\r\n", "\n")


def test_warning_names_the_draft_by_subject_recipients_and_save_time():
    msg, text = read(compose_warning(BOX, draft(), Verdict.of([finding()]), SAVED, NOW))
    assert msg["Subject"] == 'guard: your draft "KT-500 price" would be blocked'
    assert msg["To"] == "lily@bluewave-kw.cn" and msg["X-Guard-Draft"] == "<d1@bluewave-kw.cn>"
    assert "  Draft:  KT-500 price\n  To:     Ingrid Dahl <ingrid@fjordhome.no>\n  Cc:     ops@bluewave-kw.cn\n" in text
    assert "  Saved:  2026-11-23 09:12 (UTC+0000)" in text


def test_each_finding_says_what_where_why_and_what_to_change():
    _, text = read(compose_warning(BOX, draft(), Verdict.of([finding()]), SAVED, NOW))
    assert '1. In the text: "Nordkök"' in text
    assert "   Why:    names Nordkök, a competitor of Fjord Home" in text
    assert "   Where:  Dear Ingrid, our price for you is fine. »Nordkök« pays USD 8.45 per piece" in text
    assert "   Change: Remove the other customer's name, or write to that customer only." in text
    assert "   (rule R2, block)" in text


def test_outcome_is_said_in_the_senders_terms_for_each_verdict():
    subjects = {}
    for action in ("flag", "hold", "block"):
        msg, text = read(compose_warning(BOX, draft(), Verdict.of([finding(action=action)]), SAVED, NOW))
        subjects[action] = msg["Subject"]
    assert subjects == {"flag": 'guard: your draft "KT-500 price" would be flagged for review',
                        "hold": 'guard: your draft "KT-500 price" would be held for review',
                        "block": 'guard: your draft "KT-500 price" would be blocked'}


def test_the_same_finding_twice_is_listed_once_strongest_first():
    v = Verdict.of([finding(kind="price", text="USD 8.45", rule="R4"), finding(action="flag", rule="R1"),
                    finding(kind="price", text="USD 8.45", rule="R4")])
    _, text = read(compose_warning(BOX, draft(), v, SAVED, NOW))
    assert text.count('"USD 8.45"') == 1
    assert text.index("1. In the text: \"USD 8.45\"") < text.index("2. In the text: \"Nordkök\"")
    assert "Remove the other customer's price" in text


def test_the_same_text_found_by_two_rules_is_one_item_with_both_reasons():
    v = Verdict.of([finding(rule="R3", explanation="names Nordkök with what it buys"), finding(rule="R2")])
    _, text = read(compose_warning(BOX, draft(), v, SAVED, NOW))
    assert text.count('In the text: "Nordkök"') == 1
    assert "   Why:    names Nordkök with what it buys\n   Why:    names Nordkök, a competitor of Fjord Home" in text
    assert "   (rules R2, R3, block)" in text


def test_recipients_finding_advises_separate_messages():
    f = Finding("R6", "flag", "nordkok", "recipients", "erik.lund@nordkok.se", "body", 0, 0, "two customers see each other")
    _, text = read(compose_warning(BOX, draft(), Verdict.of([f]), SAVED, NOW))
    assert '1. In the recipients (To/Cc): "erik.lund@nordkok.se"\n' in text
    assert "Send separate messages, or put the customers in Bcc" in text


def test_attachment_findings_name_the_file():
    f = finding(where="attachment:prices.xlsx", text="Nordkök")
    _, text = read(compose_warning(BOX, draft(), Verdict.of([f]), SAVED, NOW))
    assert '1. In the attachment "prices.xlsx": "Nordkök"' in text


def test_a_long_list_is_cut_with_a_count():
    v = Verdict.of([finding(text=f"name {i}", explanation=f"e{i}") for i in range(25)])
    _, text = read(compose_warning(BOX, draft(), v, SAVED, NOW))
    assert "20. " in text and "21. " not in text
    assert "... and 5 more of the same kinds." in text


def test_clean_note_says_the_new_version_can_be_sent():
    msg, text = read(compose_clean_note(BOX, draft(), SAVED, NOW))
    assert msg["Subject"] == 'guard: your draft "KT-500 price" is clean now'
    assert "You can send it." in text and msg["X-Guard-Verdict"] == "pass"


def test_draft_without_sender_or_subject_still_gets_a_readable_warning():
    msg, text = read(compose_warning(BOX, draft(sender=None, subject="", to=(), cc=()), Verdict.of([finding()]),
                                     None, NOW))
    assert msg["Subject"] == 'guard: your draft "(no subject)" would be blocked'
    assert "To:     (no recipients yet)" in text and "Saved:" not in text
