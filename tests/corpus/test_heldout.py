"""Detection bars (issue 3) on our own labelled corpus of another trade, via `guard eval`'s scoring."""

from __future__ import annotations

from pathlib import Path

import pytest

from guard.engine import Engine
from guard.evaluation import Outcome, Scores, read_labels
from guard.registry.load import load_registry

CORPORA = [p for p in sorted(Path(__file__).parent.iterdir()) if (p / "labels.jsonl").is_file()]


@pytest.fixture(scope="module", params=CORPORA, ids=[p.name for p in CORPORA])
def scores(request):
    corpus = request.param
    engine = Engine(load_registry(corpus / "registry.toml"))
    outcomes = []
    for label in read_labels(corpus):
        v = engine.check_bytes((corpus / label.message).read_bytes()).verdict
        outcomes.append(Outcome(label, v.verdict, frozenset(v.accounts)))
    return Scores(outcomes, 1.0).figures


def test_stop_recall_is_at_least_97_percent(scores):
    assert scores["stop_recall"] >= 0.97


def test_catch_recall_is_at_least_97_percent(scores):
    assert scores["catch_recall"] >= 0.97


def test_false_alarm_rate_is_at_most_3_percent(scores):
    assert scores["false_alarm_rate"] <= 0.03


def test_over_stop_rate_is_at_most_5_percent(scores):
    assert scores["over_stop_rate"] <= 0.05


def test_attribution_is_at_least_95_percent(scores):
    assert scores["attribution"] >= 0.95
