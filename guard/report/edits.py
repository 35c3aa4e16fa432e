"""Apply text edits to a raw message: every text body (plain and HTML alike), the subject, and
the removal of attachments. Edits are given in the words guard extracted (`old` -> `new`) and
found again in each MIME part's decoded text, whitespace and quote markers ("> ") aside, so
offsets never have to survive transfer encodings, quoting or HTML conversion. HTML is edited
on its parsed tree's text nodes (lxml), never by patterns on the markup."""

from __future__ import annotations

import email
import email.policy
import re
from dataclasses import dataclass, field
from email.message import EmailMessage

_GAP = r"[\s>|\u00a0]*"
_SKIP_TAGS = {"script", "style", "head", "title"}


@dataclass(frozen=True)
class Edit:
    old: str        # as guard extracted it
    new: str


@dataclass
class Plan:
    """What to change in one round."""

    edits: list[Edit] = field(default_factory=list)
    remove: set[str] = field(default_factory=set)          # attachment names ("attachment:NAME" minus prefix)
    to_bcc: set[str] = field(default_factory=set)          # visible recipients to move to Bcc
    notes: list[str] = field(default_factory=list)         # said at the end of the body

    def __bool__(self) -> bool:
        return bool(self.edits or self.remove or self.to_bcc or self.notes)


def pattern(old: str) -> re.Pattern | None:
    tokens = [t for t in old.split() if t.strip("|")]
    if not tokens:
        return None
    return re.compile(_GAP.join(re.escape(t) for t in tokens))


def apply_text(text: str, edits: list[Edit]) -> tuple[str, set[int]]:
    """`text` with every edit applied once where found; returns the indexes of the edits that applied."""
    done: set[int] = set()
    for n, e in enumerate(edits):
        pat = pattern(e.old)
        if pat is None:
            continue
        m = pat.search(text)
        if m is None:
            continue
        text = text[:m.start()] + e.new + text[m.end():]
        done.add(n)
    return _tidy(text), done


_SPACES = re.compile(r"[ \t]{2,}")
_EMPTY_BRACKETS = re.compile(r"\(\s*\)|<\s*>|\[\s*\]|（\s*）")
_SPACE_BEFORE_PUNCT = re.compile(r"[ \t]+([,.;:!?])")


def _tidy(text: str) -> str:
    text = _EMPTY_BRACKETS.sub("", text)
    text = _SPACE_BEFORE_PUNCT.sub(r"\1", text)
    return "\n".join(_SPACES.sub(" ", line).rstrip() if line.strip() else "" for line in text.split("\n"))


def apply_html(html: str, edits: list[Edit]) -> tuple[str, set[int]]:
    """Edits on the text nodes of an HTML body: the node text is joined, edited, and each node
    keeps its share (a match across nodes goes to the first, the others lose their part)."""
    import lxml.html

    try:
        doc = lxml.html.document_fromstring(html)
    except Exception:
        return html, set()
    slots: list[tuple[object, str]] = []  # (element, "text"|"tail")
    pieces: list[str] = []
    for el in doc.iter():
        if not isinstance(el.tag, str):
            if el.tail:
                slots.append((el, "tail"))
                pieces.append(el.tail)
            continue
        if el.text and el.tag not in _SKIP_TAGS:
            slots.append((el, "text"))
            pieces.append(el.text)
        if el.tail:
            slots.append((el, "tail"))
            pieces.append(el.tail)
    done: set[int] = set()
    for n, e in enumerate(edits):
        pat = pattern(e.old)
        if pat is None:
            continue
        flat = "".join(pieces)
        m = pat.search(flat)
        if m is None:
            continue
        done.add(n)
        pos = 0
        first = True
        for k, piece in enumerate(pieces):
            a, b = pos, pos + len(piece)
            pos = b
            if b <= m.start() or a >= m.end():
                continue
            lo, hi = max(a, m.start()) - a, min(b, m.end()) - a
            pieces[k] = piece[:lo] + (e.new if first else "") + piece[hi:]
            first = False
    for (el, attr), piece in zip(slots, pieces, strict=True):
        setattr(el, attr, _SPACES.sub(" ", _EMPTY_BRACKETS.sub("", piece)))
    if done:
        _unlink_removed_addresses(doc)
    return lxml.html.tostring(doc, encoding="unicode"), done


