"""The messages a sender finds in INBOX: a warning about a draft, and a short "now clean" note.

Written for the sales person, not the compliance officer: which draft (subject,
recipients, when it was saved), what would happen if they sent it, each thing found
with the sentence around it, and what to change. Rule ids are given last, for asking.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, make_msgid

from guard.mail.model import Message
from guard.policy.verdict import Verdict
from guard.report.explain import Report, build_report
from guard.watch.config import MailboxConfig

FROM = Address("guard (confidentiality check)", "guard", "guard.invalid")
MAX_ITEMS = 20

OUTCOME = {
    "block": ("would be blocked", "If you send it as it is, the mail server refuses it and returns it to you."),
    "hold": ("would be held for review",
             "If you send it as it is, it waits for a compliance officer to release it before delivery."),
    "flag": ("would be flagged for review",
             "If you send it as it is, it is delivered, but logged for review by compliance."),
}

@dataclass(frozen=True)
class DraftFacts:
    """How the sender recognises the draft."""

    subject: str
    to: tuple[str, ...]
    cc: tuple[str, ...]
    bcc: tuple[str, ...]
    saved: datetime | None

    @classmethod
    def of(cls, message: Message, saved: datetime | None) -> DraftFacts:
        def fmt(addrs):
            return tuple(f"{a.name} <{a.email}>" if a.name else a.email for a in addrs)

        return cls(message.subject, fmt(message.to), fmt(message.cc), fmt(message.bcc), saved)

    @property
    def title(self) -> str:
        s = " ".join(self.subject.split()) or "(no subject)"
        return s if len(s) <= 60 else s[:57] + "..."

    def lines(self) -> list[str]:
        out = [f"  Draft:  {self.subject or '(no subject)'}"]
        for label, addrs in (("To", self.to), ("Cc", self.cc), ("Bcc", self.bcc)):
            if addrs:
                out.append(f"  {label + ':':7} {', '.join(addrs)}")
        if not (self.to or self.cc or self.bcc):
            out.append("  To:     (no recipients yet)")
        if self.saved:
            out.append(f"  Saved:  {self.saved.strftime('%Y-%m-%d %H:%M')}"
                       + (f" (UTC{self.saved.strftime('%z')})" if self.saved.tzinfo else ""))
        return out


def _items(report: Report) -> list[str]:
    """The report's numbered items (guard.report.explain), cut after MAX_ITEMS."""
    shown = replace(report, items=report.items[:MAX_ITEMS])
    out = shown.lines()
    if len(report.items) > MAX_ITEMS:
        out.append(f"... and {len(report.items) - MAX_ITEMS} more of the same kinds.")
    return out


def _recipient(box: MailboxConfig, message: Message) -> str:
    # The draft's own From is how the sender's client knows them; the login name is a fallback.
    if message.sender and message.sender.email:
        return message.sender.email
    return box.user if "@" in box.user else "undisclosed-recipients:;"


def _envelope(box: MailboxConfig, message: Message, subject: str, now: datetime, verdict: str) -> EmailMessage:
    to, draft_id = _recipient(box, message), message.message_id
    msg = EmailMessage(policy=SMTP)
    msg["From"] = FROM
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(now)
    msg["Message-ID"] = make_msgid("guard", domain="guard.invalid")
    msg["Auto-Submitted"] = "auto-generated"
    msg["X-Guard-Verdict"] = verdict
    if draft_id:
        msg["X-Guard-Draft"] = re.sub(r"[\r\n]", "", draft_id)[:300]
    return msg


def compose_warning(box: MailboxConfig, message: Message, verdict: Verdict, saved: datetime | None,
                    now: datetime, report: Report | None = None, rewrite_subject: str = "") -> bytes:
    """The warning for one draft whose verdict is flag, hold or block; `report` is the engine's
    (guard.report.explain.report_for), else one is built without the registry's names."""
    facts = DraftFacts.of(message, saved)
    outcome, consequence = OUTCOME.get(verdict.verdict, OUTCOME["flag"])
    report = report or build_report(message, verdict, None, None)
    consequence = f"{consequence} {report.consequence}" if report.language != "en" else consequence
    keyword = box.keyword_for(verdict.verdict) or box.flag_keyword
    body = [
        f"Your draft \"{facts.title}\" {outcome}: it reveals another customer's business.",
        consequence,
        "",
        *facts.lines(),
        "",
        "What guard found:",
        "",
        "\n".join(_items(report)),
        "",
        *([f"guard saved a version without these findings beside it in Drafts: \"{rewrite_subject}\"",
           "(check it, then send that one instead).", ""] if rewrite_subject else []),
        "What to do: edit the draft, change the text above and save it again. guard checks every",
        f"saved version; the draft carries the tag {keyword} until a version is clean.",
        "If you think this is a mistake, ask your compliance officer before you send it.",
    ]
    msg = _envelope(box, message, f"guard: your draft \"{facts.title}\" {outcome}", now, verdict.verdict)
    msg.set_content("\n".join(body) + "\n")
    return msg.as_bytes()


def compose_clean_note(box: MailboxConfig, message: Message, saved: datetime | None, now: datetime) -> bytes:
    """A short note that the new version of a draft guard warned about is now clean."""
    facts = DraftFacts.of(message, saved)
    body = [
        f"The new version of your draft \"{facts.title}\" is clean: guard found no confidential",
        "information of other customers in it, and it carries no guard tag. You can send it.",
        "",
        *facts.lines(),
    ]
    msg = _envelope(box, message, f"guard: your draft \"{facts.title}\" is clean now", now, "pass")
    msg.set_content("\n".join(body) + "\n")
    return msg.as_bytes()
