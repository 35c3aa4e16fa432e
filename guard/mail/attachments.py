"""Attachments to text: what kind each is, and its text within the limits.

The kind is decided by magic bytes first (they do not lie about a PDF or a
zip), then the content type and the file name. What guard cannot read and
could hide customer data (encrypted or broken documents, legacy Office
files) is reported as unread (SPEC R10); what carries no text at all
(images, signatures, calendars) is skipped without a word. Containers
(archives, Outlook .msg, winmail.dat) are opened by the walker, which reads
their members like attachments (see resolve_kind).

Heavy libraries (pypdf, openpyxl, python-docx, inscriptis) are imported only
when such an attachment occurs.
"""

from __future__ import annotations

import csv
import io
import logging
import time
from dataclasses import dataclass

from guard.mail import office
from guard.mail.archives import format_of
from guard.mail.limits import Limits
from guard.mail.outlook import is_msg
from guard.mail.text import Decoded, decode_text, looks_like_text
from guard.mail.xmldtd import defuse_zip

log = logging.getLogger(__name__)

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")
_ARCHIVE_MAGIC = (b"Rar!", b"7z\xbc\xaf\x27\x1c", b"\x1f\x8b", b"BZh", b"\xfd7zXZ\x00", b"MSCF")
_TNEF = b"\x78\x9f\x3e\x22"
_IMAGE_MAGIC = (b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n", b"GIF87a", b"GIF89a", b"II*\x00", b"MM\x00*")

_EXT = {
    "pdf": "pdf", "xlsx": "xlsx", "xlsm": "xlsx", "docx": "docx", "docm": "docx", "pptx": "pptx",
    "csv": "csv", "tsv": "csv", "txt": "txt", "text": "txt", "log": "txt", "md": "txt", "vcf": "txt",
    "json": "txt", "xml": "txt", "htm": "html", "html": "html", "eml": "eml", "msg": "legacy",
    "xls": "legacy", "doc": "legacy", "ppt": "legacy", "rtf": "txt",
    "zip": "archive", "rar": "archive", "7z": "archive", "gz": "archive", "tgz": "archive",
    "tar": "archive", "bz2": "archive", "xz": "archive", "cab": "archive",
    "odt": "odf", "ods": "odf", "odp": "odf",
    "p7s": "skip", "p7m": "smime", "asc": "skip", "sig": "skip", "ics": "skip", "vcs": "skip",
    "png": "skip", "jpg": "skip", "jpeg": "skip", "gif": "skip", "bmp": "skip", "tif": "skip",
    "tiff": "skip", "webp": "skip", "heic": "skip", "svg": "skip", "ico": "skip", "emz": "skip", "wmz": "skip",
    "mp3": "skip", "mp4": "skip", "mov": "skip", "wav": "skip", "ttf": "skip", "otf": "skip", "woff": "skip",
    "dat": "unknown",
}
_CTYPE = {
    "application/pdf": "pdf", "application/x-pdf": "pdf",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
    "application/vnd.openxmlformats-officedocument.presentationml.presentation": "pptx",
    "text/csv": "csv", "text/comma-separated-values": "csv", "text/tab-separated-values": "csv",
    "application/csv": "csv", "text/html": "html", "application/xhtml+xml": "html",
    "message/rfc822": "eml", "message/news": "eml", "message/global": "eml",
    "application/vnd.ms-excel": "legacy", "application/msword": "legacy",
    "application/vnd.ms-powerpoint": "legacy", "application/vnd.ms-outlook": "legacy",
    "application/zip": "archive", "application/x-zip-compressed": "archive", "application/x-rar-compressed": "archive",
    "application/x-7z-compressed": "archive", "application/gzip": "archive", "application/x-gzip": "archive",
    "application/x-tar": "archive", "application/ms-tnef": "tnef", "application/vnd.ms-tnef": "tnef",
    "application/pkcs7-signature": "skip", "application/x-pkcs7-signature": "skip",
    "application/pgp-signature": "skip", "application/pgp-keys": "skip", "text/calendar": "skip",
    "application/ics": "skip", "text/x-vcalendar": "skip", "text/directory": "txt", "text/vcard": "txt",
    "application/pkcs7-mime": "smime", "application/x-pkcs7-mime": "smime", "application/pgp-encrypted": "skip",
    "application/octet-stream": "unknown", "message/partial": "partial", "message/external-body": "skip",
}
_UNREAD = {
    "archive": "archive format not inspected",
    "legacy": "legacy Office format not read",
    "encrypted": "encrypted document",
    "tnef": "winmail.dat (TNEF) not read",
    "smime": "encrypted S/MIME content",
    "pgp": "PGP-encrypted content",
    "partial": "partial message (message/partial) not reassembled",
}


@dataclass(frozen=True)
class Extracted:
    """An attachment's text (may be ""), how to read it, and the reasons parts of it stayed unread."""

    text: str = ""
    tabular: bool = False
    html: bool = False
    unread: tuple[str, ...] = ()
    marks: tuple[tuple[int, str], ...] = ()  # (offset, "page 2" or "Sheet!7"): see Part.marks


def kind_of(filename: str, content_type: str, head: bytes) -> str:
    """pdf, xlsx, docx, pptx, csv, txt, html, eml, archive, legacy, encrypted, ... or skip / unknown."""
    ext = filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    by_name = _EXT.get(ext, "")
    by_type = _CTYPE.get(content_type, "")
    if content_type.startswith(("image/", "audio/", "video/", "font/", "model/")) and not by_name:
        by_type = "skip"
    if head.startswith(b"%PDF") or b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(_OLE):
        return "ole"
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return "zip"
    if head.startswith(_ARCHIVE_MAGIC) or head[257:262] == b"ustar":
        return "archive"
    if head.startswith(_TNEF):
        return "tnef"
    if head.startswith(_IMAGE_MAGIC) or (head[:4] == b"RIFF" and head[8:12] == b"WEBP"):
        return "skip"
    if content_type == "text/plain" and by_name not in ("csv", "html"):
        return "txt"
    if content_type.startswith("text/") and not by_type and not by_name:
        return "txt"
    return by_name if by_name and by_name != "unknown" else (by_type or by_name or "unknown")


def resolve_kind(kind: str, data: bytes, filename: str = "") -> str:
    """Look inside what kind_of could only name: a zip is an Office file, OpenDocument or an
    archive (a broken one named .xlsx stays a document); an OLE file is an Outlook item ("msg")
    or a legacy Office file; a file named .zip whose bytes are plain text (mislabelled, or an
    HTML error page) is read as text."""
    if kind == "zip":
        found = _zip_kind(data, filename)
        by_name = _EXT.get(filename.rsplit(".", 1)[-1].lower(), "") if "." in filename else ""
        return by_name if found == "archive" and by_name in ("xlsx", "docx", "pptx", "odf") else found
    if kind == "ole" and is_msg(data):
        return "msg"
    if kind == "archive" and not format_of(data) and looks_like_text(data):
        return "txt"
    return kind


def extract(kind: str, data: bytes, *, charset: str = "", filename: str = "",
            limits: Limits = Limits()) -> Extracted | None:
    """The text of one attachment; None when it carries no text (skipped silently). Never raises."""
    deadline = time.monotonic() + limits.attachment_seconds
    try:
        return _extract(kind, data, charset, filename, limits, deadline)
    except Exception as exc:  # a library choking on a hostile file: say so, never crash
        log.info("could not read attachment %r (%s): %s", filename, kind, exc)
        return Extracted(unread=(f"unreadable {_label(kind)}: {_short(exc)}",))


def _extract(kind: str, data: bytes, charset: str, filename: str, limits: Limits,
             deadline: float) -> Extracted | None:
    if kind == "ole":
        if _ENCRYPTED_PACKAGE in data:
            return Extracted(unread=(_UNREAD["encrypted"],))
        return Extracted(unread=(_UNREAD["legacy"],))
    if kind == "zip":
        kind = _zip_kind(data, filename)
    if kind in _UNREAD:
        return Extracted(unread=(_UNREAD[kind],))
    if kind == "pdf":
        return _pdf(data, limits, deadline)
    if kind == "odf":
        return _odf(data, limits, deadline)
    if kind in ("xlsx", "docx", "pptx"):
        problem = office.zip_problem(data, limits)
        if problem:
            return Extracted(unread=(problem,))
        data, dtd = defuse_zip(data, limits)
        reader = {"xlsx": office.xlsx_text, "docx": office.docx_text, "pptx": office.pptx_text}[kind]
        got = reader(data, limits, deadline)
        return Extracted(got.text, tabular=(kind == "xlsx"), unread=dtd + got.unread, marks=got.marks)
    if kind == "csv":
        return _csv(data, charset)
    if kind == "html":
        from guard.mail.html import html_to_text

        decoded = decode_text(data, charset)
        return Extracted(html_to_text(decoded.text), html=True, unread=_charset_problem(decoded, charset))
    if kind == "txt" or (kind == "unknown" and looks_like_text(data)):
        decoded = decode_text(data, charset)
        return Extracted(decoded.text, unread=_charset_problem(decoded, charset))
    return None  # images, signatures, calendars, unknown binary: no text to read


def _zip_kind(data: bytes, filename: str) -> str:
    names = office.zip_members(data)
    if names is None:
        return "archive"
    if any(n.startswith("xl/") for n in names):
        return "xlsx"
    if any(n.startswith("word/") for n in names):
        return "docx"
    if any(n.startswith("ppt/") for n in names):
        return "pptx"
    if "mimetype" in names and any(n == "content.xml" for n in names):
        return "odf"
    return "archive"


def _odf(data: bytes, limits: Limits, deadline: float) -> Extracted:
    from guard.mail.opendocument import odf_text

    problem = office.zip_problem(data, limits)
    if problem:
        return Extracted(unread=(problem,))
    data, dtd = defuse_zip(data, limits)
    got = odf_text(data, limits, deadline)
    return Extracted(got.text, tabular=got.tabular, unread=dtd + got.unread)


def _pdf(data: bytes, limits: Limits, deadline: float) -> Extracted:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data), strict=False)
    if reader.is_encrypted:
        try:
            opened = reader.decrypt("")  # owner-password-only PDFs open with an empty user password
        except Exception:
            opened = 0
        if not opened:
            return Extracted(unread=("encrypted PDF",))
    texts: list[str] = []
    unread: list[str] = []
    failed = 0
    pages = reader.pages
    count = len(pages)
    for i in range(count):
        if i >= limits.pdf_pages:
            unread.append(f"only the first {limits.pdf_pages} pages read")
            break
        if time.monotonic() > deadline:
            unread.append(f"only the first {i} pages read (time limit)")
            break
        try:
            texts.append(pages[i].extract_text() or "")
        except Exception as exc:
            failed += 1
            log.debug("PDF page %d unreadable: %s", i + 1, exc)
    if failed:
        unread.append(f"unreadable PDF: {failed} of {count} pages could not be read")
    text = "\n".join(texts)
    if count and not text.strip() and not failed:
        unread.append("PDF has no text layer (scanned image?)")
    marks, at = [], 0
    for n, page in enumerate(texts, 1):
        marks.append((at, f"page {n}"))
        at += len(page) + 1
    return Extracted(text, unread=tuple(unread), marks=tuple(marks) if len(texts) > 0 else ())


