"""The wheel is the product: built from the checkout, installed into a fresh virtualenv outside
it, it checks and scores mail exactly as the checkout does (rules, templates and migrations are
package data, not files that happen to sit beside the source)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT.parent / "shared" / "corpus" / "sample"
CORPUS = SAMPLE if (SAMPLE / "labels.jsonl").exists() else ROOT / "tests" / "corpus" / "blind"
SOURCES = ("guard", "rules", "setup.cfg", "pyproject.toml", "README.md")

pytestmark = pytest.mark.xdist_group("wheel")


def _run(cmd: list[str], cwd: Path, timeout: int = 600) -> subprocess.CompletedProcess:
    """`cmd` in `cwd`, with no PYTHONPATH: what runs from the wheel must not see the checkout."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    if cmd[0] == sys.executable:
        env["PYTHONPATH"] = str(ROOT)
    done = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
    assert done.returncode in (0, 1, 2), f"{cmd}: exit {done.returncode}\n{done.stderr[-3000:]}"
    return done


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """The bin/ folder of a fresh virtualenv with guard's wheel (and its dependencies) installed."""
    work = tmp_path_factory.mktemp("wheel")
    src = work / "src"
    src.mkdir()
    for name in SOURCES:  # a copy, so the build leaves no build/ or egg-info in the checkout
        path = ROOT / name
        if path.is_dir():
            shutil.copytree(path, src / name, symlinks=True,
                            ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            shutil.copy2(path, src / name)
    dist = work / "dist"
    _run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(dist), str(src)], cwd=work)
    [wheel] = dist.glob("guard-*.whl")
    env = work / "venv"
    venv.create(env, with_pip=True)
    _run([str(env / "bin" / "python"), "-m", "pip", "install", "-q", "--disable-pip-version-check",
          str(wheel)], cwd=work)
    return env / "bin"


def test_the_wheel_carries_the_rules_templates_and_migrations(installed):
    code = ("import importlib.resources as r; g = r.files('guard');"
            "print(all(g.joinpath(p).is_file() for p in ('rules/default.toml', 'rules/figures.toml', 'rules/advice/zh.toml',"
            " 'web/templates/base.html', 'store/migrations/versions/0001_initial.py',"
            " 'web/templates/trends.html', 'store/migrations/versions/p15a_override_requests.py',"
            " 'notify/sender.txt', 'notify/digest.txt')))")
    done = _run([str(installed / "python"), "-c", code], cwd=installed)
    assert done.stdout.strip() == "True"


def test_the_installed_guard_imports_nothing_from_the_checkout(installed):
    done = _run([str(installed / "python"), "-c", "import guard; print(guard.__file__)"], cwd=installed)
    assert str(ROOT) not in done.stdout and "site-packages" in done.stdout


def test_guard_check_from_the_wheel_gives_the_checkouts_verdicts(installed, tmp_path):
    messages = sorted((CORPUS / "messages").glob("*.eml"))[:12]
    args = ["check", "--json", "--registry", str(CORPUS / "registry.toml"), *map(str, messages)]
    wheel = _run([str(installed / "guard"), *args], cwd=tmp_path)
    here = _run([sys.executable, "-c", "from guard.cli import main; main()", *args], cwd=ROOT)

    def verdicts(out: str) -> list[tuple[str, str]]:
        return [(Path(d["message"]).name, d["verdict"]) for d in map(json.loads, out.splitlines())]

    assert verdicts(wheel.stdout) == verdicts(here.stdout)
    assert len(verdicts(wheel.stdout)) == len(messages)


def test_guard_eval_from_the_wheel_gives_the_checkouts_scores(installed, tmp_path):
    keys = ("stop_recall", "catch_recall", "false_alarm_rate", "over_stop_rate", "attribution", "errors")
    wheel = _run([str(installed / "guard"), "eval", "--json", str(CORPUS)], cwd=tmp_path)
    here = _run([sys.executable, "-c", "from guard.cli import main; main()", "eval", "--json", str(CORPUS)],
                cwd=ROOT)
    got, want = (json.loads(out.stdout.splitlines()[-1]) for out in (wheel, here))
    assert {k: got[k] for k in keys} == {k: want[k] for k in keys}
    assert got["messages"] > 0


def test_the_wheel_migrates_a_fresh_store(installed, tmp_path):
    db = tmp_path / "guard.db"
    _run([str(installed / "guard"), "db", "upgrade", "--db", f"sqlite:///{db}"], cwd=tmp_path)
    assert db.stat().st_size > 0
