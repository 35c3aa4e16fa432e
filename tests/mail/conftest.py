"""Fixtures for the mail parser tests: the .eml files under tests/mail/fixtures, and
attachments generated once per session with the real libraries (fpdf2, openpyxl,
python-docx) so each test reads a genuine document."""

from __future__ import annotations

import io
import zipfile
from email.message import EmailMessage
from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def eml(name: str) -> bytes:
    """The bytes of a fixture message."""
    return (FIXTURES / name).read_bytes()


def part(m, where: str):
    """The one part of the parsed message `m` read from `where` (fails on none or several)."""
    [found] = [p for p in m.parts if p.where == where]
    return found


def unread(m) -> list[tuple[str, str]]:
    """What guard could not read in the parsed message `m`, as (where, reason)."""
    return [(u.where, u.reason) for u in m.unread]


def mail_with(*attachments: tuple[str, str, bytes], body: str = "Please see the attachment.\n",
              to: str = "olivia@maplecrest.ca") -> bytes:
    """A message from the test company with the given (filename, content type, bytes) attachments."""
    msg = EmailMessage()
    msg["From"] = "Lily Chen <lily@bluewave-kw.cn>"
    msg["To"] = to
    msg["Subject"] = "documents"
    msg.set_content(body)
    for filename, ctype, data in attachments:
        main, _, sub = ctype.partition("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=filename)
    return msg.as_bytes()


def _pdf(lines_per_page: list[list[str]], **encryption) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("helvetica", size=12)
    for lines in lines_per_page:
        pdf.add_page()
        for line in lines:
            pdf.cell(0, 10, line, new_x="LMARGIN", new_y="NEXT")
    if encryption:
        pdf.set_encryption(**encryption)
    return bytes(pdf.output())


@pytest.fixture(scope="session")
def docs() -> dict[str, bytes]:
    """Generated attachments, by name."""
    return make_docs()


def make_docs() -> dict[str, bytes]:
    import docx
    import openpyxl

    out: dict[str, bytes] = {}
    out["invoice.pdf"] = _pdf([["Proforma invoice for Fjord Home AS", "KT-500 stainless kettle 4000 pcs USD 8.20"]])
    out["five-pages.pdf"] = _pdf([[f"Page {i} of the price list"] for i in range(1, 6)])
    out["locked.pdf"] = _pdf([["Secret price list"]], owner_password="owner", user_password="reader")
    out["owner-only.pdf"] = _pdf([["Printable price list KT-500"]], owner_password="owner")
    out["broken.pdf"] = out["invoice.pdf"][:200] + b"\x00garbage\x00" * 20

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Prices"
    ws.append(["Customer", "SKU", "Price", "Qty"])
    ws.append(["Fjord Home AS", "KT-500", 8.2, 4000])
    ws.append(["Nordkök Köksutrustning AB", "KT-500", 8.45, 3500])
    extra = wb.create_sheet("Notes")
    extra.append(["confidential", None, None])
    buf = io.BytesIO()
    wb.save(buf)
    out["prices.xlsx"] = buf.getvalue()

    big = openpyxl.Workbook()
    for i in range(200):
        big.active.append([f"row {i}", i, i * 1.5])
    buf = io.BytesIO()
    big.save(buf)
    out["big.xlsx"] = buf.getvalue()

    d = docx.Document()
    d.add_paragraph("Quotation for Maple Crest Housewares Inc.")
    table = d.add_table(rows=2, cols=3)
    for cell, text in zip(table.rows[0].cells, ["SKU", "Product", "Price"], strict=True):
        cell.text = text
    for cell, text in zip(table.rows[1].cells, ["KN-8", "knife block set", "14.90"], strict=True):
        cell.text = text
    d.add_paragraph("Valid until March.")
    d.sections[0].header.paragraphs[0].text = "Xiamen Bluewave Kitchenware letterhead"
    buf = io.BytesIO()
    d.save(buf)
    out["quote.docx"] = buf.getvalue()

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("prices.txt", "KT-500 8.20\n")
    out["bundle.zip"] = buf.getvalue()

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", b"\x00" * (4 * 1024 * 1024))
    out["bomb.docx"] = buf.getvalue()

    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
    out["legacy.xls"] = ole + b"W\x00o\x00r\x00k\x00b\x00o\x00o\x00k\x00" + b"\x00" * 512
    out["sealed.xlsx"] = ole + "EncryptionInfo".encode("utf-16-le") + "EncryptedPackage".encode("utf-16-le")
    out["photo.png"] = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
    return out
