"""Robustness on real-world MIME (the test fixtures of public mail parsers, when present)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from guard.errors import MessageError
from guard.mail.parse import parse_message

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "realworld" / "messages"


@pytest.mark.skipif(not CORPUS.is_dir(), reason="real-world corpus not present")
def test_every_real_world_message_parses_without_exception():
    files = sorted(CORPUS.glob("*.eml"))
    refused, slowest = [], (0.0, "")
    t0 = time.perf_counter()
    for path in files:
        raw = path.read_bytes()
        t1 = time.perf_counter()
        try:
            parse_message(raw)
        except MessageError:
            refused.append(path.name)
        slowest = max(slowest, (time.perf_counter() - t1, path.name))
    total = time.perf_counter() - t0
    print(f"\n{len(files)} real-world messages parsed in {total:.2f} s "
          f"(slowest {slowest[1]}: {slowest[0] * 1000:.0f} ms); refused as not mail: {refused}")
    assert len(refused) <= 1, refused  # one file is an Outlook .msg (binary OLE), not a message
    assert total < 30
