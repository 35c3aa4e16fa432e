"""DTDs in Office XML and OpenDocument members: internal entities expanded within a budget,
external ones never resolved, and every reference's following text kept.

python-docx, openpyxl and lxml (resolve_entities=False) keep an entity reference as a node
and the text after it is lost to the extractors: a DOCX that declares `<!ENTITY x "...">`
and uses it before a customer's name hid the name. Word itself refuses such a file, so
no honest document carries one. Here each XML member that declares a DOCTYPE is rewritten
before the readers see it: internal general entities are replaced by their text (as an XML
parser would, recursively, bounded so a "billion laughs" costs nothing), external entities,
parameter entities and an external DTD are said (R10) and their references dropped, and the
DOCTYPE itself is removed. A member without a DOCTYPE is left byte for byte.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field

from guard.mail.limits import Limits

_PREDEFINED = {"amp", "lt", "gt", "quot", "apos"}
_DOCTYPE = re.compile(rb"<!DOCTYPE", re.I)
_DOCTYPE_TEXT = re.compile(r"<!DOCTYPE", re.I)
_REF = re.compile(r"&([A-Za-z_:][\w.:\-]*);")
_PROTECTED = re.compile(r"<!\[CDATA\[.*?\]\]>|<!--.*?-->", re.S)
_ENTITY = re.compile(r"<!ENTITY\s+(%\s+)?(\S+)\s+(.*)>\Z", re.S)
_XML_MEMBER = (".xml", ".rels", ".vml")
_MIN_BUDGET = 8 * 1024 * 1024
_AMPLIFICATION = 100  # expat's own default: text may grow 100-fold through entities
_MAX_NESTING = 40


@dataclass
class _Dtd:
    internal: dict[str, str] = field(default_factory=dict)
    external: dict[str, str] = field(default_factory=dict)   # name -> what it points at
    problems: list[str] = field(default_factory=list)


def defuse_zip(data: bytes, limits: Limits) -> tuple[bytes, tuple[str, ...]]:
    """The zip with every XML member's DOCTYPE resolved away, and what could not be read (R10).

    Returns `data` unchanged when no member declares a DOCTYPE. Raises like zipfile on a broken zip."""
    problems: list[str] = []
    changed: dict[str, bytes] = {}
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        infos = zf.infolist()
        for info in infos:
            if info.is_dir() or not info.filename.lower().endswith(_XML_MEMBER) \
                    or info.file_size > limits.attachment_bytes:
                continue
            raw = zf.read(info)
            if not _DOCTYPE.search(raw) and not _utf16_doctype(raw):
                continue
            xml, notes = defuse_xml(raw, limits)
            changed[info.filename] = xml
            problems += [f"{info.filename}: {n}" for n in notes]
        if not changed:
            return data, ()
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as new:
            for info in infos:
                new.writestr(info, changed.get(info.filename) or zf.read(info))
    return out.getvalue(), tuple(dict.fromkeys(problems))


def _utf16_doctype(raw: bytes) -> bool:
    return raw.startswith((b"\xff\xfe", b"\xfe\xff")) and "<!doctype" in raw.decode("utf-16", "replace").lower()


def defuse_xml(raw: bytes, limits: Limits) -> tuple[bytes, list[str]]:
    """One XML document without its DOCTYPE: internal entities expanded, the rest said."""
    text = _as_text(raw)
    m = _DOCTYPE_TEXT.search(text)
    if m is None:
        return raw, []
    end, subset = _doctype_end(text, m.end())
    dtd = _declarations(subset)
    head = text[: m.start()]
    if _external_id(text[m.end(): end]):
        dtd.problems.append("external DTD not loaded")
    budget = min(limits.attachment_bytes, max(_MIN_BUDGET, _AMPLIFICATION * len(raw)))
    body = _Expander(dtd, budget).document(text[end:])
    head = re.sub(r"(<\?xml[^>]*?encoding\s*=\s*)([\"'])[^\"']*\2", r"\1\2UTF-8\2", head, count=1)
    return (head + body).encode("utf-8"), dtd.problems


def _as_text(raw: bytes) -> str:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16", "replace")
    return raw.decode("utf-8-sig", "replace")


def _doctype_end(text: str, i: int) -> tuple[int, str | None]:
    """Where the DOCTYPE declaration ends (after its ">"), and its internal subset (None if none)."""
    quote = ""
    n = len(text)
    while i < n:
        c = text[i]
        if quote:
            if c == quote:
                quote = ""
        elif c in "\"'":
            quote = c
        elif c == "[":
            subset_end = _subset_end(text, i + 1)
            close = text.find(">", subset_end)
            return (close + 1 if close >= 0 else n), text[i + 1: subset_end]
        elif c == ">":
            return i + 1, None
        i += 1
    return n, None


def _subset_end(text: str, i: int) -> int:
    """The index of the "]" closing an internal subset that starts at i (quotes and comments skipped)."""
    n = len(text)
    while i < n:
        if text.startswith("<!--", i):
            j = text.find("-->", i + 4)
            i = n if j < 0 else j + 3
            continue
        c = text[i]
        if c in "\"'":
            j = text.find(c, i + 1)
            i = n if j < 0 else j + 1
            continue
        if c == "]":
            return i
        i += 1
    return n


def _external_id(decl: str) -> bool:
    return bool(re.search(r"\b(SYSTEM|PUBLIC)\b", decl.split("[", 1)[0]))


def _declarations(subset: str | None) -> _Dtd:
    """The general entities of an internal subset; parameter entities and references are said."""
    dtd = _Dtd()
    if not subset:
        return dtd
    for decl in _markup_declarations(subset):
        m = _ENTITY.match(decl)
        if m is None:
            continue
        parameter, name, rest = m.group(1), m.group(2), m.group(3).strip()
        if parameter:
            dtd.problems.append(f"parameter entity {name[:40]} not expanded")
            continue
        if rest[:1] in "\"'" and rest[:1]:
            close = rest.find(rest[0], 1)
            value = rest[1:close] if close > 0 else rest[1:]
            dtd.internal.setdefault(name, value)
        else:
            target = re.sub(r"\s+", " ", rest)[:80]
            dtd.external.setdefault(name, target)
    if re.search(r"%[A-Za-z_:][\w.:\-]*;", _PROTECTED.sub("", re.sub(r"([\"']).*?\1", "", subset, flags=re.S))):
        dtd.problems.append("parameter entity references in the DTD not expanded")
    return dtd


def _markup_declarations(subset: str) -> list[str]:
    """`<!...>` declarations of a subset, quotes respected, comments and PIs skipped."""
    out: list[str] = []
    i, n = 0, len(subset)
    while i < n:
        if subset.startswith("<!--", i):
            j = subset.find("-->", i + 4)
            i = n if j < 0 else j + 3
        elif subset.startswith("<?", i):
            j = subset.find("?>", i + 2)
            i = n if j < 0 else j + 2
        elif subset.startswith("<!", i):
            j, quote = i + 2, ""
            while j < n and (quote or subset[j] != ">"):
                if quote and subset[j] == quote:
                    quote = ""
                elif not quote and subset[j] in "\"'":
                    quote = subset[j]
                j += 1
            out.append(subset[i: j + 1])
            i = j + 1
        else:
            i += 1
    return out


class _Expander:
    """Replaces entity references in a document's text, each expansion memoised and the total bounded."""

    def __init__(self, dtd: _Dtd, budget: int) -> None:
        self.dtd, self.budget = dtd, budget
        self.done: dict[str, str] = {}
        self.emitted = 0
        self.over = False

    def document(self, text: str) -> str:
        out: list[str] = []
        last = 0
        for m in _PROTECTED.finditer(text):
            out += [self.expand(text[last: m.start()], ()), m.group(0)]
            last = m.end()
        out.append(self.expand(text[last:], ()))
        return "".join(out)

    def expand(self, text: str, stack: tuple[str, ...]) -> str:
        if "&" not in text:
            return text
        return _REF.sub(lambda m: self._ref(m.group(1), stack), text)

    def _ref(self, name: str, stack: tuple[str, ...]) -> str:
        """One reference's text; every use counts against the budget, so no expansion outgrows it."""
        if name in _PREDEFINED:
            return f"&{name};"
        if self.over:
            return ""
        value = self.done.get(name)
        if value is None:
            value = self._value(name, stack)
            self.done[name] = value
        self.emitted += len(value)
        if self.emitted > self.budget:
            self._say_over()
            return ""
        return value

    def _value(self, name: str, stack: tuple[str, ...]) -> str:
        if name in stack:
            self._note(f"entity {name[:40]} refers to itself; not expanded")
            return ""
        if len(stack) >= _MAX_NESTING:
            self._note(f"entities nested deeper than {_MAX_NESTING} levels; not expanded")
            return ""
        if name in self.dtd.external:
            self._note(f"external entity {name[:40]} ({self.dtd.external[name]}) not resolved")
            return ""
        if name not in self.dtd.internal:
            self._note(f"entity {name[:40]} is not declared in the document; not expanded")
            return ""
        value = self.expand(self.dtd.internal[name], (*stack, name))
        return "" if self.over else value

    def _say_over(self) -> None:
        if not self.over:
            self.over = True
            self._note(f"entities expand beyond the {self.budget // (1024 * 1024)} MB limit; not expanded")

    def _note(self, reason: str) -> None:
        if reason not in self.dtd.problems:
            self.dtd.problems.append(reason)
