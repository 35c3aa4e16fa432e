"""A real SMTP server (aiosmtpd Controller on a free 127.0.0.1 port): the relay's upstream
in the console's release tests. `data_reply` makes it refuse, like a failing upstream."""

from __future__ import annotations

import socket
import threading
from dataclasses import dataclass

from aiosmtpd.controller import Controller


@dataclass(frozen=True)
class Received:
    mail_from: str
    rcpts: tuple[str, ...]
    content: bytes


class SinkHandler:
    def __init__(self):
        self.messages: list[Received] = []
        self.data_reply: str | None = None
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):
        if self.data_reply:
            return self.data_reply
        with self.lock:
            self.messages.append(Received(envelope.mail_from, tuple(envelope.rcpt_tos), envelope.original_content))
            return f"250 2.0.0 Ok: queued as SINK{len(self.messages)}"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class SmtpSink:
    def __init__(self):
        self.handler = SinkHandler()
        self.controller = Controller(self.handler, hostname="127.0.0.1", port=free_port())

    @property
    def port(self) -> int:
        return self.controller.port

    @property
    def messages(self) -> list[Received]:
        return self.handler.messages

    def __enter__(self) -> SmtpSink:
        self.controller.start()
        return self

    def __exit__(self, *exc) -> None:
        self.controller.stop()
