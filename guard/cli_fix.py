"""`guard check --fix`: writes each draft's safe rewrite (guard.report.fix) and says what changed."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from guard.errors import MessageError

EXIT_CANNOT = 4


def fixed_name(name: str) -> str:
    p = Path(name)
    return str(p.with_name(p.stem + ".fixed" + (p.suffix or ".eml")))


def fix_all(engine, messages, output, envelope_from, envelope_rcpts, read) -> int:
    from guard.report.fix import rewrite

    worst = 0
    for name in messages:
        try:
            raw = read(name)
            result = rewrite(raw, engine, envelope_from=envelope_from, envelope_rcpts=tuple(envelope_rcpts))
        except (OSError, MessageError) as e:
            click.echo(f"{name}: ERROR  cannot {'read' if isinstance(e, OSError) else 'parse'} {name}: {e}", err=True)
            worst = 3
            continue
        if not result.changed:
            click.echo(f"{name}: PASS  nothing to change", err=output == "-")
            continue
        if result.raw is None:
            click.echo(f"{name}: NOT FIXED  {result.reason}", err=output == "-")
            worst = max(worst, EXIT_CANNOT) if worst != 3 else 3
            continue
        target = output or ("-" if name == "-" else fixed_name(name))
        if target == "-":
            sys.stdout.buffer.write(result.raw)
            sys.stdout.flush()
        else:
            Path(target).write_bytes(result.raw)
        lines = [f"{name}: FIXED  wrote {target if target != '-' else 'standard output'} (guard passes it)"]
        lines += [f"  - {d}" for d in dict.fromkeys(result.done)]
        click.echo("\n".join(lines), err=target == "-")
    return worst
