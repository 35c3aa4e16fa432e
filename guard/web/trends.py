"""Trends over a period against the one before it: who, to whom, which rules, and what officers did.

Read from messages with findings (verdict flag, hold or block) received in the two periods,
aggregated here rather than in SQL because recipients are a JSON list and the recipient's
account comes from the registry's domains. One pass over those rows (far fewer than all
mail) per page; the figures mean the same on SQLite and PostgreSQL.
"""

from __future__ import annotations

import statistics
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import select

from guard.store import schema
from guard.store.db import Store

M = schema.CheckedMessage
F = schema.Finding
R = schema.Review
OUTCOMES = ("held", "released", "rejected", "expired", "blocked", "flagged")
VIEWS = ("sender", "recipient_domain", "recipient_account", "rule", "outcome", "review")


@dataclass(frozen=True)
class TrendRow:
    key: str
    label: str
    now: int
    before: int

    @property
    def change(self) -> int:
        return self.now - self.before


@dataclass(frozen=True)
class Review:
    released: int
    rejected: int
    release_ratio: float | None         # released / (released + rejected): how often holds were false alarms
    median_minutes: float | None       # time from receipt to the officer's decision
    mean_minutes: float | None
    reviews: int


@dataclass
class Trends:
    since: date
    until: date                          # inclusive
    previous_since: date
    previous_until: date
    tables: dict[str, list[TrendRow]] = field(default_factory=dict)
    review: Review | None = None
    review_before: Review | None = None


def _start(d: date) -> datetime:
    return datetime.combine(d, time.min)  # naive UTC: what both stores compare with


def _domain(address: str) -> str:
    return address.rpartition("@")[2].lower() if "@" in address else ""


def _rows(counts_now: Counter, counts_before: Counter, labels: dict[str, str] | None = None) -> list[TrendRow]:
    keys = set(counts_now) | set(counts_before)
    rows = [TrendRow(k, (labels or {}).get(k, k), counts_now[k], counts_before[k]) for k in keys]
    return sorted(rows, key=lambda r: (-r.now, -r.before, r.key))


def _review(durations: list[float], decisions: Counter) -> Review:
    rel, rej = decisions["release"], decisions["reject"]
    return Review(rel, rej, round(rel / (rel + rej), 4) if rel + rej else None,
                  round(statistics.median(durations), 1) if durations else None,
                  round(statistics.fmean(durations), 1) if durations else None, len(durations))


def trends(store: Store, since: date, until: date, *, registry=None, rule_names: dict[str, str] | None = None) -> Trends:
    """The tables of VIEWS over [since, until] (whole UTC days) and the period just before it."""
    days = (until - since).days + 1
    prev_since, prev_until = since - timedelta(days=days), since - timedelta(days=1)
    lo, mid, hi = _start(prev_since), _start(since), _start(until + timedelta(days=1))
    domain_account: dict[str, str] = {}
    account_names: dict[str, str] = {}
    for a in getattr(registry, "accounts", ()):
        account_names[a.id] = a.name
        for d in a.domains:
            domain_account.setdefault(d.lower(), a.id)
    by = {v: (Counter(), Counter()) for v in ("sender", "recipient_domain", "recipient_account", "rule", "outcome")}
    with store.session() as s:
        q = (select(M.id, M.received_at, M.mail_from, M.rcpt_to, M.status)
             .where(M.received_at >= lo, M.received_at < hi, M.verdict != "pass"))
        current: set[int] = set()
        when: dict[int, bool] = {}
        for mid_, at, mail_from, rcpts, status in s.execute(q):
            now = _naive(at) >= mid
            when[mid_] = now
            if now:
                current.add(mid_)
            i = 0 if now else 1
            by["sender"][i][(mail_from or "(none)").lower()] += 1
            by["outcome"][i][status] += 1
            domains = {_domain(r) for r in rcpts or [] if _domain(r)}
            for d in domains:
                by["recipient_domain"][i][d] += 1
            for acc in {domain_account[d] for d in domains if d in domain_account}:
                by["recipient_account"][i][acc] += 1
        seen: set[tuple[int, str]] = set()
        for msg_id, rule in s.execute(select(F.message_id, F.rule).join(M, F.message_id == M.id)
                                      .where(M.received_at >= lo, M.received_at < hi, M.verdict != "pass")):
            if (msg_id, rule) not in seen:
                seen.add((msg_id, rule))
                by["rule"][0 if when.get(msg_id) else 1][rule] += 1
        durations: tuple[list[float], list[float]] = ([], [])
        decisions = (Counter(), Counter())
        for decision, at, received in s.execute(select(R.decision, R.at, M.received_at).join(M, R.message_id == M.id)
                                                .where(M.received_at >= lo, M.received_at < hi)):
            i = 0 if _naive(received) >= mid else 1
            decisions[i][decision] += 1
            durations[i].append(max(0.0, (_naive(at) - _naive(received)).total_seconds() / 60))
    names = rule_names or {}
    out = Trends(since, until, prev_since, prev_until)
    out.tables = {
        "sender": _rows(*by["sender"]),
        "recipient_domain": _rows(*by["recipient_domain"]),
        "recipient_account": _rows(*by["recipient_account"], account_names),
        "rule": sorted(_rows(*by["rule"], {r: f"{r} {names[r]}" if r in names else r for r in by["rule"][0] |
                                           by["rule"][1]}), key=lambda r: (-r.now, _rule_order(r.key))),
        "outcome": [TrendRow(o, o, by["outcome"][0][o], by["outcome"][1][o]) for o in OUTCOMES],
    }
    out.review, out.review_before = _review(durations[0], decisions[0]), _review(durations[1], decisions[1])
    return out


def _naive(value: datetime) -> datetime:
    return value.astimezone(UTC).replace(tzinfo=None) if value.tzinfo else value


def _rule_order(rule: str) -> int:
    return int(rule[1:]) if rule[1:].isdigit() else 99
