"""Fixtures every test directory may use: the test registry and the real engine over it, a
SQLite store, and a real SMTP sink. Directories that also test PostgreSQL (registry, store,
web) define their own `store`, parametrised over both, which overrides this one."""

from __future__ import annotations

import os
import tempfile

import pytest
from support import pgcluster
from support.dovecot import Dovecot
from support.files import REGISTRY
from support.smtp_sink import Sink

from guard.store.db import Store

# guard's disk cache (guard.cache) in a directory of this test run, not the user's ~/.cache
os.environ.setdefault("GUARD_CACHE_DIR", tempfile.mkdtemp(prefix="guard-test-cache-"))


def pytest_configure(config):
    """Choose the PostgreSQL server once, in the controller, before xdist starts its workers
    (they inherit GUARD_TEST_PG_URL); a throw-away cluster is started when none answers."""
    if hasattr(config, "workerinput"):
        return
    url, cluster = pgcluster.provide()
    os.environ[pgcluster.ENV_URL] = url
    config._guard_pg_cluster = cluster


def pytest_unconfigure(config):
    cluster = getattr(config, "_guard_pg_cluster", None)
    if cluster is not None:
        cluster.stop()


def pytest_report_header(config):
    cluster = getattr(config, "_guard_pg_cluster", None)
    where = f"a throw-away cluster in {cluster.root}" if cluster else "an existing server"
    return f"postgresql: {os.environ.get(pgcluster.ENV_URL)} ({where})"


@pytest.fixture(scope="session")
def registry():
    from guard.registry.load import load_registry

    return load_registry(REGISTRY)


@pytest.fixture(scope="session")
def engine(registry):
    from guard.engine import Engine

    return Engine(registry)


@pytest.fixture
def store(tmp_path):
    s = Store(f"sqlite:///{tmp_path / 'guard.db'}")
    s.upgrade()
    yield s
    s.engine.dispose()


@pytest.fixture
def sink():
    with Sink() as s:
        yield s


@pytest.fixture(scope="module")
def dovecot():
    """A private Dovecot on a loopback port (the watcher's and learn's IMAP tests)."""
    d = Dovecot()
    d.start()
    yield d
    d.cleanup()
