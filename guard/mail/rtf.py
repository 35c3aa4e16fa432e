"""Plain text out of native RTF (a winmail.dat body written in Word's rich text, an .rtf file).

Not a renderer: groups that hold no visible text (font and colour tables, style
sheets, pictures, `{\\*\\...}` destinations) are dropped, \\par and \\line become
line breaks, \\'hh and \\uN escapes become their characters, every other control
word goes. That keeps every word a reader sees, in order, which is what the
detector needs. Linear in the input; bounded by the caller's size limit.
"""

from __future__ import annotations

import re

_TOKEN = re.compile(rb"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?|\\'([0-9a-fA-F]{2})|\\(.)|([{}])|([^\\{}\r\n]+)|[\r\n]+",
                    re.DOTALL)
_SKIP = {b"fonttbl", b"colortbl", b"stylesheet", b"info", b"pict", b"object", b"themedata", b"colorschememapping",
         b"latentstyles", b"datastore", b"xmlnstbl", b"listtable", b"listoverridetable", b"rsidtbl",
         b"generator", b"fldinst", b"filetbl", b"revtbl", b"pgdsctbl"}
_BREAKS = {b"par": "\n", b"line": "\n", b"row": "\n", b"sect": "\n", b"page": "\n", b"tab": "\t", b"cell": " | "}
_CHARSET = re.compile(rb"\\ansicpg(\d+)")


def rtf_to_text(rtf: bytes) -> str:
    """The visible text of an RTF document (fields' results kept, instructions dropped)."""
    m = _CHARSET.search(rtf[:2048])
    codec = f"cp{m.group(1).decode()}" if m else "cp1252"
    try:
        "".encode(codec)
    except LookupError:
        codec = "cp1252"
    out: list[str] = []
    pending = bytearray()  # \'hh bytes, decoded together (multi-byte code pages)
    stack: list[bool] = []
    skipping = False
    uc_skip = 0

    def flush() -> None:
        if pending:
            out.append(pending.decode(codec, "replace"))
            pending.clear()

    for tok in _TOKEN.finditer(rtf):
        word, arg, hexbyte, sym, brace, text = tok.groups()
        if brace == b"{":
            stack.append(skipping)
            continue
        if brace == b"}":
            flush()
            skipping = stack.pop() if stack else False
            continue
        if skipping:
            continue
        if hexbyte is not None:
            if uc_skip:
                uc_skip -= 1
                continue
            pending += bytes.fromhex(hexbyte.decode())
            continue
        flush()
        if word is not None:
            if word in _SKIP:
                skipping = True
            elif word == b"u" and arg:
                out.append(chr(int(arg) % 0x10000 if int(arg) < 0 else min(int(arg), 0x10FFFF)))
                uc_skip = 1
            elif word in _BREAKS:
                out.append(_BREAKS[word])
            continue
        if sym is not None:
            if sym == b"*":
                skipping = True
            elif sym in (b"\\", b"{", b"}"):
                out.append(sym.decode())
            elif sym == b"~":
                out.append(" ")
            continue
        if text:
            if uc_skip:  # the ANSI stand-in after \uN
                uc_skip -= 1
                text = text[1:]
            out.append(text.decode(codec, "replace"))
    flush()
    return "".join(out)
