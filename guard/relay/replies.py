"""Every SMTP reply the relay sends on its own behalf, by name (used by code and tests alike).

Replies that pass on the upstream's answer are built with `upstream()`; replies with a
detail (a queue id, a reason) are templates filled with `.format()`.
"""

from __future__ import annotations

# access
AUTH_REQUIRED = "530 5.7.0 Authentication required: this relay accepts mail from its own network or signed-in users"
RELAY_DENIED = "554 5.7.1 Relay access denied: your address is not allowed to send through this relay"
# limits
TOO_MANY_RCPTS = "452 4.5.3 Too many recipients: send the rest in another message"
TOO_BIG = "552 5.3.4 Message too big: this relay accepts at most {limit} bytes"
# recipients that route past the check (percent hack, bang path, source route)
ROUTED_RCPT = ("553 5.1.3 Routed recipient address refused: '%', '!' and '@host:' source routes are not "
               "accepted; give the recipient's plain address")
# message syntax
BARE_CR = "550 5.5.2 Message refused: it contains a bare CR (a CR not followed by LF); use CRLF line ends"
# AUTH
AUTH_TOO_MANY = "421 4.7.0 Too many failed authentication attempts, closing the connection"
# upstream trouble: the sender keeps the message and retries
UPSTREAM_UNAVAILABLE = "451 4.4.1 Upstream mail server unavailable, try again later"
UPSTREAM_LOST = "451 4.4.2 Connection to the upstream mail server lost, try again later"
# guard's own trouble: the sender keeps the message and retries
CHECK_FAILED = "451 4.3.0 The confidentiality check failed, try again later"
CHECK_TIMEOUT = "451 4.3.0 The confidentiality check took too long, try again later"
STORE_UNAVAILABLE = "451 4.3.0 The message log is unavailable, try again later"
SHUTTING_DOWN = "421 4.3.2 Service shutting down, try again later"
# verdicts
HELD = "250 2.0.0 Ok: held for review as {queue_id}"
BLOCKED = "550 5.7.1 Blocked by the confidentiality guard ({queue_id}): {reason}"
UNPARSEABLE = "554 5.6.0 Message cannot be parsed, so it cannot be checked ({queue_id})"

OK = "250 2.0.0 Ok"
RSET_OK = "250 2.0.0 Ok"


def upstream(code: int, text: bytes | str) -> str:
    """The upstream's reply as one line for our client (multi-line replies are joined)."""
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    text = " ".join(line.strip() for line in text.splitlines() if line.strip())
    return f"{code} {ascii_line(text) or 'Ok'}"


def ascii_line(text: str, limit: int = 400) -> str:
    """A reply text that can never break the protocol: printable ASCII, one line, bounded."""
    out = "".join(ch if " " <= ch <= "~" else "?" for ch in text.replace("\r", " ").replace("\n", " "))
    return out[:limit]


def code_of(reply: str) -> int:
    return int(reply[:3])
