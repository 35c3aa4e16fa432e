"""What the parser hands the detector: a message as recipients and readable parts."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Address:
    """One mail address; `email` is lower-cased, `name` is the display name (may be "")."""

    email: str
    name: str = ""

    @property
    def domain(self) -> str:
        return self.email.rpartition("@")[2]


@dataclass(frozen=True)
class Unread:
    """Content guard could not read (SPEC R10), e.g. where="attachment:prices.pdf", reason="encrypted PDF"."""

    where: str
    reason: str


@dataclass(frozen=True)
class Part:
    """One piece of readable text.

    where      "subject", "body", "quoted" or "attachment:<filename>" (SPEC section 4).
    text       the text as guard extracted it; finding offsets index into it.
    origin     "new" (written by the sender), "quoted" (a reply quote, a forwarded
               block, an attached message).
    author     for quoted text: the address of whoever wrote it, when the quote
               header or forwarded headers say so ("" when unknown).
    header_addresses  every address seen in the quote's header lines or the attached
               message's From/To/Cc/Reply-To (R7 fires on these alone).
    tabular    True where every line is a table row (CSV, XLSX, HTML tables): a line
               is then a scope of its own.
    document   True for attachments: the whole part is one document that can
               "belong to" an account (a forwarded proforma invoice).
    html       True where the text was converted from HTML: every line break is a
               real one (a table row stays on one line; nothing was re-wrapped).
    """

    where: str
    text: str
    origin: str = "new"
    author: str = ""
    header_addresses: tuple[str, ...] = ()
    tabular: bool = False
    document: bool = False
    html: bool = False


@dataclass(frozen=True)
class Message:
    """A parsed message. Recipients are de-duplicated, lower-cased addresses."""

    sender: Address | None
    to: tuple[Address, ...] = ()
    cc: tuple[Address, ...] = ()
    bcc: tuple[Address, ...] = ()
    envelope_from: str | None = None
    envelope_rcpts: tuple[str, ...] = ()
    subject: str = ""
    message_id: str = ""
    headers: tuple[tuple[str, str], ...] = ()
    parts: tuple[Part, ...] = ()
    unread: tuple[Unread, ...] = ()
    attachments: tuple[str, ...] = field(default=())  # file names, for logs and the console

    @property
    def visible_recipients(self) -> tuple[Address, ...]:
        """To and Cc: the recipients who see each other (R6)."""
        return self.to + self.cc

    def reader_emails(self) -> frozenset[str]:
        """Everyone who reads the content: To, Cc, Bcc and the SMTP envelope."""
        found = {a.email for a in self.to + self.cc + self.bcc}
        found.update(r.lower() for r in self.envelope_rcpts)
        return frozenset(found)
