"""`guard check`: the pre-send check of .eml drafts (SPEC section 4)."""

from __future__ import annotations

import functools
import json
import logging
import os
import sys
import time
from pathlib import Path

import click

from guard.engine import Engine
from guard.errors import GuardError, MessageError

EXIT_FOR = {"pass": 0, "flag": 1, "hold": 2, "block": 2}
CONTEXT = 40


def load_engine(registry: str | None, config: str | None, rules: str | None, ner: bool = False) -> Engine:
    """The registry from --registry, else the config's [registry], else the store's."""
    from guard.config import load_config
    from guard.engine import engine_from_config

    cfg = load_config(config)
    if ner:
        cfg.data.setdefault("ner", {})["enabled"] = True
    return engine_from_config(cfg, registry_file=registry, rules_dir=rules, way="check")


def _read(path: str, limit: int | None = None) -> bytes:
    if path == "-":  # standard input has no size to look at first: read at most limit + 1 bytes
        limit = limit or _stdin_limit(None)
        data = sys.stdin.buffer.read(limit + 1)
        if len(data) > limit:
            import errno

            raise OSError(errno.EFBIG, f"more than {limit} bytes ([relay] max_message_size); not checked")
        return data
    return Path(path).read_bytes()


def _stdin_limit(config: str | None) -> int:
    """[relay] max_message_size of --config (the relay would refuse anything larger), else its default."""
    from guard.config import load_config
    from guard.relay.config import RelaySettings

    value = load_config(config).section("relay").get("max_message_size") if config else None
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 \
        else RelaySettings.max_message_size


def _context(text: str, start: int, end: int) -> str:
    a, b = max(0, start - CONTEXT), min(len(text), end + CONTEXT)
    snippet = (text[a:start] + "[" + text[start:end] + "]" + text[end:b])
    return ("…" if a else "") + " ".join(snippet.split()) + ("…" if b < len(text) else "")


def _json(name: str, result) -> dict:
    """SPEC section 4, each finding with its place ("line 3", "PI.pdf, page 1", "prices.xlsx, Sheet1!C4")."""
    from guard.report.places import place

    obj = result.verdict.to_json(name, result.elapsed_ms)
    for f, out in zip(result.verdict.findings, obj["findings"], strict=True):
        out["place"] = place(f, result.message)
    return obj


def use_colour(choice: str) -> bool:
    """--color=auto: on a terminal only, and not where NO_COLOR is set (https://no-color.org)."""
    if choice == "always":
        return True
    if choice == "never":
        return False
    return sys.stdout.isatty() and not os.environ.get("NO_COLOR")


def _dropped(engine: Engine, parts) -> list[str]:
    """Names matched in the text but not taken as the account there (--explain)."""
    from guard.detect.names import find_names

    lines = []
    for p in parts:
        drops = []
        find_names(p.text, engine.index, drops)
        for d in drops:
            who = engine.index.account(d.account).name if d.account else ""
            lines.append(f"  dropped {p.where}: '{d.text}' is not {who} here: {d.why}")
            lines.append(f"        {_context(p.text, d.start, d.end)}")
    return lines


def _print_error(name: str, reason: str, as_json: bool, t0: float) -> None:
    """An unchecked message is reported as an error result, in input order, never as a pass."""
    if as_json:
        click.echo(json.dumps({"message": name, "verdict": "error", "error": reason, "findings": [], "unread": [],
                               "elapsed_ms": round((time.perf_counter() - t0) * 1000, 2)}, ensure_ascii=False))
    else:
        click.echo(f"{name}: ERROR  {reason}")


@click.command("check")
@click.argument("messages", nargs=-1, required=True, metavar="MESSAGE.eml... | -")
@click.option("--registry", type=click.Path(exists=True, dir_okay=False),
              help="Registry file (TOML, or CSV export). Default: [registry] of --config, else the store's.")
@click.option("--config", type=click.Path(exists=True, dir_okay=False), help="guard configuration file.")
@click.option("--rules", type=click.Path(exists=True, file_okay=False), help="Rules directory (default: guard's rules/).")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per message (JSON Lines), as SPEC section 4.")
@click.option("--ner", is_flag=True, help="Also use the statistical NER pipeline (slower; see requirements-ner.txt).")
@click.option("--explain", is_flag=True,
              help="Also say which registry names matched but were read in another sense, and why.")
