"""Limits: hostile messages cost bounded work, and what was cut is reported as unread."""

from __future__ import annotations

import time

from guard.mail.limits import Limits
from guard.mail.parse import parse_message


def header_mail(to: str, body: str = "hello\r\n") -> bytes:
    return f"From: lily@bluewave-kw.cn\r\nTo: {to}\r\nSubject: many\r\n\r\n{body}".encode()


def nested_mail(levels: int) -> bytes:
    head = "From: lily@bluewave-kw.cn\nSubject: deep\nMIME-Version: 1.0\n"
    opening = "".join(f'Content-Type: multipart/mixed; boundary="b{i}"\n\n--b{i}\n' for i in range(levels))
    closing = "".join(f"--b{i}--\n" for i in reversed(range(levels)))
    return (head + opening + "Content-Type: text/plain\n\nthe innermost text\n" + closing).encode()


def test_five_thousand_recipients_are_all_read_quickly():
    to = ", ".join(f"Buyer {i} <buyer{i}@shop{i % 40}.example>" for i in range(5000))
    t0 = time.perf_counter()
    m = parse_message(header_mail(to))
    elapsed = time.perf_counter() - t0
    assert len(m.to) == 5000 and m.to[4999].email == "buyer4999@shop39.example"
    assert elapsed < 2.0, f"{elapsed:.2f} s for 5,000 addresses"


def test_recipients_beyond_the_address_limit_are_unread():
    to = ", ".join(f"buyer{i}@shop.example" for i in range(300))
    m = parse_message(header_mail(to), limits=Limits(addresses=100))
    assert len(m.to) == 100
    assert [(u.where, u.reason) for u in m.unread] == [
        ("recipients", "more than 100 addresses in To; the rest not read")]


def test_nesting_deeper_than_the_limit_is_unread_not_walked():
    m = parse_message(nested_mail(30), limits=Limits(depth=5))
    assert "the innermost text" not in "".join(p.text for p in m.parts)
    assert [u.reason for u in m.unread] == ["nested deeper than 5 levels; not read"]


def test_nesting_no_parser_can_follow_is_still_a_message():
    m = parse_message(nested_mail(3000))
    assert m.subject == "deep"
    assert m.unread


def test_more_parts_than_the_limit_stop_the_walk():
    parts = "".join(f"--b\r\nContent-Type: text/plain\r\n\r\npart {i}\r\n" for i in range(50))
    raw = ("From: lily@bluewave-kw.cn\r\nSubject: parts\r\nMIME-Version: 1.0\r\n"
           f"Content-Type: multipart/mixed; boundary=b\r\n\r\n{parts}--b--\r\n").encode()
    m = parse_message(raw, limits=Limits(parts=10))
    bodies = [p for p in m.parts if p.where == "body"]
    assert len(bodies) == 9
    assert [u.reason for u in m.unread] == ["more than 10 MIME parts; the rest not read"]


def test_text_beyond_the_character_limit_is_unread():
    m = parse_message(header_mail("erik.lund@nordkok.se", "x" * 5000 + "\r\n"), limits=Limits(text_chars=1000))
    [body] = [p for p in m.parts if p.where == "body"]
    assert len(body.text) == 1000
    assert [(u.where, u.reason) for u in m.unread] == [("body", "text beyond 1000 characters not read")]
