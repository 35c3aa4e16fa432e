"""Builds the developers' hostile corpus: messages/*.eml and labels.jsonl (issue 18.7).

    /work/main/.venv/bin/python tests/hostile/generate.py

One message per class of evasion or hostile input, each carrying the same known leak of the
test registry (tests/fixtures/registry.toml, linked as tests/hostile/registry.toml): the
competitor Nordkök's price of the KT-500 kettle, sent to Fjord Home. A label says what guard
must do: "stop" (the leak is readable, so the message is held or blocked) or "flag" (the leak
sits where guard cannot read, so it says so with R10, or holds or blocks; never a pass). The
corpus has the layout of SPEC section 5, so `guard eval tests/hostile` scores it too.
Deterministic: running it again rewrites the same bytes.
"""

from __future__ import annotations

import base64
import binascii
import gzip
import io
import json
import quopri
import struct
import zipfile
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
MESSAGES = HERE / "messages"
LEAK = "Nordkök pays USD 8.45 for the KT-500 stainless kettle."
LEAK_ASCII = "Nordkok pays USD 8.45 for the KT-500 stainless kettle."
COVER = "Dear Ingrid, please find our offer below. Best regards, Lily"
HEAD = ("From: Lily Chen <lily@bluewave-kw.cn>\r\nTo: Ingrid Dahl <ingrid@fjordhome.no>\r\n"
        "Subject: offer\r\nDate: Mon, 07 Dec 2026 09:12:00 +0800\r\nMessage-ID: <{name}@bluewave-kw.cn>\r\n"
        "MIME-Version: 1.0\r\n")


def head(name: str, extra: str = "") -> str:
    return HEAD.replace("{name}", name) + extra


def b64(data: bytes) -> str:
    return base64.encodebytes(data).decode().replace("\n", "\r\n")


def mixed(name: str, *parts: str, extra: str = "") -> bytes:
    """A multipart/mixed message of a clean cover note and the given parts (header + body each)."""
    body = "".join(f"--B\r\n{p}\r\n" for p in (f"Content-Type: text/plain; charset=utf-8\r\n\r\n{COVER}\r\n", *parts))
    return (head(name, extra) + 'Content-Type: multipart/mixed; boundary="B"\r\n\r\n' + body + "--B--\r\n").encode()


def attachment(filename: str, ctype: str, data: bytes, cte: str = "base64") -> str:
    payload = b64(data) if cte == "base64" else data.decode("latin-1")
    return (f'Content-Type: {ctype}; name="{filename}"\r\nContent-Transfer-Encoding: {cte}\r\n'
            f'Content-Disposition: attachment; filename="{filename}"\r\n\r\n{payload}')


# ---- documents --------------------------------------------------------------------------------

def docx(paragraph: str, doctype: str = "") -> bytes:
    """A real DOCX (python-docx) whose document.xml gets `doctype` and the raw `paragraph` XML text."""
    import docx as python_docx

    d = python_docx.Document()
    d.add_paragraph("PLACEHOLDER")
    buf = io.BytesIO()
    d.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "word/document.xml":
                decl, rest = data.decode().split("?>", 1)
                data = (decl + "?>" + doctype + rest.replace("PLACEHOLDER", paragraph)).encode()
            info.date_time = (2026, 12, 7, 0, 0, 0)
            z.writestr(info, data)
    return out.getvalue()


def tnef_attribute(level: int, attr_id: int, attr_type: int, data: bytes) -> bytes:
    return struct.pack("<BHHI", level, attr_id, attr_type, len(data)) + data + struct.pack("<H", sum(data) & 0xFFFF)


def winmail(body: bytes) -> bytes:
    out = struct.pack("<IH", 0x223E9F78, 0x0001)
    out += tnef_attribute(1, 0x9006, 0x0008, struct.pack("<I", 0x00010000))
    out += tnef_attribute(1, 0x9007, 0x0006, struct.pack("<II", 1252, 0))
    return out + tnef_attribute(1, 0x800C, 0x0002, body)


