"""Sign-in, sessions, sign-out, slowed failures, and the gate in front of every page."""

from __future__ import annotations

import pytest

from guard.web.app import create_app
from guard.web.queries import audit_log, get_message
from guard.web.settings import WebSettings
from guard.web.throttle import SignInThrottle
from guard.web.users import remove_user, set_password

from .conftest import PASSWORD, csrf, sign_in

PAGES = ["/", "/log", "/quarantine", "/audit", "/registry", "/rules", "/users", "/log?verdict=block"]


def message_pages(seeded):
    q = seeded["hostile"]
    return [f"/message/{q}", f"/message/{q}/raw", f"/message/{q}/attachment/1"]


def test_every_page_but_sign_in_redirects_to_sign_in_without_a_session(app, seeded):
    c = app.test_client()
    for url in PAGES + message_pages(seeded):
        r = c.get(url)
        assert r.status_code == 302, url
        assert r.headers["Location"].startswith("/login?next="), url


def test_posts_without_a_session_change_nothing(app, store, seeded):
    c = app.test_client()
    token = csrf(c.get("/login").text)  # a valid token, but no signed-in user
    q = seeded["hostile"]
    for url, data in [(f"/message/{q}/release", {}), (f"/message/{q}/reject", {"reason": "x"}),
                      ("/users", {"op": "add", "name": "eve", "role": "admin", "password": "p" * 12,
                                  "password2": "p" * 12})]:
        r = c.post(url, data={**data, "csrf_token": token})
        assert r.status_code == 401, url
    assert get_message(store, q).row.status == "held"
    assert "eve" not in c.get("/login").text


def test_sign_in_page_and_stylesheet_need_no_session(app):
    c = app.test_client()
    assert c.get("/login").status_code == 200
    assert c.get("/static/console.css").status_code == 200


def test_right_password_signs_in_and_opens_the_dashboard(app, users):
    c = app.test_client()
    r = sign_in(c, "olga")
    assert r.status_code == 302 and r.headers["Location"] == "/"
    page = c.get("/")
    assert page.status_code == 200 and "Held queue" in page.text and "olga" in page.text


def test_session_cookie_is_httponly_and_samesite_strict(app, users):
    r = sign_in(app.test_client(), "olga")
    cookie = r.headers["Set-Cookie"]
    assert "guard_session=" in cookie and "HttpOnly" in cookie and "SameSite=Strict" in cookie
    assert "Secure" not in cookie


def test_secure_cookies_setting_marks_the_cookie_secure(store, users):
    app = create_app(store, WebSettings(secret_key=b"s" * 32, secure_cookies=True))
    c = app.test_client()
    r = sign_in(c, "olga", base_url="https://console.example")
    assert "Secure" in r.headers["Set-Cookie"]


def test_wrong_password_is_refused_and_audited(app, store, users):
    c = app.test_client()
    r = sign_in(c, "olga", "not the password")
    assert r.status_code == 401 and "Wrong name or password" in r.text
    assert c.get("/").status_code == 302
    rows, _ = audit_log(store, 10, 0, action="signin.failed")
    assert [(a.user, a.target) for a in rows] == [("olga", "127.0.0.1")]


def test_unknown_name_gets_the_same_answer_as_a_wrong_password(app, users):
    r = sign_in(app.test_client(), "nobody", "whatever-password")
    assert r.status_code == 401 and "Wrong name or password" in r.text


def test_sign_in_is_audited_with_the_address(app, store, users):
    sign_in(app.test_client(), "olga")
    rows, _ = audit_log(store, 10, 0, action="signin")
    assert [(a.user, a.target) for a in rows] == [("olga", "127.0.0.1")]


class Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


@pytest.fixture
def throttled(store, users):
    clock = Clock()
    app = create_app(store, WebSettings(secret_key=b"t" * 32),
                     throttle=SignInThrottle(free=3, maximum=900, clock=clock))
    return app, clock


