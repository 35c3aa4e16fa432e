"""Where a finding is, as the sender finds it: a line of the body, a page of a PDF, a cell of a
sheet, the quoted mail, an attachment. Findings carry `where` and offsets into a part's text;
this maps them back to the part and to a place."""

from __future__ import annotations

from bisect import bisect_right

from guard.mail.model import Message, Part
from guard.policy.verdict import Finding


def part_of(f: Finding, message: Message) -> int | None:
    """The index of the part a finding's offsets index into (None for recipients and the like)."""
    first = None
    want = " ".join(f.text.split()).casefold()
    for i, p in enumerate(message.parts):
        if p.where != f.where:
            continue
        if first is None:
            first = i
        if 0 <= f.start < f.end <= len(p.text) and " ".join(p.text[f.start:f.end].split()).casefold() == want:
            return i
    return first


def _column(n: int) -> str:
    s = ""
    while n > 0:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def mark_at(part: Part, offset: int) -> str:
    """The page or "Sheet!B7" an offset lies in ("" when the part has no marks)."""
    if not part.marks:
        return ""
    k = bisect_right([m[0] for m in part.marks], offset) - 1
    if k < 0:
        return ""
    at, label = part.marks[k]
    if label.endswith("!"):
        return label + "1"
    if "!" in label and part.tabular:
        sheet, row = label.rsplit("!", 1)
        col = part.text[at:offset].count(" | ") + 1
        return f"{sheet}!{_column(col)}{row}"
    return label


def line_at(part: Part, offset: int) -> int:
    return part.first_line + part.text.count("\n", 0, max(0, offset))


def place(f: Finding, message: Message, say=None) -> str:
    """The place of one finding; `say(key, **values)` words it (default: the English labels)."""
    say = say or _english
    if f.where == "recipients" or f.kind == "recipients":
        return say("recipients")
    if f.where == "subject":
        return say("subject")
    if f.where.startswith("header:"):
        return say("display_name", field=f.where.split(":", 1)[1])
    if f.where.startswith("filename:"):
        return say("file_name", name=f.where.split(":", 1)[1])
    if f.kind == "unread" and not f.where.startswith("attachment:"):
        return say("text")
    i = part_of(f, message)
    part = message.parts[i] if i is not None else None
    if f.where.startswith("attachment:"):
        name = f.where.split(":", 1)[1]
        if part is None:
            return say("attachment", name=name)
        if part.origin == "quoted" and not part.document:
            return say("attached_mail", name=name)
        mark = mark_at(part, f.start)
        if mark.startswith("page "):
            return say("page", name=name, n=mark[5:])
        if mark:
            return say("cell", name=name, cell=mark)
        return say("attachment", name=name)
    if part is None:
        return say("line", n="1")
    n = str(line_at(part, f.start))
    return say("quoted" if f.where == "quoted" else "line", n=n)


_EN = {"subject": "subject", "text": "message text", "recipients": "recipients", "line": "line {n}", "quoted": "quoted, line {n}",
       "attachment": "{name}", "page": "{name}, page {n}", "cell": "{name}, {cell}",
       "attached_mail": "{name}", "display_name": "a display name in {field}", "file_name": "the file name {name}"}


def _english(key: str, **values: str) -> str:
    return _EN[key].format(**values)
