"""Bytes to text: transfer encodings, charsets and RFC 2047 header words.

Everything here is lenient by design: mail in the wild mislabels charsets and
breaks base64, and a confidentiality check must still read what it can. A
decoder says when it had to give up (`Decoded.ok` False) so the parser can
report the part as unread (SPEC R10) instead of passing it silently.
"""

from __future__ import annotations

import binascii
import codecs
import re
from dataclasses import dataclass

# Declared label -> codecs to try, in order. Supersets first where mailers
# routinely mislabel (GBK text declared gb2312, cp1252 declared iso-8859-1).
_CANDIDATES: dict[str, tuple[str, ...]] = {
    "gb2312": ("gb18030",), "gbk": ("gb18030",), "x-gbk": ("gb18030",), "cp936": ("gb18030",),
    "euc-cn": ("gb18030",), "csgb2312": ("gb18030",), "chinese": ("gb18030",), "gb_2312-80": ("gb18030",),
    "gb18030": ("gb18030",), "hz-gb-2312": ("hz",),
    "big5": ("big5", "big5hkscs", "cp950"), "x-big5": ("big5", "big5hkscs", "cp950"),
    "big5-hkscs": ("big5hkscs", "cp950"), "cp950": ("cp950", "big5hkscs"),
    "ks_c_5601-1987": ("cp949",), "ks_c_5601": ("cp949",), "euc-kr": ("cp949",), "korean": ("cp949",),
    "shift_jis": ("shift_jis", "cp932"), "shift-jis": ("shift_jis", "cp932"), "sjis": ("shift_jis", "cp932"),
    "x-sjis": ("shift_jis", "cp932"), "ms_kanji": ("cp932",), "windows-31j": ("cp932",),
    "iso-2022-jp": ("iso2022_jp_2", "iso2022_jp_ext"), "csiso2022jp": ("iso2022_jp_2",),
    "euc-jp": ("euc_jp", "euc_jis_2004"),
    "iso-8859-1": ("cp1252", "latin-1"), "latin1": ("cp1252", "latin-1"), "latin-1": ("cp1252", "latin-1"),
    "us-ascii": ("utf-8", "cp1252", "latin-1"), "ascii": ("utf-8", "cp1252", "latin-1"),
    "ansi_x3.4-1968": ("utf-8", "cp1252", "latin-1"),
    "iso-8859-11": ("cp874",), "tis-620": ("cp874",), "windows-874": ("cp874",),
    "x-mac-cyrillic": ("mac_cyrillic",), "x-mac-roman": ("mac_roman",), "macintosh": ("mac_roman",),
    "unicode-1-1-utf-7": ("utf-7",), "utf8": ("utf-8",), "utf-8": ("utf-8",),
}
# Codecs whose text is 7-bit on the wire: pure-ASCII bytes still need them.
_SEVEN_BIT = ("iso2022", "utf_7", "utf-7", "hz", "utf_16", "utf-16", "utf_32", "utf-32")
_NOT_TEXT = {"base64", "base_64", "hex", "quopri", "uu", "zlib", "bz2", "rot13", "rot_13",
             "idna", "punycode", "unicode_escape", "raw_unicode_escape", "undefined"}


@dataclass(frozen=True)
class Decoded:
    """Text from bytes. ok is False when no charset could honestly decode them; `guess` says
    (R10) that a declared charset guard does not know was decoded by an unsure guess: the text
    is still read (findings in it stand), but it may be wrong where the leak is."""

    text: str
    ok: bool = True
    charset: str = ""
    guess: str = ""


# The detector's confidence from which a guess is as good as a declaration. chardet gives a right
# multi-byte guess (GB18030, Shift-JIS) 0.5-0.97 on a paragraph; a single-byte Western guess stays
# near 0.1-0.2, rightly: every byte decodes in cp1252, so the bytes say little about the charset.
_SURE = 0.5


def clean_label(label: str | None) -> str:
    """A charset label as mailers write it -> lower-case, unquoted, without an RFC 2231 language."""
    if not label:
        return ""
    return label.strip().strip("\"'").split("*", 1)[0].strip().lower()


def candidates(label: str | None) -> tuple[str, ...]:
    """Codecs to try for a declared charset; () when the label is unknown (or not a text codec)."""
    name = clean_label(label)
    if not name:
        return ()
    if name in _CANDIDATES:
        return _CANDIDATES[name]
    try:
        info = codecs.lookup(name)
    except (LookupError, ValueError):
        return ()
    if info.name in _NOT_TEXT or not getattr(info, "_is_text_encoding", True):
        return ()
    return (info.name,)


