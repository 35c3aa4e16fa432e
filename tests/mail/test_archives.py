"""Archives: zip, tar.gz, gzip and 7z members are read like attachments; bombs, encrypted members,
formats guard cannot open and what exceeds the limits are unread (R10). Fixtures are built here."""

from __future__ import annotations

import gzip
import io
import tarfile
import zipfile
from email.message import EmailMessage

from guard.mail.limits import Limits
from guard.mail.parse import parse_message

from .conftest import mail_with, part, unread

PRICES = "customer;sku;qty;price\nNordkök Köksutrustning AB;KT-500;3500;8.45\n".encode()
ZIP = "application/zip"


def zipped(*members: tuple[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", method) as zf:
        for name, data in members:
            zf.writestr(name, data)
    return buf.getvalue()


def encrypted(zip_bytes: bytes, member: str) -> bytes:
    """Mark one member as encrypted (general purpose flag bit 0) in its local and central headers,
    as an encrypting zip tool does; guard must not try to read it."""
    data = bytearray(zip_bytes)
    for signature, flag_at, name_at in ((b"PK\x03\x04", 6, 30), (b"PK\x01\x02", 8, 46)):
        pos = data.find(signature)
        while pos >= 0:
            if data[pos + name_at: pos + name_at + len(member)] == member.encode():
                data[pos + flag_at] |= 0x01
            pos = data.find(signature, pos + 4)
    return bytes(data)


def tar_gz(*members: tuple[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as tf:
        for name, data in members:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
    return buf.getvalue()


def seven_zip(*members: tuple[str, bytes], password: str | None = None) -> bytes:
    import py7zr

    buf = io.BytesIO()
    with py7zr.SevenZipFile(buf, "w", password=password) as archive:
        for name, data in members:
            archive.writestr(data, name)
    return buf.getvalue()


def test_csv_price_list_in_a_zip_is_a_tabular_document_part_named_archive_slash_member():
    m = parse_message(mail_with(("prices.zip", ZIP, zipped(("2026/prices.csv", PRICES)))))
    p = part(m, "attachment:prices.zip/2026/prices.csv")
    assert p.document and p.tabular and p.origin == "new"
    assert "Nordkök Köksutrustning AB | KT-500 | 3500 | 8.45" in p.text.splitlines()
    assert m.attachments == ("prices.zip", "prices.zip/2026/prices.csv")
    assert m.unread == ()


def test_zip_bomb_is_refused_whole_as_a_suspicious_archive():
    bomb = zipped(("prices.csv", PRICES), ("zeros.txt", b"\0" * (3 * 1024 * 1024)))
    m = parse_message(mail_with(("bomb.zip", ZIP, bomb)))
    assert unread(m) == [("attachment:bomb.zip", "suspicious archive: compression ratio over 100")]
    assert not [p for p in m.parts if p.where.startswith("attachment:")]


def test_archive_declaring_more_than_ten_times_the_size_limit_is_refused():
    line = b"Customer;KT-500;4000;8.20\n"
    members = [(f"part{i}.csv", line * (900_000 // len(line))) for i in range(3)]  # each under 1 MB
    m = parse_message(mail_with(("big.zip", ZIP, zipped(*members))), limits=Limits(attachment_bytes=200_000))
    assert unread(m) == [("attachment:big.zip", "suspicious archive: expands to more than 10 times the size limit")]


def test_encrypted_zip_member_is_unread_and_the_others_are_read():
    data = encrypted(zipped(("secret.csv", PRICES), ("readme.txt", b"KT-500 price list inside\n")), "secret.csv")
    m = parse_message(mail_with(("prices.zip", ZIP, data)))
    assert unread(m) == [("attachment:prices.zip", "encrypted archive member secret.csv")]
    assert "KT-500 price list inside" in part(m, "attachment:prices.zip/readme.txt").text


def test_members_beyond_the_archive_size_budget_are_unread():
    rows = "".join(f"Customer {i};KT-500;{i * 7919 % 10007};8.{i % 100:02d}\n" for i in range(800)).encode()
    limits = Limits(attachment_bytes=len(rows) * 3 // 2)
    m = parse_message(mail_with(("two.zip", ZIP, zipped(("a.csv", rows), ("b.csv", rows)))), limits=limits)
    assert part(m, "attachment:two.zip/a.csv").tabular
    assert unread(m) == [("attachment:two.zip",
                          "archive member b.csv not read: larger than the archive's size budget")]


def test_members_beyond_the_part_limit_are_unread():
    data = zipped(*[(f"note{i}.txt", f"note {i}\n".encode()) for i in range(20)])
    m = parse_message(mail_with(("notes.zip", ZIP, data)), limits=Limits(parts=8))
    assert any(reason.startswith("more than 8 ") for _, reason in unread(m))
    assert "note 0" in part(m, "attachment:notes.zip/note0.txt").text
    assert not [p for p in m.parts if p.where == "attachment:notes.zip/note19.txt"]


def test_nested_archives_are_read_and_nesting_beyond_the_depth_limit_is_unread():
    inner = zipped(("prices.csv", PRICES))
    outer = zipped(("inner.zip", inner))
    m = parse_message(mail_with(("outer.zip", ZIP, outer)))
    assert "KT-500" in part(m, "attachment:outer.zip/inner.zip/prices.csv").text
    deep = parse_message(mail_with(("outer.zip", ZIP, outer)), limits=Limits(depth=3))
    assert unread(deep) == [("attachment:outer.zip/inner.zip", "nested deeper than 3 levels; not read")]


def test_tar_gz_members_are_read():
    m = parse_message(mail_with(("export.tar.gz", "application/gzip", tar_gz(("out/prices.csv", PRICES)))))
    assert "Nordkök Köksutrustning AB | KT-500 | 3500 | 8.45" in \
        part(m, "attachment:export.tar.gz/out/prices.csv").text.splitlines()


def test_gzip_of_one_file_is_read_under_its_own_name():
    m = parse_message(mail_with(("prices.csv.gz", "application/gzip", gzip.compress(PRICES))))
    assert part(m, "attachment:prices.csv.gz/prices.csv").tabular


def test_7z_members_are_read_and_encrypted_7z_members_are_unread():
    m = parse_message(mail_with(("prices.7z", "application/x-7z-compressed", seven_zip(("prices.csv", PRICES)))))
    assert "KT-500" in part(m, "attachment:prices.7z/prices.csv").text
    locked = seven_zip(("prices.csv", PRICES), password="s3cret")
    m = parse_message(mail_with(("locked.7z", "application/x-7z-compressed", locked)))
    assert unread(m)[0][0] == "attachment:locked.7z" and unread(m)[0][1].startswith("encrypted archive")
    assert not [p for p in m.parts if p.where.startswith("attachment:locked.7z/")]


def test_rar_is_unread_as_a_format_not_inspected():
    m = parse_message(mail_with(("prices.rar", "application/x-rar-compressed", b"Rar!\x1a\x07\x00" + b"\1" * 40)))
    assert unread(m) == [("attachment:prices.rar", "archive format not inspected (RAR)")]


def test_broken_zip_is_unread_and_text_labelled_zip_is_read_as_text():
    broken = zipped(("prices.csv", PRICES))[:60]
    m = parse_message(mail_with(("broken.zip", ZIP, broken), ("page.zip", ZIP, b"<html>KT-500 at 8.45</html>\n")))
    assert [w for w, r in unread(m) if r.startswith("unreadable archive")] == ["attachment:broken.zip"]
    assert "KT-500 at 8.45" in part(m, "attachment:page.zip").text


def test_mail_inside_a_zip_is_quoted_text_of_its_sender():
    inner = EmailMessage()
    inner["From"] = "Erik Lund <erik.lund@nordkok.se>"
    inner["To"] = "lily@bluewave-kw.cn"
    inner["Subject"] = "our order"
    inner.set_content("We confirm 3500 pcs KT-500 at USD 8.45.\n")
    m = parse_message(mail_with(("mails.zip", ZIP, zipped(("order.eml", inner.as_bytes())))))
    p = part(m, "attachment:mails.zip/order.eml")
    assert p.origin == "quoted" and p.author == "erik.lund@nordkok.se"
    assert "erik.lund@nordkok.se" in p.header_addresses and "USD 8.45" in p.text


def test_competitor_price_list_zipped_to_a_customer_is_blocked(engine):
    raw = mail_with(("prices.zip", ZIP, zipped(("prices.csv", PRICES))), to="ingrid@fjordhome.no")
    result = engine.check_bytes(raw)
    assert result.verdict.verdict == "block"
    assert any(f.where == "attachment:prices.zip/prices.csv" for f in result.verdict.findings)
