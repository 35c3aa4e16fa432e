"""The officer's desk in a real browser (Debian's chromium), at 1366 px and at 390 px.

Screenshots of every page at both widths go to test-artifacts/screenshots/desk/ beside the
checkout (GUARD_SCREENSHOTS overrides it); the folder is named in the test report and in
its index.txt. The bar: no page at 390 px is wider than the screen.
"""

from __future__ import annotations

import csv
import os
import re
from pathlib import Path

import pytest
from support.waiting import wait_for

from guard.web.queries import audit_log, get_message

from .conftest import HOSTILE, Spec, record
from .test_browser import CHROMIUM, Watched, browser, console  # noqa: F401 - fixtures shared with test_browser

pytestmark = pytest.mark.browser
SHOTS = Path(os.environ.get("GUARD_SCREENSHOTS") or Path(__file__).resolve().parents[2] / "test-artifacts"
             / "screenshots" / "desk")
THIRD_BODY = "Hello Olivia,\nMaple Crest's own order: 40 cartons of KT-500.\n"
THIRD = Spec("hostile_held.eml", "held", "Third held offer", ("olivia@maplecrest.ca",), THIRD_BODY,
             (("40 cartons", "R4", "hold", "maplecrest", "quantity", "a volume"),))


@pytest.fixture(scope="module")
def shots_dir(request):
    SHOTS.mkdir(parents=True, exist_ok=True)
    reporter = request.config.pluginmanager.get_plugin("terminalreporter")
    if reporter is not None:
        reporter.write_line(f"console screenshots: {SHOTS}")
    return SHOTS


def shoot(page: Watched, folder: Path, name: str, width: int) -> Path:
    path = folder / f"{name}-{width}.png"
    page.page.screenshot(path=str(path), full_page=True)
    with (folder / "index.txt").open("a", encoding="utf-8") as f:
        f.write(f"{path.name}\t{page.page.url}\n")
    return path


def open_page(browser, console, width: int) -> Watched:  # noqa: F811
    context = browser.new_context(viewport={"width": width, "height": 900 if width > 500 else 844})
    return Watched(context.new_page(), console.base)


def sign_in(w: Watched, name: str) -> None:
    w.page.goto(w.base + "/login")
    w.page.fill("input[name=name]", name)
    w.page.fill("input[name=password]", "correct horse battery")
    w.page.click("button:has-text('Sign in')")
    w.page.wait_for_selector("text=Held queue")


def pages(console) -> dict[str, str]:  # noqa: F811
    s = console.seeded
    return {"dashboard": "/", "quarantine": "/quarantine", "log": "/log", "log-all": "/log?show=all",
            "search": "/log?q=USD+8.45", "message-held": f"/message/{s['hostile']}",
            "message-blocked": f"/message/{s['competitor']}", "confirm": f"/message/{s['hostile']}/confirm/release",
            "audit": "/audit", "registry": "/registry", "rules": "/rules", "users": "/users", "learn": "/learn",
            "trends": "/trends"}


@pytest.mark.parametrize("width", [1366, 390])
def test_every_page_fits_the_screen_and_is_photographed(browser, console, shots_dir, width):  # noqa: F811
    w = open_page(browser, console, width)
    try:
        w.page.goto(console.base + "/login")
        shoot(w, shots_dir, "login", width)
        sign_in(w, "adam")
        too_wide = {}
        for name, url in pages(console).items():
            w.page.goto(console.base + url)
            sw = w.page.evaluate("() => document.documentElement.scrollWidth")
            if sw > width:
                too_wide[name] = sw
            shoot(w, shots_dir, name, width)
        assert too_wide == {}, f"wider than {width} px: {too_wide}"
        assert w.console == [] and w.foreign == []
    finally:
        w.page.context.close()


def test_at_390_px_the_menu_folds_and_lists_are_cards(browser, console, shots_dir):  # noqa: F811
    w = open_page(browser, console, 390)
    try:
        sign_in(w, "olga")
        w.page.goto(console.base + "/quarantine")
        assert not w.page.is_visible("header nav")
        w.page.click("label.menu-button")
        assert w.page.is_visible("header nav >> text=Log") and w.page.is_visible("button:has-text('Sign out')")
        shoot(w, shots_dir, "menu-open", 390)
        row = w.page.locator("table.quarantine tbody tr").first
        assert row.evaluate("el => getComputedStyle(el).display") == "block"   # a card, not a table row
        assert w.page.is_visible("table.quarantine tbody tr >> nth=0 >> text=Reject…")
        box = row.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= 390
    finally:
        w.page.context.close()


