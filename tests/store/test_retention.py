"""Retention ([store] keep_raw_days / keep_log_days) and `guard db purge`, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from click.testing import CliRunner
from sqlalchemy import func, select

from guard.cli import cli
from guard.config import Config
from guard.errors import ConfigError
from guard.store import schema
from guard.store.queries import get_message
from guard.store.retention import Retention, purge, retention_settings

from .conftest import verdict_of

R3 = verdict_of(("R3", "block", "nordkok", "name", "Nordkok", 14, 21))
NOW = datetime.now(UTC)


def days_ago(n: float) -> datetime:
    return NOW - timedelta(days=n)


def count(store, model) -> int:
    with store.session() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_raw_copies_older_than_keep_raw_days_go_and_their_rows_and_findings_stay(store, record):
    old, new = record(R3, "blocked", received_at=days_ago(40)), record(R3, "blocked", received_at=days_ago(5))
    r = purge(store, Retention(raw_days=30))
    assert (r.raw_dropped, r.rows_deleted) == (1, 0)
    gone, kept = get_message(store, old), get_message(store, new)
    assert gone.raw is None and [f.rule for f in gone.findings] == ["R3"]
    assert kept.raw is not None


def test_log_rows_older_than_keep_log_days_go_with_findings_and_reviews(store, record):
    old = record(R3, "blocked", received_at=days_ago(400))
    record(R3, "blocked", received_at=days_ago(10))
    with store.session() as s:
        msg_id = s.scalar(select(schema.CheckedMessage.id).where(schema.CheckedMessage.queue_id == old))
        s.add(schema.Review(message_id=msg_id, decision="reject", user="olga", at=days_ago(399), reason="x"))
    r = purge(store, Retention(log_days=365))
    assert r.rows_deleted == 1 and get_message(store, old) is None
    assert count(store, schema.CheckedMessage) == 1 and count(store, schema.Finding) == 1
    assert count(store, schema.Review) == 0


@pytest.mark.parametrize("status", ["held", "releasing", "delivering"])
def test_held_released_in_progress_and_in_flight_messages_are_never_purged(store, record, status):
    qid = record(R3, status, received_at=days_ago(1000))
    r = purge(store, Retention(raw_days=1, log_days=2))
    assert (r.raw_dropped, r.rows_deleted) == (0, 0)
    assert get_message(store, qid).raw is not None


def test_dry_run_counts_what_would_go_and_changes_nothing(store, record):
    record(R3, "blocked", received_at=days_ago(400))
    record(R3, "flagged", received_at=days_ago(40))
    record(R3, "blocked", received_at=days_ago(1))
    r = CliRunner().invoke(cli, ["db", "purge", "--db", store.url, "--raw-days", "30", "--log-days", "365",
                                 "--dry-run"])
    assert r.exit_code == 0, r.output
    assert "would drop 1 raw message(s)" in r.output and "would delete 1 log row(s)" in r.output
    assert count(store, schema.CheckedMessage) == 3
    r = CliRunner().invoke(cli, ["db", "purge", "--db", store.url, "--raw-days", "30", "--log-days", "365"])
    assert "dropped 1 raw message(s)" in r.output and "deleted 1 log row(s)" in r.output
    assert count(store, schema.CheckedMessage) == 2


def test_purge_reads_the_retention_of_the_configuration(store, record, tmp_path):
    record(R3, "blocked", received_at=days_ago(100))
    cfg = tmp_path / "guard.toml"
    cfg.write_text(f'[store]\nurl = "{store.url}"\nkeep_log_days = 90\n')
    r = CliRunner().invoke(cli, ["db", "purge", "--config", str(cfg)])
    assert r.exit_code == 0 and "deleted 1 log row(s)" in r.output


def test_purge_without_any_retention_purges_nothing_and_says_why(store):
    r = CliRunner().invoke(cli, ["db", "purge", "--db", store.url])
    assert r.exit_code == 3 and "nothing to purge" in r.output


def test_retention_settings_are_checked_with_the_key_named():
    assert retention_settings(Config(None, {})) == Retention()
    assert retention_settings(Config(None, {"store": {"keep_raw_days": 30, "keep_log_days": 365}})) == \
        Retention(30, 365)
    with pytest.raises(ConfigError, match=r"\[store\] keep_raw_days must be a number of days above 0"):
        retention_settings(Config(None, {"store": {"keep_raw_days": 0}}))
    with pytest.raises(ConfigError, match=r"\[store\] keep_raw_days \(400\) is longer than keep_log_days"):
        retention_settings(Config(None, {"store": {"keep_raw_days": 400, "keep_log_days": 365}}))
    with pytest.raises(ConfigError, match=r"\[store\] unknown key 'keep_days'"):
        retention_settings(Config(None, {"store": {"keep_days": 3}}))
