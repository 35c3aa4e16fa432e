"""Console sessions live on the server and the cookie is Secure over TLS (issue 18.5)."""

from __future__ import annotations

import threading
import urllib.error
import urllib.request

import pytest
import waitress
from sqlalchemy import func, select

from guard.store import schema
from guard.web.app import create_app
from guard.web.cli import server_options
from guard.web.settings import WebSettings
from guard.web.users import remove_user

from .conftest import csrf, sign_in


def copy_of(client, app):
    """A second browser holding a copy of `client`'s session cookie."""
    other = app.test_client()
    other.set_cookie("guard_session", client.get_cookie("guard_session").value)
    return other


def sign_out(client):
    return client.post("/logout", data={"csrf_token": csrf(client.get("/").text)})


def test_a_copied_cookie_gets_the_sign_in_page_after_sign_out(app, officer):
    thief = copy_of(officer, app)
    assert thief.get("/").status_code == 200
    assert sign_out(officer).status_code == 302
    r = thief.get("/")
    assert r.status_code == 302 and r.headers["Location"].startswith("/login")


def test_signing_out_ends_only_that_session(app, users):
    laptop, phone = app.test_client(), app.test_client()
    assert sign_in(laptop, "olga").status_code == 302 and sign_in(phone, "olga").status_code == 302
    sign_out(laptop)
    assert phone.get("/").status_code == 200 and laptop.get("/").status_code == 302


def test_the_store_keeps_only_a_hash_of_the_token_and_removal_ends_the_rows(app, officer, store):
    token = officer.get_cookie("guard_session").value
    with store.session() as s:
        hashes = s.scalars(select(schema.WebSession.token_hash)).all()
    assert len(hashes) == 1 and hashes[0] not in token
    remove_user(store, "olga", by="test")
    with store.session() as s:
        assert s.scalar(select(func.count()).select_from(schema.WebSession)) == 0


def _set_cookie(response) -> str:
    [header] = [v for k, v in response.headers.items() if k == "Set-Cookie" and "guard_session" in v]
    return header


def test_the_session_cookie_is_secure_over_tls_and_not_over_plain_http(app, users):
    tls = app.test_client()
    assert "; Secure" in _set_cookie(sign_in(tls, "olga", base_url="https://console.example"))
    plain = app.test_client()
    assert "; Secure" not in _set_cookie(sign_in(plain, "olga"))


class Console:
    """The console under the real waitress server, with the options `guard web` uses."""

    def __init__(self, app, settings: WebSettings):
        self.server = waitress.create_server(app, host="127.0.0.1", port=0, **server_options(settings))
        self.url = f"http://127.0.0.1:{self.server.effective_port}"
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()

    def sign_in_cookie(self, headers: dict[str, str]) -> str:
        """The Set-Cookie header of a sign-in as olga, sending `headers` on both requests (the
        cookie is carried by hand: a client keeps a Secure cookie off plain HTTP, the proxy would not)."""
        opener = urllib.request.build_opener(_NoRedirect)
        page = opener.open(urllib.request.Request(self.url + "/login", headers=headers))
        cookie = page.headers["Set-Cookie"].split(";", 1)[0]
        body = f"name=olga&password=correct+horse+battery&csrf_token={csrf(page.read().decode())}".encode()
        try:
            opener.open(urllib.request.Request(self.url + "/login", data=body, headers={**headers, "Cookie": cookie}))
        except urllib.error.HTTPError as e:  # the 302 after sign-in
            assert e.code == 302, e.read()
            return next(v for k, v in e.headers.items() if k == "Set-Cookie" and "guard_session" in v)
        raise AssertionError("no redirect after sign-in")

    def close(self):
        self.server.close()


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *a, **kw):
        return None


@pytest.mark.parametrize("trusted, secure", [("127.0.0.1", True), ("", False)],
                         ids=["trusted-proxy", "untrusted"])
def test_the_cookie_is_secure_where_the_trusted_proxy_says_https(store, registry, users, trusted, secure):
    settings = WebSettings(secret_key=b"k" * 32, trusted_proxy=trusted, threads=2)
    console = Console(create_app(store, settings, registry_loader=lambda: registry), settings)
    try:
        header = console.sign_in_cookie({"X-Forwarded-Proto": "https", "X-Forwarded-For": "203.0.113.7"})
    finally:
        console.close()
    assert ("; Secure" in header) is secure
