"""Latency of the Drafts watcher: from a client's APPEND of a leaking draft to the warning
in INBOX, with IDLE (issue 6: target under 2 s).

Starts a private Dovecot (tests/watch/dovecot.py; Debian dovecot-imapd, run as root or
as Dovecot's own users allow), a SQLite store and the watcher on the test registry, then
APPENDs N leaking drafts one after another (each a new draft: its own Message-ID) and
times each until the watcher's warning has been stored in INBOX.

    .venv/bin/python bench/watch_latency.py [-n 10]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from watch.dovecot import Dovecot  # noqa: E402

from guard.engine import Engine  # noqa: E402
from guard.registry.load import load_registry  # noqa: E402
from guard.store.db import Store  # noqa: E402
from guard.watch.config import MailboxConfig  # noqa: E402
from guard.watch.watcher import MailboxWatcher  # noqa: E402

DRAFT = (ROOT / "tests" / "fixtures" / "watch" / "leak_draft.eml").read_bytes().replace(b"\r\n", b"\n")


def draft(i: int) -> bytes:
    raw = DRAFT.replace(b"<d3a1f0c2-kt500@bluewave-kw.cn>", f"<bench-{i}-{time.time_ns()}@bluewave-kw.cn>".encode())
    return raw.replace(b"\n", b"\r\n")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-n", type=int, default=10, help="drafts to append (default 10)")
    args = ap.parse_args()

    dovecot = Dovecot()
    tmp = Path(tempfile.mkdtemp(prefix="guard-bench-"))
    try:
        dovecot.start()
        dovecot.add_user("bench", "bench-secret")
        (tmp / "pw").write_text("bench-secret\n")
        client = dovecot.client("bench", "bench-secret")
        client.create_folder("Drafts")
        store = Store(f"sqlite:///{tmp / 'guard.db'}")
        store.upgrade()
        engine = Engine(load_registry(ROOT / "tests" / "fixtures" / "registry.toml"))
        box = MailboxConfig(name="bench", host="127.0.0.1", port=dovecot.port, tls="none", user="bench",
                            password_file=tmp / "pw", poll_seconds=3600, idle_seconds=3600)
        status: list[str] = []
        watcher = MailboxWatcher(box, engine.check_bytes, store, on_status=status.append, on_error=print)
        stop = threading.Event()
        thread = threading.Thread(target=watcher.run, args=(stop,), daemon=True)
        thread.start()
        while not watcher.counters.scans:
            time.sleep(0.01)
        print(status[0])

        latencies, checks = [], []
        for i in range(args.n):
            before = watcher.counters.warned
            t0 = time.perf_counter()
            client.append("Drafts", draft(i), flags=[b"\\Draft"])
            while watcher.counters.warned == before:
                if time.perf_counter() - t0 > 30:
                    sys.exit(f"no warning within 30 s for draft {i}")
                time.sleep(0.002)
            latencies.append(time.perf_counter() - t0)
            t1 = time.perf_counter()
            engine.check_bytes(draft(i))
            checks.append((time.perf_counter() - t1) * 1000)
            time.sleep(0.2)
        stop.set()
        thread.join(10)
        client.select_folder("INBOX", readonly=True)
        in_inbox = len(client.search("ALL"))
        client.logout()

        ms = sorted(x * 1000 for x in latencies)
        print(f"APPEND -> warning stored in INBOX, IDLE, {args.n} drafts: "
              f"median {statistics.median(ms):.0f} ms, min {ms[0]:.0f} ms, max {ms[-1]:.0f} ms "
              f"(target < 2000 ms); engine check median {statistics.median(checks):.1f} ms; "
              f"warnings in INBOX: {in_inbox}")
    finally:
        dovecot.cleanup()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
