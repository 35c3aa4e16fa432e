"""The [relay] section of the configuration, validated once at start-up into frozen settings."""

from __future__ import annotations

import ipaddress
import os
from dataclasses import dataclass, field
from pathlib import Path

from guard.config import Config
from guard.errors import ConfigError

CHOICES = {
    "upstream_tls": ("none", "starttls", "implicit"),
    "worker_mode": ("process", "thread"),
    "on_check_error": ("tempfail", "hold"),
    "on_unparseable": ("hold", "tempfail", "reject"),
    "internal_findings_header": ("none", "rules", "full"),
}


@dataclass(frozen=True)
class UpstreamConfig:
    """Where checked mail goes, and how guard talks to it (also used by quarantine release)."""

    host: str = "127.0.0.1"
    port: int = 10026
    tls: str = "none"  # none | starttls | implicit
    tls_verify: bool = True
    ca_file: str | None = None
    user: str | None = None
    password: str | None = field(default=None, repr=False)
    timeout: float = 60.0
    helo_name: str | None = None

    @property
    def address(self) -> str:
        return f"[{self.host}]:{self.port}" if ":" in self.host else f"{self.host}:{self.port}"


@dataclass(frozen=True)
class RelaySettings:
    listen_host: str = "127.0.0.1"
    listen_port: int = 10025
    upstream: UpstreamConfig = field(default_factory=UpstreamConfig)
    hostname: str | None = None
    allow_networks: tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...] = (
        ipaddress.ip_network("127.0.0.0/8"), ipaddress.ip_network("::1/128"))
    xforward_hosts: tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...] = ()
    auth_users_file: Path | None = None
    tls_cert: Path | None = None
    tls_key: Path | None = None
    require_tls: bool = False
    max_message_size: int = 26_214_400
    max_recipients: int = 100
    client_timeout: float = 300.0
    check_timeout: float = 60.0  # below Postfix's smtpd_proxy_timeout (100 s) and client_timeout
    workers: int = 2
    worker_mode: str = "process"
    io_threads: int = 64
    on_check_error: str = "tempfail"
    on_unparseable: str = "hold"
    # X-Guard-Findings on flagged mail: "none" (default: only the opaque X-Guard-Verdict), or
    # "rules"/"full" for an upstream that is an internal hop and strips it before mail leaves
    internal_findings_header: str = "none"

    @property
    def tls_enabled(self) -> bool:
        return self.tls_cert is not None


def parse_hostport(value: str, key: str, where: str) -> tuple[str, int]:
    """ "host:port" or "[v6addr]:port" -> (host, port)."""
    if not isinstance(value, str) or ":" not in value:
        raise ConfigError(f"{where}: [relay] {key} must be \"host:port\", got {value!r}")
    host, _, port = value.rpartition(":")
    host = host.strip("[]")
    if not host or not port.isdigit() or not 0 <= int(port) <= 65535:
        raise ConfigError(f"{where}: [relay] {key} must be \"host:port\", got {value!r}")
    return host, int(port)


def _secret(section: dict, prefix: str, cfg: Config) -> str | None:
    env, file = section.get(f"{prefix}_env"), section.get(f"{prefix}_file")
    if env:
        if env not in os.environ:
            raise ConfigError(f"{cfg.where}: [relay] {prefix}_env names {env}, which is not set")
        return os.environ[env]
    if file:
        try:
            return cfg.resolve(file).read_text(encoding="utf-8").strip()
        except OSError as e:
            raise ConfigError(f"{cfg.where}: [relay] {prefix}_file: cannot read {file}: {e.strerror}") from None
    return None


KNOWN = {"listen", "upstream", "hostname", "allow_networks", "xforward_hosts", "auth_users_file", "tls_cert", "tls_key",
         "require_tls", "upstream_tls", "upstream_tls_verify", "upstream_ca_file", "upstream_user",
         "upstream_password_env", "upstream_password_file", "max_message_size", "max_recipients",
         "client_timeout", "upstream_timeout", "check_timeout", "workers", "worker_mode", "io_threads",
         "on_check_error", "on_unparseable", "internal_findings_header"}
# keys that were renamed: refused with what to write instead, never silently ignored
RENAMED = {"findings_header": "internal_findings_header (the default now adds only the opaque "
                              "X-Guard-Verdict; finding text is for an upstream that is an internal hop)"}

# keys that did nothing and were removed: refused with why, so nobody believes they still work
REMOVED = {"release_stale_minutes": "guard never settles an interrupted release on its own "
                                    "(`guard quarantine list --releasing` shows them)"}


