"""Archives (zip, tar, gzip/bzip2/xz, 7z) opened into their member files, within limits.

A price list zipped before sending is still a price list: each member is
handed back to the walker, which reads it like a top-level attachment. A few
kilobytes of archive can inflate to gigabytes (a zip bomb), so the directory
is judged before anything is decompressed: an archive that promises more than
ten times the size limit, or a member compressed more than 100:1, is refused
whole as a "suspicious archive". What is read is bounded by a byte budget
(limits.attachment_bytes per archive), the member count (limits.parts) and the
attachment deadline; whatever is left out is said, never hidden (SPEC R10).
RAR and CAB have no well-kept pure-Python reader: they stay unread.
"""

from __future__ import annotations

import bz2
import gzip
import io
import logging
import lzma
import tarfile
import time
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from guard.mail.limits import Limits

log = logging.getLogger(__name__)
logging.getLogger("py7zr").setLevel(logging.CRITICAL)

_MAX_RATIO = 100
_RATIO_FLOOR = 1024 * 1024  # small members may honestly compress better than 100:1
_EXPANSION = 10             # declared total beyond this many times the size limit: refused whole
_MAGIC = (
    (b"PK\x03\x04", "zip"), (b"PK\x05\x06", "zip"), (b"7z\xbc\xaf\x27\x1c", "7z"),
    (b"\x1f\x8b", "gzip"), (b"BZh", "bzip2"), (b"\xfd7zXZ\x00", "xz"),
    (b"Rar!", "rar"), (b"MSCF", "cab"),
)
_SINGLE: dict[str, tuple[Callable, tuple[str, ...]]] = {
    "gzip": (lambda f: gzip.GzipFile(fileobj=f), (".gz", ".gzip")),
    "bzip2": (bz2.BZ2File, (".bz2",)),
    "xz": (lzma.LZMAFile, (".xz",)),
}
_ERRORS = (zipfile.BadZipFile, tarfile.TarError, OSError, EOFError, ValueError, NotImplementedError,
           RuntimeError, lzma.LZMAError, KeyError, IndexError)


@dataclass(frozen=True)
class Entry:
    """One member's bytes, or (data None) why something in the archive was not read."""

    name: str
    data: bytes | None = None
    reason: str = ""


def format_of(data: bytes) -> str:
    """zip, 7z, gzip, bzip2, xz, tar, rar, cab, or "" when the bytes are no archive guard knows."""
    for magic, name in _MAGIC:
        if data.startswith(magic):
            return name
    if data[257:262] == b"ustar":
        return "tar"
    return ""


def entries(data: bytes, filename: str, limits: Limits) -> Iterator[Entry]:
    """The members of an archive, in order, within the limits. Never raises."""
    fmt = format_of(data)
    deadline = time.monotonic() + limits.attachment_seconds
    try:
        if fmt == "zip":
            yield from _zip(data, limits, deadline)
        elif fmt == "tar":
            yield from _tar(data, limits, deadline)
        elif fmt in _SINGLE:
            yield from _compressed(data, fmt, filename, limits, deadline)
        elif fmt == "7z":
            yield from _sevenzip(data, limits)
        elif fmt in ("rar", "cab"):
            yield _note(f"archive format not inspected ({fmt.upper()})")
        else:
            yield _note("unreadable archive: not a zip, tar, gzip or 7z file")
    except Exception as exc:  # a library choking on a hostile file: say so, never crash
        log.info("could not read archive %r: %s: %s", filename, type(exc).__name__, exc)
        yield _note(f"unreadable archive: {_short(exc)}")


def _note(reason: str) -> Entry:
    return Entry("", None, reason)


class _Budget:
    """Bytes, members and time one archive may cost; says why when it stops."""

    def __init__(self, limits: Limits, deadline: float) -> None:
        self.limits, self.deadline = limits, deadline
        self.left, self.count = limits.attachment_bytes, 0

    def stop(self) -> str:
        """A reason to stop before the next member, or ""."""
        self.count += 1
        if self.count > self.limits.parts:
            return f"more than {self.limits.parts} archive members; the rest not read"
        if time.monotonic() > self.deadline:
            return f"archive extraction stopped after {self.limits.attachment_seconds:g} s; rest not read"
        return ""

    def judge(self, name: str, size: int) -> tuple[bool, str]:
        """(stop here, why this member is not read): the member count and time first, then size."""
        why = self.stop()
        if why:
            return True, why
        return False, self.too_big(name, size)

    def too_big(self, name: str, size: int) -> str:
        """Why a member of `size` bytes is not read, or "" (and the budget is charged)."""
        if size > self.left:
            what = "the size limit" if size > self.limits.attachment_bytes else "the archive's size budget"
            return f"archive member {name} not read: larger than {what}"
        self.left -= size
        return ""


def _suspicious(total: int, members: list[tuple[int, int]], limits: Limits) -> str:
    """Why an archive's directory looks like a bomb (declared sizes), or ""."""
    if total > _EXPANSION * limits.attachment_bytes:
        return f"suspicious archive: expands to more than {_EXPANSION} times the size limit"
    for size, packed in members:
        if size > _RATIO_FLOOR and size > _MAX_RATIO * max(packed, 1):
            return f"suspicious archive: compression ratio over {_MAX_RATIO}"
    return ""


# ---- zip ---------------------------------------------------------------------------------------

