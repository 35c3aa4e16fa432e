"""`guard eval CORPUS`: score the engine against a labelled corpus (SPEC section 5)."""

from __future__ import annotations

import json
import time
from pathlib import Path

import click

from guard.errors import MessageError
from guard.evaluation import Outcome, Scores, read_labels

ROWS = [("stop_recall", "stop-recall        (stop held/blocked)"),
        ("catch_recall", "catch-recall       (flag+stop not passed)"),
        ("false_alarm_rate", "false-alarm rate   (pass not passed)"),
        ("over_stop_rate", "over-stop rate     (flag held/blocked)"),
        ("exact_verdict_accuracy", "exact verdict accuracy"),
        ("attribution", "attribution        (leaking accounts named)")]


def _pct(x: float | None) -> str:
    return "  n/a" if x is None else f"{100 * x:5.1f}%"


def _print_scores(corpus: Path, s: Scores) -> None:
    f = s.figures
    c = f["expect_counts"]
    click.echo(f"corpus {corpus}: {f['messages']} messages  (pass {c['pass']}, flag {c['flag']}, stop {c['stop']})")
    click.echo(f"checked in {s.seconds:.2f} s, {f['messages_per_second']} messages/s (in-process)")
    click.echo("-" * 60)
    for key, label in ROWS:
        click.echo(f"  {label:44s} {_pct(f[key])}")
    click.echo(f"  {'errors (unparseable)':44s} {f['errors']:5d}")
    click.echo("-" * 60)
    click.echo("  rule     n   exact   caught(non-pass)")
    for r, d in f["per_rule"].items():
        click.echo(f"  {r:5s} {d['n']:4d}  {_pct(d['exact'])}  {_pct(d['caught'])}")


@click.command("eval")
@click.argument("corpus", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--rules", type=click.Path(exists=True, file_okay=False), help="Rules directory (default: guard's rules/).")
@click.option("--misses", is_flag=True, help="List every message whose verdict or attribution is wrong.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as one JSON object at the end.")
def eval_cmd(corpus: Path, rules, misses: bool, as_json: bool) -> None:
    """Score guard on a labelled corpus: CORPUS/registry.toml, CORPUS/messages/*.eml, CORPUS/labels.jsonl.

    Prints stop-recall, catch-recall, false-alarm rate, over-stop rate,
    attribution, per-rule recall and messages per second (SPEC section 5);
    the figures agree with shared/tools/score.py.

    \b
    Example:
      guard eval ../shared/corpus/sample --misses
    """
    from guard.engine import Engine
    from guard.policy.rules import load_policy
    from guard.registry.load import load_registry

    engine = Engine(load_registry(corpus / "registry.toml"), load_policy(rules))
    labels = read_labels(corpus)
    outcomes: list[Outcome] = []
    t0 = time.perf_counter()
    with click.progressbar(labels, label="checking", file=click.get_text_stream("stderr"),
                           show_pos=True) as bar:
        for label in bar:
            try:
                result = engine.check_bytes((corpus / label.message).read_bytes())
            except (OSError, MessageError) as e:
                outcomes.append(Outcome(label, "error", error=str(e)))
                continue
            except Exception as e:  # a bug: this message counts as unchecked, the others go on
                outcomes.append(Outcome(label, "error", error=f"internal error: {type(e).__name__}: {e}"))
                continue
            v = result.verdict
            outcomes.append(Outcome(label, v.verdict, frozenset(v.accounts),
                                    tuple(f"{f.rule}/{f.action}/{f.account}:{f.text[:40]!r}" for f in v.findings)))
    scores = Scores(outcomes, time.perf_counter() - t0)
    _print_scores(corpus, scores)
    if misses:
        click.echo("-" * 60)
        click.echo(f"misses ({len(scores.misses)}):")
        for m in scores.misses:
            extra = f" unnamed={m.unnamed}" if m.unnamed else ""
            extra += f" error={m.error!r}" if m.error else ""
            click.echo(f"  {m.label.message}: expected {m.label.expect} got {m.verdict} {list(m.label.rules)}"
                       f" -- {m.label.why}{extra}")
            if m.findings:
                click.echo(f"      findings: {'; '.join(m.findings[:6])}")
    if as_json:
        click.echo(json.dumps(scores.figures, ensure_ascii=False))
