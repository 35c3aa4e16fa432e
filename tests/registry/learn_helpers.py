"""The Sent-mail archive generator of bench/learn_archive.py, for the learn tests."""

from __future__ import annotations

import importlib.util
import sys
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _load(name: str):
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, ROOT / "bench" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while the class is made
    spec.loader.exec_module(module)
    return module


archive = _load("learn_archive")
scoring = _load("learn_score")
corpus = _load("learn_corpus")


@lru_cache(maxsize=2)
def made(accounts: int = 24, noise: int = 60, seed: int = 3):
    """(registry, messages) of a generated archive, made once per test session."""
    return archive.build(accounts, noise, seed)
