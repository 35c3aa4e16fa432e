"""The disk cache of the compiled policy and of a registry with its index (guard.cache):
a hit gives what a fresh build gives, and a bad or unsafe entry is rebuilt, never trusted."""

from __future__ import annotations

import shutil

import pytest
from support.files import REGISTRY

from guard.cache import cached
from guard.engine import Engine
from guard.errors import RegistryError
from guard.policy.rules import DEFAULT_DIR, load_policy
from guard.registry.compiled import compiled_registry

MAIL = (b"From: sales@example.com\r\nTo: buyer@example.org\r\nSubject: prices\r\n\r\n"
        b"Fjord Home pays USD 8.20 per piece for the KT-500.\r\n")


@pytest.fixture
def cache(tmp_path, monkeypatch):
    d = tmp_path / "cache"
    monkeypatch.setenv("GUARD_CACHE_DIR", str(d))
    monkeypatch.delenv("GUARD_CACHE", raising=False)
    return d


def counting(value):
    calls = []

    def build():
        calls.append(1)
        return value
    return build, calls


def entries(d):
    return sorted(d.glob("*.pickle"))


def test_a_second_build_is_read_from_the_cache(cache):
    build, calls = counting({"a": [1, 2]})
    assert cached("t", "k", build) == {"a": [1, 2]}
    assert cached("t", "k", build) == {"a": [1, 2]}
    assert len(calls) == 1


def test_another_key_is_a_miss(cache):
    build, calls = counting(1)
    cached("t", "k1", build)
    cached("t", "k2", build)
    assert len(calls) == 2


def test_a_damaged_entry_is_rebuilt_and_rewritten(cache):
    build, calls = counting([1, 2, 3])
    cached("t", "k", build)
    (entry,) = entries(cache)
    data = bytearray(entry.read_bytes())
    data[-3] ^= 0xFF
    entry.write_bytes(bytes(data))
    assert cached("t", "k", build) == [1, 2, 3]
    assert cached("t", "k", build) == [1, 2, 3]
    assert len(calls) == 2


def test_a_truncated_entry_is_rebuilt(cache):
    build, calls = counting("value")
    cached("t", "k", build)
    (entry,) = entries(cache)
    entry.write_bytes(entry.read_bytes()[:20])
    assert cached("t", "k", build) == "value"
    assert len(calls) == 2


def test_a_directory_others_can_write_is_not_read(cache):
    build, calls = counting("value")
    cached("t", "k", build)
    cache.chmod(0o777)
    assert cached("t", "k", build) == "value"
    assert len(calls) == 2


def test_an_entry_others_can_write_is_not_read(cache):
    build, calls = counting("value")
    cached("t", "k", build)
    (entry,) = entries(cache)
    entry.chmod(0o666)
    cached("t", "k", build)
    assert len(calls) == 2


def test_the_cache_can_be_turned_off(cache, monkeypatch):
    monkeypatch.setenv("GUARD_CACHE", "off")
    build, calls = counting(1)
    cached("t", "k", build)
    cached("t", "k", build)
    assert len(calls) == 2 and not cache.exists()


def test_an_unwritable_cache_costs_only_time(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("GUARD_CACHE_DIR", str(blocker / "cache"))
    build, calls = counting(1)
    assert cached("t", "k", build) == 1 and cached("t", "k", build) == 1
    assert len(calls) == 2


def test_a_cached_policy_gives_the_verdict_a_fresh_one_gives(cache, registry):
    fresh = Engine(registry, load_policy()).check_bytes(MAIL).verdict
    assert entries(cache)
    again = Engine(registry, load_policy()).check_bytes(MAIL).verdict
    assert again == fresh and fresh.verdict != "pass"


def test_a_changed_rule_file_is_compiled_again(cache, tmp_path):
    rules = tmp_path / "rules"
    shutil.copytree(DEFAULT_DIR, rules)
    assert load_policy(rules).rules["R4"].action != "pass"
    text = (rules / "default.toml").read_text(encoding="utf-8")
    assert load_policy(rules, {"R4": "pass"}).rules["R4"].action == "pass"
    (rules / "default.toml").write_text(text + "\n# changed\n", encoding="utf-8")
    assert load_policy(rules).source == str(rules / "default.toml")
    assert len(entries(cache)) == 3


def test_a_cached_registry_and_index_match_a_fresh_load(cache, registry):
    first_registry, first_index = compiled_registry(REGISTRY)
    second_registry, second_index = compiled_registry(REGISTRY)
    assert first_registry == second_registry == registry
    assert Engine(second_registry, index=second_index).check_bytes(MAIL).verdict == \
        Engine(registry).check_bytes(MAIL).verdict


def test_a_changed_registry_file_is_indexed_again(cache, tmp_path):
    path = tmp_path / "registry.toml"
    text = REGISTRY.read_text(encoding="utf-8")
    path.write_text(text, encoding="utf-8")
    before, _ = compiled_registry(path)
    path.write_text(text.replace('name = "', 'name = "Renamed ', 1), encoding="utf-8")
    after, _ = compiled_registry(path)
    assert after != before


def test_a_registry_with_problems_fails_every_time(cache, tmp_path):
    path = tmp_path / "registry.toml"
    path.write_text("version = 1\n[company]\n", encoding="utf-8")
    for _ in range(2):
        with pytest.raises(RegistryError):
            compiled_registry(path)
    assert not entries(cache) if cache.exists() else True


def test_a_store_registry_is_cached_until_another_is_imported(cache, store, registry):
    from guard.registry.tables import compiled_registry_from_store, import_registry

    text = REGISTRY.read_text(encoding="utf-8")
    import_registry(store, registry, text, "registry.toml")
    first, _ = compiled_registry_from_store(store)
    again, index = compiled_registry_from_store(store)
    assert first == again and first.accounts == registry.accounts and index.automaton is not None
    changed = text.replace('name = "Fjord Home AS"', 'name = "Fjord Home Holding AS"')
    from guard.registry.load import load_registry_text

    import_registry(store, load_registry_text(changed, "registry.toml"), changed, "registry.toml")
    after, _ = compiled_registry_from_store(store)
    assert after.accounts[0].name == "Fjord Home Holding AS"