def decode_text(data: bytes, label: str | None = None) -> Decoded:
    """Decode a text part: the declared charset, then UTF-8, then a detector, then give up honestly."""
    tried = candidates(label)
    if data.isascii() and not any(c.startswith(_SEVEN_BIT) for c in tried):
        return Decoded(data.decode("ascii"), True, "ascii")
    for codec in (*tried, "utf-8"):
        try:
            return Decoded(data.decode(codec), True, codec)
        except (UnicodeError, LookupError):
            continue
    guess, confidence = _detect(data)
    if guess:
        text = _decode_replacing(data, guess)
        if text is not None and _damage(text) <= 0.01:
            unknown = clean_label(label) and not tried
            note = (f"unknown charset {clean_label(label)[:40]}, decoded by guess ({guess})"
                    if unknown and confidence < _SURE else "")
            return Decoded(text, True, guess, note)
    if tried:
        text = _decode_replacing(data, tried[0])
        if text is not None and _damage(text) <= 0.05:
            return Decoded(text, True, tried[0])
    return Decoded(data.decode("utf-8", "replace"), False, "")


def _decode_replacing(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec, "replace")
    except (LookupError, ValueError):
        return None


def _damage(text: str) -> float:
    """Share of characters that are replacement or control characters: how wrong a decoding went."""
    if not text:
        return 0.0
    bad = text.count("\ufffd") + sum(1 for ch in text if ch < " " and ch not in "\t\r\n\f")
    return bad / len(text)


def _detect(data: bytes) -> tuple[str, float]:
    """The detector flanker ships (chardet), imported only when a part needs it: codec, confidence."""
    try:
        import chardet

        found = chardet.detect(data[:65536])
        name = (found.get("encoding") or "").lower()
        confidence = float(found.get("confidence") or 0.0)
    except Exception:  # the detector is best effort: no guess is an answer too
        return "", 0.0
    if not name:
        return "", 0.0
    return (candidates(name) or ("",))[0], confidence


def looks_like_text(data: bytes, sample: int = 4096) -> bool:
    """True when bytes read as text (few control characters): used for headerless or untyped content."""
    head = data[:sample]
    if not head:
        return True
    if b"\x00" in head and not (head.startswith((b"\xff\xfe", b"\xfe\xff"))):
        return False
    control = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return control <= len(head) // 100


# ---- transfer encodings -------------------------------------------------------------

_B64_JUNK = re.compile(rb"[^A-Za-z0-9+/=]+")
_B64_PAD_RUN = re.compile(rb"=+")


def decode_base64(data: bytes) -> bytes:
    """Base64 as RFC 2045 decoders read it: characters outside the alphabet are ignored.

    Lines with white space before the first or after the last base64 line (a stray
    header, a list footer) are left out; every line in between counts, whatever junk
    it carries. A part labelled base64 that is plain text is returned as it is.
    """
    flat = data.replace(b"\r\n", b"").replace(b"\n", b"")
    if _B64_JUNK.search(flat):
        lines = [line for line in data.splitlines() if line.strip()]
        good = [i for i, line in enumerate(lines) if _mostly_base64(line)]
        if len(good) * 4 < len(lines):
            stripped = _decode_clean(_B64_JUNK.sub(b"", flat))
            if _decodes_as_text(stripped) or flat.count(b" ") * 12 < len(flat):
                return stripped
            return data  # prose labelled base64
        data = b"".join(lines[good[0]: good[-1] + 1])
    return _decode_clean(_B64_JUNK.sub(b"", data))


def _decode_clean(data: bytes) -> bytes:
    if len(data) % 4 == 0 and b"=" not in data[:-2]:
        try:
            return binascii.a2b_base64(data)
        except (binascii.Error, ValueError):
            pass
    return _decode_base64_chunks(data)


def _decodes_as_text(data: bytes) -> bool:
    """True for UTF-8 text with few control characters (base64 hidden behind junk decodes so)."""
    if not data or not looks_like_text(data):
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _mostly_base64(line: bytes) -> bool:
    """A line of base64 (a stray header or signature line among them is dropped whole)."""
    line = line.strip()
    if not line or b" " in line or b"\t" in line:
        return False
    junk = sum(len(m) for m in _B64_JUNK.findall(line))
    return junk * 10 <= len(line)


