"""Operating the relay: one amavis-style log line per message, Prometheus metrics and a health
check on `[metrics] listen`, scraped after real SMTP traffic through `guard serve` to a real sink."""

from __future__ import annotations

import json
import re
import signal
import urllib.error
import urllib.request
from datetime import UTC, datetime, timedelta

import pytest
from prometheus_client.parser import text_string_to_metric_families
from sqlalchemy import update
from support.ports import free_port

from guard import metrics
from guard.config import Config
from guard.errors import ConfigError
from guard.relay.msglog import MessageEvent, format_line
from guard.store import schema
from guard.store.db import Store

from .conftest import HOLD, SENDER, fixture_bytes, returns
from .test_serve import start_serve, write_config
from .test_verdicts import send


def scrape(port: int) -> dict[tuple[str, tuple], float]:
    """Every sample of /metrics as {(name, sorted labels): value}."""
    text = urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=10).read().decode()
    return {(s.name, tuple(sorted(s.labels.items()))): s.value
            for fam in text_string_to_metric_families(text) for s in fam.samples}


def get(port: int, path: str) -> tuple[int, dict]:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=10) as r:
            return r.status, json.loads(r.read())
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read())


@pytest.fixture
def serve_with_metrics(sink, tmp_path):
    port, mport = free_port(), free_port()
    cfg = write_config(tmp_path, sink.address, port, extra=f"""worker_mode = "thread"
[rules]
actions = {{ R1 = "hold" }}
[metrics]
listen = "127.0.0.1:{mport}"
""")
    Store(f"sqlite:///{tmp_path / 'guard.db'}").upgrade()
    proc = start_serve(cfg, port)
    yield proc, port, mport
    if proc.poll() is None:
        proc.kill()
        proc.wait(10)


def test_metrics_scraped_after_real_smtp_traffic_show_the_counts(serve_with_metrics, sink):
    proc, port, mport = serve_with_metrics
    for _ in range(2):
        assert send(("127.0.0.1", port), ["erik.lund@nordkok.se"], fixture_bytes("ordinary.eml"))[0] == 250
    assert send(("127.0.0.1", port), ["olivia@maplecrest.ca"], fixture_bytes("names_other.eml"))[0] == 250
    assert send(("127.0.0.1", port), ["erik.lund@nordkok.se"], fixture_bytes("competitor_price.eml"))[0] == 550
    assert len(sink.messages) == 2

    m = scrape(mport)
    assert m[("guard_messages_total", (("status", "delivered"), ("verdict", "pass")))] == 2
    assert m[("guard_messages_total", (("status", "held"), ("verdict", "hold")))] == 1
    assert m[("guard_messages_total", (("status", "blocked"), ("verdict", "block")))] == 1
    assert m[("guard_rule_messages_total", (("rule", "R1"), ("verdict", "hold")))] == 1
    for rule in ("R2", "R3", "R4"):  # one message, however many findings of the rule
        assert m[("guard_rule_messages_total", (("rule", rule), ("verdict", "block")))] == 1
    assert m[("guard_check_seconds_count", ())] == 4
    assert m[("guard_quarantine_messages", ())] == 1
    assert 0 <= m[("guard_quarantine_oldest_age_seconds", ())] < 120
    (version,) = [dict(k[1])["version"] for k in m if k[0] == "guard_registry_info"]
    assert re.fullmatch(r"[0-9a-f]{12}", version)
    assert m[("guard_registry_age_seconds", ())] > 0
    assert get(mport, "/health") == (200, {"status": "ok", "checks": {"relay": "ok", "store": "ok"}})

    proc.send_signal(signal.SIGTERM)
    proc.wait(30)
    lines = [x for x in proc.stderr.read().decode().splitlines() if " HELD " in x]
    assert len(lines) == 1
    held = lines[0]
    stamp = held.split(" HELD ")[0].split()[-2]
    assert datetime.fromisoformat(stamp).tzinfo is not None  # ISO time with its zone
    for part in ("client=", f"from=<{SENDER}>", "to=<olivia@maplecrest.ca>", "message-id=<",
                 "verdict=hold", "rules=R1 ", "accounts=fjordhome ", "check_ms="):
        assert part in held, held


def test_one_line_names_queue_id_client_envelope_message_id_size_verdict_and_upstream_reply():
    at = datetime(2026, 12, 8, 9, 30, tzinfo=UTC)
    line = format_line(MessageEvent(
        "3F2A9C0D11E24B7A", "flagged", client="[192.0.2.7]:40312", mail_from="lily@x.cn",
        rcpts=("a@y.no", "b@y.no"), message_id="<m1@x.cn>", size=2345, verdict="flag", rules=("R1", "R7"),
        accounts=("fjordhome", "nordkok"), check_ms=4.84, upstream="250 2.0.0 Ok: queued as 4XYZ", at=at))
    assert line == ('2026-12-08T09:30:00.000+00:00 3F2A9C0D11E24B7A FLAGGED client=[192.0.2.7]:40312 '
                    'from=<lily@x.cn> to=<a@y.no>,<b@y.no> message-id=<m1@x.cn> size=2345 verdict=flag '
                    'rules=R1,R7 accounts=fjordhome,nordkok check_ms=4.8 upstream="250 2.0.0 Ok: queued as 4XYZ"')


