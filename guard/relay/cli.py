"""`guard serve` (the SMTP relay) and `guard quarantine list|release|reject|resolve`."""

from __future__ import annotations

import asyncio
import getpass
import json
import logging
import signal
import sys
from datetime import timedelta

import click

from guard.clitools import Failed, guarded, store_options
from guard.config import load_config

log = logging.getLogger("guard.relay")


def _hash_password_line(name: str) -> None:
    from guard.relay.auth import hash_password

    if sys.stdin.isatty():
        password = click.prompt(f"Password for {name}", hide_input=True, confirmation_prompt=True)
    else:
        password = sys.stdin.readline().rstrip("\r\n")
    if not password:
        raise Failed("an empty password cannot sign in")
    click.echo(f"{name}:{hash_password(password)}")


@click.command("serve")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), envvar="GUARD_CONFIG",
              help="The guard TOML file ([relay], [store], [registry]; see config.example.toml). [env: GUARD_CONFIG]")
@click.option("--listen", metavar="HOST:PORT", help="Override [relay] listen (port 0 picks a free port).")
@click.option("--hash-password", "hash_for", metavar="NAME",
              help="Print a line for [relay] auth_users_file (password from the prompt or one line of "
                   "standard input) and exit.")
@guarded
def serve_cmd(config_path: str | None, listen: str | None, hash_for: str | None) -> None:
    """Run the SMTP relay: check every message, then deliver, flag, hold or block it.

    Put guard between your mail server (or mail clients) and the outbound smart host:
    clients submit to [relay] listen, checked mail goes to [relay] upstream. What
    happens to a message:

    \b
      pass   relayed upstream; the client gets the upstream's answer
      flag   relayed with `X-Guard-Verdict: flag; id=QUEUEID` (nothing of the finding), logged
      hold   kept in the quarantine: 250 with the queue id (see guard quarantine)
      block  refused with 550 5.7.1 and the reason (rule, account, what to remove)

    guard answers 250 only once the upstream has the message or the store has it
    committed; if the upstream, the store or the check fails, it answers 4xx and the
    sending server keeps the message and retries. Recipients are checked with the
    upstream as the client gives them, so a refused recipient is refused at once.

    \b
    guard serve --config guard.toml          # a SQLite store is created on first start
    guard db upgrade --config guard.toml     # PostgreSQL: once, before the first start
    guard serve --hash-password mta1 >> relay-users   # a line for auth_users_file

    Logs one line per message to standard error (-vv adds every SMTP command).
    A changed registry file (or a new `guard registry import`) or rules file is picked
    up without a restart, at most a second later; SIGHUP reloads at once. A registry
    that does not validate is logged and the one in use is kept. Each log row records
    the registry version that judged it.
    Stops on SIGTERM or Ctrl-C after the messages in DATA are answered.
    """
    if hash_for:
        _hash_password_line(hash_for)
        return
    if not config_path:
        raise Failed("guard serve needs --config FILE (see config.example.toml)")
    from guard.relay.config import parse_hostport, relay_settings

    cfg = load_config(config_path)
    settings = relay_settings(cfg)
    from guard.metrics import metrics_settings

    metrics_settings(cfg)  # a bad [metrics] or [store] key is refused before anything starts
    from guard.store.retention import retention_settings

    retention_settings(cfg)
    if listen:
        host, port = parse_hostport(listen, "listen", "--listen")
        settings = _replace(settings, listen_host=host, listen_port=port)
    guard_log = logging.getLogger("guard")
    if guard_log.getEffectiveLevel() > logging.INFO:
        guard_log.setLevel(logging.INFO)  # a relay's admin wants one line per message by default
    if logging.getLogger().getEffectiveLevel() > logging.DEBUG:
        logging.getLogger("mail.log").setLevel(logging.WARNING)  # aiosmtpd's per-command lines: -vv
    asyncio.run(_serve(cfg, settings))


def _replace(settings, **changes):
    import dataclasses

    return dataclasses.replace(settings, **changes)


