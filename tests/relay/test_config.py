"""[relay] settings: every key documented in config.example.toml, every bad value named."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from guard.config import Config
from guard.errors import ConfigError
from guard.relay.config import KNOWN, relay_settings

EXAMPLE = Path(__file__).resolve().parents[2] / "config.example.toml"


def settings(**relay):
    return relay_settings(Config(None, {"relay": relay}))


def test_every_relay_key_is_documented_in_the_example_config():
    text = EXAMPLE.read_text()
    section = text[text.index("[relay]"):]
    section = section[: section.index("# ---- [web]")] if "# ---- [web]" in section else section
    documented = set(re.findall(r"^#?\s*([a-z_]+)\s*=", section, re.MULTILINE))
    assert KNOWN <= documented, f"undocumented: {sorted(KNOWN - documented)}"


def test_the_example_relay_section_is_valid():
    relay = tomllib.loads(EXAMPLE.read_text())["relay"]
    s = relay_settings(Config(None, {"relay": relay}))
    assert (s.listen_port, s.upstream.port, s.on_check_error) == (10025, 10026, "tempfail")


def test_defaults_are_safe():
    s = settings()
    assert [str(n) for n in s.allow_networks] == ["127.0.0.0/8", "::1/128"]
    assert s.on_check_error == "tempfail" and s.on_unparseable == "hold" and s.auth_users_file is None


@pytest.mark.parametrize("relay, message", [
    ({"listen": "10025"}, "listen must be"),
    ({"upstream": "host:99999"}, "upstream must be"),
    ({"allow_networks": ["10.0.0.0/33"]}, "allow_networks"),
    ({"on_check_error": "pass"}, "on_check_error must be one of tempfail, hold"),
    ({"max_recipients": 0}, "max_recipients must be at least 1"),
    ({"workers": "two"}, "workers must be a whole number"),
    ({"tls_cert": "/nonexistent/cert.pem", "tls_key": "/nonexistent/key.pem"}, "no such file"),
    ({"upstream_user": "u"}, "upstream_password_env"),
    ({"upstream_password_env": "GUARD_TEST_UNSET_VAR"}, "GUARD_TEST_UNSET_VAR, which is not set"),
    ({"open_relay": True}, "unknown key 'open_relay'"),
])
def test_bad_values_are_named(relay, message):
    with pytest.raises(ConfigError, match=re.escape(message)):
        settings(**relay)


def test_auth_without_tls_is_refused(tmp_path):
    users = tmp_path / "users"
    users.write_text("")
    with pytest.raises(ConfigError, match="only accepted over STARTTLS"):
        settings(auth_users_file=str(users))


def test_ipv6_listen_address():
    assert settings(listen="[::1]:2525").listen_host == "::1"


def test_a_removed_key_that_did_nothing_is_refused_with_why():
    with pytest.raises(ConfigError, match=r"\[relay\] release_stale_minutes is gone: .*remove the key"):
        settings(release_stale_minutes=30)


def test_the_old_findings_header_key_is_refused_with_its_new_name():
    with pytest.raises(ConfigError, match=r"\[relay\] findings_header is now internal_findings_header"):
        settings(findings_header="full")


def test_finding_text_in_headers_is_off_unless_asked_for():
    assert settings().internal_findings_header == "none"
    assert settings(internal_findings_header="full").internal_findings_header == "full"
    with pytest.raises(ConfigError, match="internal_findings_header must be one of none, rules, full"):
        settings(internal_findings_header="yes")


def test_check_timeout_defaults_below_postfix_proxy_timeout():
    assert settings().check_timeout < 100 < settings().client_timeout


def test_check_timeout_at_or_above_client_timeout_is_refused_naming_both_keys():
    with pytest.raises(ConfigError, match=r"\[relay\] check_timeout \(120 s\) must be below client_timeout \(90 s\)"):
        settings(check_timeout=120, client_timeout=90)
