"""`guard digest send`: the officers' digest of held messages, now or when it is due."""

from __future__ import annotations

import click

from guard.config import load_config


def rule_names(cfg) -> dict[str, str]:
    from guard.policy.rules import load_policy

    policy = load_policy(cfg.rules_dir, cfg.section("rules").get("actions"))
    return {r.id: r.name for r in policy.rules.values()}


@click.group("digest")
def digest_group() -> None:
    """The officers' digest of held messages ([notify] digest_to, digest_at).

    \b
    From a systemd timer (OnCalendar=*-*-* 07:30 UTC):
      guard digest send --config /etc/guard/guard.toml
    Or let `guard serve` send it at [notify] digest_at times; with both, use --if-due.
    """


@digest_group.command("send")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), envvar="GUARD_CONFIG", required=True,
              help="The guard TOML file ([notify], [web] public_url, [relay] upstream, [store]).")
@click.option("--to", "to", multiple=True, help="Send to this address instead of [notify] digest_to (repeatable).")
@click.option("--if-due", is_flag=True, help="Only when a [notify] digest_at time passed since the last digest.")
def digest_send(config_path: str, to: tuple[str, ...], if_due: bool) -> None:
    """Mail the digest of held messages now (through the [relay] upstream)."""
    from guard.notify import notify_settings
    from guard.notify.digest import send_digest, send_if_due
    from guard.relay.config import relay_settings
    from guard.store.db import Store
    from guard.store.migrate import require_current

    cfg = load_config(config_path)
    settings = notify_settings(cfg)
    if to:
        settings = type(settings)(**{**settings.__dict__, "digest_to": to})
    store = Store(cfg.store_url)
    require_current(store)
    upstream = relay_settings(cfg).upstream
    if if_due:
        n = send_if_due(store, settings, upstream, rule_names(cfg))
    else:
        n = send_digest(store, settings, upstream, rule_names(cfg))
    click.echo("no digest sent (nothing held, or not due)" if n is None else
               f"digest of {n} held message{'s' if n != 1 else ''} sent to {', '.join(settings.digest_to)}")
