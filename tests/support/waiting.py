"""Polling for what another thread or process does in its own time."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def wait_for(predicate: Callable[[], T], timeout: float = 10.0, interval: float = 0.05,
             why: Callable[[], str] | None = None) -> T:
    """Poll until predicate() is truthy and return its value, or fail the test after `timeout`
    seconds, saying why() if given (e.g. a server's log)."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value or time.monotonic() > deadline:
            break
        time.sleep(interval)
    if not value:
        detail = why() if why else getattr(predicate, "__name__", repr(predicate))
        raise AssertionError(f"timed out after {timeout} s waiting for {detail}")
    return value
