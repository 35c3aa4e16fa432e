"""`guard watch`: the Drafts watcher's command line."""

from __future__ import annotations

import logging
import signal
import threading

import click

from guard.config import load_config
from guard.errors import ConfigError
from guard.watch.config import watch_mailboxes


@click.command("watch")
@click.option("--config", "config_path", required=True, type=click.Path(dir_okay=False),
              help="The guard TOML file; its [watch] section lists the mailboxes (see config.example.toml).")
@click.option("--once", is_flag=True,
              help="Check every current draft once and exit (for cron and tests) instead of watching.")
@click.option("--mailbox", "only", multiple=True, metavar="NAME",
              help="Watch only this [[watch.mailbox]] (repeatable); default: all of them.")
def watch_cmd(config_path: str, once: bool, only: tuple[str, ...]) -> None:
    """Warn senders about leaking drafts while they are still drafts.

    Watches the Drafts folder of each [[watch.mailbox]] over IMAP (IDLE where the
    server offers it, polling otherwise) and checks every saved draft with the
    registry, like the relay would when it is sent. A draft that would be flagged,
    held or blocked gets the keyword $GuardFlag or $GuardBlock, and the sender gets
    ONE warning in INBOX (or warn_folder) that says what was found and what to change.
    A later clean version of the draft carries no guard keyword, and (with clean_note)
    the sender gets a short "now clean" note. Nothing is warned twice, across
    restarts too. Every check is logged in the store (source "watch").

    Prints one status line per mailbox when it connects. A mailbox that cannot be
    used (wrong password, server down, no Drafts folder) is reported by name and
    retried with back-off (1 s, 2 s, 4 s ... up to backoff_max_seconds); the others
    go on. Passwords come from password_env or password_file and are never logged.

    \b
    Examples:
      GUARD_IMAP_LILY=... guard watch --config guard.toml
      guard watch --config guard.toml --once     # cron: check all drafts, then exit

    Exit status with --once: 0 every mailbox was checked, 3 some mailbox could not be.
    """
    from guard.reloading import LiveEngine
    from guard.store.db import Store
    from guard.store.migrate import require_current
    from guard.watch.watcher import MailboxWatcher, run_watchers

    logging.getLogger("imapclient").setLevel(max(logging.INFO, logging.getLogger().level))
    cfg = load_config(config_path)
    boxes = watch_mailboxes(cfg)
    if only:
        missing = sorted(set(only) - {b.name for b in boxes})
        if missing:
            raise ConfigError(f"{cfg.where}: no [[watch.mailbox]] named {missing[0]!r} "
                              f"(known: {', '.join(b.name for b in boxes)})")
        boxes = [b for b in boxes if b.name in only]
    store = Store(cfg.store_url)
    require_current(store)
    engine = LiveEngine(cfg, store, way="relay")  # reloads a changed registry; SIGHUP reloads at once

    def status(line: str) -> None:
        click.echo(line)

    def error(text: str) -> None:
        if once:
            click.echo(f"Error: {text}", err=True)
        else:
            logging.getLogger("guard.watch").error("%s", text)

    watchers = [MailboxWatcher(b, engine.check_bytes, store, on_status=status, on_error=error) for b in boxes]
    stop = threading.Event()
    if not once and threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, lambda *_: stop.set())
        signal.signal(signal.SIGHUP, lambda *_: engine.request_reload())
    results = run_watchers(watchers, stop, once=once)
    if once:
        for w in watchers:
            c = w.counters
            if results.get(w.box.name):
                click.echo(f"{w.box.name}: {c.checked} new draft(s) checked, {c.warned} warning(s) sent")
        if not all(results.get(w.box.name) for w in watchers):
            raise click.exceptions.Exit(3)
