"""The listening relay: aiosmtpd's SMTP protocol with guard's handler, limits, TLS and AUTH.

RelayServer runs inside an asyncio loop (`guard serve`); RelayThread runs one in a
background thread (tests, the benchmark) the way aiosmtpd's Controller does.
"""

from __future__ import annotations

import asyncio
import logging
import re
import socket
import ssl
import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

from aiosmtpd.smtp import MISSING, SMTP, AuthResult
from sqlalchemy import update

from guard.errors import StoreError, cannot_listen
from guard.relay import replies
from guard.relay.auth import MAX_FAILURES, UsersAuthenticator, load_users
from guard.relay.checking import CheckPool
from guard.relay.config import RelaySettings
from guard.relay.handler import GuardHandler, source_routed
from guard.relay.logwriter import LogWriter
from guard.store import schema
from guard.store.db import Store, utcnow

log = logging.getLogger("guard.relay")


END_OF_DATA = b"\r\n.\r\n"
BARE_CR = re.compile(rb"\r(?!\n)")
BARE_LF = re.compile(rb"(?<!\r)\n")


def has_bare_cr(data: bytes) -> bool:
    """A CR not followed by LF: some MTAs take it as a line end, so `\r.\r\n` could end the
    message there and smuggle a second one past the check (SMTP smuggling). Refused."""
    return BARE_CR.search(data) is not None


def bare_lf_to_crlf(data: bytes) -> bytes:
    """Every LF not after a CR made CRLF (as Postfix's smtpd_forbid_bare_newline=normalize), so
    the message checked is byte for byte the message the upstream receives."""
    return BARE_LF.sub(b"\r\n", data) if BARE_LF.search(data) else data


def unstuff(data: bytes | bytearray) -> bytes:
    """Undo SMTP dot-stuffing (RFC 5321 4.5.2): one leading dot off every line that has one."""
    data = bytes(data)
    if data.startswith(b"."):
        data = data[1:]
    return data.replace(b"\r\n.", b"\r\n")


def longest_line(data: bytes) -> int:
    """The longest CRLF-delimited line, without its CRLF."""
    return max(map(len, data.split(b"\r\n")), default=0)


