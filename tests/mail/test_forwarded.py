"""Attached and inline-forwarded messages: quoted parts attributed to their sender."""

from __future__ import annotations

from guard.mail.parse import parse_message

from .conftest import eml, mail_with


def test_attached_message_body_is_quoted_with_its_sender_and_addresses():
    m = parse_message(eml("forwarded-attached.eml"))
    first = [p for p in m.parts if p.where == "attachment:order.eml"][0]
    assert first.origin == "quoted"
    assert first.author == "ingrid@fjordhome.no"
    assert first.header_addresses == ("ingrid@fjordhome.no", "lily@bluewave-kw.cn", "purchasing@fjordhome.no",
                                      "orders@fjordhome.no")
    assert first.text.startswith("From: Ingrid Dahl <ingrid@fjordhome.no>\n")
    assert "We confirm 4000 kettles at 8.20." in first.text


def test_quotes_inside_an_attached_message_keep_their_own_author():
    m = parse_message(eml("forwarded-attached.eml"))
    inner = [p for p in m.parts if p.where == "attachment:order.eml" and "Please confirm" in p.text][0]
    assert inner.author == "lily@bluewave-kw.cn"


def test_attachments_of_an_attached_message_are_read_as_its_documents():
    m = parse_message(eml("forwarded-attached.eml"))
    [csv] = [p for p in m.parts if p.where == "attachment:po.csv"]
    assert csv.document and csv.tabular and csv.origin == "quoted"
    assert csv.author == "ingrid@fjordhome.no"
    assert "KT-500 | 4000 | 8.20" in csv.text
    assert m.attachments == ("order.eml", "po.csv")


def test_inline_forwarded_message_is_named_after_its_subject():
    m = parse_message(eml("forwarded-inline.eml"))
    [part] = [p for p in m.parts if p.where.startswith("attachment:")]
    assert part.where == "attachment:pans for Buenos Aires.eml"
    assert part.author == "lucia@cocinapampas.com.ar"
    assert "5000 granite frying pans please." in part.text


def test_eml_file_sent_as_octet_stream_is_parsed_as_a_message():
    inner = eml("plain.eml")
    m = parse_message(mail_with(("thread.eml", "application/octet-stream", inner)))
    [part] = [p for p in m.parts if p.where == "attachment:thread.eml"]
    assert part.author == "lily@bluewave-kw.cn"
    assert "erik.lund@nordkok.se" in part.header_addresses
    assert "The stainless kettles leave Xiamen on Monday." in part.text
