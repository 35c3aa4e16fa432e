"""Finding a message: one search box on the store's full-text index, account by name, saved views,
the "needs attention" default, and times in the configured zone."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from urllib.parse import quote

import pytest
from sqlalchemy import delete

from guard.config import Config
from guard.errors import ConfigError
from guard.store import migrate, schema
from guard.store.search import fts5_query, tsquery
from guard.web.format import dt
from guard.web.queries import list_log
from guard.web.settings import settings_from_config

from .conftest import COMPETITOR, HOSTILE, ORDINARY, Spec, csrf, record


def subjects(html: str) -> list[str]:
    return [s.replace("&lt;", "<").replace("&gt;", ">").replace("&#34;", '"')
            for s in re.findall(r'<a href="/message/[^"]+">([^<]*)</a>', html)]


def found(store, q: str) -> set[str]:
    return {r.queue_id for r in list_log(store, q=q)[0]}


def test_the_found_text_finds_the_message(store, seeded):
    assert found(store, "USD 8.45") == {seeded["hostile"], seeded["held2"]}
    assert found(store, "usd 8.20") == {seeded["competitor"]}
    assert found(store, "USD 9.99") == set()


@pytest.mark.parametrize("what", ["queue id", "Message-ID", "subject", "sender", "recipient domain", "prefix"])
def test_the_search_box_covers_the_envelope_and_headers(store, seeded, what):
    q = seeded["competitor"]
    text = {"queue id": q, "Message-ID": "competitor_price.eml@bluewave-kw.cn", "subject": "season offer",
            "sender": "anna@bluewave-kw.cn", "recipient domain": "nordkok.se", "prefix": "KT-50"}[what]
    assert q in found(store, text)
    if what != "sender":
        assert seeded["ordinary"] not in found(store, text)


def test_query_syntax_typed_into_the_box_is_only_text(store, seeded):
    for nasty in ['"', '*', 'NEAR(a b)', "a OR", "-x", "'; drop table messages; --", "&|!:*<->", "((("]:
        list_log(store, q=nasty)   # never a syntax error
    assert fts5_query('USD "12.40 x" a*') == '"usd"* AND "12 40 x"* AND "a"*'
    assert tsquery("USD 12.40") == "'usd':* & ('12' <-> '40':*)"


def test_a_deleted_message_leaves_the_index(store, seeded):
    with store.session() as s:
        s.execute(delete(schema.CheckedMessage).where(schema.CheckedMessage.queue_id == seeded["competitor"]))
    assert found(store, "USD 8.20") == set()


def test_the_migration_indexes_messages_logged_before_it(tmp_path):
    from guard.store.db import Store

    s = Store(f"sqlite:///{tmp_path / 'old.db'}")
    migrate.upgrade(s, "p15a")  # the revision before d16a
    qid = record(s, COMPETITOR)
    migrate.upgrade(s)
    assert found(s, "USD 8.20") == {qid} and found(s, "nordkok.se") == {qid}
    s.engine.dispose()


@pytest.mark.postgres
def test_the_migration_indexes_messages_logged_before_it_on_postgresql():
    from support.postgres import fresh_pg_store

    with fresh_pg_store("search") as s:
        migrate.upgrade(s, "p15a")  # the revision before d16a
        qid = record(s, COMPETITOR)
        migrate.upgrade(s)
        assert found(s, "USD 8.20") == {qid} and found(s, "nordkok.se") == {qid}


def test_the_log_page_searches(officer, seeded):
    html = officer.get("/log?q=" + quote("USD 8.45")).text
    assert subjects(html) == [HOSTILE.subject, HOSTILE.subject]
    assert 'value="USD 8.45"' in html


@pytest.mark.parametrize("account", ["nordkok", "NKAB", "Nordkök Köksutrustning AB", "nordkök"])
def test_the_account_filter_takes_a_name_or_an_alias(officer, seeded, account):
    assert subjects(officer.get("/log?account=" + quote(account)).text) == [HOSTILE.subject, HOSTILE.subject]


def test_the_default_log_view_is_what_needs_attention(officer, seeded):
    default = officer.get("/log").text
    assert ORDINARY.subject not in subjects(default) and COMPETITOR.subject in subjects(default)
    assert "needing attention" in default
    assert ORDINARY.subject in subjects(officer.get("/log?show=all").text)
    assert ORDINARY.subject in subjects(officer.get("/log?recipient=cocinapampas.com.ar").text)


def test_a_saved_view_is_listed_for_its_user_only_and_can_be_deleted(app, officer, users, seeded):
    page = officer.get("/log?q=USD+8.45&show=all").text
    r = officer.post("/views", data={"name": "Nordkök prices", "query": "q=USD+8.45&show=all&evil=1",
                                     "csrf_token": csrf(page)}, follow_redirects=True)
    assert r.request.path == "/log" and "Saved the view" in r.text
    assert '<a href="/log?q=USD+8.45&amp;show=all">Nordkök prices</a>' in r.text
    from .conftest import sign_in

    other = app.test_client()
    sign_in(other, "adam")
    assert "Nordkök prices" not in other.get("/log").text
    view_id = re.search(r'action="/views/(\d+)/delete"', r.text).group(1)
    assert "no such view of yours" in other.post(f"/views/{view_id}/delete", data={"csrf_token": csrf(
        other.get("/log").text)}, follow_redirects=True).text
    gone = officer.post(f"/views/{view_id}/delete", data={"csrf_token": csrf(r.text)}, follow_redirects=True).text
    assert "Deleted the view." in gone and "Nordkök prices" not in gone


def test_a_view_needs_a_name(officer, seeded):
    page = officer.get("/log?q=x").text
    r = officer.post("/views", data={"name": " ", "query": "q=x", "csrf_token": csrf(page)}, follow_redirects=True)
    assert "give the view a name" in r.text


def test_times_are_shown_in_the_configured_zone(app):
    when = datetime(2026, 7, 1, 12, 0, tzinfo=UTC)
    with app.app_context():
        assert dt(when, seconds=True) == "2026-07-01 12:00:00 UTC"
        app.extensions["guard"].settings = type(app.extensions["guard"].settings)(timezone="Asia/Shanghai")
        assert dt(when) == "2026-07-01 20:00" and dt(when, seconds=True) == "2026-07-01 20:00:00 CST"


def test_the_log_says_which_zone_its_times_are_in(officer, seeded):
    assert "times in UTC" in officer.get("/log").text


def test_a_bad_zone_is_refused_by_key():
    with pytest.raises(ConfigError, match=r"\[web\] timezone must be a time zone name"):
        settings_from_config(Config(data={"web": {"timezone": "Mars/Olympus"}}))
    assert settings_from_config(Config(data={"web": {"timezone": "Europe/Oslo"}})).timezone == "Europe/Oslo"


def test_text_found_only_in_the_body_is_searchable_through_its_finding(store):
    qid = record(store, Spec("ordinary.eml", "held", "plain", ("x@example.org",), "we sell to Zebrafinch Ltd",
                             (("Zebrafinch Ltd", "R11", "hold", None, "name", "why"),)))
    assert found(store, "zebrafinch") == {qid} and found(store, "sell") == set()
