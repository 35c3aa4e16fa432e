"""Files carried inside a text body: uuencoded (`begin 644 name` ... `end`) and yEnc blocks.

Mail clients (Outlook, Thunderbird, news readers) show such a block as an
attachment, so the reader gets a file the MIME structure never declared. The
blocks are cut out of the body's raw bytes (yEnc is 8-bit: it must be found
before any charset decoding) and handed back as files for the walker to read
like attachments.
"""

from __future__ import annotations

import binascii
import re
from dataclasses import dataclass, field

_UU_BEGIN = re.compile(rb"^begin [0-7]{3,4} ([^\r\n]*)\r?$", re.MULTILINE)
_Y_BEGIN = re.compile(rb"^=ybegin ([^\r\n]*)\r?$", re.MULTILINE)
_Y_NAME = re.compile(rb"\bname=(.*)$")
_Y_END = re.compile(rb"^=yend\b[^\r\n]*\r?$", re.MULTILINE)
_UU_END = re.compile(rb"^(?:`|end)\s*$", re.MULTILINE)


@dataclass
class Blocks:
    """The body without its encoded blocks, the files they held, and what could not be decoded."""

    body: bytes
    files: list[tuple[str, bytes]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def has_blocks(data: bytes) -> bool:
    return (b"begin " in data and _UU_BEGIN.search(data) is not None) or \
        (b"=ybegin " in data and _Y_BEGIN.search(data) is not None)


def split_blocks(data: bytes, max_files: int, max_bytes: int) -> Blocks:
    """Cut every uuencoded and yEnc block out of `data` (at most `max_files`, each within `max_bytes`)."""
    out = Blocks(b"")
    kept: list[bytes] = []
    pos = 0
    while True:
        uu, y = _UU_BEGIN.search(data, pos), _Y_BEGIN.search(data, pos)
        m = min((x for x in (uu, y) if x is not None), key=lambda x: x.start(), default=None)
        if m is None:
            break
        kept.append(data[pos:m.start()])
        if len(out.files) >= max_files:
            out.problems.append(f"more than {max_files} encoded files in the text; the rest not read")
            pos = len(data)
            break
        if m is uu:
            name = _name(m.group(1), len(out.files) + 1)
            end = _UU_END.search(data, m.end())
            stop = end.end() if end else len(data)
            blob = _uu(data[m.end():end.start() if end else len(data)])
            if end is None:
                out.problems.append(f"uuencoded file {name} has no end line; read as far as it goes")
        else:
            found = _Y_NAME.search(m.group(1))
            name = _name(found.group(1) if found else b"", len(out.files) + 1)
            end = _Y_END.search(data, m.end())
            stop = end.end() if end else len(data)
            blob = _yenc(data[m.end():end.start() if end else len(data)])
            if end is None:
                out.problems.append(f"yEnc file {name} has no =yend line; read as far as it goes")
        if len(blob) > max_bytes:
            out.problems.append(f"encoded file {name} larger than the size limit; not read")
        else:
            out.files.append((name, blob))
        pos = stop
    kept.append(data[pos:])
    out.body = b"".join(kept)
    return out


def _name(raw: bytes, n: int) -> str:
    name = raw.decode("utf-8", "replace").strip().strip('"')
    name = name.replace("/", "_").replace("\\", "_")
    return " ".join(name.split())[:120] or f"encoded-{n}.bin"


def _uu(body: bytes) -> bytes:
    out = []
    for line in body.splitlines():
        if not line.strip():
            continue
        try:
            out.append(binascii.a2b_uu(line))
        except (binascii.Error, ValueError):
            try:  # a line whose length byte lies (some encoders pad): decode what it says
                n = (line[0] - 32) & 63
                out.append(binascii.a2b_uu(line[: 1 + (n + 2) // 3 * 4]))
            except (binascii.Error, ValueError, IndexError):
                continue
    return b"".join(out)


_SHIFT = bytes((i - 42) & 0xFF for i in range(256))


def _yenc(body: bytes) -> bytes:
    """yEnc: every byte shifted by 42, critical ones escaped with "=" (+64); =ypart lines skipped."""
    out = bytearray()
    for line in body.splitlines():
        if line.startswith(b"=ypart "):
            continue
        first, *rest = line.split(b"=")
        out += first.translate(_SHIFT)
        for seg in rest:
            if seg:
                out.append((seg[0] - 106) & 0xFF)
                out += seg[1:].translate(_SHIFT)
    return bytes(out)
