"""The aiosmtpd handler: who may relay, proxy-style recipients, and what each verdict does.

Failure semantics (DESIGN.md): 250 only after the upstream accepted the message or the
store committed it; anything guard cannot do right now is a 4xx so the sender keeps the
message. Recipients are forwarded to the upstream at RCPT time (like Postfix's
smtpd_proxy_filter), so a recipient the upstream refuses is refused to our client at once
with the upstream's own code, and DATA's answer is the upstream's for the rest. Each client
connection keeps its upstream connection for its next message (see guard.relay.delivery).
"""

from __future__ import annotations

import asyncio
import ipaddress
import logging
from concurrent.futures import ThreadPoolExecutor

from sqlalchemy.exc import SQLAlchemyError

from guard.errors import StoreError
from guard.policy.verdict import Verdict
from guard.relay import msglog, replies
from guard.relay.checking import CheckCrashed, CheckOutcome, CheckPool, CheckTimeout
from guard.relay.config import RelaySettings
from guard.relay.delivery import Reply, UpstreamTransaction
from guard.relay.headers import add_flag_headers, strip_guard_headers
from guard.relay.logwriter import LogWriter
from guard.relay.quarantine import held_duplicate
from guard.store.db import Store

log = logging.getLogger("guard.relay")

DELIVERED_STATUS = {"pass": "delivered", "flag": "flagged"}


def client_of(session) -> str:
    """ "name[address]" of the client that sent the message: the one Postfix names in XFORWARD
    (from a host in xforward_hosts), else the connection's own peer."""
    xf = getattr(session, "guard_xforward", None) or {}
    peer = session.peer[0] if isinstance(session.peer, tuple) and session.peer else str(session.peer or "")
    if xf.get("addr") or xf.get("name"):
        return f"{xf.get('name') or 'unknown'}[{xf.get('addr') or '?'}] via {peer}"
    return f"{getattr(session, 'host_name', None) or 'unknown'}[{peer}]"


def routed(address: str) -> bool:
    """A recipient another MTA may route elsewhere than its domain says: `user%other@here`
    (percent hack) or `other!user@here` (bang path). The engine would judge it as a mailbox at
    `here` (maybe internal) while the upstream may deliver it outside."""
    local = address.rpartition("@")[0] if "@" in address else address
    return "%" in local or "!" in local


def source_routed(rcpt_arg: str) -> bool:
    """`TO:<@a,@b:user@c>`: an RFC 821 source route (aiosmtpd drops the route, the upstream may not)."""
    arg = rcpt_arg.strip()
    if arg[:3].upper() == "TO:":
        arg = arg[3:].lstrip()
    return arg.startswith("<@") or arg.startswith("@")


def _peer_in(session, networks) -> bool:
    try:
        ip = ipaddress.ip_address(str(session.peer[0]).split("%")[0])
    except (ValueError, TypeError, IndexError):
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return any(ip in net for net in networks if net.version == ip.version)


