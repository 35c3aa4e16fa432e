"""The [watch] section (SPEC section 6): defaults, overrides, and errors that name the key."""

from __future__ import annotations

from pathlib import Path

import pytest

from guard.config import load_config
from guard.errors import ConfigError
from guard.watch.config import watch_mailboxes

ROOT = Path(__file__).resolve().parents[2]

LILY = """
[[watch.mailbox]]
name = "lily"
host = "imap.example.com"
user = "lily@example.com"
password_env = "GUARD_IMAP_LILY"
"""


def boxes(tmp_path, text: str):
    p = tmp_path / "guard.toml"
    p.write_text(text, encoding="utf-8")
    return watch_mailboxes(load_config(p))


def error(tmp_path, text: str) -> str:
    with pytest.raises(ConfigError) as e:
        boxes(tmp_path, text)
    return str(e.value)


def test_example_configuration_has_a_valid_watch_section():
    [box] = watch_mailboxes(load_config(ROOT / "config.example.toml"))
    assert (box.name, box.tls, box.port, box.drafts) == ("lily", "implicit", 993, "")


def test_defaults(tmp_path):
    [box] = boxes(tmp_path, LILY)
    assert (box.tls, box.port, box.drafts, box.warn_folder, box.idle) == ("implicit", 993, "", "INBOX", True)
    assert box.keywords == ("$GuardFlag", "$GuardBlock")
    assert [box.keyword_for(v) for v in ("pass", "flag", "hold", "block")] == [
        None, "$GuardFlag", "$GuardBlock", "$GuardBlock"]


def test_starttls_and_plain_default_to_port_143(tmp_path):
    [box] = boxes(tmp_path, LILY.replace('host = "imap.example.com"', 'host = "127.0.0.1"\ntls = "none"'))
    assert box.port == 143


def test_watch_keys_apply_to_every_mailbox_and_a_mailbox_may_override_them(tmp_path):
    text = ('[watch]\npoll_seconds = 30\nwarn_folder = "Guard"\n' + LILY
            + LILY.replace('"lily"', '"ming"') + 'poll_seconds = 5\n')
    lily, ming = boxes(tmp_path, text)
    assert (lily.poll_seconds, lily.warn_folder) == (30.0, "Guard")
    assert (ming.poll_seconds, ming.warn_folder) == (5.0, "Guard")


def test_password_file_is_relative_to_the_configuration_file(tmp_path):
    [box] = boxes(tmp_path, LILY.replace('password_env = "GUARD_IMAP_LILY"', 'password_file = "secrets/lily"'))
    assert box.password_file == tmp_path / "secrets" / "lily"


def test_plain_imap_is_refused_for_a_host_that_is_not_loopback(tmp_path):
    msg = error(tmp_path, LILY + 'tls = "none"\n')
    assert "[[watch.mailbox]] lily: tls = \"none\" is allowed only for a loopback host" in msg


def test_unknown_tls_mode_is_refused(tmp_path):
    assert "tls must be one of implicit, starttls, none, not 'ssl'" in error(tmp_path, LILY + 'tls = "ssl"\n')


def test_a_password_in_the_file_is_refused(tmp_path):
    msg = error(tmp_path, LILY + 'password = "hunter2"\n')
    assert "lily" in msg and "hunter2" not in msg


def test_exactly_one_password_source(tmp_path):
    assert "set exactly one of password_env or password_file" in error(
        tmp_path, LILY + 'password_file = "x"\n')
    assert "set exactly one of password_env or password_file" in error(
        tmp_path, LILY.replace('password_env = "GUARD_IMAP_LILY"\n', ""))


def test_unknown_key_is_named(tmp_path):
    assert "unknown key 'hostname'" in error(tmp_path, LILY + 'hostname = "x"\n')
    assert "[watch]: unknown key 'pol_seconds'" in error(tmp_path, "[watch]\npol_seconds = 3\n" + LILY)


def test_missing_required_key_is_named(tmp_path):
    assert "host is required" in error(tmp_path, LILY.replace('host = "imap.example.com"\n', ""))


def test_duplicate_mailbox_names_are_refused(tmp_path):
    assert "two mailboxes are named 'lily'" in error(tmp_path, LILY + LILY)


def test_no_mailbox_is_an_error(tmp_path):
    assert "no [[watch.mailbox]] to watch" in error(tmp_path, "[watch]\nidle = true\n")


def test_keywords_must_be_imap_atoms_and_differ(tmp_path):
    assert "keyword 'Guard Flag'" in error(tmp_path, '[watch]\nkeywords = { flag = "Guard Flag" }\n' + LILY)
    assert "must differ" in error(tmp_path, '[watch]\nkeywords = { flag = "$X", block = "$X" }\n' + LILY)


def test_timings_must_be_positive_numbers(tmp_path):
    assert "poll_seconds must be a positive number" in error(tmp_path, LILY + "poll_seconds = 0\n")
    assert "idle must be a true/false" in error(tmp_path, LILY + 'idle = "yes"\n')


def test_warn_folder_may_not_be_the_drafts_folder(tmp_path):
    assert "warn_folder must not be the Drafts folder" in error(
        tmp_path, LILY + 'drafts = "Drafts"\nwarn_folder = "Drafts"\n')


def test_the_safe_version_draft_is_off_by_default_and_can_be_turned_on_with_its_prefix(tmp_path):
    [off] = boxes(tmp_path, LILY)
    [on] = boxes(tmp_path, '[watch]\nfix_draft = true\nfix_prefix = "[safe] "\n' + LILY)
    assert (off.fix_draft, off.fix_prefix) == (False, "[guard: safe version] ")
    assert (on.fix_draft, on.fix_prefix) == (True, "[safe] ")
