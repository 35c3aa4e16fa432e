"""OpenDocument files (.odt, .ods, .odp) to text: content.xml read with lxml, within limits.

LibreOffice users send quotations and price lists as .odt and .ods. The text
is in content.xml (headers and footers in styles.xml); a spreadsheet's rows
come out one per line with cells joined by " | ", like XLSX, so each row is a
scope of its own. Spreadsheets store runs of identical cells and rows once
with a repeat count (an empty sheet says "1,048,576 empty rows"): runs are
read once, so a hostile count costs nothing. The caller has already refused
zip bombs (guard.mail.office.zip_problem).
"""

from __future__ import annotations

import io
import time
import zipfile
from dataclasses import dataclass

from guard.mail.limits import Limits

_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
_PARAGRAPHS = (f"{_TEXT}p", f"{_TEXT}h")
_CELLS = (f"{_TABLE}table-cell", f"{_TABLE}covered-table-cell")
_MAX_REPEAT = 50  # repeated cells inside a row kept (they hold the same value)
_CHECK_EVERY = 200


@dataclass(frozen=True)
class OdfText:
    """Extracted text, whether it is a spreadsheet (one table row per line), and what stayed unread."""

    text: str = ""
    tabular: bool = False
    unread: tuple[str, ...] = ()


def odf_text(data: bytes, limits: Limits, deadline: float) -> OdfText:
    """The text of an OpenDocument file; raises on a broken file (the caller reports it)."""
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        names = set(zf.namelist())
        mimetype = zf.read("mimetype").decode("ascii", "replace").strip() if "mimetype" in names else ""
        if "META-INF/manifest.xml" in names and b"encryption-data" in _read(zf, "META-INF/manifest.xml", limits):
            return OdfText(unread=("encrypted document",))
        info = zf.getinfo("content.xml")
        if info.file_size > limits.attachment_bytes:
            return OdfText(unread=("content.xml larger than the size limit",))
        reader = _Reader(limits, deadline, sheet=mimetype.endswith("spreadsheet"))
        broken: list[str] = []
        reader.blocks(_parse(zf.read(info), "content.xml", broken).find(f"{_OFFICE}body"))
        if "styles.xml" in names and not reader.unread:
            reader.page_styles(_parse(_read(zf, "styles.xml", limits), "styles.xml", broken))
    return OdfText("\n".join(reader.lines) + "\n", reader.sheet, tuple(broken + reader.unread))


def _read(zf: zipfile.ZipFile, name: str, limits: Limits) -> bytes:
    info = zf.getinfo(name)
    return zf.read(info) if info.file_size <= limits.attachment_bytes else b""


def _parse(xml: bytes, name: str, broken: list[str]):
    """The member's tree; one that is not well-formed is read as far as lxml recovers it, and said
    (R10): the text past the damage may be lost."""
    from lxml import etree

    from guard.mail.office import SAFE_XML as options

    try:
        return etree.fromstring(xml or b"<empty/>", etree.XMLParser(**options))
    except etree.XMLSyntaxError as exc:
        broken.append(f"unreadable OpenDocument file: {name} is not well-formed XML ({str(exc)[:80]}); "
                      "read as far as it goes")
    root = etree.fromstring(xml, etree.XMLParser(recover=True, **options))
    return root if root is not None else etree.Element("empty")


class _Reader:
    """Walks the document body in order: paragraphs and headings are lines, table rows are lines."""

    def __init__(self, limits: Limits, deadline: float, sheet: bool) -> None:
        self.limits, self.deadline, self.sheet = limits, deadline, sheet
        self.lines: list[str] = []
        self.unread: list[str] = []
        self.cells = 0
        self.rows = 0

    def blocks(self, element) -> None:
        if element is None or self.unread:
            return
        for child in element:
            if self.unread:
                return
            tag = child.tag
            if tag in _PARAGRAPHS:
                self.lines.append(_paragraph(child))
            elif tag == f"{_TABLE}table":
                if self.sheet:
                    self.lines.append(child.get(f"{_TABLE}name", ""))
                self._table(child)
            elif isinstance(tag, str):
                self.blocks(child)

    def page_styles(self, root) -> None:
        """Headers and footers (a letterhead may name the sender's customer)."""
        seen: set[str] = set()
        for tag in ("header", "footer"):
            for part in root.iter(f"{_STYLE}{tag}"):
                text = "\n".join(_paragraph(p) for p in part.iter(*_PARAGRAPHS))
                if text.strip() and text not in seen:
                    seen.add(text)
                    self.lines.append(text)

    def _table(self, table) -> None:
        for row in table.iter(f"{_TABLE}table-row"):
            if row.getparent() is not None and _owner_table(row) is not table:
                continue  # a nested table is read as the text of its cell
            self.rows += 1
            if self.rows % _CHECK_EVERY == 0 and time.monotonic() > self.deadline:
                self.unread.append(f"extraction stopped after {self.limits.attachment_seconds:g} s; rest not read")
                return
            cells = self._row(row)
            if cells is None:
                return
            if cells:
                self.lines.append(" | ".join(cells))

    def _row(self, row) -> list[str] | None:
        values: list[str] = []
        for cell in row:
            if cell.tag not in _CELLS:
                continue
            text = " ".join(" ".join(_paragraph(p) for p in cell.iter(*_PARAGRAPHS)).split())
            if not text:
                text = cell.get(f"{_OFFICE}value", "") or cell.get(f"{_OFFICE}date-value", "")
            repeat = _count(cell.get(f"{_TABLE}number-columns-repeated"))
            values.extend([text] * min(repeat, _MAX_REPEAT))
            self.cells += min(repeat, _MAX_REPEAT)
            if self.cells > self.limits.sheet_cells:
                self.unread.append(f"only the first {self.limits.sheet_cells} cells read")
                return None
        while values and not values[-1]:
            values.pop()
        return values


def _owner_table(row):
    parent = row.getparent()
    while parent is not None and parent.tag != f"{_TABLE}table":
        parent = parent.getparent()
    return parent


def _paragraph(p) -> str:
    """A paragraph's text: spans joined, <text:s/> as spaces, tabs and line breaks kept."""
    out: list[str] = [p.text or ""]
    for child in p:
        tag = child.tag
        if tag == f"{_TEXT}s":
            out.append(" " * min(_count(child.get(f"{_TEXT}c")), 100))
        elif tag == f"{_TEXT}tab":
            out.append("\t")
        elif tag == f"{_TEXT}line-break":
            out.append("\n")
        elif tag in (f"{_TEXT}note", f"{_OFFICE}annotation"):
            out.append(" " + " ".join(_paragraph(q) for q in child.iter(*_PARAGRAPHS)) + " ")
        elif isinstance(tag, str):
            out.append(_paragraph(child))
        out.append(child.tail or "")
    return "".join(out)


def _count(value: str | None) -> int:
    try:
        return max(1, int(value or 1))
    except ValueError:
        return 1
