"""Office XML and OpenDocument with a DTD: entities expanded safely, external ones never read,
the text after a reference kept, and what could not be read said (issue 18.3)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from guard.mail.attachments import extract
from guard.mail.limits import Limits
from guard.mail.parse import parse_message
from guard.mail.xmldtd import defuse_xml

HOSTILE = Path(__file__).resolve().parents[1] / "hostile" / "messages"
LEAK = "Nordkök pays USD 8.45 for the KT-500 stainless kettle."


def docx_part(name: str):
    m = parse_message((HOSTILE / name).read_bytes())
    [p] = [p for p in m.parts if p.where == "attachment:offer.docx"]
    return p, [(u.where, u.reason) for u in m.unread]


def test_internal_entity_is_expanded_and_the_text_after_it_kept():
    p, unread = docx_part("dtd-internal-entity-docx.eml")
    assert p.text.strip() == f"Offer from Bluewave: {LEAK}"
    assert unread == []


def test_external_entity_is_never_resolved_and_is_said():
    p, unread = docx_part("dtd-external-entity-docx.eml")
    assert "root:" not in p.text and LEAK in p.text
    assert unread == [("attachment:offer.docx", 'word/document.xml: external entity ext (SYSTEM "file:///etc/passwd")'
                                                " not resolved")]


def test_billion_laughs_is_cut_at_the_budget_and_the_text_after_it_kept():
    p, unread = docx_part("billion-laughs-docx.eml")
    assert LEAK in p.text and len(p.text) < 30 * 1024 * 1024
    assert [r for _, r in unread] == ["word/document.xml: entities expand beyond the 8 MB limit; not expanded"]


def test_entities_referring_to_themselves_and_parameter_entities_are_said():
    xml = (b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "x&b;"><!ENTITY b "&a;"><!ENTITY % p "q">]>'
           b"<r>one &a; two &amp; three</r>")
    out, notes = defuse_xml(xml, Limits())
    assert out == b'<?xml version="1.0"?><r>one x two &amp; three</r>'
    assert notes == ["parameter entity p not expanded", "entity a refers to itself; not expanded"]


def test_a_member_without_a_doctype_is_left_as_it_is():
    xml = b'<?xml version="1.0"?><r>plain &amp; simple</r>'
    assert defuse_xml(xml, Limits()) == (xml, [])


def _odt(content: bytes) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", content)
    return buf.getvalue()


_ODT = (b'<?xml version="1.0"?>{dtd}<office:document-content '
        b'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        b'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>'
        b"<text:p>{para}</text:p></office:text></office:body></office:document-content>")


def test_opendocument_entity_is_expanded_like_office_xml():
    content = _ODT.replace(b"{dtd}", b'<!DOCTYPE x [<!ENTITY co "Bluewave">]>').replace(
        b"{para}", f"From &co;: {LEAK}".encode())
    got = extract("odf", _odt(content), filename="offer.odt")
    assert got.text.strip() == f"From Bluewave: {LEAK}" and got.unread == ()


def test_opendocument_that_is_not_well_formed_is_read_as_far_as_it_goes_and_said():
    content = _ODT.replace(b"{dtd}", b"").replace(b"{para}", f"{LEAK} <broken".encode())
    got = extract("odf", _odt(content), filename="offer.odt")
    assert len(got.unread) == 1 and got.unread[0].startswith(
        "unreadable OpenDocument file: content.xml is not well-formed XML")