def _decode_base64_chunks(data: bytes) -> bytes:
    out = []
    for chunk in _B64_PAD_RUN.split(data):
        cut = len(chunk) % 4
        if cut == 1:
            chunk = chunk[:-1]
        elif cut:
            chunk += b"=" * (4 - cut)
        if chunk:
            try:
                out.append(binascii.a2b_base64(chunk))
            except (binascii.Error, ValueError):
                continue
    return b"".join(out)


def decode_uu(data: bytes) -> bytes:
    """uuencoded body (between `begin` and `end`); lines that do not decode are dropped."""
    out = []
    inside = False
    for line in data.splitlines():
        if not inside:
            inside = line.startswith(b"begin ")
            continue
        if line.strip() in (b"end", b"`"):
            break
        try:
            out.append(binascii.a2b_uu(line))
        except (binascii.Error, ValueError):
            continue
    return b"".join(out)


_IDENTITY = {"", "7bit", "8bit", "binary", "7-bit", "8-bit", "7bits", "8bits", "none", "plain", "text"}
_QP = {"quoted-printable", "quoted printable", "quotedprintable", "qp"}
_UU = {"x-uuencode", "uuencode", "x-uue", "uue"}


def clean_cte(cte: str) -> str:
    return cte.strip().strip("\"';").strip().lower()


def known_transfer(cte: str) -> bool:
    """False for a Content-Transfer-Encoding guard cannot undo (x-gzip64, base9000, ...)."""
    cte = clean_cte(cte)
    return cte in _IDENTITY or cte in _QP or cte in _UU or cte in ("base64", "base-64")


def decode_transfer(data: bytes, cte: str) -> bytes:
    """Undo a Content-Transfer-Encoding; unknown encodings pass through unchanged (see known_transfer)."""
    cte = clean_cte(cte)
    if cte in ("base64", "base-64"):
        return decode_base64(data)
    if cte in _QP:
        try:
            return binascii.a2b_qp(data)
        except (binascii.Error, ValueError):
            return data
    if cte in _UU:
        return decode_uu(data)
    return data


def decoded_size_estimate(data: bytes, cte: str) -> int:
    """Upper bound of the decoded size, known before decoding (to refuse oversize parts cheaply)."""
    if cte.strip().lower() == "base64":
        return len(data) * 3 // 4
    return len(data)


# ---- header values -----------------------------------------------------------------

_FOLD = re.compile(rb"\r?\n(?=[ \t])|\r(?=[ \t])")
_ENCODED_WORD = re.compile(r"=\?([^?\s]+)\?([bBqQ])\?([^?]*?)\?=")


def header_bytes_to_str(raw: bytes, hint: str | None = None) -> str:
    """Unfold a raw header value and decode 8-bit bytes (RFC 6532 UTF-8, else the body's charset)."""
    raw = _FOLD.sub(b"", raw).strip()
    if raw.isascii():
        return raw.decode("ascii")
    for codec in ("utf-8", *candidates(hint), "gb18030"):
        try:
            return raw.decode(codec)
        except (UnicodeError, LookupError):
            continue
    return raw.decode("cp1252", "replace")


def decode_words(value: str) -> str:
    """Decode RFC 2047 encoded words; adjacent words of one charset are joined before decoding."""
    if "=?" not in value:
        return value
    out: list[str] = []
    pending: list[bytes] = []
    pending_charset = ""
    last_end = 0

    def flush() -> None:
        nonlocal pending, pending_charset
        if pending:
            out.append(decode_text(b"".join(pending), pending_charset).text)
        pending, pending_charset = [], ""

    for m in _ENCODED_WORD.finditer(value):
        gap = value[last_end:m.start()]
        if gap and not (gap.isspace() and last_end > 0):
            flush()
            out.append(gap)
        charset, kind, payload = m.group(1), m.group(2).lower(), m.group(3)
        raw = payload.encode("ascii", "replace")
        data = decode_base64(raw) if kind == "b" else binascii.a2b_qp(raw, header=True)
        if pending and clean_label(charset) != pending_charset:
            flush()
        pending_charset = clean_label(charset)
        pending.append(data)
        last_end = m.end()
    flush()
    out.append(value[last_end:])
    return "".join(out)


def decode_header(raw: bytes, hint: str | None = None) -> str:
    """A raw header value as a user would read it: unfolded, 8-bit decoded, encoded words decoded."""
    try:
        return decode_words(header_bytes_to_str(raw, hint))
    except Exception:  # hostile header: still return something readable
        return raw.decode("utf-8", "replace")
