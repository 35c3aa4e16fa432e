"""What the watcher has already checked (table draft_state), so nothing is warned twice.

A draft in IMAP is immutable: a client "changes" it by appending a new message and
expunging the old one. So a (folder, UIDVALIDITY, UID) is checked once, ever; the
content hash catches the same bytes under a new UID (a server that renumbered its
folder, a client that saved without changes); the draft key (its Message-ID) ties the
versions of one draft together.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import delete, select

from guard.store.db import Store, utcnow
from guard.store.schema import DraftState

KEEP_GONE = timedelta(days=30)  # rows of expunged drafts are kept this long for version links


@dataclass(frozen=True)
class Seen:
    """One checked version of a draft."""

    uid: int
    content_hash: str
    verdict: str  # pass | flag | hold | block | error (could not be parsed)
    draft_key: str
    findings_hash: str
    checked_at: datetime


def _seen(row: DraftState) -> Seen:
    return Seen(row.uid, row.content_hash, row.verdict, row.draft_key, row.findings_hash, row.checked_at)


class Ledger:
    """The checked drafts of one watched mailbox (by its configured name)."""

    def __init__(self, store: Store, mailbox: str):
        self.store = store
        self.mailbox = mailbox

    def known_uids(self, folder: str, uidvalidity: int) -> set[int]:
        with self.store.session() as s:
            return set(s.scalars(select(DraftState.uid).where(
                DraftState.mailbox == self.mailbox, DraftState.folder == folder,
                DraftState.uidvalidity == uidvalidity)))

    def by_hash(self, content_hash: str) -> Seen | None:
        """The latest check of these exact bytes in this mailbox, under any UID."""
        return self._latest(DraftState.content_hash == content_hash)

    def last_version(self, draft_key: str) -> Seen | None:
        """The latest checked version of the draft with this key ("" never matches)."""
        return self._latest(DraftState.draft_key == draft_key) if draft_key else None

    def _latest(self, condition) -> Seen | None:
        with self.store.session() as s:
            row = s.scalars(select(DraftState).where(DraftState.mailbox == self.mailbox, condition)
                            .order_by(DraftState.id.desc()).limit(1)).first()
            return _seen(row) if row else None

    def remember(self, folder: str, uidvalidity: int, uid: int, *, content_hash: str, verdict: str,
                 draft_key: str = "", findings_hash: str = "") -> None:
        """Record one checked version; a second watcher on the same mailbox just overwrites it."""
        with self.store.session() as s:
            row = s.scalars(select(DraftState).where(
                DraftState.mailbox == self.mailbox, DraftState.folder == folder,
                DraftState.uidvalidity == uidvalidity, DraftState.uid == uid)).first()
            if row is None:
                row = DraftState(mailbox=self.mailbox, folder=folder, uidvalidity=uidvalidity, uid=uid)
                s.add(row)
            row.content_hash, row.verdict, row.checked_at = content_hash, verdict, utcnow()
            row.draft_key, row.findings_hash = draft_key[:300], findings_hash

    def forget_gone(self, folder: str, uidvalidity: int, present: set[int], *,
                    older_than: timedelta = KEEP_GONE) -> int:
        """Drop rows of drafts no longer in the folder and checked long ago; returns how many."""
        cutoff = utcnow() - older_than
        with self.store.session() as s:
            rows = s.execute(select(DraftState.id, DraftState.uid, DraftState.uidvalidity,
                                    DraftState.folder, DraftState.checked_at)
                             .where(DraftState.mailbox == self.mailbox)).all()
            gone = [r.id for r in rows
                    if _aware(r.checked_at) < cutoff
                    and (r.folder != folder or r.uidvalidity != uidvalidity or r.uid not in present)]
            if gone:
                s.execute(delete(DraftState).where(DraftState.id.in_(gone)))
            return len(gone)


def _aware(dt: datetime) -> datetime:
    # SQLite returns naive datetimes for DateTime(timezone=True) columns; they were stored as UTC.
    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)
