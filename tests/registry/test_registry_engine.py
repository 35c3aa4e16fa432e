"""The registry imported into the store drives the real engine (guard.engine.engine_from_config)."""

from __future__ import annotations

from guard.config import Config
from guard.engine import engine_from_config
from guard.registry.load import load_registry
from guard.registry.tables import import_registry
from guard.store.db import Store

from .helpers import FIXTURES, KITCHENWARE


def _engine(tmp_path):
    url = f"sqlite:///{tmp_path / 'guard.db'}"
    store = Store(url)
    store.upgrade()
    import_registry(store, load_registry(KITCHENWARE), KITCHENWARE.read_text(encoding="utf-8"), str(KITCHENWARE))
    return engine_from_config(Config(None, {"store": {"url": url}}))


def test_store_registry_blocks_a_competitors_price_sent_to_a_customer(tmp_path):
    result = _engine(tmp_path).check_bytes((FIXTURES / "competitor_price.eml").read_bytes())
    assert result.verdict.verdict == "block"
    assert "nordkok" in result.verdict.accounts


def test_store_registry_passes_an_ordinary_mail(tmp_path):
    result = _engine(tmp_path).check_bytes((FIXTURES / "ordinary.eml").read_bytes())
    assert result.verdict.verdict == "pass" and not result.verdict.findings