def _unlink_removed_addresses(doc) -> None:
    """A mailto link whose address was edited out of its text loses its href too (guard reads it)."""
    for el in doc.iter("a"):
        href = el.get("href") or ""
        if href.lower().startswith("mailto:"):
            addr = href[7:].split("?", 1)[0].strip().lower()
            if addr and addr not in el.text_content().lower():
                del el.attrib["href"]


def attachment_name(part: EmailMessage) -> str | None:
    """The name guard's walker gives an attachment (file name, or an attached mail's subject)."""
    name = part.get_filename()
    if name:
        return name
    if part.get_content_type() in ("message/rfc822", "message/global"):
        from guard.mail.walk import _safe_name

        inner = part.get_payload(0) if part.is_multipart() else None
        subject = str(inner.get("Subject", "")) if inner is not None else ""
        return _safe_name(subject) + ".eml" if subject else "forwarded.eml"
    return None


def apply(raw: bytes, plan: Plan) -> tuple[bytes, set[int]]:
    """The message with the plan applied; returns the edits that found their text somewhere."""
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    done: set[int] = set()
    subject = msg.get("Subject")
    if subject is not None and plan.edits:
        new, got = apply_text(str(subject), plan.edits)
        done |= got
        if got:
            msg.replace_header("Subject", " ".join(new.split()) or "-")
    _remove_attachments(msg, plan.remove)
    bodies: list[EmailMessage] = []
    for part in msg.walk():
        if part.is_multipart() or part.get_content_maintype() != "text":
            continue
        if part.get_content_type() not in ("text/plain", "text/html") or part.is_attachment():
            continue
        bodies.append(part)
        try:
            text = part.get_content()
        except (LookupError, UnicodeError):
            continue
        if part.get_content_subtype() == "html":
            new, got = apply_html(text, plan.edits)
        else:
            new, got = apply_text(text, plan.edits)
        done |= got
        if got:
            _set_text(part, new)
    if plan.notes:
        _add_notes(bodies, plan.notes)
    if plan.to_bcc:
        _move_to_bcc(msg, plan.to_bcc)
    return msg.as_bytes(), done


def _set_text(part: EmailMessage, text: str) -> None:
    subtype = part.get_content_subtype()
    disposition = part.get("Content-Disposition")
    part.set_content(text, subtype=subtype, charset="utf-8", cte="quoted-printable"
                     if not text.isascii() else None)
    if disposition and "Content-Disposition" not in part:
        part["Content-Disposition"] = disposition


def _remove_attachments(msg: EmailMessage, names: set[str]) -> None:
    if not names:
        return
    for part in list(msg.walk()):
        if not part.is_multipart():
            continue
        payload = part.get_payload()
        keep = [p for p in payload if attachment_name(p) not in names or not _is_attachment_like(p)]
        if len(keep) != len(payload):
            part.set_payload(keep)


def _is_attachment_like(part: EmailMessage) -> bool:
    return part.is_attachment() or bool(part.get_filename()) or part.get_content_type().startswith("message/")


def _add_notes(bodies: list[EmailMessage], notes: list[str]) -> None:
    import html as htmlmod

    for part in bodies:
        try:
            text = part.get_content()
        except (LookupError, UnicodeError):
            continue
        if part.get_content_subtype() == "html":
            extra = "".join(f"<p>{htmlmod.escape(n)}</p>" for n in notes)
            low = text.lower()
            i = low.rfind("</body>")
            text = text[:i] + extra + text[i:] if i >= 0 else text + extra
        else:
            text = text.rstrip("\n") + "\n\n" + "\n".join(notes) + "\n"
        _set_text(part, text)


def _move_to_bcc(msg: EmailMessage, emails: set[str]) -> None:
    from email.utils import formataddr, getaddresses

    moved: list[str] = []
    for field_name in ("To", "Cc"):
        values = msg.get_all(field_name) or []
        if not values:
            continue
        kept = []
        for name, addr in getaddresses([str(v) for v in values]):
            if addr.lower() in emails:
                moved.append(formataddr((name, addr)))
            else:
                kept.append(formataddr((name, addr)))
        del msg[field_name]
        if kept:
            msg[field_name] = ", ".join(kept)
    if moved:
        old = [str(v) for v in (msg.get_all("Bcc") or [])]
        del msg["Bcc"]
        msg["Bcc"] = ", ".join(old + moved)