def _csv(data: bytes, charset: str) -> Extracted:
    decoded = decode_text(data, charset or ("utf-8-sig" if data.startswith(b"\xef\xbb\xbf") else ""))
    text = decoded.text.lstrip("\ufeff")
    try:
        dialect = csv.Sniffer().sniff(text[:8192], delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    lines = []
    try:
        for row in csv.reader(io.StringIO(text), dialect):
            cells = [" ".join(c.split()) for c in row]
            while cells and not cells[-1]:
                cells.pop()
            if cells:
                lines.append(" | ".join(cells))
    except csv.Error:  # a malformed file still reads as lines
        lines = text.splitlines()
    return Extracted("\n".join(lines) + "\n", tabular=True, unread=_charset_problem(decoded, charset))


def _charset_problem(decoded: Decoded, charset: str) -> tuple[str, ...]:
    if decoded.ok:
        return (decoded.guess,) if decoded.guess else ()
    return (f"text in unknown charset {charset}" if charset else "text in an undecodable charset",)


def _label(kind: str) -> str:
    return {"pdf": "PDF", "xlsx": "spreadsheet", "docx": "document", "pptx": "presentation",
            "csv": "CSV file", "odf": "OpenDocument file"}.get(kind, "attachment")


def _short(exc: Exception) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text[:80]
