"""The per-mailbox loop: scan Drafts, check each new version, tag it, warn once.

One thread per mailbox, so a mailbox whose server is down or whose password is wrong
only delays itself. Each thread connects, scans, then waits (IDLE where the server has
it, polling otherwise) and scans again; any failure closes the connection and retries
after 1 s, 2 s, 4 s ... up to backoff_max_seconds. Nothing is warned twice: the ledger
remembers every (UIDVALIDITY, UID) and content hash already checked, and every warning
carries an X-Guard-Draft header that is looked for before appending, so a scan that fails
after warning does not warn again. A draft that cannot be checked (an engine bug, a store
error, the server refusing that UID) is logged and retried on the next scans; after
MAX_DRAFT_FAILURES it is recorded with verdict "error" and skipped, so one bad draft never
keeps a mailbox from checking the others.

What a version gets, by its verdict:
  flag / hold / block   keyword $GuardFlag or $GuardBlock on the draft, and ONE warning in
                        warn_folder, unless these bytes were already checked, or the
                        previous version of the same draft (same Message-ID) had the same
                        findings (a client's auto-save does not warn again);
  pass                  no $Guard* keyword; where the previous version was flagged, a
                        short "now clean" note (clean_note = false turns it off).
With fix_draft, a warned version also gets a second draft beside it: guard's safe rewrite
(guard.report.fix, re-checked before it is saved), its subject prefixed with fix_prefix, a
Message-ID of its own (In-Reply-To and References kept), and an X-Guard-Rewrite-Of header so
it is saved once and never rewritten again itself.
"""

from __future__ import annotations

import hashlib
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from guard.errors import GuardError, MessageError
from guard.mail.model import Message
from guard.policy.verdict import Verdict
from guard.store.db import Store
from guard.watch.config import MailboxConfig
from guard.watch.imap import ConnectionLost, DraftInfo, MailboxError, MailboxSession
from guard.watch.ledger import Ledger
from guard.watch.warning import compose_clean_note, compose_warning

if TYPE_CHECKING:
    from guard.engine import CheckResult

log = logging.getLogger("guard.watch")

Checker = Callable[[bytes], "CheckResult"]

MAX_DRAFT_FAILURES = 3  # failed checks of one draft version before it is recorded as "error"
DRAFT_HEADER = "X-Guard-Draft"  # on each warning: <mailbox>/<uidvalidity>/<uid>/<content hash>
REWRITE_HEADER = "X-Guard-Rewrite-Of"  # on each safe version: the original's content hash


@dataclass
class Counters:
    """What one watcher did, for --once summaries, tests and the benchmark."""

    connects: int = 0
    scans: int = 0
    checked: int = 0
    warned: int = 0
    errors: int = 0
    last_error: str = ""
    draft_errors: int = 0  # failed checks of single drafts (the scan went on)


def draft_key(message: Message) -> str:
    """What ties the versions of one draft: its Message-ID, else the message it replies to."""
    mid = message.message_id.strip().strip("<>")
    if mid:
        return mid
    for name, value in message.headers:
        if name.lower() in ("in-reply-to", "references") and value.split():
            return "re:" + value.split()[-1].strip("<>")
    return ""


def findings_hash(verdict: Verdict) -> str:
    """Same findings (whatever their offsets) -> same hash: an auto-saved version warns no one."""
    keys = sorted({(f.rule, f.action, f.account or "", f.kind, " ".join(f.text.casefold().split()))
                   for f in verdict.findings})
    return hashlib.sha256(repr(keys).encode()).hexdigest() if keys else ""


