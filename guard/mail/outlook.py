"""Outlook's own formats: .msg files (OLE compound files) and winmail.dat (TNEF).

An Outlook user checks a draft by saving it as .msg (`guard check draft.msg`),
and forwards mail as attached .msg files. extract-msg reads both; the result
is turned into the same light MIME tree (guard.mail.mime.Node) that an .eml
gives, so the walker reads its recipients, body and attachments exactly like
a mail's: an attached .msg becomes quoted text attributed to its sender.

winmail.dat is what Outlook sends when a mail is written in Rich Text: the
body again (as RTF) and, often, the real attachments. tnefparse reads it.

Both libraries are imported on first use, with their loggers silenced: their
complaints about sloppy files are guard's to report, as unread (R10).
"""

from __future__ import annotations

import email.utils
import logging
import re
import struct
import warnings
from dataclasses import dataclass

from guard.errors import MessageError
from guard.mail.limits import Limits
from guard.mail.mime import Node

log = logging.getLogger(__name__)
for _name in ("extract_msg", "RTFDE", "olefile", "tnefparse", "compressed_rtf", "tzlocal"):
    logging.getLogger(_name).setLevel(logging.CRITICAL)

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_MSG_MARK = "__properties_version1.0".encode("utf-16-le")  # every .msg file has this stream
_PLAIN_STREAM = "__substg1.0_1000"
_HTML_STREAM = "__substg1.0_10130102"
_META_CHARSET = re.compile(rb"""charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.I)
_RTF_BYTES = 5 * 1024 * 1024  # RTFDE parses the whole document; larger RTF stays unread
_MSG_SIZE_FACTOR = 4  # a whole .msg may hold several attachments, each up to the size limit


def is_msg(data: bytes) -> bool:
    """True for an Outlook item (.msg); other OLE files (.doc, .xls) say False."""
    return data.startswith(OLE_MAGIC) and _MSG_MARK in data


# ---- .msg ----------------------------------------------------------------------------------------

def msg_tree(data: bytes, limits: Limits) -> Node:
    """An Outlook .msg as a MIME tree: headers, the body, the attachments. MessageError when unreadable."""
    if not data.startswith(OLE_MAGIC):
        raise MessageError("not an Outlook message: no OLE file signature")
    if not is_msg(data):
        raise MessageError("not a mail message: an Office document (OLE file), not an Outlook .msg")
    cap = _MSG_SIZE_FACTOR * limits.attachment_bytes
    if len(data) > cap:
        raise MessageError(f"the Outlook .msg file is larger than {_megabytes(cap)}; not read")
    msg = _open(data)
    try:
        body = _body(msg)
        children = [body] if body is not None else []
        children.extend(_attachments(msg, limits))
        return Node("multipart", "mixed", headers=_headers(msg), children=children)
    except Exception as exc:
        log.info("extract-msg failed on an Outlook message: %s: %s", type(exc).__name__, exc)
        raise MessageError(f"the Outlook .msg file could not be read ({_short(exc)})") from exc
    finally:
        _quietly(msg.close)


def _open(data: bytes):
    try:
        import extract_msg
        from extract_msg.enums import ErrorBehavior
    except ImportError as exc:  # a broken install: say so, never crash
        raise MessageError("Outlook .msg files cannot be read: the extract-msg package is missing") from exc
    tolerant = (ErrorBehavior.ATTACH_NOT_IMPLEMENTED | ErrorBehavior.ATTACH_BROKEN
                | ErrorBehavior.RTFDE_MALFORMED | ErrorBehavior.RTFDE_UNKNOWN_ERROR
                | ErrorBehavior.STANDARDS_VIOLATION | ErrorBehavior.OLE_DEFECT_INCORRECT)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return extract_msg.openMsg(data, strict=False, delayAttachments=True, errorBehavior=tolerant)
    except Exception as exc:
        log.info("extract-msg refused an Outlook message: %s: %s", type(exc).__name__, exc)
        raise MessageError(f"the Outlook .msg file could not be read ({_short(exc)})") from exc


def _headers(msg) -> list[tuple[str, bytes]]:
    """From, To, Cc, Bcc (from the recipient table), Subject, Date, Message-ID as raw header values."""
    lists: dict[str, list[str]] = {"to": [], "cc": [], "bcc": []}
    for recipient in _get(msg, "recipients") or ():
        kind = str(getattr(_get(recipient, "type"), "name", "")).lower()
        address = _get(recipient, "smtpAddress") or _get(recipient, "email") or ""
        if kind in lists and "@" in address:
            lists[kind].append(_address(_get(recipient, "name") or "", address))
    for kind in ("to", "cc"):  # no recipient table (rare): the header strings extract-msg keeps
        if not lists[kind] and _get(msg, kind):
            lists[kind].append(_get(msg, kind))
    fields: list[tuple[str, str]] = [("from", _get(msg, "sender") or "")]
    fields += [(kind, ", ".join(values)) for kind, values in lists.items()]
    fields.append(("subject", _get(msg, "subject") or ""))
    date = _get(msg, "date")
    fields.append(("date", email.utils.format_datetime(date) if hasattr(date, "tzinfo") else ""))
    fields.append(("message-id", _get(msg, "messageId") or ""))
    return [(name, _one_line(value).encode("utf-8")) for name, value in fields if value]


def _address(name: str, address: str) -> str:
    name = _one_line(name).replace("\\", "\\\\").replace('"', '\\"')
    return f'"{name}" <{address.strip()}>' if name and name != address else address.strip()


def _body(msg) -> Node | None:
    """The plain body and the HTML body as alternatives (the walker picks); RTF only: said, not read."""
    plain, html = _stored_bodies(msg)
    if not plain and not html:
        rtf = _get(msg, "rtfBody") or b""
        encapsulated = re.search(rb"\\from(html|text)", rtf[:4096]) and len(rtf) <= _RTF_BYTES
        if encapsulated and b"\\fromhtml" in rtf[:4096]:  # extract-msg de-encapsulates with RTFDE
            html = _bytes(_get(msg, "htmlBody"))
        elif encapsulated:
            plain = _text(_get(msg, "body"))
        if not plain.strip() and not html and rtf:
            return Node("text", "plain", broken="RTF body not read")
    versions: list[Node] = []
    if plain.strip():
        versions.append(Node("text", "plain", params={"charset": "utf-8"}, cte="8bit",
                             body=plain.encode("utf-8", "replace")))
    if html:
        m = _META_CHARSET.search(html[:4096])
        params = {"charset": m.group(1).decode("ascii")} if m else {}
        versions.append(Node("text", "html", params=params, cte="8bit", body=html))
    if not versions:
        return None
    return versions[0] if len(versions) == 1 else Node("multipart", "alternative", children=versions)


def _stored_bodies(msg) -> tuple[str, bytes]:
    """The plain and HTML bodies as stored (never generated from RTF: RTFDE is slow on large RTF)."""
    get_string, get_stream = getattr(msg, "getStringStream", None), getattr(msg, "getStream", None)
    plain = _text(_call(get_string, _PLAIN_STREAM)) if get_string else ""
    html = _bytes(_call(get_stream, _HTML_STREAM)) if get_stream else b""
    return plain, html


def _bytes(value: object) -> bytes:
    return bytes(value) if isinstance(value, (bytes, bytearray)) else b""


def _attachments(msg, limits: Limits) -> list[Node]:
    """Each attachment as a MIME leaf; embedded Outlook items as .msg bytes (read again by the walker)."""
    nodes: list[Node] = []
    items = list(_get(msg, "attachments") or ())
    for n, att in enumerate(items[: limits.parts + 1], 1):
        name = _one_line(_get(att, "longFilename") or _get(att, "shortFilename")
                         or _get(att, "displayName") or f"attachment-{n}")
        data = _get(att, "data")
        ctype = _get(att, "mimetype") or "application/octet-stream"
        if hasattr(data, "exportBytes"):  # an attached Outlook item
            data = _call(data.exportBytes)
            ctype = "application/vnd.ms-outlook"
            if not name.lower().endswith(".msg"):
                name += ".msg"
        if not isinstance(data, (bytes, bytearray)):
            if type(att).__name__ in ("BrokenAttachment", "UnsupportedAttachment") or data is not None:
                nodes.append(Node("text", "plain", broken=f"attachment {name} could not be read"))
            continue  # a link (web attachment) carries no content
        main, _, sub = str(ctype).lower().partition("/")
        nodes.append(Node(main or "application", sub or "octet-stream", disposition="attachment",
                          filename=name, cte="binary", body=bytes(data)))
    return nodes


# ---- winmail.dat (TNEF) --------------------------------------------------------------------------

@dataclass(frozen=True)
class Tnef:
    """What a winmail.dat holds: its body (text, or HTML), its attachments, and what stayed unread."""

    text: str = ""
    html: bool = False
    rtf_only: bool = False  # the body is in RTF only (not read; the mail's own body says the same)
    attachments: tuple[tuple[str, bytes], ...] = ()
    unread: tuple[str, ...] = ()


def read_tnef(data: bytes, limits: Limits) -> Tnef:
    """Body and attachments of a winmail.dat. Never raises: a broken file is reported unread."""
    try:
        import tnefparse

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            tnef = tnefparse.TNEF(data, do_checksum=False)
    except Exception as exc:
        log.info("tnefparse refused a winmail.dat: %s: %s", type(exc).__name__, exc)
        return Tnef(unread=(f"unreadable winmail.dat (TNEF): {_short(exc)}",))
    files: list[tuple[str, bytes]] = []
    unread: list[str] = [problem] if (problem := tnef_framing(data)) else []
    for n, att in enumerate(tnef.attachments, 1):
        if n > limits.parts:
            unread.append(f"more than {limits.parts} attachments in winmail.dat; the rest not read")
            break
        name = _one_line(_text(_call(att.long_filename) or att.name) or f"attachment-{n}")
        files.append((name, bytes(att.data or b"")))
    text, html = _text(tnef.body), False
    if not text.strip() and tnef.htmlbody:
        text, html = _text(tnef.htmlbody), True
    if not text.strip() and getattr(tnef, "_rtfbody", None):
        text, html = _rtf_text(tnef)
        if not text.strip():  # native RTF (Word's rich text): its words, read flat
            text, html = _native_rtf(tnef), False
            if not text.strip():
                return Tnef(rtf_only=True, attachments=tuple(files), unread=tuple(unread))
    return Tnef(text, html, False, tuple(files), tuple(unread))


def tnef_framing(data: bytes) -> str:
    """Why a TNEF stream is not whole ("" when every attribute is complete).

    tnefparse reads a cut-off winmail.dat without a word (the rest of the body or an
    attachment simply is not there), so the framing is walked here: a 6-byte header,
    then attributes of level, id, type, a length, that many bytes and a checksum."""
    pos, size = 6, len(data)
    while pos < size:
        if not data[pos:].strip(b"\x00"):
            return ""  # padding after the last attribute
        if pos + 9 > size:
            return f"truncated winmail.dat (TNEF): attribute header cut off at byte {pos}"
        length = struct.unpack_from("<I", data, pos + 5)[0]
        if data[pos] not in (1, 2):
            return f"damaged winmail.dat (TNEF): unknown attribute level {data[pos]} at byte {pos}"
        end = pos + 9 + length + 2
        if end > size:
            return (f"truncated winmail.dat (TNEF): attribute at byte {pos} declares {length} bytes, "
                    f"{max(size - pos - 11, 0)} present")
        pos = end
    return ""


def _native_rtf(tnef) -> str:
    try:
        rtf = tnef.rtfbody
    except Exception as exc:  # a broken compressed-RTF stream
        log.debug("RTF body not decompressed: %s", exc)
        return ""
    if not rtf or len(rtf) > _RTF_BYTES:
        return ""
    from guard.mail.rtf import rtf_to_text

    return rtf_to_text(rtf)


def _rtf_text(tnef) -> tuple[str, bool]:
    """Text from an RTF body that encapsulates HTML or plain text (Outlook's usual kind); ("", False) else."""
    try:
        from RTFDE.deencapsulate import DeEncapsulator

        rtf = tnef.rtfbody
        if not rtf or not re.search(rb"\\from(html|text)", rtf[:4096]) or len(rtf) > _RTF_BYTES:
            return "", False
        decoder = DeEncapsulator(rtf)
        decoder.deencapsulate()
        if decoder.content_type == "html":
            return _text(decoder.html), True
        return _text(decoder.text), False
    except Exception as exc:  # native RTF (not encapsulated) or a broken stream
        log.debug("RTF body not de-encapsulated: %s", exc)
        return "", False


def _text(value: object) -> str:
    if isinstance(value, (bytes, bytearray)):
        from guard.mail.text import decode_text

        return decode_text(bytes(value).rstrip(b"\x00")).text
    return str(value or "").rstrip("\x00")


# ---- helpers -------------------------------------------------------------------------------------

def _get(obj, attribute: str):
    """An extract-msg property, or None when reading it fails (a sloppy file loses that field only)."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return getattr(obj, attribute, None)
    except Exception as exc:
        log.debug("Outlook property %s unreadable: %s", attribute, exc)
        return None


def _call(function, *args):
    try:
        return function(*args)
    except Exception as exc:
        log.debug("Outlook item unreadable: %s", exc)
        return None


def _quietly(function) -> None:
    _call(function)


def _one_line(value: str) -> str:
    return " ".join(str(value).split())


def _megabytes(n: int) -> str:
    return f"{round(n / (1024 * 1024), 1):g} MB" if n >= 1024 * 1024 else f"{round(n / 1024, 1):g} KB"


def _short(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text[:80]
