"""Prometheus metrics and a health check over HTTP (`[metrics] listen`), for `guard serve`.

The counters live in this process (the relay's main process, where every verdict arrives:
check workers only compute). The quarantine's size and age and the registry's age are read
when Prometheus scrapes, so they are true even with several relays sharing one store.

    GET /metrics   Prometheus text format
    GET /health    200 {"status": "ok", ...} or 503 with what is wrong (JSON)
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from prometheus_client import CONTENT_TYPE_LATEST, REGISTRY, Counter, Gauge, Histogram, generate_latest
from prometheus_client.core import GaugeMetricFamily

from guard.config import Config
from guard.errors import ConfigError

log = logging.getLogger("guard.metrics")

MESSAGES = Counter("guard_messages", "Messages the relay answered, by verdict and outcome",
                   ["verdict", "status"])
RULES = Counter("guard_rule_messages", "Messages with at least one finding of the rule, by rule and verdict",
                ["rule", "verdict"])
CHECK_SECONDS = Histogram("guard_check_seconds", "Time one check of a message took",
                          buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120))
UPSTREAM_ERRORS = Counter("guard_upstream_errors", "Upstream failures: unreachable, connection lost, or a "
                          "4xx/5xx answer to DATA", ["kind"])
REGISTRY_INFO = Gauge("guard_registry_info", "The registry in use (its version as a label)", ["version"])
REGISTRY_LOADED = Gauge("guard_registry_loaded_timestamp_seconds", "When this process loaded the registry")
REGISTRY_CHANGED = Gauge("guard_registry_changed_timestamp_seconds",
                         "When the registry in use was written (file mtime, or the store import time)")

_registry_version: list[str] = []


def registry_loaded(version: str, changed_at: float | None = None) -> None:
    """Call on every (re)load: the version label moves, the old one disappears."""
    for old in _registry_version:
        REGISTRY_INFO.remove(old)
    _registry_version[:] = [version]
    REGISTRY_INFO.labels(version).set(1)
    REGISTRY_LOADED.set(time.time())
    if changed_at is not None:
        REGISTRY_CHANGED.set(changed_at)


def observe_message(verdict: str, status: str, rules: list[str], check_ms: float | None) -> None:
    MESSAGES.labels(verdict, status).inc()
    for rule in rules:
        RULES.labels(rule, verdict).inc()
    if check_ms is not None:
        CHECK_SECONDS.observe(check_ms / 1000)


class StoreCollector:
    """Gauges read from the store at scrape time: the quarantine and the registry's age."""

    def __init__(self, store):
        self.store = store

    def collect(self):
        from guard.store.queries import quarantine_stats

        now = time.time()
        try:
            count, oldest = quarantine_stats(self.store)
        except Exception as e:  # a scrape must not fail because the store is down; /health says so
            log.warning("metrics: cannot read the quarantine: %s", e)
            return
        yield GaugeMetricFamily("guard_quarantine_messages", "Messages held for review", value=count)
        yield GaugeMetricFamily("guard_quarantine_oldest_age_seconds",
                                "Age of the oldest held message (0 when none is held)",
                                value=max(0.0, now - oldest.timestamp()) if oldest else 0.0)
        changed = REGISTRY_CHANGED._value.get()
        if changed:
            yield GaugeMetricFamily("guard_registry_age_seconds", "Seconds since the registry in use was written",
                                    value=max(0.0, now - changed))

    def describe(self):
        return []  # collected only at scrape time (never at registration, when the store may be down)


@dataclass(frozen=True)
class MetricsSettings:
    listen_host: str | None = None  # None: no endpoint (the default)
    listen_port: int = 0


def metrics_settings(cfg: Config) -> MetricsSettings:
    """[metrics] listen = "127.0.0.1:9325" turns the endpoint on; absent or "" keeps it off."""
    sec = cfg.section("metrics")
    unknown = sorted(set(sec) - {"listen"})
    if unknown:
        raise ConfigError(f"{cfg.where}: [metrics] unknown key {unknown[0]!r} (known: listen)")
    listen = sec.get("listen", "")
    if listen == "":
        return MetricsSettings()
    from guard.relay.config import parse_hostport

    try:
        host, port = parse_hostport(listen, "listen", cfg.where)
    except ConfigError:
        raise ConfigError(f"{cfg.where}: [metrics] listen must be \"host:port\" (e.g. \"127.0.0.1:9325\") "
                          f"or \"\" for none, got {listen!r}") from None
    return MetricsSettings(host, port)


def store_health(store) -> str:
    """"ok", or why the store cannot be reached (a health check's answer)."""
    from sqlalchemy import text

    try:
        with store.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        return "ok"
    except Exception as e:
        return f"unavailable: {str(e).splitlines()[0][:200]}"


HealthCheck = Callable[[], dict[str, str]]  # name -> "ok" or what is wrong


class _Handler(BaseHTTPRequestHandler):
    server: MetricsServer

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        path = self.path.split("?", 1)[0]
        if path == "/metrics":
            self._send(200, CONTENT_TYPE_LATEST, generate_latest(REGISTRY))
        elif path in ("/health", "/healthz"):
            checks = self.server.health()
            ok = all(v == "ok" for v in checks.values())
            body = json.dumps({"status": "ok" if ok else "fail", "checks": checks}).encode()
            self._send(200 if ok else 503, "application/json", body)
        else:
            self._send(404, "text/plain", b"not found: try /metrics or /health\n")

    def _send(self, code: int, ctype: str, body: bytes) -> None:
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, fmt, *args) -> None:
        log.debug("metrics: " + fmt, *args)


class MetricsServer(ThreadingHTTPServer):
    """The endpoint in a daemon thread: `start()` returns the bound (host, port), `stop()`."""

    daemon_threads = True

    def __init__(self, settings: MetricsSettings, health: HealthCheck, store=None):
        super().__init__((settings.listen_host, settings.listen_port), _Handler)
        self.health = health
        self._collector = StoreCollector(store) if store is not None else None
        if self._collector is not None:
            REGISTRY.register(self._collector)
        self._thread = threading.Thread(target=self.serve_forever, name="guard-metrics", daemon=True)

    def start(self) -> tuple[str, int]:
        self._thread.start()
        host, port = self.server_address[:2]
        log.info("metrics and health on http://%s:%d/metrics and /health", host, port)
        return host, port

    def stop(self) -> None:
        self.shutdown()
        self.server_close()
        if self._collector is not None:
            REGISTRY.unregister(self._collector)
            self._collector = None


