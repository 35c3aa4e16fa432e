"""Walk a MIME tree into Parts: the body, quoted segments, attachments, attached messages.

Which text is "the body": every version of a multipart/alternative, since a
reader's client may show any of them (a short clean text/plain beside an HTML
part that leaks is the classic evasion). The preferred version (text/plain
with text, else HTML) is read first; another version is kept only where it
says something the first does not, so one leak is not reported twice. Every
other inline text part adds to the body. Everything else is an attachment. Attached messages
(message/rfc822, .eml files, Outlook .msg files) are parsed again from their
bytes and their text comes out as quoted parts attributed to their sender.
Archives and winmail.dat are opened and each member is read like an
attachment, named "<archive>/<member>". The walk counts parts and nesting
against the limits and reports what it did not read.
"""

from __future__ import annotations

import mimetypes
from dataclasses import dataclass, field, replace

from guard.errors import MessageError
from guard.mail import outlook
from guard.mail.headers import read_headers
from guard.mail.inline import has_blocks, split_blocks
from guard.mail.limits import Limits
from guard.mail.mime import Node, build_tree
from guard.mail.model import Part, Unread
from guard.mail.quoting import split_quotes
from guard.mail.text import (
    clean_cte,
    decode_text,
    decode_transfer,
    decoded_size_estimate,
    known_transfer,
    looks_like_text,
)
from guard.mail.versions import says_nothing_new, word_stream

_BODY_TYPES = ("text/plain", "text/html", "text/enriched", "text/richtext")
_HEAD_BYTES = 2048


@dataclass(frozen=True)
class Context:
    """Whose text this is: the sender's own message, or an attached message from `author`."""

    where: str = ""            # "" for the message itself, else "attachment:<name>" of the attached message
    author: str = ""
    addresses: tuple[str, ...] = ()
    preface: str = ""          # header lines shown before an attached message's body
    depth: int = 0             # nesting used so far (multiparts and attached messages)

    @property
    def quoted(self) -> bool:
        return bool(self.where)


