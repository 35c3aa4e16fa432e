"""From the real engine to the console: messages checked with tests/fixtures/registry.toml,
logged with record_check, read and released in the console."""

from __future__ import annotations

import re

import pytest
from support.files import crlf

from guard.engine import Engine
from guard.policy.rules import load_policy
from guard.relay.config import UpstreamConfig
from guard.web.app import create_app
from guard.web.review import RelayReviewer
from guard.web.settings import WebSettings

from .conftest import WEB_FIXTURES, csrf, sign_in

STATUS = {"pass": "delivered", "flag": "flagged", "hold": "held", "block": "blocked"}


@pytest.fixture(scope="module")
def hold_engine(registry):
    """The company policy of a cautious exporter: what would be blocked is held for an officer."""
    return Engine(registry, load_policy(None, {"R2": "hold", "R3": "hold", "R4": "hold", "R7": "hold"}))


def check_and_log(store, engine, name: str) -> tuple[str, str]:
    raw = crlf((WEB_FIXTURES / name).read_bytes())
    result = engine.check_bytes(raw)
    v = result.verdict.verdict
    qid = store.record_check(source="relay", raw=raw, verdict=result.verdict, status=STATUS[v],
                             message=result.message, mail_from="anna@bluewave-kw.cn",
                             elapsed_ms=result.elapsed_ms)
    return qid, v


def test_a_competitors_price_is_held_and_highlighted_where_the_engine_found_it(store, users, hold_engine):
    qid, verdict = check_and_log(store, hold_engine, "competitor_price.eml")
    assert verdict == "hold"
    app = create_app(store, WebSettings(secret_key=b"e" * 32))
    c = app.test_client()
    sign_in(c, "olga")
    html = c.get(f"/message/{qid}").text
    marked = re.findall(r'<mark class="hl act-hold"[^>]*>([^<]*)</mark>', html)
    assert "Fjord Home AS" in marked and any("8.20" in m for m in marked)
    assert "fjordhome" in html and "R2" in html


def test_an_ordinary_mail_passes_and_shows_no_findings(store, users, hold_engine):
    qid, verdict = check_and_log(store, hold_engine, "ordinary.eml")
    assert verdict == "pass"
    c = create_app(store, WebSettings(secret_key=b"e" * 32)).test_client()
    sign_in(c, "olga")
    html = c.get(f"/message/{qid}").text
    assert "No findings" in html and "Not kept" in html


def test_a_hostile_message_checked_by_the_engine_is_released_to_the_upstream(store, users, hold_engine, sink):
    qid, verdict = check_and_log(store, hold_engine, "hostile_held.eml")
    assert verdict == "hold"
    app = create_app(store, WebSettings(secret_key=b"e" * 32),
                     reviewer=RelayReviewer(store, UpstreamConfig(host="127.0.0.1", port=sink.port)))
    c = app.test_client()
    sign_in(c, "olga")
    html = c.get(f"/message/{qid}").text
    assert "<script" not in html and not re.search(r"<[a-z][^<>]*\son\w+\s*=", html, re.I)
    assert html.count('<pre class="text">') >= 3   # body and both attachments, as the engine read them
    asked = c.post(f"/message/{qid}/release", data={"csrf_token": csrf(html), "reason": "customer agreed"}).text
    seen = re.search(r'name="seen" value="([^"]+)"', asked).group(1)
    r = c.post(f"/message/{qid}/release", data={"csrf_token": csrf(asked), "reason": "customer agreed", "seen": seen},
               follow_redirects=True)
    assert f"Released {qid}" in r.text
    assert len(sink.messages) == 1 and b"hostile-003@bluewave-kw.cn" in sink.messages[0].content
