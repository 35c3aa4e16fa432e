"""Running the engine off the event loop, so one slow message never stalls other connections.

process mode (default): a ProcessPoolExecutor whose initializer builds the Engine once per
worker; checks run on every core, and a check that overruns check_timeout gets the pool
restarted (the stuck worker is killed; checks in flight on other workers answer 4xx and
are retried by their senders). thread mode: one Engine shared by threads (less memory,
one core). A `checker` callable can be injected instead (tests; it runs in threads).

Registry reload (guard.reloading): per message, at most once a second, the pool looks at the
registry's stamp; when it changed (or on SIGHUP) the new engine is built aside: in thread
mode one new Engine, in process mode a whole new worker pool (validated in this process first,
so a broken registry is one clear log line) that is warmed up before it replaces the old pool.
Checks in flight finish on the old engine; the message that noticed the change, and every one
after it, is checked with the new one. A reload that fails keeps the old engine.
"""

from __future__ import annotations

import asyncio
import dataclasses
import functools
import logging
import multiprocessing
import time
from collections.abc import Callable
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass

from guard.errors import MessageError
from guard.mail.model import Message
from guard.policy.verdict import Verdict

log = logging.getLogger("guard.relay")


@dataclass(frozen=True)
class CheckOutcome:
    """A verdict on one message, or the reason there is none (unparseable)."""

    verdict: Verdict | None
    message: Message | None
    elapsed_ms: float
    unparseable: str = ""  # the MessageError text when the bytes are not a message
    registry_version: str = ""  # the registry the verdict was made with


Checker = Callable[[bytes, str, list[str]], CheckOutcome]


class CheckTimeout(Exception):
    """Raised when a check overran check_timeout."""


class CheckCrashed(Exception):
    """Raised when the check failed for a reason other than an unparseable message."""


def check_with(engine, raw: bytes, mail_from: str, rcpts: list[str]) -> CheckOutcome:
    """Run the engine on one message; keep only what the relay logs (small to send between processes)."""
    t0 = time.perf_counter()
    try:
        result = engine.check_bytes(raw, envelope_from=mail_from, envelope_rcpts=rcpts)
    except MessageError as e:
        return CheckOutcome(None, None, (time.perf_counter() - t0) * 1000, unparseable=str(e) or "unparseable",
                            registry_version=engine.registry_version)
    wheres = {f.where for f in result.verdict.findings}
    slim = dataclasses.replace(result.message, headers=(),
                               parts=tuple(p for p in result.message.parts if p.where in wheres))
    return CheckOutcome(result.verdict, slim, result.elapsed_ms, registry_version=engine.registry_version)


# The worker process's engine. A process-wide value is what ProcessPoolExecutor initializers are for:
# it is built once per worker process and never exists in the relay's own process.
_worker_engine = None


def _orphan_watch(parent: int, every: float = 0.5) -> None:
    """End this worker once its relay is gone (kill -9 included: no goodbye reaches the pool):
    the worker is then re-parented, so its parent pid changes."""
    import os

    while True:
        time.sleep(every)
        if os.getppid() != parent:
            os._exit(0)


def _init_worker(cfg) -> None:
    global _worker_engine
    import os
    import signal
    import threading

    threading.Thread(target=_orphan_watch, args=(os.getppid(),), name="guard-orphan-watch", daemon=True).start()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when workers stop
    signal.signal(signal.SIGHUP, signal.SIG_IGN)  # a reload is the parent's: it starts new workers
    from guard.reloading import load_engine

    _worker_engine, _ = load_engine(cfg)


def _check_in_worker(raw: bytes, mail_from: str, rcpts: list[str]) -> CheckOutcome:
    return check_with(_worker_engine, raw, mail_from, rcpts)


def _warm() -> str:
    return _worker_engine.registry_version