class GuardSMTP(SMTP):
    """aiosmtpd's SMTP with a block-wise DATA reader, enhanced status codes on every reply
    (RFC 2034), XFORWARD from trusted hosts, a 421 before an idle client is dropped and a
    disconnect hook."""

    def __init__(self, handler: GuardHandler, *, too_big: str, **kwargs):
        super().__init__(handler, **kwargs)
        self._too_big = too_big
        self._pending_auth: tuple | None = None
        self._ehlo_reply = False  # the answer to EHLO/HELO carries no enhanced codes (RFC 2034)

    async def smtp_EHLO(self, hostname: str) -> None:
        self._ehlo_reply = True
        try:
            await super().smtp_EHLO(hostname)
        finally:
            self._ehlo_reply = False
        if self.session is not None:
            self.session.guard_xforward = {}

    async def smtp_HELO(self, hostname: str) -> None:
        self._ehlo_reply = True
        try:
            await super().smtp_HELO(hostname)
        finally:
            self._ehlo_reply = False
        if self.session is not None:
            self.session.guard_xforward = {}

    for _name in ("smtp_EHLO", "smtp_HELO"):
        for _attr in ("__smtp_syntax__", "__smtp_syntax_extended__", "__smtp_syntax_when__"):
            setattr(locals()[_name], _attr, getattr(getattr(SMTP, _name), _attr, None))
    del _name

    async def smtp_XFORWARD(self, arg: str | None) -> None:
        """Postfix's XFORWARD (www.postfix.org/XFORWARD_README.html): the original client's name,
        address, HELO ... for the log, from the hosts in [relay] xforward_hosts only."""
        handler: GuardHandler = self.event_handler
        if self.session is None or not handler.xforward_allowed(self.session):
            await self.push(replies.XFORWARD_DENIED)
            return
        if self.envelope is not None and self.envelope.mail_from:
            await self.push(replies.XFORWARD_IN_MAIL)
            return
        attrs = parse_xforward(arg or "")
        if attrs is None:
            await self.push(replies.XFORWARD_SYNTAX)
            return
        self.session.guard_xforward = {**getattr(self.session, "guard_xforward", {}), **attrs}
        await self.push(replies.XFORWARD_OK)

    def _timeout_cb(self):
        """An idle client hears why it is dropped (421 4.4.2), as Postfix's smtpd says it."""
        try:
            if self.transport is not None and not self.transport.is_closing():
                self.transport.write((replies.IDLE.format(hostname=self.hostname) + "\r\n").encode("ascii"))
        except (OSError, RuntimeError):
            pass
        super()._timeout_cb()

    def _authenticate(self, mechanism: str, auth_data) -> AuthResult:
        """Only note the credentials: smtp_AUTH verifies them in a thread (scrypt is ~50 ms of
        CPU, which would stall every other connection on the event loop)."""
        self._pending_auth = (mechanism, auth_data)
        return AuthResult(success=False, handled=True)  # handled: aiosmtpd answers nothing itself

    async def smtp_AUTH(self, arg: str) -> None:
        """aiosmtpd's AUTH with the password check off the loop and MAX_FAILURES per connection."""
        self._pending_auth = None
        await super().smtp_AUTH(arg)
        pending, self._pending_auth = self._pending_auth, None
        if pending is None or self.session is None or self.envelope is None:
            return  # aiosmtpd has answered (a syntax error, a cancelled exchange ...)
        session = self.session
        result: AuthResult = await asyncio.to_thread(self._authenticator, self, session, self.envelope, *pending)
        if result.success:
            session.authenticated = True
            session.auth_data = result.auth_data
            session.login_data = getattr(result.auth_data, "login", result.auth_data)
            await self.push(replies.AUTH_OK)
            return
        session.guard_auth_failures = getattr(session, "guard_auth_failures", 0) + 1
        if session.guard_auth_failures < MAX_FAILURES:
            await self.push(replies.AUTH_FAILED)
            return
        log.warning("closing the connection from %s after %d failed AUTH attempts", session.peer[0],
                    session.guard_auth_failures)
        await self.push(replies.AUTH_TOO_MANY)
        assert self._handler_coroutine is not None and self.transport is not None
        self._handler_coroutine.cancel()
        self.transport.close()

    for _attr in ("__smtp_syntax__", "__smtp_syntax_extended__", "__smtp_syntax_when__"):
        setattr(smtp_AUTH, _attr, getattr(SMTP.smtp_AUTH, _attr, None))

    async def push(self, status):
        if isinstance(status, str):
            if status.startswith(replies.AIOSMTPD_TOO_BIG):
                status = self._too_big  # aiosmtpd's "552 Error: Too much mail data" and SIZE= refusal
            elif not self._ehlo_reply:
                status = replies.enhanced(status)
        await super().push(status)

    def connection_lost(self, error):
        session = self.session
        super().connection_lost(error)
        if session is not None:
            session.guard_gone = True  # an upstream connection handed back after DATA is closed, not kept
            if getattr(session, "guard_upstream", None) is not None:
                self.loop.create_task(self.event_handler.disconnected(session))

    async def smtp_RCPT(self, arg: str | None) -> None:
        """aiosmtpd's RCPT, refusing a source route (`<@a,@b:user@c>`) aiosmtpd would silently drop."""
        if arg is not None and source_routed(arg) and self.envelope is not None and self.envelope.mail_from:
            log.warning("refused source-routed recipient %r", arg[:200])
            await self.push(replies.ROUTED_RCPT)
            return
        await super().smtp_RCPT(arg)

    for _attr in ("__smtp_syntax__", "__smtp_syntax_extended__", "__smtp_syntax_when__"):
        setattr(smtp_RCPT, _attr, getattr(SMTP.smtp_RCPT, _attr, None))
    del _attr

    async def smtp_DATA(self, arg: str) -> None:
        """aiosmtpd's DATA with the same replies, reading the message in blocks instead of lines.

        aiosmtpd awaits one readuntil() per line (a 20 KB mail is ~250 of them); this reads
        whatever has arrived, looks for CRLF.CRLF, and checks the line-length and size limits on
        the whole message afterwards: same answers, a fraction of the event loop's time.
        """
        if await self.check_helo_needed() or await self.check_auth_needed("DATA"):
            return
        assert self.envelope is not None
        if not self.envelope.rcpt_tos:
            await self.push(replies.NEED_RCPT)
            return
        if arg:
            await self.push(replies.DATA_SYNTAX)
            return
        await self.push(replies.START_DATA)
        try:
            data, size = await self._read_data()
        except asyncio.CancelledError:
            log.info("connection lost during DATA")
            self._writer.close()
            raise
        if data is None:  # the client hung up mid-message
            return
        self._reset_timeout()  # the check and the delivery are guard's time, not the client's idling
        if self.data_size_limit and size > self.data_size_limit:
            await self.push(self._too_big)
        elif has_bare_cr(data):
            log.warning("refused a message with a bare CR from %s", self.session.peer[0] if self.session else "?")
            await self.push(replies.BARE_CR)
        elif longest_line(content := bare_lf_to_crlf(unstuff(data))) > self.line_length_limit - 2:
            # unstuffed by the wire's CRLF lines first, then bare LFs made CRLF (lines the
            # upstream will see): smtplib stuffs again on the way out, so no line the client
            # sent becomes the end of data upstream
            await self.push(replies.LINE_TOO_LONG)
        else:
            self.envelope.content = self.envelope.original_content = content
            status = await self._call_handler_hook("DATA")
            self._set_post_data_state()
            await self.push(replies.OK if status is MISSING else status)
            return
        self._set_post_data_state()

    async def _read_data(self) -> tuple[bytes | None, int]:
        """The dot-stuffed message up to (not including) the final ".CRLF", and its size.

        Beyond data_size_limit the bytes are counted and dropped (the terminator is still looked
        for, so the 552 comes after the whole message, as RFC 5321 4.2.5 implies). Bytes after
        the terminator (a client pipelining its next command) are handed back to the reader.
        """
        reader = self._reader
        limit = self.data_size_limit
        buf = bytearray(b"\r\n")  # the CRLF that ended the DATA line: ".CRLF" may come first
        dropped = 0  # bytes counted but not kept (over the size limit)
        searched = 0
        while True:
            chunk = await reader.read(1 << 20)  # whatever has arrived (the reader holds at most ~256 KB)
            if not chunk:
                return None, 0
            self._reset_timeout()  # client_timeout counts silence: a slow sender still sending is not idle
            buf += chunk
            end = buf.find(END_OF_DATA, max(0, searched - 4))
            if end >= 0:
                rest = bytes(buf[end + 5:])
                if rest:
                    reader.feed_data(rest)  # the buffer is empty now, so this keeps the stream's order
                size = dropped + end
                return (b"" if dropped else bytes(buf[2:end + 2])), size
            searched = len(buf)
            if limit and dropped + len(buf) - 2 > limit + 4:
                dropped += len(buf) - 6  # keep the last 4 bytes: CRLF.CRLF may straddle the next block
                del buf[2:-4]
                searched = len(buf)


