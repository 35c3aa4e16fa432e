"""The `guard` command: one entry point, sub-commands loaded lazily from their adapters."""

from __future__ import annotations

import importlib
import logging
import sys

import click

from guard import __version__
from guard.errors import GuardError

# name -> "module:attribute"; each adapter owns its own commands.
COMMANDS = {
    "check": "guard.cli_check:check_cmd",
    "config": "guard.config_check:config_group",
    "eval": "guard.cli_eval:eval_cmd",
    "registry": "guard.registry.cli:registry_group",
    "db": "guard.store.cli:db_group",
    "log": "guard.store.cli:log_group",
    "quarantine": "guard.relay.cli:quarantine_group",
    "override": "guard.cli_override:override_cmd",
    "digest": "guard.notify.cli:digest_group",
    "serve": "guard.relay.cli:serve_cmd",
    "users": "guard.web.cli:users_group",
    "web": "guard.web.cli:web_cmd",
    "watch": "guard.watch.cli:watch_cmd",
}


class LazyGroup(click.Group):
    """Imports a sub-command only when it runs, so `guard check` stays quick to start."""

    def list_commands(self, ctx):
        return sorted(COMMANDS)

    def get_command(self, ctx, name):
        target = COMMANDS.get(name)
        if target is None:
            return None
        module, attr = target.split(":")
        return getattr(importlib.import_module(module), attr)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="guard")
@click.option("-v", "--verbose", count=True, help="More log output (-v info, -vv debug).")
def cli(verbose: int) -> None:
    """guard: keeps one customer's business out of mail to another.

    \b
    Check drafts before sending:   guard check --registry registry.toml draft.eml
    Score a labelled corpus:       guard eval CORPUS
    Run the SMTP relay:            guard serve --config guard.toml
    Run the compliance console:    guard web --config guard.toml
    Watch IMAP Drafts folders:     guard watch --config guard.toml
    """
    level = logging.WARNING - 10 * verbose
    logging.basicConfig(level=max(level, logging.DEBUG), stream=sys.stderr,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")


def main() -> None:
    """Domain errors become `Error: ...` and exit 3; tracebacks never reach users."""
    try:
        # Without standalone mode click *returns* the code of an Exit raised by a command.
        rc = cli.main(standalone_mode=False)
        sys.exit(rc if isinstance(rc, int) else 0)
    except click.exceptions.Exit as e:
        sys.exit(e.exit_code)
    except click.ClickException as e:
        e.show()
        sys.exit(3 if e.exit_code == 2 else e.exit_code)
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        sys.exit(3)
    except GuardError as e:
        click.echo(f"Error: {e}", err=True)
        sys.exit(3)
    except KeyboardInterrupt:
        sys.exit(130)
