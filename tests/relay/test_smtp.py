"""SMTP as mail admins expect it (issue 13.3): ENHANCEDSTATUSCODES, PIPELINING and SMTPUTF8
offered and kept, a 550 that lists every finding with its advice, XFORWARD from trusted hosts."""

from __future__ import annotations

import logging
import re
import smtplib
import socket
from pathlib import Path

import pytest

from guard.engine import Engine
from guard.policy.rules import load_policy
from guard.policy.verdict import Verdict

from .conftest import SENDER, finding, fixture_bytes, returns

ENHANCED = re.compile(rb"^[245]\.\d{1,3}\.\d{1,3} ")


def refusal(host: str, port: int, raw: bytes, rcpts: list[str], **kw) -> tuple[int, bytes]:
    with smtplib.SMTP(host, port, timeout=30) as c:
        try:
            c.sendmail(SENDER, rcpts, raw, **kw)
        except smtplib.SMTPDataError as e:
            return e.smtp_code, e.smtp_error
    raise AssertionError("the message was accepted")


def test_ehlo_offers_enhancedstatuscodes_pipelining_and_smtputf8(relay):
    host, port = relay()
    with smtplib.SMTP(host, port, timeout=10) as c:
        c.ehlo()
        assert all(c.has_extn(x) for x in ("enhancedstatuscodes", "pipelining", "smtputf8", "8bitmime", "size"))
        assert not c.has_extn("xforward")  # nobody is trusted with it by default


def test_every_reply_carries_an_enhanced_status_code(relay):
    host, port = relay()
    with smtplib.SMTP(host, port, timeout=10) as c:
        c.ehlo()
        answers = [c.noop(), c.rcpt("a@nordkok.se"), c.docmd("DATA"), c.mail(SENDER), c.docmd("DATA"), c.rset(),
                   c.docmd("VRFY", "x"), c.docmd("FROB")]
    for code, text in answers:
        assert ENHANCED.match(text), (code, text)


def test_pipelined_commands_are_answered_in_order(relay, sink):
    host, port = relay()
    raw = fixture_bytes("ordinary.eml")
    with socket.create_connection((host, port), timeout=30) as s:
        f = s.makefile("rb")
        f.readline()
        s.sendall(b"EHLO client.test\r\n")
        while not f.readline().startswith(b"250 "):
            pass
        s.sendall(f"MAIL FROM:<{SENDER}>\r\nRCPT TO:<erik.lund@nordkok.se>\r\nDATA\r\n".encode())
        assert [f.readline()[:3] for _ in range(3)] == [b"250", b"250", b"354"]
        s.sendall(raw + b".\r\nQUIT\r\n")
        assert f.readline()[:3] == b"250" and f.readline()[:3] == b"221"
    assert len(sink.messages) == 1


def test_the_550_lists_every_finding_each_with_its_advice(relay):
    code, text = refusal(*relay(), fixture_bytes("competitor_price.eml"), ["erik.lund@nordkok.se"])
    lines = text.split(b"\n")
    assert code == 550 and len(lines) >= 5 and all(line.startswith(b"5.7.1 ") for line in lines)
    assert b"<competitor-1@bluewave-kw.cn>" in lines[0]
    found = b"\n".join(lines[1:-1])
    for rule in (b"R2", b"R3", b"R4"):
        assert re.search(rb"^5\.7\.1 " + rule + rb" \(account fjordhome, body\): ", found, re.M), rule
    assert b"USD 8.20" in found and b"4000 pcs" in found and b"remove the figure" in found


def test_r6_advice_in_the_550_is_to_use_bcc(relay, registry):
    strict = Engine(registry, load_policy(None, {"R6": "block"}))
    code, text = refusal(*relay(engine=strict), fixture_bytes("two_customers.eml"),
                         ["erik.lund@nordkok.se", "ingrid@fjordhome.no"])
    r6 = [line for line in text.split(b"\n") if line.startswith(b"5.7.1 R6")]
    assert code == 550 and r6 and all(b"Bcc" in line for line in r6)


