"""HTML to the text a reader sees, with quoted blocks marked for the quoting splitter.

inscriptis lays tables out one row per line, which keeps a customer's name and
its price on the same line for the detector. Before conversion, reply quotes
(<blockquote>, Gmail/Yahoo quote containers, Outlook's reply header and all
below it) are wrapped in private-use marker characters; after conversion the
lines between markers get "> " prefixes, so quoting.py handles HTML and plain
text alike. mailto links keep their address in the text, and text hidden with
display:none is read too (it is sent all the same). Nothing is fetched or
executed: scripts and styles are dropped, the tree is only read.
"""

from __future__ import annotations

import logging
import re

log = logging.getLogger(__name__)

_OPEN, _CLOSE = "\ue000", "\ue001"
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_DROP = ("script", "style", "template", "noscript", "head", "object", "embed", "iframe")
_QUOTE_CLASSES = ("gmail_quote", "yahoo_quoted", "moz-forward-container", "protonmail_quote",
                  "zmail_extra", "ox-quote")
# Outlook: the reply header and everything after it is the quoted message.
_TAIL_IDS = ("divRplyFwdMsg", "x_divRplyFwdMsg", "OLK_SRC_BODY_SECTION")
_BLANK_RUN = re.compile(r"\n{3,}")
_SHOWN_ATTRIBUTES = ("alt", "title", "placeholder", "aria-label")
_URLISH = re.compile(r"(?:https?://|cid:|www\.)\S*|\S+\.(?:png|jpe?g|gif|bmp|webp)", re.IGNORECASE)
_CSS_CONTENT = re.compile(r"""\bcontent\s*:\s*(["'])((?:\\.|(?!\1).){0,2000})\1""", re.DOTALL)
_CSS_ESCAPE = re.compile(r"\\(?:([0-9a-fA-F]{1,6})\s?|(.))", re.DOTALL)
_DISPLAY_NONE = re.compile(r"display\s*:\s*none\s*(?:!important)?\s*;?", re.IGNORECASE)


def html_to_text(html: str) -> str:
    """Visible text of an HTML body: one table row per line, quoted blocks as "> " lines. Never raises."""
    if not html or not html.strip():
        return ""
    try:
        return _convert(html)
    except Exception as exc:  # broken markup: fall back to stripping tags
        log.debug("HTML conversion failed (%s); stripping tags instead", exc)
        return strip_markup(html)


def _convert(html: str) -> str:
    import lxml.html
    from inscriptis import Inscriptis
    from inscriptis.css_profiles import CSS_PROFILES
    from inscriptis.model.config import ParserConfig

    html = _XML_DECL.sub("", html, count=1)
    try:  # huge_tree: libxml2 otherwise drops everything nested deeper than 256 elements
        doc = lxml.html.document_fromstring(html, parser=lxml.html.HTMLParser(huge_tree=True))
    except Exception:  # lxml refuses empty or comment-only documents
        return strip_markup(html)
    generated = _css_content(doc)
    for el in list(doc.iter(*_DROP)):
        el.drop_tree()
    _keep_attribute_text(doc)
    _keep_mailto_addresses(doc)
    _unhide(doc)
    _mark_quotes(doc)
    config = ParserConfig(css=CSS_PROFILES["strict"], table_cell_separator="  ")
    text = _apply_markers(Inscriptis(doc, config).get_text())
    if generated:  # text a style sheet puts on the page (::before / ::after content)
        text += "\n".join(generated) + "\n"
    if not text.strip():  # markup that hides its text from the layout engine: read it flat
        return strip_markup(html)
    return text


def _keep_attribute_text(doc) -> None:
    """Attribute text a client shows: alt (images blocked, the default in many clients), title
    (on hover), placeholder and aria-label. Kept right after its element, unless already there."""
    for el in doc.xpath("//*[@alt or @title or @placeholder or @aria-label]"):
        values = [" ".join((el.get(attr) or "").split()) for attr in _SHOWN_ATTRIBUTES]
        values = [v for v in values if v and not _URLISH.fullmatch(v)]
        if not values:
            continue
        shown = (el.text_content() or "")[:2000] if len(el) or el.text else ""
        said: list[str] = []
        for value in values:
            if value not in shown and value not in said:
                said.append(value)
        if said:
            el.tail = " " + " ".join(said) + " " + (el.tail or "")


