"""The console in a real browser: Playwright driving Debian's chromium (never a downloaded one).

Each test serves the app with werkzeug on a free 127.0.0.1 port over a fresh store, with the
relay's real quarantine delivering to a real SMTP sink, and saves screenshots of the pages it
visits to test-artifacts/screenshots/.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from support.smtp_sink import Sink
from support.waiting import wait_for

from guard.relay.config import UpstreamConfig
from guard.store.db import Store
from guard.web.app import create_app
from guard.web.queries import audit_log, get_message
from guard.web.review import RelayReviewer
from guard.web.settings import WebSettings
from guard.web.users import add_user

from .conftest import COMPETITOR, HOSTILE, ORDINARY, PASSWORD, Spec, record

pytestmark = pytest.mark.browser
CHROMIUM = "/usr/bin/chromium"
SHOTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: run scripts/setup (installs Debian's chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True,
                              args=["--no-sandbox", "--disable-background-networking", "--disable-gpu"])
        yield b
        b.close()


class Console:
    def __init__(self, base: str, store: Store, sink: Sink, seeded: dict[str, str]):
        self.base, self.store, self.sink, self.seeded = base, store, sink, seeded


@pytest.fixture
def console(tmp_path, registry, sink):
    from werkzeug.serving import make_server

    from guard.policy.rules import load_policy

    store = Store(f"sqlite:///{tmp_path / 'guard.db'}")
    store.upgrade()
    add_user(store, "olga", "officer", PASSWORD, by="test")
    add_user(store, "adam", "admin", PASSWORD, by="test")
    seeded = {"ordinary": record(store, ORDINARY), "competitor": record(store, COMPETITOR),
              "hostile": record(store, HOSTILE),
              "held2": record(store, Spec(**{**HOSTILE.__dict__, "subject": "Second held offer"}))}
    app = create_app(store, WebSettings(secret_key=b"b" * 32),
                     reviewer=RelayReviewer(store, UpstreamConfig(host="127.0.0.1", port=sink.port, timeout=10)),
                     registry_loader=lambda: registry, policy_loader=load_policy)
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield Console(f"http://127.0.0.1:{server.server_port}", store, sink, seeded)
    finally:
        server.shutdown()
        thread.join(10)
        store.engine.dispose()


class Watched:
    """A page with everything that must never happen recorded: dialogs, console output, foreign requests."""

    def __init__(self, page, base: str):
        self.page, self.base = page, base
        self.dialogs: list[str] = []
        self.console: list[str] = []
        self.foreign: list[str] = []
        page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        page.on("console", lambda m: self.console.append(m.text))
        page.on("request", lambda r: None if r.url.startswith(base) else self.foreign.append(r.url))

    def shot(self, name: str) -> None:
        SHOTS.mkdir(parents=True, exist_ok=True)
        self.page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)

    def sign_in(self, name: str = "olga") -> None:
        self.page.goto(self.base + "/")
        self.page.fill("input[name=name]", name)
        self.page.fill("input[name=password]", PASSWORD)
        self.page.click("button:has-text('Sign in')")
        self.page.wait_for_selector("text=Held queue")


@pytest.fixture
def page(browser, console):
    context = browser.new_context(viewport={"width": 1360, "height": 900})
    p = context.new_page()
    yield Watched(p, console.base)
    context.close()


def test_sign_in_and_dashboard(page, console):
    page.page.goto(console.base + "/log")
    assert page.page.url.startswith(console.base + "/login")
    page.shot("01-sign-in")
    page.sign_in()
    page.page.goto(console.base + "/")
    assert "2 messages waiting for review" in page.page.inner_text(".held-card")
    assert page.page.locator("svg.chart rect").count() >= 3
    page.shot("02-dashboard")


def test_filter_the_log(page, console):
    page.sign_in()
    page.page.click("nav >> text=Log")
    page.page.fill("input[name=rule]", "R2")
    page.page.click("button:has-text('Filter')")
    page.page.wait_for_url("**/log?*rule=R2*")
    rows = page.page.locator("table.log tbody tr")
    assert rows.count() == 1 and COMPETITOR.subject in rows.first.inner_text()
    page.page.select_option("select[name=verdict]", "hold")
    page.page.fill("input[name=rule]", "")
    page.page.click("button:has-text('Filter')")
    page.page.wait_for_url("**verdict=hold**")
    assert page.page.locator("table.log tbody tr").count() == 2
    page.shot("03-log-filtered")


def test_a_hostile_held_message_runs_nothing_and_shows_its_markup_as_text(page, console):
    page.sign_in()
    page.page.click("nav >> text=Quarantine")
    page.shot("04-quarantine")
    page.page.click(f"a[href='/message/{console.seeded['hostile']}']")
    page.page.wait_for_selector("text=Text as guard read it")
    for d in page.page.locator("details").all():
        d.evaluate("el => el.open = true")
    page.page.wait_for_timeout(300)
    assert page.page.evaluate("() => window.guardMarker") is None
    assert page.dialogs == [] and page.console == [] and page.foreign == []
    assert page.page.locator("script, iframe, img, [onerror], [onload], a[href^='javascript:']").count() == 0
    heading = page.page.inner_text("h1")
    assert heading == 'Price list <img src=x onerror="window.guardMarker=1">'
    assert "Hello Olivia, <script>window.guardMarker=1</script>" in " ".join(page.page.locator("pre.text").all_inner_texts())
    source = page.page.inner_text("body")
    assert '<img src="x" onerror="window.guardMarker=3">' in source
    assert '<a href="javascript:window.guardMarker=4">' in source
    assert page.page.locator("mark.hl", has_text="Nordkok").count() == 1
    page.shot("05-message-hostile")


def test_release_arrives_at_the_upstream_once(page, console):
    q = console.seeded["hostile"]
    page.sign_in()
    page.page.goto(f"{console.base}/message/{q}")
    page.page.fill("form[action$='/release'] input[name=reason]", "checked with the customer")
    page.page.click("button:has-text('Release…')")
    page.page.wait_for_selector("text=Release 1 message?")
    assert "olivia@maplecrest.ca" in page.page.inner_text(".confirm-list")
    assert page.page.input_value("textarea[name=reason]") == "checked with the customer"
    assert console.sink.messages == []
    page.page.click("form.confirm button.release")
    page.page.wait_for_selector(f"text=Released {q}")
    wait_for(lambda: console.sink.messages, 10)
    assert len(console.sink.messages) == 1
    assert b"hostile-003@bluewave-kw.cn" in console.sink.messages[0].content
    assert page.page.url.endswith(f"/message/{console.seeded['held2']}")  # the next held message
    page.shot("06-released")
    assert get_message(console.store, q).row.status == "released"


def test_reject_another_and_read_the_audit_log(page, console):
    q = console.seeded["held2"]
    page.sign_in()
    page.page.goto(f"{console.base}/message/{q}")
    page.page.fill("form[action$='/reject'] input[name=reason]", "leaks Nordkok's price")
    page.page.click("button:has-text('Reject…')")
    page.page.click("form.confirm button.reject")
    page.page.wait_for_selector(f"text=Rejected {q}.")
    page.shot("07-rejected")
    assert console.sink.messages == []
    page.page.click("nav >> text=Audit")
    table = page.page.inner_text("table.audit")
    assert "reject" in table and "leaks Nordkok's price" in table and "olga" in table
    assert audit_log(console.store, 5, 0, action="reject")[1] == 1
    page.shot("08-audit")
    page.page.goto(f"{console.base}/log?status=rejected")
    assert page.page.locator("table.log tbody tr").count() == 1


def test_reference_pages_and_user_management(page, console):
    page.sign_in("adam")
    page.page.click("nav >> text=Registry")
    assert "Nordkök Köksutrustning AB" in page.page.inner_text("table.registry")
    page.shot("09-registry")
    page.page.click("nav >> text=Rules")
    assert page.page.locator("table.rules tbody tr").count() >= 10  # R1-R10 and any optional rule
    page.shot("10-rules")
    page.page.click("nav >> text=Users")
    page.page.fill("form.adduser input[name=name]", "nina")
    page.page.fill("form.adduser input[name=password]", "a long password")
    page.page.fill("form.adduser input[name=password2]", "a long password")
    page.page.click("form.adduser button")
    page.page.wait_for_selector("text=Added nina.")
    page.shot("11-users")
    page.page.click("button:has-text('Sign out')")
    page.page.wait_for_selector("text=Signed out.")
    page.page.goto(console.base + "/audit")
    assert "/login" in page.page.url