XFORWARD_ATTRS = {"NAME", "ADDR", "PORT", "PROTO", "HELO", "IDENT", "SOURCE"}
_XTEXT = re.compile(r"\+([0-9A-Fa-f]{2})")


def parse_xforward(arg: str) -> dict[str, str] | None:
    """ "NAME=mail.example ADDR=192.0.2.7" -> {"name": ..., "addr": ...}; None when malformed.
    Values are xtext (RFC 3461); [UNAVAILABLE] and [TEMPUNAVAIL] mean the MTA does not know."""
    out: dict[str, str] = {}
    for item in arg.split():
        key, sep, value = item.partition("=")
        if not sep or key.upper() not in XFORWARD_ATTRS:
            return None
        value = _XTEXT.sub(lambda m: chr(int(m.group(1), 16)), value)
        if value.upper() in ("[UNAVAILABLE]", "[TEMPUNAVAIL]"):
            value = ""
        out[key.lower()] = replies.reply_text(value, limit=255)
    return out or None


def sweep_interrupted(store: Store, older_than: timedelta) -> int:
    """Rows left 'delivering' by a relay that died before its client heard an answer.

    Their senders got no 250, so they still own (and will resend) those messages.
    """
    M = schema.CheckedMessage
    cutoff = (utcnow() - older_than).replace(tzinfo=None)
    q = (update(M).where(M.status == "delivering", M.source == "relay", M.status_at < cutoff)
         .values(status="tempfail", status_at=utcnow(),
                 detail="the relay stopped before it answered the sender, who still owns the message"))
    with store.session() as s:
        return s.execute(q).rowcount or 0


