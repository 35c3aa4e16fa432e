"""Slowing down password guessing: a lockout window per (user name, client address).

After `free` failures, each further failure doubles the wait before the next
attempt is even checked (2 s, 4 s, 8 s ... up to `maximum`). Keyed on the pair,
so a guesser elsewhere cannot lock a real officer out. A success clears the key.
Refusing (instead of sleeping) keeps server threads free under attack.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass
class _State:
    failures: int
    last: float


class SignInThrottle:
    def __init__(self, free: int = 3, maximum: int = 900, clock: Callable[[], float] = time.monotonic):
        self.free = free
        self.maximum = maximum
        self.clock = clock
        self._lock = threading.Lock()
        self._state: dict[tuple[str, str], _State] = {}

    @staticmethod
    def _key(name: str, address: str) -> tuple[str, str]:
        return (name.strip().lower(), address)

    def _window(self, failures: int) -> float:
        over = failures - self.free
        return 0.0 if over < 0 else float(min(self.maximum, 2 ** (over + 1)))

    def wait(self, name: str, address: str) -> int:
        """Seconds until the next attempt for this pair will be checked (0: now)."""
        with self._lock:
            st = self._state.get(self._key(name, address))
            if st is None:
                return 0
            left = st.last + self._window(st.failures) - self.clock()
            if left <= 0 and self.clock() - st.last > self.maximum * 2:
                del self._state[self._key(name, address)]  # long quiet: forget the pair
            return max(0, int(left + 0.999))

    def failed(self, name: str, address: str) -> int:
        """Record a failure; returns the failures counted for this pair."""
        with self._lock:
            key = self._key(name, address)
            st = self._state.setdefault(key, _State(0, 0.0))
            st.failures += 1
            st.last = self.clock()
            if len(self._state) > 50_000:  # bound memory under a spray of names
                oldest = sorted(self._state, key=lambda k: self._state[k].last)[:10_000]
                for k in oldest:
                    del self._state[k]
            return st.failures

    def succeeded(self, name: str, address: str) -> None:
        with self._lock:
            self._state.pop(self._key(name, address), None)
