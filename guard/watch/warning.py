"""The messages a sender finds in INBOX: a warning about a draft, and a short "now clean" note.

Written for the sales person, not the compliance officer: which draft (subject,
recipients, when it was saved), what would happen if they sent it, each thing found
with the sentence around it, and what to change. Rule ids are given last, for asking.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, make_msgid

from guard.mail.model import Message
from guard.policy.verdict import STRENGTH, Finding, Verdict
from guard.watch.config import MailboxConfig

FROM = Address("guard (confidentiality check)", "guard", "guard.invalid")
MAX_ITEMS = 20
CONTEXT = 60  # characters shown either side of the offending text

OUTCOME = {
    "block": ("would be blocked", "If you send it as it is, the mail server refuses it and returns it to you."),
    "hold": ("would be held for review",
             "If you send it as it is, it waits for a compliance officer to release it before delivery."),
    "flag": ("would be flagged for review",
             "If you send it as it is, it is delivered, but logged for review by compliance."),
}

ADVICE = {
    "name": "Remove the other customer's name, or write to that customer only.",
    "domain": "Remove the other customer's web site or mail domain.",
    "contact": "Remove the other customer's contact person or address.",
    "product": "Do not say which products another customer buys.",
    "price": "Remove the other customer's price; quote this recipient's own terms instead.",
    "quantity": "Remove the other customer's order quantity or volume.",
    "third-party": "Remove the reference to another customer (\"another customer\", \"our client in ...\").",
    "recipients": "Send separate messages, or put the customers in Bcc, so they do not see each other.",
    "forwarded": "Remove the quoted or forwarded mail of the other customer (its headers too), "
                 "or start a new message.",
    "unread": "guard could not read this part: attach it in a readable form (not encrypted), "
              "or ask compliance to review it.",
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


def where_label(f: Finding) -> str:
    if f.kind == "recipients":
        return "in the recipients (To/Cc)"
    if f.where == "subject":
        return "in the subject"
    if f.where == "body":
        return "in the text"
    if f.where == "quoted":
        return "in the quoted or forwarded text"
    if f.where.startswith("header:"):
        return f"in a display name in {f.where.split(':', 1)[1]}"
    if f.where.startswith("filename:"):
        return f"in the file name \"{f.where.split(':', 1)[1]}\""
    if f.where.startswith("attachment:"):
        return f"in the attachment \"{f.where.split(':', 1)[1]}\""
    return f"in {f.where}" if f.where else "in the message"


def context_of(f: Finding, message: Message) -> str:
    """The offending text in its sentence, »marked«, on one line; "" when offsets do not fit."""
    for part in message.parts:
        text = part.text
        if part.where != f.where or not 0 <= f.start < f.end <= len(text):
            continue
        if f.text and " ".join(text[f.start:f.end].split()).casefold() != " ".join(f.text.split()).casefold():
            continue
        a, b = max(0, f.start - CONTEXT), min(len(text), f.end + CONTEXT)
        if a > 0:  # whole words only
            a = next((i + 1 for i in range(a, f.start) if text[i].isspace()), a)
        if b < len(text):
            b = next((i for i in range(b, f.end, -1) if text[i].isspace()), b)
        snippet = f"{text[a:f.start]}»{text[f.start:f.end]}«{text[f.end:b]}"
        return ("..." if a > 0 else "") + " ".join(snippet.split()) + ("..." if b < len(text) else "")
    return ""


@dataclass
class _Item:
    """One offending text in one place, with every rule that found it."""

    first: Finding
    findings: list[Finding]

    def lines(self, n: int, message: Message) -> list[str]:
        f = self.first
        quoted = f": \"{' '.join(f.text.split())}\"" if f.text else ""
        where = where_label(f)
        out = [f"{n}. {where[:1].upper()}{where[1:]}{quoted}"]
        places = len({x.start for x in self.findings})
        for why in dict.fromkeys(x.explanation for x in self.findings if x.explanation):
            out.append(f"   Why:    {why}")
        ctx = context_of(f, message)
        if ctx:
            out.append(f"   Where:  {ctx}" + (f" (and {places - 1} more place(s))" if places > 1 else ""))
        for kind in dict.fromkeys(x.kind for x in self.findings):
            out.append(f"   Change: {ADVICE.get(kind, 'Remove or rewrite this text.')}")
        rules = sorted({x.rule for x in self.findings}, key=lambda r: (len(r), r))
        out.append(f"   (rule{'s' if len(rules) > 1 else ''} {', '.join(rules)}, {f.action})")
        return out


def _items(verdict: Verdict, message: Message) -> list[str]:
    ranked = sorted(verdict.findings, key=lambda f: (-STRENGTH[f.action], f.where != "subject", f.start))
    items: dict[tuple, _Item] = {}
    for f in ranked:  # one item per offending text and part, the strongest finding first
        key = (f.where, f.kind == "recipients", " ".join(f.text.casefold().split()))
        if key in items:
            items[key].findings.append(f)
        else:
            items[key] = _Item(f, [f])
    out = ["\n".join(item.lines(n, message)) for n, item in enumerate(list(items.values())[:MAX_ITEMS], 1)]
    if len(items) > MAX_ITEMS:
        out.append(f"... and {len(items) - MAX_ITEMS} more of the same kinds.")
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
                    now: datetime) -> bytes:
    """The warning for one draft whose verdict is flag, hold or block."""
    facts = DraftFacts.of(message, saved)
    outcome, consequence = OUTCOME.get(verdict.verdict, OUTCOME["flag"])
    keyword = box.keyword_for(verdict.verdict) or box.flag_keyword
    body = [
        f"Your draft \"{facts.title}\" {outcome}: it reveals another customer's business.",
        consequence,
        "",
        *facts.lines(),
        "",
        "What guard found:",
        "",
        "\n\n".join(_items(verdict, message)),
        "",
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
