"""`guard db upgrade` and `guard log list|show`: the store from the command line.

A thin layer over guard.store.migrate and guard.store.queries (the console uses the same
queries); domain errors become `Error: ...` with exit status 3.
"""

from __future__ import annotations

import json
import re
import sys
from datetime import UTC, date, datetime, timedelta

import click

from guard.clitools import Failed, guarded, store_options
from guard.store.db import Store

_RELATIVE = re.compile(r"^(\d+)\s*([mhdw])$")


def parse_when(value: str | None) -> datetime | date | None:
    """ "2026-07-01", "2026-07-01T09:30", "2026-07-01 09:30+08:00", or relative "90m", "24h", "7d", "2w"."""
    if value is None:
        return None
    v = value.strip()
    m = _RELATIVE.match(v)
    if m:
        n, unit = int(m.group(1)), m.group(2)
        delta = {"m": timedelta(minutes=n), "h": timedelta(hours=n), "d": timedelta(days=n),
                 "w": timedelta(weeks=n)}[unit]
        return datetime.now(UTC) - delta
    try:
        if len(v) == 10:
            return date.fromisoformat(v)
        return datetime.fromisoformat(v)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date (2026-07-01), a time (2026-07-01T09:30) "
                                 "or an age (90m, 24h, 7d, 2w)") from None


# ---- guard db ------------------------------------------------------------------------------

@click.group("db")
def db_group() -> None:
    """Create or migrate the store (SQLite file or PostgreSQL database).

    \b
    guard db upgrade --config guard.toml      # after installing or upgrading guard
    guard db upgrade --db postgresql+psycopg://guard@db.example.com/guard
    """


@db_group.command("upgrade")
@store_options
@guarded
def db_upgrade(store: Store) -> None:
    """Bring the store's schema to this guard's newest version (creates it when empty).

    Safe to run again: an up-to-date store is left as it is. Run it once after
    installing or upgrading guard, before starting `guard serve`, `guard web` or `guard watch`.
    """
    from guard.store.migrate import upgrade

    before, after = upgrade(store)
    if before == after:
        click.echo(f"{store.display_url}: already at schema {after}")
    else:
        click.echo(f"{store.display_url}: upgraded from {before or 'empty'} to schema {after}")


@db_group.command("current")
@store_options
@guarded
def db_current(store: Store) -> None:
    """Print the store's schema version and the version this guard needs (exit 1 if they differ)."""
    from guard.store.migrate import current_revision, head_revision

    have, want = current_revision(store), head_revision()
    click.echo(f"{store.display_url}: schema {have or 'none (empty)'}; guard needs {want}")
    sys.exit(0 if have == want else 1)


@db_group.command("purge")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), envvar="GUARD_CONFIG",
              help="The guard TOML file: its [store] url, keep_raw_days and keep_log_days. [env: GUARD_CONFIG]")
@click.option("--db", "db_url", metavar="URL", help="A store URL instead of the one in --config.")
@click.option("--raw-days", type=click.FloatRange(min=0, min_open=True), metavar="DAYS",
              help="Drop raw copies older than this (overrides [store] keep_raw_days).")
@click.option("--log-days", type=click.FloatRange(min=0, min_open=True), metavar="DAYS",
              help="Delete log rows older than this (overrides [store] keep_log_days).")
