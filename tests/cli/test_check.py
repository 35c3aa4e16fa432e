"""`guard check` as SPEC section 4 describes it: JSON Lines, exit codes, stdin, errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from guard.cli import cli

HERE = Path(__file__).parent
FIX = HERE / "fixtures"
REGISTRY = str(HERE.parent / "fixtures" / "registry.toml")


def run(*args, input=None):
    return CliRunner().invoke(cli, ["check", "--registry", REGISTRY, *args], input=input)


def lines(result):
    return [json.loads(x) for x in result.output.splitlines() if x.strip()]


def test_clean_message_exits_0_with_pass():
    r = run("--json", str(FIX / "clean.eml"))
    assert r.exit_code == 0
    (obj,) = lines(r)
    assert obj["verdict"] == "pass" and obj["findings"] == [] and obj["unread"] == []


def test_json_object_has_the_spec_fields():
    (obj,) = lines(run("--json", str(FIX / "competitor.eml")))
    assert set(obj) == {"message", "verdict", "findings", "unread", "elapsed_ms"}
    f = obj["findings"][0]
    assert set(f) == {"rule", "action", "account", "kind", "text", "where", "start", "end", "explanation", "place"}


def test_blocked_message_exits_2_and_names_the_account():
    r = run("--json", str(FIX / "competitor.eml"))
    assert r.exit_code == 2
    (obj,) = lines(r)
    assert obj["verdict"] == "block"
    assert {f["account"] for f in obj["findings"]} == {"nordkok"}


def test_flagged_message_exits_1():
    r = run("--json", str(FIX / "named.eml"))
    assert r.exit_code == 1 and lines(r)[0]["verdict"] == "flag"


def test_results_come_one_per_line_in_input_order():
    names = [str(FIX / n) for n in ("named.eml", "clean.eml", "competitor.eml")]
    r = run("--json", *names)
    assert [o["message"] for o in lines(r)] == names
    assert r.exit_code == 2


def test_standard_input_is_read_with_dash():
    r = run("--json", "-", input=(FIX / "competitor.eml").read_bytes())
    assert lines(r)[0]["message"] == "-" and lines(r)[0]["verdict"] == "block"


def test_unparseable_message_is_an_error_never_a_pass():
    r = run("--json", str(FIX / "garbage.eml"), str(FIX / "clean.eml"))
    assert r.exit_code == 3
    first, second = lines(r)
    assert first["verdict"] == "error" and first["error"]
    assert second["verdict"] == "pass"


def test_missing_file_is_an_input_error():
    r = run("--json", str(FIX / "does-not-exist.eml"))
    assert r.exit_code == 3 and "cannot read" in lines(r)[0]["error"]


def test_readable_report_shows_the_offending_text_in_context():
    r = run(str(FIX / "competitor.eml"))
    assert "BLOCK" in r.output and "[Nordkök]" in r.output and "R2" in r.output


def test_offsets_index_the_extracted_part_text():
    (obj,) = lines(run("--json", str(FIX / "named.eml")))
    f = obj["findings"][0]
    assert f["where"] == "body" and f["end"] - f["start"] == len(f["text"]) == len("Maple Crest")


@pytest.mark.parametrize("flag", ["--help", "-h"])
def test_help_teaches_the_exit_codes(flag):
    r = CliRunner().invoke(cli, ["check", flag])
    assert r.exit_code == 0 and "Exit status" in r.output and "--json" in r.output


def test_colour_only_when_asked_or_on_a_terminal():
    plain = run(str(FIX / "competitor.eml"))
    coloured = run("--color=always", str(FIX / "competitor.eml"))
    assert "\x1b[" not in plain.output and "\x1b[" in coloured.output


def test_no_color_environment_turns_auto_colour_off(monkeypatch):
    from guard.cli_check import use_colour

    monkeypatch.setattr("sys.stdout.isatty", lambda: True)
    monkeypatch.setenv("NO_COLOR", "1")
    assert use_colour("auto") is False and use_colour("always") is True


def test_json_findings_carry_their_place():
    (obj,) = lines(run("--json", str(FIX / "competitor.eml")))
    assert {f["place"] for f in obj["findings"]} == {"line 3"}
