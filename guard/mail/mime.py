"""One MIME tree, whichever parser read it.

flanker is fast and is tried first; it refuses about one real-world message in
twelve (missing boundaries, broken delivery reports), so the standard
library's lenient parser is the fallback, and a last-resort header/body split
keeps even those two's failures readable. All three produce the same light
`Node` tree, so the rest of guard/mail walks one structure.

Bytes are handed to flanker as Latin-1 text, which maps each byte to one
character: bodies come back byte-exact (`.encode("latin-1")`) and charset
decisions stay with guard.mail.text, not with a whole-message guess.
"""

from __future__ import annotations

import email
import email.message
import email.policy
import email.utils
import logging
import re
from dataclasses import dataclass, field

from guard.mail.quiet import flanker_mime
from guard.mail.text import decode_words

log = logging.getLogger(__name__)

_SURROGATES = re.compile("[\udc80-\udcff]")
_HEADER_BLOCK = re.compile(r"(?:(?:From |[!-9;-~]+[ \t]*:|[ \t])[^\n]*(?:\n|\Z))*")
_FIELD = re.compile(r"^([!-9;-~]+)[ \t]*:[ \t]*(.*(?:\r?\n[ \t].*)*)", re.MULTILINE)
_HEADER_LINE = re.compile(rb"^(?:From |[!-9;-~]+[ \t]*:)")


@dataclass
class Node:
    """One MIME entity. `body` is raw (still transfer-encoded); multiparts have children instead."""

    maintype: str = "text"
    subtype: str = "plain"
    params: dict[str, str] = field(default_factory=dict)
    disposition: str = ""
    filename: str = ""
    cte: str = "7bit"
    headers: list[tuple[str, bytes]] = field(default_factory=list)  # (lower-case name, raw value)
    body: bytes = b""
    children: list[Node] = field(default_factory=list)
    too_deep: bool = False  # children below limits.depth were not built
    broken: str = ""        # why this was read as plain text instead of by its MIME structure

    @property
    def content_type(self) -> str:
        return f"{self.maintype}/{self.subtype}"


def build_tree(raw: bytes, depth: int) -> Node:
    """The MIME tree of a message (raw bytes start at its header). Never raises."""
    try:
        return _from_flanker(raw, depth)
    except RecursionError:
        log.debug("flanker: nesting too deep; trying the standard library parser")
    except Exception as exc:
        log.debug("flanker refused the message (%s: %s); trying the standard library parser",
                  type(exc).__name__, exc)
    try:
        return _from_stdlib(raw, depth)
    except Exception as exc:  # RecursionError included: hostile nesting
        log.debug("standard library parser failed too (%s); reading headers and body only",
                  type(exc).__name__)
    return split_headers_body(raw, broken="MIME structure could not be parsed; read as plain text")


# ---- flanker: the structure; header blocks split here, parameters read by the stdlib -------

def _from_flanker(raw: bytes, depth: int) -> Node:
    msg = flanker_mime().from_string(raw.decode("latin-1"))
    return _flanker_node(msg, depth, root=True)


def _flanker_node(part, depth: int, root: bool = False) -> Node:
    header_text, body = _flanker_slices(part._container)
    ctype = part.content_type
    node = _header_node(_header_message(header_text), root)
    node.maintype = (ctype.main or "text").lower()
    node.subtype = (ctype.sub or "plain").lower()
    if node.maintype == "multipart":
        if depth <= 0:
            node.too_deep = True
        else:
            node.children = [_flanker_node(p, depth - 1) for p in part.parts]
    else:
        node.body = body.encode("latin-1", "replace")
    return node


def _flanker_slices(container) -> tuple[str, str]:
    """(header block, body) of a flanker part, split here: one regex instead of flanker's header parser."""
    text = container.string[container.start:container.end + 1]
    cut = _HEADER_BLOCK.match(text).end()
    body = text[cut:]
    if body.startswith("\r\n"):
        body = body[2:]
    elif body.startswith(("\n", "\r")):
        body = body[1:]
    return text[:cut], body


def _header_message(header_text: str) -> email.message.Message:
    """A header block as a compat32 Message (for its parameter parsing), without the feed parser."""
    msg = email.message.Message()
    for m in _FIELD.finditer(header_text):
        msg._headers.append((m.group(1), m.group(2).rstrip("\r\n")))
    return msg


# ---- standard library (compat32) ------------------------------------------------------------

def _from_stdlib(raw: bytes, depth: int) -> Node:
    msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    return _stdlib_node(msg, depth, root=True)


