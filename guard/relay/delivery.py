"""Talking to the upstream mail server (blocking smtplib; the relay calls it from threads).

An UpstreamTransaction mirrors one client transaction proxy-style: MAIL and each RCPT are
forwarded when the client sends them, so the client gets the upstream's answer per
recipient, and DATA is forwarded after the check. Any trouble becomes a 4xx Reply, so the
sender keeps the message: a broken connection never turns into a lost message.
"""

from __future__ import annotations

import logging
import smtplib
import socket
import ssl
from dataclasses import dataclass, field

from guard.relay import replies
from guard.relay.config import UpstreamConfig

log = logging.getLogger("guard.relay")


@dataclass(frozen=True)
class Reply:
    code: int
    text: str

    @property
    def ok(self) -> bool:
        return 200 <= self.code < 300

    @property
    def temporary(self) -> bool:
        return 400 <= self.code < 500

    def line(self) -> str:
        return replies.upstream(self.code, self.text)

    @classmethod
    def ours(cls, reply: str) -> Reply:
        return cls(replies.code_of(reply), reply[4:])


def _tls_context(cfg: UpstreamConfig) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=cfg.ca_file)
    if not cfg.tls_verify:
        ctx.check_hostname = False
        ctx.verify_mode = ssl.CERT_NONE
    return ctx


def _text(resp) -> str:
    return resp.decode("utf-8", "replace") if isinstance(resp, bytes) else str(resp)


class UpstreamTransaction:
    """One MAIL transaction on its own upstream connection. Not thread-safe: one caller at a time."""

    def __init__(self, cfg: UpstreamConfig):
        self.cfg = cfg
        self.smtp: smtplib.SMTP | None = None
        self.accepted: list[str] = []
        self.refused: dict[str, Reply] = {}

    def _connect(self) -> smtplib.SMTP:
        cfg = self.cfg
        local = cfg.helo_name or socket.getfqdn()
        if cfg.tls == "implicit":
            smtp: smtplib.SMTP = smtplib.SMTP_SSL(cfg.host, cfg.port, local_hostname=local, timeout=cfg.timeout,
                                                  context=_tls_context(cfg))
        else:
            smtp = smtplib.SMTP(cfg.host, cfg.port, local_hostname=local, timeout=cfg.timeout)
        try:
            smtp.ehlo()
            if cfg.tls == "starttls":
                smtp.starttls(context=_tls_context(cfg))
                smtp.ehlo()
            if cfg.user:
                smtp.login(cfg.user, cfg.password or "")
        except BaseException:
            _quietly_close(smtp)
            raise
        return smtp

    def open(self, mail_from: str, mail_options: list[str] | tuple[str, ...] = ()) -> Reply:
        """Connect and send MAIL FROM. Connection or TLS or AUTH trouble: a 4xx Reply."""
        try:
            self.smtp = self._connect()
        except smtplib.SMTPAuthenticationError as e:
            log.error("upstream %s refused guard's credentials: %s %s", self.cfg.address, e.smtp_code,
                      _text(e.smtp_error))
            return Reply.ours(replies.UPSTREAM_UNAVAILABLE)
        except (OSError, smtplib.SMTPException, ssl.SSLError) as e:
            log.warning("upstream %s unavailable: %s", self.cfg.address, e)
            return Reply.ours(replies.UPSTREAM_UNAVAILABLE)
        opts = [o for o in mail_options if o.upper() == "BODY=8BITMIME" and self.smtp.has_extn("8bitmime")]
        return self._call(lambda s: s.mail(mail_from, opts))

    def rcpt(self, address: str) -> Reply:
        reply = self._call(lambda s: s.rcpt(address))
        if reply.ok:
            self.accepted.append(address)
        else:
            self.refused[address] = reply
        return reply

    def data(self, content: bytes) -> Reply:
        """Send the message; the upstream's final answer (a lost connection is a 4xx: we cannot know)."""
        return self._call(lambda s: s.data(content))

    def _call(self, fn) -> Reply:
        if self.smtp is None:
            return Reply.ours(replies.UPSTREAM_LOST)
        try:
            code, resp = fn(self.smtp)
            return Reply(code, _text(resp))
        except smtplib.SMTPResponseException as e:  # e.g. DATA refused before 354
            return Reply(e.smtp_code, _text(e.smtp_error))
        except (OSError, smtplib.SMTPException) as e:
            log.warning("upstream %s connection lost: %s", self.cfg.address, e)
            self.close()
            return Reply.ours(replies.UPSTREAM_LOST)

    def close(self) -> None:
        """QUIT (or just drop) the connection; an open transaction is abandoned by the upstream."""
        if self.smtp is not None:
            smtp, self.smtp = self.smtp, None
            try:
                smtp.quit()
            except (OSError, smtplib.SMTPException):
                _quietly_close(smtp)


def _quietly_close(smtp: smtplib.SMTP) -> None:
    try:
        smtp.close()
    except OSError:
        pass


@dataclass(frozen=True)
class DeliveryResult:
    """What happened to one delivery of a stored message (quarantine release)."""

    reply: Reply  # the upstream's answer to DATA, or the first failure
    accepted: tuple[str, ...] = ()
    refused: dict[str, Reply] = field(default_factory=dict)

    @property
    def delivered(self) -> bool:
        return self.reply.ok and bool(self.accepted)

    @property
    def temporary(self) -> bool:
        """Nothing was delivered and trying again later may work."""
        if self.delivered:
            return False
        return self.reply.temporary or any(r.temporary for r in self.refused.values())

    def describe(self) -> str:
        parts = [f"upstream: {self.reply.line()}"]
        if self.delivered:
            parts.insert(0, "delivered to " + ", ".join(self.accepted))
        parts += [f"refused {rcpt}: {r.line()}" for rcpt, r in self.refused.items()]
        return "; ".join(parts)


def deliver(cfg: UpstreamConfig, mail_from: str, rcpts: list[str], content: bytes) -> DeliveryResult:
    """One whole transaction. Recipients refused permanently are reported, not retried."""
    tx = UpstreamTransaction(cfg)
    try:
        reply = tx.open(mail_from)
        if not reply.ok:
            return DeliveryResult(reply)
        for rcpt in rcpts:
            r = tx.rcpt(rcpt)
            if r.code == replies.code_of(replies.UPSTREAM_LOST) and tx.smtp is None:
                return DeliveryResult(r, (), dict(tx.refused))
        if not tx.accepted:
            first = next(iter(tx.refused.values()), Reply(554, "no recipients"))
            return DeliveryResult(first, (), dict(tx.refused))
        reply = tx.data(content)
        return DeliveryResult(reply, tuple(tx.accepted) if reply.ok else (), dict(tx.refused))
    finally:
        tx.close()
