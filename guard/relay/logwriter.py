"""The relay's log writes on one thread, the waiting ones committed together (group commit).

Every relayed message costs two writes: its row ('delivering', before the upstream gets
DATA) and its outcome (after the upstream's answer). Written one transaction each from the
I/O threads, they cost about as much CPU as the rest of the relay together and make the
threads fight over SQLite's single write lock and Python's GIL. Here one thread takes
whatever writes are waiting, commits them in one transaction, and answers all their
callers with one wake-up of the event loop. Each caller still resumes only after its own
write is committed, so "250 only after the store committed" holds as before.
"""

from __future__ import annotations

import asyncio
import logging
import queue
import threading
from dataclasses import dataclass

from sqlalchemy.exc import InterfaceError, OperationalError

from guard.errors import StoreError
from guard.store.db import StatusChange, Store, new_queue_id

log = logging.getLogger("guard.relay")


@dataclass(frozen=True)
class _Write:
    item: dict | StatusChange  # a checked message (Store.check_row's arguments), or an outcome
    loop: asyncio.AbstractEventLoop
    future: asyncio.Future


class LogWriter:
    """`await writer.record(...)` / `await writer.set_status(...)`: committed when they return."""

    def __init__(self, store: Store, max_batch: int = 100):
        self.store, self.max_batch = store, max_batch
        self._queue: queue.SimpleQueue[_Write | None] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._run, name="guard-log", daemon=True)
        self._thread.start()

    async def record(self, **fields) -> str:
        """Log a checked message (Store.check_row's arguments); its queue id once committed.

        The row is built on the writer's thread (a 25 MB message's sha256 is not the event
        loop's work). StoreError if it was not committed.
        """
        fields.setdefault("queue_id", new_queue_id())
        await self._submit(fields)
        return fields["queue_id"]

    async def set_status(self, queue_id: str, status: str, detail: str) -> None:
        await self._submit(StatusChange(queue_id, status, detail))

    async def _submit(self, item: dict | StatusChange) -> None:
        loop = asyncio.get_running_loop()
        future = loop.create_future()
        self._queue.put(_Write(item, loop, future))
        await future

    def close(self, timeout: float = 30.0) -> None:
        """Write what is queued, then stop the thread."""
        self._queue.put(None)
        self._thread.join(timeout)

    def _run(self) -> None:
        stopping = False
        while not stopping:
            first = self._queue.get()
            if first is None:
                return
            batch = [first]
            while len(batch) < self.max_batch:
                try:
                    nxt = self._queue.get_nowait()
                except queue.Empty:
                    break
                if nxt is None:
                    stopping = True
                    break
                batch.append(nxt)
            self._answer(self._write(batch))

    def _write(self, batch: list[_Write]) -> list[tuple[_Write, BaseException | None]]:
        """Commit the batch; if that fails for a reason of one write's own, each write alone."""
        try:
            self._commit(batch)
            return [(w, None) for w in batch]
        except StoreError as e:
            if len(batch) == 1 or isinstance(e.__cause__, (OperationalError, InterfaceError)):
                return [(w, e) for w in batch]  # the store is down: every write fails alike
        except Exception as e:  # a bug: its caller gets the error, never a wait for ever
            if len(batch) == 1:
                log.exception("the log writer failed")
                return [(w, e) for w in batch]
        return [pair for w in batch for pair in self._write([w])]

    def _commit(self, batch: list[_Write]) -> None:
        rows = [self.store.check_row(**w.item) for w in batch if isinstance(w.item, dict)]
        changes = [w.item for w in batch if isinstance(w.item, StatusChange)]
        # a held message's row is its only copy once the sender hears 250: sync it to disk
        durable = any(r.values["status"] == "held" for r in rows)
        self.store.write_log(rows, changes, durable=durable)

    @staticmethod
    def _answer(results: list[tuple[_Write, BaseException | None]]) -> None:
        by_loop: dict[asyncio.AbstractEventLoop, list] = {}
        for w, error in results:
            by_loop.setdefault(w.loop, []).append((w.future, error))
        for loop, answers in by_loop.items():
            try:
                loop.call_soon_threadsafe(_settle, answers)  # one wake-up of the loop for the batch
            except RuntimeError:  # the loop is closed: nobody waits any more
                pass


def _settle(answers: list[tuple[asyncio.Future, BaseException | None]]) -> None:
    for future, error in answers:
        if future.done():
            continue
        if error is None:
            future.set_result(None)
        else:
            future.set_exception(error)
