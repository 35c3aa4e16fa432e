"""One IMAP connection to one watched mailbox, with every failure said in plain words.

imapclient raises socket, ssl and imaplib errors whose text means little to an admin;
`MailboxSession` turns each into a MailboxError that names the mailbox and says what
went wrong ("lily: alice could not log in to imap.example.com:993: ..."). The watcher
loop only has to know one thing about a failure: reconnect later.
"""

from __future__ import annotations

import ast
import contextlib
import logging
import os
import re
import socket
import ssl
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientAbortError, IMAPClientError, LoginError
from imapclient.imapclient import DRAFTS

from guard.errors import GuardError
from guard.watch.config import MailboxConfig

log = logging.getLogger("guard.watch")


class MailboxError(GuardError):
    """Raised when one watched mailbox cannot be used right now; the text names the mailbox."""


class ConnectionLost(MailboxError):
    """Raised when an established connection drops (server restart, network, time-out)."""


@dataclass(frozen=True)
class DraftInfo:
    """What the server says about one draft before its bytes are fetched."""

    uid: int
    flags: tuple[str, ...]
    saved: datetime | None  # INTERNALDATE: when the client saved this version
    size: int


def read_password(box: MailboxConfig) -> str:
    """The mailbox's password from its environment variable or file (never from the config)."""
    if box.password_env:
        value = os.environ.get(box.password_env)
        if not value:
            raise MailboxError(f"{box.name}: the environment variable {box.password_env} "
                               "(password_env) is not set")
        return value
    assert box.password_file is not None
    try:
        value = box.password_file.read_text(encoding="utf-8").strip("\r\n")
    except OSError as e:
        raise MailboxError(f"{box.name}: cannot read password_file {box.password_file}: "
                           f"{e.strerror or e}") from None
    if not value:
        raise MailboxError(f"{box.name}: password_file {box.password_file} is empty")
    return value


def _flag(f) -> str:
    return f.decode("utf-8", "replace") if isinstance(f, bytes) else str(f)