def _zip(data: bytes, limits: Limits, deadline: float) -> Iterator[Entry]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        infos = [i for i in zf.infolist() if not i.is_dir()]
        problem = _suspicious(sum(i.file_size for i in infos), [(i.file_size, i.compress_size) for i in infos],
                              limits)
        if problem:
            yield _note(problem)
            return
        budget = _Budget(limits, deadline)
        for info in infos:
            name = _zip_name(info)
            if info.flag_bits & 0x1:
                yield _note(f"encrypted archive member {name}")
                continue
            stop, why = budget.judge(name, info.file_size)
            if why:
                yield _note(why)
            if stop:
                return
            if why:
                continue
            try:
                with zf.open(info) as member:
                    blob = member.read(info.file_size + 1)
            except _ERRORS as exc:
                yield _note(f"unreadable archive member {name}: {_short(exc)}")
                continue
            yield Entry(name, blob[: info.file_size])


def _zip_name(info: zipfile.ZipInfo) -> str:
    """A member name as its author wrote it: names without the UTF-8 flag are often raw UTF-8."""
    name = info.filename
    if not info.flag_bits & 0x800 and not name.isascii():
        try:
            name = name.encode("cp437").decode("utf-8")
        except UnicodeError:
            pass
    return name


# ---- tar, gzip, bzip2, xz ----------------------------------------------------------------------

def _tar(data: bytes, limits: Limits, deadline: float, packed: int | None = None) -> Iterator[Entry]:
    """A (possibly compressed) tar, streamed: each header is judged before its data is inflated."""
    packed = len(data) if packed is None else packed
    budget = _Budget(limits, deadline)
    declared = 0
    with tarfile.open(fileobj=io.BytesIO(data), mode="r|*") as tf:
        for info in tf:
            declared += max(info.size, 0)
            problem = _suspicious(declared, [(declared, packed)], limits)
            if problem:
                yield _note(problem)
                return
            if not info.isfile():
                continue
            stop, why = budget.judge(info.name, info.size)
            if why:
                yield _note(why)
            if stop:
                return
            if why:
                continue
            member = tf.extractfile(info)
            yield Entry(info.name, member.read(info.size) if member else b"")


def _compressed(data: bytes, fmt: str, filename: str, limits: Limits, deadline: float) -> Iterator[Entry]:
    """A .tar.gz (and bz2, xz) is a tar; anything else is one compressed file."""
    opener, suffixes = _SINGLE[fmt]
    if _inflate(opener, data, 1024)[257:262] == b"ustar" or _is_tar(data):
        yield from _tar(data, limits, deadline)
        return
    cap = limits.attachment_bytes
    blob = _inflate(opener, data, cap + 1)
    name = _strip_suffix(filename, suffixes)
    if len(blob) > _RATIO_FLOOR and len(blob) > _MAX_RATIO * len(data):
        yield _note(f"suspicious archive: compression ratio over {_MAX_RATIO}")
    elif len(blob) > cap:
        yield _note(f"archive member {name} not read: larger than the size limit")
    else:
        yield Entry(name, blob)


def _inflate(opener: Callable, data: bytes, size: int) -> bytes:
    """At most `size` bytes of a compressed stream (a truncated stream gives what it has)."""
    out = io.BytesIO()
    with opener(io.BytesIO(data)) as f:
        try:
            while out.tell() < size:
                chunk = f.read(min(1 << 20, size - out.tell()))
                if not chunk:
                    break
                out.write(chunk)
        except EOFError:
            pass
    return out.getvalue()


def _is_tar(data: bytes) -> bool:
    """Old (v7) tars have no "ustar" magic: ask tarfile whether the first header checks out."""
    try:
        with tarfile.open(fileobj=io.BytesIO(data), mode="r|*") as tf:
            return tf.next() is not None
    except _ERRORS:
        return False


def _strip_suffix(filename: str, suffixes: tuple[str, ...]) -> str:
    base = filename.rsplit("/", 1)[-1]
    for suffix in suffixes:
        if base.lower().endswith(suffix) and len(base) > len(suffix):
            return base[: -len(suffix)]
    return base + ".data" if "." not in base else base.rsplit(".", 1)[0]


# ---- 7z ----------------------------------------------------------------------------------------

def _sevenzip(data: bytes, limits: Limits) -> Iterator[Entry]:
    import py7zr
    from py7zr.io import BytesIOFactory

    try:
        archive = py7zr.SevenZipFile(io.BytesIO(data), mode="r", max_extract_size=limits.attachment_bytes)
    except py7zr.exceptions.PasswordRequired:
        yield _note("encrypted archive (7z with encrypted names)")
        return
    with archive:
        infos = [i for i in archive.list() if not i.is_directory]
        total = sum(i.uncompressed for i in infos)
        problem = _suspicious(total, [(total, len(data))], limits)
        if problem:
            yield _note(problem)
            return
        if archive.needs_password():
            for info in infos[: limits.parts]:
                yield _note(f"encrypted archive member {info.filename}")
            return
        budget = _Budget(limits, time.monotonic() + limits.attachment_seconds)
        wanted: list[str] = []
        for info in infos:
            stop, why = budget.judge(info.filename, info.uncompressed)
            if why:
                yield _note(why)
            if stop:
                break
            if not why:
                wanted.append(info.filename)
        if not wanted:
            return
        factory = BytesIOFactory(limits.attachment_bytes + 1)
        archive.extract(targets=wanted, factory=factory)
        for name in wanted:
            product = factory.products.get(name)
            if product is not None:
                product.seek(0)
                yield Entry(name, product.read())


def _short(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text[:80]
