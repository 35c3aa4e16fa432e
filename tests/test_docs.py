"""The docs test: every command teaches with --help, and the example configuration is valid."""

from __future__ import annotations

from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from guard.cli import COMMANDS, cli
from guard.config import KNOWN_SECTIONS, load_config
from guard.engine import engine_from_config
from guard.mail.limits import Limits

ROOT = Path(__file__).resolve().parents[1]


def _commands():
    for name in sorted(COMMANDS):
        cmd = cli.get_command(None, name)
        yield (name,), cmd
        if isinstance(cmd, click.Group):
            for sub in cmd.list_commands(None):
                yield (name, sub), cmd.get_command(None, sub)


@pytest.mark.parametrize("path,cmd", list(_commands()), ids=lambda x: " ".join(x) if isinstance(x, tuple) else "")
def test_every_command_has_help(path, cmd):
    assert (cmd.help or "").strip(), f"guard {' '.join(path)} has no help"
    result = CliRunner().invoke(cli, [*path, "--help"])
    assert result.exit_code == 0
    for param in cmd.params:
        if isinstance(param, click.Option) and not param.hidden:
            assert param.help, f"guard {' '.join(path)} {param.opts[0]} has no help"


def test_readme_names_every_top_level_command():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in COMMANDS:
        assert f"guard {name}" in readme


def test_example_configuration_has_only_known_sections_and_valid_limits():
    cfg = load_config(ROOT / "config.example.toml")
    assert set(cfg.data) <= KNOWN_SECTIONS
    assert Limits.from_section(cfg.section("limits")) == Limits()


def test_example_configuration_builds_an_engine(tmp_path):
    text = (ROOT / "config.example.toml").read_text(encoding="utf-8")
    (tmp_path / "guard.toml").write_text(text, encoding="utf-8")
    (tmp_path / "registry.toml").write_bytes((ROOT / "tests" / "fixtures" / "registry.toml").read_bytes())
    engine = engine_from_config(load_config(tmp_path / "guard.toml"))
    assert engine.index.registry.accounts
