"""Retention: how long the store keeps raw messages and log rows ([store] keys), and the purge.

A raw copy is the most sensitive thing guard stores (the whole message, attachments and
all), so it usually goes first: `keep_raw_days` drops the copy and keeps the log row and
its findings; `keep_log_days` deletes whole rows (findings and reviews with them). A message
still in the quarantine (held, or being released) or in flight (delivering) is never
touched, however old: its raw copy is the only one. The audit log is not purged.

The purge deletes in batches, one short transaction each, so a running relay's writes are
never kept waiting long.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, func, select, update

from guard.config import Config
from guard.errors import ConfigError
from guard.store import schema
from guard.store.db import Store, utcnow

M = schema.CheckedMessage
KEPT_STATUSES = ("held", "releasing", "delivering")  # never purged: the store's copy is the only one
STORE_KEYS = {"url", "keep_raw_days", "keep_log_days"}
BATCH = 1000


@dataclass(frozen=True)
class Retention:
    raw_days: float | None = None  # None: keep for ever
    log_days: float | None = None


def retention_settings(cfg: Config) -> Retention:
    """[store] keep_raw_days / keep_log_days (days, > 0; absent: for ever); ConfigError names the key."""
    sec = cfg.section("store")
    unknown = sorted(set(sec) - STORE_KEYS)
    if unknown:
        raise ConfigError(f"{cfg.where}: [store] unknown key {unknown[0]!r} (known: {', '.join(sorted(STORE_KEYS))})")

    def days(key: str) -> float | None:
        v = sec.get(key)
        if v is None:
            return None
        if isinstance(v, bool) or not isinstance(v, (int, float)) or v <= 0:
            raise ConfigError(f"{cfg.where}: [store] {key} must be a number of days above 0 (omit it to keep "
                              f"for ever), got {v!r}")
        return float(v)

    r = Retention(days("keep_raw_days"), days("keep_log_days"))
    if r.raw_days is not None and r.log_days is not None and r.raw_days > r.log_days:
        raise ConfigError(f"{cfg.where}: [store] keep_raw_days ({r.raw_days:g}) is longer than keep_log_days "
                          f"({r.log_days:g}): a raw copy goes with its row")
    return r


@dataclass(frozen=True)
class PurgeResult:
    raw_cutoff: datetime | None
    log_cutoff: datetime | None
    raw_dropped: int  # raw copies removed (their rows kept)
    rows_deleted: int  # log rows deleted with their findings and reviews
    dry_run: bool


def _cutoff(days: float | None, now: datetime) -> datetime | None:
    # naive UTC binds work for SQLite's text and PostgreSQL's timestamptz alike (see queries._db_time)
    return None if days is None else (now - timedelta(days=days)).replace(tzinfo=None)


def purge(store: Store, retention: Retention, *, dry_run: bool = False, now: datetime | None = None) -> PurgeResult:
    """Apply `retention` (or only count what it would do, with dry_run)."""
    now = now or utcnow()
    raw_cut, log_cut = _cutoff(retention.raw_days, now), _cutoff(retention.log_days, now)
    purgeable = M.status.not_in(KEPT_STATUSES)
    old_rows = (purgeable, M.received_at < log_cut) if log_cut is not None else None
    old_raw = (purgeable, M.received_at < raw_cut, M.raw.is_not(None)) if raw_cut is not None else None
    if old_rows is not None and old_raw is not None:
        old_raw = (*old_raw, M.received_at >= log_cut)  # rows about to go are counted once, as rows
    raw_n = rows_n = 0
    if dry_run:
        with store.session() as s:
            if old_raw is not None:
                raw_n = s.scalar(select(func.count()).select_from(M).where(*old_raw)) or 0
            if old_rows is not None:
                rows_n = s.scalar(select(func.count()).select_from(M).where(*old_rows)) or 0
        return PurgeResult(raw_cut, log_cut, raw_n, rows_n, True)
    if old_rows is not None:
        while True:
            with store.transaction() as conn:
                ids = list(conn.scalars(select(M.id).where(*old_rows).limit(BATCH)))
                if not ids:
                    break
                conn.execute(delete(schema.Finding).where(schema.Finding.message_id.in_(ids)))
                conn.execute(delete(schema.Review).where(schema.Review.message_id.in_(ids)))
                rows_n += conn.execute(delete(M).where(M.id.in_(ids))).rowcount or 0
    if old_raw is not None:
        while True:
            with store.transaction() as conn:
                ids = list(conn.scalars(select(M.id).where(*old_raw).limit(BATCH)))
                if not ids:
                    break
                raw_n += conn.execute(update(M).where(M.id.in_(ids)).values(raw=None)).rowcount or 0
    return PurgeResult(raw_cut, log_cut, raw_n, rows_n, False)
