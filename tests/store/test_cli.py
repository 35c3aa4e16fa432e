"""`guard db upgrade`, `guard log list|show` on a real temporary store (click's CliRunner)."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from click.testing import CliRunner

from guard.cli import cli
from guard.policy.verdict import Verdict

from .conftest import verdict_of

R3 = verdict_of(("R3", "block", "nordkok", "name", "Nordkok", 14, 21))


@pytest.fixture
def url(store):
    return store.url


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_db_upgrade_creates_then_reports_up_to_date(tmp_path):
    url = f"sqlite:///{tmp_path / 'new.db'}"
    first = run("db", "upgrade", "--db", url)
    assert first.exit_code == 0 and "upgraded from empty" in first.output
    again = run("db", "upgrade", "--db", url)
    assert again.exit_code == 0 and "already at schema" in again.output
    assert run("db", "current", "--db", url).exit_code == 0


def test_db_upgrade_reads_the_store_from_the_config_file(tmp_path):
    (tmp_path / "guard.toml").write_text('[store]\nurl = "sqlite:///rel.db"\n')
    r = run("db", "upgrade", "--config", str(tmp_path / "guard.toml"))
    assert r.exit_code == 0 and (tmp_path / "rel.db").exists()


def test_db_current_on_an_empty_store_exits_1(tmp_path):
    r = run("db", "current", "--db", f"sqlite:///{tmp_path / 'e.db'}")
    assert r.exit_code == 1 and "none (empty)" in r.output


def test_log_list_filters_and_prints_json_lines(record, url):
    blocked = record(R3, "blocked")
    record(Verdict("pass"), "delivered")
    r = run("log", "list", "--db", url, "--verdict", "block", "--json")
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    assert [row["queue_id"] for row in rows] == [blocked]
    assert rows[0]["rules"] == ["R3"] and rows[0]["accounts"] == ["nordkok"]


def test_log_list_table_shows_the_total(record, url):
    record(R3, "blocked", subject="Kettle prices")
    r = run("log", "list", "--db", url, "--rule", "R3", "--since", "7d")
    assert r.exit_code == 0 and "Kettle prices" in r.output and "1 message(s) match" in r.output


def test_log_list_by_account_sender_recipient_and_dates(record, url):
    qid = record(R3, "blocked", sender="tom@bluewave-kw.cn", rcpts=("ingrid@fjordhome.no",),
                 received_at=datetime(2026, 7, 1, 9, tzinfo=UTC))
    args = ["--account", "nordkok", "--sender", "tom@bluewave-kw.cn", "--recipient", "fjordhome.no",
            "--since", "2026-07-01", "--until", "2026-07-01", "--json"]
    r = run("log", "list", "--db", url, *args)
    assert [json.loads(x)["queue_id"] for x in r.stdout.splitlines()] == [qid]


def test_log_list_rejects_a_bad_date(url):
    r = run("log", "list", "--db", url, "--since", "yesterday-ish")
    assert r.exit_code == 2 and "not a date" in r.output


def test_log_show_prints_findings_in_context(record, url):
    qid = record(R3, "blocked")
    r = run("log", "show", "--db", url, qid)
    assert r.exit_code == 0
    assert "R3 block account nordkok (name) in body" in r.output
    assert "Hello Ingrid, [[Nordkok]] pays 8.45" in r.output


def test_log_show_raw_prints_the_stored_message(record, url):
    qid = record(R3, "blocked", raw=b"Subject: x\r\n\r\nthe body\r\n")
    r = run("log", "show", "--db", url, "--raw", qid)
    assert r.stdout_bytes == b"Subject: x\r\n\r\nthe body\r\n"


def test_log_show_unknown_id_is_one_error_line(url):
    r = run("log", "show", "--db", url, "NOPE")
    assert r.exit_code == 3 and r.output.strip() == "Error: no message NOPE in the log"


def test_log_on_an_unreachable_store_is_one_error_line():
    r = run("log", "list", "--db", "postgresql+psycopg://postgres@127.0.0.1:1/x?connect_timeout=2")
    assert r.exit_code == 3 and r.output.startswith("Error: store ") and "Traceback" not in r.output


@pytest.mark.parametrize("command", [["db"], ["db", "upgrade"], ["log"], ["log", "list"], ["log", "show"]])
def test_every_command_has_help(command):
    r = run(*command, "--help")
    assert r.exit_code == 0 and len(r.output.splitlines()) > 4