class MailboxSession:
    """A logged-in connection with the Drafts folder selected. Not thread-safe: one per thread."""

    def __init__(self, box: MailboxConfig, client: IMAPClient):
        self.box = box
        self.client = client
        self.drafts = ""
        self.uidvalidity = 0
        self.use_idle = False
        self.keywords_ok = True

    # -- connecting -------------------------------------------------------------------------

    @classmethod
    def open(cls, box: MailboxConfig) -> MailboxSession:
        """Connect, log in, find and select Drafts, make sure the warn folder exists."""
        password = read_password(box)
        with _plain_errors(box, "connect"):
            context = None
            if box.tls != "none":
                context = ssl.create_default_context(cafile=str(box.ca_file) if box.ca_file else None)
            client = IMAPClient(box.host, port=box.port, ssl=box.tls == "implicit", ssl_context=context,
                                timeout=box.timeout_seconds)
        session = cls(box, client)
        try:
            with _plain_errors(box, "log in"):
                client.normalise_times = False
                if box.tls == "starttls":
                    client.starttls(context)
                client.login(box.user, password)
            session._select_drafts()
            session._ensure_warn_folder()
        except BaseException:
            session.close()
            raise
        return session

    def _select_drafts(self) -> None:
        box = self.box
        with _plain_errors(box, "find the Drafts folder"):
            if box.drafts:
                folder = box.drafts if self.client.folder_exists(box.drafts) else None
            else:
                folder = self.client.find_special_folder(DRAFTS)
            if folder is None:
                names = [f[2] for f in self.client.list_folders()][:12]
                if box.drafts:
                    raise MailboxError(f"{box.name}: the Drafts folder {box.drafts!r} does not exist on "
                                       f"{box.address} (folders: {', '.join(names)})")
                raise MailboxError(f"{box.name}: no folder on {box.address} is marked \\Drafts (SPECIAL-USE); "
                                   f"set drafts = \"<folder>\" for this mailbox (folders: {', '.join(names)})")
            if folder == box.warn_folder:
                raise MailboxError(f"{box.name}: warn_folder {folder!r} is the Drafts folder; choose another")
            info = self.client.select_folder(folder)
            self.drafts = folder
            self.uidvalidity = int(info[b"UIDVALIDITY"])
            permanent = info.get(b"PERMANENTFLAGS", (b"\\*",))
            self.keywords_ok = b"\\*" in permanent or all(k.encode() in permanent for k in box.keywords)
            self.use_idle = box.idle and self.client.has_capability("IDLE")
        if not self.keywords_ok:
            log.warning("%s: the server does not keep keywords in %s; drafts are not tagged, "
                        "warnings are still sent", box.name, folder)

    def _ensure_warn_folder(self) -> None:
        with _plain_errors(self.box, f"create the warn folder {self.box.warn_folder!r}"):
            if self.box.warn_folder.upper() != "INBOX" and not self.client.folder_exists(self.box.warn_folder):
                self.client.create_folder(self.box.warn_folder)
                log.info("%s: created folder %s for warnings", self.box.name, self.box.warn_folder)

    def status_line(self) -> str:
        mode = "IDLE" if self.use_idle else f"polling every {self.box.poll_seconds:g} s"
        return f"{self.box.name}: connected to {self.box.address}, Drafts={self.drafts}, {mode}"

    # -- reading ------------------------------------------------------------------------------

    def uids(self) -> set[int]:
        with _plain_errors(self.box, "list the drafts"):
            return set(self.client.search("ALL"))

    def info(self, uids: Iterable[int]) -> list[DraftInfo]:
        """Flags, save time and size of each UID still present, in UID order."""
        uids = sorted(uids)
        if not uids:
            return []
        with _plain_errors(self.box, "read the drafts' flags"):
            data = self.client.fetch(uids, ["FLAGS", "INTERNALDATE", "RFC822.SIZE"])
        out = []
        for uid in uids:
            d = data.get(uid)
            if d is None:  # expunged meanwhile
                continue
            out.append(DraftInfo(uid, tuple(_flag(f) for f in d.get(b"FLAGS", ())), d.get(b"INTERNALDATE"),
                                 int(d.get(b"RFC822.SIZE", 0))))
        return out

    def fetch(self, uid: int) -> bytes | None:
        """The draft's bytes without marking it \\Seen; None when it was expunged meanwhile."""
        with _plain_errors(self.box, f"fetch draft UID {uid}"):
            data = self.client.fetch([uid], ["BODY.PEEK[]"]).get(uid)
        return None if data is None else data.get(b"BODY[]")

    # -- writing ------------------------------------------------------------------------------

    def retag(self, uid: int, add: str | None, remove: Iterable[str]) -> None:
        """Set one guard keyword on a draft and remove the others."""
        if not self.keywords_ok:
            return
        remove = [k for k in remove if k != add]
        with _plain_errors(self.box, f"tag draft UID {uid}"):
            if remove:
                self.client.remove_flags([uid], [k.encode() for k in remove], silent=True)
            if add:
                self.client.add_flags([uid], [add.encode()], silent=True)

    def append_warning(self, raw: bytes) -> None:
        with _plain_errors(self.box, f"put a warning into {self.box.warn_folder}"):
            self.client.append(self.box.warn_folder, raw)

    def append_draft(self, raw: bytes) -> None:
        """A second draft beside the original (guard's safe version), flagged \\Draft."""
        with _plain_errors(self.box, f"save a safe version in {self.drafts}"):
            self.client.append(self.drafts, raw, flags=[b"\\Draft"])

    def has_draft(self, header: str, value: str) -> bool:
        """Whether a draft already carries `header: value` (Drafts is the selected folder)."""
        with _plain_errors(self.box, f"look for an earlier safe version in {self.drafts}"):
            return bool(self.client.search(["HEADER", header, value]))

    def has_warning(self, header: str, value: str) -> bool:
        """Whether a message in the warn folder already carries `header: value`.

        IMAP searches only the selected folder, so the warn folder is examined and Drafts
        selected again; if Drafts was renumbered meanwhile, the scan's UIDs mean nothing
        any more and the connection starts over.
        """
        box = self.box
        with _plain_errors(box, f"look for an earlier warning in {box.warn_folder}"):
            try:
                self.client.select_folder(box.warn_folder, readonly=True)
                found = self.client.search(["HEADER", header, value])
            finally:
                info = self.client.select_folder(self.drafts)
        if int(info[b"UIDVALIDITY"]) != self.uidvalidity:
            raise ConnectionLost(f"{box.name}: {self.drafts} on {box.address} was renumbered (UIDVALIDITY "
                                 f"changed); reading it again")
        return bool(found)

    # -- waiting ------------------------------------------------------------------------------

    def wait(self, seconds: float, stop: threading.Event) -> None:
        """Return when Drafts may have changed, after `seconds`, or within 1 s of `stop`."""
        if self._announced_new():
            return
        if not self.use_idle:
            stop.wait(seconds)
            if not stop.is_set():
                with _plain_errors(self.box, "poll"):
                    self.client.noop()
            return
        with _plain_errors(self.box, "wait for new drafts (IDLE)"):
            self.client.idle()
            try:
                self._idle_until(time.monotonic() + seconds, stop)
            finally:
                self.client.idle_done()

    def _announced_new(self) -> bool:
        """Whether the server said EXISTS during earlier commands (a draft saved mid-scan).

        imaplib files unsolicited responses in `untagged_responses`, where IDLE never sees
        them, and keeps them for the life of the connection; read and empty it here.
        """
        pending = getattr(self.client._imap, "untagged_responses", None)
        if not isinstance(pending, dict):
            return False
        announced = "EXISTS" in pending
        pending.clear()
        return announced

    def _idle_until(self, deadline: float, stop: threading.Event) -> None:
        while not stop.is_set():
            left = deadline - time.monotonic()
            if left <= 0:
                return
            step, t0 = min(1.0, left), time.monotonic()
            responses = self.client.idle_check(timeout=step)
            for r in responses:
                if r and r[0] == b"BYE":
                    raise ConnectionLost(f"{self.box.name}: {self.box.address} closed the connection: "
                                         f"{_flag(r[1]) if len(r) > 1 else 'BYE'}")
                if len(r) > 1 and r[1] == b"EXISTS":
                    return
            if not responses and time.monotonic() - t0 < step / 2:
                return  # readable but nothing to read: the peer closed; idle_done() will say so

    def close(self) -> None:
        """Log out; a connection that is already gone is simply dropped."""
        try:
            self.client.logout()
        except Exception:
            try:
                self.client.shutdown()
            except Exception:  # noqa: S110 - nothing left to close
                pass