class MailboxWatcher:
    """Watches the Drafts folder of one mailbox until `stop` is set (or once)."""

    def __init__(self, box: MailboxConfig, checker: Checker, store: Store, *,
                 on_status: Callable[[str], None] | None = None,
                 on_error: Callable[[str], None] | None = None,
                 open_session: Callable[[MailboxConfig], MailboxSession] = MailboxSession.open):
        self.box = box
        self.checker = checker
        self.store = store
        self.ledger = Ledger(store, box.name)
        self.on_status = on_status or (lambda line: log.info("%s", line))
        self.on_error = on_error or (lambda text: log.error("%s", text))
        self.open_session = open_session
        self.counters = Counters()
        self._failures: dict[tuple[int, int, str], int] = {}  # (uidvalidity, uid, hash) -> failed checks
        self.engine = _engine_of(checker)

    def _safe_version(self, session: MailboxSession, raw: bytes, message: Message, content_hash: str) -> str:
        """Save guard's rewrite as a second draft (fix_draft); its subject, or "" when none was saved."""
        if not self.box.fix_draft or self.engine is None:
            return ""
        if any(name.lower() == REWRITE_HEADER.lower() for name, _ in message.headers):
            return ""  # a safe version itself, edited by the sender: not rewritten again
        from guard.report.fix import rewrite

        try:
            fixed = rewrite(raw, self.engine)
        except Exception as e:  # the warning matters more than the rewrite
            log.warning("%s: no safe version of %r: %s", self.box.name, message.subject[:80], e)
            return ""
        if fixed.raw is None or not fixed.changed:
            log.info("%s: no safe version of %r: %s", self.box.name, message.subject[:80], fixed.reason)
            return ""
        subject = self.box.fix_prefix + (message.subject or "")
        if not session.has_draft(REWRITE_HEADER, content_hash):
            session.append_draft(_as_second_draft(fixed.raw, subject, content_hash))
        return subject

    def _report(self, result):
        """The sender's report (guard.report.explain), with the registry's names where the engine is known."""
        from guard.report.explain import build_report

        index, policy = (self.engine.index, self.engine.policy) if self.engine is not None else (None, None)
        return build_report(result.message, result.verdict, index, policy)

    # -- the loop -----------------------------------------------------------------------------

    def run(self, stop: threading.Event, *, once: bool = False) -> bool:
        """Watch until stop is set; with once, scan once and return whether that worked."""
        backoff = 1.0
        while not stop.is_set():
            scans = self.counters.scans
            try:
                self._session(stop, once)
                return True
            except (GuardError, OSError) as e:  # MailboxError, StoreError, ...
                text = str(e) if isinstance(e, MailboxError) else f"{self.box.name}: {e}"
            except Exception as e:  # a bug must not end the thread silently
                log.debug("%s: unexpected error", self.box.name, exc_info=True)
                text = f"{self.box.name}: unexpected error: {e.__class__.__name__}: {e}"
            self.counters.errors += 1
            self.counters.last_error = text
            if once:
                self.on_error(text)
                return False
            if self.counters.scans > scans:  # it worked for a while: a fresh failure starts at 1 s
                backoff = 1.0
            self.on_error(f"{text}; retrying in {backoff:g} s")
            stop.wait(backoff)
            backoff = min(backoff * 2, self.box.backoff_max_seconds)
        return True

    def _session(self, stop: threading.Event, once: bool) -> None:
        session = self.open_session(self.box)
        try:
            self.counters.connects += 1
            self.on_status(session.status_line())
            self.scan(session)
            if once:
                return
            wait = self.box.idle_seconds if session.use_idle else self.box.poll_seconds
            while not stop.is_set():
                session.wait(wait, stop)
                if not stop.is_set():
                    self.scan(session)
        finally:
            session.close()

    # -- one scan -----------------------------------------------------------------------------

    def scan(self, session: MailboxSession) -> None:
        """Check every draft not checked before, oldest UID first."""
        present = session.uids()
        new = present - self.ledger.known_uids(session.drafts, session.uidvalidity)
        for info in session.info(new):
            self.check_draft(session, info)
        if self.counters.scans % 100 == 0:
            self.ledger.forget_gone(session.drafts, session.uidvalidity, present)
        self.counters.scans += 1

    def check_draft(self, session: MailboxSession, info: DraftInfo) -> None:
        """Check one draft; its failure is logged and counted, not raised (a lost connection is)."""
        content_hash = ""
        try:
            raw = session.fetch(info.uid)
            if raw is None:
                return
            content_hash = hashlib.sha256(raw).hexdigest()
            self._check(session, info, raw, content_hash)
        except ConnectionLost:
            raise
        except Exception as e:
            self._draft_failed(session, info, content_hash, e)
        else:
            self._failures.pop((session.uidvalidity, info.uid, content_hash), None)

    def _draft_failed(self, session: MailboxSession, info: DraftInfo, content_hash: str, e: Exception) -> None:
        key = (session.uidvalidity, info.uid, content_hash)
        n = self._failures[key] = self._failures.get(key, 0) + 1
        if isinstance(e, GuardError | OSError):
            why = str(e)
        else:
            log.debug("%s: unexpected error checking draft UID %d", self.box.name, info.uid, exc_info=True)
            why = f"unexpected error: {e.__class__.__name__}: {e}"
        where = f"{self.box.name}: draft UID {info.uid} in {session.drafts}"
        self.counters.draft_errors += 1
        self.counters.last_error = f"{where}: {why}"
        if n < MAX_DRAFT_FAILURES:
            self.on_error(f"{where} could not be checked ({why}); failure {n} of {MAX_DRAFT_FAILURES}, "
                          "tried again on the next scan")
            return
        self.on_error(f"{where} could not be checked {n} times ({why}); recorded as \"error\" and skipped")
        try:
            self.ledger.remember(session.drafts, session.uidvalidity, info.uid, verdict="error",
                                 content_hash=content_hash)
        except Exception as e2:  # the store is down too: tried again on the next scan
            self.on_error(f"{where}: could not record it as skipped: {e2}")
            return
        self._failures.pop(key, None)

    def _check(self, session: MailboxSession, info: DraftInfo, raw: bytes, content_hash: str) -> None:
        remember = {"content_hash": content_hash}
        try:
            result = self.checker(raw)
        except MessageError as e:
            log.warning("%s: draft UID %d in %s is not a message guard can read (%s); skipped",
                        self.box.name, info.uid, session.drafts, e)
            self.ledger.remember(session.drafts, session.uidvalidity, info.uid, verdict="error", **remember)
            return
        verdict, message = result.verdict, result.message
        key, fhash = draft_key(message), findings_hash(verdict)
        previous = self.ledger.last_version(key)
        same_bytes = self.ledger.by_hash(content_hash)
        self.store.record_check(source="watch", status="draft", raw=raw, verdict=verdict, message=message,
                                elapsed_ms=result.elapsed_ms, registry_version=result.registry_version,
                                detail=f"{self.box.name} {session.drafts} UID {info.uid}")
        self.counters.checked += 1

        keyword = self.box.keyword_for(verdict.verdict)
        if (keyword and keyword not in info.flags) or any(
                k in info.flags and k != keyword for k in self.box.keywords):
            session.retag(info.uid, keyword, self.box.keywords)

        note, said = None, "no warning"
        if verdict.verdict == "pass":
            if (self.box.clean_note and previous and previous.verdict in ("flag", "hold", "block")
                    and same_bytes is None):
                note, said = compose_clean_note(self.box, message, info.saved, _now()), "clean now: noted"
        elif same_bytes and same_bytes.verdict == verdict.verdict:
            said = "same content as an earlier version: tagged, not warned again"
        elif previous and previous.verdict == verdict.verdict and previous.findings_hash == fhash:
            said = "same findings as the previous version: tagged, not warned again"
        else:
            safe = self._safe_version(session, raw, message, content_hash)
            note, said = compose_warning(self.box, message, verdict, info.saved, _now(),
                                         self._report(result), rewrite_subject=safe), "warned"
            if safe:
                said += "; safe version saved"
        if note is not None:
            tag = f"{self.box.name}/{session.uidvalidity}/{info.uid}/{content_hash}"
            if session.has_warning(DRAFT_HEADER, tag):
                said += " (already in the warn folder: not appended again)"
            else:
                session.append_warning(f"{DRAFT_HEADER}: {tag}\r\n".encode() + note)
                self.counters.warned += verdict.verdict != "pass"
        self.ledger.remember(session.drafts, session.uidvalidity, info.uid, verdict=verdict.verdict,
                             draft_key=key, findings_hash=fhash, **remember)
        rules = " ".join(sorted({f.rule for f in verdict.findings}))
        log.info("%s: draft UID %d %r: %s%s; %s", self.box.name, info.uid, message.subject[:80],
                 verdict.verdict, f" ({rules})" if rules else "", said)