def test_many_findings_are_capped_and_counted(relay):
    many = Verdict.of([finding("R4", "block", f"acct{i}", kind="price", text=f"{i}.50") for i in range(25)])
    code, text = refusal(*relay(checker=returns(many)), fixture_bytes("ordinary.eml"), ["erik.lund@nordkok.se"])
    lines = text.split(b"\n")
    assert code == 550 and len(lines) == 1 + 10 + 2 and b"and 15 more" in lines[-2]
    assert all(len(line) <= 508 for line in lines)


def test_the_550_is_utf8_for_a_client_that_used_smtputf8(relay):
    code, text = refusal(*relay(), fixture_bytes("competitor_price_zh.eml"), ["erik.lund@nordkok.se"],
                         mail_options=["SMTPUTF8"])
    assert code == 550 and "峡湾家居".encode() in text and "8.20 美元".encode() in text


def test_the_550_is_ascii_without_smtputf8_and_still_names_figure_and_message_id(relay):
    code, text = refusal(*relay(), fixture_bytes("competitor_price_zh.eml"), ["erik.lund@nordkok.se"])
    text.decode("ascii")
    assert code == 550 and b'"8.20 \\u7f8e\\u5143"' in text and b"\\u5ce1\\u6e7e\\u5bb6\\u5c45" in text
    assert b"<competitor-zh-1@bluewave-kw.cn>" in text and b"Nordkok" in text and b"?" not in text


def test_a_utf8_address_the_upstream_cannot_take_is_refused_at_mail(relay):
    host, port = relay()  # the sink does not offer SMTPUTF8
    with smtplib.SMTP(host, port, timeout=10) as c:
        c.ehlo()
        code, text = c.mail("lìly@bluewave-kw.cn", ["SMTPUTF8"])
    assert (code, text[:5]) == (553, b"5.6.7")


def test_xforward_from_a_trusted_host_names_the_client_in_the_log(relay, sink, caplog):
    host, port = relay(xforward_hosts=["127.0.0.1/32"])
    caplog.set_level(logging.INFO, logger="guard.relay")
    with smtplib.SMTP(host, port, timeout=10) as c:
        c.ehlo()
        assert c.has_extn("xforward")
        assert c.docmd("XFORWARD", "NAME=laptop7.example.com ADDR=192.0.2.7 PROTO=ESMTP")[0] == 250
        c.sendmail(SENDER, ["erik.lund@nordkok.se"], fixture_bytes("ordinary.eml"))
    line = next(r.getMessage() for r in caplog.records if "verdict=pass" in r.getMessage())
    assert 'client="laptop7.example.com[192.0.2.7] via 127.0.0.1"' in line


def test_xforward_from_any_other_host_is_refused(relay):
    host, port = relay(xforward_hosts=["192.0.2.0/24"])
    with smtplib.SMTP(host, port, timeout=10) as c:
        c.ehlo()
        assert not c.has_extn("xforward")
        code, text = c.docmd("XFORWARD", "ADDR=198.51.100.1")
    assert (code, text[:5]) == (550, b"5.7.0")


@pytest.mark.parametrize("arg", ["", "COLOUR=blue", "ADDR"])
def test_malformed_xforward_is_a_syntax_error(relay, arg):
    host, port = relay(xforward_hosts=["127.0.0.1/32"])
    with smtplib.SMTP(host, port, timeout=10) as c:
        c.ehlo()
        assert c.docmd("XFORWARD", arg)[0] == 501


def test_no_smtp_reply_text_outside_replies_py():
    import ast

    relay_dir = Path(__file__).resolve().parents[2] / "guard" / "relay"
    offenders = []
    for p in sorted(relay_dir.glob("*.py")):
        if p.name == "replies.py":
            continue
        tree = ast.parse(p.read_text())
        docstrings = {id(n.body[0].value) for n in ast.walk(tree)
                      if isinstance(n, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
                      and n.body and isinstance(n.body[0], ast.Expr) and isinstance(n.body[0].value, ast.Constant)}
        offenders += [f"{p.name}:{n.lineno}: {n.value!r}" for n in ast.walk(tree)
                      if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in docstrings
                      and re.match(r"[2-5]\d\d[ -]", n.value)]
    assert offenders == []