def test_repeated_failures_lock_the_name_for_a_growing_while(throttled):
    app, clock = throttled
    c = app.test_client()
    for _ in range(3):                          # three free tries
        assert sign_in(c, "olga", "wrong-password!").status_code == 401
    r = sign_in(c, "olga")                      # then a 2 s window: even the right password waits
    assert r.status_code == 429 and "try again in 2 seconds" in r.text
    clock.now += 2
    assert sign_in(c, "olga", "wrong-password!").status_code == 401   # 4th failure: 4 s
    clock.now += 3
    assert sign_in(c, "olga").status_code == 429
    clock.now += 1
    assert sign_in(c, "olga").status_code == 302


def test_lockout_is_per_address_so_a_guesser_cannot_lock_out_an_officer(throttled):
    app, _ = throttled
    attacker = app.test_client()
    for _ in range(6):
        sign_in(attacker, "olga", "guess-guess-guess", environ_base={"REMOTE_ADDR": "192.0.2.9"})
    assert sign_in(attacker, "olga", environ_base={"REMOTE_ADDR": "192.0.2.9"}).status_code == 429
    assert sign_in(app.test_client(), "olga").status_code == 302


def test_success_clears_the_failure_count(throttled):
    app, _ = throttled
    c = app.test_client()
    for _ in range(2):
        sign_in(c, "olga", "wrong-password!")
    assert sign_in(c, "olga").status_code == 302
    c2 = app.test_client()
    for _ in range(3):
        assert sign_in(c2, "olga", "wrong-password!").status_code == 401


def test_sign_out_ends_the_session_and_is_audited(officer, store):
    page = officer.get("/")
    r = officer.post("/logout", data={"csrf_token": csrf(page.text)})
    assert r.status_code == 302 and r.headers["Location"] == "/login"
    assert officer.get("/").status_code == 302
    assert audit_log(store, 10, 0, action="signout")[1] == 1


def test_sign_out_needs_the_csrf_token(officer):
    assert officer.post("/logout").status_code == 400
    assert officer.get("/").status_code == 200


def test_removing_a_user_ends_their_open_session(officer, store):
    remove_user(store, "olga", by="test")
    assert officer.get("/").status_code == 302


def test_changing_the_password_ends_old_sessions(officer, store):
    set_password(store, "olga", "a brand new password", by="test")
    assert officer.get("/").status_code == 302


def test_sign_in_without_csrf_token_is_refused(app, users):
    r = app.test_client().post("/login", data={"name": "olga", "password": PASSWORD})
    assert r.status_code == 400


def test_after_sign_in_the_user_lands_on_the_page_they_asked_for(app, users):
    c = app.test_client()
    r = c.get("/audit")
    assert r.headers["Location"] == "/login?next=/audit"
    page = c.get(r.headers["Location"])
    r = c.post("/login", data={"name": "olga", "password": PASSWORD, "next": "/audit", "csrf_token": csrf(page.text)})
    assert r.headers["Location"] == "/audit"


@pytest.mark.parametrize("target", [
    "//evil.example/", "https://evil.example/", "/\\evil.example", "\\/evil.example",
    "/\t/evil.example/", "/\n/evil.example", "/\r/evil.example", "/ /evil.example", "\t//evil.example",
    "/\x00/evil.example", "/\u2028/evil.example", "javascript:alert(1)", "evil.example", "http:/evil.example",
])
def test_next_cannot_send_the_user_off_site(app, users, target):
    c = app.test_client()
    page = c.get("/login")
    r = c.post("/login", data={"name": "olga", "password": PASSWORD, "next": target, "csrf_token": csrf(page.text)})
    assert r.headers["Location"] == "/"


@pytest.mark.parametrize("target", ["/audit", "/log?verdict=block", "/message/3"])
def test_next_keeps_a_local_path(app, users, target):
    c = app.test_client()
    page = c.get("/login")
    r = c.post("/login", data={"name": "olga", "password": PASSWORD, "next": target, "csrf_token": csrf(page.text)})
    assert r.status_code == 302
    assert r.headers["Location"] == target