@dataclass
class Walker:
    """Collects Parts, Unread notes and attachment names for one message."""

    limits: Limits
    parts: list[Part] = field(default_factory=list)
    unread: list[Unread] = field(default_factory=list)
    attachments: list[str] = field(default_factory=list)
    names: list[tuple[str, Context]] = field(default_factory=list)  # file names as the sender gave them
    seen: int = 0
    stopped: bool = False

    def note(self, where: str, reason: str) -> None:
        item = Unread(where, reason)
        if item not in self.unread:
            self.unread.append(item)

    def add_file_names(self) -> None:
        """Each attachment's file name as a text part of its own (where "filename:<name>"): a
        reader sees it before opening the file, so a name there is said to the reader."""
        for name, ctx in dict.fromkeys(self.names):
            self.parts.append(Part(f"filename:{name}", name[: self.limits.text_chars],
                                   "quoted" if ctx.quoted else "new", ctx.author, ctx.addresses))

    # ---- structure ----------------------------------------------------------------------

    def walk(self, node: Node, ctx: Context) -> None:
        """Walk one message's tree; adds its body and attachments."""
        start = len(self.parts)
        self._node(node, ctx, ctx.depth)
        if ctx.preface:  # the attached message's headers lead its first part
            for i in range(start, len(self.parts)):
                if self.parts[i].where == ctx.where and not self.parts[i].document:
                    p = self.parts[i]
                    self.parts[i] = replace(p, text=ctx.preface + p.text,
                                            first_line=p.first_line - ctx.preface.count("\n"))
                    return
            self.parts.insert(start, Part(ctx.where, ctx.preface, "quoted", ctx.author, ctx.addresses))

    def _node(self, node: Node, ctx: Context, depth: int) -> None:
        if self.stopped:
            return
        self.seen += 1
        if self.seen > self.limits.parts:
            self.note(ctx.where or "body", f"more than {self.limits.parts} MIME parts; the rest not read")
            self.stopped = True
            return
        if node.broken:
            self.note(ctx.where or "body", node.broken)
        if node.maintype == "multipart":
            self._multipart(node, ctx, depth)
        elif node.maintype == "message" and node.subtype in ("rfc822", "news", "global"):
            self._attached_message(node, ctx, depth)
        elif node.content_type in _BODY_TYPES and not self._is_attachment(node):
            self._body(node, ctx)
        else:
            self._attachment(node, ctx, depth)

    def _multipart(self, node: Node, ctx: Context, depth: int) -> None:
        if node.too_deep or depth >= self.limits.depth:
            self.note(ctx.where or "body", f"nested deeper than {self.limits.depth} levels; not read")
            return
        if node.subtype == "encrypted":
            self.note(ctx.where or "body", "encrypted message (PGP/MIME) not read")
            return
        if node.subtype == "alternative" and node.children:
            self._alternatives(node.children, ctx, depth)
            return
        for child in node.children:
            self._node(child, ctx, depth + 1)

    def _alternatives(self, children: list[Node], ctx: Context, depth: int) -> None:
        """Every version read; a later one dropped where each of its lines is already in the first."""
        first = self._pick_alternative(children)
        start = len(self.parts)
        self._node(first, ctx, depth + 1)
        said = word_stream(self.parts[start:])
        for child in children:
            if child is first or self.stopped:
                continue
            mark = len(self.parts)
            self._node(child, ctx, depth + 1)
            added = self.parts[mark:]
            if says_nothing_new(said, added):
                del self.parts[mark:]
            else:
                said += word_stream(added)

    def _pick_alternative(self, children: list[Node]) -> Node:
        """text/plain when it has text, else HTML, else a multipart (related) version, else the last."""
        by_type: dict[str, Node] = {}
        for child in children:
            by_type.setdefault(child.content_type if child.maintype != "multipart" else "multipart", child)
        plain = by_type.get("text/plain")
        if plain is not None and decode_transfer(plain.body, plain.cte).strip():
            return plain
        for key in ("text/html", "multipart", "text/enriched"):
            if key in by_type:
                return by_type[key]
        return plain if plain is not None else children[-1]

    @staticmethod
    def _is_attachment(node: Node) -> bool:
        return node.disposition == "attachment" or bool(node.filename)

    # ---- text -------------------------------------------------------------------------------

    def _body(self, node: Node, ctx: Context) -> None:
        where = ctx.where or "body"
        if decoded_size_estimate(node.body, node.cte) > self.limits.attachment_bytes:
            self.note(where, f"larger than the {_size(self.limits.attachment_bytes)} limit")
            return
        data = self._transfer(node, where)
        if has_blocks(data):  # uuencoded / yEnc files inside the text: the reader's client shows them
            data = self._encoded_files(data, ctx, where)
        decoded = decode_text(data, node.params.get("charset"))
        if not decoded.ok:
            label = node.params.get("charset") or "(undeclared)"
            self.note(where, f"text in unknown charset {label}")
        elif decoded.guess:
            self.note(where, decoded.guess)
        text = decoded.text.replace("\r\n", "\n").replace("\r", "\n")
        is_html = node.subtype == "html"
        if is_html:
            from guard.mail.html import html_to_text

            text = html_to_text(text)
        elif node.subtype in ("enriched", "richtext"):
            from guard.mail.html import strip_markup

            text = strip_markup(text)
        if "-----BEGIN PGP MESSAGE-----" in text:
            self.note(where, "PGP-encrypted text not read")
        self._text(text, ctx, is_html)

    def _text(self, text: str, ctx: Context, is_html: bool) -> None:
        """Body text into new and quoted segments (the sender's own message) or quoted parts."""
        text = self._cap(text, ctx.where or "body")
        line = 1
        for seg in split_quotes(text):
            first, line = line, line + seg.text.count("\n")
            if not seg.text.strip():
                continue
            if ctx.quoted:
                quoted_here = seg.origin == "quoted"
                self.parts.append(Part(ctx.where, seg.text, "quoted",
                                       seg.author if quoted_here else ctx.author,
                                       seg.header_addresses if quoted_here else ctx.addresses, html=is_html,
                                       first_line=first))
            elif seg.origin == "quoted":
                self.parts.append(Part("quoted", seg.text, "quoted", seg.author, seg.header_addresses,
                                       html=is_html, first_line=first))
            else:
                self.parts.append(Part("body", seg.text, "new", html=is_html, first_line=first))

    def _cap(self, text: str, where: str) -> str:
        if len(text) > self.limits.text_chars:
            self.note(where, f"text beyond {self.limits.text_chars} characters not read")
            return text[: self.limits.text_chars]
        return text

    def _transfer(self, node: Node, where: str) -> bytes:
        """The part's bytes with its transfer encoding undone; an encoding guard does not know
        is said (R10) unless what it left is plain prose a client shows as it is."""
        data = decode_transfer(node.body, node.cte)
        if not known_transfer(node.cte) and data.strip() and not _prose(data):
            self.note(where, f"unknown Content-Transfer-Encoding {clean_cte(node.cte)[:40]!r}; not decoded")
        return data

    def _encoded_files(self, data: bytes, ctx: Context, where: str) -> bytes:
        """uuencoded and yEnc blocks out of a body, each read as an attachment; the rest returned."""
        blocks = split_blocks(data, self.limits.parts, self.limits.attachment_bytes)
        for problem in blocks.problems:
            self.note(where, problem)
        for name, blob in blocks.files:
            if not self._member(name, blob, ctx, ctx.depth):
                break
        return blocks.body

    # ---- attachments ------------------------------------------------------------------------

    def _attachment(self, node: Node, ctx: Context, depth: int) -> None:
        name = node.filename or _fallback_name(node, len(self.attachments) + 1)
        if node.filename:
            self.names.append((node.filename, ctx))
        head = decode_transfer(node.body[:_HEAD_BYTES], node.cte)[:1100]
        from guard.mail.attachments import kind_of  # the readers and their libraries: for attachments only

        kind = kind_of(name, node.content_type, head)
        if node.content_type == "message/partial" and node.params.get("number") == node.params.get("total") == "1":
            # a message sent "in pieces" of one is the whole message (RFC 2046 5.2.2): its parts are
            # read where the partial stood, as the same writer's text
            if not self._too_deep(ctx.where or "body", depth):
                raw = decode_transfer(node.body, node.cte).lstrip(b"\r\n")
                self.walk(build_tree(raw, self.limits.depth - depth - 1), ctx)
            return
        if node.content_type == "message/partial":
            self.note(f"attachment:{name}", "partial message (message/partial): a fragment of a message "
                                            "sent in pieces, not reassembled")
            kind = "txt"  # the fragment itself is still read
        elif kind == "skip" and _text_in_disguise(node, head):
            self.note(f"attachment:{name}", f"declared {node.content_type} but holds text; read as text")
            kind = "txt"
        if kind == "skip":  # no text; inline images without a name are not worth listing
            if node.filename:
                self.attachments.append(name)
            return
        if kind == "eml":
            self._attached_message(node, ctx, depth)
            return
        self.attachments.append(name)
        where = f"attachment:{name}"
        if decoded_size_estimate(node.body, node.cte) > self.limits.attachment_bytes:
            self.note(where, f"larger than the {_size(self.limits.attachment_bytes)} limit")
            return
        data = self._transfer(node, where)
        self._file(name, data, kind, node.params.get("charset", ""), ctx, depth)

    def _file(self, name: str, data: bytes, kind: str, charset: str, ctx: Context, depth: int) -> None:
        """One attachment's bytes (or an archive member's): opened if a container, else extracted."""
        where = f"attachment:{name}"
        from guard.mail.attachments import resolve_kind

        kind = resolve_kind(kind, data, name)
        if kind == "msg":
            self._outlook_item(name, data, ctx, depth)
            return
        if kind == "archive":
            self._archive(name, data, ctx, depth)
            return
        if kind == "tnef":
            self._winmail(name, data, ctx, depth)
            return
        from guard.mail.attachments import extract

        got = extract(kind, data, charset=charset, filename=name, limits=self.limits)
        if got is None:
            return
        for reason in got.unread:
            self.note(where, reason)
        if got.text.strip():
            self.parts.append(Part(where, self._cap(got.text, where), "quoted" if ctx.quoted else "new",
                                   ctx.author, ctx.addresses, tabular=got.tabular, document=True, html=got.html,
                                   marks=got.marks))

    def _attached_message(self, node: Node, ctx: Context, depth: int) -> None:
        if depth + 1 >= self.limits.depth:
            self.note(ctx.where or "body", f"nested deeper than {self.limits.depth} levels; not read")
            return
        if decoded_size_estimate(node.body, node.cte) > self.limits.attachment_bytes:
            name = node.filename or "forwarded.eml"
            self.attachments.append(name)
            self.note(f"attachment:{name}", f"larger than the {_size(self.limits.attachment_bytes)} limit")
            return
        raw = decode_transfer(node.body, node.cte).lstrip(b"\r\n")
        self._attached_tree(build_tree(raw, self.limits.depth - depth - 1), node.filename, depth, listed=False)

    def _attached_tree(self, tree: Node, filename: str, depth: int, listed: bool = True) -> None:
        """Walk an attached message's tree as quoted text of its sender (named by its subject if unnamed)."""
        headers = read_headers(tree, self.limits)
        name = filename or (_safe_name(headers.subject) + ".eml" if headers.subject else "forwarded.eml")
        if not listed:
            self.attachments.append(name)
        sub = Context(where=f"attachment:{name}", author=headers.sender.email if headers.sender else "",
                      addresses=headers.quote_addresses(), preface=headers.as_text(), depth=depth + 1)
        self.walk(tree, sub)

    # ---- containers: Outlook items, archives, winmail.dat ----------------------------------------

    def _too_deep(self, where: str, depth: int) -> bool:
        if depth + 1 >= self.limits.depth:
            self.note(where, f"nested deeper than {self.limits.depth} levels; not read")
            return True
        return False

    def _outlook_item(self, name: str, data: bytes, ctx: Context, depth: int) -> None:
        """An attached .msg: read like an attached .eml (quoted, attributed to its sender)."""
        if self._too_deep(f"attachment:{name}", depth):
            return
        try:
            tree = outlook.msg_tree(data, self.limits)
        except MessageError as exc:
            self.note(f"attachment:{name}", str(exc))
            return
        self._attached_tree(tree, name, depth)

    def _archive(self, name: str, data: bytes, ctx: Context, depth: int) -> None:
        if self._too_deep(f"attachment:{name}", depth):
            return
        from guard.mail import archives

        for entry in archives.entries(data, name, self.limits):
            if entry.data is None:
                self.note(f"attachment:{name}", entry.reason)
            elif not self._member(f"{name}/{entry.name}", entry.data, ctx, depth + 1):
                return

    def _member(self, name: str, data: bytes, ctx: Context, depth: int) -> bool:
        """One file out of a container, read like an attachment; False once the part limit is reached."""
        self.seen += 1
        if self.seen > self.limits.parts:
            self.note(ctx.where or "body", f"more than {self.limits.parts} MIME parts; the rest not read")
            self.stopped = True
            return False
        self.names.append((name, ctx))
        from guard.mail.attachments import kind_of

        kind = kind_of(name, "", data[:1100])
        if kind == "skip":
            return True
        self.attachments.append(name)
        if kind == "eml":
            if not self._too_deep(f"attachment:{name}", depth):
                self._attached_tree(build_tree(data, self.limits.depth - depth - 1), name, depth)
        else:
            self._file(name, data, kind, "", ctx, depth)
        return True

    def _winmail(self, name: str, data: bytes, ctx: Context, depth: int) -> None:
        """winmail.dat: its attachments are members, and its body (plain, HTML or RTF) is read always:
        Outlook shows it, not the text/plain beside it. Where it only repeats the mail's body it is
        dropped, like a second alternative, so one leak is not reported twice."""
        if self._too_deep(f"attachment:{name}", depth):
            return
        got = outlook.read_tnef(data, self.limits)
        for reason in got.unread:
            self.note(f"attachment:{name}", reason)
        own = (ctx.where,) if ctx.where else ("body", "quoted")
        said = word_stream([p for p in self.parts if p.where in own and not p.document])
        mark = len(self.parts)
        if got.text.strip() and got.html:
            from guard.mail.html import html_to_text

            self._text(html_to_text(got.text), ctx, True)
        elif got.text.strip():
            self._text(got.text.replace("\r\n", "\n").replace("\r", "\n"), ctx, False)
        elif got.rtf_only:
            self.note(f"attachment:{name}", "RTF body not read")
        if says_nothing_new(said, self.parts[mark:]):
            del self.parts[mark:]
        for member, blob in got.attachments:
            if not self._member(f"{name}/{member}", blob, ctx, depth + 1):
                return


