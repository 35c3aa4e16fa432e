"""Each page shows what issue 5 asks: dashboard counts and chart, log filters, message, audit,
registry, rules, users."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import update

from guard.store import schema
from guard.web.queries import audit_log

from .conftest import COMPETITOR, HOSTILE, ORDINARY, Spec, csrf, record


def backdate(store, queue_id: str, days: float) -> None:
    with store.session() as s:
        s.execute(update(schema.CheckedMessage).where(schema.CheckedMessage.queue_id == queue_id)
                  .values(received_at=datetime.now(UTC) - timedelta(days=days)))


def subjects(html: str) -> list[str]:
    return re.findall(r'<a href="/message/[^"]+">([^<]*)</a>', html)


# ---------------------------------------------------------------- dashboard

def test_dashboard_counts_messages_by_verdict_rule_and_account(officer, seeded):
    html = officer.get("/").text
    assert "4 messages checked" in html
    counts = dict(re.findall(r'badge v-(\w+)">\w+</span> <b>(\d+)</b>', html))
    assert counts == {"block": "1", "hold": "2", "flag": "0", "pass": "1"}
    assert re.search(r'rule=R4[^"]*">R4</a> <small>another account&#39;s price or volume</small></td><td class="num">3<',
                     html)
    assert re.search(r'rule=R2[^"]*">R2</a> <small>[^<]+</small></td><td class="num">1<', html)
    assert re.search(r'account=nordkok[^"]*">Nordkök Köksutrustning AB</a></td><td class="num">2<', html)
    assert re.search(r'account=fjordhome[^"]*">Fjord Home AS</a></td><td class="num">1<', html)


def test_dashboard_draws_messages_per_day_as_inline_svg(officer, seeded):
    html = officer.get("/?days=7").text
    svg = re.search(r"<svg class=\"chart\".*?</svg>", html, re.S).group(0)
    today = datetime.now(UTC).date().isoformat()
    assert f"<title>{today}: 2 hold</title>" in svg and f"<title>{today}: 1 pass</title>" in svg
    assert svg.count('text-anchor="middle"') >= 1  # date labels


def test_dashboard_shows_the_held_queue_and_its_oldest_message(officer, store, seeded):
    backdate(store, seeded["held2"], 2)
    html = officer.get("/").text
    assert re.search(r'class="big">2 <small>messages waiting', html)
    assert f'href="/message/{seeded["held2"]}"' in html.split("Oldest:")[1][:200]
    assert "2 d 0 h" in html


def test_dashboard_period_leaves_out_older_messages(officer, store, seeded):
    backdate(store, seeded["competitor"], 40)
    assert "3 messages checked" in officer.get("/?days=30").text
    assert "4 messages checked" in officer.get("/?days=90").text
    since = (datetime.now(UTC) - timedelta(days=41)).date().isoformat()
    until = (datetime.now(UTC) - timedelta(days=39)).date().isoformat()
    assert "1 messages checked" in officer.get(f"/?since={since}&until={until}").text


def test_dashboard_explains_a_bad_date(officer, seeded):
    html = officer.get("/?since=yesterday").text
    assert "From must be a date like 2026-07-01" in html


# ---------------------------------------------------------------- log

def test_log_lists_newest_first_with_verdict_status_and_rules(officer, store, seeded):
    backdate(store, seeded["ordinary"], 1)
    html = officer.get("/log?show=all").text
    assert "4 messages" in html
    assert subjects(html)[-1] == ORDINARY.subject
    assert 'badge v-block">block' in html and 'status s-blocked">blocked' in html


@pytest.mark.parametrize("query,expected", [
    ("verdict=block", [COMPETITOR.subject]),
    ("rule=R2", [COMPETITOR.subject]),
    ("account=fjordhome", [COMPETITOR.subject]),
    ("recipient=cocinapampas.com.ar", [ORDINARY.subject]),
    ("status=delivered", [ORDINARY.subject]),
    ("sender=nobody.example", []),
    ("rule=R3&account=nordkok", [HOSTILE.subject, HOSTILE.subject]),
])
def test_log_filters(officer, seeded, query, expected):
    html = officer.get(f"/log?{query}").text
    got = [s.replace("&lt;", "<").replace("&gt;", ">").replace("&#34;", '"') for s in subjects(html)]
    assert got == expected


def test_log_filters_by_date(officer, store, seeded):
    backdate(store, seeded["ordinary"], 10)
    day = (datetime.now(UTC) - timedelta(days=10)).date().isoformat()
    assert subjects(officer.get(f"/log?since={day}&until={day}").text) == [ORDINARY.subject]
    assert ORDINARY.subject not in officer.get(f"/log?since={datetime.now(UTC).date().isoformat()}").text


def test_log_sorts_by_a_column_both_ways(officer, store):
    for i, sender in enumerate(["carol@bluewave-kw.cn", "alice@bluewave-kw.cn", "bob@bluewave-kw.cn"]):
        qid = record(store, Spec("ordinary.eml", "delivered", f"mail {i}", ("x@cocinapampas.com.ar",)))
        with store.session() as s:
            s.execute(update(schema.CheckedMessage).where(schema.CheckedMessage.queue_id == qid)
                      .values(mail_from=sender))
    asc = officer.get("/log?show=all&sort=mail_from").text
    assert re.findall(r'<td data-label="Sender" class="addr">([a-z]+)@bluewave', asc) == ["alice", "bob", "carol"]
    desc = officer.get("/log?show=all&sort=-mail_from").text
    assert re.findall(r'<td data-label="Sender" class="addr">([a-z]+)@bluewave', desc) == ["carol", "bob", "alice"]
    assert 'href="/log?show=all&amp;sort=-mail_from"' in asc  # clicking the sorted column reverses it


def test_log_pages_through_many_messages(officer, store):
    for i in range(23):
        record(store, Spec("ordinary.eml", "delivered", f"mail {i:02d}", ("x@cocinapampas.com.ar",)))
    first = officer.get("/log?show=all").text
    assert "page 1 of 3 · 23 messages" in first and len(subjects(first)) == 10
    last = officer.get("/log?show=all&page=3").text
    assert len(subjects(last)) == 3
    assert set(subjects(first)).isdisjoint(subjects(last))


def test_log_explains_a_bad_filter_instead_of_failing(officer, seeded):
    r = officer.get("/log?verdict=maybe&since=31-12-2026")
    assert r.status_code == 200
    assert "Verdict must be one of" in r.text and "From must be a date" in r.text


# ---------------------------------------------------------------- message

def test_message_shows_envelope_headers_and_findings_highlighted_in_place(officer, seeded):
    html = officer.get(f"/message/{seeded['competitor']}").text
    assert "erik.lund@nordkok.se" in html and "anna@bluewave-kw.cn" in html
    assert "<th>Subject</th><td>KT-500 offer for next season</td>" in html   # headers from the raw message
    text = re.search(r'<h3>body</h3>\s*<pre class="text">(.*?)</pre>', html, re.S).group(1)
    assert ('<mark class="hl act-block" title="#1 R2 block" data-findings="f1">Fjord Home AS</mark> already buys'
            in text)
    assert '<mark class="hl act-block" title="#2 R4 block" data-findings="f2">USD 8.20</mark> per piece' in text
    assert "names Fjord Home AS, a competitor of the recipient Nordkök" in html
    assert 'id="f1"' in html and 'href="#f1"' in html


def test_overlapping_findings_share_one_highlight(officer, store):
    body = "We sell KT-500 to Fjord Home AS at USD 8.20."
    qid = record(store, Spec("competitor_price.eml", "blocked", "overlap", ("erik.lund@nordkok.se",), body,
                             (("Fjord Home AS at USD 8.20", "R3", "block", "fjordhome", "name", "a"),
                              ("USD 8.20", "R4", "block", "fjordhome", "price", "b"))))
    html = officer.get(f"/message/{qid}").text
    text = re.search(r'<h3>body</h3>\s*<pre class="text">(.*?)</pre>', html, re.S).group(1)
    assert 'data-findings="f1">Fjord Home AS at </mark>' in text
    assert 'title="#1 R3 block; #2 R4 block" data-findings="f1 f2">USD 8.20</mark>.' in text


def test_message_lists_attachments_with_download_links(officer, seeded):
    html = officer.get(f"/message/{seeded['hostile']}").text
    assert f'href="/message/{seeded["hostile"]}/attachment/2" download' in html
    assert "<td>prices.csv</td><td>text/csv</td>" in html


def test_a_held_message_offers_release_and_reject_others_do_not(officer, seeded):
    assert "Release…" in officer.get(f"/message/{seeded['hostile']}").text
    assert "Release…" not in officer.get(f"/message/{seeded['competitor']}").text


def test_downloads_are_audited(officer, store, seeded):
    officer.get(f"/message/{seeded['hostile']}/raw")
    rows, _ = audit_log(store, 5, 0, action="message.download")
    assert [(a.user, a.target) for a in rows] == [("olga", seeded["hostile"])]


# ---------------------------------------------------------------- quarantine, audit, registry, rules

def test_quarantine_lists_held_messages_oldest_first(officer, store, seeded):
    backdate(store, seeded["held2"], 1)
    html = officer.get("/quarantine").text
    links = re.findall(r'<a href="/message/([0-9A-F]+)"', html)
    assert links == [seeded["held2"], seeded["hostile"]]


def test_audit_page_lists_who_did_what_newest_first(officer, seeded):
    officer.get(f"/message/{seeded['hostile']}/raw")
    html = officer.get("/audit").text
    rows = re.findall(r"<td>(olga|test)</td><td>([\w.]+)</td>", html)
    assert rows[0] == ("olga", "message.download") and ("olga", "signin") in rows
    assert "user.add" in officer.get("/audit?action=user.add").text


def test_registry_page_shows_accounts_competitors_both_ways_and_recent_findings(officer, seeded):
    html = officer.get("/registry").text
    row = re.search(r'<tr id="a-nordkok">.*?</tr>', html, re.S).group(0)
    assert "Nordkök Köksutrustning AB" in row
    assert '<a href="#a-fjordhome">fjordhome</a>' in row   # listed on fjordhome's side only in the file
    assert f'href="/message/{seeded["hostile"]}"' in row
    assert "KT-500 8.45 USD × 3500" in row


def test_rules_page_shows_each_rule_with_its_action(officer):
    html = officer.get("/rules").text
    for rid in (f"R{i}" for i in range(1, 11)):
        assert f'>{rid}</a></td>' in html
    assert re.search(r'>R2</a></td><td><span class="badge v-block">block', html)
    assert re.search(r'>R1</a></td><td><span class="badge v-flag">flag', html)


# ---------------------------------------------------------------- users (admin)

def post_users(client, **form):
    token = csrf(client.get("/users").text)
    return client.post("/users", data={**form, "csrf_token": token}, follow_redirects=True)


def test_admin_adds_a_user_who_can_then_sign_in(admin, app, store):
    html = post_users(admin, op="add", name="nina", role="officer", password="a long password",
                      password2="a long password").text
    assert "Added nina." in html and "<td>nina</td><td>officer</td>" in html
    from .conftest import sign_in
    assert sign_in(app.test_client(), "nina", "a long password").status_code == 302
    assert audit_log(store, 5, 0, action="user.add")[0][0].user == "adam"


def test_admin_add_user_explains_mistakes(admin):
    assert "the two passwords differ" in post_users(admin, op="add", name="nina", role="officer",
                                                    password="a long password", password2="another one").text
    assert "at least 10 characters" in post_users(admin, op="add", name="nina", role="officer",
                                                  password="short", password2="short").text
    assert "already exists" in post_users(admin, op="add", name="olga", role="officer",
                                          password="a long password", password2="a long password").text


def test_admin_removes_a_user_but_not_themselves(admin):
    assert "Removed olga." in post_users(admin, op="remove", name="olga").text
    assert "you cannot remove yourself" in post_users(admin, op="remove", name="adam").text


def test_a_kept_message_is_shown_beside_its_safe_rewrite(officer, seeded):
    qid = seeded["competitor"]
    assert f'href="/message/{qid}/rewrite"' in officer.get(f"/message/{qid}").text
    html = officer.get(f"/message/{qid}/rewrite").text
    original, rewrite = html.split("Safe rewrite</h2>")
    assert "Fjord Home AS already buys the KT-500" in original
    assert "Dear Erik" in rewrite and "Fjord Home" not in rewrite and "8.20" not in rewrite
