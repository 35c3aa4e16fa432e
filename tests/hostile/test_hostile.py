"""The developers' hostile corpus (issue 18.7): every case carries a known leak and none passes.

Each case is checked in a process of its own, forked from one with the engine loaded, so its
time and peak memory are its own: within TIME_BOUND seconds and MEMORY_BOUND of growth. A case
whose leak guard can read is held or blocked ("stop"); one whose leak hides where guard cannot
read is anything but a pass, and guard says what it could not read (R10). The messages are
built by generate.py beside this file (run it again after changing a case).
"""

from __future__ import annotations

import json
import os
import resource
import select
import signal
import time
from pathlib import Path

import pytest

from guard.engine import Engine
from guard.registry.load import load_registry

HERE = Path(__file__).resolve().parent
LABELS = [json.loads(line) for line in (HERE / "labels.jsonl").read_text().splitlines()]
TIME_BOUND = 20.0            # seconds of checking per case (the bar)
MEMORY_BOUND = 500 * 1024    # KB of peak-RSS growth per case
WALL_LIMIT = 60.0            # a case still running after this is killed and fails


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(load_registry(HERE / "registry.toml"))


def run_forked(engine: Engine, raw: bytes) -> dict:
    """engine.check_bytes(raw) in a forked child: its verdict, check seconds and peak-RSS growth (KB)."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: check, report, and leave without running pytest's exit handlers
        code = 0
        try:
            os.close(read_end)
            start_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
            t0 = time.perf_counter()
            v = engine.check_bytes(raw).verdict
            seconds = time.perf_counter() - t0
            grown = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - start_rss
            out = {"verdict": v.verdict, "seconds": seconds, "grown_kb": grown,
                   "rules": sorted({f.rule for f in v.findings}), "accounts": sorted(v.accounts),
                   "unread": [u.reason for u in v.unread]}
            os.write(write_end, json.dumps(out).encode())
        except BaseException as exc:  # noqa: BLE001 - the parent reports it
            os.write(write_end, json.dumps({"error": repr(exc)}).encode())
            code = 1
        finally:
            os._exit(code)
    os.close(write_end)
    chunks: list[bytes] = []
    deadline = time.monotonic() + WALL_LIMIT
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            os.close(read_end)
            pytest.fail(f"still running after {WALL_LIMIT:g} s")
        ready, _, _ = select.select([read_end], [], [], left)
        if ready:
            chunk = os.read(read_end, 65536)
            if not chunk:
                break
            chunks.append(chunk)
    os.close(read_end)
    os.waitpid(pid, 0)
    result = json.loads(b"".join(chunks) or b'{"error": "no result"}')
    assert "error" not in result, result
    return result


@pytest.mark.parametrize("label", LABELS, ids=[Path(x["message"]).stem for x in LABELS])
def test_hostile_case_never_passes_within_time_and_memory(engine, label):
    raw = (HERE / label["message"]).read_bytes()
    got = run_forked(engine, raw)
    assert got["verdict"] != "pass", got
    if label["expect"] == "stop":
        assert got["verdict"] in ("hold", "block"), got
        assert set(label["accounts"]) <= set(got["accounts"]), got
    if label["unread"]:
        assert "R10" in got["rules"] and got["unread"], got
    assert got["seconds"] < TIME_BOUND, got
    assert got["grown_kb"] < MEMORY_BOUND, got


def test_every_case_the_generator_builds_is_labelled_and_present():
    from . import generate

    assert [Path(x["message"]).stem for x in LABELS] == list(generate.CASE_NAMES)
    assert sorted(p.stem for p in (HERE / "messages").glob("*.eml")) == sorted(generate.CASE_NAMES)
