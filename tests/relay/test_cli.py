"""`guard quarantine list|release|reject|resolve` and the relay's help, on a real store and upstream."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from support.ports import free_port

from guard.cli import cli
from guard.store.queries import get_message

from .test_quarantine import hold_one


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


@pytest.fixture
def config(tmp_path, sink, store):
    def write(upstream: str) -> str:
        path = tmp_path / "guard.toml"
        path.write_text(f'[store]\nurl = "{store.url}"\n[relay]\nupstream = "{upstream}"\n')
        return str(path)

    return write


def test_quarantine_list_shows_held_messages_oldest_first(relay, store, config, sink):
    first, second = hold_one(relay), hold_one(relay)
    r = run("quarantine", "list", "--config", config(sink.address), "--json")
    assert [json.loads(x)["queue_id"] for x in r.stdout.splitlines()] == [first, second]


def test_quarantine_release_delivers_and_records_the_user(relay, store, config, sink):
    qid = hold_one(relay)
    r = run("quarantine", "release", "--config", config(sink.address), qid, "--reason", "ok'd", "--user", "olga")
    assert r.exit_code == 0 and "released" in r.output
    assert len(sink.messages) == 1
    assert get_message(store, qid).reviews[0].user == "olga"


def test_quarantine_release_with_upstream_down_exits_1_and_stays_held(relay, store, config):
    qid = hold_one(relay)
    r = run("quarantine", "release", "--config", config(f"127.0.0.1:{free_port()}"), qid)
    assert r.exit_code == 1 and "still held" in r.output
    assert get_message(store, qid).row.status == "held"


def test_quarantine_reject_needs_a_reason_and_records_it(relay, store, config, sink):
    qid = hold_one(relay)
    assert run("quarantine", "reject", "--config", config(sink.address), qid).exit_code == 2
    r = run("quarantine", "reject", "--config", config(sink.address), qid, "--reason", "competitor price")
    assert r.exit_code == 0
    assert get_message(store, qid).row.status == "rejected"


def test_releasing_a_rejected_message_is_one_error_line(relay, store, config, sink):
    qid = hold_one(relay)
    run("quarantine", "reject", "--config", config(sink.address), qid, "--reason", "no")
    r = run("quarantine", "release", "--config", config(sink.address), qid)
    assert r.exit_code == 3 and r.output.strip() == f"Error: {qid} is rejected, not held"


def test_resolve_refuses_a_message_that_is_not_releasing(relay, store, config, sink):
    qid = hold_one(relay)
    r = run("quarantine", "resolve", "--config", config(sink.address), qid, "--not-delivered")
    assert r.exit_code == 3 and "only an interrupted release" in r.output


@pytest.mark.parametrize("command", [["serve"], ["quarantine"], ["quarantine", "list"], ["quarantine", "release"],
                                     ["quarantine", "reject"], ["quarantine", "resolve"]])
def test_every_command_has_help(command):
    r = run(*command, "--help")
    assert r.exit_code == 0 and len(r.output.splitlines()) > 4
