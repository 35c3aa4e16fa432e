"""Opening the store and recording checks: the one place adapters write what guard decided."""

from __future__ import annotations

import contextlib
import hashlib
import threading
import uuid
from collections.abc import Iterable, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import String, bindparam, create_engine, event, insert, update
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from guard.config import DEFAULT_URL
from guard.errors import StoreError
from guard.mail.model import Message
from guard.policy.verdict import Verdict
from guard.store import schema


def missing_sqlite_file(url: str) -> Path | None:
    """The file a sqlite:/// URL names when it does not exist yet (reading commands should say so
    rather than create an empty database); None for other URLs and existing files."""
    if not url.startswith("sqlite:///"):
        return None
    name = url[len("sqlite:///"):].split("?")[0]
    if name in ("", ":memory:"):
        return None
    path = Path(name)
    return None if path.exists() else path


def utcnow() -> datetime:
    return datetime.now(UTC)


def new_queue_id() -> str:
    return uuid.uuid4().hex[:16].upper()


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    # WAL lets the relay, the console and the watcher share one file safely.
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    # NORMAL: a commit survives guard being killed; only an OS crash or power cut may lose the
    # last ones. Commits a 250 rests on (a held message) are made with FULL (Store.transaction).
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()


def fit(model: type[schema.Base], values: dict) -> dict:
    """`values` with every string clipped to its column's length (VARCHAR(n)).

    PostgreSQL refuses a longer string (SQLite keeps it): one long attachment name in a
    finding's `where` would make every insert of that message fail, a 451 for ever. A clipped
    label is better than a lost log row. Every write of a log row goes through here.
    """
    out = dict(values)
    for col in model.__table__.columns:
        length = getattr(col.type, "length", None)
        v = out.get(col.key)
        if length and isinstance(col.type, String) and isinstance(v, str) and len(v) > length:
            out[col.key] = v[:length]
    return out


@dataclass(frozen=True)
class LogRow:
    """A checked message's row (column values) and its findings, ready to insert."""

    values: dict
    findings: list[dict]

    @property
    def queue_id(self) -> str:
        return self.values["queue_id"]


@dataclass(frozen=True)
class StatusChange:
    """A relayed message's outcome: its new status and the upstream's reply."""

    queue_id: str
    status: str
    detail: str