def test_the_quarantine_is_walked_with_the_keyboard(browser, console):  # noqa: F811
    w = open_page(browser, console, 1366)
    try:
        sign_in(w, "olga")
        w.page.goto(console.base + "/quarantine")
        hrefs = w.page.eval_on_selector_all("table.quarantine tbody tr", "rows => rows.map(r => r.dataset.href)")
        assert w.page.is_visible(".keys-hint")
        w.page.keyboard.press("j")
        w.page.keyboard.press("j")
        w.page.keyboard.press("k")
        w.page.keyboard.press("ArrowDown")
        assert w.page.locator("tr.cur").get_attribute("data-href") == hrefs[1]
        w.page.keyboard.press("x")
        assert w.page.is_checked("tr.cur input[type=checkbox]")
        w.page.keyboard.press("Enter")
        w.page.wait_for_url(console.base + hrefs[1])
        assert w.console == []
    finally:
        w.page.context.close()


def test_search_release_next_bulk_reject_and_the_audit_trail(browser, console, shots_dir):  # noqa: F811
    """The bar: found by its found text, released with a reason after confirming, on to the
    next message, two rejected at once, that view's CSV export read back, and the audit log in
    that order."""
    third = record(console.store, THIRD)
    s = console.seeded
    w = open_page(browser, console, 1366)
    try:
        sign_in(w, "olga")
        w.page.click("nav >> text=Log")
        w.page.fill("input[name=q]", "USD 8.45")
        w.page.click("button:has-text('Filter')")
        w.page.wait_for_url("**/log?q=USD+8.45*")
        assert set(re.findall(r"/message/([0-9A-F]+)", w.page.inner_html("table.log tbody"))) == \
            {s["hostile"], s["held2"]}
        shoot(w, shots_dir, "bar-1-search", 1366)
        w.page.click(f"table.log a[href='/message/{s['hostile']}']")
        assert HOSTILE.subject == w.page.inner_text("h1")
        w.page.fill("form[action$='/release'] input[name=reason]", "customer agreed in writing")
        w.page.click("button:has-text('Release…')")
        w.page.wait_for_selector("text=Release 1 message?")
        assert "olivia@maplecrest.ca" in w.page.inner_text(".confirm-list") and console.sink.messages == []
        shoot(w, shots_dir, "bar-2-confirm", 1366)
        w.page.click("form.confirm button.release")
        w.page.wait_for_selector(f"text=Released {s['hostile']}")
        assert w.page.url == f"{console.base}/message/{s['held2']}"   # the next held message
        wait_for(lambda: console.sink.messages, 10)
        shoot(w, shots_dir, "bar-3-next", 1366)

        w.page.click("nav >> text=Quarantine")
        for q in (s["held2"], third):
            w.page.check(f"input[name=q][value='{q}']")
        w.page.fill(".bulk-bar input[name=reason]", "another customer's prices")
        w.page.click("button:has-text('Reject selected…')")
        w.page.wait_for_selector("text=Reject 2 messages?")
        shoot(w, shots_dir, "bar-4-bulk-confirm", 1366)
        w.page.click("form.confirm button.reject")
        w.page.wait_for_selector(f"text=Rejected {third}.")
        assert "Nothing is held." in w.page.inner_text("table.quarantine")
        shoot(w, shots_dir, "bar-5-empty", 1366)

        w.page.goto(console.base + "/log?status=rejected")  # the CSV export of that view, read back
        with w.page.expect_download() as info:
            w.page.click("text=as CSV")
        path = shots_dir / "bar-rejected.csv"
        info.value.save_as(path)
        with open(path, encoding="utf-8", newline="") as f:
            exported = list(csv.DictReader(f))
        assert {r["queue_id"] for r in exported} == {s["held2"], third}
        assert {r["status"] for r in exported} == {"rejected"}

        w.page.click("nav >> text=Audit")
        rows = [r.split("\t") for r in w.page.inner_text("table.audit tbody").splitlines()]
        actions = [(r[2], r[3], r[4]) for r in rows if r[2] in ("release", "reject")]
        assert actions == [("reject", third, "another customer's prices"),
                           ("reject", s["held2"], "another customer's prices"),
                           ("release", s["hostile"], "customer agreed in writing")]
        shoot(w, shots_dir, "bar-6-audit", 1366)
        assert len(console.sink.messages) == 1
        assert [get_message(console.store, q).row.status for q in (s["hostile"], s["held2"], third)] == \
            ["released", "rejected", "rejected"]
        assert audit_log(console.store, 10, 0, action="reject")[1] == 2
        assert w.dialogs == [] and w.console == [] and w.foreign == []
    finally:
        w.page.context.close()
