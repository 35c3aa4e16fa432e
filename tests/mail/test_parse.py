"""parse_message: headers, recipients, parts, and the MessageError contract."""

from __future__ import annotations

import pytest

from guard.errors import MessageError
from guard.mail.model import Address
from guard.mail.parse import parse_message

from .conftest import eml


def test_plain_message_yields_subject_then_body():
    m = parse_message(eml("plain.eml"))
    parts = [p for p in m.parts if not p.where.startswith("header:")]
    assert [(p.where, p.origin) for p in parts] == [("subject", "new"), ("body", "new")]
    assert parts[0].text == "KT-500 shipping schedule"
    assert "The stainless kettles leave Xiamen on Monday." in parts[1].text


def test_headers_are_read_and_addresses_lower_cased_and_deduplicated():
    m = parse_message(eml("plain.eml"))
    assert m.sender == Address("lily@bluewave-kw.cn", "Lily Chen")
    assert m.to == (Address("erik.lund@nordkok.se", "Erik Lund"),)
    assert m.cc == (Address("sales@bluewave-kw.cn", "Sales Team"),)
    assert m.bcc == (Address("boss@bluewave-kw.cn"),)
    assert m.message_id == "<plain-1@bluewave-kw.cn>"
    assert ("subject", "KT-500 shipping schedule") in m.headers


def test_body_line_endings_are_normalised():
    body = parse_message(eml("plain.eml")).parts[1].text
    assert "\r" not in body


def test_envelope_comes_from_the_arguments():
    m = parse_message(eml("plain.eml"), envelope_from="bounce@bluewave-kw.cn",
                      envelope_rcpts=("ingrid@fjordhome.no",))
    assert m.envelope_from == "bounce@bluewave-kw.cn"
    assert m.envelope_rcpts == ("ingrid@fjordhome.no",)
    assert "ingrid@fjordhome.no" in m.reader_emails()


def test_encoded_words_in_subject_and_display_names_are_decoded():
    m = parse_message(eml("encoded-words.eml"))
    assert m.subject == "不锈钢水壶 café报价"
    assert m.sender.name == "陈丽"
    assert m.to[0].name == "Erik Lund (Nordkök)"


def test_quoted_printable_body_is_decoded_with_soft_line_breaks_joined():
    body = [p for p in parse_message(eml("encoded-words.eml")).parts if p.where == "body"][0]
    assert "Grüße aus Xiamen" in body.text
    assert "This line is soft-wrapped by quoted-printable." in body.text


def test_group_syntax_recipients_are_read():
    m = parse_message(eml("recipients-group.eml"))
    assert m.to == ()
    assert [a.email for a in m.cc] == ["ingrid@fjordhome.no", "erik.lund@nordkok.se"]


def test_a_bad_address_does_not_hide_the_good_ones():
    m = parse_message(eml("recipients-bad-address.eml"))
    assert [a.email for a in m.to] == ["ingrid@fjordhome.no", "olivia@maplecrest.ca",
                                       "noah@kookaburrakitchen.com.au"]


def test_broken_base64_decodes_what_it_can():
    body = [p for p in parse_message(eml("broken-base64.eml")).parts if p.where == "body"][0]
    assert body.text.startswith("The knife block set ships in March.")


def test_headerless_text_is_read_as_a_body():
    m = parse_message(eml("headerless.eml"))
    assert m.sender is None
    assert "guard must read it" in m.parts[0].text


@pytest.mark.parametrize("raw", [b"", b"   \r\n\r\n", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00\x00\x01" * 40],
                         ids=["empty", "blank", "binary"])
def test_bytes_that_are_not_a_message_raise_message_error(raw):
    with pytest.raises(MessageError):
        parse_message(raw)


def test_non_bytes_input_raises_message_error():
    with pytest.raises(MessageError):
        parse_message("From: a@b.c\n\nhi")  # type: ignore[arg-type]


def test_mime_the_parsers_refuse_is_still_read_as_text():
    raw = (b"From: lily@bluewave-kw.cn\r\nTo: erik.lund@nordkok.se\r\nSubject: no boundary\r\n"
           b"MIME-Version: 1.0\r\nContent-Type: multipart/mixed\r\n\r\nThe kettle ships Monday.\r\n")
    m = parse_message(raw)
    assert any("The kettle ships Monday." in p.text for p in m.parts)
    assert [u.where for u in m.unread] == ["body"]


def test_leading_blank_lines_and_bom_before_the_header_are_skipped():
    raw = b"\xef\xbb\xbf\r\n\r\nFrom: lily@bluewave-kw.cn\r\nSubject: hi\r\n\r\nbody\r\n"
    m = parse_message(raw)
    assert m.sender.email == "lily@bluewave-kw.cn"
    assert m.subject == "hi"


def test_library_noise_never_reaches_stderr():
    import subprocess
    import sys

    code = ("from guard.mail.parse import parse_message\n"
            "parse_message(b'From: a@b.cc\\r\\nTo: undisclosed-recipients:;, x@@y, Bob <bob@x.cc\\r\\n\\r\\nhi')\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0
    assert done.stderr == ""
