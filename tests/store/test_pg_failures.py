"""PostgreSQL dropping the store's connections mid-session (a server restart, a failover, an
administrator's pg_terminate_backend): the store reconnects, or fails with a clear StoreError
for the one call in flight, and loses nothing it committed (issue 18.7).

The shared server is never restarted: the store's own backends are killed, which is what a
restart does to a client. Each test has its own throw-away schema."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, event, func, select, text
from support.postgres import fresh_pg_store, pg_url

from guard.errors import StoreError
from guard.policy.verdict import Verdict
from guard.store import schema
from guard.store.db import utcnow

pytestmark = pytest.mark.postgres


class Backends:
    """The server processes of one store's connections, as the pool opens them."""

    def __init__(self, store):
        self.pids: set[int] = set()
        event.listen(store.engine, "connect", self._opened)

    def _opened(self, dbapi_conn, _record) -> None:
        with dbapi_conn.cursor() as cur:
            cur.execute("SELECT pg_backend_pid()")
            self.pids.add(cur.fetchone()[0])

    def kill(self) -> int:
        """pg_terminate_backend on each (what a server restart does to its clients); how many died."""
        admin = create_engine(pg_url())
        try:
            with admin.begin() as c:
                killed = sum(bool(c.execute(text("SELECT pg_terminate_backend(:p)"), {"p": p}).scalar())
                             for p in self.pids)
        finally:
            admin.dispose()
        self.pids.clear()
        return killed


@pytest.fixture
def store():
    with fresh_pg_store("pgfail") as s:
        s.upgrade()
        yield s


def record(store, n: int) -> str:
    return store.record_check(source="relay", raw=f"Subject: {n}\r\n\r\nbody {n}\r\n".encode(),
                              verdict=Verdict("hold"), status="held")


def count(store) -> int:
    with store.session() as s:
        return s.scalar(select(func.count()).select_from(schema.CheckedMessage))


def test_the_store_reconnects_after_its_connections_are_killed(store):
    backends = Backends(store)
    store.engine.dispose()  # connections from here on are seen
    record(store, 1)
    assert backends.kill() >= 1
    record(store, 2)  # the pool's ping finds the dead connection and opens a new one
    assert count(store) == 2


def test_a_connection_killed_inside_a_transaction_fails_that_call_clearly_and_keeps_the_rest(store):
    backends = Backends(store)
    store.engine.dispose()
    record(store, 1)
    with pytest.raises(StoreError, match=r"^store .*OperationalError"):
        with store.session() as s:
            s.add(schema.AuditEntry(at=utcnow(), user="test", action="probe", target="", detail=""))
            s.flush()
            assert backends.kill() >= 1
            s.execute(text("SELECT 1"))
    with store.session() as s:  # the interrupted transaction left nothing half-written
        assert s.scalar(select(func.count()).select_from(schema.AuditEntry)
                        .where(schema.AuditEntry.action == "probe")) == 0
    record(store, 2)
    assert count(store) == 2
