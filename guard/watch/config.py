"""The [watch] section of the configuration (SPEC section 6), validated at start-up.

Settings shared by every mailbox (timings, warn_folder, keywords) may be set in [watch]
and overridden in one [[watch.mailbox]] table. Passwords are not read here: the
configuration only says where they are (an environment variable or a file), so a
missing secret is an error of that one mailbox, and the others go on.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass
from pathlib import Path

from guard.config import Config
from guard.errors import ConfigError

TLS_MODES = ("implicit", "starttls", "none")
NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@-]*$")
KEYWORD_RE = re.compile(r"^[A-Za-z0-9$_.\-]+$")  # an IMAP atom a client shows as a tag

# Shared settings: key -> (default, type). Each may be overridden per mailbox.
SHARED = {
    "warn_folder": ("INBOX", str),
    "poll_seconds": (60.0, float),
    "idle": (True, bool),
    "idle_seconds": (300.0, float),
    "backoff_max_seconds": (60.0, float),
    "timeout_seconds": (30.0, float),
    "clean_note": (True, bool),
    "fix_draft": (False, bool),
    "fix_prefix": ("[guard: safe version] ", str),
    "keywords": ({"flag": "$GuardFlag", "block": "$GuardBlock"}, dict),
}
MAILBOX_KEYS = {"name", "host", "port", "tls", "user", "password_env", "password_file", "drafts", "ca_file"}


@dataclass(frozen=True)
class MailboxConfig:
    """One watched mailbox. `drafts` empty means: the folder marked SPECIAL-USE \\Drafts."""

    name: str
    host: str
    port: int
    tls: str
    user: str
    password_env: str = ""
    password_file: Path | None = None
    ca_file: Path | None = None
    drafts: str = ""
    warn_folder: str = "INBOX"
    poll_seconds: float = 60.0
    idle: bool = True
    idle_seconds: float = 300.0
    backoff_max_seconds: float = 60.0
    timeout_seconds: float = 30.0
    clean_note: bool = True
    fix_draft: bool = False      # save `guard check --fix`'s rewrite as a second draft beside a warned one
    fix_prefix: str = "[guard: safe version] "  # the rewrite's subject starts with this
    flag_keyword: str = "$GuardFlag"
    block_keyword: str = "$GuardBlock"

    @property
    def address(self) -> str:
        return f"{self.host}:{self.port}"

    @property
    def keywords(self) -> tuple[str, str]:
        return (self.flag_keyword, self.block_keyword)

    def keyword_for(self, verdict: str) -> str | None:
        """$GuardFlag for flag, $GuardBlock for hold and block, None for pass."""
        return {"flag": self.flag_keyword, "hold": self.block_keyword, "block": self.block_keyword}.get(verdict)


def is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _typed(value, kind, where: str):
    if kind is float:
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
            raise ConfigError(f"{where} must be a positive number")
        return float(value)
    if not isinstance(value, kind):
        raise ConfigError(f"{where} must be a {'true/false' if kind is bool else kind.__name__}")
    return value


def _shared(table: dict, defaults: dict, where: str) -> dict:
    out = dict(defaults)
    for key, (_, kind) in SHARED.items():
        if key in table:
            out[key] = _typed(table[key], kind, f"{where}: {key}")
    return out


def _keywords(value: dict, where: str) -> tuple[str, str]:
    unknown = sorted(set(value) - {"flag", "block"})
    if unknown:
        raise ConfigError(f"{where}: keywords has unknown key {unknown[0]!r} (known: flag, block)")
    flag, block = value.get("flag", "$GuardFlag"), value.get("block", "$GuardBlock")
    for kw in (flag, block):
        if not isinstance(kw, str) or not KEYWORD_RE.match(kw):
            raise ConfigError(f"{where}: keyword {kw!r} must be letters, digits or $_.- (e.g. \"$GuardFlag\")")
    if flag == block:
        raise ConfigError(f"{where}: the flag and block keywords must differ")
    return flag, block


def _mailbox(table: dict, shared: dict, cfg: Config, where: str) -> MailboxConfig:
    name = table.get("name")
    if not isinstance(name, str) or not NAME_RE.match(name):
        raise ConfigError(f"{where}: name is required: letters, digits or ._@- (it names the mailbox in logs)")
    where = f"{cfg.where}: [[watch.mailbox]] {name}"
    if "password" in table:
        raise ConfigError(f"{where}: put the password in an environment variable (password_env) or a "
                          "file (password_file), never in the configuration file")
    unknown = sorted(set(table) - MAILBOX_KEYS - set(SHARED))
    if unknown:
        raise ConfigError(f"{where}: unknown key {unknown[0]!r} (known: {', '.join(sorted(MAILBOX_KEYS | set(SHARED)))})")
    for key in ("host", "user"):
        if not isinstance(table.get(key), str) or not table[key].strip():
            raise ConfigError(f"{where}: {key} is required (a non-empty string)")
    tls = table.get("tls", "implicit")
    if tls not in TLS_MODES:
        raise ConfigError(f"{where}: tls must be one of {', '.join(TLS_MODES)}, not {tls!r}")
    host = table["host"].strip()
    if tls == "none" and not is_loopback(host):
        raise ConfigError(f"{where}: tls = \"none\" is allowed only for a loopback host (127.0.0.1, ::1, "
                          f"localhost), not {host!r}: the password would cross the network in clear")
    port = table.get("port", 993 if tls == "implicit" else 143)
    if isinstance(port, bool) or not isinstance(port, int) or not 0 < port < 65536:
        raise ConfigError(f"{where}: port must be a number from 1 to 65535")
    env, pfile = table.get("password_env", ""), table.get("password_file", "")
    if not isinstance(env, str) or not isinstance(pfile, str):
        raise ConfigError(f"{where}: password_env and password_file must be strings")
    if bool(env) == bool(pfile):
        raise ConfigError(f"{where}: set exactly one of password_env or password_file "
                          "(passwords are never written in the configuration file)")
    drafts = table.get("drafts", "")
    if not isinstance(drafts, str):
        raise ConfigError(f"{where}: drafts must be a folder name, or \"\" to find it by SPECIAL-USE \\Drafts")
    ca_file = table.get("ca_file", "")
    if not isinstance(ca_file, str):
        raise ConfigError(f"{where}: ca_file must be a path")
    values = _shared(table, shared, where)
    flag, block = _keywords(values["keywords"], where)
    if drafts and drafts == values["warn_folder"]:
        raise ConfigError(f"{where}: warn_folder must not be the Drafts folder")
    return MailboxConfig(
        name=name, host=host, port=port, tls=tls, user=table["user"], password_env=env,
        password_file=cfg.resolve(pfile) if pfile else None, ca_file=cfg.resolve(ca_file) if ca_file else None,
        drafts=drafts, warn_folder=values["warn_folder"], poll_seconds=values["poll_seconds"],
        idle=values["idle"], idle_seconds=values["idle_seconds"],
        backoff_max_seconds=values["backoff_max_seconds"], timeout_seconds=values["timeout_seconds"],
        clean_note=values["clean_note"], fix_draft=values["fix_draft"], fix_prefix=values["fix_prefix"],
        flag_keyword=flag, block_keyword=block)


def watch_mailboxes(cfg: Config) -> list[MailboxConfig]:
    """Every [[watch.mailbox]] of the file; ConfigError names the file, mailbox and key."""
    section = cfg.section("watch")
    where = f"{cfg.where}: [watch]"
    unknown = sorted(set(section) - {"mailbox"} - set(SHARED))
    if unknown:
        raise ConfigError(f"{where}: unknown key {unknown[0]!r} (known: mailbox, {', '.join(sorted(SHARED))})")
    shared = _shared(section, {k: d for k, (d, _) in SHARED.items()}, where)
    _keywords(shared["keywords"], where)
    tables = section.get("mailbox", [])
    if isinstance(tables, dict):
        tables = [tables]
    if not isinstance(tables, list) or not all(isinstance(t, dict) for t in tables):
        raise ConfigError(f"{where}: mailboxes are [[watch.mailbox]] tables")
    if not tables:
        raise ConfigError(f"{where}: no [[watch.mailbox]] to watch (see config.example.toml)")
    boxes = [_mailbox(t, shared, cfg, f"{where}.mailbox #{i + 1}") for i, t in enumerate(tables)]
    names = [b.name for b in boxes]
    dup = next((n for n in names if names.count(n) > 1), None)
    if dup:
        raise ConfigError(f"{where}: two mailboxes are named {dup!r}; names must be unique")
    return boxes