def relay_settings(cfg: Config) -> RelaySettings:
    """Validate [relay]; every problem is a ConfigError naming the key."""
    sec = cfg.section("relay")
    where = cfg.where
    unknown = sorted(set(sec) - KNOWN)
    renamed = [k for k in unknown if k in RENAMED]
    if renamed:
        raise ConfigError(f"{where}: [relay] {renamed[0]} is now {RENAMED[renamed[0]]}")
    removed = [k for k in unknown if k in REMOVED]
    if removed:
        raise ConfigError(f"{where}: [relay] {removed[0]} is gone: {REMOVED[removed[0]]}; remove the key")
    if unknown:
        raise ConfigError(f"{where}: [relay] unknown key {unknown[0]!r}")

    def num(key: str, default, kind=int, minimum=1):
        v = sec.get(key, default)
        if isinstance(v, bool) or not isinstance(v, (int, float)) or (kind is int and not isinstance(v, int)):
            raise ConfigError(f"{where}: [relay] {key} must be a {'whole ' if kind is int else ''}number")
        if v < minimum:
            raise ConfigError(f"{where}: [relay] {key} must be at least {minimum}")
        return kind(v)

    def choice(key: str) -> str:
        v = sec.get(key, CHOICES[key][0])
        if v not in CHOICES[key]:
            raise ConfigError(f"{where}: [relay] {key} must be one of {', '.join(CHOICES[key])}, got {v!r}")
        return v

    def path(key: str) -> Path | None:
        v = sec.get(key)
        if not v:
            return None
        p = cfg.resolve(v)
        if not p.is_file():
            raise ConfigError(f"{where}: [relay] {key}: no such file {p}")
        return p

    def flag(key: str, default: bool) -> bool:
        v = sec.get(key, default)
        if not isinstance(v, bool):
            raise ConfigError(f"{where}: [relay] {key} must be true or false")
        return v

    lhost, lport = parse_hostport(sec.get("listen", "127.0.0.1:10025"), "listen", where)
    uhost, uport = parse_hostport(sec.get("upstream", "127.0.0.1:10026"), "upstream", where)
    def networks_of(key: str, default: list[str]) -> tuple:
        nets = sec.get(key, default)
        if not isinstance(nets, list):
            raise ConfigError(f"{where}: [relay] {key} must be a list like [\"127.0.0.0/8\"]")
        try:
            return tuple(ipaddress.ip_network(n, strict=False) for n in nets)
        except (ValueError, TypeError) as e:
            raise ConfigError(f"{where}: [relay] {key}: {e}") from None

    networks = networks_of("allow_networks", ["127.0.0.0/8", "::1/128"])
    xforward = networks_of("xforward_hosts", [])
    cert, key = path("tls_cert"), path("tls_key")
    if (cert is None) != (key is None):
        raise ConfigError(f"{where}: [relay] tls_cert and tls_key go together: set both or neither")
    users = path("auth_users_file")
    if users is not None and cert is None:
        raise ConfigError(f"{where}: [relay] auth_users_file needs tls_cert and tls_key: "
                          "passwords are only accepted over STARTTLS")
    require_tls = flag("require_tls", False)
    if require_tls and cert is None:
        raise ConfigError(f"{where}: [relay] require_tls needs tls_cert and tls_key")
    ca = path("upstream_ca_file")
    upstream = UpstreamConfig(
        host=uhost, port=uport, tls=choice("upstream_tls"), tls_verify=flag("upstream_tls_verify", True),
        ca_file=str(ca) if ca else None, user=sec.get("upstream_user") or None,
        password=_secret(sec, "upstream_password", cfg), timeout=num("upstream_timeout", 60, float),
        helo_name=sec.get("hostname") or None)
    if upstream.user and upstream.password is None:
        raise ConfigError(f"{where}: [relay] upstream_user needs upstream_password_env or upstream_password_file")
    client_timeout, check_timeout = num("client_timeout", 300, float), num("check_timeout", 60, float)
    if check_timeout >= client_timeout:
        raise ConfigError(f"{where}: [relay] check_timeout ({check_timeout:g} s) must be below client_timeout "
                          f"({client_timeout:g} s), or a client hangs up before a slow check is answered")
    return RelaySettings(
        listen_host=lhost, listen_port=lport, upstream=upstream, hostname=sec.get("hostname") or None,
        allow_networks=networks, xforward_hosts=xforward, auth_users_file=users, tls_cert=cert, tls_key=key, require_tls=require_tls,
        max_message_size=num("max_message_size", 26_214_400, minimum=1024),
        max_recipients=num("max_recipients", 100), client_timeout=client_timeout,
        check_timeout=check_timeout, workers=num("workers", 2),
        worker_mode=choice("worker_mode"), io_threads=num("io_threads", 64),
        on_check_error=choice("on_check_error"), on_unparseable=choice("on_unparseable"),
        internal_findings_header=choice("internal_findings_header"),
    )