def zipped(members: list[tuple[str, bytes]]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            z.writestr(zipfile.ZipInfo(name, (2026, 12, 7, 0, 0, 0)), data, zipfile.ZIP_DEFLATED)
    return out.getvalue()


def seven_zip(name: str, data: bytes) -> bytes:
    import py7zr

    out = io.BytesIO()
    with py7zr.SevenZipFile(out, "w") as z:
        z.writestr(data, name)
    return out.getvalue()


def yenc(data: bytes) -> bytes:
    enc = bytearray()
    for b in data:
        c = (b + 42) % 256
        if c in (0, 10, 13, 61):
            enc += b"=" + bytes([(c + 64) % 256])
        else:
            enc.append(c)
    return (b"=ybegin line=128 size=%d name=offer.txt\r\n" % len(data)) + bytes(enc) + (
        b"\r\n=yend size=%d\r\n" % len(data))


def uuencode(data: bytes) -> str:
    lines = [binascii.b2a_uu(data[i:i + 45]).decode() for i in range(0, len(data), 45)]
    return "begin 644 offer.txt\r\n" + "".join(x.replace("\n", "\r\n") for x in lines) + "`\r\nend\r\n"


BILLION_LAUGHS = ('<!DOCTYPE w:document [<!ENTITY lol "lol">'
                  + "".join(f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
                            for i in range(1, 10)) + "]>")


# ---- the cases ----------------------------------------------------------------------------------

def _cases() -> dict[str, tuple[str, bool, str, Callable[[str], bytes]]]:
    """name -> (expect, unread, why, builder): "stop" = held or blocked, "flag" = anything but a pass;
    unread = guard must also say (R10) what it could not read."""
    leak_utf8 = LEAK.encode()
    return {
        "alternative-only-leak": ("stop", False, "the leak only in the HTML alternative", lambda n: (
            head(n) + 'Content-Type: multipart/alternative; boundary="A"\r\n\r\n'
            f"--A\r\nContent-Type: text/plain\r\n\r\n{COVER}\r\n"
            f"--A\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>{COVER}</p><p>{LEAK}</p>\r\n--A--\r\n").encode()),
        "base64-junk": ("stop", False, "base64 with characters outside the alphabet between the real ones", lambda n: (
            head(n) + "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
            + "".join(c + ("!*" if i % 7 == 3 else "") for i, c in enumerate(
                base64.b64encode((COVER + "\n" + LEAK + "\n").encode()).decode())) + "\r\n").encode()),
        "uuencode": ("stop", False, "a uuencoded file in the body", lambda n: (
            head(n) + "Content-Type: text/plain\r\n\r\n" + COVER + "\r\n\r\n" + uuencode(leak_utf8)).encode()),
        "yenc": ("stop", False, "a yEnc file in the body", lambda n: (
            head(n) + "Content-Type: text/plain\r\n\r\n" + COVER + "\r\n\r\n").encode() + yenc(leak_utf8)),
        "tnef-body": ("stop", False, "winmail.dat carries the body beside a clean text/plain part", lambda n: mixed(
            n, attachment("winmail.dat", "application/ms-tnef", winmail(LEAK_ASCII.encode() + b"\r\n")))),
        "tnef-garbage": ("flag", True, "a winmail.dat that does not parse", lambda n: mixed(
            n, attachment("winmail.dat", "application/ms-tnef",
                          struct.pack("<IH", 0x223E9F78, 1) + b"\x01\x0c\x80\x02\x00\xff\xff\xff\x7f" + leak_utf8))),
        "dtd-internal-entity-docx": ("stop", False, "a DOCX declares an entity and uses it before the leak", lambda n: mixed(
            n, attachment("offer.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                          docx(f"Offer from &co;: {LEAK}", '<!DOCTYPE w:document [<!ENTITY co "Bluewave">]>')))),
        "dtd-external-entity-docx": ("stop", True, "a DOCX uses an external entity (file:///etc/passwd) before the leak",
                                     lambda n: mixed(n, attachment(
                                         "offer.docx",
                                         "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                         docx(f"Notes: &ext; {LEAK}",
                                              '<!DOCTYPE w:document [<!ENTITY ext SYSTEM "file:///etc/passwd">]>')))),
        "billion-laughs-docx": ("stop", True, "a DOCX whose entities expand to gigabytes, the leak after them",
                                lambda n: mixed(n, attachment(
                                    "offer.docx",
                                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                    docx(f"&lol9; {LEAK}", BILLION_LAUGHS)))),
        "display-name-leak": ("stop", False, "the competitor named in the recipient's display name", lambda n: (
            head(n).replace("To: Ingrid Dahl <", "To: \"Ingrid Dahl, buying for Nordkok\" <")
            + f"Content-Type: text/plain\r\n\r\n{COVER}\r\n").encode()),
        "filename-leak": ("stop", False, "the competitor named in an attachment's file name", lambda n: mixed(
            n, attachment("Nordkok prices KT-500.txt", "text/plain", b"see the catalogue\r\n"))),
        "html-alt": ("stop", False, "the leak in an image's alt text", lambda n: (
            head(n) + "Content-Type: text/html; charset=utf-8\r\n\r\n"
            f'<p>{COVER}</p><img src="cid:x" alt="{LEAK}">\r\n').encode()),
        "html-title": ("stop", False, "the leak in a title attribute", lambda n: (
            head(n) + "Content-Type: text/html; charset=utf-8\r\n\r\n"
            f'<p title="{LEAK}">{COVER}</p>\r\n').encode()),
        "css-content": ("stop", False, "the leak in CSS generated content", lambda n: (
            head(n) + "Content-Type: text/html; charset=utf-8\r\n\r\n"
            f'<html><head><style>p.x::after {{ content: "{LEAK}"; }}</style></head>'
            f'<body><p class="x">{COVER}</p></body></html>\r\n').encode()),
        "unknown-cte": ("flag", True, "a body in an unknown transfer encoding (x-gzip64)", lambda n: (
            head(n) + "Content-Type: text/plain\r\nContent-Transfer-Encoding: x-gzip64\r\n\r\n"
            + b64(gzip.compress(leak_utf8, mtime=0))).encode()),
        "message-partial": ("flag", True, "a message/partial fragment", lambda n: (
            head(n) + 'Content-Type: message/partial; id="abc@bluewave-kw.cn"; number=1; total=2\r\n\r\n'
            + "Content-Type: text/plain\r\n\r\n" + COVER + "\r\n" + LEAK + "\r\n").encode()),
        "image-declared-text": ("flag", True, "text declared as an image", lambda n: mixed(
            n, attachment("offer.png", "image/png", (LEAK + "\r\n") .encode() * 3))),
        "zip-bomb": ("flag", True, "a zip bomb with the leak in a member beside it", lambda n: mixed(
            n, attachment("prices.zip", "application/zip",
                          zipped([("prices.txt", leak_utf8), ("zeros.txt", b"0" * 200_000_000)])))),
        "gzip-bomb": ("flag", True, "a gzip file that expands to 200 MB, the leak first", lambda n: mixed(
            n, attachment("prices.txt.gz", "application/gzip",
                          gzip.compress(leak_utf8 + b"\n" + b"0" * 200_000_000, compresslevel=9, mtime=0)))),
        "7z-bomb": ("flag", True, "a 7z file that expands to 100 MB, the leak first", lambda n: mixed(
            n, attachment("prices.7z", "application/x-7z-compressed",
                          seven_zip("prices.txt", leak_utf8 + b"\n" + b"0" * 100_000_000)))),
        "deep-nesting": ("flag", True, "the leak 1,000 multiparts deep", lambda n: (
            head(n) + 'Content-Type: multipart/mixed; boundary="b0"\r\n\r\n'
            + "".join(f'--b{i - 1}\r\nContent-Type: multipart/mixed; boundary="b{i}"\r\n\r\n' for i in range(1, 1000))
            + f"--b999\r\nContent-Type: text/plain\r\n\r\n{LEAK}\r\n"
            + "".join(f"--b{i}--\r\n" for i in reversed(range(1000)))).encode()),
        "huge-headers": ("stop", False, "10 MB of header lines before a body with the leak", lambda n: (
            head(n) + "".join(f"X-Filler-{i}: {'x' * 990}\r\n" for i in range(10_000))
            + f"Content-Type: text/plain\r\n\r\n{LEAK}\r\n").encode()),
        "charset-gb18030": ("stop", False, "the leak in a GB18030 body", lambda n: (
            head(n) + "Content-Type: text/plain; charset=gb18030\r\nContent-Transfer-Encoding: base64\r\n\r\n"
            + b64(("您好，" + LEAK + " 北欧厨房的价格。").encode("gb18030"))).encode()),
        "charset-iso-2022-jp": ("stop", False, "the leak in an ISO-2022-JP body", lambda n: (
            head(n) + "Content-Type: text/plain; charset=iso-2022-jp\r\n\r\n").encode()
            + ("お世話になります。" + LEAK_ASCII + "\r\n").encode("iso2022_jp")),
        "charset-quoted-printable-latin1": ("stop", False, "the leak in quoted-printable ISO-8859-1", lambda n: (
            head(n) + "Content-Type: text/plain; charset=iso-8859-1\r\n"
            "Content-Transfer-Encoding: quoted-printable\r\n\r\n").encode()
            + quopri.encodestring((COVER + "\n" + LEAK + "\n").encode("latin-1"))),
        "charset-unknown": ("stop", True, "the leak in a charset no one knows (the bytes are Latin-1)", lambda n: (
            head(n) + 'Content-Type: text/plain; charset="x-unknown-foo"\r\n\r\n').encode()
            + (COVER + "\r\n" + LEAK + "\r\n").encode("latin-1")),
    }


CASE_NAMES = tuple(_cases())


def main() -> None:
    MESSAGES.mkdir(exist_ok=True)
    labels = []
    for name, (expect, unread, why, build) in _cases().items():
        (MESSAGES / f"{name}.eml").write_bytes(build(name))
        labels.append({"message": f"messages/{name}.eml", "expect": expect, "unread": unread,
                       "accounts": ["nordkok"] if expect == "stop" else [], "why": why})
    (HERE / "labels.jsonl").write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in labels))
    print(f"{len(labels)} cases in {MESSAGES}")


if __name__ == "__main__":
    main()