@contextmanager
def _plain_errors(box: MailboxConfig, doing: str) -> Iterator[None]:
    """Turn socket, TLS and IMAP errors into one sentence naming the mailbox."""
    where = f"{box.name}: {box.address}"
    try:
        yield
    except MailboxError:
        raise
    except LoginError as e:
        raise MailboxError(f"{box.name}: {box.user} could not log in to {box.address}: the server said "
                           f"{_said(e)} (check the user and the password in "
                           f"{box.password_env or box.password_file})") from None
    except IMAPClientAbortError as e:
        raise ConnectionLost(f"{where}: the connection was lost while trying to {doing}: {_said(e)}") from None
    except IMAPClientError as e:
        raise MailboxError(f"{where}: the server refused to {doing}: {_said(e)}") from None
    except ssl.SSLCertVerificationError as e:
        raise MailboxError(f"{where}: the server's TLS certificate is not trusted: {e.verify_message} "
                           "(set ca_file for a private CA)") from None
    except ssl.SSLError as e:
        raise MailboxError(f"{where}: TLS failed while trying to {doing}: {e.reason or e}") from None
    except socket.gaierror:
        raise MailboxError(f"{box.name}: cannot connect to {box.address}: host {box.host!r} not found") from None
    except TimeoutError:
        raise ConnectionLost(f"{where}: no answer within {box.timeout_seconds:g} s while trying to {doing}") from None
    except ConnectionRefusedError:
        raise MailboxError(f"{box.name}: cannot connect to {box.address}: connection refused "
                           "(is the IMAP server running?)") from None
    except OSError as e:
        raise ConnectionLost(f"{where}: the connection failed while trying to {doing}: "
                             f"{e.strerror or e.__class__.__name__}") from None


def _said(e: Exception) -> str:
    """The server's words, without Python's b'...' wrapping (imapclient puts it in some messages)."""
    text = e.args[0] if e.args else str(e)
    if isinstance(text, str) and re.fullmatch(r"b(['\"]).*\1", text, re.S):
        with contextlib.suppress(ValueError, SyntaxError):
            text = ast.literal_eval(text)
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    return str(text).strip() or e.__class__.__name__
