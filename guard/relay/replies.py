"""Every SMTP reply the relay sends on its own behalf, by name (used by code and tests alike).

Replies that pass on the upstream's answer are built with `upstream()`; replies with a
detail (a queue id, a reason) are templates filled with `.format()`.
"""

from __future__ import annotations

import re
import unicodedata

from guard.policy.verdict import STRENGTH, Verdict

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
AUTH_OK = "235 2.7.0 Authentication successful"
AUTH_FAILED = "535 5.7.8 Authentication credentials invalid"
AUTH_TOO_MANY = "421 4.7.0 Too many failed authentication attempts, closing the connection"
# the DATA command (guard reads DATA itself, see server.GuardSMTP.smtp_DATA)
NEED_RCPT = "503 5.5.1 Error: need RCPT command"
DATA_SYNTAX = "501 5.5.4 Syntax: DATA"
START_DATA = "354 End data with <CR><LF>.<CR><LF>"
LINE_TOO_LONG = "500 5.5.2 Line too long (see RFC 5321 4.5.3.1.6)"
AIOSMTPD_TOO_BIG = "552 Error"  # how aiosmtpd's own size refusals start: replaced by TOO_BIG
# connection
BYE = "221 2.0.0 Bye"
IDLE = "421 4.4.2 {hostname} Error: timeout exceeded, closing the connection"
# EHLO keywords guard adds to aiosmtpd's, and the one it takes away when nobody can sign in
EHLO_EXTRA = ("250-PIPELINING", "250-ENHANCEDSTATUSCODES")
EHLO_XFORWARD = "250-XFORWARD NAME ADDR PROTO HELO SOURCE PORT IDENT"
EHLO_AUTH = "250-AUTH"
# XFORWARD (Postfix's smtpd_proxy_filter passes the original client on)
XFORWARD_OK = "250 2.0.0 Ok"
XFORWARD_DENIED = "550 5.7.0 Error: XFORWARD is not allowed from your address"
XFORWARD_SYNTAX = "501 5.5.4 Syntax: XFORWARD attribute=value ..."
XFORWARD_IN_MAIL = "503 5.5.1 Error: XFORWARD is not allowed in a mail transaction"
# SMTPUTF8
NEEDS_SMTPUTF8 = "553 5.6.7 A non-ASCII address needs SMTPUTF8, which the upstream mail server does not offer"
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
BLOCKED_HEAD = "Blocked by the confidentiality guard: {n} finding(s) in {message_id} (queue id {queue_id})"
BLOCKED_MORE = "... and {n} more: your compliance officer sees every finding under {queue_id}"
BLOCKED_TAIL = "Fix each point above and send again, or ask your compliance officer about {queue_id}"
BLOCKED_NONE = "the message was blocked by policy"
MAX_BLOCK_LINES = 10  # finding lines in one 550 (grouped first); the rest are counted
UNPARSEABLE = "554 5.6.0 Message cannot be parsed, so it cannot be checked ({queue_id})"

OK = "250 2.0.0 Ok"
RSET_OK = "250 2.0.0 Ok"


def blocked(verdict: Verdict, queue_id: str, message_id: str, *, utf8: bool) -> str:
    """The multi-line 550 5.7.1: every finding, strongest first, grouped by rule and explanation
    (the rule's own advice, from rules/: R6 says to use Bcc), at most MAX_BLOCK_LINES of them.

    In UTF-8 when the client sent SMTPUTF8; else in ASCII that still shows each figure and name
    (accents dropped, other letters as \\uXXXX) and the Message-ID.
    """
    groups: dict[tuple[str, str, str], list[str]] = {}
    for f in sorted(verdict.findings, key=lambda f: -STRENGTH[f.action]):
        wheres = groups.setdefault((f.rule, f.account or "", f.explanation or f.rule), [])
        if f.where and f.where not in wheres:
            wheres.append(f.where)
    lines = [BLOCKED_HEAD.format(n=len(verdict.findings), message_id=message_id or "your message",
                                 queue_id=queue_id)]
    for (rule, account, explanation), wheres in list(groups.items())[:MAX_BLOCK_LINES]:
        where = ", ".join(wheres[:3]) or "message"
        lines.append(f"{rule} ({f'account {account}, ' if account else ''}{where}): {explanation}")
    if len(groups) > MAX_BLOCK_LINES:
        lines.append(BLOCKED_MORE.format(n=len(groups) - MAX_BLOCK_LINES, queue_id=queue_id))
    if not verdict.findings:
        lines.append(BLOCKED_NONE)
    lines.append(BLOCKED_TAIL.format(queue_id=queue_id))
    return multiline("550", "5.7.1", lines, utf8=utf8)


def multiline(code: str, enhanced: str, lines: list[str], *, utf8: bool = False) -> str:
    """ "550-5.7.1 a\r\n550 5.7.1 b": one reply of several lines, each at most 512 bytes (RFC 5321 4.5.3.1.5)."""
    clean = [reply_text(line, utf8=utf8) for line in lines]
    out = [f"{code}{'-' if i < len(clean) - 1 else ' '}{enhanced} {text}" for i, text in enumerate(clean)]
    return "\r\n".join(out)


def reply_text(text: str, *, utf8: bool = False, limit: int = 490) -> str:
    """One line of reply text: no controls; ASCII unless `utf8`; at most `limit` bytes."""
    text = " ".join("".join(ch if ch.isprintable() else " " for ch in text).split())
    if not utf8:
        text = to_ascii(text)
    data = text.encode("utf-8")
    if len(data) > limit:
        text = data[: limit - 3].decode("utf-8", "ignore") + "..."
    return text


def to_ascii(text: str) -> str:
    """Readable ASCII for a client without SMTPUTF8: full-width digits made plain, accents
    dropped (Nordkök -> Nordkok), anything else as \\uXXXX so a figure or name is still there."""
    text = unicodedata.normalize("NFKC", text)
    text = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    return text.encode("ascii", "backslashreplace").decode("ascii")


# RFC 2034: with ENHANCEDSTATUSCODES every 2xx/4xx/5xx reply but the greeting and the answer
# to EHLO/HELO carries one. aiosmtpd's own replies do not: enhanced() adds them on the way out.
_HAS_ENHANCED = re.compile(r"^[245]\d\d[ -][245]\.\d{1,3}\.\d{1,3}(?: |$)")
ENHANCED = {"221": "2.0.0", "235": "2.7.0", "250": "2.0.0", "252": "2.0.0", "421": "4.3.0", "450": "4.2.0",
            "451": "4.3.0", "452": "4.3.1", "454": "4.7.0", "500": "5.5.2", "501": "5.5.4", "502": "5.5.1",
            "503": "5.5.1", "504": "5.5.4", "530": "5.7.0", "535": "5.7.8", "550": "5.0.0", "552": "5.3.4",
            "553": "5.1.3", "554": "5.0.0", "555": "5.5.4"}


def enhanced(reply: str) -> str:
    """`reply` with an enhanced status code after its code (every line of it) if it has none."""
    if reply[:1] not in ("2", "4", "5") or reply.startswith("220") or _HAS_ENHANCED.match(reply):
        return reply
    code = reply[:3]
    extra = ENHANCED.get(code, f"{code[0]}.0.0")
    return "\r\n".join(line[:4] + extra + " " + line[4:] if len(line) >= 4 else f"{line} {extra}"
                       for line in reply.split("\r\n"))


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
