"""Scoring verdicts against a labelled corpus (SPEC section 5), as ../shared/tools/score.py does."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from guard.errors import GuardError

STOP = {"hold", "block"}


@dataclass(frozen=True)
class Label:
    message: str
    expect: str                     # pass | flag | stop
    accounts: tuple[str, ...] = ()
    rules: tuple[str, ...] = ()
    why: str = ""


@dataclass
class Outcome:
    label: Label
    verdict: str                    # pass | flag | hold | block | error
    accounts: frozenset[str] = frozenset()
    findings: tuple[str, ...] = ()
    error: str = ""

    @property
    def got(self) -> str:
        if self.verdict == "error":
            return "pass"  # an unchecked message counts as not stopped
        return "stop" if self.verdict in STOP else self.verdict

    @property
    def unnamed(self) -> list[str]:
        if self.label.expect == "pass":
            return []
        return [a for a in self.label.accounts if a not in self.accounts]

    @property
    def correct(self) -> bool:
        return self.got == self.label.expect and not self.unnamed and not self.error


def read_labels(corpus: Path) -> list[Label]:
    path = corpus / "labels.jsonl"
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as e:
        raise GuardError(f"{path}: cannot read labels: {e.strerror}") from None
    labels = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            d = json.loads(line)
            labels.append(Label(d["message"], d["expect"], tuple(d.get("accounts", ())),
                                tuple(d.get("rules", ())), d.get("why", "")))
        except (ValueError, KeyError, TypeError) as e:
            raise GuardError(f"{path}:{n}: bad label line: {e}") from None
        if labels[-1].expect not in ("pass", "flag", "stop"):
            raise GuardError(f"{path}:{n}: expect must be pass, flag or stop")
    return labels


def _ratio(a: int, b: int) -> float | None:
    return round(a / b, 4) if b else None


@dataclass
class Scores:
    outcomes: list[Outcome]
    seconds: float
    figures: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        o = self.outcomes
        by = {e: [x for x in o if x.label.expect == e] for e in ("pass", "flag", "stop")}
        named = sum(len(x.label.accounts) - len(x.unnamed) for x in o if x.label.expect != "pass")
        total = sum(len(x.label.accounts) for x in o if x.label.expect != "pass")
        per_rule: dict[str, dict] = {}
        for x in o:
            for r in x.label.rules:
                d = per_rule.setdefault(r, {"n": 0, "exact": 0, "nonpass": 0, "caught": 0})
                d["n"] += 1
                d["exact"] += x.got == x.label.expect
                if x.label.expect != "pass":
                    d["nonpass"] += 1
                    d["caught"] += x.got != "pass"
        self.figures = {
            "messages": len(o),
            "expect_counts": {k: len(v) for k, v in by.items()},
            "stop_recall": _ratio(sum(x.got == "stop" for x in by["stop"]), len(by["stop"])),
            "catch_recall": _ratio(sum(x.got != "pass" for x in by["flag"] + by["stop"]),
                                   len(by["flag"]) + len(by["stop"])),
            "false_alarm_rate": _ratio(sum(x.got != "pass" for x in by["pass"]), len(by["pass"])),
            "over_stop_rate": _ratio(sum(x.got == "stop" for x in by["flag"]), len(by["flag"])),
            "exact_verdict_accuracy": _ratio(sum(x.got == x.label.expect for x in o), len(o)),
            "attribution": _ratio(named, total),
            "messages_per_second": round(len(o) / self.seconds, 1) if self.seconds else None,
            "errors": sum(bool(x.error) for x in o),
            "per_rule": {r: {"n": d["n"], "exact": _ratio(d["exact"], d["n"]),
                             "caught": _ratio(d["caught"], d["nonpass"])}
                         for r, d in sorted(per_rule.items(), key=lambda kv: _rule_order(kv[0]))},
        }

    @property
    def misses(self) -> list[Outcome]:
        return [x for x in self.outcomes if not x.correct]


def _rule_order(rule: str) -> int:
    return int(rule[1:]) if rule[1:].isdigit() else 99
