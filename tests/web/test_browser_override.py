"""Override with a reason in a real browser (Chromium): the sender's link, the reason, the
officer's release, the audit rows, in that order (issue 15's bar)."""

from __future__ import annotations

import pytest

from guard.links import override_token
from guard.web.queries import audit_log, get_message

from .test_browser import browser, console, page  # noqa: F401 - the fixtures of the browser tests

pytestmark = pytest.mark.browser
KEY = b"b" * 32  # the console fixture's session key


def test_a_sender_asks_with_a_reason_and_the_officer_releases(page, console):  # noqa: F811
    qid = console.seeded["hostile"]
    p = page.page
    p.goto(f"{console.base}/override/{override_token(KEY, qid, 'anna@bluewave-kw.cn')}")
    assert "Nordkök's price for KT-500" in p.inner_text("ul.why")
    p.fill("textarea[name=reason]", "Maplecrest asked us in writing to confirm Nordkok's price")
    page.shot("override-01-sender")
    p.click("button:has-text('Ask the compliance officer to release it')")
    p.wait_for_selector("text=went to the compliance officer")
    page.shot("override-02-sent")

    page.sign_in("olga")
    p.goto(console.base + "/quarantine")
    request = p.locator(".override-request")
    assert "Release requested (1)" in p.inner_text(".override-requests h2")
    assert "Maplecrest asked us in writing" in request.locator(".reason").inner_text()
    assert "sender:anna@bluewave-kw.cn" in request.locator("strong").inner_text()
    page.shot("override-03-quarantine")
    request.locator("input[name=note]").first.fill("confirmed with the account manager")
    request.locator("button:has-text('Release as requested')").click()
    p.wait_for_selector("text=Released as requested")
    page.shot("override-04-released")

    assert len(console.sink.messages) == 1 and console.sink.messages[0].rcpts == ("olivia@maplecrest.ca",)
    assert get_message(console.store, qid).row.status == "released"
    rows, _ = audit_log(console.store, 50)
    trail = [(r.action, r.user) for r in reversed(rows) if r.target == qid]
    assert trail == [("override.request", "sender:anna@bluewave-kw.cn"), ("release", "olga"),
                     ("override.release", "olga")]
    p.goto(console.base + "/audit")
    text = p.inner_text("main")
    assert text.index("override.release") < text.index("override.request")  # newest first
    assert not page.dialogs and not page.foreign
