"""What every `guard` sub-command shares: domain errors as `Error: ...` with exit 3, and the store
named by --db URL or --config FILE ([store] url; the embedded SQLite file by default)."""

from __future__ import annotations

import functools

import click

from guard.config import DEFAULT_URL, load_config
from guard.errors import GuardError
from guard.store.db import Store


class Failed(click.ClickException):
    """A domain error shown as "Error: ..." with exit status 3 (SPEC section 4: usage or input error)."""

    exit_code = 3


def guarded(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except GuardError as e:
            raise Failed(str(e)) from None

    return wrapper


def store_url(config_path: str | None, db_url: str | None) -> str:
    return db_url or load_config(config_path).store_url


def open_store(config_path: str | None, db_url: str | None) -> Store:
    return Store(store_url(config_path, db_url))


def store_options(fn):
    """--config FILE / --db URL, resolved into a `store` argument (the store need not be current)."""

    @click.option("--config", "config_path", type=click.Path(dir_okay=False), envvar="GUARD_CONFIG",
                  help="The guard TOML file; its [store] url is used. [env: GUARD_CONFIG]")
    @click.option("--db", "db_url", metavar="URL",
                  help=f"A store URL instead of --config, e.g. sqlite:///guard.db (default {DEFAULT_URL}).")
    @functools.wraps(fn)
    def wrapper(*args, config_path=None, db_url=None, **kwargs):
        return fn(*args, store=open_store(config_path, db_url), **kwargs)

    return wrapper
