"""What reading an attachment costs: ms per attachment and MB/s, by type and size.

    .venv/bin/python bench/attachments.py [--quick]

Every document is generated in memory (fpdf2, openpyxl, python-docx), then read
with guard.mail.attachments.extract under the default Limits, best of three.
Bounded: the whole run takes well under a minute (--quick: a few seconds).
"""

from __future__ import annotations

import io
import sys
import time

from guard.mail.attachments import extract
from guard.mail.limits import Limits

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


def measure(kind: str, data: bytes, repeat: int = 3) -> tuple[float, int]:
    best = float("inf")
    chars = 0
    for _ in range(repeat):
        t0 = time.perf_counter()
        got = extract(kind, data, filename=f"bench.{kind}", limits=Limits())
        best = min(best, time.perf_counter() - t0)
        chars = len(got.text) if got else 0
    return best, chars


def main(argv: list[str]) -> int:
    quick = "--quick" in argv
    cases = [
        ("pdf", "pages", [1, 10] if quick else [1, 10, 50], make_pdf),
        ("xlsx", "rows", [100, 1000] if quick else [100, 1000, 10000], make_xlsx),
        ("docx", "paragraphs", [50, 500] if quick else [50, 500, 2000], make_docx),
        ("csv", "rows", [1000] if quick else [1000, 20000], make_csv),
    ]
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
