"""A free port on 127.0.0.1 for servers that must be told their port before they start."""

from __future__ import annotations

import socket


def free_port() -> int:
    """A port nothing listens on right now (another process may still take it before you bind)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]
