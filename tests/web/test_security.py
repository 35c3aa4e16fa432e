"""The console's security bars: escaping, CSP and friends, CSRF on every form, downloads, roles."""

from __future__ import annotations

import re

import pytest

from guard.web.queries import get_message

from .conftest import csrf

FORM_RE = re.compile(r"<form\b[^>]*>.*?</form>", re.S)


def pages(seeded):
    q = seeded["hostile"]
    return ["/", "/log", "/quarantine", f"/message/{q}", "/audit", "/registry", "/rules", "/users",
            "/log?sender=%3Cscript%3E", "/?days=30", f"/message/{seeded['competitor']}"]


def test_every_page_sends_a_strict_content_security_policy(admin, seeded):
    for url in pages(seeded) + ["/login", "/static/console.css", "/no/such/page"]:
        r = admin.get(url)
        csp = r.headers["Content-Security-Policy"]
        for directive in ("default-src 'none'", "style-src 'self'", "img-src 'self' data:", "form-action 'self'",
                          "frame-ancestors 'none'", "base-uri 'none'"):
            assert directive in csp, (url, directive)
        assert "unsafe-inline" not in csp and "script-src 'self';" in csp  # scripts only from /static
        assert r.headers["X-Frame-Options"] == "DENY"
        assert r.headers["Referrer-Policy"] == "no-referrer"
        assert r.headers["X-Content-Type-Options"] == "nosniff"


def test_pages_with_content_are_never_cached(officer, seeded):
    r = officer.get(f"/message/{seeded['hostile']}")
    assert r.headers["Cache-Control"] == "no-store"


def test_pages_carry_no_script_no_inline_style_and_no_remote_loads(admin, seeded):
    for url in pages(seeded):
        html = admin.get(url).text
        scripts = re.findall(r"<script\b[^>]*>", html)
        assert all(re.fullmatch(r'<script src="/static/[a-z]+\.js" defer>', t) for t in scripts), url
        assert not re.search(r"<script\b[^>]*>[^<]", html), url   # never an inline script
        assert " style=" not in html and "<style" not in html, url
        assert not re.search(r'(src|href)="(https?:)?//', html), url


def test_every_form_carries_a_csrf_token(admin, seeded):
    seen = 0
    for url in pages(seeded) + ["/login"]:
        for form in FORM_RE.findall(admin.get(url).text):
            if 'method="post"' in form:
                seen += 1
                assert 'name="csrf_token"' in form, (url, form[:120])
    assert seen >= 5  # sign-out, release, reject, add user, remove user


def test_a_post_without_the_csrf_token_is_refused_and_changes_nothing(officer, store, seeded):
    q = seeded["hostile"]
    r = officer.post(f"/message/{q}/reject", data={"reason": "forged"})
    assert r.status_code == 400 and "form expired" in r.text.lower()
    r = officer.post(f"/message/{q}/reject", data={"reason": "forged", "csrf_token": "forged-token"})
    assert r.status_code == 400
    assert get_message(store, q).row.status == "held"


def test_hostile_message_content_is_shown_as_escaped_text(officer, seeded):
    html = officer.get(f"/message/{seeded['hostile']}").text
    # the subject's <img onerror> and the body's <script> are text on the page
    assert "Price list &lt;img src=x onerror=&#34;window.guardMarker=1&#34;&gt;" in html
    assert "Hello Olivia, &lt;script&gt;window.guardMarker=1&lt;/script&gt;" in html
    # the HTML part's source is shown, escaped: script, onerror, javascript: link, remote image
    assert "&lt;img src=&#34;x&#34; onerror=&#34;window.guardMarker=3&#34;&gt;" in html
    assert "&lt;a href=&#34;javascript:window.guardMarker=4&#34;&gt;" in html
    assert "&lt;img src=&#34;http://tracker.invalid/pixel.gif&#34;" in html
    for live in ("<script", "<img", "<iframe", 'href="javascript:', 'src="http'):
        assert live not in html, live
    assert not re.search(r"<[a-z][^<>]*\son\w+\s*=", html, re.I)  # no live event-handler attribute


def test_explanations_and_finding_text_are_escaped_too(officer, seeded):
    html = officer.get(f"/message/{seeded['hostile']}").text
    assert "names Nordkök &lt;b&gt;with&lt;/b&gt; the KT-500 it buys" in html
    assert "<b>with</b>" not in html


def test_filter_values_are_escaped_when_shown_back(officer, seeded):
    html = officer.get('/log?sender="><script>alert(1)</script>').text
    assert "&#34;&gt;&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script>alert(1)" not in html


def test_attachments_download_as_files_never_inline(officer, store, seeded):
    q = seeded["hostile"]
    r = officer.get(f"/message/{q}/attachment/1")   # an HTML attachment with a script in it
    assert r.status_code == 200
    assert r.headers["Content-Type"] == "application/octet-stream"
    assert r.headers["Content-Disposition"].startswith("attachment;")
    assert r.headers["X-Content-Type-Options"] == "nosniff"
    assert "sandbox" in r.headers["Content-Security-Policy"]
    assert b"<script>window.guardMarker=5</script>" in r.data  # the bytes, untouched


def test_attachment_file_names_cannot_carry_paths_or_quotes(officer, seeded):
    r = officer.get(f"/message/{seeded['hostile']}/attachment/1")
    disposition = r.headers["Content-Disposition"]
    assert "/" not in disposition and ".." not in disposition.split("filename=")[1].lstrip('".')[:2]
    assert disposition.count('"') <= 2


def test_a_csv_attachment_is_served_with_its_bytes(officer, seeded):
    r = officer.get(f"/message/{seeded['hostile']}/attachment/2")
    assert r.headers["Content-Disposition"] == "attachment; filename=prices.csv"
    assert r.data == b"customer,sku,price,quantity\r\nNordkok,KT-500,8.45,3500\r\n"


def test_the_raw_message_downloads_as_an_eml_file(officer, store, seeded):
    q = seeded["hostile"]
    r = officer.get(f"/message/{q}/raw")
    assert r.headers["Content-Type"] == "application/octet-stream"
    assert r.headers["Content-Disposition"] == f"attachment; filename={q}.eml"
    assert r.data == get_message(store, q).raw


def test_a_missing_attachment_is_not_found(officer, seeded):
    assert officer.get(f"/message/{seeded['hostile']}/attachment/9").status_code == 404
    assert officer.get(f"/message/{seeded['ordinary']}/attachment/1").status_code == 404  # raw not kept


@pytest.mark.parametrize("method,url", [("get", "/users"), ("post", "/users")])
def test_an_officer_cannot_manage_users(officer, method, url):
    token = csrf(officer.get("/").text)
    r = getattr(officer, method)(url, data={"op": "add", "name": "mallory", "role": "admin",
                                            "password": "x" * 12, "password2": "x" * 12, "csrf_token": token})
    assert r.status_code == 403


def test_an_officer_does_not_see_the_users_link(officer):
    assert 'href="/users"' not in officer.get("/").text


def test_errors_never_show_a_traceback(officer):
    r = officer.get("/message/NOSUCHMESSAGE")
    assert r.status_code == 404 and "no such page or message" in r.text
    assert "Traceback" not in r.text