@click.option("--dry-run", is_flag=True, help="Only count what would be purged; change nothing.")
@guarded
def db_purge(config_path: str | None, db_url: str | None, raw_days: float | None, log_days: float | None,
             dry_run: bool) -> None:
    """Apply the retention settings: drop old raw messages, delete old log rows.

    
    [store]
    keep_raw_days = 30     # the stored copy of a message (flag, hold, block) goes after 30 days
    keep_log_days = 365    # the whole log row (findings, reviews) after a year

    Held messages, releases in progress and messages in flight are never purged,
    however old; the audit log is kept. Run it daily (cron, or the guard-purge.timer
    in deploy/). Without settings or options nothing is purged.
    """
    from dataclasses import replace

    from guard.config import load_config
    from guard.store.retention import purge, retention_settings

    cfg = load_config(config_path)
    retention = retention_settings(cfg)
    if raw_days is not None:
        retention = replace(retention, raw_days=raw_days)
    if log_days is not None:
        retention = replace(retention, log_days=log_days)
    if retention.raw_days is not None and retention.log_days is not None and retention.raw_days > retention.log_days:
        retention = replace(retention, raw_days=None)  # rows go first: their raw copies with them
    if retention.raw_days is None and retention.log_days is None:
        raise Failed("nothing to purge: set [store] keep_raw_days / keep_log_days, or give --raw-days / --log-days")
    store = Store(db_url or cfg.store_url)
    r = purge(store, retention, dry_run=dry_run)
    would = "would drop" if dry_run else "dropped"
    parts = []
    if r.raw_cutoff is not None:
        parts.append(f"{would} {r.raw_dropped} raw message(s) received before {r.raw_cutoff:%Y-%m-%d %H:%M} UTC")
    if r.log_cutoff is not None:
        parts.append(f"{'would delete' if dry_run else 'deleted'} {r.rows_deleted} log row(s) received before "
                     f"{r.log_cutoff:%Y-%m-%d %H:%M} UTC")
    click.echo(f"{store.display_url}: " + "; ".join(parts))


# ---- guard log -----------------------------------------------------------------------------

@click.group("log")
def log_group() -> None:
    """Read the message log: every message guard checked, and what became of it.

    \b
    guard log list --config guard.toml --verdict block --since 7d
    guard log list --config guard.toml --account fjordhome --json
    guard log show --config guard.toml 3F2A9C0D11E24B7A
    """


def _short(value: str, width: int) -> str:
    value = " ".join(value.split())
    return value if len(value) <= width else value[: width - 1] + "~"


@log_group.command("list")
@store_options
@click.option("--verdict", type=click.Choice(["pass", "flag", "hold", "block"]), multiple=True,
              help="Only these verdicts (repeatable).")
@click.option("--status", multiple=True, metavar="STATUS",
              help="Only these outcomes: delivered, flagged, held, released, rejected, blocked, tempfail, refused.")
@click.option("--rule", metavar="RULE", help="Only messages with a finding of this rule, e.g. R3.")
@click.option("--account", metavar="ID", help="Only messages with a finding naming this account id.")
@click.option("--sender", metavar="ADDR", help="Envelope or From sender: a full address, or a domain.")
@click.option("--recipient", metavar="ADDR", help="A recipient: a full address, or a domain.")
@click.option("--since", metavar="WHEN", help="Received at or after: 2026-07-01, 2026-07-01T09:30, 24h, 7d.")
@click.option("--until", metavar="WHEN", help="Received before (a date includes that whole day).")
@click.option("--limit", type=click.IntRange(1, 10_000), default=50, show_default=True,
              help="Show at most this many messages, newest first.")
@click.option("--offset", type=click.IntRange(0), default=0, help="Skip this many (for paging).")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per message (JSON Lines).")
@guarded
def log_list(store: Store, verdict, status, rule, account, sender, recipient, since, until, limit, offset,
             as_json) -> None:
    """List checked messages, newest first, with the total that match the filters."""
    from guard.store.queries import list_messages

    rows, total = list_messages(store, verdict=list(verdict) or None, status=list(status) or None, rule=rule,
                                account=account, sender=sender, recipient=recipient,
                                since=parse_when(since), until=parse_when(until), limit=limit,
                                offset=offset)
    if as_json:
        for r in rows:
            click.echo(json.dumps(r.to_json(), ensure_ascii=False))
        return
    click.echo(f"{'RECEIVED (UTC)':<19}  {'QUEUE ID':<16}  {'VERDICT':<7}  {'STATUS':<10}  {'FROM':<28}  "
               f"{'RULES':<10}  SUBJECT")
    for r in rows:
        click.echo(f"{r.received_at:%Y-%m-%d %H:%M:%S}  {r.queue_id:<16}  {r.verdict:<7}  {r.status:<10}  "
                   f"{_short(r.mail_from or r.header_from, 28):<28}  {_short(' '.join(r.rules), 10):<10}  "
                   f"{_short(r.subject, 50)}")
    shown = f"{offset + 1}-{offset + len(rows)}" if rows else "none"
    click.echo(f"{total} message(s) match; showing {shown}.", err=True)


