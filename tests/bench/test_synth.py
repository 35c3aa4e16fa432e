"""The benchmark data generator makes valid registries and mail, and the bench scripts run."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from email import message_from_bytes
from email.policy import default
from pathlib import Path

from guard.detect.normalize import is_cjk
from guard.registry.load import load_registry_text

ROOT = Path(__file__).resolve().parents[2]


def _load_synth():
    spec = importlib.util.spec_from_file_location("bench_synth", ROOT / "bench" / "synth.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is made
    spec.loader.exec_module(module)
    return module


synth = _load_synth()


def test_synthetic_registry_is_valid_for_guard():
    registry = load_registry_text(synth.registry_toml(300), "synthetic.toml")
    assert len(registry.accounts) == 300
    assert len(registry.products) == 200
    assert all(1 <= len(a.deals) <= 3 and a.domains and a.contacts for a in registry.accounts)
    assert any(a.competitors for a in registry.accounts)
    assert any(any(is_cjk(c) for c in a.name) for a in registry.accounts)


def test_synthetic_registry_is_deterministic_per_seed():
    assert synth.registry_toml(50, seed=3) == synth.registry_toml(50, seed=3)
    assert synth.registry_toml(50, seed=3) != synth.registry_toml(50, seed=4)


def test_synthetic_messages_are_plain_text_mail_from_the_company():
    registry = load_registry_text(synth.registry_toml(100), "synthetic.toml")
    msgs = synth.messages(registry, 60)
    assert len(msgs) == 60
    for m in msgs:
        parsed = message_from_bytes(m.raw, policy=default)
        assert parsed["From"].addresses[0].domain in synth.COMPANY_DOMAINS
        assert parsed.get_content_type() == "text/plain"
        assert 1200 <= len(parsed.get_content().encode()) <= 4500
        assert m.envelope_rcpts == (parsed["To"].addresses[0].addr_spec,)
    assert 5 <= sum(m.leaks for m in msgs) <= 35
    assert {m.lang for m in msgs} == {"en", "zh", "mixed"}


def test_leaking_messages_name_another_account():
    registry = load_registry_text(synth.registry_toml(100), "synthetic.toml")
    names = {n for a in registry.accounts for n in (a.name, *a.aliases, *(c.name for c in a.contacts))}
    for m in synth.messages(registry, 40):
        if m.leaks:
            body = message_from_bytes(m.raw, policy=default).get_content()
            assert any(n in body for n in names) or "customer" in body or "客户" in body


def _run(script: str, *args: str) -> str:
    proc = subprocess.run([sys.executable, str(ROOT / "bench" / script), *args], capture_output=True,
                          text=True, timeout=240, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def test_engine_benchmark_runs_with_tiny_sizes():
    out = _run("engine.py", "--accounts", "50", "--messages", "20")
    assert "check msg/s" in out
    assert any(line.split()[:1] == ["50"] for line in out.splitlines())  # the row for 50 accounts


def test_matcher_benchmark_runs_with_tiny_sizes():
    out = _run("matcher.py", "--patterns", "1000", "--text-kb", "5")
    assert "pyahocorasick (guard)" in out and "spaCy PhraseMatcher" in out
