"""The console's /learn page: review a learnt draft (keep, edit, reject each entry), then import it."""

from __future__ import annotations

import io
import re
from html.parser import HTMLParser

import pytest

from guard.registry.tables import load_registry_from_store
from guard.store.db import Store
from guard.store.queries import audit_log
from guard.web.app import create_app
from guard.web.settings import WebSettings
from guard.web.users import add_user

from .learn_helpers import archive, made

PASSWORD = "correct horse battery"
CSRF_RE = re.compile(r'name="csrf_token" value="([^"]+)"')


class FormFields(HTMLParser):
    """What a browser would submit from the page's review form: checked boxes, text inputs, the textarea."""

    def __init__(self):
        super().__init__()
        self.fields: dict[str, str] = {}
        self._in_textarea: str | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "input" and a.get("name") and a.get("type") != "file":
            if a.get("type") != "checkbox" or "checked" in a:
                self.fields[a["name"]] = a.get("value") or ""
        elif tag == "textarea":
            self._in_textarea = a["name"]
            self.fields[a["name"]] = ""

    def handle_endtag(self, tag):
        if tag == "textarea":
            self._in_textarea = None

    def handle_data(self, data):
        if self._in_textarea:
            self.fields[self._in_textarea] += data


@pytest.fixture
def draft_text(tmp_path):
    from click.testing import CliRunner

    from guard.cli import cli

    registry, messages = made(8, 20, 11)
    archive.write_archive(tmp_path / "sent", registry, messages)
    out = tmp_path / "draft.toml"
    r = CliRunner().invoke(cli, ["registry", "learn", str(tmp_path / "sent" / "Sent.mbox"), "--out", str(out)])
    assert r.exit_code == 0, r.output
    return out.read_text()


@pytest.fixture
def officer(tmp_path, monkeypatch):
    monkeypatch.setattr("guard.web.users.HASH_METHOD", "scrypt:1024:8:1")
    store = Store(f"sqlite:///{tmp_path / 'guard.db'}")
    store.upgrade()
    add_user(store, "olga", "officer", PASSWORD, by="test")
    app = create_app(store, WebSettings(secret_key=b"k" * 32))
    app.config["TESTING"] = True
    client = app.test_client()
    page = client.get("/login")
    client.post("/login", data={"name": "olga", "password": PASSWORD, "csrf_token": CSRF_RE.search(page.text)[1]})
    client.store = store
    return client


def upload(client, text: str):
    page = client.get("/learn")
    token = CSRF_RE.search(page.text)[1]
    return client.post("/learn", data={"csrf_token": token, "draft": (io.BytesIO(text.encode()), "draft.toml")},
                       content_type="multipart/form-data")


def test_the_draft_is_shown_entry_by_entry_with_where_it_was_learnt(officer, draft_text):
    page = upload(officer, draft_text)
    assert page.status_code == 200
    ids = re.findall(r'^id = "(.*)"$', draft_text, re.M)
    for aid in ids:
        assert f'name="a.{aid}.keep"' in page.text
    assert "learnt account from" in page.text and "learnt deal from" in page.text
    assert "&lt;sw" in page.text  # message ids, escaped


def test_import_applies_rejections_and_edits_and_the_audit_log_says_who(officer, draft_text):
    page = upload(officer, draft_text)
    form = FormFields()
    form.feed(page.text)
    fields = form.fields
    ids = re.findall(r'^id = "(.*)"$', draft_text, re.M)
    rejected, edited = ids[0], ids[1]
    del fields[f"a.{rejected}.keep"]
    fields[f"a.{edited}.name"] = "Edited Name Pty Ltd"
    fields[f"a.{edited}.d0.price"] = "1.23"
    r = officer.post("/learn/import", data=fields)
    assert r.status_code == 302, r.text
    reg = load_registry_from_store(officer.store)
    assert rejected not in {a.id for a in reg.accounts}
    acc = reg.account(edited)
    assert acc.name == "Edited Name Pty Ltd" and acc.deals[0].price == 1.23
    rows, _ = audit_log(officer.store, 20, 0, user="olga")
    actions = {row.action: row for row in rows}
    assert "registry.import" in actions
    assert f"account {rejected}" in actions["registry.learn"].detail
    assert "Edited Name Pty Ltd" in actions["registry.learn"].detail


def test_an_invalid_draft_is_refused_with_its_problem_and_nothing_is_imported(officer):
    page = upload(officer, 'version = 1\n[company]\nname = "X"\ndomains = ["bad domain"]\n')
    assert page.status_code == 200 and "domain" in page.text and 'name="draft_text"' not in page.text
    assert audit_log(officer.store, 20, 0, action="registry.import")[1] == 0
