"""Signed links in guard's mail: the sender's override link and the officers' digest links.

Signed with the console's session key ([web] secret_key_file) by itsdangerous, so only guard
can make one, and stamped with the time, so it expires ([web] link_days). An override link
carries the queue id, the MAIL FROM address it was sent to and a nonce: it works once (the
nonce is written to the store's used_links when the link is used, see guard.override).
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer

from guard.errors import GuardError

OVERRIDE = "override"
DIGEST = "digest"


class LinkError(GuardError):
    """A link that is forged, cut short, expired or already used."""


@dataclass(frozen=True)
class OverrideLink:
    queue_id: str
    sender: str
    nonce: str


def _signer(secret: bytes, purpose: str) -> URLSafeTimedSerializer:
    if not secret:
        raise LinkError("no key to sign links with: set [web] secret_key_file")
    return URLSafeTimedSerializer(secret, salt=f"guard.{purpose}")


def override_token(secret: bytes, queue_id: str, sender: str) -> str:
    return _signer(secret, OVERRIDE).dumps({"q": queue_id, "s": sender.lower(), "n": secrets.token_hex(16)})


def read_override_token(secret: bytes, token: str, max_age_seconds: float) -> OverrideLink:
    d = _load(secret, OVERRIDE, token, max_age_seconds)
    try:
        return OverrideLink(str(d["q"]), str(d["s"]), str(d["n"]))
    except (KeyError, TypeError):
        raise LinkError("this link is not a guard override link") from None


def digest_token(secret: bytes, queue_id: str) -> str:
    return _signer(secret, DIGEST).dumps({"q": queue_id})


def read_digest_token(secret: bytes, token: str, max_age_seconds: float) -> str:
    d = _load(secret, DIGEST, token, max_age_seconds)
    try:
        return str(d["q"])
    except (KeyError, TypeError):
        raise LinkError("this link is not a guard digest link") from None


def _load(secret: bytes, purpose: str, token: str, max_age_seconds: float) -> dict:
    try:
        data = _signer(secret, purpose).loads(token, max_age=max_age_seconds)
    except SignatureExpired:
        raise LinkError("this link has expired; ask your compliance officer") from None
    except BadSignature:
        raise LinkError("this link is not valid (cut short or changed?); use the whole link from the mail") from None
    if not isinstance(data, dict):
        raise LinkError("this link is not valid")
    return data


def override_url(public_url: str, secret: bytes, queue_id: str, sender: str) -> str:
    return f"{public_url.rstrip('/')}/override/{override_token(secret, queue_id, sender)}"


def digest_url(public_url: str, secret: bytes, queue_id: str) -> str:
    return f"{public_url.rstrip('/')}/d/{digest_token(secret, queue_id)}"
