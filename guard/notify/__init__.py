"""Mail guard sends itself: the sender's notice of a held or blocked message, the officers' digest.

Both are off by default and configured in [notify]; both go out through the relay's upstream
([relay] upstream), never back through the relay, so guard never checks its own notices.
Their text is a Jinja template: the package's own, or a file the configuration names. Their
signed links start with [web] public_url and are signed with the console's key.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from importlib.resources import files
from pathlib import Path

from jinja2 import Environment, StrictUndefined, TemplateError

from guard.errors import ConfigError, GuardError

log = logging.getLogger("guard.notify")
KNOWN = {"sender", "from", "sender_template", "digest_to", "digest_at", "digest_template", "digest_empty"}
_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


class NotifyError(GuardError):
    """A notice could not be made or sent (bad template, upstream refused it)."""


@dataclass(frozen=True)
class NotifySettings:
    sender: bool = False                      # tell the sender of a held or blocked message
    from_address: str = ""                    # From: of guard's mail (the sender's notice has MAIL FROM <>)
    sender_template: str = ""                 # Jinja text; the package's sender.txt by default
    digest_to: tuple[str, ...] = ()           # the officers' digest goes here; empty: no digest
    digest_at: tuple[str, ...] = ()           # "HH:MM" (UTC) times of day for the relay's loop
    digest_template: str = ""
    digest_empty: bool = False                # also send a digest when nothing is held
    public_url: str = ""                      # [web] public_url: where links point
    secret_key: bytes = field(default=b"", repr=False)  # [web] secret key: signs links
    link_days: float = 7.0


def template_text(name: str, path: Path | None) -> str:
    if path is None:
        return files("guard.notify").joinpath(name).read_text(encoding="utf-8")
    try:
        return path.read_text(encoding="utf-8")
    except OSError as e:
        raise ConfigError(f"[notify] template {path}: {e.strerror or e}") from None


def render(template: str, **values) -> str:
    """Fill a notice template; an error names what is wrong (checked at start-up, see notify_settings)."""
    try:
        env = Environment(undefined=StrictUndefined, keep_trailing_newline=True, autoescape=False)
        return env.from_string(template).render(**values)
    except TemplateError as e:
        raise NotifyError(f"notice template: {e}") from None


def notify_settings(cfg) -> NotifySettings:
    """[notify] validated, with [web]'s public_url and key; ConfigError names the bad key."""
    from guard.web.settings import settings_from_config

    sec = cfg.section("notify")
    where = cfg.where
    unknown = sorted(set(sec) - KNOWN)
    if unknown:
        raise ConfigError(f"{where}: [notify] unknown key {unknown[0]!r} (known: {', '.join(sorted(KNOWN))})")
    for key in ("sender", "digest_empty"):
        if not isinstance(sec.get(key, False), bool):
            raise ConfigError(f"{where}: [notify] {key} must be true or false")
    lists = {}
    for key in ("digest_to", "digest_at"):
        v = sec.get(key, [])
        if isinstance(v, str):
            v = [v]
        if not isinstance(v, list) or not all(isinstance(x, str) and x.strip() for x in v):
            raise ConfigError(f"{where}: [notify] {key} must be a list of strings")
        lists[key] = tuple(x.strip() for x in v)
    bad = [t for t in lists["digest_at"] if not _TIME.match(t)]
    if bad:
        raise ConfigError(f"{where}: [notify] digest_at takes times like \"07:30\" (UTC), not {bad[0]!r}")
    if any("@" not in a for a in lists["digest_to"]):
        raise ConfigError(f"{where}: [notify] digest_to must be mail addresses")
    from_address = sec.get("from", "")
    if not isinstance(from_address, str) or ((sec.get("sender") or lists["digest_to"]) and "@" not in from_address):
        raise ConfigError(f"{where}: [notify] from must be guard's mail address (e.g. \"guard@example.com\") "
                          "when sender notices or the digest are on")
    web = settings_from_config(cfg)
    if (sec.get("sender") or lists["digest_to"]) and not web.public_url:
        log.warning("[web] public_url is not set: guard's notices will carry no links")
    texts = {}
    for key, name in (("sender_template", "sender.txt"), ("digest_template", "digest.txt")):
        path = sec.get(key)
        if path is not None and not isinstance(path, str):
            raise ConfigError(f"{where}: [notify] {key} must be a path")
        texts[key] = template_text(name, cfg.resolve(path) if path else None)
        try:
            Environment(undefined=StrictUndefined).parse(texts[key])
        except TemplateError as e:
            raise ConfigError(f"{where}: [notify] {key}: {e}") from None
    return NotifySettings(sender=sec.get("sender", False), from_address=from_address,
                          sender_template=texts["sender_template"], digest_to=lists["digest_to"],
                          digest_at=lists["digest_at"], digest_template=texts["digest_template"],
                          digest_empty=sec.get("digest_empty", False), public_url=web.public_url,
                          secret_key=web.secret_key, link_days=web.link_days)


def compose(*, from_address: str, to: list[str], subject: str, body: str, about: str = "",
            in_reply_to: str = "") -> bytes:
    """A plain-text auto-generated message (RFC 3834), so vacation responders stay quiet."""
    msg = EmailMessage()
    msg["From"] = from_address
    msg["To"] = ", ".join(to)
    msg["Subject"] = subject
    msg["Date"] = formatdate(localtime=False)
    msg["Message-ID"] = make_msgid(domain=from_address.rpartition("@")[2] or "guard.invalid")
    msg["Auto-Submitted"] = "auto-generated"
    if about:
        msg["X-Guard-Notice"] = about
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = in_reply_to
    msg.set_content(body, charset="utf-8")
    return msg.as_bytes()


def send(upstream, mail_from: str, to: list[str], content: bytes) -> str:
    """Deliver through the upstream; the upstream's reply, or NotifyError when it took nobody."""
    from guard.relay.delivery import deliver

    result = deliver(upstream, mail_from, to, content)
    if not result.delivered:
        raise NotifyError(f"the upstream did not take the notice: {result.describe()}")
    return result.describe()
