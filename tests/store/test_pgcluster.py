"""PostgreSQL on a bare machine: with no server answering, the tests start a throw-away cluster
(initdb + pg_ctl, unprivileged, loopback, trust), migrate it, and remove it at the end.

The probe is pointed at a port where nothing answers (GUARD_TEST_PG_PROBE), so this path runs
here too, where a PostgreSQL server does answer on 127.0.0.1:5432.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from support import pgcluster
from support.ports import free_port

from guard.cli import cli

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.postgres


def _dead_probe() -> dict[str, str]:
    return {pgcluster.ENV_PROBE: f"127.0.0.1:{free_port()}"}


def test_with_no_server_answering_a_throw_away_cluster_starts_migrates_and_is_removed():
    url, cluster = pgcluster.provide(_dead_probe())
    assert cluster is not None
    try:
        assert url == cluster.url and f":{cluster.port}/test" in url
        if os.geteuid() == 0:
            assert cluster.user == "postgres"  # PostgreSQL refuses root
        up = CliRunner().invoke(cli, ["db", "upgrade", "--db", url])
        assert up.exit_code == 0 and "upgraded from empty" in up.output, up.output
        assert CliRunner().invoke(cli, ["db", "current", "--db", url]).exit_code == 0
        root = cluster.root
    finally:
        cluster.stop()
    assert not root.exists()
    assert not pgcluster.answers("127.0.0.1", cluster.port, timeout=1)


def test_a_server_that_answers_at_the_probe_is_used_and_nothing_is_started():
    session = os.environ[pgcluster.ENV_URL]
    host_port = re.search(r"@([^/]+)/", session).group(1)
    url, cluster = pgcluster.provide({pgcluster.ENV_PROBE: host_port})
    assert cluster is None and url == pgcluster.url_for(*host_port.rsplit(":", 1))


def test_the_server_named_by_the_environment_is_used_as_given():
    given = "postgresql+psycopg://guard@db.example.com:6543/guardtest"
    assert pgcluster.provide({pgcluster.ENV_URL: given, **_dead_probe()}) == (given, None)


def test_a_test_session_with_no_server_answering_runs_its_postgresql_tests_on_its_own_cluster():
    env = {k: v for k, v in os.environ.items() if k != pgcluster.ENV_URL and not k.startswith("PYTEST_")}
    env.update(_dead_probe(), PYTHONPATH=str(ROOT))
    r = subprocess.run([sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-n", "0",
                        "tests/registry/test_registry_postgres.py"],
                       cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0 and "2 passed" in r.stdout, r.stdout + r.stderr
    header = re.search(r"postgresql: (\S+) \(a throw-away cluster in (\S+)\)", r.stdout)
    assert header, r.stdout
    assert not Path(header.group(2)).exists()  # stopped and removed at the end of the session
    port = int(re.search(r":(\d+)/test", header.group(1)).group(1))
    assert not pgcluster.answers("127.0.0.1", port, timeout=1)
