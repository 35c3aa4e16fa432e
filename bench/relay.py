"""How much the relay costs: N concurrent SMTP clients through `guard serve` vs straight to the sink.

    .venv/bin/python bench/relay.py [--clients 50] [--messages 2000] [--rates 100,200] [--mode process|thread]

Everything runs on 127.0.0.1 and stops by itself (a bounded number of messages and a time
limit). The sink (an aiosmtpd server that accepts everything) and guard run in their own
processes, so the client's Python does not share a GIL with them. Two kinds of run:

  closed loop  each of the 50 clients sends its next message as soon as the last one is
               answered: the most messages/s guard can take (throughput). Latency here is
               only queueing (50 messages always in flight), so it is not the latency target.
  open loop    messages are offered at a fixed rate (--rates, e.g. 100 and 200 per second)
               over the same 50 connections: the latency a sender sees at that load, counted
               from when the message was due to be sent (waiting for a free connection counts).

Each is run straight to the sink and through guard; the closed loop also through the relay
with the check skipped, which separates the relay's own cost from the engine's. Prints
messages/s, median / p99 latency (MAIL FROM to the final reply), guard's CPU per message
(relay process and check workers) and the machine's load average (other jobs skew figures).
Targets (issue 4): >= 200 messages/s (closed loop); median latency added over direct < 20 ms
at 50 connections (open loop, at each offered rate).
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import os
import random
import smtplib
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REGISTRY = ROOT / "tests" / "fixtures" / "registry.toml"
WORDS = ("shipment order sample carton pallet container invoice delivery schedule quality inspection "
         "factory warehouse port vessel booking label colour packaging design drawing tooling mould "
         "payment deposit balance week month season catalogue brochure trade fair visit meeting").split()


def message(i: int, size: int = 20_000) -> bytes:
    """A 20 KB ordinary business mail (no registry names: the check runs in full and passes)."""
    rnd = random.Random(i)
    lines, n = [], 0
    while n < size:
        line = " ".join(rnd.choice(WORDS) for _ in range(12)).capitalize() + "."
        lines.append(line)
        n += len(line) + 2
    head = (f"From: Lily Chen <lily@bluewave-kw.cn>\r\nTo: Erik Lund <erik.lund@nordkok.se>\r\n"
            f"Subject: Shipment update {i}\r\nMessage-ID: <bench-{i}@bluewave-kw.cn>\r\n"
            "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n")
    return head.encode() + "\r\n".join(lines).encode() + b"\r\n"


# ---- the sink, in its own process ----------------------------------------------------------

def _sink(port_out) -> None:
    from aiosmtpd.smtp import SMTP

    class Accept:
        async def handle_DATA(self, server, session, envelope):
            return "250 2.0.0 Ok"

    async def main():
        loop = asyncio.get_running_loop()
        server = await loop.create_server(lambda: SMTP(Accept(), data_size_limit=None, loop=loop), "127.0.0.1", 0)
        port_out.put(server.sockets[0].getsockname()[1])
        await asyncio.sleep(3600)

    asyncio.run(main())


# ---- the clients ---------------------------------------------------------------------------

async def _reply(reader: asyncio.StreamReader) -> int:
    while True:
        line = await reader.readline()
        if not line:
            raise ConnectionError("connection closed")
        if line[3:4] != b"-":
            return int(line[:3])


async def _client(port: int, jobs: asyncio.Queue, bodies: list[bytes], latencies: list[float],
                  failures: list[int]) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    await _reply(reader)
    writer.write(b"EHLO bench.test\r\n")
    await _reply(reader)
    while True:
        job = await jobs.get()
        if job is None:
            break
        i, due = job
        body = bodies[i]
        t0 = due or time.perf_counter()  # open loop: from when the message was due
        writer.write(b"MAIL FROM:<lily@bluewave-kw.cn>\r\n")
        ok = await _reply(reader) == 250
        writer.write(b"RCPT TO:<erik.lund@nordkok.se>\r\n")
        ok = await _reply(reader) == 250 and ok
        writer.write(b"DATA\r\n")
        if await _reply(reader) != 354:
            failures.append(i)
            writer.write(b"RSET\r\n")
            await _reply(reader)
            continue
        writer.write(body + b".\r\n")
        code = await _reply(reader)
        if code == 250 and ok:
            latencies.append((time.perf_counter() - t0) * 1000)
        else:
            failures.append(code)
    writer.write(b"QUIT\r\n")
    await writer.drain()
    writer.close()


async def _feed(jobs: asyncio.Queue, n: int, clients: int, rate: float | None) -> None:
    """All jobs at once (closed loop: each client sends as fast as it is answered), or `rate` per second."""
    t0 = time.perf_counter()
    for i in range(n):
        due = None
        if rate:
            due = t0 + i / rate
            await asyncio.sleep(max(0.0, due - time.perf_counter()))
        jobs.put_nowait((i, due))
    for _ in range(clients):
        jobs.put_nowait(None)


async def _run(port: int, clients: int, bodies: list[bytes], limit_s: float,
               rate: float | None) -> tuple[list[float], list[int], float]:
    jobs: asyncio.Queue = asyncio.Queue()
    latencies: list[float] = []
    failures: list[int] = []
    t0 = time.perf_counter()
    await asyncio.wait_for(asyncio.gather(_feed(jobs, len(bodies), clients, rate),
                                          *(_client(port, jobs, bodies, latencies, failures)
                                            for _ in range(clients))), limit_s)
    return latencies, failures, time.perf_counter() - t0


def cpu_seconds(pid: int) -> float:
    """User + system CPU of a process and its children (guard's check workers), from /proc."""
    total = 0.0
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        for task in Path(f"/proc/{pid}/task").iterdir():
            for child in (task / "children").read_text().split():
                total += cpu_seconds(int(child))
    except (OSError, IndexError, ValueError):
        pass
    return total


def measure(name: str, port: int, clients: int, bodies: list[bytes], limit_s: float, pid: int | None = None,
            rate: float | None = None) -> dict:
    cpu0 = cpu_seconds(pid) if pid else 0.0
    latencies, failures, seconds = asyncio.run(_run(port, clients, bodies, limit_s, rate))
    cpu = cpu_seconds(pid) - cpu0 if pid else 0.0
    lat = sorted(latencies)
    result = {"name": name, "ok": len(lat), "failed": len(failures), "seconds": seconds,
              "rate": len(lat) / seconds, "median": statistics.median(lat) if lat else float("nan"),
              "p99": lat[min(len(lat) - 1, int(len(lat) * 0.99))] if lat else float("nan")}
    result["cpu_ms"] = cpu * 1000 / max(1, len(lat))
    cpu_note = f"  guard CPU {result['cpu_ms']:.1f} ms/msg" if pid else ""
    print(f"{name:<16} {result['ok']:>6} ok {result['failed']:>4} failed  {result['rate']:8.1f} msg/s  "
          f"median {result['median']:7.1f} ms  p99 {result['p99']:7.1f} ms{cpu_note}")
    return result


def _null_relay(port: int, upstream_port: int, db: str) -> None:
    """guard's relay with a check that passes everything at once: the relay's own cost."""
    from guard.config import Config
    from guard.policy.verdict import Verdict
    from guard.relay.checking import CheckOutcome, CheckPool
    from guard.relay.config import relay_settings
    from guard.relay.server import RelayThread
    from guard.store.db import Store

    store = Store(db)
    store.upgrade()
    settings = relay_settings(Config(None, {"relay": {"listen": f"127.0.0.1:{port}",
                                                      "upstream": f"127.0.0.1:{upstream_port}"}}))
    pool = CheckPool(checker=lambda raw, f, r: CheckOutcome(Verdict("pass"), None, 0.0), workers=2)
    RelayThread(settings, store, pool).start()
    time.sleep(3600)


def _wait_listening(proc: subprocess.Popen, port: int) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with smtplib.SMTP("127.0.0.1", port, timeout=2) as c:
                c.noop()
            return
        except OSError:
            if proc.poll() is not None:
                raise SystemExit("the relay did not start") from None
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("the relay did not start within 60 s")


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_null_relay(tmp: Path, upstream_port: int) -> tuple[subprocess.Popen, int]:
    port = _free_port()
    proc = subprocess.Popen([sys.executable, __file__, "--null-relay", str(port), str(upstream_port),
                             f"sqlite:///{tmp / 'null.db'}"], cwd=ROOT, stderr=subprocess.DEVNULL)
    _wait_listening(proc, port)
    return proc, port


def start_guard(tmp: Path, upstream_port: int, mode: str, workers: int) -> tuple[subprocess.Popen, int]:
    port = _free_port()
    cfg = tmp / "guard.toml"
    cfg.write_text(f'[registry]\nfile = "{REGISTRY}"\n[store]\nurl = "sqlite:///guard.db"\n'
                   f'[relay]\nlisten = "127.0.0.1:{port}"\nupstream = "127.0.0.1:{upstream_port}"\n'
                   f'worker_mode = "{mode}"\nworkers = {workers}\n')
    py = [sys.executable, "-c", "from guard.cli import main; main()"]
    subprocess.run([*py, "db", "upgrade", "--config", str(cfg)], cwd=ROOT, check=True, capture_output=True)
    proc = subprocess.Popen([*py, "serve", "--config", str(cfg)], cwd=ROOT, stderr=subprocess.DEVNULL)
    _wait_listening(proc, port)
    return proc, port


def _rates(value: str) -> list[float]:
    try:
        return [float(v) for v in value.split(",") if v.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r}: give rates as numbers, e.g. 100,200") from None


def main() -> None:
    if len(sys.argv) == 5 and sys.argv[1] == "--null-relay":
        sys.path.insert(0, str(ROOT))
        _null_relay(int(sys.argv[2]), int(sys.argv[3]), sys.argv[4])
        return
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--clients", type=int, default=50, help="concurrent SMTP connections (default 50)")
    ap.add_argument("--messages", type=int, default=2000, help="messages per closed-loop run (default 2000)")
    ap.add_argument("--rates", type=_rates, default=[100.0, 200.0],
                    help="offered messages/s of the open-loop runs, comma-separated (default 100,200; "
                         "empty: none)")
    ap.add_argument("--seconds", type=float, default=10.0, help="length of each open-loop run (default 10)")
    ap.add_argument("--mode", choices=["process", "thread"], default="process", help="guard's worker_mode")
    ap.add_argument("--workers", type=int, default=2, help="guard's check workers (default 2)")
    ap.add_argument("--limit", type=float, default=300.0, help="seconds one run may take (default 300)")
    args = ap.parse_args()

    ctx = multiprocessing.get_context("spawn")
    port_q = ctx.Queue()
    sink = ctx.Process(target=_sink, args=(port_q,), daemon=True)
    sink.start()
    sink_port = port_q.get(timeout=30)
    open_runs: list[tuple[float, dict, dict]] = []
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="guard-bench-") as tmp:
        guard, guard_port = start_guard(Path(tmp), sink_port, args.mode, args.workers)
        null, null_port = start_null_relay(Path(tmp), sink_port)
        try:
            print(f"{args.clients} clients, {len(message(0)) // 1024} KB messages, guard worker_mode={args.mode} "
                  f"workers={args.workers}, {os.cpu_count()} CPUs, load average {load_before:.1f} before the runs")
            n = max([args.messages, *(int(r * args.seconds) for r in args.rates)])
            bodies = [message(i).replace(b"\r\n.", b"\r\n..") for i in range(n)]
            measure("warm-up", guard_port, args.clients, bodies[:200], args.limit)
            print(f"closed loop, {args.messages} messages (as fast as answered):")
            closed = bodies[:args.messages]
            direct = measure("direct", sink_port, args.clients, closed, args.limit)
            through = measure("guard", guard_port, args.clients, closed, args.limit, pid=guard.pid)
            bare = measure("no-check", null_port, args.clients, closed, args.limit, pid=null.pid)
            for rate in args.rates:
                print(f"open loop, offered {rate:g} msg/s for {args.seconds:g} s:")
                some = bodies[:int(rate * args.seconds)]
                d = measure(f"direct @{rate:g}", sink_port, args.clients, some, args.limit, rate=rate)
                g = measure(f"guard @{rate:g}", guard_port, args.clients, some, args.limit, pid=guard.pid, rate=rate)
                open_runs.append((rate, d, g))
            from guard.engine import Engine
            from guard.registry.load import load_registry

            engine = Engine(load_registry(REGISTRY))
            t0 = time.perf_counter()
            for b in bodies[:100]:
                engine.check_bytes(b, envelope_from="lily@bluewave-kw.cn", envelope_rcpts=["erik.lund@nordkok.se"])
            print(f"engine alone: {(time.perf_counter() - t0) * 10:.1f} ms per message in one process "
                  f"(guard's CPU beyond it is the relay's own cost)")
        finally:
            null.kill()
            guard.terminate()
            guard.wait(30)
            sink.kill()
    print(f"load average {load_before:.1f} before, {os.getloadavg()[0]:.1f} after (this bench itself adds ~2)")
    print(f"closed loop guard/direct: throughput {through['rate']:.1f} vs {direct['rate']:.1f} msg/s "
          f"({through['rate'] / direct['rate']:.2f}x), guard CPU {through['cpu_ms']:.1f} ms/msg")
    print(f"relay alone (check skipped): {bare['rate']:.1f} msg/s, {bare['cpu_ms']:.1f} ms CPU per message")
    print(f"target >= 200 msg/s (closed loop): {through['rate']:.1f} msg/s "
          f"{'met' if through['rate'] >= 200 else 'NOT met'}")
    for rate, d, g in open_runs:
        added = g["median"] - d["median"]
        kept_up = g["rate"] >= 0.97 * rate
        print(f"target median added < 20 ms @{rate:g} msg/s: +{added:.1f} ms (p99 +{g['p99'] - d['p99']:.1f} ms)"
              f"{'' if kept_up else ' (guard fell behind the offered rate)'} "
              f"{'met' if added < 20 and kept_up and not g['failed'] else 'NOT met'}")


if __name__ == "__main__":
    main()
