"""The bar of issue 15: --fix on every stop and flag message of the shared sample and thread
corpora yields a rewrite guard passes that keeps >= 80% of the words that were not findings;
on pass messages it changes nothing. The corpora are found beside the checkout (../shared)."""

from __future__ import annotations

import json
import statistics
from pathlib import Path

import pytest

from guard.engine import Engine
from guard.registry.load import load_registry
from guard.report.fix import rewrite
from guard.report.wordkeep import keep_ratio

CHECKOUT = Path(__file__).resolve().parents[2]


def shared_corpus() -> Path:
    """../shared/corpus beside the checkout; in a git worktree, beside the main checkout."""
    here = CHECKOUT.parent / "shared" / "corpus"
    git = CHECKOUT / ".git"
    if not here.is_dir() and git.is_file():  # "gitdir: MAIN/.git/worktrees/NAME"
        gitdir = Path(git.read_text().split(":", 1)[1].strip())
        main = gitdir.parents[2] if gitdir.parent.name == "worktrees" else gitdir.parent
        return main.parent / "shared" / "corpus"
    return here


CORPORA = [shared_corpus() / name for name in ("sample", "thread")]

pytestmark = pytest.mark.skipif(not all((c / "labels.jsonl").is_file() for c in CORPORA),
                                reason="shared corpora not present beside the checkout")


def cases(corpus: Path):
    for line in (corpus / "labels.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            label = json.loads(line)
            yield label["expect"], corpus / label["message"]


@pytest.mark.parametrize("corpus", CORPORA, ids=lambda c: c.name)
def test_fix_passes_and_keeps_the_words_that_were_not_findings(corpus):
    engine = Engine(load_registry(corpus / "registry.toml"), way="check")
    failed, ratios = [], {}
    for expect, path in cases(corpus):
        raw = path.read_bytes()
        result = rewrite(raw, engine)
        if expect == "pass":
            assert result.raw == raw and not result.changed, path.name
            continue
        if result.raw is None or engine.check_bytes(result.raw).verdict.verdict != "pass":
            failed.append(f"{path.name}: {result.reason}")
            continue
        ratios[path.name] = keep_ratio(engine, raw, result.raw)
    low = {n: round(r, 2) for n, r in ratios.items() if r < 0.8}
    print(f"{corpus.name}: {len(ratios)} rewrites pass; keep min {min(ratios.values()):.2f} "
          f"median {statistics.median(ratios.values()):.2f}")
    assert not failed, failed
    assert not low, low
