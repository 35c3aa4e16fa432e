"""A disk cache of what is costly to build and pure in its inputs: the compiled policy, a
registry read from a file and its index (issue 12: start-up, 100k-account registries).

An entry is keyed by everything it is made from (the input files' SHA-256, guard's own code
and rules, the Python version), so a stale entry is never found, only missed. Its file holds
a SHA-256 of the payload, checked before anything is unpickled, and is read only from a
directory owned by this user that nobody else can write: pickle runs only on bytes guard wrote
itself. A missing, truncated, tampered or unreadable entry is rebuilt and rewritten, never
trusted; a cache that cannot be written costs only the time saved.

The directory is $GUARD_CACHE_DIR, else $XDG_CACHE_HOME/guard, else ~/.cache/guard;
GUARD_CACHE=off turns the cache off.
"""

from __future__ import annotations

import _sre
import contextlib
import functools
import gc
import hashlib
import io
import logging
import os
import pickle
import re
import stat
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import guard

T = TypeVar("T")
log = logging.getLogger(__name__)
MAGIC = b"guard-cache 1\n"
_DIGEST_LEN = 64  # hex SHA-256


def cache_dir() -> Path | None:
    """Where entries live, or None when the cache is off."""
    if os.environ.get("GUARD_CACHE", "").lower() in ("off", "0", "no", "false"):
        return None
    if os.environ.get("GUARD_CACHE_DIR"):
        return Path(os.environ["GUARD_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "guard"


@functools.cache
def code_fingerprint() -> str:
    """guard's version, its code and bundled rules (by path, size and mtime) and the Python build:
    a change to any of them makes every entry a miss."""
    h = hashlib.sha256(f"{guard.__version__}\0{sys.version}\0{sys.implementation.cache_tag}".encode())
    h.update(str(_sre.MAGIC).encode())  # compiled patterns are stored as _sre code
    root = Path(guard.__file__).parent
    for dirpath, dirnames, filenames in os.walk(root, followlinks=True):  # guard/rules is a link
        dirnames[:] = sorted(d for d in dirnames if d != "__pycache__")
        for name in sorted(filenames):
            if name.endswith((".py", ".toml", ".txt")):
                st = os.stat(os.path.join(dirpath, name))
                h.update(f"{os.path.relpath(os.path.join(dirpath, name), root)}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
    return h.hexdigest()


def digest_files(paths) -> str | None:
    """SHA-256 over the paths and bytes of these files and of every file under these directories;
    None when one cannot be read (then the caller builds without the cache and reports the error)."""
    h = hashlib.sha256()
    try:
        for p in paths:
            p = Path(p)
            files = sorted(f for f in p.rglob("*") if f.is_file() and "__pycache__" not in f.parts) if p.is_dir() else [p]
            for f in files:
                data = f.read_bytes()
                h.update(f"{f.resolve()}\0{len(data)}\n".encode())
                h.update(data)
    except OSError:
        return None
    return h.hexdigest()


def cached(kind: str, key: str | None, build: Callable[[], T], *, patterns: bool = False) -> T:
    """build(), or the value an earlier build() stored under (kind, key). `patterns`: the value holds
    compiled regular expressions, stored with their compiled code so a load does not recompile them."""
    directory = cache_dir()
    if key is None or directory is None:
        return build()
    full_key = f"{kind}\0{key}\0{code_fingerprint()}"
    path = directory / f"{kind}-{hashlib.sha256(full_key.encode()).hexdigest()[:32]}.pickle"
    value = _read(path, full_key)
    if value is not _MISS:
        return value  # type: ignore[return-value]
    value = build()
    _write(directory, path, full_key, value, patterns)
    return value


_MISS = object()


def _safe_dir(directory: Path) -> bool:
    """Owned by this user and writable by nobody else."""
    try:
        st = directory.stat()
    except OSError:
        return False
    return stat.S_ISDIR(st.st_mode) and st.st_uid == os.getuid() and not st.st_mode & 0o022


def _read(path: Path, full_key: str):
    try:
        if not _safe_dir(path.parent):
            return _MISS
        with open(path, "rb") as f:
            st = os.fstat(f.fileno())
            if st.st_uid != os.getuid() or st.st_mode & 0o022:
                return _MISS
            blob = f.read()
    except OSError:
        return _MISS
    head = len(MAGIC) + _DIGEST_LEN + 1
    if not blob.startswith(MAGIC) or len(blob) < head:
        return _MISS
    payload = memoryview(blob)[head:]
    if hashlib.sha256(payload).hexdigest().encode() != blob[len(MAGIC):head - 1]:
        log.warning("guard cache: %s is damaged; rebuilding it", path)
        return _MISS
    enabled = gc.isenabled()
    gc.disable()  # millions of small objects and no garbage: a collection pass is pure cost
    try:
        stored_key, value = pickle.loads(payload)
    except Exception:  # a class that changed shape, a module gone: rebuild  # noqa: BLE001
        return _MISS
    finally:
        if enabled:
            gc.enable()
    return value if stored_key == full_key else _MISS


def _write(directory: Path, path: Path, full_key: str, value, patterns: bool) -> None:
    try:
        directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        if not _safe_dir(directory):
            log.warning("guard cache: %s is not a directory only you can write; not caching", directory)
            return
        buf = io.BytesIO()
        (_PatternPickler if patterns else pickle.Pickler)(buf, protocol=pickle.HIGHEST_PROTOCOL).dump((full_key, value))
        payload = buf.getbuffer()
        fd, tmp = tempfile.mkstemp(dir=directory, prefix=".tmp-", suffix=".pickle")
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(MAGIC + hashlib.sha256(payload).hexdigest().encode() + b"\n")
                f.write(payload)
            os.replace(tmp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
    except (OSError, pickle.PicklingError, TypeError, AttributeError, RecursionError) as e:
        log.debug("guard cache: not written (%s)", e)


def _rebuild_pattern(pattern, flags, code, groups, groupindex, indexgroup):
    """A compiled pattern from its stored code (what re.compile would have produced)."""
    return _sre.compile(pattern, flags, code, groups, groupindex, indexgroup)


def _pattern_state(p: re.Pattern):
    """The arguments re's compiler hands _sre.compile for this pattern, or None if they do not
    reproduce it exactly (the pattern then pickles the ordinary way and is recompiled on load)."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    try:
        parsed = _parser.parse(p.pattern, p.flags)
        code = [int(op) for op in _compiler._code(parsed, p.flags)]  # opcodes are int subclasses
        groupindex = dict(parsed.state.groupdict)
        indexgroup = [None] * parsed.state.groups
        for k, i in groupindex.items():
            indexgroup[i] = k
        args = (p.pattern, p.flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup))
        if _rebuild_pattern(*args) != p:
            return None
    except Exception:  # noqa: BLE001
        return None
    return args


class _PatternPickler(pickle.Pickler):
    def reducer_override(self, obj):
        if isinstance(obj, re.Pattern):
            args = _pattern_state(obj)
            if args is not None:
                return _rebuild_pattern, args
        return NotImplemented