@click.option("--color", "--colour", "color", type=click.Choice(["auto", "always", "never"]), default="auto",
              show_default=True, help="Colour the report: auto = on a terminal unless NO_COLOR is set.")
@click.option("--fix", "fix", is_flag=True,
              help="Write a version of each draft without the findings (checked by guard before it is offered).")
@click.option("-o", "--output", type=click.Path(dir_okay=False), metavar="FILE",
              help="With --fix and one draft: where the rewrite goes (default: DRAFT.fixed.eml; '-' for stdout).")
@click.option("--from", "envelope_from", metavar="ADDR", help="SMTP envelope sender, if any.")
@click.option("--rcpt", "envelope_rcpts", multiple=True, metavar="ADDR",
              help="SMTP envelope recipient (repeatable): Bcc recipients the headers don't show.")
def check_cmd(messages, registry, config, rules, as_json, ner, explain, color, fix, output, envelope_from,
              envelope_rcpts) -> None:
    """Check messages before they are sent.

    Each MESSAGE is an RFC 5322 file (.eml) as a mail client saves a draft; `-`
    reads one from standard input. Recipients are the draft's To, Cc and Bcc
    (plus any --rcpt).

    With --fix, each draft that does not pass is rewritten without the findings: names become
    neutral words ("one of our customers"), a sentence that says what another customer buys or
    pays is dropped, leaking quoted mail and attachments are removed with a note, customers who
    would see each other move to Bcc; headers and threading stay. guard checks the rewrite and
    writes it only when it passes (DRAFT.fixed.eml, or -o FILE).

    \b
    Exit status: 0 every message passed, 1 some message was flagged,
                 2 some message was held or blocked, 3 usage or input error
                 (a message that cannot be read is reported, never passed).
    With --fix:  0 every draft passed or was rewritten into one that passes,
                 4 for some draft guard could not make a rewrite that passes (it says why),
                 3 usage or input error.
    \b
    Examples:
      guard check --registry registry.toml draft.eml
      guard check --registry registry.toml --json outbox/*.eml
      guard check --registry registry.toml --fix draft.eml -o fixed.eml
    """
    if output and (not fix or len(messages) != 1):
        raise click.UsageError("-o/--output needs --fix and exactly one draft")
    engine = load_engine(registry, config, rules, ner)
    limit = _stdin_limit(config)
    if fix:
        from guard.cli_fix import fix_all

        read = functools.partial(_read, limit=limit)
        raise click.exceptions.Exit(fix_all(engine, messages, output, envelope_from, envelope_rcpts, read))
    colour = use_colour(color)
    worst = 0
    for name in messages:
        t0 = time.perf_counter()
        try:
            raw = _read(name, limit)
            result = engine.check_bytes(raw, envelope_from=envelope_from, envelope_rcpts=envelope_rcpts)
        except (OSError, MessageError) as e:
            reason = e.strerror if isinstance(e, OSError) and e.strerror else str(e)
            reason = f"cannot read {name}: {reason}" if isinstance(e, OSError) else f"cannot parse {name}: {reason}"
            _print_error(name, reason, as_json, t0)
            worst = 3
            continue
        except GuardError:
            raise
        except Exception as e:  # a bug must cost one message an error result, never a pass or a traceback
            logging.getLogger(__name__).exception("internal error while checking %s", name)
            reason = f"guard failed while checking {name} ({type(e).__name__}: {e}); the message was not checked"
            _print_error(name, reason, as_json, t0)
            worst = 3
            continue
        v = result.verdict
        if as_json:
            click.echo(json.dumps(_json(name, result), ensure_ascii=False))
        else:
            from guard.report.explain import report_for

            click.echo(report_for(result, engine).text(name, colour), color=colour)
        if explain:
            for line in _dropped(engine, result.message.parts):
                click.echo(line)
        if worst != 3:
            worst = max(worst, EXIT_FOR[v.verdict])
    sys.stdout.flush()
    raise click.exceptions.Exit(worst)
