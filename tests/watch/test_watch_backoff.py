"""The back-off between attempts (1 s, 2 s, 4 s ... capped, from 1 s again after a connection
that worked), through the watcher's session seam: no server, no sleeping."""

from __future__ import annotations

import threading

from guard.watch.config import MailboxConfig
from guard.watch.imap import ConnectionLost, MailboxError
from guard.watch.watcher import MailboxWatcher


class CountingStop(threading.Event):
    """A stop event whose waits return at once and are recorded (the back-off, without sleeping)."""

    def __init__(self, waits: int):
        super().__init__()
        self.waited: list[float] = []
        self.left = waits

    def wait(self, timeout=None):
        self.waited.append(timeout)
        self.left -= 1
        if self.left <= 0:
            self.set()
        return self.is_set()


def test_back_off_doubles_from_1_s_up_to_the_cap(store):
    def refuse(box):
        raise MailboxError(f"{box.name}: cannot connect")

    box = MailboxConfig(name="lily", host="127.0.0.1", port=1, tls="none", user="u", password_env="X",
                        backoff_max_seconds=8.0)
    stop = CountingStop(waits=6)
    w = MailboxWatcher(box, None, store, open_session=refuse, on_error=lambda text: None)
    w.run(stop)
    assert stop.waited == [1, 2, 4, 8, 8, 8]


class DroppingSession:
    """A session that connects, finds no drafts, and then loses its connection."""

    drafts, uidvalidity, use_idle = "Drafts", 1, True

    def status_line(self):
        return "lily: connected"

    def uids(self):
        return set()

    def info(self, uids):
        return []

    def wait(self, seconds, stop):
        raise ConnectionLost("lily: the connection was lost")

    def close(self):
        pass


def test_back_off_starts_again_at_1_s_after_a_connection_that_worked(store):
    outcomes = iter([MailboxError, MailboxError, DroppingSession, MailboxError, MailboxError])

    def connect(box):
        outcome = next(outcomes)
        if outcome is MailboxError:
            raise MailboxError("lily: cannot connect")
        return outcome()

    box = MailboxConfig(name="lily", host="127.0.0.1", port=1, tls="none", user="u", password_env="X")
    stop = CountingStop(waits=5)
    MailboxWatcher(box, None, store, open_session=connect, on_error=lambda text: None,
                   on_status=lambda line: None).run(stop)
    assert stop.waited == [1, 2, 1, 2, 4]
