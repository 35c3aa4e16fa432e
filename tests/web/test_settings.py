"""The [web] section: defaults, validation with the key named, and the session key file."""

from __future__ import annotations

import pytest

from guard.config import load_config
from guard.errors import ConfigError
from guard.web.settings import settings_from_config


def settings(tmp_path, text: str):
    path = tmp_path / "guard.toml"
    path.write_text(text, encoding="utf-8")
    return settings_from_config(load_config(path))


def test_defaults_listen_on_loopback_8025_with_plain_cookies(tmp_path, monkeypatch):
    monkeypatch.delenv("GUARD_WEB_SECRET", raising=False)
    s = settings(tmp_path, "")
    assert (s.host, s.port, s.secure_cookies, s.trusted_proxy) == ("127.0.0.1", 8025, False, "")
    assert len(s.secret_key) == 32


def test_the_session_key_file_is_created_once_and_kept(tmp_path):
    first = settings(tmp_path, '[web]\nsecret_key_file = "keys/web.key"\n').secret_key
    assert (tmp_path / "keys" / "web.key").stat().st_mode & 0o777 == 0o600
    assert settings(tmp_path, '[web]\nsecret_key_file = "keys/web.key"\n').secret_key == first


@pytest.mark.parametrize("text,message", [
    ('[web]\nlisten = "8025"\n', 'listen must be "host:port"'),
    ('[web]\nlisten = "127.0.0.1:http"\n', "bad port 'http'"),
    ('[web]\nsecure_cookies = "yes"\n', "secure_cookies must be true or false"),
    ('[web]\nsession_hours = 0\n', "session_hours must be a number >= 0.1"),
    ('[web]\nlisen = "127.0.0.1:1"\n', "unknown key [web] lisen"),
])
def test_bad_values_name_the_key(tmp_path, text, message):
    with pytest.raises(ConfigError, match=message.replace("[", r"\[").replace("]", r"\]")):
        settings(tmp_path, text)


def test_a_short_session_key_is_refused(tmp_path):
    (tmp_path / "web.key").write_text("too short\n")
    with pytest.raises(ConfigError, match="at least 32 characters"):
        settings(tmp_path, '[web]\nsecret_key_file = "web.key"\n')


def test_the_example_configuration_is_valid(tmp_path):
    from pathlib import Path

    example = Path(__file__).resolve().parents[2] / "config.example.toml"
    (tmp_path / "guard.toml").write_text(example.read_text(encoding="utf-8"), encoding="utf-8")
    s = settings_from_config(load_config(tmp_path / "guard.toml"))
    assert s.listen == "127.0.0.1:8025"