def test_a_message_without_a_verdict_logs_why_and_no_check_time():
    line = format_line(MessageEvent(None, "tempfail", mail_from="lily@x.cn", rcpts=("a@y.no",),
                                    note="the check timed out"))
    assert " - TEMPFAIL " in line and "verdict=- rules=- accounts=- check_ms=-" in line
    assert line.endswith('note="the check timed out"')


def test_flagged_and_upstream_refused_mail_are_counted_in_process(relay, sink):
    before = scrape_registry()
    sink.data_reply = "554 5.7.1 Spam"
    assert send(relay(checker=returns(HOLD)), ["a@x.example"], b"Subject: x\r\n\r\nbody\r\n")[0] == 250
    assert send(relay(), ["olivia@maplecrest.ca"], fixture_bytes("names_other.eml"))[0] == 554
    after = scrape_registry()

    def delta(name, **labels):
        key = (name, tuple(sorted(labels.items())))
        return after.get(key, 0) - before.get(key, 0)

    assert delta("guard_messages_total", verdict="hold", status="held") == 1
    assert delta("guard_messages_total", verdict="flag", status="refused") == 1
    assert delta("guard_upstream_errors_total", kind="permanent") == 1


def scrape_registry() -> dict:
    from prometheus_client import REGISTRY, generate_latest

    return {(s.name, tuple(sorted(s.labels.items()))): s.value
            for fam in text_string_to_metric_families(generate_latest(REGISTRY).decode()) for s in fam.samples}


def test_quarantine_gauges_count_held_mail_and_the_oldest_age(store):
    store.record_check(source="relay", raw=b"Subject: a\r\n\r\nx\r\n", verdict=HOLD, status="held")
    store.record_check(source="relay", raw=b"Subject: b\r\n\r\nx\r\n", verdict=HOLD, status="held")
    with store.session() as s:
        s.execute(update(schema.CheckedMessage).where(schema.CheckedMessage.id == 1)
                  .values(received_at=datetime.now(UTC) - timedelta(hours=2)))
    got = {f.name: f.samples[0].value for f in metrics.StoreCollector(store).collect()}
    assert got["guard_quarantine_messages"] == 2
    assert 7100 < got["guard_quarantine_oldest_age_seconds"] < 7300


def test_health_is_503_with_the_reason_when_the_store_is_down():
    down = Store(f"postgresql+psycopg://postgres@127.0.0.1:{free_port()}/guard?connect_timeout=2")
    server = metrics.MetricsServer(metrics.MetricsSettings("127.0.0.1", 0),
                                   lambda: {"store": metrics.store_health(down)})
    _, port = server.start()
    try:
        code, body = get(port, "/health")
        assert code == 503 and body["status"] == "fail" and body["checks"]["store"].startswith("unavailable")
        with pytest.raises(urllib.error.HTTPError) as e:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/nothing", timeout=5)
        assert e.value.code == 404
    finally:
        server.stop()


def test_metrics_endpoint_is_off_unless_listen_is_set_and_refuses_a_bad_address():
    assert metrics.metrics_settings(Config(None, {})).listen_host is None
    assert metrics.metrics_settings(Config(None, {"metrics": {"listen": "127.0.0.1:9325"}})) == \
        metrics.MetricsSettings("127.0.0.1", 9325)
    with pytest.raises(ConfigError, match=r"\[metrics\] listen must be"):
        metrics.metrics_settings(Config(None, {"metrics": {"listen": "9325"}}))
    with pytest.raises(ConfigError, match=r"\[metrics\] unknown key 'port'"):
        metrics.metrics_settings(Config(None, {"metrics": {"port": 1}}))


def test_a_busy_metrics_port_is_refused_at_start_with_the_key_and_address(sink, tmp_path):
    import socket
    import subprocess

    from .test_serve import GUARD, ROOT

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        mport = busy.getsockname()[1]
        cfg = write_config(tmp_path, sink.address, free_port(),
                           extra=f'worker_mode = "thread"\n[metrics]\nlisten = "127.0.0.1:{mport}"\n')
        Store(f"sqlite:///{tmp_path / 'guard.db'}").upgrade()
        r = subprocess.run([*GUARD, "serve", "--config", str(cfg)], cwd=ROOT, capture_output=True, text=True,
                           timeout=120)
    assert r.returncode == 3
    assert f"cannot listen on 127.0.0.1:{mport} ([metrics] listen): Address already in use" in r.stderr
    assert "Traceback" not in r.stderr
