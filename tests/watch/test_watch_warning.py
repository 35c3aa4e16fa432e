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


def test_each_item_says_where_the_words_in_context_why_and_what_to_change():
    _, text = read(compose_warning(BOX, draft(), Verdict.of([finding()]), SAVED, NOW))
    assert "1. line 2: [Nordkök] pays USD 8.45 per piece for the KT-500.\n" in text
    assert "   names Nordkök, a competitor of Fjord Home" in text
    assert "   -> Leave out the name" in text
    assert "   R2 · block" in text


def test_outcome_is_said_in_the_senders_terms_for_each_verdict():
    subjects = {}
    for action in ("flag", "hold", "block"):
        msg, text = read(compose_warning(BOX, draft(), Verdict.of([finding(action=action)]), SAVED, NOW))
        subjects[action] = msg["Subject"]
    assert subjects == {"flag": 'guard: your draft "KT-500 price" would be flagged for review',
                        "hold": 'guard: your draft "KT-500 price" would be held for review',
                        "block": 'guard: your draft "KT-500 price" would be blocked'}


def test_findings_in_one_sentence_are_one_item_in_text_order():
    v = Verdict.of([finding(kind="price", text="USD 8.45", rule="R4"), finding(action="flag", rule="R1"),
                    finding(kind="price", text="USD 8.45", rule="R4")])
    _, text = read(compose_warning(BOX, draft(), v, SAVED, NOW))
    assert "1. line 2: [Nordkök] pays [USD 8.45] per piece" in text
    assert "2. " not in text
    assert "R1, R4 · block" in text and "Leave out the other customer's price" in text


def test_recipients_finding_advises_separate_messages():
    f = Finding("R6", "flag", "nordkok", "recipients", "erik.lund@nordkok.se", "recipients", 0, 0,
                "two customers see each other")
    _, text = read(compose_warning(BOX, draft(), Verdict.of([f]), SAVED, NOW))
    assert "1. recipients (To/Cc): erik.lund@nordkok.se\n" in text
    assert "Send separate messages, or put the customers in Bcc" in text


def test_attachment_findings_name_the_file():
    f = finding(where="attachment:prices.xlsx", text="Nordkök")
    _, text = read(compose_warning(BOX, draft(), Verdict.of([f]), SAVED, NOW))
    assert "1. prices.xlsx: " in text


def test_a_long_list_is_cut_with_a_count():
    body = "".join(f"Line {i} names Nordkök.\n" for i in range(25))
    v = Verdict.of([Finding("R1", "flag", "nordkok", "name", "Nordkök", "body", m, m + 7, f"e{i}")
                    for i, m in enumerate(i for i in range(len(body)) if body.startswith("Nordkök", i))])
    _, text = read(compose_warning(BOX, draft(parts=(Part("body", body),)), v, SAVED, NOW))
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
