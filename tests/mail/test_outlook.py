"""Outlook's formats: a .msg file checked as a draft or attached to a mail, and winmail.dat (TNEF).

No library here writes .msg files, so the real-world Outlook message in the shared corpus is the
fixture (read only; skipped when absent). winmail.dat files are built here byte by byte."""

from __future__ import annotations

import base64
import struct
from pathlib import Path

import pytest
from click.testing import CliRunner
from support.files import REGISTRY

from guard.cli import cli
from guard.errors import MessageError
from guard.mail.limits import Limits
from guard.mail.parse import parse_message

from .conftest import mail_with, unread

MSG = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "realworld" / "messages" / "0044.eml"  # an Outlook .msg despite its name
needs_msg = pytest.mark.skipif(not MSG.is_file(), reason="the real-world Outlook .msg fixture is not present")
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def part(m, where):
    return [p for p in m.parts if p.where == where]


# ---- .msg --------------------------------------------------------------------------------------

@needs_msg
def test_outlook_msg_given_as_the_message_is_read_with_recipients_subject_and_body():
    m = parse_message(MSG.read_bytes())
    assert [a.email for a in m.to] == ["a.gaiser-schoenenborn@kreis-tuebingen.de"]
    assert m.to[0].name == "Gaiser-Schönenborn, Andrea"
    assert m.sender is not None and m.sender.email == "nueblingv@w-vwa.de"
    assert m.subject == "Newsletter Prüfung Personalwesen / Prüfung Eröffnungsbilanz"
    [body] = part(m, "body")
    assert "Sehr geehrte Frau Gaiser-Schönenborn" in body.text
    assert "newsletter.png" in m.attachments
    assert m.unread == ()


@needs_msg
def test_guard_check_reads_a_msg_draft_end_to_end():
    r = CliRunner().invoke(cli, ["check", "--json", "--registry", str(REGISTRY), str(MSG)])
    assert r.exit_code in (0, 1), r.output
    assert '"verdict": "error"' not in r.output


@needs_msg
def test_msg_attached_to_a_mail_is_quoted_text_of_its_sender():
    m = parse_message(mail_with(("newsletter.msg", "application/vnd.ms-outlook", MSG.read_bytes())))
    quoted = part(m, "attachment:newsletter.msg")
    assert quoted and all(p.origin == "quoted" and p.author == "nueblingv@w-vwa.de" for p in quoted)
    assert set(quoted[0].header_addresses) == {"nueblingv@w-vwa.de", "a.gaiser-schoenenborn@kreis-tuebingen.de"}
    assert quoted[0].text.startswith("From: nueblingv@w-vwa.de\n")
    assert any("Sehr geehrte Frau Gaiser-Schönenborn" in p.text for p in quoted)
    assert "newsletter.msg" in m.attachments


@needs_msg
def test_truncated_msg_is_refused_with_a_clear_reason():
    with pytest.raises(MessageError, match=r"^the Outlook \.msg file could not be read \("):
        parse_message(MSG.read_bytes()[:20_000])


@needs_msg
def test_msg_beyond_four_times_the_attachment_limit_is_refused():
    with pytest.raises(MessageError, match=r"larger than 39\.1 KB; not read"):
        parse_message(MSG.read_bytes(), limits=Limits(attachment_bytes=10_000))


def test_office_document_given_as_a_message_is_refused_as_not_mail():
    xls = OLE + b"\0" * 504 + "Workbook".encode("utf-16-le") + b"\0" * 512
    with pytest.raises(MessageError, match="not a mail message: an Office document"):
        parse_message(xls)


# ---- winmail.dat -------------------------------------------------------------------------------

def tnef_attribute(level: int, attr_id: int, attr_type: int, data: bytes) -> bytes:
    checksum = sum(data) & 0xFFFF
    return struct.pack("<BHHI", level, attr_id, attr_type, len(data)) + data + struct.pack("<H", checksum)


