"""`guard override ID --reason TEXT`: an admin asks, with a justification, for a held message's release.

The request waits in the console's quarantine for an officer, exactly as a sender's request
through the signed link does (guard.override); the admin's name and reason are audited.
"""

from __future__ import annotations

import getpass

import click

from guard.clitools import store_options


@click.command("override")
@click.argument("queue_id")
@click.option("--reason", required=True, help="Why the message should go out as it is (the officer reads it).")
@click.option("--user", help="Who asks (default: your login name).")
@store_options
def override_cmd(queue_id: str, reason: str, user: str | None, store) -> None:
    """Ask an officer to release the held message QUEUE_ID, with a reason.

    \b
    Example:
      guard override 3F2A9C0D11E24B7A --reason "the customer asked us to quote their price" --config guard.toml
    """
    from guard.override import pending, request_release
    from guard.store.migrate import require_current

    require_current(store)
    who = f"cli:{user or getpass.getuser()}"
    rid = request_release(store, queue_id, by=who, via="cli", reason=reason)
    waiting = len(pending(store))
    click.echo(f"release of {queue_id.upper()} requested (request {rid}); an officer decides in the console "
               f"({waiting} request{'s' if waiting != 1 else ''} waiting)")
