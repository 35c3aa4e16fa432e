"""Deployment files that hold: the systemd units under deploy/ share one layout, name docs that
exist, and pass `systemd-analyze verify`; docs/postfix.md's reply table renders as one table."""

from __future__ import annotations

import configparser
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DEPLOY = ROOT / "deploy"
UNITS = sorted(p for p in DEPLOY.iterdir() if p.suffix in (".service", ".timer"))
SERVICES = [p for p in UNITS if p.suffix == ".service"]
LONG_RUNNING = {"guard-relay.service": "serve", "guard-web.service": "web", "guard-watch.service": "watch"}
GUARD = "/opt/guard/venv/bin/guard"


def unit(path: Path) -> configparser.ConfigParser:
    cp = configparser.ConfigParser(strict=False, interpolation=None, delimiters=("=",))
    cp.optionxform = str
    cp.read(path, encoding="utf-8")
    return cp


def test_there_is_a_unit_for_serve_web_watch_and_the_purge():
    assert {p.name for p in UNITS} == {*LONG_RUNNING, "guard-purge.service", "guard-purge.timer"}


@pytest.mark.parametrize("path", SERVICES, ids=lambda p: p.name)
def test_every_service_uses_the_one_layout(path):
    s = unit(path)["Service"]
    assert s["ExecStart"].startswith(f"{GUARD} ") and "--config /etc/guard/guard.toml" in s["ExecStart"]
    assert s["StateDirectory"] == "guard" and s["WorkingDirectory"] == "/var/lib/guard"
    assert (s["User"], s["Group"]) == ("guard", "guard") and s["ProtectSystem"] == "strict"
    if path.name in LONG_RUNNING:
        assert s["ExecStart"].split()[1] == LONG_RUNNING[path.name]
        assert s["ExecReload"] == "/bin/kill -HUP $MAINPID"
        assert s["ExecStartPre"] == f"{GUARD} config check --quiet /etc/guard/guard.toml"


@pytest.mark.parametrize("path", UNITS, ids=lambda p: p.name)
def test_documentation_names_files_that_exist_in_the_installed_source(path):
    docs = unit(path)["Unit"]["Documentation"].split()
    assert docs
    for uri in docs:
        assert uri.startswith("file:///opt/guard/src/"), uri  # docs/deploy.md installs the checkout there
        assert (ROOT / uri.removeprefix("file:///opt/guard/src/")).is_file(), uri


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="systemd-analyze is not installed")
def test_units_pass_systemd_analyze_verify(tmp_path):
    # verify wants ExecStart's binary to exist: point it at this checkout's guard
    here = tmp_path / "guard"
    here.write_text(f"#!/bin/sh\nexec {sys.executable} -m guard \"$@\"\n")
    here.chmod(0o755)
    for p in UNITS:
        (tmp_path / p.name).write_text(p.read_text(encoding="utf-8").replace(GUARD, str(here)), encoding="utf-8")
    r = subprocess.run(["systemd-analyze", "verify", *[str(tmp_path / p.name) for p in UNITS]],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 0 and not r.stderr.strip(), r.stderr


def test_deploy_doc_names_every_unit_and_links_only_existing_files():
    text = (ROOT / "docs" / "deploy.md").read_text(encoding="utf-8")
    for p in UNITS:
        assert p.name in text
    for target in re.findall(r"\]\(([^)#]+)\)", text):
        assert (ROOT / "docs" / target).resolve().exists(), target
    assert "requirements-ner.txt" in text and "/opt/guard/venv" in text


def test_postfix_doc_has_one_reply_table_that_renders():
    text = (ROOT / "docs" / "postfix.md").read_text(encoding="utf-8")
    section = text.split("## What the sending server sees", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"(?:^\|.*\|[ \t]*\n)+", section, flags=re.M)
    assert len(blocks) == 1, "the replies are split into several tables"
    rows = blocks[0].strip().splitlines()
    assert re.fullmatch(r"\|(\s*:?-+:?\s*\|)+", rows[1]), "the second line must be the header rule"
    widths = {len(re.findall(r"(?<!\\)\|", r.replace("`|`", ""))) for r in rows}
    assert len(widths) == 1, f"rows with different numbers of columns: {widths}"
    for target in re.findall(r"\]\(([^)#]+)\)", text):
        assert (ROOT / "docs" / target).resolve().exists(), target
