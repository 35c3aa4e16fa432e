"""The registry in the store: import, the newest document is active, old ones kept, audit written."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from guard.errors import GuardError, RegistryError, StoreError
from guard.registry.dump import registry_to_toml
from guard.registry.load import load_registry
from guard.registry.tables import active_document, import_registry, load_registry_from_store
from guard.store.db import Store
from guard.store.schema import AuditEntry, RegistryAccount, RegistryDocument

from .helpers import FIXTURES, KITCHENWARE


def _import(store, path=KITCHENWARE) -> int:
    return import_registry(store, load_registry(path), path.read_text(encoding="utf-8"), str(path))


def _rows(store, model):
    with store.session() as s:
        return list(s.scalars(select(model).order_by(model.id)))


def test_imported_registry_loads_back(store):
    _import(store)
    loaded = load_registry_from_store(store)
    expected = load_registry(KITCHENWARE)
    assert (loaded.company, loaded.products, loaded.accounts) == (expected.company, expected.products,
                                                                  expected.accounts)


def test_newest_import_is_active_and_older_ones_are_kept(store):
    first = _import(store)
    second = _import(store, FIXTURES / "full.toml")
    assert second > first
    assert load_registry_from_store(store).company.name == "Qingdao Tidewater Ceramics Co., Ltd."
    assert [d.id for d in _rows(store, RegistryDocument)] == [first, second]
    info = active_document(store)
    assert info.id == second and info.accounts == 4 and info.source.endswith("full.toml")


def test_one_row_per_account_for_listing(store):
    doc = _import(store)
    rows = [r for r in _rows(store, RegistryAccount) if r.document_id == doc]
    assert [r.account_id for r in rows] == ["fjordhome", "nordkok", "maplecrest", "pampas", "kookaburra"]
    assert rows[0].deals[0] == {"sku": "KT-500", "price": 8.2, "currency": "USD", "unit": "pc",
                                "quantity": 4000, "date": "2026-07-01"}
    assert rows[1].competitors == ["fjordhome"]


def test_import_writes_an_audit_entry(store, monkeypatch):
    monkeypatch.setenv("USER", "lily")
    doc = _import(store)
    [entry] = _rows(store, AuditEntry)
    assert (entry.user, entry.action, entry.target) == ("lily", "registry.import", str(KITCHENWARE))
    assert f"registry document {doc}: 5 accounts, 3 products, 6 deals" in entry.detail


def test_audit_user_defaults_to_cli(store, monkeypatch):
    monkeypatch.delenv("USER", raising=False)
    _import(store)
    assert _rows(store, AuditEntry)[0].user == "cli"


def test_csv_import_is_stored_as_toml(store):
    registry = load_registry(FIXTURES / "accounts.csv", base=FIXTURES / "base.toml")
    import_registry(store, registry, registry_to_toml(registry), "accounts.csv")
    assert load_registry_from_store(store).accounts == registry.accounts


def test_text_that_does_not_match_the_registry_imports_nothing(store):
    with pytest.raises(GuardError, match="does not match"):
        import_registry(store, load_registry(KITCHENWARE), (FIXTURES / "full.toml").read_text(), "x.toml")
    assert _rows(store, RegistryDocument) == [] and _rows(store, AuditEntry) == []


def test_nothing_imported_yet_says_what_to_run(store):
    with pytest.raises(StoreError, match=r"no registry imported yet .*run `guard registry import FILE`"):
        load_registry_from_store(store)
    assert active_document(store) is None


def test_store_without_tables_says_what_to_run(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'empty.db'}")
    with pytest.raises(StoreError, match="no registry imported yet"):
        load_registry_from_store(store)


def test_stored_document_that_no_longer_validates_is_refused(store):
    _import(store)
    with store.session() as s:
        doc = s.scalars(select(RegistryDocument)).one()
        doc.toml = doc.toml.replace('country = "NO"', 'country = "Norway"')
    with pytest.raises(RegistryError, match=r"\(store document \d+\):\d+: accounts.country"):
        load_registry_from_store(store)
