"""Shared helpers for the registry tests: fixture paths, a small valid document with slots, problems,
`guard registry ...` through CliRunner."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from support.files import REGISTRY

from guard.cli import cli
from guard.errors import RegistryError
from guard.registry.load import load_registry_text

FIXTURES = Path(__file__).resolve().parent / "fixtures"
KITCHENWARE = REGISTRY  # the shared test registry of a kitchenware exporter
MARK = "# <-"

# A valid registry with slots where a test puts the lines under test; `# <-` marks the line
# a problem must point at.
TEMPLATE = """\
{version}
{top}
[company]
name = "Qingdao Tidewater Ceramics Co., Ltd."
domains = ["tidewater-ceramics.cn"]
{company}
[[products]]
sku = "MUG-12"
names = ["MUG-12", "stoneware mug"]
{product}
[[products]]
sku = "BOWL-6"
names = ["BOWL-6"]

[[accounts]]
id = "harbourside"
name = "Harbourside Homewares Ltd"
domains = ["harbourside-homewares.co.uk"]
contacts = [ {{ name = "Megan Price", email = "megan@harbourside-homewares.co.uk" }} ]
{account}
[[accounts.deals]]
sku = "MUG-12"
unit = "pc"
{deal}
[[accounts]]
id = "kodu"
name = "Kodu Keraamika OÜ"
{second}
"""


def document(version: str = "version = 1", **slots: str) -> str:
    filled = {k: "" for k in ("top", "company", "product", "account", "deal", "second")}
    filled.update(slots)
    return TEMPLATE.format(version=version, **filled)


def marked_line(text: str) -> int:
    return next(no for no, line in enumerate(text.split("\n"), 1) if MARK in line)


def problems_of(text: str, source: str = "reg.toml") -> list[str]:
    with pytest.raises(RegistryError) as e:
        load_registry_text(text, source)
    return e.value.problems


def run(*args) -> Result:
    """`guard registry ARGS...` (paths may be Path objects)."""
    return CliRunner().invoke(cli, ["registry", *map(str, args)])