_TEXT_IN_DISGUISE_TYPES = ("image/", "audio/", "video/", "font/")


def _text_in_disguise(node: Node, head: bytes) -> bool:
    """A part declared as an image (audio, video, font) whose bytes are text: no client shows it
    as text, and guard would skip it unread. SVG is text by nature and stays an image."""
    if not node.content_type.startswith(_TEXT_IN_DISGUISE_TYPES) or "svg" in node.subtype:
        return False
    head = head.strip()
    return len(head) >= 16 and looks_like_text(head)


def _prose(data: bytes) -> bool:
    """Readable text with word spacing (not base64 or another encoding's lines)."""
    sample = data[:4096]
    return looks_like_text(sample) and sample.count(b" ") * 20 >= len(sample)


def _fallback_name(node: Node, n: int) -> str:
    ext = mimetypes.guess_extension(node.content_type, strict=False)
    if not ext:
        ext = ".txt" if node.maintype in ("text", "message") else ".bin"
    return f"part-{n}{ext}"


def _safe_name(subject: str) -> str:
    name = "".join(c if c.isprintable() and c not in "/\\" else " " for c in subject)
    return " ".join(name.split())[:80] or "forwarded"


def _size(n: int) -> str:
    """A limit as people say it: "25 MB", "500 KB", "300-byte"."""
    for unit, scale in (("MB", 1024 * 1024), ("KB", 1024)):
        if n >= scale:
            return f"{round(n / scale, 1):g} {unit}"
    return f"{n}-byte"