def _printable(text: str) -> str:
    return "".join(ch if ch.isprintable() else " " for ch in text)


@log_group.command("show")
@store_options
@click.argument("message_id", metavar="ID")
@click.option("--raw", is_flag=True, help="Print the stored message itself (as received) instead.")
@click.option("--width", type=click.IntRange(10, 500), default=60, show_default=True,
              help="Characters of context on each side of a finding.")
@click.option("--json", "as_json", is_flag=True, help="The message, findings and reviews as one JSON object.")
@guarded
def log_show(store: Store, message_id: str, raw: bool, width: int, as_json: bool) -> None:
    """Show one message (by queue id or number): envelope, verdict, each finding in its context, reviews."""
    from guard.store.queries import get_message

    d = get_message(store, message_id)
    if d is None:
        raise Failed(f"no message {message_id} in the log")
    if raw:
        if d.raw is None:
            raise Failed(f"{d.row.queue_id}: the message itself is not kept for {d.row.verdict} verdicts")
        sys.stdout.buffer.write(d.raw)
        return
    r = d.row
    if as_json:
        out = r.to_json() | {"findings": [f.__dict__ for f in d.findings], "unread": d.unread,
                             "reviews": [rv.__dict__ | {"at": rv.at.isoformat()} for rv in d.reviews],
                             "attachments": d.attachments, "sha256": d.sha256}
        click.echo(json.dumps(out, ensure_ascii=False))
        return
    click.echo(f"Message   {r.queue_id} (#{r.id}), {r.source}, received {r.received_at:%Y-%m-%d %H:%M:%S} UTC")
    click.echo(f"From      {r.mail_from or '-'} (header From: {r.header_from or '-'})")
    click.echo(f"To        {', '.join(r.rcpt_to) or '-'}")
    click.echo(f"Subject   {_printable(r.subject)}")
    click.echo(f"Size      {r.size} bytes, sha256 {d.sha256}")
    click.echo(f"Verdict   {r.verdict}, status {r.status}, checked in {r.elapsed_ms:.1f} ms")
    if r.detail:
        click.echo(f"Detail    {_printable(r.detail)}")
    if d.attachments:
        click.echo(f"Files     {', '.join(d.attachments)}")
    click.echo(f"\nFindings ({len(d.findings)}):" if d.findings else "\nNo findings.")
    for i, f in enumerate(d.findings, 1):
        who = f" account {f.account}" if f.account else ""
        click.echo(f"  {i}. {f.rule} {f.action}{who} ({f.kind}) in {f.where}: {_printable(f.explanation)}")
        ctx = d.context(f, width)
        if ctx is not None:
            before, match, after = (_printable(x) for x in ctx)
            click.echo(f"     ...{before}" + click.style(f"[[{match}]]", bold=True) + f"{after}...")
        elif f.text:
            click.echo(f"     [[{_printable(f.text)}]]")
    for u in d.unread:
        click.echo(f"  unread: {u.get('where')}: {u.get('reason')}")
    if d.reviews:
        click.echo("\nReviews:")
        for rv in d.reviews:
            line = f"  {rv.at:%Y-%m-%d %H:%M} {rv.decision} by {rv.user}"
            click.echo(line + (f": {_printable(rv.reason)}" if rv.reason else ""))
            if rv.result:
                click.echo(f"     {_printable(rv.result)}")
