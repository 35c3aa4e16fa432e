"""Fixtures for the console tests: a store on SQLite and on PostgreSQL (a schema of its own
per test), the app over it, signed-in clients, and messages recorded with record_check.

Messages are recorded with Verdict/Finding values built here (the console shows what the
store holds; the engine has its own tests) from the .eml fixtures in tests/fixtures/web.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest
from support.files import FIXTURES, crlf
from support.postgres import fresh_pg_store

from guard.mail.model import Address, Message, Part
from guard.policy.verdict import Finding, Verdict
from guard.store.db import Store
from guard.web.app import create_app
from guard.web.settings import WebSettings
from guard.web.users import add_user

WEB_FIXTURES = FIXTURES / "web"
PASSWORD = "correct horse battery"
CSRF_RE = re.compile(r'name="csrf_token" value="([^"]+)"')


@pytest.fixture(autouse=True)
def cheap_hashes(monkeypatch):
    """Users made by tests get a low-cost scrypt hash (the same code path, verified the same way);
    test_cli checks the production cost."""
    monkeypatch.setattr("guard.web.users.HASH_METHOD", "scrypt:1024:8:1")


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store(request, tmp_path):
    if request.param == "sqlite":
        s = Store(f"sqlite:///{tmp_path / 'guard.db'}")
        s.upgrade()
        yield s
        s.engine.dispose()
    else:
        with fresh_pg_store("web") as s:
            s.upgrade()
            yield s


@pytest.fixture
def app(store, registry):
    from guard.policy.rules import load_policy

    settings = WebSettings(secret_key=b"k" * 32, page_size=10)
    application = create_app(store, settings, registry_loader=lambda: registry, policy_loader=load_policy)
    application.config["TESTING"] = True
    return application


@pytest.fixture
def users(store):
    add_user(store, "olga", "officer", PASSWORD, by="test")
    add_user(store, "adam", "admin", PASSWORD, by="test")
    return {"officer": "olga", "admin": "adam"}


def csrf(html: str) -> str:
    m = CSRF_RE.search(html)
    assert m, "no csrf token in the page"
    return m.group(1)


def sign_in(client, name: str, password: str = PASSWORD, **kw):
    page = client.get("/login", **kw)
    return client.post("/login", data={"name": name, "password": password, "csrf_token": csrf(page.text)}, **kw)


@pytest.fixture
def officer(app, users):
    c = app.test_client()
    assert sign_in(c, "olga").status_code == 302
    return c


@pytest.fixture
def admin(app, users):
    c = app.test_client()
    assert sign_in(c, "adam").status_code == 302
    return c


# ---------------------------------------------------------------- recorded messages

@dataclass(frozen=True)
class Spec:
    """One message to record: which fixture, what guard 'found', what became of it."""

    eml: str
    status: str
    subject: str
    to: tuple[str, ...]
    body: str = ""
    marks: tuple[tuple[str, str, str, str | None, str, str], ...] = ()  # needle, rule, action, account, kind, why
    attachments: tuple[str, ...] = ()


ORDINARY = Spec("ordinary.eml", "delivered", "Catalogue for the autumn fair", ("sofia@cocinapampas.com.ar",),
                "Dear Sofia,\n\nPlease find our autumn catalogue on our web site.\n")
COMPETITOR_BODY = ("Dear Erik,\n\nThank you for your interest in the KT-500 stainless kettle.\n"
                   "Fjord Home AS already buys the KT-500 from us at USD 8.20 per piece,\n"
                   "so we can offer you a similar level for 3,000 pieces.\n")
COMPETITOR = Spec("competitor_price.eml", "blocked", "KT-500 offer for next season", ("erik.lund@nordkok.se",),
                  COMPETITOR_BODY,
                  (("Fjord Home AS", "R2", "block", "fjordhome", "name",
                    "names Fjord Home AS, a competitor of the recipient Nordkök"),
                   ("USD 8.20", "R4", "block", "fjordhome", "price", "Fjord Home's price for KT-500")))
HOSTILE_BODY = ("Hello Olivia, <script>window.guardMarker=1</script>\n"
                "Nordkok pays USD 8.45 for the KT-500, see the table.\n"
                "Open http://tracker.invalid/pixel.gif for details.\n")
HOSTILE = Spec("hostile_held.eml", "held", 'Price list <img src=x onerror="window.guardMarker=1">',
               ("olivia@maplecrest.ca",), HOSTILE_BODY,
               (("Nordkok", "R3", "hold", "nordkok", "name", "names Nordkök <b>with</b> the KT-500 it buys"),
                ("USD 8.45", "R4", "hold", "nordkok", "price", "Nordkök's price for KT-500")),
               ("../../invoice\".html", "prices.csv"))


def record(store: Store, spec: Spec) -> str:
    """Log `spec` as the relay would, with findings at the needles' offsets; returns the queue id."""
    raw = crlf((WEB_FIXTURES / spec.eml).read_bytes())  # as over SMTP
    findings = []
    for needle, rule, action, account, kind, why in spec.marks:
        start = spec.body.index(needle)
        findings.append(Finding(rule, action, account, kind, needle, "body", start, start + len(needle), why))
    message = Message(sender=Address("anna@bluewave-kw.cn", "Anna Chen"),
                      to=tuple(Address(a) for a in spec.to), subject=spec.subject,
                      message_id=f"<{spec.eml}@bluewave-kw.cn>",
                      parts=(Part("subject", spec.subject), Part("body", spec.body)),
                      attachments=spec.attachments)
    return store.record_check(source="relay", raw=raw, verdict=Verdict.of(findings), status=spec.status,
                              message=message, mail_from="anna@bluewave-kw.cn", rcpt_to=spec.to)


@pytest.fixture
def seeded(store):
    """One message of each kind: {"ordinary": qid, "competitor": qid, "hostile": qid, "held2": qid}."""
    return {"ordinary": record(store, ORDINARY), "competitor": record(store, COMPETITOR),
            "hostile": record(store, HOSTILE), "held2": record(store, Spec(**{**HOSTILE.__dict__}))}