async def _serve(cfg, settings) -> None:
    from guard.relay.checking import CheckPool
    from guard.relay.server import RelayServer
    from guard.reloading import load_engine
    from guard.store.db import missing_sqlite_file

    loop = asyncio.get_running_loop()
    created = missing_sqlite_file(cfg.store_url)  # a SQLite store this start creates
    pool = endpoint = digest_task = None
    try:
        # The engine first: a bad registry or rules file is one clear error, and nothing is created.
        existing = None if created else _store(cfg)
        engine, stamp = await loop.run_in_executor(None, load_engine, cfg, existing)
        store = await loop.run_in_executor(None, _open_store, cfg, existing)
        if settings.worker_mode == "thread":
            pool = CheckPool(cfg=cfg, engine=engine, workers=settings.workers, timeout=settings.check_timeout)
        else:
            del engine
            pool = CheckPool(cfg=cfg, workers=settings.workers, mode="process", timeout=settings.check_timeout)
            await loop.run_in_executor(None, pool.warm_up)
        pool.reload_from(cfg, store, stamp)
        server = RelayServer(settings, store, pool, notifier=_sender_notifier(cfg, settings))
        endpoint = _start_metrics(cfg, store, server, pool)  # a busy metrics port: refused before SMTP listens
        host, port = await server.start()
        digest_task = _start_digest(cfg, store, settings)
    except BaseException:
        if endpoint is not None:
            endpoint.stop()
        if pool is not None:
            pool.close()
        if created is not None:  # a refused start leaves no store behind
            _remove_sqlite(created)
        raise
    try:
        click.echo(f"guard relay listening on {host}:{port}, upstream {settings.upstream.address}, "
                   f"{settings.workers} {settings.worker_mode} worker(s), registry version {pool.version}", err=True)
        stop = asyncio.Event()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, stop.set)

        def hup() -> None:  # reload the registry and rules now (they are also reloaded when they change)
            log.info("SIGHUP: reloading the registry and rules")
            pool.request_reload()
            loop.create_task(pool.maybe_reload())

        loop.add_signal_handler(signal.SIGHUP, hup)
        await stop.wait()
        click.echo("guard relay stopping: finishing messages in DATA", err=True)
        await server.stop()
    finally:
        if digest_task is not None:
            digest_task.cancel()
        if endpoint is not None:
            endpoint.stop()
        pool.close()


def _start_metrics(cfg, store, server, pool):
    """[metrics] listen: Prometheus metrics and a health check (guard.metrics); None when off."""
    from guard import metrics

    metrics.registry_loaded(pool.version, _registry_mtime(cfg))
    ms = metrics.metrics_settings(cfg)
    if ms.listen_host is None:
        return None

    def health() -> dict[str, str]:
        return {"relay": "ok" if server.address else "not listening", "store": metrics.store_health(store)}

    try:
        endpoint = metrics.MetricsServer(ms, health, store)
    except OSError as e:
        raise Failed(f"cannot listen on {ms.listen_host}:{ms.listen_port} ([metrics] listen): "
                     f"{e.strerror or e}") from None
    host, port = endpoint.start()
    click.echo(f"guard metrics on http://{host}:{port}/metrics, health on /health", err=True)
    return endpoint


def _notify_settings(cfg):
    """[notify], validated at start-up (None when the section is absent: all notices off)."""
    if not cfg.section("notify"):
        return None
    from guard.notify import notify_settings

    return notify_settings(cfg)


def _sender_notifier(cfg, settings):
    """[notify] sender: the notices to senders of held or blocked mail; None when off."""
    notify = _notify_settings(cfg)
    if notify is None or not notify.sender:
        return None
    from guard.notify.sender_notice import sender_notifier

    return sender_notifier(cfg, notify, settings.upstream)


def _start_digest(cfg, store, settings):
    """[notify] digest_to and digest_at: the officers' digest sent from the relay's loop; None when off."""
    notify = _notify_settings(cfg)
    if notify is None or not (notify.digest_to and notify.digest_at):
        return None
    from guard.notify.cli import rule_names
    from guard.notify.digest import digest_loop

    return asyncio.create_task(digest_loop(store, notify, settings.upstream, rule_names(cfg)))


def _registry_mtime(cfg) -> float | None:
    try:
        return cfg.registry_file.stat().st_mtime if cfg.registry_file else None
    except OSError:
        return None


def _store(cfg):
    from guard.store.db import Store

    return Store(cfg.store_url)


def _open_store(cfg, store=None):
    """The store, current: a new (or empty) SQLite store is created and migrated here; any other
    store at another schema is refused with the one command that fixes it (`guard db upgrade`)."""
    from guard.store.migrate import current_revision, require_current

    store = store or _store(cfg)
    if store.is_sqlite and current_revision(store) is None:
        store.upgrade()
        log.info("created the store %s", store.display_url)
    require_current(store)
    return store


def _remove_sqlite(path) -> None:
    from pathlib import Path

    for p in (Path(path), *(Path(f"{path}{s}") for s in ("-wal", "-shm", "-journal"))):
        try:
            p.unlink()
        except FileNotFoundError:
            pass
        except OSError as e:
            log.warning("could not remove %s: %s", p, e.strerror)


# ---- guard quarantine ----------------------------------------------------------------------

@click.group("quarantine")
def quarantine_group() -> None:
    """Held messages: list them, release them upstream, or reject them.

    \b
    guard quarantine list --config guard.toml
    guard quarantine release --config guard.toml 3F2A9C0D11E24B7A --reason "customer agreed"
    guard quarantine reject  --config guard.toml 3F2A9C0D11E24B7A --reason "names a competitor's price"

    Every release and reject is recorded with who did it and why (see `guard log show ID`).
    """


def _user(user: str | None) -> str:
    return user or getpass.getuser()


@quarantine_group.command("list")
@store_options
@click.option("--limit", type=click.IntRange(1, 10_000), default=100, show_default=True,
              help="Show at most this many held messages, oldest first.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per message (JSON Lines).")