def _css_content(doc) -> list[str]:
    """The strings of `content: "..."` in style sheets and style attributes (CSS escapes undone)."""
    found: list[str] = []
    sheets = [el.text or "" for el in doc.iter("style")] + [el.get("style") or "" for el in doc.xpath("//*[@style]")]
    for sheet in sheets:
        if "content" not in sheet:
            continue
        for m in _CSS_CONTENT.finditer(sheet):
            text = " ".join(_CSS_ESCAPE.sub(_css_char, m.group(2)).split())
            if text and text not in found:
                found.append(text)
    return found


def _css_char(m: re.Match) -> str:
    try:
        return chr(int(m.group(1), 16)) if m.group(1) else m.group(2)
    except (ValueError, OverflowError):
        return ""


def _keep_mailto_addresses(doc) -> None:
    for a in doc.iter("a"):
        href = (a.get("href") or "").strip()
        if not href.lower().startswith("mailto:"):
            continue
        addr = href[7:].split("?", 1)[0].strip()
        if addr and addr.lower() not in (a.text_content() or "").lower():
            a.tail = f" <{addr}>" + (a.tail or "")


def _unhide(doc) -> None:
    """Hidden text is still sent (and shown in inbox previews): read it like the rest, but
    after the visible text, so that what the reader sees reads as shown ("Fjo<span
    style="display:none">rson</span>rd Home" is "Fjord Home", and "rson" is read on its own line)."""
    from lxml.html import Element

    hidden = []
    for el in doc.xpath("//*[@style]"):
        style = el.get("style") or ""
        if "none" in style.lower() and _DISPLAY_NONE.search(style) and el.getparent() is not None:
            hidden.append(el)
    moved = []
    for el in hidden:
        if any(a in hidden for a in el.iterancestors()):
            continue  # moved with its hidden ancestor
        el.set("style", _DISPLAY_NONE.sub("", el.get("style") or ""))
        tail, parent, prev = el.tail, el.getparent(), el.getprevious()
        el.tail = None
        parent.remove(el)
        if tail:  # the visible text after it joins what stood before it, as the reader sees it
            if prev is not None:
                prev.tail = (prev.tail or "") + tail
            else:
                parent.text = (parent.text or "") + tail
        moved.append(el)
    if moved:
        body = doc.find("body")
        holder = Element("div")
        for el in moved:
            block = Element("div")
            block.append(el)
            holder.append(block)
        (body if body is not None else doc).append(holder)


def _mark_quotes(doc) -> None:
    from lxml.html import Element

    def wrap(el, close_at_end_of=None) -> None:
        opener = Element("div")
        opener.text = _OPEN
        opener.tail = el.text
        el.text = None
        el.insert(0, opener)
        closer = Element("div")
        closer.text = _CLOSE
        (close_at_end_of if close_at_end_of is not None else el).append(closer)

    for el in list(doc.iter("blockquote")):
        wrap(el)
    for el in list(doc.iter("div", "span", "section")):
        classes = (el.get("class") or "").split()
        if any(c in _QUOTE_CLASSES for c in classes) and not any(True for _ in el.iter("blockquote")):
            wrap(el)
    body = doc.find("body")
    end = body if body is not None else doc
    for el in list(doc.iter("div")):
        if el.get("id") in _TAIL_IDS:
            wrap(el, close_at_end_of=end)
            break


def _apply_markers(text: str) -> str:
    out: list[str] = []
    depth = 0
    for line in text.replace("\xa0", " ").splitlines():
        if _OPEN in line or _CLOSE in line:
            opens, closes = line.count(_OPEN), line.count(_CLOSE)
            line = line.replace(_OPEN, "").replace(_CLOSE, "")
            if not line.strip():
                depth = max(0, depth + opens - closes)
                continue
            depth = max(0, depth + opens)
            out.append(_prefix(line, depth))
            depth = max(0, depth - closes)
            continue
        out.append(_prefix(line, depth))
    return _BLANK_RUN.sub("\n\n", "\n".join(out).strip("\n")) + "\n"


def _prefix(line: str, depth: int) -> str:
    line = line.rstrip()
    if depth == 0:
        return line
    return "> " * depth + line.lstrip()


_TAG = re.compile(r"<[^>]*>")


def strip_markup(html: str) -> str:
    """Tags removed, entities decoded: the fallback for broken HTML and for text/enriched."""
    import html as html_lib

    text = _TAG.sub(" ", re.sub(r"(?is)<(script|style)[^>]*>.*?</\1\s*>", " ", html))
    return html_lib.unescape(text)