class Store:
    """A handle on one database. Thread-safe: each call uses its own session."""

    def __init__(self, url: str = DEFAULT_URL):
        self.url = url
        try:
            kwargs: dict = {"future": True, "pool_pre_ping": True}
            if url.startswith("sqlite"):  # a file never drops a connection: no ping per checkout
                kwargs |= {"pool_pre_ping": False, "connect_args": {"check_same_thread": False, "timeout": 10}}
            self.engine: Engine = create_engine(url, **kwargs)
        except (SQLAlchemyError, ImportError, ValueError) as e:
            raise StoreError(f"cannot open store {self.display_url}: {e}") from e
        if url.startswith("sqlite"):
            event.listen(self.engine, "connect", _sqlite_pragmas)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        # SQLite has one writer at a time, and a connection that finds the file locked sleeps in
        # its busy handler (1, 2, 5, 10 ... ms). This process's own writers queue here instead.
        self._write_lock = threading.Lock() if url.startswith("sqlite") else None

    @property
    def display_url(self) -> str:
        """The URL without its password, for logs and errors."""
        try:
            return self.engine.url.render_as_string(hide_password=True)  # type: ignore[attr-defined]
        except AttributeError:
            return self.url.split("@")[-1]

    @contextmanager
    def session(self):
        """A transaction: committed on success, rolled back on error; DB errors become StoreError."""
        s: Session = self._sessions()
        try:
            yield s
            s.commit()
        except SQLAlchemyError as e:
            s.rollback()
            raise StoreError(f"store {self.display_url}: {e.__class__.__name__}: {str(e).splitlines()[0]}") from e
        finally:
            s.close()

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @contextmanager
    def transaction(self, *, durable: bool = False):
        """A Core connection in a transaction (cheaper than a Session for single statements).

        durable: on SQLite, the commit is synced to disk (synchronous=FULL) before returning,
        for rows an SMTP 250 depends on. Other databases always commit durably.
        """
        lock = self._write_lock or contextlib.nullcontext()
        try:
            with lock, self.engine.connect() as conn:
                full = durable and self.is_sqlite
                if full:  # a PRAGMA outside any transaction, for this connection only
                    conn.exec_driver_sql("PRAGMA synchronous=FULL")
                    conn.commit()
                try:
                    with conn.begin():
                        yield conn
                finally:
                    if full:
                        conn.exec_driver_sql("PRAGMA synchronous=NORMAL")
                        conn.commit()
        except SQLAlchemyError as e:
            raise StoreError(f"store {self.display_url}: {e.__class__.__name__}: {str(e).splitlines()[0]}") from e

    def upgrade(self) -> None:
        """Bring the schema to the newest version."""
        from guard.store.migrate import upgrade

        upgrade(self)

    def check_row(
        self,
        *,
        source: str,
        raw: bytes,
        verdict: Verdict,
        status: str,
        message: Message | None = None,
        mail_from: str = "",
        rcpt_to: Iterable[str] = (),
        elapsed_ms: float = 0.0,
        keep_raw: bool | None = None,
        detail: str = "",
        queue_id: str | None = None,
        registry_version: str = "",
    ) -> LogRow:
        """The log row of one checked message, not yet written (see record_check)."""
        rcpts = list(rcpt_to) or ([a.email for a in message.to + message.cc + message.bcc] if message else [])
        if keep_raw is None:
            keep_raw = verdict.verdict != "pass"
        parts = []
        if message is not None and verdict.findings:
            # every part, not only those with findings: the officer reads the sender's own
            # cover text of a held forward too (issue 16)
            parts = [{"where": p.where, "text": p.text} for p in message.parts]
        now = utcnow()
        values = dict(
            queue_id=queue_id or new_queue_id(),
            received_at=now,
            source=source,
            mail_from=mail_from or (message.sender.email if message and message.sender else ""),
            rcpt_to=rcpts,
            rcpt_text=" " + " ".join(rcpts) + " ",
            header_from=message.sender.email if message and message.sender else "",
            header_to=", ".join(a.email for a in message.to + message.cc) if message else "",
            subject=message.subject if message else "",
            message_id_header=message.message_id if message else "",
            size=len(raw),
            sha256=hashlib.sha256(raw).hexdigest(),
            verdict=verdict.verdict,
            status=status,
            status_at=now,
            rules=" " + " ".join(sorted({f.rule for f in verdict.findings})) + " ",
            accounts=" " + " ".join(verdict.accounts) + " ",
            elapsed_ms=elapsed_ms,
            unread=[{"where": u.where, "reason": u.reason} for u in verdict.unread],
            parts=parts,
            attachments=list(message.attachments) if message else [],
            detail=detail,
            registry_version=registry_version,
            raw=raw if keep_raw else None,
        )
        return LogRow(values, [f.to_json() for f in verdict.findings])

    def record_check(self, **fields) -> str:
        """Log one checked message with its findings (check_row's arguments); returns its queue id.

        The raw message is kept for flag, hold and block unless keep_raw says otherwise.
        Commits before returning, so a caller may answer 250 afterwards; a held message's
        commit is durable even against a power cut (see transaction()).
        """
        row = self.check_row(**fields)
        self.write_log([row], durable=row.values["status"] == "held")
        return row.queue_id

    def write_log(self, rows: Sequence[LogRow] = (), statuses: Sequence[StatusChange] = (), *,
                  durable: bool = False) -> None:
        """Insert log rows, then change statuses, in one transaction: the relay commits the rows
        of many messages at once this way. Core statements with their parameters apart, so each
        is compiled once, not per message."""
        M = schema.CheckedMessage
        with self.transaction(durable=durable) as conn:
            rows = [LogRow(fit(M, r.values), [fit(schema.Finding, f) for f in r.findings]) for r in rows]
            plain = [r.values for r in rows if not r.findings]
            if plain:
                conn.execute(insert(M), plain)
            for r in rows:
                if r.findings:
                    msg_id = conn.execute(insert(M), r.values).inserted_primary_key[0]
                    conn.execute(insert(schema.Finding), [f | {"message_id": msg_id} for f in r.findings])
            if statuses:
                q = (update(M).where(M.queue_id == bindparam("qid"))
                     .values(status=bindparam("new_status"), status_at=bindparam("new_at"),
                             detail=bindparam("new_detail")))
                now = utcnow()
                conn.execute(q, [{"qid": c.queue_id, "new_status": c.status, "new_at": now,
                                  "new_detail": c.detail} for c in statuses])

    def set_status(self, queue_id: str, status: str, *, expect: str | Iterable[str] | None = None,
                   detail: str | None = None) -> bool:
        """Move a message to `status`; with `expect`, only from that status (atomically).

        Returns False when no row was in the expected status: the compare-and-set that lets
        two releases of one held message race safely (exactly one wins).
        """
        M = schema.CheckedMessage
        q = update(M).where(M.queue_id == bindparam("qid"))
        params: dict = {"qid": queue_id, "status": status, "status_at": utcnow()}
        if expect is not None:
            params["expect"] = [expect] if isinstance(expect, str) else list(expect)
            q = q.where(M.status.in_(bindparam("expect", expanding=True)))
        if detail is not None:
            params["detail"] = detail
        values = {k: bindparam(k) for k in ("status", "status_at", "detail") if k in params}
        with self.transaction() as conn:
            return conn.execute(q.values(values), params).rowcount == 1
