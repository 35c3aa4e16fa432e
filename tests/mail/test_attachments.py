"""Attachments: text from PDF, XLSX, DOCX, CSV, TXT, HTML; unread for what cannot be read (R10)."""

from __future__ import annotations

import base64

from guard.mail.limits import Limits
from guard.mail.parse import parse_message

from .conftest import eml, mail_with, part, unread

PDF = "application/pdf"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def attachment(m, name):
    return part(m, f"attachment:{name}")


def test_pdf_text_is_extracted_as_a_document_part(docs):
    m = parse_message(mail_with(("invoice.pdf", PDF, docs["invoice.pdf"])))
    part = attachment(m, "invoice.pdf")
    assert part.document and part.origin == "new" and not part.tabular
    assert "Proforma invoice for Fjord Home AS" in part.text
    assert "KT-500 stainless kettle 4000 pcs USD 8.20" in part.text
    assert m.attachments == ("invoice.pdf",)
    assert m.unread == ()


def test_encrypted_pdf_is_unread(docs):
    m = parse_message(mail_with(("locked.pdf", PDF, docs["locked.pdf"])))
    assert unread(m) == [("attachment:locked.pdf", "encrypted PDF")]
    assert not [p for p in m.parts if p.where == "attachment:locked.pdf"]


def test_pdf_protected_only_by_an_owner_password_is_read(docs):
    m = parse_message(mail_with(("owner-only.pdf", PDF, docs["owner-only.pdf"])))
    assert "Printable price list KT-500" in attachment(m, "owner-only.pdf").text
    assert m.unread == ()


def test_broken_pdf_is_unread_with_a_short_reason(docs):
    m = parse_message(mail_with(("broken.pdf", PDF, docs["broken.pdf"])))
    [(where, reason)] = unread(m)
    assert where == "attachment:broken.pdf"
    assert reason.startswith("unreadable PDF: ") and len(reason) < 120


def test_pdf_pages_beyond_the_limit_are_unread(docs):
    m = parse_message(mail_with(("five-pages.pdf", PDF, docs["five-pages.pdf"])), limits=Limits(pdf_pages=2))
    text = attachment(m, "five-pages.pdf").text
    assert "Page 2" in text and "Page 3" not in text
    assert unread(m) == [("attachment:five-pages.pdf", "only the first 2 pages read")]


def test_xlsx_rows_are_lines_with_sheet_names_and_tabular(docs):
    m = parse_message(mail_with(("prices.xlsx", XLSX, docs["prices.xlsx"])))
    part = attachment(m, "prices.xlsx")
    assert part.tabular and part.document
    lines = part.text.splitlines()
    assert lines[0] == "Prices"
    assert "Fjord Home AS | KT-500 | 8.2 | 4000" in lines
    assert "Nordkök Köksutrustning AB | KT-500 | 8.45 | 3500" in lines
    assert "Notes" in lines and "confidential" in lines


def test_xlsx_cells_beyond_the_limit_are_unread(docs):
    m = parse_message(mail_with(("big.xlsx", XLSX, docs["big.xlsx"])), limits=Limits(sheet_cells=30))
    text = attachment(m, "big.xlsx").text
    assert "row 5 |" in text and "row 199" not in text
    assert unread(m) == [("attachment:big.xlsx", "only the first 30 cells read")]


def test_docx_paragraphs_and_table_rows_are_lines(docs):
    m = parse_message(mail_with(("quote.docx", DOCX, docs["quote.docx"])))
    lines = attachment(m, "quote.docx").text.splitlines()
    assert lines[:4] == ["Quotation for Maple Crest Housewares Inc.", "SKU | Product | Price",
                         "KN-8 | knife block set | 14.90", "Valid until March."]
    assert "Xiamen Bluewave Kitchenware letterhead" in lines


def test_csv_delimiter_is_sniffed_and_rows_are_lines():
    m = parse_message(mail_with(("po.csv", "text/csv", b"sku;qty;price\nKT-500;4000;8.20\n")))
    part = attachment(m, "po.csv")
    assert part.tabular
    assert part.text.splitlines() == ["sku | qty | price", "KT-500 | 4000 | 8.20"]


def test_text_and_html_attachments_are_read():
    m = parse_message(mail_with(("notes.txt", "text/plain", b"KT-500 at 8.20\n"),
                                ("table.html", "text/html", b"<table><tr><td>PAN-28</td><td>6.35</td></tr></table>")))
    assert attachment(m, "notes.txt").text.strip() == "KT-500 at 8.20"
    html = attachment(m, "table.html")
    assert html.html and "PAN-28" in html.text and "6.35" in html.text.splitlines()[0]


def test_type_is_found_by_magic_bytes_whatever_the_label(docs):
    m = parse_message(mail_with(("scan0001.bin", "application/octet-stream", docs["invoice.pdf"])))
    assert "Proforma invoice" in attachment(m, "scan0001.bin").text


def test_rar_archives_legacy_and_encrypted_office_files_are_unread(docs):
    rar = b"Rar!\x1a\x07\x01\x00" + b"\x00" * 64  # zip, tar and 7z are read: tests/mail/test_archives.py
    m = parse_message(mail_with(("bundle.rar", "application/x-rar-compressed", rar),
                                ("legacy.xls", "application/vnd.ms-excel", docs["legacy.xls"]),
                                ("sealed.xlsx", XLSX, docs["sealed.xlsx"])))
    assert unread(m) == [("attachment:bundle.rar", "archive format not inspected (RAR)"),
                         ("attachment:legacy.xls", "legacy Office format not read"),
                         ("attachment:sealed.xlsx", "encrypted document")]