@click.option("--releasing", is_flag=True, help="List releases in progress or interrupted instead.")
@guarded
def quarantine_list(store, limit: int, as_json: bool, releasing: bool) -> None:
    """List held messages, oldest first."""
    from guard.store.queries import list_messages

    rows, total = list_messages(store, status="releasing" if releasing else "held", order="received_at",
                                limit=limit)
    for r in rows:
        if as_json:
            click.echo(json.dumps(r.to_json(), ensure_ascii=False))
        else:
            click.echo(f"{r.queue_id}  {r.received_at:%Y-%m-%d %H:%M}  {r.mail_from or r.header_from}  "
                       f"-> {', '.join(r.rcpt_to)[:60]}  [{' '.join(r.rules) or r.verdict}]  {r.subject[:50]}")
    click.echo(f"{total} {'releasing' if releasing else 'held'} message(s).", err=True)


@quarantine_group.command("release")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), envvar="GUARD_CONFIG", required=True,
              help="The guard TOML file: the store, and [relay] upstream to deliver to. [env: GUARD_CONFIG]")
@click.argument("message_id", metavar="ID")
@click.option("--reason", default="", help="Why it may go (kept in the review).")
@click.option("--user", help="Who releases it (default: your login name).")
@guarded
def quarantine_release(config_path: str, message_id: str, reason: str, user: str | None) -> None:
    """Deliver a held message to the upstream, exactly once.

    If the upstream does not take it (down, or refusing), the message stays held,
    the reason is printed and logged, and the exit status is 1: release it again later.
    """
    from guard.relay.config import relay_settings
    from guard.relay.quarantine import release
    from guard.store.db import Store

    cfg = load_config(config_path)
    result = release(Store(cfg.store_url), message_id, user=_user(user), upstream=relay_settings(cfg).upstream,
                     reason=reason)
    if not result.delivered:
        click.echo(f"{result.queue_id}: {result.detail}", err=True)
        sys.exit(1)
    click.echo(f"{result.queue_id}: released; {result.detail}")


@quarantine_group.command("reject")
@store_options
@click.argument("message_id", metavar="ID")
@click.option("--reason", required=True, help="Why it must not go (kept in the review; required).")
@click.option("--user", help="Who rejects it (default: your login name).")
@guarded
def quarantine_reject(store, message_id: str, reason: str, user: str | None) -> None:
    """Refuse a held message for good. It stays in the log as rejected; tell the sender yourself."""
    from guard.relay.quarantine import reject

    reject(store, message_id, user=_user(user), reason=reason)
    click.echo(f"{message_id}: rejected")


@quarantine_group.command("resolve")
@store_options
@click.argument("message_id", metavar="ID")
@click.option("--delivered/--not-delivered", required=True,
              help="What the upstream's log says about the interrupted release.")
@click.option("--stale-minutes", type=click.IntRange(1), default=30, show_default=True,
              help="Refuse if the release started less than this long ago (it may still be running).")
@click.option("--user", help="Who decides (default: your login name).")
@guarded
def quarantine_resolve(store, message_id: str, delivered: bool, stale_minutes: int, user: str | None) -> None:
    """Settle a release interrupted by a crash (status 'releasing').

    guard cannot know whether the upstream took a message when it crashed mid-release,
    so it never guesses. Look for the message's Message-ID in the upstream's log: if it
    was delivered, --delivered marks it released; if not, --not-delivered holds it again
    so it can be released normally.
    """
    from guard.relay.quarantine import resolve

    new = resolve(store, message_id, user=_user(user), delivered=delivered,
                  stale_after=timedelta(minutes=stale_minutes))
    click.echo(f"{message_id}: {new}")


@quarantine_group.command("expire")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), envvar="GUARD_CONFIG", required=True,
              help="The guard TOML file: the store, [quarantine] expire_days and expire_action, and "
                   "[relay] upstream for releases. [env: GUARD_CONFIG]")
@click.option("--dry-run", is_flag=True, help="List what would expire; change nothing.")
@guarded
def quarantine_expire(config_path: str, dry_run: bool) -> None:
    """Reject (or release) messages held longer than [quarantine] expire_days.

    Run it daily (cron, a systemd timer). Each expired message gets a review and an audit
    entry by "guard-expiry" with the policy as the reason. Exit status 1 if a release failed.
    """
    from guard.relay.config import relay_settings
    from guard.relay.expiry import expire_held, expiry_policy
    from guard.store.db import Store

    cfg = load_config(config_path)
    policy = expiry_policy(cfg)
    if not policy.enabled:
        click.echo("[quarantine] expire_days is not set: held mail does not expire.", err=True)
        return
    upstream = relay_settings(cfg).upstream if policy.action == "release" else None
    done = expire_held(Store(cfg.store_url), policy, upstream=upstream, dry_run=dry_run)
    for e in done:
        click.echo(f"{e.queue_id}  {e.received_at:%Y-%m-%d %H:%M}  {e.action}  "
                   f"{'done' if e.done else 'not done'}: {e.detail}")
    click.echo(f"{len(done)} message(s) {'would expire' if dry_run else 'expired'}.", err=True)
    if any(not e.done for e in done) and not dry_run:
        sys.exit(1)
