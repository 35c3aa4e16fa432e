"""`guard check -` reads at most the configured message size (issue 18.4): more is an input error, not a MemoryError."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from support.files import FIXTURES, REGISTRY

ROOT = Path(__file__).resolve().parents[2]


def check_stdin(data: bytes, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "guard", "check", "--registry", str(REGISTRY), *args, "-"],
                          cwd=ROOT, input=data, capture_output=True, timeout=120)


def test_standard_input_over_max_message_size_is_refused_with_exit_3(tmp_path):
    cfg = tmp_path / "guard.toml"
    cfg.write_text("[relay]\nmax_message_size = 4096\n")
    raw = (FIXTURES / "relay" / "ordinary.eml").read_bytes()
    r = check_stdin(raw + b"x" * 5000, "--config", str(cfg))
    assert r.returncode == 3
    assert b"cannot read -: more than 4096 bytes ([relay] max_message_size); not checked" in r.stdout + r.stderr


def test_standard_input_within_the_limit_is_checked(tmp_path):
    cfg = tmp_path / "guard.toml"
    cfg.write_text("[relay]\nmax_message_size = 4096\n")
    r = check_stdin((FIXTURES / "relay" / "ordinary.eml").read_bytes(), "--config", str(cfg))
    assert r.returncode == 0 and b"PASS" in r.stdout
