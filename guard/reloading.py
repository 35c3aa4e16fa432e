"""Registry reload for the long-running adapters (relay, watcher): a changed registry is used
without a restart, and never half-built.

A *stamp* is what a stat() (or one short query) can tell about the registry and the rules:
file mtimes, sizes and inodes, or the id of the store's active registry document. It is
cheap, so adapters look at it per message, at most once per `interval`. When it changes (or
on SIGHUP) the new engine is built aside while the old one keeps checking, then swapped in
with one assignment. A registry or rules file that fails validation keeps the old engine and
logs the error with the config key and the file's path and line.

The *version* each verdict records is the registry's own: the first 12 hex digits of the
file's sha256, or `doc<id>:<sha>` for a registry imported into the store.
"""

from __future__ import annotations

import hashlib
import logging
import threading
import time
from pathlib import Path

from guard.errors import GuardError, RegistryError

log = logging.getLogger("guard.reload")

Stamp = tuple


def _file_stamp(path: Path) -> tuple:
    try:
        st = path.stat()
    except OSError as e:
        return (str(path), e.__class__.__name__)
    return (str(path), st.st_mtime_ns, st.st_size, st.st_ino)


def stamp(cfg, store=None) -> Stamp:
    """What has to change for a reload to be worth trying: registry file (or the store's active
    document id) and every file under [rules] dir."""
    reg: tuple
    if cfg.registry_file:
        reg = _file_stamp(cfg.registry_file)
    elif store is None and _no_store_yet(cfg):
        reg = ("store", None)
    else:
        reg = ("store", _active_document_id(store or _store(cfg)))
    rules: tuple = ()
    if cfg.rules_dir:
        rules = tuple(_file_stamp(p) for p in sorted(Path(cfg.rules_dir).rglob("*.toml")))
    return reg, rules


def _no_store_yet(cfg) -> bool:
    """A sqlite file that does not exist: looking into it would create it empty."""
    from guard.store.db import missing_sqlite_file

    return missing_sqlite_file(cfg.store_url) is not None


def _store(cfg):
    from guard.store.db import Store

    return Store(cfg.store_url)


def _active_document_id(store) -> int | None:
    from sqlalchemy import func, select
    from sqlalchemy.exc import SQLAlchemyError

    from guard.store.schema import RegistryDocument

    try:
        with store.session() as s:
            return s.scalar(select(func.max(RegistryDocument.id)))
    except SQLAlchemyError:
        return None  # no table yet, or the store is down: loading will say which


def registry_version(cfg, store=None) -> str:
    """The version of the registry guard would load now (see the module docstring)."""
    if cfg.registry_file:
        try:
            return hashlib.sha256(Path(cfg.registry_file).read_bytes()).hexdigest()[:12]
        except OSError:
            return ""
    from guard.registry.tables import active_document

    if store is None and _no_store_yet(cfg):
        return ""
    doc = active_document(store or _store(cfg))
    return f"doc{doc.id}:{doc.sha256[:12]}" if doc else ""


def load_engine(cfg, store=None, *, way: str = "relay"):
    """A new Engine with `registry_version` set, and the stamp it was built from.

    The stamp is taken before and after the build: a file that changed meanwhile is built
    again (a few times at most; after that the next look at the stamp reloads once more).
    """
    from guard.engine import engine_from_config

    missing_registry(cfg)
    engine, before = None, None
    for _ in range(3):
        before = stamp(cfg, store)
        version = registry_version(cfg, store)
        engine = engine_from_config(cfg, store, way=way)
        engine.registry_version = version
        if stamp(cfg, store) == before:
            break
    return engine, before


def missing_registry(cfg) -> None:
    """A ConfigError naming the key and the absolute path when [registry] file is not there."""
    from guard.errors import ConfigError

    f = cfg.registry_file
    if f and not Path(f).exists():
        raise ConfigError(f"{cfg.where}: [registry] file: no such file {Path(f).resolve()}")


def validate(cfg, store=None) -> str:
    """Load the registry and the rules without building an index (a worker pool builds its
    own); the version on success, else the GuardError that says why."""
    from guard.policy.rules import load_policy
    from guard.registry.load import load_registry
    from guard.registry.tables import load_registry_from_store

    version = registry_version(cfg, store)
    if cfg.registry_file:
        load_registry(cfg.registry_file)
    else:
        load_registry_from_store(store or _store(cfg))
    load_policy(cfg.rules_dir, cfg.section("rules").get("actions"))
    return version


def describe_failure(cfg, e: Exception) -> str:
    """One log text for a failed reload: the config key, the absolute path, every problem (with its line)."""
    if cfg.registry_file:
        where = f"[registry] file {Path(cfg.registry_file).resolve()}"
    else:
        where = f"the registry in the store {cfg.store_url}"
    if isinstance(e, RegistryError):
        detail = "; ".join(e.problems[:10]) + (f" (and {len(e.problems) - 10} more)" if len(e.problems) > 10 else "")
    else:
        detail = str(e) or e.__class__.__name__
    return f"{where}: {detail}"


class Reloader:
    """When to reload: the stamp changed (looked at no more than once per `interval` seconds), or
    a reload was requested (SIGHUP). Thread-safe; the caller builds and swaps."""

    def __init__(self, cfg, store=None, current: Stamp | None = None, interval: float = 1.0):
        self.cfg, self.store, self.interval = cfg, store, interval
        self.current = current if current is not None else stamp(cfg, store)
        self._forced = False
        self._next = 0.0
        self._lock = threading.Lock()

    def request(self) -> None:
        self._forced = True
        self._next = 0.0

    def due(self) -> Stamp | None:
        """The new stamp if a reload should be tried now, else None."""
        now = time.monotonic()
        if now < self._next:
            return None
        with self._lock:
            if now < self._next:
                return None
            self._next = now + self.interval
            new = stamp(self.cfg, self.store)
            if new == self.current and not self._forced:
                return None
            self._forced = False
            return new

    def settled(self, new: Stamp) -> None:
        """A reload from `new` was tried (done or failed): do not try again until it changes."""
        self.current = new


class LiveEngine:
    """An Engine that swaps itself for a rebuilt one when its registry changes (threads share it:
    the watcher). The thread that notices the change builds the new engine while the others keep
    checking with the old one; its own message is then checked with the new one."""

    def __init__(self, cfg, store=None, *, way: str = "watch", interval: float = 1.0):
        self.cfg, self.store, self.way = cfg, store, way
        self.engine, first = load_engine(cfg, store, way=way)
        self.reloader = Reloader(cfg, store, first, interval)
        self._build = threading.Lock()

    @property
    def registry_version(self) -> str:
        return self.engine.registry_version

    def request_reload(self) -> None:
        self.reloader.request()

    def refresh(self) -> None:
        new = self.reloader.due()
        if new is None or not self._build.acquire(blocking=False):
            return  # nothing changed, or another thread is building it now
        try:
            old = self.engine.registry_version
            try:
                engine, built = load_engine(self.cfg, self.store, way=self.way)
            except GuardError as e:
                log.error("registry reload failed, still using version %s: %s", old, describe_failure(self.cfg, e))
                self.reloader.settled(new)
                return
            self.engine = engine  # one assignment: a check sees the old engine or the new, never half
            self.reloader.settled(built)
            log.info("registry reloaded: version %s (was %s)", engine.registry_version, old)
        finally:
            self._build.release()

    def check_bytes(self, raw: bytes, **kwargs):
        self.refresh()
        return self.engine.check_bytes(raw, **kwargs)
