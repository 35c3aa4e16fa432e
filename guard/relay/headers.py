"""The X-Guard-* headers on relayed mail: opaque by default, never a way to inject headers.

The recipient reads every header, so by default flagged mail carries only
`X-Guard-Verdict: flag; id=QUEUEID` (the officer finds the rest in the log by that id).
X-Guard-Findings, which names the rule, the account and the words found, is added only when
[relay] internal_findings_header asks for it, for an upstream that is an internal hop.

Finding text comes from the message (hostile input): it is reduced to printable ASCII with
no CR/LF, quoted, bounded, and the header is folded at white space. Headers of that name
already in the message (a sender forging "X-Guard-Verdict: pass") are removed first.
"""

from __future__ import annotations

import re

from guard.policy.verdict import Verdict

VERDICT_HEADER = "X-Guard-Verdict"
FINDINGS_HEADER = "X-Guard-Findings"
_OURS = re.compile(rb"^(x-guard-verdict|x-guard-findings)\s*:", re.IGNORECASE)
MAX_FINDINGS = 20
MAX_TEXT = 60


def safe_text(text: str, limit: int = MAX_TEXT) -> str:
    """Printable ASCII on one line: non-ASCII as \\uXXXX escapes, controls as spaces."""
    text = " ".join(text.split())
    out = text.encode("ascii", "backslashreplace").decode("ascii")
    out = "".join(ch if " " <= ch <= "~" else " " for ch in out).replace('"', "'")
    return out if len(out) <= limit else out[: limit - 3] + "..."


def fold(name: str, value: str, width: int = 78) -> bytes:
    """`Name: value` folded at spaces into lines of at most `width` where possible (RFC 5322 2.2.3)."""
    lines: list[str] = []
    line = f"{name}:"
    for word in value.split(" "):
        if not word:
            continue
        if len(line) + 1 + len(word) > width and line.strip() and line != f"{name}:":
            lines.append(line)
            line = "\t" + word
        else:
            line += " " + word
    lines.append(line)
    return ("\r\n".join(lines) + "\r\n").encode("ascii")


def findings_value(verdict: Verdict, detail: str = "full") -> str:
    """ "R1 account=fjordhome kind=name where=body text=\"Fjord Home\"; ..." (detail "rules": rule and where)."""
    items = []
    for f in verdict.findings[:MAX_FINDINGS]:
        bits = [safe_text(f.rule, 16)]
        if detail == "full":
            if f.account:
                bits.append(f"account={safe_text(f.account, 120)}")
            bits.append(f"kind={safe_text(f.kind, 16)}")
        bits.append(f"where={safe_text(f.where, 80).replace(' ', '_')}")
        if detail == "full" and f.text:
            bits.append(f'text="{safe_text(f.text)}"')
        items.append(" ".join(bits))
    more = len(verdict.findings) - MAX_FINDINGS
    if more > 0:
        items.append(f"and {more} more")
    return "; ".join(items) or "none"


def strip_guard_headers(raw: bytes) -> bytes:
    """Remove X-Guard-Verdict / X-Guard-Findings (with their continuation lines) from the header."""
    end = raw.find(b"\r\n\r\n")
    head, body = (raw, b"") if end < 0 else (raw[: end + 2], raw[end + 2:])
    if b"x-guard-" not in head.lower():
        return raw
    kept: list[bytes] = []
    dropping = False
    for line in head.splitlines(keepends=True):
        if line[:1] in (b" ", b"\t") and dropping:
            continue
        dropping = bool(_OURS.match(line))
        if not dropping:
            kept.append(line)
    return b"".join(kept) + body


def verdict_value(verdict: str, queue_id: str) -> str:
    """ "flag; id=3F2A9C0D11E24B7A": what happened and where the log has the rest, nothing of the content."""
    return f"{safe_text(verdict, 8)}; id={safe_text(queue_id, 32)}"


def add_flag_headers(raw: bytes, verdict: Verdict, queue_id: str, detail: str = "none") -> bytes:
    """Prepend our headers to a message whose forged ones were already stripped; `detail` is
    [relay] internal_findings_header ("none": X-Guard-Verdict only)."""
    top = fold(VERDICT_HEADER, verdict_value(verdict.verdict, queue_id))
    if detail == "none":
        return top + raw
    return top + fold(FINDINGS_HEADER, findings_value(verdict, detail)) + raw
