"""Which PostgreSQL the tests use, so the suite passes on a bare machine too.

In this order: the server named by GUARD_TEST_PG_URL; else the one at GUARD_TEST_PG_PROBE
(host:port, default 127.0.0.1:5432) if it answers; else a throw-away cluster of Debian's
PostgreSQL (scripts/setup installs it): initdb + pg_ctl in a temporary directory, trust
auth, on a free loopback port, stopped and removed when the test session ends.

PostgreSQL refuses to run as root: as root the cluster belongs to Debian's `postgres`
user (made by the package), as the Dovecot tests use Debian's `dovecot`.

`python tests/support/pgcluster.py` prints the URL the tests would use (and stops any
cluster it had to start).
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

ENV_URL = "GUARD_TEST_PG_URL"
ENV_PROBE = "GUARD_TEST_PG_PROBE"
DEFAULT_PROBE = "127.0.0.1:5432"
DATABASE = "test"


class NoPostgres(RuntimeError):
    """No server answers and no cluster can be made (the binaries are missing)."""


def pg_bin(name: str) -> str:
    """Debian keeps initdb and pg_ctl out of PATH, in /usr/lib/postgresql/VERSION/bin."""
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"),
                   key=lambda p: int(Path(p).parts[4]) if Path(p).parts[4].isdigit() else 0)
    path = found[-1] if found else shutil.which(name)
    if not path:
        raise NoPostgres(f"no PostgreSQL server answers and {name} is not installed "
                         "(scripts/setup installs Debian's postgresql)")
    return path


def url_for(host: str, port: int, database: str = DATABASE) -> str:
    return f"postgresql+psycopg://postgres@{host}:{port}/{database}"


def answers(host: str, port: int, timeout: float = 2.0) -> bool:
    """A PostgreSQL server accepts user postgres there (not just any listener on the port)."""
    import psycopg

    try:
        with socket.create_connection((host, port), timeout=timeout):
            pass
        with psycopg.connect(host=host, port=port, user="postgres", dbname="postgres",
                             connect_timeout=max(1, int(timeout))):
            return True
    except (OSError, psycopg.Error):
        return False


def ensure_database(host: str, port: int, database: str = DATABASE) -> None:
    import psycopg

    with psycopg.connect(host=host, port=port, user="postgres", dbname="postgres", autocommit=True) as c:
        if c.execute("SELECT 1 FROM pg_database WHERE datname = %s", (database,)).fetchone() is None:
            c.execute(f'CREATE DATABASE "{database}"')


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Cluster:
    """One throw-away cluster: `start()`, `url`, `stop()` (which also deletes its files)."""

    root: Path | None = None
    port: int = 0
    user: str | None = None  # who runs it; None: whoever runs the tests

    def __post_init__(self) -> None:
        if self.user is None and os.geteuid() == 0:
            try:
                self.user = pwd.getpwnam("postgres").pw_name
            except KeyError:
                raise NoPostgres("running as root, PostgreSQL needs an unprivileged user: "
                                 "Debian's postgresql package makes `postgres`") from None

    @property
    def data(self) -> Path:
        assert self.root is not None
        return self.root / "data"

    @property
    def url(self) -> str:
        return url_for("127.0.0.1", self.port)

    def _run(self, *args: str, timeout: float = 60) -> subprocess.CompletedProcess:
        kw = {"user": self.user, "group": pwd.getpwnam(self.user).pw_gid} if self.user else {}
        return subprocess.run(list(args), cwd=self.root, capture_output=True, text=True, timeout=timeout,
                              env={**os.environ, "LC_ALL": "C.UTF-8", "PGTZ": "UTC"}, **kw)

    def start(self) -> Cluster:
        # Not under pytest's tmp_path: its parents are 0700 root, which `postgres` cannot enter.
        self.root = Path(tempfile.mkdtemp(prefix="guard-pg-"))
        os.chmod(self.root, 0o755)
        if self.user:
            shutil.chown(self.root, self.user, self.user)
        try:
            r = self._run(pg_bin("initdb"), "-D", str(self.data), "-U", "postgres", "--auth=trust",
                          "-E", "UTF8", "--no-sync", "--no-instructions")
            if r.returncode:
                raise NoPostgres(f"initdb failed: {r.stderr.strip() or r.stdout.strip()}")
            self._start_server()
            ensure_database("127.0.0.1", self.port)
        except BaseException:
            self.stop()
            raise
        return self

    def _start_server(self) -> None:
        log = self.root / "server.log"
        for attempt in range(3):  # another process may take the free port before the server binds it
            self.port = _free_port()
            opts = (f"-c listen_addresses=127.0.0.1 -p {self.port} -c unix_socket_directories={self.root} "
                    "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200")
            r = self._run(pg_bin("pg_ctl"), "-D", str(self.data), "-l", str(log), "-o", opts, "-w", "-t", "30",
                          "start")
            if r.returncode == 0:
                return
            text = log.read_text(errors="replace") if log.exists() else ""
            if "already in use" not in text or attempt == 2:
                raise NoPostgres(f"pg_ctl start failed: {r.stderr.strip()}\n{text[-2000:]}")

    @property
    def running(self) -> bool:
        return bool(self.root) and (self.data / "postmaster.pid").exists()

    def stop(self) -> None:
        """Stop the server (fast: open sessions are ended) and delete the directory."""
        if self.root is None:
            return
        if self.running:
            r = self._run(pg_bin("pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "-t", "30", "stop")
            if r.returncode and self.running:
                self._run(pg_bin("pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.root, ignore_errors=True)
        self.root = None


def provide(env: dict[str, str] | None = None) -> tuple[str, Cluster | None]:
    """The URL the tests use, and the cluster started for it (None when a server was found)."""
    env = os.environ if env is None else env
    if env.get(ENV_URL):
        return env[ENV_URL], None
    host, _, port = env.get(ENV_PROBE, DEFAULT_PROBE).rpartition(":")
    if answers(host, int(port)):
        ensure_database(host, int(port))
        return url_for(host, int(port)), None
    cluster = Cluster().start()
    return cluster.url, cluster


if __name__ == "__main__":
    url, started = provide()
    print(url + (" (a throw-away cluster, stopped again)" if started else ""))
    if started:
        started.stop()
