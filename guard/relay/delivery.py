"""Talking to the upstream mail server (blocking smtplib; the relay calls it from threads).

An UpstreamTransaction mirrors the client's transactions proxy-style: MAIL and each RCPT are
forwarded when the client sends them, so the client gets the upstream's answer per
recipient, and DATA is forwarded after the check. Any trouble becomes a 4xx Reply, so the
sender keeps the message: a broken connection never turns into a lost message.

The relay keeps one upstream connection per client connection and reuses it for the
client's next message (connect, EHLO, STARTTLS and AUTH once, not per message). A reused
connection the upstream has meanwhile dropped is noticed at MAIL, before anything of the
message was sent, and replaced by a new one; DATA is never retried.
"""

from __future__ import annotations

import functools
import logging
import re
import smtplib
import socket
import ssl
from dataclasses import dataclass, field

from guard import metrics
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


@functools.cache
def _fqdn() -> str:
    return socket.getfqdn()  # may ask the resolver: once per process, not once per connection


def _passed_on(smtp: smtplib.SMTP, mail_options) -> list[str]:
    """The client's MAIL options guard repeats upstream: BODY=8BITMIME and SMTPUTF8, if the
    upstream has them (without SMTPUTF8 upstream a non-ASCII address gets NEEDS_SMTPUTF8)."""
    wanted = {"BODY=8BITMIME": "8bitmime", "SMTPUTF8": "smtputf8"}
    return [o for o in mail_options if o.upper() in wanted and smtp.has_extn(wanted[o.upper()])]


class UpstreamTransaction:
    """MAIL transactions on one upstream connection, one after another. Not thread-safe: one
    caller at a time."""

    def __init__(self, cfg: UpstreamConfig):
        self.cfg = cfg
        self.smtp: smtplib.SMTP | None = None
        self.accepted: list[str] = []
        self.refused: dict[str, Reply] = {}
        self.open_transaction = False  # MAIL sent and DATA not answered: RSET before the next MAIL

    def _connect(self) -> smtplib.SMTP:
        cfg = self.cfg
        local = cfg.helo_name or _fqdn()
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
        """Send MAIL FROM, on the connection of the previous transaction if it is still good,
        else on a new one. Connection or TLS or AUTH trouble: a 4xx Reply."""
        self.accepted, self.refused = [], {}
        if self.smtp is not None:
            reply = self._mail_on_kept_connection(mail_from, mail_options)
            if reply is not None:
                return reply
        try:
            self.smtp = self._connect()
        except smtplib.SMTPAuthenticationError as e:
            log.error("upstream %s refused guard's credentials: %s %s", self.cfg.address, e.smtp_code,
                      _text(e.smtp_error))
            metrics.UPSTREAM_ERRORS.labels("auth").inc()
            return Reply.ours(replies.UPSTREAM_UNAVAILABLE)
        except (OSError, smtplib.SMTPException, ssl.SSLError) as e:
            log.warning("upstream %s unavailable: %s", self.cfg.address, e)
            metrics.UPSTREAM_ERRORS.labels("unreachable").inc()
            return Reply.ours(replies.UPSTREAM_UNAVAILABLE)
        return self._mail(mail_from, mail_options)

    def _mail(self, mail_from: str, mail_options) -> Reply:
        reply = self._call(lambda s: s.mail(mail_from, _passed_on(s, mail_options)))
        self.open_transaction = reply.ok
        return reply

    def _mail_on_kept_connection(self, mail_from: str, mail_options) -> Reply | None:
        """MAIL on the kept connection; None when a new connection should try instead.

        That is when the kept one is gone (dropped, 421 after an idle timeout) or answers 4xx
        (some smart hosts limit messages per connection): nothing of the message was sent yet.
        """
        smtp = self.smtp
        assert smtp is not None
        try:
            if self.open_transaction:
                self.open_transaction = False
                smtp.rset()  # the last transaction ended before DATA (held, blocked, refused)
            code, resp = smtp.mail(mail_from, _passed_on(smtp, mail_options))
        except UnicodeEncodeError:  # nothing was sent: smtplib encodes the command first
            return Reply.ours(replies.NEEDS_SMTPUTF8)
        except smtplib.SMTPResponseException as e:
            code, resp = e.smtp_code, e.smtp_error
        except (OSError, smtplib.SMTPException):
            code, resp = 421, b"connection lost"
        if 400 <= code < 500:
            self.close()
            return None
        self.open_transaction = 200 <= code < 300
        return Reply(code, _text(resp))

    def rcpt(self, address: str) -> Reply:
        reply = self._call(lambda s: s.rcpt(address))
        if reply.ok:
            self.accepted.append(address)
        else:
            self.refused[address] = reply
        return reply

    def data(self, content: bytes) -> Reply:
        """Send the message; the upstream's final answer (a lost connection is a 4xx: we cannot know)."""
        answered = False

        def send(smtp: smtplib.SMTP):
            nonlocal answered
            result = smtp.data(content)  # raises if DATA itself is refused: MAIL and RCPT then still stand
            answered = True
            return result

        reply = self._call(send)
        if answered:
            self.open_transaction = False
        return reply

    def _call(self, fn) -> Reply:
        if self.smtp is None:
            return Reply.ours(replies.UPSTREAM_LOST)
        try:
            code, resp = fn(self.smtp)
            return Reply(code, _text(resp))
        except smtplib.SMTPResponseException as e:  # e.g. DATA refused before 354
            return Reply(e.smtp_code, _text(e.smtp_error))
        except UnicodeEncodeError:  # a non-ASCII address, and the upstream has no SMTPUTF8
            return Reply.ours(replies.NEEDS_SMTPUTF8)
        except (OSError, smtplib.SMTPException) as e:
            log.warning("upstream %s connection lost: %s", self.cfg.address, e)
            metrics.UPSTREAM_ERRORS.labels("connection_lost").inc()
            self.close()
            return Reply.ours(replies.UPSTREAM_LOST)

    def close(self) -> None:
        """QUIT (or just drop) the connection; an open transaction is abandoned by the upstream."""
        self.open_transaction = False
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
    def complete(self) -> bool:
        """Every recipient got the message (none deferred or refused)."""
        return self.delivered and not self.refused

    def remaining(self, rcpts: list[str]) -> list[str]:
        """Of `rcpts`, those a later delivery should still try: not accepted now and not refused
        for good (a 5xx recipient is reported, not retried). Each once, in their order."""
        done = set(self.accepted) | {r for r, rep in self.refused.items() if not rep.ok and not rep.temporary}
        return list(dict.fromkeys(r for r in rcpts if r not in done))

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


_LINE_END = re.compile(rb"\r\n|\n|\r(?!\n)")


def crlf(content: bytes) -> bytes:
    """Every line ending as CRLF, as SMTP requires (a stored message may have bare LF or CR).

    smtplib leaves bytes as they are: a message with bare LF line ends reaches the upstream
    as one long line ("500 Line too long"). Dot-stuffing stays smtplib's job.
    """
    if b"\n" not in content.replace(b"\r\n", b"") and b"\r" not in content.replace(b"\r\n", b""):
        return content
    return _LINE_END.sub(b"\r\n", content)


def deliver(cfg: UpstreamConfig, mail_from: str, rcpts: list[str], content: bytes) -> DeliveryResult:
    """One whole transaction of a stored message (line ends made CRLF). Recipients refused
    permanently are reported, not retried."""
    content = crlf(content)
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
