"""CSV export and the trends page in a real browser (Chromium): the file downloads and reads back."""

from __future__ import annotations

import csv

import pytest

from .test_browser import browser, console, page  # noqa: F401 - the fixtures of the browser tests

pytestmark = pytest.mark.browser


def test_the_held_log_downloads_as_csv_and_the_trends_page_shows(page, console, tmp_path):  # noqa: F811
    p = page.page
    page.sign_in("olga")
    p.goto(console.base + "/log?status=held")
    with p.expect_download() as info:
        p.click("text=Download these 2 messages as CSV")
    path = tmp_path / info.value.suggested_filename
    info.value.save_as(path)
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert {r["queue_id"] for r in rows} == {console.seeded["hostile"], console.seeded["held2"]}
    assert {r["status"] for r in rows} == {"held"}
    p.click("nav >> text=Trends")
    assert "anna@bluewave-kw.cn" in p.inner_text("#trend-sender")
    assert "Maple Crest Housewares Inc." in p.inner_text("#trend-recipient_account")
    page.shot("trends")
    assert p.evaluate("document.documentElement.scrollWidth") <= 1360
    assert not page.dialogs and not page.foreign