class GuardHandler:
    """One instance serves every connection; per-transaction state lives on the aiosmtpd session."""

    def __init__(self, settings: RelaySettings, store: Store, pool: CheckPool, io: ThreadPoolExecutor,
                 writer: LogWriter, *, auth_enabled: bool = False):
        self.settings, self.store, self.pool, self.io, self.writer = settings, store, pool, io, writer
        self.auth_enabled = auth_enabled
        self.in_flight = 0
        self.notifier = None  # guard.notify.sender_notice.SenderNotifier when [notify] sender = true

    async def _io(self, fn, *args):
        return await asyncio.get_running_loop().run_in_executor(self.io, fn, *args)

    # ---- access ---------------------------------------------------------------------------

    def client_allowed(self, session) -> bool:
        if session.authenticated:
            return True
        return _peer_in(session, self.settings.allow_networks)

    def xforward_allowed(self, session) -> bool:
        return _peer_in(session, self.settings.xforward_hosts)

    async def handle_EHLO(self, server, session, envelope, hostname, responses):
        session.host_name = hostname
        if not self.auth_enabled:  # never advertise a login nobody can use
            responses = [r for r in responses if not r.startswith(replies.EHLO_AUTH)]
        extra = list(replies.EHLO_EXTRA)
        if self.xforward_allowed(session):
            extra.append(replies.EHLO_XFORWARD)
        return responses[:-1] + extra + responses[-1:]

    # ---- the transaction ------------------------------------------------------------------

    async def handle_MAIL(self, server, session, envelope, address, mail_options):
        if not self.client_allowed(session):
            log.warning("refused MAIL FROM <%s> from %s: not in allow_networks and not signed in",
                        address, session.peer[0])
            return replies.AUTH_REQUIRED if self.auth_enabled else replies.RELAY_DENIED
        tx: UpstreamTransaction | None = getattr(session, "guard_upstream", None)
        if tx is None:
            tx = session.guard_upstream = UpstreamTransaction(self.settings.upstream)
        reply = await self._io(tx.open, address, mail_options)
        if reply.ok:
            envelope.mail_from = address
            envelope.mail_options.extend(mail_options)
        return reply.line()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if routed(address):
            log.warning("refused routed recipient <%s> from %s", address, session.peer[0])
            return replies.ROUTED_RCPT
        if len(envelope.rcpt_tos) >= self.settings.max_recipients:
            return replies.TOO_MANY_RCPTS
        tx: UpstreamTransaction | None = getattr(session, "guard_upstream", None)
        if tx is None or tx.smtp is None:
            return replies.UPSTREAM_LOST
        reply = await self._io(tx.rcpt, address)
        if reply.ok:
            envelope.rcpt_tos.append(address)
            envelope.rcpt_options.extend(rcpt_options)
        else:
            log.info("upstream refused recipient <%s>: %s", address, reply.line())
        return reply.line()

    async def handle_RSET(self, server, session, envelope):
        # The upstream connection stays; its open transaction is reset before the next MAIL.
        session.guard_xforward = {}
        return replies.RSET_OK

    async def handle_QUIT(self, server, session, envelope):
        await self._drop_upstream(session)
        return replies.BYE

    async def disconnected(self, session) -> None:
        await self._drop_upstream(session)

    async def _drop_upstream(self, session) -> None:
        tx = getattr(session, "guard_upstream", None)
        session.guard_upstream = None
        if tx is not None:
            await self._io(tx.close)

    async def handle_DATA(self, server, session, envelope):
        tx: UpstreamTransaction | None = getattr(session, "guard_upstream", None)
        session.guard_upstream = None  # ours until DATA is answered, whatever the client does
        envelope.guard_client = client_of(session)
        session.guard_xforward = {}  # XFORWARD attributes last for one transaction
        # Shielded: a client hanging up mid-check must not cut short the upstream delivery or
        # the log row's update (the client never saw a 250, so it still owns the message).
        return await asyncio.shield(self._data_then_keep(session, envelope, tx))

    async def _data_then_keep(self, session, envelope, tx: UpstreamTransaction | None) -> str:
        self.in_flight += 1
        try:
            if tx is None or tx.smtp is None:
                return replies.UPSTREAM_LOST
            return await self._data(envelope, tx)
        finally:
            self.in_flight -= 1
            if tx is not None and tx.smtp is not None:
                if getattr(session, "guard_gone", False):
                    await self._io(tx.close)
                else:
                    session.guard_upstream = tx  # the client's next message reuses the connection

    async def _data(self, envelope, tx: UpstreamTransaction) -> str:
        raw: bytes = envelope.original_content
        mail_from, rcpts = envelope.mail_from, list(envelope.rcpt_tos)
        try:
            outcome = await self.pool.check(raw, mail_from, rcpts)
        except CheckTimeout:
            return await self._not_checked(envelope, self.settings.on_check_error, replies.CHECK_TIMEOUT,
                                           "the check timed out")
        except CheckCrashed as e:
            return await self._not_checked(envelope, self.settings.on_check_error, replies.CHECK_FAILED,
                                           f"the check failed: {e}")
        if outcome.unparseable:
            return await self._not_checked(envelope, self.settings.on_unparseable, replies.CHECK_FAILED,
                                           f"cannot be parsed: {outcome.unparseable}")
        verdict = outcome.verdict
        assert verdict is not None
        if verdict.verdict in ("hold", "block"):
            status = "held" if verdict.verdict == "hold" else "blocked"
            try:
                if status == "held" and (twin := await self._held_already(envelope, outcome)):
                    self._log(twin, envelope, outcome, "held", note="a retry of a message already held, not kept twice")
                    return replies.HELD.format(queue_id=twin)
                qid = await self._record(envelope, outcome, status)
            except StoreError as e:
                return self._store_down(envelope, e)
            self._notify(qid, envelope, outcome)
            if status == "held":
                self._log(qid, envelope, outcome, "held")
                return replies.HELD.format(queue_id=qid)
            self._log(qid, envelope, outcome, "blocked")
            message_id = outcome.message.message_id if outcome.message is not None else ""
            return replies.blocked(verdict, qid, message_id, utf8=bool(getattr(envelope, "smtp_utf8", False)))
        return await self._deliver(envelope, outcome, tx)

    async def _deliver(self, envelope, outcome: CheckOutcome, tx: UpstreamTransaction) -> str:
        verdict = outcome.verdict
        assert verdict is not None
        try:  # logged before delivery: a flagged message is never delivered without its log row
            qid = await self._record(envelope, outcome, "delivering")
        except StoreError as e:
            return self._store_down(envelope, e)
        reply: Reply = await self._io(self._send, tx, envelope.original_content, verdict, qid)
        status = DELIVERED_STATUS[verdict.verdict] if reply.ok else ("tempfail" if reply.temporary else "refused")
        try:
            await self.writer.set_status(qid, status, reply.line())
        except StoreError as e:  # the upstream has answered; the sender must hear that answer
            log.error("%s: %s upstream, but its log row stays 'delivering': %s", qid, status, e)
        self._log(qid, envelope, outcome, status, upstream=reply.line())
        return reply.line()

    def _send(self, tx: UpstreamTransaction, raw: bytes, verdict: Verdict, qid: str) -> Reply:
        content = strip_guard_headers(raw)
        if verdict.verdict == "flag":
            content = add_flag_headers(content, verdict, qid, self.settings.internal_findings_header)
        return tx.data(content)

    async def _not_checked(self, envelope, mode: str, tempfail_reply: str, why: str) -> str:
        """No verdict: hold it (an officer decides), tempfail (the sender retries) or reject."""
        if mode == "tempfail":
            self._log(None, envelope, None, "tempfail", note=why)
            return tempfail_reply
        held = mode == "hold"
        outcome = CheckOutcome(Verdict("hold" if held else "block"), None, 0.0)
        try:
            qid = await self._record(envelope, outcome, "held" if held else "blocked", detail=f"not checked: {why}")
        except StoreError as e:
            return self._store_down(envelope, e)
        if held:
            self._notify(qid, envelope, outcome)
        self._log(qid, envelope, None, "held" if held else "rejected", note=f"not checked: {why}")
        return replies.HELD.format(queue_id=qid) if held else replies.UNPARSEABLE.format(queue_id=qid)

    async def _held_already(self, envelope, outcome: CheckOutcome) -> str | None:
        message_id = outcome.message.message_id if outcome.message is not None else ""
        try:
            return await self._io(held_duplicate, self.store, message_id or "", envelope.original_content)
        except SQLAlchemyError as e:
            raise StoreError(f"cannot look for a retried message: {e.__class__.__name__}") from e

    async def _record(self, envelope, outcome: CheckOutcome, status: str, detail: str = "") -> str:
        return await self.writer.record(
            source="relay", raw=envelope.original_content, verdict=outcome.verdict, status=status,
            message=outcome.message, mail_from=envelope.mail_from, rcpt_to=list(envelope.rcpt_tos),
            elapsed_ms=outcome.elapsed_ms, detail=detail, keep_raw=True if status == "held" else None,
            registry_version=outcome.registry_version or self.pool.version)

    def _notify(self, qid: str, envelope, outcome: CheckOutcome) -> None:
        """Tell the sender of a held or blocked message, on an I/O thread, after the reply is decided."""
        if self.notifier is None:
            return
        try:
            self.io.submit(self.notifier.notify, queue_id=qid, verdict=outcome.verdict, message=outcome.message,
                           mail_from=envelope.mail_from, rcpts=list(envelope.rcpt_tos),
                           raw=envelope.original_content)
        except RuntimeError as e:  # the relay is stopping: the message is logged, only the notice is lost
            log.warning("%s: no notice to <%s>: %s", qid, envelope.mail_from, e)

    def _store_down(self, envelope, e: Exception) -> str:
        self._log(None, envelope, None, "tempfail", note=f"the store is unavailable: {e}")
        return replies.STORE_UNAVAILABLE

    def _log(self, qid: str | None, envelope, outcome: CheckOutcome | None, status: str, *, upstream: str = "",
             note: str = "") -> None:
        """The message's one log line (amavis style) and its metrics: see guard.relay.msglog."""
        msglog.emit(msglog.event(qid, status, envelope, outcome, upstream=upstream, note=note))
