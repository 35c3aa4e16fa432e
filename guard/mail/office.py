"""Office Open XML documents (XLSX, DOCX, PPTX) to text, within limits.

Each is a zip: the directory is checked first, because a few kilobytes can
inflate to gigabytes (a zip bomb) and openpyxl/python-docx would then stall
the relay. Work is bounded by cells, blocks and the attachment deadline, and
checked between rows; whatever is cut short is said, not hidden.
"""

from __future__ import annotations

import datetime as dt
import io
import time
import zipfile
from dataclasses import dataclass

from guard.mail.limits import Limits

_MAX_RATIO = 100
_RATIO_FLOOR = 1024 * 1024  # small members may compress better than 1:100 honestly
_CHECK_EVERY = 200


@dataclass
class OfficeText:
    """Extracted text and what was left unread (reasons)."""

    text: str = ""
    unread: tuple[str, ...] = ()
    marks: tuple[tuple[int, str], ...] = ()  # (offset, "Sheet!row") where a row's line starts


def zip_members(data: bytes) -> list[str] | None:
    """Member names of a zip, or None when it is not a readable zip."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            return zf.namelist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError):
        return None


def zip_problem(data: bytes, limits: Limits) -> str:
    """"suspicious archive" when the zip directory promises a bomb; "" when it looks sane."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError):
        return "unreadable document: broken zip container"
    total = sum(i.file_size for i in infos)
    if total > 10 * limits.attachment_bytes:
        return "suspicious archive: expands to more than 10 times the size limit"
    for info in infos:
        if info.file_size > _RATIO_FLOOR and info.file_size > _MAX_RATIO * max(info.compress_size, 1):
            return "suspicious archive: compression ratio over 100"
    return ""


def xlsx_text(data: bytes, limits: Limits, deadline: float) -> OfficeText:
    """One line per sheet name and per row, cells joined by " | "."""
    import openpyxl

    wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    lines: list[str] = []
    unread: list[str] = []
    marks: list[tuple[int, str]] = []
    at = 0  # offset of the next line in the text
    cells = 0

    def add(line: str, mark: str) -> None:
        nonlocal at
        marks.append((at, mark))
        lines.append(line)
        at += len(line) + 1

    def done() -> OfficeText:
        return OfficeText("\n".join(lines) + "\n", tuple(unread), tuple(marks))

    try:
        for ws in wb.worksheets:
            if not hasattr(ws, "iter_rows"):
                continue
            add(str(ws.title), f"{ws.title}!")
            for n, row in enumerate(ws.iter_rows(values_only=True)):
                cells += len(row)
                if cells > limits.sheet_cells:
                    unread.append(f"only the first {limits.sheet_cells} cells read")
                    return done()
                if n % _CHECK_EVERY == 0 and time.monotonic() > deadline:
                    unread.append(f"extraction stopped after {limits.attachment_seconds:g} s; rest not read")
                    return done()
                values = [_cell(v) for v in row]
                while values and not values[-1]:
                    values.pop()
                if values:
                    add(" | ".join(values), f"{ws.title}!{n + 1}")  # iter_rows starts at A1
    finally:
        wb.close()
    for mark, line in _workbook_notes(data):  # what a reader also sees: cell comments, defined names
        add(line, mark)
    return done()


_SHEET_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


SAFE_XML = dict(resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False)  # no entity, DTD or fetch


def _safe_parser():
    from lxml import etree

    return etree.XMLParser(**SAFE_XML)


def _workbook_notes(data: bytes) -> list[tuple[str, str]]:
    """Cell comments (notes and threaded comments) and defined names' values: Excel shows them
    beside the cells, so they are read with the sheets. The zip was checked by the caller."""
    import re

    from lxml import etree

    out: list[tuple[str, str]] = []
    parser = _safe_parser()
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        for name in sorted(zf.namelist()):
            if re.fullmatch(r"xl/(?:[^/]+/)*(?:comments?|threadedComments?)\d*\.xml", name):
                root = etree.fromstring(zf.read(name), parser)
                for c in root.iter():
                    if c.tag.endswith("}comment") or c.tag.endswith("}threadedComment"):
                        text = "".join(t.text or "" for t in c.iter() if t.tag.endswith("}t") or t.tag.endswith("}text"))
                        if text.strip():
                            out.append((f"comment {c.get('ref', '')}".strip(), " ".join(text.split())))
        if "xl/workbook.xml" in zf.namelist():
            root = etree.fromstring(zf.read("xl/workbook.xml"), parser)
            for d in root.iter(f"{_SHEET_MAIN}definedName"):
                if (d.text or "").strip():
                    out.append((f"name {d.get('name', '')}".strip(), f"{d.get('name', '')}: {d.text.strip()}"))
    return out


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float):
        return f"{value:.12g}"
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    return " ".join(str(value).split())


def docx_text(data: bytes, limits: Limits, deadline: float) -> OfficeText:
    """Paragraphs one per line, table rows one per line (cells " | "), then headers and footers."""
    import docx
    from docx.table import Table

    doc = docx.Document(io.BytesIO(data))
    lines: list[str] = []
    unread: list[str] = []
    for n, block in enumerate(doc.iter_inner_content()):
        if n % _CHECK_EVERY == 0 and time.monotonic() > deadline:
            unread.append(f"extraction stopped after {limits.attachment_seconds:g} s; rest not read")
            break
        if isinstance(block, Table):
            lines.extend(_table_rows(block))
        else:
            lines.append(block.text)
    seen: set[str] = set()
    for section in doc.sections:
        for part in (section.header, section.footer):
            try:
                text = "\n".join([p.text for p in part.paragraphs]
                                 + [r for t in part.tables for r in _table_rows(t)])
            except (ValueError, KeyError, AttributeError):
                continue
            if text.strip() and text not in seen:
                seen.add(text)
                lines.append(text)
    return OfficeText("\n".join(lines) + "\n", tuple(unread))


def _table_rows(table) -> list[str]:
    rows = []
    for row in table.rows:
        cells, last = [], None
        for cell in row.cells:
            if cell._tc is last:  # a merged cell repeats
                continue
            last = cell._tc
            cells.append(" ".join(cell.text.split()))
        rows.append(" | ".join(cells))
    return rows


def pptx_text(data: bytes, limits: Limits, deadline: float) -> OfficeText:
    """Slide texts in slide order, one paragraph per line."""
    import re

    from lxml import etree

    parser = _safe_parser()
    ns = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
    lines: list[str] = []
    unread: list[str] = []
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        # slides in order, then the speaker notes (shown to whoever opens the deck)
        names = [n for n in zf.namelist() if re.fullmatch(r"ppt/(?:slides/slide|notesSlides/notesSlide)\d+\.xml", n)]
        names.sort(key=lambda n: ("notes" in n, int(re.sub(r"\D", "", n) or 0)))
        for name in names:
            if time.monotonic() > deadline:
                unread.append(f"extraction stopped after {limits.attachment_seconds:g} s; rest not read")
                break
            root = etree.fromstring(zf.read(name), parser)
            for p in root.iter(f"{ns}p"):
                lines.append("".join(t.text or "" for t in p.iter(f"{ns}t")))
    return OfficeText("\n".join(lines) + "\n", tuple(unread))
