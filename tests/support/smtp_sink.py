"""A real receiving SMTP server for tests: the upstream of the relay and of the console's
release, told to fail on demand.

    with Sink() as sink:                      # or the `sink` fixture of tests/conftest.py
        sink.rcpt_replies["bad@x.example"] = "550 5.1.1 No such user"
        sink.data_reply = "451 4.3.0 Try later"
        sink.next_mail_replies.append("421 4.7.0 Too many messages")  # the next MAIL only
        ... sink.messages -> [Received(mail_from, rcpts, content)], sink.connections

Like Mailman's testing/mta.py: an aiosmtpd server on 127.0.0.1 (port 0, so never a taken
port) in its own thread with its own event loop.
"""

from __future__ import annotations

import asyncio
import threading
from dataclasses import dataclass

from aiosmtpd.smtp import SMTP


@dataclass(frozen=True)
class Received:
    mail_from: str
    rcpts: tuple[str, ...]
    content: bytes


class _Handler:
    def __init__(self, sink: Sink):
        self.sink = sink

    async def handle_MAIL(self, server, session, envelope, address, options):
        if self.sink.next_mail_replies:
            return self.sink.next_mail_replies.pop(0)
        if self.sink.mail_reply:
            return self.sink.mail_reply
        envelope.mail_from = address
        return "250 2.1.0 Sender ok"

    async def handle_RCPT(self, server, session, envelope, address, options):
        reply = self.sink.rcpt_replies.get(address.lower())
        if reply:
            return reply
        envelope.rcpt_tos.append(address)
        return "250 2.1.5 Recipient ok"

    async def handle_DATA(self, server, session, envelope):
        if self.sink.data_delay:
            await asyncio.sleep(self.sink.data_delay)
        if self.sink.data_reply:
            return self.sink.data_reply
        with self.sink.lock:
            self.sink.messages.append(Received(envelope.mail_from, tuple(envelope.rcpt_tos),
                                               envelope.original_content))
            n = len(self.sink.messages)
        return f"250 2.0.0 Ok: queued as SINK{n}"


class Sink:
    def __init__(self, host: str = "127.0.0.1"):
        self.host = host
        self.port = 0
        self.messages: list[Received] = []
        self.mail_reply: str | None = None
        self.next_mail_replies: list[str] = []  # answers to the next MAIL commands, one each
        self.rcpt_replies: dict[str, str] = {}  # by lower-case address
        self.data_reply: str | None = None  # e.g. "451 4.3.0 Try later": refuse every message
        self.data_delay: float = 0.0
        self.lock = threading.Lock()
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="sink", daemon=True)
        self._server = None
        self._protocols: list[SMTP] = []

    def start(self) -> Sink:
        self._thread.start()

        async def up():
            handler = _Handler(self)
            loop = asyncio.get_running_loop()

            def protocol():
                p = SMTP(handler, hostname="sink.test", data_size_limit=None, loop=loop)
                self._protocols.append(p)
                return p

            self._server = await loop.create_server(protocol, self.host, 0)
            return self._server.sockets[0].getsockname()[1]

        self.port = asyncio.run_coroutine_threadsafe(up(), self._loop).result(10)
        return self

    def stop(self) -> None:
        """Stop listening and drop every connection (idempotent)."""
        if not self._thread.is_alive():
            return

        async def down():
            self._server.close()
            self._close_connections()

        asyncio.run_coroutine_threadsafe(down(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)

    @property
    def connections(self) -> int:
        """How many connections were made to the sink so far."""
        return len(self._protocols)

    def drop_connections(self) -> None:
        """Close every open connection (as an idle timeout would) and keep listening."""

        async def drop():
            self._close_connections()

        asyncio.run_coroutine_threadsafe(drop(), self._loop).result(10)

    def _close_connections(self) -> None:
        for p in self._protocols:
            if p.transport is not None:
                p.transport.close()

    @property
    def address(self) -> str:
        return f"{self.host}:{self.port}"

    def find(self, needle: bytes) -> list[Received]:
        with self.lock:
            return [m for m in self.messages if needle in m.content]

    def __enter__(self) -> Sink:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
