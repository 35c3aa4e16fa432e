"""parse_message: the bytes of one message -> guard.mail.model.Message.

The contract (guard/engine.py relies on it): MessageError only when the bytes
are not a mail message at all (empty, or binary data without headers);
anything partly readable yields a Message whose `unread` says what was not
read. No other exception escapes: a relay must answer, not crash.

An Outlook item saved as .msg (a draft checked with `guard check draft.msg`)
is recognised by its OLE signature and read with guard.mail.outlook.
"""

from __future__ import annotations

import logging
import re

from guard.errors import MessageError
from guard.mail.headers import Headers, display_name_parts, read_headers
from guard.mail.limits import Limits
from guard.mail.mime import Node, build_tree, split_headers_body, starts_with_header
from guard.mail.model import Message, Part, Unread
from guard.mail.outlook import OLE_MAGIC, msg_tree
from guard.mail.quiet import quiet_loggers
from guard.mail.text import looks_like_text
from guard.mail.walk import Context, Walker

log = logging.getLogger(__name__)
quiet_loggers()

_BOM = b"\xef\xbb\xbf"
_LEADING_BLANK_LINES = re.compile(rb"\A(?:[ \t]*\r?\n)+")
_ADDRESS_FIELD_NAMES = {"to": "To", "cc": "Cc", "bcc": "Bcc", "from": "From", "sender": "Sender",
                        "reply-to": "Reply-To"}


def parse_message(raw: bytes, *, envelope_from: str | None = None, envelope_rcpts: tuple[str, ...] = (),
                  limits: Limits = Limits()) -> Message:
    """Parse one RFC 5322 message. Raises MessageError only when `raw` is not a mail message."""
    if not isinstance(raw, (bytes, bytearray, memoryview)):
        raise MessageError("a message must be given as bytes")
    raw = bytes(raw)
    rcpts = tuple(str(r) for r in envelope_rcpts)
    if raw.startswith(OLE_MAGIC):
        return _parse_outlook(raw, envelope_from, rcpts, limits)
    start = _message_start(raw)
    try:
        return _parse(start, envelope_from, rcpts, limits)
    except MessageError:
        raise
    except Exception as exc:  # a bug or a library failure guard did not foresee: read what is plain
        log.warning("message parser failed (%s: %s); reading headers and text only", type(exc).__name__, exc)
    try:
        node = split_headers_body(start, broken="guard could not read the message structure")
        return _assemble(node, envelope_from, rcpts, limits)
    except Exception as exc:
        raise MessageError(f"the message could not be parsed ({type(exc).__name__})") from exc


def _parse_outlook(raw: bytes, envelope_from: str | None, rcpts: tuple[str, ...], limits: Limits) -> Message:
    """An Outlook .msg file: its recipients, subject, body and attachments like a mail's."""
    node = msg_tree(raw, limits)  # MessageError with the reason when it is no readable .msg
    try:
        return _assemble(node, envelope_from, rcpts, limits)
    except Exception as exc:
        log.warning("reading an Outlook message failed (%s: %s)", type(exc).__name__, exc)
        raise MessageError(f"the Outlook .msg file could not be read ({type(exc).__name__})") from exc


def _message_start(raw: bytes) -> bytes:
    """Where the header starts (after a BOM or blank lines); MessageError when there is no message."""
    if not raw.strip():
        raise MessageError("the message is empty")
    body = raw[len(_BOM):] if raw.startswith(_BOM) else raw
    trimmed = _LEADING_BLANK_LINES.sub(b"", body, count=1)
    for candidate in (trimmed, trimmed.lstrip(b" \t")):
        if starts_with_header(candidate):
            return candidate
    if looks_like_text(body) or _text_line(body.split(b"\n", 1)[0]):
        return b"\n" + body  # headerless: an empty header, then the text as body
    raise MessageError("not a mail message: binary data without mail headers")


def _text_line(line: bytes) -> bool:
    """A first line of readable text (a headerless note, uuencoded or yEnc data after it)."""
    line = line.rstrip(b"\r")[:512]
    return bool(line.strip()) and all(b >= 32 or b == 9 for b in line) and looks_like_text(line)


def _parse(raw: bytes, envelope_from: str | None, rcpts: tuple[str, ...], limits: Limits) -> Message:
    if raw.startswith(b"\n"):
        node = split_headers_body(raw)
    else:
        node = build_tree(raw, limits.depth)
    return _assemble(node, envelope_from, rcpts, limits)


def _assemble(node: Node, envelope_from: str | None, rcpts: tuple[str, ...], limits: Limits) -> Message:
    headers = read_headers(node, limits)
    walker = Walker(limits)
    if headers.subject:
        walker.parts.append(Part("subject", headers.subject[: limits.text_chars]))
    walker.parts.extend(display_name_parts(headers))
    for name in headers.too_many_addresses:
        walker.note("recipients", f"more than {limits.addresses} addresses in {_ADDRESS_FIELD_NAMES[name]}; "
                                  "the rest not read")
    walker.walk(node, Context())
    walker.add_file_names()
    return _message(headers, walker.parts, walker.unread, walker.attachments, envelope_from, rcpts)


def _message(h: Headers, parts: list[Part], unread: list[Unread], attachments: list[str],
             envelope_from: str | None, rcpts: tuple[str, ...]) -> Message:
    return Message(
        sender=h.sender, to=h.to, cc=h.cc, bcc=h.bcc,
        envelope_from=envelope_from, envelope_rcpts=rcpts,
        subject=h.subject, message_id=h.message_id, headers=h.fields,
        parts=tuple(parts), unread=tuple(unread), attachments=tuple(attachments),
    )