def _stdlib_node(msg: email.message.Message, depth: int, root: bool = False) -> Node:
    node = _header_node(msg, root)
    payload = msg.get_payload()
    if node.maintype == "multipart" and isinstance(payload, list):
        if depth <= 0:
            node.too_deep = True
        else:
            node.children = [_stdlib_node(p, depth - 1) for p in payload]
    elif node.maintype == "multipart":  # no usable boundary: the text is all there is
        node.maintype, node.subtype = "text", "plain"
        node.body = _raw_bytes(payload or "")
        if node.body.strip():
            node.broken = "multipart without a usable boundary; read as plain text"
    elif isinstance(payload, list):  # message/rfc822 (or /partial) parsed into a Message: hand its bytes back
        node.body = b"".join(_as_bytes(p) for p in payload if isinstance(p, email.message.Message))
    else:
        node.body = _raw_bytes(payload or "")
    return node


def _header_node(msg: email.message.Message, root: bool) -> Node:
    """Content type, parameters, file name and encoding from a parsed header block (both parsers)."""
    params: dict[str, str] = {}
    for item in (msg.get_params() or [])[1:]:
        key, value = item if isinstance(item, tuple) else (item, "")
        params[str(key).lower()] = _param_text(value)
    has_disposition = "content-disposition" in msg
    node = Node(
        maintype=msg.get_content_maintype(),
        subtype=msg.get_content_subtype(),
        params=params,
        disposition=(msg.get_content_disposition() or "") if has_disposition else "",
        cte=str(msg.get("Content-Transfer-Encoding", "7bit")).strip().lower(),
    )
    if root:
        node.headers = [(str(k).lower(), _raw_bytes(v)) for k, v in msg.raw_items()]
    node.filename = _param_text(msg.get_filename("") or "") if has_disposition else params.get("name", "")
    return node


def _raw_bytes(value: object) -> bytes:
    """Header or body text back to its bytes (Latin-1 text from flanker, escaped text from the stdlib)."""
    text = str(value)
    try:
        return text.encode("latin-1")
    except UnicodeEncodeError:
        return text.encode("utf-8", "surrogateescape")


def _as_bytes(msg: email.message.Message) -> bytes:
    try:
        return msg.as_bytes()
    except Exception:  # a generator failure loses this enclosed message only
        return b""


def _param_text(value: object) -> str:
    """A parameter value as text: RFC 2231 collapsed, raw 8-bit UTF-8 repaired, RFC 2047 words decoded."""
    if isinstance(value, tuple):  # RFC 2231 (charset, language, value)
        value = email.utils.collapse_rfc2231_value(value)
    text = _SURROGATES.sub(lambda m: chr(ord(m.group(0)) - 0xDC00), str(value))
    return decode_words(repair_8bit(text))


def repair_8bit(value: str) -> str:
    """A value that arrived as raw 8-bit UTF-8 (read as Latin-1) -> its text; anything else as is.

    Only UTF-8 is tried: it almost never decodes Latin-1 text by accident, where a
    GBK guess would turn "Müller" into CJK.
    """
    if not value or value.isascii() or any(ord(c) > 255 for c in value):
        return value
    try:
        return value.encode("latin-1").decode("utf-8")
    except UnicodeError:
        return value


# ---- last resort ----------------------------------------------------------------------------

def split_headers_body(raw: bytes, broken: str = "") -> Node:
    """Headers up to the first empty line, the rest as one text/plain body (no MIME structure)."""
    headers: list[tuple[str, bytes]] = []
    lines = raw.splitlines(keepends=True)
    i = 0
    while i < len(lines):
        line = lines[i]
        if not line.strip():
            i += 1
            break
        if line[:1] in (b" ", b"\t") and headers:
            name, value = headers[-1]
            headers[-1] = (name, value + line)
        elif _HEADER_LINE.match(line) and not line.startswith(b"From "):
            name, _, value = line.partition(b":")
            headers.append((name.strip().decode("latin-1").lower(), value.strip(b" \t")))
        elif not line.startswith(b"From "):
            break
        i += 1
    charset = ""
    for name, value in headers:
        if name == "content-type":
            m = re.search(rb"charset\s*=\s*\"?([^\";\s]+)", value, re.I)
            charset = m.group(1).decode("latin-1") if m else ""
    return Node(params={"charset": charset} if charset else {}, headers=headers,
                body=b"".join(lines[i:]), broken=broken)


def starts_with_header(raw: bytes) -> bool:
    """True when the first line is a header field (or an mbox From_ line)."""
    return bool(_HEADER_LINE.match(raw))
