"""OpenDocument attachments (.ods, .odt): text from content.xml; spreadsheet rows are tabular lines.
The files are built here with zipfile, the way LibreOffice lays them out."""

from __future__ import annotations

import io
import zipfile

from guard.mail.limits import Limits
from guard.mail.parse import parse_message

from .conftest import mail_with, part

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"')
ODS = "application/vnd.oasis.opendocument.spreadsheet"
ODT = "application/vnd.oasis.opendocument.text"


def odf(kind: str, body: str, styles: str = "", manifest: str = "") -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(zipfile.ZipInfo("mimetype"), f"application/vnd.oasis.opendocument.{kind}")
        zf.writestr("content.xml", f'<?xml version="1.0"?><office:document-content {NS}>'
                                   f"<office:body>{body}</office:body></office:document-content>")
        if styles:
            zf.writestr("styles.xml", f'<office:document-styles {NS}>{styles}</office:document-styles>')
        zf.writestr("META-INF/manifest.xml", manifest or "<manifest/>")
    return buf.getvalue()


def row(*cells: str, repeat: int = 1) -> str:
    inner = "".join(f"<table:table-cell><text:p>{c}</text:p></table:table-cell>" for c in cells)
    extra = f' table:number-rows-repeated="{repeat}"' if repeat > 1 else ""
    return f"<table:table-row{extra}>{inner}</table:table-row>"


SHEET = ('<office:spreadsheet><table:table table:name="Prices">'
         + row("Customer", "SKU", "Price", "Qty")
         + row("Nordkök Köksutrustning AB", "KT-500", "8.45", "3500")
         + '<table:table-row><table:table-cell><text:p>Fjord Home AS</text:p></table:table-cell>'
           '<table:table-cell table:number-columns-repeated="2"/>'
           '<table:table-cell office:value-type="float" office:value="4000"/>'
           '<table:table-cell table:number-columns-repeated="16000"/></table:table-row>'
         + '<table:table-row table:number-rows-repeated="1048000"><table:table-cell/></table:table-row>'
         + "</table:table></office:spreadsheet>")


def test_ods_rows_are_tabular_lines_with_the_sheet_name():
    m = parse_message(mail_with(("prices.ods", ODS, odf("spreadsheet", SHEET))))
    p = part(m, "attachment:prices.ods")
    assert p.tabular and p.document
    assert p.text.splitlines() == ["Prices", "Customer | SKU | Price | Qty",
                                   "Nordkök Köksutrustning AB | KT-500 | 8.45 | 3500",
                                   "Fjord Home AS |  |  | 4000"]
    assert m.unread == ()


def test_ods_cells_beyond_the_limit_are_unread():
    m = parse_message(mail_with(("prices.ods", ODS, odf("spreadsheet", SHEET))), limits=Limits(sheet_cells=6))
    assert "Customer | SKU | Price | Qty" in part(m, "attachment:prices.ods").text
    assert [(u.where, u.reason) for u in m.unread] == [("attachment:prices.ods", "only the first 6 cells read")]


def test_odt_paragraphs_headings_tables_and_letterhead_are_lines():
    body = ('<office:text><text:h>Quotation</text:h>'
            '<text:p>For <text:span>Maple Crest</text:span><text:s text:c="2"/>Housewares Inc.</text:p>'
            '<table:table>' + row("KN-8", "knife block set", "14.90") + "</table:table>"
            "<text:p>Valid until March.</text:p></office:text>")
    styles = ("<office:master-styles><style:master-page><style:header>"
              "<text:p>Xiamen Bluewave Kitchenware letterhead</text:p></style:header>"
              "</style:master-page></office:master-styles>")
    m = parse_message(mail_with(("quote.odt", ODT, odf("text", body, styles))))
    p = part(m, "attachment:quote.odt")
    assert not p.tabular
    assert p.text.splitlines() == ["Quotation", "For Maple Crest  Housewares Inc.",
                                   "KN-8 | knife block set | 14.90", "Valid until March.",
                                   "Xiamen Bluewave Kitchenware letterhead"]


def test_password_protected_odt_is_unread():
    manifest = ("<manifest:manifest><manifest:file-entry manifest:full-path=\"content.xml\">"
                "<manifest:encryption-data/></manifest:file-entry></manifest:manifest>")
    m = parse_message(mail_with(("sealed.odt", ODT, odf("text", "", manifest=manifest))))
    assert [(u.where, u.reason) for u in m.unread] == [("attachment:sealed.odt", "encrypted document")]
