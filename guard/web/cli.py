"""`guard web` (serve the console) and `guard users` (manage who may sign in to it)."""

from __future__ import annotations

import getpass
import logging
import sys

import click

from guard.clitools import open_store
from guard.config import load_config
from guard.errors import GuardError, cannot_listen
from guard.store.db import Store

log = logging.getLogger("guard.web")

config_option = click.option(
    "--config", "config_path", type=click.Path(dir_okay=False), envvar="GUARD_CONFIG",
    help="The guard TOML file ([store] url, [web], [relay], [registry]); also $GUARD_CONFIG. "
         "Without it: the SQLite store guard.db in the current directory.")


def _store(config_path: str | None) -> Store:
    store = open_store(config_path, None)
    store.upgrade()
    return store


def _who() -> str:
    try:
        return f"cli:{getpass.getuser()}"
    except (KeyError, OSError):
        return "cli"


@click.command("web")
@config_option
@click.option("--listen", metavar="HOST:PORT", help="Where to listen, overriding [web] listen (default 127.0.0.1:8025).")
def web_cmd(config_path: str | None, listen: str | None) -> None:
    """Serve the compliance console: held queue, log, messages, audit, registry.

    \b
    Officers sign in with accounts made by `guard users add`. The console reads
    the same store as the relay, and releases held mail through the relay's
    upstream ([relay] upstream). Put it behind a TLS proxy for remote use and
    set [web] secure_cookies = true.

    \b
    Example:
      guard users add ana --role admin --config guard.toml
      guard web --config guard.toml
    """
    import waitress

    from guard.web.app import create_app
    from guard.web.settings import parse_listen, settings_from_config
    from guard.web.users import list_users

    cfg = load_config(config_path)
    settings = settings_from_config(cfg)
    if listen:
        host, port = parse_listen(listen, "--listen")
        settings = type(settings)(**{**settings.__dict__, "host": host, "port": port})
    store = Store(cfg.store_url)
    store.upgrade()
    app = create_app(store, settings, reviewer=_reviewer(cfg, store), registry_loader=_registry_loader(cfg, store),
                     policy_loader=_policy_loader(cfg))
    from guard.relay.expiry import expiry_policy

    app.extensions["guard.expiry"] = expiry_policy(cfg)  # the quarantine page says when held mail expires
    if not list_users(store):
        log.warning("no console users yet: create one with  guard users add NAME --role admin")
    try:
        server = waitress.create_server(app, host=settings.host, port=settings.port, **server_options(settings))
    except OSError as e:
        raise cannot_listen(settings.listen, e) from None
    click.echo(f"guard console on http://{settings.host}:{server.effective_port}/ (store {store.display_url})",
               err=True)
    try:
        server.run()
    finally:
        server.close()


def server_options(settings) -> dict:
    """waitress's options: with a trusted_proxy it sets the client address and the scheme (so the
    Secure cookie flag) from that proxy's headers, and drops such headers from anyone else."""
    proxy = {}
    if settings.trusted_proxy:
        proxy = {"trusted_proxy": settings.trusted_proxy, "trusted_proxy_count": 1,
                 "trusted_proxy_headers": {"x-forwarded-for", "x-forwarded-proto"}}
    return {"threads": settings.threads, "ident": "guard", "clear_untrusted_proxy_headers": True, **proxy}


def _reviewer(cfg, store: Store):
    """The relay's quarantine with the [relay] upstream; None (release disabled) without one."""
    if not cfg.section("relay").get("upstream"):
        log.warning("no [relay] upstream configured: held messages can be read but not released")
        return None
    from guard.web.review import reviewer_from_config

    return reviewer_from_config(cfg, store)


def _registry_loader(cfg, store: Store):
    if cfg.registry_file:
        path = cfg.registry_file

        def from_file():
            from guard.registry.load import load_registry

            return load_registry(path)
        return from_file

    def from_store():
        from guard.registry.tables import load_registry_from_store

        return load_registry_from_store(store)
    return from_store


def _policy_loader(cfg):
    def load():
        from guard.policy.rules import load_policy

        return load_policy(cfg.rules_dir, cfg.section("rules").get("actions"))
    return load


@click.group("users")
def users_group() -> None:
    """Who may sign in to the compliance console (`guard web`).

    \b
    Roles: officer  reads the log, releases and rejects held mail
           admin    all that, and manages users (also in the console)

    \b
    Examples:
      guard users add ana --role admin --config guard.toml      (asks for the password twice)
      printf '%s\\n' "$PW" | guard users add olga --role officer --password-stdin
      guard users list
      guard users remove olga
    """


def _read_password(password_stdin: bool) -> str:
    if password_stdin:
        line = sys.stdin.readline()
        if not line:
            raise click.UsageError("--password-stdin: no password on standard input")
        return line.rstrip("\r\n")
    return click.prompt("Password", hide_input=True, confirmation_prompt="Repeat the password")


@users_group.command("add", short_help="Add a user (password prompted twice).")
@click.argument("name")
@click.option("--role", type=click.Choice(["officer", "admin"]), required=True, help="What the user may do.")
@click.option("--password-stdin", is_flag=True, help="Read the password from the first line of standard input "
              "(for scripts) instead of prompting twice.")
@config_option
def users_add(name: str, role: str, password_stdin: bool, config_path: str | None) -> None:
    """Add a console user NAME (password prompted twice, stored as a salted scrypt hash)."""
    from guard.web.users import add_user

    store = _store(config_path)
    add_user(store, name, role, _read_password(password_stdin), by=_who())
    click.echo(f"added {role} {name}")


@users_group.command("passwd")
@click.argument("name")
@click.option("--password-stdin", is_flag=True, help="Read the new password from standard input.")
@config_option
def users_passwd(name: str, password_stdin: bool, config_path: str | None) -> None:
    """Set a new password for NAME (their open sessions end)."""
    from guard.web.users import set_password

    store = _store(config_path)
    set_password(store, name, _read_password(password_stdin), by=_who())
    click.echo(f"password of {name} changed")


@users_group.command("list")
@config_option
def users_list(config_path: str | None) -> None:
    """List console users and their roles."""
    from guard.web.users import list_users

    found = list_users(_store(config_path))
    if not found:
        click.echo("no users; add one with: guard users add NAME --role admin", err=True)
    for u in found:
        click.echo(f"{u.name}\t{u.role}\t{u.created_at:%Y-%m-%d}")


@users_group.command("remove")
@click.argument("name")
@config_option
def users_remove(name: str, config_path: str | None) -> None:
    """Remove the console user NAME (the last admin cannot be removed)."""
    from guard.web.users import remove_user

    remove_user(_store(config_path), name, by=_who())
    click.echo(f"removed {name}")


__all__ = ["web_cmd", "users_group", "GuardError"]