def test_zip_bomb_in_office_clothing_is_refused(docs):
    m = parse_message(mail_with(("bomb.docx", DOCX, docs["bomb.docx"])), limits=Limits(attachment_bytes=100_000))
    [(where, reason)] = unread(m)
    assert where == "attachment:bomb.docx" and reason.startswith("suspicious archive")


def test_oversize_attachment_is_unread_without_being_read(docs):
    m = parse_message(mail_with(("invoice.pdf", PDF, docs["invoice.pdf"])), limits=Limits(attachment_bytes=500))
    assert unread(m) == [("attachment:invoice.pdf", "larger than the 500-byte limit")]
    assert not [p for p in m.parts if p.where.startswith("attachment:")]


def test_images_and_signatures_are_skipped_silently(docs):
    m = parse_message(mail_with(("photo.png", "image/png", docs["photo.png"]),
                                ("smime.p7s", "application/pkcs7-signature", b"\x30\x82\x01\x00" * 10),
                                ("invite.ics", "text/calendar", b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")))
    assert m.unread == ()
    assert not [p for p in m.parts if p.where.startswith("attachment:")]
    assert m.attachments == ("photo.png", "smime.p7s", "invite.ics")


def test_cjk_filenames_are_decoded_from_rfc2231_and_rfc2047():
    m = parse_message(eml("encoded-words.eml"))
    assert m.attachments == ("报价单.txt", "明细表.txt")
    assert "不锈钢水壶 8.20" in attachment(m, "报价单.txt").text


def test_attachment_without_a_name_gets_a_fallback_name():
    raw = (b"From: lily@bluewave-kw.cn\r\nSubject: x\r\nMIME-Version: 1.0\r\n"
           b"Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nhi\r\n"
           b"--b\r\nContent-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n\r\n"
           + base64.encodebytes(b"%PDF-1.4 not really") + b"--b--\r\n")
    m = parse_message(raw)
    assert m.attachments == ("part-1.pdf",)
    assert unread(m)[0][0] == "attachment:part-1.pdf"


def test_rfc2231_continuations_and_raw_utf8_filenames_are_decoded():
    raw = ("From: lily@bluewave-kw.cn\r\nSubject: x\r\nMIME-Version: 1.0\r\n"
           "Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nhi\r\n"
           "--b\r\nContent-Type: text/plain\r\nContent-Disposition: attachment;\r\n"
           " filename*0*=UTF-8''%E6%8A%A5%E4%BB%B7;\r\n filename*1*=%E5%8D%95.txt\r\n\r\nprice\r\n"
           '--b\r\nContent-Type: application/octet-stream; name="报价.csv"\r\n\r\na;b\r\n1;2\r\n--b--\r\n').encode()
    m = parse_message(raw)
    assert m.attachments == ("报价单.txt", "报价.csv")
    assert attachment(m, "报价.csv").text == "a | b\n1 | 2\n"


def test_xlsx_cell_comments_and_defined_names_are_read():
    import io

    import openpyxl
    from openpyxl.comments import Comment
    from openpyxl.workbook.defined_name import DefinedName

    wb = openpyxl.Workbook()
    wb.active["A1"] = "price list"
    wb.active["C2"].comment = Comment("Fjord Home pays 8.20 - do not go below", "Lily")
    wb.defined_names["floor"] = DefinedName("floor", attr_text='"Nordkok floor 8.45"')
    buf = io.BytesIO()
    wb.save(buf)
    text = attachment(parse_message(mail_with(("prices.xlsx", XLSX, buf.getvalue()))), "prices.xlsx").text
    assert "Fjord Home pays 8.20 - do not go below" in text
    assert "Nordkok floor 8.45" in text


def test_pptx_speaker_notes_are_read():
    import io
    import zipfile

    drawing = "http://schemas.openxmlformats.org/drawingml/2006/main"

    def slide(text: str) -> str:
        return f'<p:sld xmlns:p="p" xmlns:a="{drawing}"><a:p><a:r><a:t>{text}</a:t></a:r></a:p></p:sld>'

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("ppt/presentation.xml", "<p/>")
        z.writestr("ppt/slides/slide1.xml", slide("Our range"))
        z.writestr("ppt/notesSlides/notesSlide1.xml", slide("Fjord Home buys 4000 KT-500"))
    pptx = "application/vnd.openxmlformats-officedocument.presentationml.presentation"
    text = attachment(parse_message(mail_with(("deck.pptx", pptx, buf.getvalue()))), "deck.pptx").text
    assert text.index("Our range") < text.index("Fjord Home buys 4000 KT-500")


def test_a_partial_message_of_one_piece_is_the_whole_message():
    raw = (b"From: Lily <lily@bluewave-kw.cn>\r\nTo: buyer@prospect-example.com\r\nSubject: ref (1/1)\r\n"
           b"MIME-Version: 1.0\r\nContent-Type: message/partial; id=\"x@y\"; number=1; total=1\r\n\r\n"
           b"Subject: ref\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nFjord Home pays USD 8.20.\r\n")
    m = parse_message(raw)
    assert any("Fjord Home pays USD 8.20." in p.text and p.origin == "new" for p in m.parts)
    assert not m.unread
