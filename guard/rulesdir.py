"""Where guard's own rules live: the rules/ folder inside the package (a path, not
importlib.resources, which alone costs a few ms of imports at every start)."""

from pathlib import Path

RULES_DIR = Path(__file__).resolve().parent / "rules"