class RelayServer:
    def __init__(self, settings: RelaySettings, store: Store, pool: CheckPool, *, notifier=None):
        self.settings, self.store, self.pool = settings, store, pool
        self.io = ThreadPoolExecutor(settings.io_threads, thread_name_prefix="guard-io")
        self.writer = LogWriter(store)
        users = load_users(settings.auth_users_file) if settings.auth_users_file else None
        self.authenticator = UsersAuthenticator(users) if users is not None else None
        self.handler = GuardHandler(settings, store, pool, self.io, self.writer,
                                    auth_enabled=self.authenticator is not None)
        self.handler.notifier = notifier  # the sender's notice of held/blocked mail (guard.notify), or None
        self.tls_context: ssl.SSLContext | None = None
        if settings.tls_enabled:
            self.tls_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            self.tls_context.load_cert_chain(str(settings.tls_cert), str(settings.tls_key))
        self._server: asyncio.base_events.Server | None = None
        self.address: tuple[str, int] | None = None
        # aiosmtpd would call socket.getfqdn() (the resolver, on the event loop) per connection
        self.hostname = settings.hostname or socket.getfqdn()

    def _factory(self) -> GuardSMTP:
        s = self.settings
        kwargs: dict = {}
        if self.authenticator is not None:
            kwargs["authenticator"] = self.authenticator
        return GuardSMTP(
            self.handler, too_big=replies.TOO_BIG.format(limit=s.max_message_size),
            data_size_limit=s.max_message_size, hostname=self.hostname, ident="guard",
            tls_context=self.tls_context, require_starttls=s.require_tls, timeout=s.client_timeout,
            auth_require_tls=True, enable_SMTPUTF8=True, loop=asyncio.get_running_loop(), **kwargs)

    async def start(self) -> tuple[str, int]:
        """Listen; returns the bound (host, port) (port 0 in the settings picks a free one)."""
        try:
            swept = await asyncio.get_running_loop().run_in_executor(
                self.io, sweep_interrupted, self.store, timedelta(seconds=self.settings.client_timeout * 2))
        except StoreError as e:  # the store may come back; until then every message gets a 4xx
            log.error("the store is unavailable at start-up: %s", e)
            swept = 0
        if swept:
            log.warning("%d message(s) were left in flight by an earlier run; their senders still own them", swept)
        try:
            self._server = await asyncio.get_running_loop().create_server(
                self._factory, host=self.settings.listen_host, port=self.settings.listen_port)
        except OSError as e:
            host = self.settings.listen_host
            raise cannot_listen(f"[{host}]:{self.settings.listen_port}" if ":" in host
                                else f"{host}:{self.settings.listen_port}", e) from None
        if any(net.prefixlen == 0 for net in self.settings.allow_networks):
            log.warning("allow_networks contains %s: every client that can reach %s may relay (an open relay "
                        "unless a firewall stops them)", [str(n) for n in self.settings.allow_networks if n.prefixlen == 0],
                        self.settings.listen_host)
        sock = self._server.sockets[0].getsockname()
        self.address = (sock[0], sock[1])
        log.info("guard relay listening on %s:%d, upstream %s", sock[0], sock[1], self.settings.upstream.address)
        return self.address

    async def stop(self, grace: float = 30.0) -> None:
        """Stop listening, let transactions in DATA finish (up to `grace` seconds), release threads."""
        if self._server is not None:
            self._server.close()
        loop = asyncio.get_running_loop()
        deadline = loop.time() + grace
        while self.handler.in_flight and loop.time() < deadline:
            await asyncio.sleep(0.05)
        self.io.shutdown(wait=False, cancel_futures=True)
        await loop.run_in_executor(None, self.writer.close)
        log.info("guard relay stopped")


class RelayThread:
    """A RelayServer on its own loop in a daemon thread: `with RelayThread(...) as (host, port): ...`."""

    def __init__(self, settings: RelaySettings, store: Store, pool: CheckPool, *, notifier=None):
        self.server = RelayServer(settings, store, pool, notifier=notifier)
        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self.loop.run_forever, name="guard-relay", daemon=True)

    def start(self) -> tuple[str, int]:
        self._thread.start()
        return asyncio.run_coroutine_threadsafe(self.server.start(), self.loop).result(30)

    def stop(self) -> None:
        asyncio.run_coroutine_threadsafe(self.server.stop(grace=5), self.loop).result(30)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(10)

    def __enter__(self) -> tuple[str, int]:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