def winmail(body: bytes = b"", files: tuple[tuple[str, bytes], ...] = (), rtf: bytes = b"") -> bytes:
    """A TNEF stream as Outlook writes it: version, code page, body (or MAPI RTF), attachments."""
    out = struct.pack("<IH", 0x223E9F78, 0x0001)
    out += tnef_attribute(1, 0x9006, 0x0008, struct.pack("<I", 0x00010000))
    out += tnef_attribute(1, 0x9007, 0x0006, struct.pack("<II", 1252, 0))
    if body:
        out += tnef_attribute(1, 0x800C, 0x0002, body)
    if rtf:
        from compressed_rtf import compress

        packed = compress(rtf)
        padded = packed + b"\0" * (-len(packed) % 4)
        props = struct.pack("<IHHII", 1, 0x0102, 0x1009, 1, len(packed)) + padded
        out += tnef_attribute(1, 0x9003, 0x0006, props)
    for name, data in files:
        out += tnef_attribute(2, 0x9002, 0x0006, b"\1\0\xff\xff\xff\xff" + b"\0" * 8)
        out += tnef_attribute(2, 0x8010, 0x0001, name.encode() + b"\0")
        out += tnef_attribute(2, 0x800F, 0x0006, data)
    return out


PRICES = b"customer;sku;qty;price\nNordkok;KT-500;3500;8.45\n"
TNEF_TYPE = "application/ms-tnef"


def test_winmail_dat_attachments_are_read_as_members():
    m = parse_message(mail_with(("winmail.dat", TNEF_TYPE, winmail(b"Hello", (("prices.csv", PRICES),)))))
    [p] = part(m, "attachment:winmail.dat/prices.csv")
    assert p.tabular and "Nordkok | KT-500 | 3500 | 8.45" in p.text.splitlines()
    assert m.unread == ()


def test_winmail_dat_body_is_read_when_the_mail_has_no_body_of_its_own():
    raw = (b"From: lily@bluewave-kw.cn\r\nTo: olivia@maplecrest.ca\r\nSubject: x\r\nMIME-Version: 1.0\r\n"
           b"Content-Type: application/ms-tnef; name=winmail.dat\r\nContent-Transfer-Encoding: base64\r\n\r\n"
           + base64.encodebytes(winmail(b"KT-500 for Nordkok at USD 8.45\r\n")))
    m = parse_message(raw)
    [body] = part(m, "body")
    assert body.text.strip() == "KT-500 for Nordkok at USD 8.45" and body.origin == "new"


def test_winmail_dat_body_duplicating_the_mail_body_is_not_read_twice():
    m = parse_message(mail_with(("winmail.dat", TNEF_TYPE, winmail(b"Please see the attachment.\r\n")),
                                body="Please see the attachment.\n"))
    assert [p.text for p in m.parts if p.where == "body" or p.where.startswith("attachment:")] == [
        "Please see the attachment.\n"]


def test_native_rtf_winmail_dat_body_is_read():
    raw = (b"From: lily@bluewave-kw.cn\r\nTo: olivia@maplecrest.ca\r\nSubject: x\r\nMIME-Version: 1.0\r\n"
           b"Content-Type: application/ms-tnef; name=winmail.dat\r\nContent-Transfer-Encoding: base64\r\n\r\n"
           + base64.encodebytes(winmail(rtf=b"{\\rtf1\\ansi{\\fonttbl{\\f0 Arial;}} KT-500 at 8.45\\par}")))
    m = parse_message(raw)
    [body] = part(m, "body")
    assert body.text.strip() == "KT-500 at 8.45" and "Arial" not in body.text and m.unread == ()


def test_winmail_dat_body_is_read_beside_a_clean_text_plain_body():
    m = parse_message(mail_with(("winmail.dat", TNEF_TYPE, winmail(b"Nordkok pays USD 8.45 for KT-500.\r\n")),
                                body="Please see the attachment.\n"))
    assert [p.text.strip() for p in part(m, "body")] == ["Please see the attachment.",
                                                         "Nordkok pays USD 8.45 for KT-500."]


def test_truncated_winmail_dat_is_unread_with_what_is_missing():
    whole = winmail(b"Hello", (("prices.csv", PRICES * 20),))
    m = parse_message(mail_with(("winmail.dat", TNEF_TYPE, whole[: len(whole) - 300])))
    [(where, reason)] = unread(m)
    assert where == "attachment:winmail.dat" and reason.startswith("truncated winmail.dat (TNEF)")


def test_broken_winmail_dat_is_unread():
    m = parse_message(mail_with(("winmail.dat", TNEF_TYPE, b"\x00\x01" * 40)))  # no TNEF signature
    [(where, reason)] = unread(m)
    assert where == "attachment:winmail.dat" and reason.startswith("unreadable winmail.dat (TNEF)")
