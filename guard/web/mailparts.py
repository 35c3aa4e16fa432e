"""What the console reads from a kept raw message: headers, original text parts, attachments.

Uses the standard library parser (lenient, no extraction): the console only
lists and serves bytes. Everything here is shown escaped or sent as a download,
never rendered as HTML.
"""

from __future__ import annotations

import email
import email.policy
import re
from dataclasses import dataclass
from email.message import Message as EmailMessage

SOURCE_CHARS = 200_000
_UNSAFE_NAME = re.compile(r"[^\w.\-+()\[\] ]+", re.UNICODE)


@dataclass(frozen=True)
class Attachment:
    n: int               # 1-based, stable for a given raw message: the download URL uses it
    filename: str
    content_type: str
    size: int


@dataclass(frozen=True)
class SourcePart:
    content_type: str
    text: str            # decoded, possibly truncated; displayed as escaped text only
    truncated: bool


@dataclass(frozen=True)
class RawView:
    headers: list[tuple[str, str]]
    sources: list[SourcePart]
    attachments: list[Attachment]


def _parse(raw: bytes) -> EmailMessage:
    return email.message_from_bytes(raw, policy=email.policy.compat32)


def _header(value) -> str:
    try:
        return str(email.header.make_header(email.header.decode_header(str(value))))
    except Exception:  # noqa: BLE001 - a broken header is shown as it came
        return str(value)


def _is_attachment(part: EmailMessage) -> bool:
    if part.get_content_type() == "message/rfc822":
        return True
    if part.get_filename() or part.get_content_disposition() == "attachment":
        return True
    return part.get_content_maintype() not in ("text", "multipart")


def _leaves(msg: EmailMessage):
    """Parts in order, not descending into attached messages (they are one attachment)."""
    if msg.is_multipart() and msg.get_content_type() != "message/rfc822":
        for sub in msg.get_payload() or []:
            if isinstance(sub, EmailMessage):
                yield from _leaves(sub)
    else:
        yield msg


def _payload(part: EmailMessage) -> bytes:
    if part.get_content_type() == "message/rfc822":
        inner = part.get_payload()
        if isinstance(inner, list) and inner:
            return inner[0].as_bytes()
        return str(inner).encode("utf-8", "replace")
    data = part.get_payload(decode=True)
    return data if isinstance(data, bytes) else b""


def _filename(part: EmailMessage, n: int) -> str:
    name = part.get_filename()
    name = _header(name) if name else ""
    if not name:
        name = f"part-{n}.eml" if part.get_content_type() == "message/rfc822" else f"attachment-{n}.bin"
    return name


def safe_download_name(name: str) -> str:
    """A file name fit for Content-Disposition: no path, no control or quote characters."""
    name = name.replace("\\", "/").rsplit("/", 1)[-1]
    name = _UNSAFE_NAME.sub("_", name).strip(". ") or "attachment.bin"
    return name[:150]


def read_raw(raw: bytes) -> RawView:
    msg = _parse(raw)
    headers = [(k, _header(v)) for k, v in msg.items()]
    sources: list[SourcePart] = []
    attachments: list[Attachment] = []
    for part in _leaves(msg):
        if _is_attachment(part):
            n = len(attachments) + 1
            attachments.append(Attachment(n, _filename(part, n), part.get_content_type(), len(_payload(part))))
            continue
        data = _payload(part)
        charset = part.get_content_charset() or "utf-8"
        try:
            text = data.decode(charset, "replace")
        except LookupError:
            text = data.decode("utf-8", "replace")
        sources.append(SourcePart(part.get_content_type(), text[:SOURCE_CHARS], len(text) > SOURCE_CHARS))
    return RawView(headers, sources, attachments)


def attachment_bytes(raw: bytes, n: int) -> tuple[Attachment, bytes] | None:
    """The n-th attachment (as numbered by read_raw) and its decoded bytes."""
    count = 0
    for part in _leaves(_parse(raw)):
        if _is_attachment(part):
            count += 1
            if count == n:
                data = _payload(part)
                return Attachment(n, _filename(part, n), part.get_content_type(), len(data)), data
    return None