def _as_second_draft(raw: bytes, subject: str, original_hash: str) -> bytes:
    import email
    import email.policy
    from email.utils import make_msgid

    msg = email.message_from_bytes(raw, policy=email.policy.default)
    for name, value in (("Subject", subject), ("Message-ID", make_msgid("guard-safe")),
                        (REWRITE_HEADER, original_hash)):
        del msg[name]
        msg[name] = value
    return msg.as_bytes()


def _engine_of(checker):
    """The Engine behind a checker that is its bound check_bytes (the report needs its registry)."""
    from guard.engine import Engine

    owner = getattr(checker, "__self__", None)
    return owner if isinstance(owner, Engine) else None


def _now() -> datetime:
    return datetime.now(UTC).astimezone()


def run_watchers(watchers: list[MailboxWatcher], stop: threading.Event, *, once: bool = False) -> dict[str, bool]:
    """Run each watcher in its own thread until stop (or one scan each); name -> succeeded."""
    results: dict[str, bool] = {}

    def target(w: MailboxWatcher) -> None:
        results[w.box.name] = w.run(stop, once=once)

    threads = [threading.Thread(target=target, args=(w,), name=f"watch-{w.box.name}", daemon=True)
               for w in watchers]
    for t in threads:
        t.start()
    try:
        for t in threads:
            while t.is_alive():
                t.join(0.5)
    except KeyboardInterrupt:
        stop.set()
        for t in threads:
            t.join(5)
    return results
