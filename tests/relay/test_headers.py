"""X-Guard-* headers: content from the message can never inject a header, and forged ones are removed."""

from __future__ import annotations

import email
from email import policy

from guard.policy.verdict import Verdict
from guard.relay.headers import add_flag_headers, fold, safe_text, strip_guard_headers

from .conftest import finding

RAW = b"Subject: hi\r\nTo: a@b.example\r\n\r\nbody\r\n"


def parsed(raw: bytes):
    return email.message_from_bytes(raw, policy=policy.default)


def test_finding_text_with_crlf_cannot_start_a_header():
    v = Verdict.of([finding(text="Fjord\r\nBcc: victim@evil.example\r\n\r\nbody")])
    msg = parsed(add_flag_headers(RAW, v, "Q1", detail="full"))
    assert msg["Bcc"] is None
    assert "Bcc: victim@evil.example" in " ".join(str(msg["X-Guard-Findings"]).split())
    assert msg.get_content().strip() == "body"


def test_non_ascii_finding_text_is_escaped_to_ascii():
    out = add_flag_headers(RAW, Verdict.of([finding(text="峡湾家居")]), "Q1", detail="full")
    out.decode("ascii")
    assert b"\\u5ce1" in out


def test_headers_are_folded_to_short_lines():
    v = Verdict.of([finding(text=f"Name number {i}") for i in range(12)])
    head = add_flag_headers(RAW, v, "Q1", detail="full").split(b"\r\n\r\n")[0]
    assert all(len(line) <= 78 for line in head.split(b"\r\n"))
    assert str(parsed(add_flag_headers(RAW, v, "Q1"))["X-Guard-Verdict"]) == "flag; id=Q1"


def test_by_default_only_the_opaque_verdict_header_is_added():
    v = Verdict.of([finding(text="Fjord Home")])
    out = add_flag_headers(RAW, v, "Q1")
    assert out == b"X-Guard-Verdict: flag; id=Q1\r\n" + RAW


def test_forged_guard_headers_are_removed_with_their_continuations():
    forged = b"X-Guard-Verdict: pass\r\nX-Guard-Findings: none,\r\n\tstill forged\r\nSubject: hi\r\n\r\nX-Guard-Verdict: in body\r\n"
    out = strip_guard_headers(forged)
    assert out == b"Subject: hi\r\n\r\nX-Guard-Verdict: in body\r\n"


def test_rules_detail_leaves_out_accounts_and_text():
    v = Verdict.of([finding(text="Fjord Home")])
    out = add_flag_headers(RAW, v, "Q1", detail="rules")
    assert b"fjordhome" not in out and b"Fjord Home" not in out and b"R1" in out


def test_safe_text_is_bounded_and_printable():
    s = safe_text("\x00\x1b[31m" + "x" * 500)
    assert len(s) <= 60 and all(" " <= c <= "~" for c in s)


def test_fold_keeps_short_values_on_one_line():
    assert fold("X-A", "b c") == b"X-A: b c\r\n"
