"""CSV exports of the log, the audit and the trends, downloaded and read back; the trends page."""

from __future__ import annotations

import csv
import io
from datetime import timedelta

from sqlalchemy import update

from guard.relay.quarantine import reject
from guard.store import schema
from guard.store.db import utcnow

from .conftest import HOSTILE, Spec, record


def read(response) -> list[dict]:
    assert response.status_code == 200, response.text
    assert response.headers["Content-Type"] == "text/csv; charset=utf-8"
    assert response.headers["Content-Disposition"].startswith("attachment; filename=guard-")
    return list(csv.DictReader(io.StringIO(response.get_data(as_text=True))))


def test_the_log_exports_with_its_filters(officer, seeded):
    rows = read(officer.get("/log.csv?verdict=hold"))
    assert {r["queue_id"] for r in rows} == {seeded["hostile"], seeded["held2"]}
    r = rows[0]
    assert r["status"] == "held" and r["mail_from"] == "anna@bluewave-kw.cn" and r["rcpt_to"] == "olivia@maplecrest.ca"
    assert r["rules"] == "R3 R4" and r["accounts"] == "nordkok" and r["received_at"].endswith("Z")
    assert len(read(officer.get("/log.csv"))) == 4


def test_a_long_export_is_streamed_in_batches_without_losing_or_repeating_rows(officer, store, seeded, monkeypatch):
    monkeypatch.setattr("guard.web.views_export.BATCH", 3)
    for _ in range(4):
        record(store, HOSTILE)
    rows = read(officer.get("/log.csv"))
    assert len(rows) == 8 and len({r["queue_id"] for r in rows}) == 8


def test_cells_a_spreadsheet_would_run_as_formulas_are_defused(officer, store):
    record(store, Spec(**{**HOSTILE.__dict__, "subject": '=HYPERLINK("http://x.invalid","click")'}))
    [row] = read(officer.get("/log.csv"))
    assert row["subject"] == '\'=HYPERLINK("http://x.invalid","click")'


def test_the_audit_exports_and_the_export_is_audited(officer, seeded):
    officer.get("/log.csv?verdict=hold")
    rows = read(officer.get("/audit.csv"))
    actions = [(r["user"], r["action"], r["target"]) for r in rows]
    assert ("olga", "signin", "127.0.0.1") in actions
    assert ("olga", "export", "log.csv") in actions
    only = read(officer.get("/audit.csv?action=signin"))
    assert only and {r["action"] for r in only} == {"signin"}


def test_trends_compare_with_the_period_before(officer, store, seeded):
    old = record(store, HOSTILE)
    with store.session() as s:  # received 40 days ago: in the 30 days before the last 30
        s.execute(update(schema.CheckedMessage).where(schema.CheckedMessage.queue_id == old)
                  .values(received_at=(utcnow() - timedelta(days=40)).replace(tzinfo=None)))
    reject(store, seeded["hostile"], user="olga", reason="names a price")
    by_sender = read(officer.get("/trends.csv?by=sender&days=30"))
    assert [r["sender"] for r in by_sender] == ["anna@bluewave-kw.cn"]
    period, before = list(by_sender[0])[2:4]
    assert (by_sender[0][period], by_sender[0][before], by_sender[0]["change"]) == ("3", "1", "2")
    accounts = {r["recipient_account"]: r for r in read(officer.get("/trends.csv?by=recipient_account"))}
    assert accounts["maplecrest"]["label"] == "Maple Crest Housewares Inc."
    assert accounts["nordkok"][period] == "1"  # the competitor offer to erik.lund@nordkok.se
    domains = {r["recipient_domain"] for r in read(officer.get("/trends.csv?by=recipient_domain"))}
    assert domains == {"maplecrest.ca", "nordkok.se"}
    rules = {r["rule"]: r for r in read(officer.get("/trends.csv?by=rule"))}
    from guard.policy.rules import load_policy

    assert rules["R3"]["label"] == f"R3 {load_policy().rule('R3').name}" and rules["R3"][period] == "2"
    assert rules["R3"][before] == "1"
    outcomes = {r["outcome"]: r[period] for r in read(officer.get("/trends.csv?by=outcome"))}
    assert outcomes["held"] == "1" and outcomes["rejected"] == "1" and outcomes["blocked"] == "1"
    assert outcomes["released"] == "0" and outcomes["expired"] == "0"
    review = {r["figure"]: r for r in read(officer.get("/trends.csv?by=review"))}
    assert review["rejected"][period] == "1" and review["release_ratio"][period] == "0.0"
    assert float(review["median_minutes"][period]) >= 0 and review["reviews"][before] == "0"


def test_the_trends_page_shows_every_table_with_its_csv_link(officer, seeded):
    page = officer.get("/trends?days=7").text
    for view in ("review", "outcome", "sender", "recipient_account", "recipient_domain", "rule"):
        assert f'id="trend-{view}"' in page and f"/trends.csv?by={view}&amp;days=7" in page
    assert "anna@bluewave-kw.cn" in page and "Maple Crest Housewares Inc." in page


def test_an_unknown_trend_is_a_clear_error(officer):
    response = officer.get("/trends.csv?by=colour")
    assert response.status_code == 400 and "by must be one of sender" in response.text
