"""The [web] section of the configuration, validated once at start-up."""

from __future__ import annotations

import logging
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from guard.errors import ConfigError

log = logging.getLogger(__name__)

DEFAULT_LISTEN = "127.0.0.1:8025"
KNOWN_KEYS = {"listen", "secret_key_file", "secure_cookies", "session_hours", "page_size",
              "threads", "trusted_proxy", "failed_signins_free", "lockout_seconds_max",
              "cases_dir", "public_url", "link_days", "timezone"}


@dataclass(frozen=True)
class WebSettings:
    """How the console runs. `secret_key` signs the session cookie; keep it stable across restarts."""

    host: str = "127.0.0.1"
    port: int = 8025
    secret_key: bytes = b""
    secure_cookies: bool = False      # set when the console is reached over HTTPS (a TLS proxy)
    session_hours: float = 8.0
    page_size: int = 50
    threads: int = 8
    trusted_proxy: str = ""           # address of a TLS proxy whose X-Forwarded-For/-Proto are believed
    failed_signins_free: int = 3      # failures per user and address before sign-in is slowed
    lockout_seconds_max: int = 900
    cases_dir: Path | None = None     # reported mistakes become labelled cases here (guard eval scores it)
    public_url: str = ""              # the console's address as mail readers reach it, for signed links
    link_days: float = 7.0            # how long a signed link in a mail stays valid
    timezone: str = "UTC"             # the zone times are shown in (an IANA name, e.g. "Europe/Oslo")

    @property
    def listen(self) -> str:
        return f"{self.host}:{self.port}"


def parse_listen(value: object, where: str) -> tuple[str, int]:
    """"host:port" -> (host, port); IPv6 hosts in brackets ("[::1]:8025")."""
    if not isinstance(value, str) or ":" not in value:
        raise ConfigError(f"{where}: [web] listen must be \"host:port\", e.g. \"{DEFAULT_LISTEN}\"")
    host, _, port_text = value.rpartition(":")
    host = host.strip("[]")
    try:
        port = int(port_text)
    except ValueError:
        raise ConfigError(f"{where}: [web] listen has a bad port {port_text!r}") from None
    if not host or not 0 <= port <= 65535:
        raise ConfigError(f"{where}: [web] listen must be \"host:port\", got {value!r}")
    return host, port


def _secret(path: Path | None) -> bytes:
    """Read the session key, creating the file (mode 600) on first start.

    Without a file the key lives only in memory and every restart signs users out.
    """
    if path is None:
        env = os.environ.get("GUARD_WEB_SECRET")
        if env:
            return env.encode()
        log.warning("[web] secret_key_file not set: sessions end when the console restarts")
        return secrets.token_bytes(32)
    try:
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "w") as f:
                f.write(secrets.token_hex(32) + "\n")
            log.info("created the console's session key in %s", path)
        key = path.read_text(encoding="utf-8").strip()
    except OSError as e:
        raise ConfigError(f"[web] secret_key_file {path}: {e.strerror or e}") from None
    if len(key) < 32:
        raise ConfigError(f"[web] secret_key_file {path}: the key must be at least 32 characters")
    return key.encode()


def _number(section: dict, key: str, default, kind, where: str, minimum=0):
    value = section.get(key, default)
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value < minimum:
        raise ConfigError(f"{where}: [web] {key} must be a number >= {minimum}, got {value!r}")
    return kind(value)


def _text(section: dict, key: str, where: str) -> str:
    value = section.get(key, "")
    if not isinstance(value, str):
        raise ConfigError(f"{where}: [web] {key} must be a string")
    return value


def settings_from_config(cfg) -> WebSettings:
    """WebSettings from a guard.config.Config; ConfigError names the bad key."""
    section = cfg.section("web")
    where = cfg.where
    unknown = sorted(set(section) - KNOWN_KEYS)
    if unknown:
        raise ConfigError(f"{where}: unknown key [web] {unknown[0]} (known: {', '.join(sorted(KNOWN_KEYS))})")
    host, port = parse_listen(section.get("listen", DEFAULT_LISTEN), where)
    secure = section.get("secure_cookies", False)
    if not isinstance(secure, bool):
        raise ConfigError(f"{where}: [web] secure_cookies must be true or false")
    key_file = section.get("secret_key_file")
    if key_file is not None and not isinstance(key_file, str):
        raise ConfigError(f"{where}: [web] secret_key_file must be a path")
    return WebSettings(
        host=host,
        port=port,
        secret_key=_secret(cfg.resolve(key_file) if key_file else None),
        secure_cookies=secure,
        session_hours=_number(section, "session_hours", 8.0, float, where, minimum=0.1),
        page_size=_number(section, "page_size", 50, int, where, minimum=5),
        threads=_number(section, "threads", 8, int, where, minimum=1),
        trusted_proxy=_text(section, "trusted_proxy", where),
        failed_signins_free=_number(section, "failed_signins_free", 3, int, where, minimum=1),
        lockout_seconds_max=_number(section, "lockout_seconds_max", 900, int, where, minimum=1),
        cases_dir=cfg.resolve(_text(section, "cases_dir", where)) if section.get("cases_dir") else None,
        public_url=_public_url(_text(section, "public_url", where), where),
        link_days=_number(section, "link_days", 7.0, float, where, minimum=0.01),
        timezone=_zone(section, where),
    )


def _public_url(value: str, where: str) -> str:
    if value and not value.startswith(("http://", "https://")):
        raise ConfigError(f"{where}: [web] public_url must start with https:// (or http://), got {value!r}")
    return value.rstrip("/")


def _zone(section: dict, where: str) -> str:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    name = section.get("timezone", "UTC")
    try:
        if not isinstance(name, str) or not name:
            raise ValueError
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigError(f"{where}: [web] timezone must be a time zone name like \"Europe/Oslo\" or "
                          f"\"UTC\", got {name!r}") from None
    return name
