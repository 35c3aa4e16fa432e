"""Console speed at 100,000 logged messages: median time of the log page and filtered pages.

    .venv/bin/python bench/console.py [--rows 100000] [--n 20] [--url sqlite:///path]

Bulk-inserts generated rows (about one in four with findings) into a temporary SQLite
store (or the store at --url), signs in through the real form with the Flask test
client, and times each page N times. Target: median < 200 ms.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import insert, select  # noqa: E402

from guard.store import schema  # noqa: E402
from guard.store.db import Store  # noqa: E402
from guard.web.app import create_app  # noqa: E402
from guard.web.settings import WebSettings  # noqa: E402
from guard.web.users import add_user  # noqa: E402

PASSWORD = "bench password"
VERDICTS = [("pass", "delivered", 80), ("flag", "flagged", 12), ("hold", "held", 3), ("block", "blocked", 5)]
RULES = {"flag": ["R1", "R5", "R6", "R10"], "hold": ["R3", "R4"], "block": ["R2", "R3", "R4", "R7"]}


def generate(store: Store, rows: int, seed: int = 7) -> None:
    rnd = random.Random(seed)
    accounts = [f"acct{i:03d}" for i in range(200)]
    senders = [f"user{i}@bluewave-kw.cn" for i in range(40)]
    now = datetime.now(UTC)
    weights = [w for *_, w in VERDICTS]
    batch, findings = [], []
    with store.engine.begin() as conn:
        next_id = (conn.scalar(select(schema.CheckedMessage.id).order_by(schema.CheckedMessage.id.desc())
                               .limit(1)) or 0) + 1
        for i in range(rows):
            verdict, status, _ = rnd.choices(VERDICTS, weights)[0]
            rules = sorted(set(rnd.sample(RULES[verdict], k=rnd.randint(1, 2)))) if verdict != "pass" else []
            accts = sorted(set(rnd.sample(accounts, k=rnd.randint(1, 2)))) if rules else []
            rcpt = f"buyer{rnd.randint(0, 999)}@{rnd.choice(accounts)}.example"
            mid = next_id + i
            batch.append(dict(
                id=mid, queue_id=f"B{mid:015X}", received_at=now - timedelta(seconds=rnd.randint(0, 90 * 86400)),
                status_at=now, source="relay", mail_from=rnd.choice(senders), rcpt_to=[rcpt],
                rcpt_text=f" {rcpt} ", header_from="", header_to=rcpt, subject=f"Offer {i} for season {i % 7}",
                message_id_header=f"<{i}@bench>", size=rnd.randint(2_000, 60_000), sha256=f"{i:064x}",
                verdict=verdict, status=status, rules=" " + " ".join(rules) + " ",
                accounts=" " + " ".join(accts) + " ", elapsed_ms=rnd.random() * 20, unread=[], parts=[],
                attachments=[], detail="", raw=None))
            for r in rules:
                for a in accts:
                    findings.append(dict(message_id=mid, rule=r, action=verdict, account=a, kind="name",
                                         text=a, where="body", start=0, end=len(a), explanation="bench"))
            if len(batch) >= 5000:
                conn.execute(insert(schema.CheckedMessage), batch)
                conn.execute(insert(schema.Finding), findings)
                batch, findings = [], []
        if batch:
            conn.execute(insert(schema.CheckedMessage), batch)
        if findings:
            conn.execute(insert(schema.Finding), findings)


def median_ms(client, url: str, n: int) -> tuple[float, int]:
    client.get(url)  # warm: templates compiled, SQLite pages cached
    times = []
    for _ in range(n):
        t0 = time.perf_counter()
        r = client.get(url)
        times.append((time.perf_counter() - t0) * 1000)
        assert r.status_code == 200, (url, r.status_code)
    return statistics.median(times), len(r.data)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=100_000)
    ap.add_argument("--n", type=int, default=20)
    ap.add_argument("--url", help="an existing store URL (default: a temporary SQLite file)")
    args = ap.parse_args()
    tmp = tempfile.TemporaryDirectory()
    store = Store(args.url or f"sqlite:///{Path(tmp.name) / 'bench.db'}")
    store.upgrade()
    t0 = time.perf_counter()
    generate(store, args.rows)
    print(f"generated {args.rows} messages in {time.perf_counter() - t0:.1f} s ({store.display_url})")
    add_user(store, f"bench{int(time.time())}", "officer", PASSWORD, by="bench")
    name = max(u.name for u in __import__("guard.web.users", fromlist=["x"]).list_users(store))
    app = create_app(store, WebSettings(secret_key=b"b" * 32, page_size=50))
    client = app.test_client()
    page = client.get("/login").text
    token = page.split('name="csrf_token" value="')[1].split('"')[0]
    assert client.post("/login", data={"name": name, "password": PASSWORD, "csrf_token": token}).status_code == 302
    since = (datetime.now(UTC) - timedelta(days=30)).date().isoformat()
    pages = [
        ("log, newest first", "/log"),
        ("log, page 500", "/log?page=500"),
        ("log, rule + account filter", "/log?rule=R3&account=acct042"),
        ("log, verdict + sender + 30 days", f"/log?verdict=block&sender=user7@bluewave-kw.cn&since={since}"),
        ("log, recipient substring", "/log?recipient=acct017.example"),
        ("log, sorted by sender", "/log?sort=mail_from"),
        ("dashboard, 30 days", "/?days=30"),
        ("quarantine", "/quarantine"),
    ]
    print(f"median of {args.n} requests each (target < 200 ms):")
    worst = 0.0
    for label, url in pages:
        ms, size = median_ms(client, url, args.n)
        worst = max(worst, ms) if url.startswith("/log") else worst
        print(f"  {label:34s} {ms:8.1f} ms   ({size // 1024} KB)  {url}")
    print(f"slowest log page: {worst:.1f} ms -> {'OK' if worst < 200 else 'OVER TARGET'}")


if __name__ == "__main__":
    main()
