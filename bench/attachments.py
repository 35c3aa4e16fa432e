"""What reading an attachment costs: ms per attachment and MB/s, by type and size.

    .venv/bin/python bench/attachments.py [--quick]

Every document is generated in memory (fpdf2, openpyxl, python-docx, zipfile,
tarfile, py7zr), then read with guard.mail.attachments.extract under the default
Limits, best of three. Containers (zip, tar.gz, 7z: one CSV member per 1000 rows)
are opened by the walker, so they are timed through parse_message on a mail that
carries them; so is the real-world Outlook .msg when the shared corpus is present.
Bounded: the whole run takes well under a minute (--quick: a few seconds).
"""

from __future__ import annotations

import io
import sys
import tarfile
import time
import zipfile
from email.message import EmailMessage
from pathlib import Path

from guard.mail.attachments import extract
from guard.mail.limits import Limits
from guard.mail.parse import parse_message

OUTLOOK_MSG = Path("/work/shared/corpus/realworld/messages/0044.eml")  # an Outlook .msg file

LINE = "KT-500 stainless kettle, 4000 pcs at USD 8.20, FOB Xiamen, delivery in March"


def make_pdf(pages: int) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("helvetica", size=10)
    for page in range(pages):
        pdf.add_page()
        for i in range(40):
            pdf.cell(0, 6, f"{page + 1}.{i + 1} {LINE}", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def make_xlsx(rows: int) -> bytes:
    import openpyxl

    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("Orders")
    ws.append(["Customer", "SKU", "Product", "Qty", "Price", "Date"])
    for i in range(rows):
        ws.append([f"Customer {i}", "KT-500", "stainless kettle", 4000 + i, 8.2, "2026-03-01"])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def make_docx(paragraphs: int) -> bytes:
    import docx

    d = docx.Document()
    for i in range(paragraphs):
        d.add_paragraph(f"{i + 1}. {LINE}")
    table = d.add_table(rows=paragraphs // 10, cols=4)
    for r, row in enumerate(table.rows):
        for c, cell in enumerate(row.cells):
            cell.text = f"r{r}c{c} 8.20"
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def make_csv(rows: int) -> bytes:
    return ("customer;sku;qty;price\n" + "".join(f"Customer {i};KT-500;{4000 + i};8.20\n"
                                                  for i in range(rows))).encode()


def _members(rows: int) -> list[tuple[str, bytes]]:
    return [(f"prices-{i}.csv", make_csv(1000)) for i in range(max(1, rows // 1000))]


def make_zip(rows: int) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in _members(rows):
            zf.writestr(name, data)
    return buf.getvalue()


def make_targz(rows: int) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as tf:
        for name, data in _members(rows):
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
    return buf.getvalue()


def make_7z(rows: int) -> bytes:
    import py7zr

    buf = io.BytesIO()
    with py7zr.SevenZipFile(buf, "w") as archive:
        for name, data in _members(rows):
            archive.writestr(data, name)
    return buf.getvalue()


def make_ods(rows: int) -> bytes:
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"')
    cell = "<table:table-cell><text:p>{}</text:p></table:table-cell>"
    body = "".join("<table:table-row>" + "".join(cell.format(v) for v in (f"Customer {i}", "KT-500", 4000 + i, 8.2))
                   + "</table:table-row>" for i in range(rows))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        zf.writestr("content.xml", f"<office:document-content {ns}><office:body><office:spreadsheet>"
                                   f'<table:table table:name="Orders">{body}</table:table>'
                                   "</office:spreadsheet></office:body></office:document-content>")
    return buf.getvalue()


_MAIL_TYPES = {"zip": "application/zip", "targz": "application/gzip", "7z": "application/x-7z-compressed"}


def measure(kind: str, data: bytes, repeat: int = 3) -> tuple[float, int]:
    best = float("inf")
    chars = 0
    raw = _mail(kind, data) if kind in _MAIL_TYPES else b""
    for _ in range(repeat):
        t0 = time.perf_counter()
        if kind == "msg":
            chars = sum(len(p.text) for p in parse_message(data).parts)
        elif raw:
            chars = sum(len(p.text) for p in parse_message(raw).parts if "/" in p.where)
        else:
            got = extract(kind, data, filename=f"bench.{kind}", limits=Limits())
            chars = len(got.text) if got else 0
        best = min(best, time.perf_counter() - t0)
    return best, chars


def _mail(kind: str, data: bytes) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "lily@bluewave-kw.cn", "olivia@maplecrest.ca", "prices"
    msg.set_content("See the archive.\n")
    main, _, sub = _MAIL_TYPES[kind].partition("/")
    msg.add_attachment(data, maintype=main, subtype=sub, filename=f"bench.{kind}")
    return msg.as_bytes()


def main(argv: list[str]) -> int:
    quick = "--quick" in argv
    cases = [
        ("pdf", "pages", [1, 10] if quick else [1, 10, 50], make_pdf),
        ("xlsx", "rows", [100, 1000] if quick else [100, 1000, 10000], make_xlsx),
        ("docx", "paragraphs", [50, 500] if quick else [50, 500, 2000], make_docx),
        ("csv", "rows", [1000] if quick else [1000, 20000], make_csv),
        ("odf", "rows", [1000] if quick else [1000, 10000], make_ods),
        ("zip", "rows", [1000] if quick else [1000, 20000], make_zip),
        ("targz", "rows", [1000] if quick else [1000, 20000], make_targz),
        ("7z", "rows", [1000] if quick else [1000, 20000], make_7z),
    ]
    if OUTLOOK_MSG.is_file():
        cases.append(("msg", "files", [1], lambda n: OUTLOOK_MSG.read_bytes()))
    print(f"{'type':5} {'size':>16} {'bytes':>10} {'ms':>9} {'MB/s':>7} {'units/s':>9} {'chars':>9}")
    for kind, unit, sizes, make in cases:
        for n in sizes:
            data = make(n)
            seconds, chars = measure(kind, data)
            mb_s = len(data) / seconds / 1e6
            print(f"{kind:5} {n:>7} {unit:>8} {len(data):>10} {seconds * 1000:>9.1f} {mb_s:>7.2f} "
                  f"{n / seconds:>9.0f} {chars:>9}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