class CheckPool:
    """Where checks run. `await pool.check(...)` raises CheckTimeout or CheckCrashed, never hangs."""

    def __init__(self, *, cfg=None, engine=None, checker: Checker | None = None, workers: int = 2,
                 mode: str = "process", timeout: float = 60.0):
        self.cfg, self.workers, self.timeout = cfg, workers, timeout
        if checker is None and (engine is not None or mode == "thread"):
            if engine is None:
                from guard.reloading import load_engine

                engine, _ = load_engine(cfg)
            checker = functools.partial(check_with, engine)
        self._checker = checker
        self.version = engine.registry_version if engine is not None else ""
        self.mode = "process" if checker is None else "thread"
        self._pool: Executor = self._new_pool()
        self.reloader = None  # a guard.reloading.Reloader once reload_from() is called
        self._store = None
        self._reloading: asyncio.Task | None = None

    def _new_pool(self) -> Executor:
        if self.mode == "thread":
            return ThreadPoolExecutor(self.workers, thread_name_prefix="guard-check")
        return ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("spawn"),
                                   initializer=_init_worker, initargs=(self.cfg,))

    def warm_up(self, pool: Executor | None = None) -> str:
        """Start every worker and build its engine now, not on the first message; errors surface
        here. Returns the registry version the workers loaded."""
        if self.mode != "process":
            return self.version
        versions = set()
        for f in [(pool or self._pool).submit(_warm) for _ in range(self.workers)]:
            try:
                versions.add(f.result())
            except BrokenProcessPool as e:
                raise CheckCrashed("the check workers could not start (is the registry valid?)") from e
        version = max(versions, default="")
        if pool is None:
            self.version = version
        return version

    # ---- registry reload ------------------------------------------------------------------

    def reload_from(self, cfg, store=None, stamp=None, interval: float = 1.0) -> None:
        """Watch cfg's registry (and rules) and reload when they change (see the module docstring)."""
        from guard.reloading import Reloader

        self.cfg, self._store = cfg, store
        self.reloader = Reloader(cfg, store, stamp, interval)

    def request_reload(self) -> None:
        """SIGHUP: reload now, changed or not."""
        if self.reloader is not None:
            self.reloader.request()

    async def maybe_reload(self) -> None:
        """Reload if the registry changed; messages arriving meanwhile wait for the same reload."""
        if self._reloading is None and self.reloader is not None:
            new = self.reloader.due()
            if new is not None:
                self._reloading = asyncio.get_running_loop().create_task(self._reload(new))
        task = self._reloading
        if task is not None:
            await asyncio.shield(task)

    async def _reload(self, new) -> None:
        from guard.errors import GuardError
        from guard.reloading import describe_failure, load_engine, validate

        old = self.version
        try:
            if self.mode == "thread" and self._checker is not None and self.cfg is not None:
                engine, built = await asyncio.to_thread(load_engine, self.cfg, self._store)
                self._checker, self.version = functools.partial(check_with, engine), engine.registry_version
            else:
                await asyncio.to_thread(validate, self.cfg, self._store)
                fresh = self._new_pool()
                try:
                    version = await asyncio.to_thread(self.warm_up, fresh)
                except CheckCrashed:
                    fresh.shutdown(wait=False, cancel_futures=True)
                    raise GuardError("the new check workers could not start") from None
                stale, self._pool, self.version = self._pool, fresh, version
                stale.shutdown(wait=False)  # its checks in flight finish; then its workers exit
                built = new
            self.reloader.settled(built)
            log.info("registry reloaded: version %s (was %s)", self.version, old)
            from guard import metrics
            metrics.registry_loaded(self.version)
        except GuardError as e:
            self.reloader.settled(new)
            log.error("registry reload failed, still using version %s: %s", old, describe_failure(self.cfg, e))
        except Exception:
            self.reloader.settled(new)
            log.exception("registry reload failed, still using version %s", old)
        finally:
            self._reloading = None

    async def check(self, raw: bytes, mail_from: str, rcpts: list[str]) -> CheckOutcome:
        await self.maybe_reload()
        loop = asyncio.get_running_loop()
        fn = self._checker or _check_in_worker
        pool = self._pool
        try:
            fut = loop.run_in_executor(pool, fn, raw, mail_from, list(rcpts))
            return await asyncio.wait_for(fut, self.timeout)
        except TimeoutError:
            log.error("check of a %d-byte message from %s overran %.0f s", len(raw), mail_from, self.timeout)
            self._restart(pool, "a check overran its time limit")
            raise CheckTimeout() from None
        except BrokenProcessPool as e:
            self._restart(pool, "a check worker died")
            raise CheckCrashed("a check worker died") from e
        except Exception as e:
            log.exception("check of a message from %s failed", mail_from)
            raise CheckCrashed(f"{e.__class__.__name__}: {e}") from e

    def _restart(self, pool: Executor, why: str) -> None:
        if self.mode != "process" or pool is not self._pool:
            return  # threads cannot be killed; a stuck thread finishes on its own
        log.warning("restarting the check workers: %s", why)
        self._pool = self._new_pool()
        for proc in list(getattr(pool, "_processes", {}).values()):  # no public API to kill a stuck worker
            proc.kill()
        pool.shutdown(wait=False, cancel_futures=True)

    def close(self) -> None:
        if self.mode == "process":
            for proc in list(getattr(self._pool, "_processes", {}).values()):
                proc.terminate()
        self._pool.shutdown(wait=False, cancel_futures=True)
