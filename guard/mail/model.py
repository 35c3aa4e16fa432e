"""What the parser hands the detector: a message as recipients and readable parts."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

UNREAD_CAUSES = ("limit", "encrypted", "unsupported", "broken")
# guard's own reasons for a limit ("larger than the 25 MB limit", "only the first 300 pages read",
# "nested deeper than 12 levels", "suspicious archive: compression ratio over 100") and for
# encryption; formats guard does not read ("unsupported"); anything else is content guard
# could not decode ("broken": a corrupt file, an unknown transfer encoding, message/partial).
_LIMIT = re.compile(r"\blimit\b|\bmore than\b|\bonly the first\b|\bdeeper than\b|\blarger than\b"
                    r"|\bbeyond\b|\bstopped after\b|\bexpands to\b|compression ratio|\btime limit\b", re.I)
_ENCRYPTED = re.compile(r"encrypt|password|S/MIME|\bPGP\b", re.I)
# Formats guard does not read at all (ordinary mail: a legacy .xls, a RAR, a scanned PDF).
_UNSUPPORTED = re.compile(r"not inspected|legacy Office|no text layer|RTF body not read", re.I)


def unread_cause(reason: str) -> str:
    """"limit", "encrypted", "unsupported" or "broken": what kind of unread this is (policy acts on it, R10).

    A reason that carries a file name or a library's message decides by its opening words,
    so a member called "encrypted.pdf" cannot turn a broken file into an encrypted one."""
    if reason.startswith("unreadable"):
        return "broken"
    if reason.startswith("encrypted archive member"):
        return "encrypted"
    if reason.startswith("archive member "):
        return "limit" if _LIMIT.search(reason.rpartition(" not read: ")[2]) else "broken"
    if _LIMIT.search(reason):
        return "limit"
    if _ENCRYPTED.search(reason):
        return "encrypted"
    if _UNSUPPORTED.search(reason):
        return "unsupported"
    return "broken"


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
    cause: str = ""  # one of UNREAD_CAUSES; "" = derived from the reason

    def __post_init__(self) -> None:
        if self.cause not in UNREAD_CAUSES:
            object.__setattr__(self, "cause", unread_cause(self.reason))


@dataclass(frozen=True)
class Part:
    """One piece of readable text.

    where      "subject", "body", "quoted" or "attachment:<filename>" (SPEC section 4), and
               "header:<Field>" for a display name in From, To, Cc or Reply-To, "filename:<name>"
               for an attachment's file name (the part's text is the name itself).
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
    first_line the line of the source text (the decoded body) this segment starts on, so a
               report can say "line 12" of what the sender sees.
    marks      (offset, label) pairs in offset order: where a page ("page 2") or a sheet's
               row ("Prices!7") of an attachment starts; see guard.report.places.
    about      for display names (one per line): the address each line labels. The name a
               reader's client shows beside an address is that address's own: never a
               finding about its account.
    """

    where: str
    text: str
    origin: str = "new"
    author: str = ""
    header_addresses: tuple[str, ...] = ()
    tabular: bool = False
    document: bool = False
    html: bool = False
    first_line: int = 1
    marks: tuple[tuple[int, str], ...] = ()
    about: tuple[str, ...] = ()


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
