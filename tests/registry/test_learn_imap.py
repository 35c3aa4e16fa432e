"""guard registry learn reads the Sent folder of a real Dovecot ([[watch.mailbox]] settings)."""

from __future__ import annotations

import uuid

import pytest
from click.testing import CliRunner
from support.files import crlf

from guard.cli import cli
from guard.registry.load import load_registry

from .learn_helpers import made, scoring

pytestmark = pytest.mark.services


@pytest.fixture
def sales(dovecot, tmp_path):
    """A mail user whose Sent folder holds a generated archive, and a config naming it."""
    name, password = f"u{uuid.uuid4().hex[:10]}", f"pw-{uuid.uuid4().hex[:12]}"
    dovecot.add_user(name, password)
    (tmp_path / "pw").write_text(password + "\n")
    registry, messages = made(12, 30, 5)
    with dovecot.client(name, password) as c:
        if not c.folder_exists("Sent"):
            c.create_folder("Sent")
        for raw in messages:
            c.append("Sent", crlf(raw))
    (tmp_path / "guard.toml").write_text(f"""
[[watch.mailbox]]
name = "sales"
host = "127.0.0.1"
port = {dovecot.port}
tls = "none"
user = "{name}"
password_file = "{tmp_path / 'pw'}"
""")
    return registry, messages, tmp_path, (name, password)


def test_learns_from_the_folder_marked_sent_without_marking_anything_read(dovecot, sales):
    registry, messages, tmp, (user, password) = sales
    out = tmp / "draft.toml"
    r = CliRunner().invoke(cli, ["registry", "learn", "imap:sales", "--config", str(tmp / "guard.toml"),
                                 "--out", str(out)])
    assert r.exit_code == 0, r.output
    assert f"({len(messages)} messages)" in r.output
    s = scoring.score(registry, load_registry(out))
    assert s["accounts"]["recall"] >= 0.95 and s["deals"]["precision"] >= 0.95, s
    with dovecot.client(user, password) as c:
        c.select_folder("Sent", readonly=True)
        assert c.search("SEEN") == []


def test_an_unknown_mailbox_name_or_folder_is_a_clear_error(sales):
    _, _, tmp, _ = sales
    cfg = str(tmp / "guard.toml")
    r = CliRunner().invoke(cli, ["registry", "learn", "imap:nobody", "--config", cfg, "--out", str(tmp / "d.toml")])
    assert r.exit_code == 3 and "no [[watch.mailbox]] named 'nobody'" in r.output
    r = CliRunner().invoke(cli, ["registry", "learn", "imap:sales/Archive", "--config", cfg,
                                 "--out", str(tmp / "d.toml")])
    assert r.exit_code == 3 and "cannot read" in r.output
    assert not (tmp / "d.toml").exists()
