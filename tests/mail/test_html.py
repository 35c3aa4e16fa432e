"""HTML bodies: visible text, one table row per line, quotes marked, nothing executed."""

from __future__ import annotations

from guard.mail.html import html_to_text
from guard.mail.parse import parse_message

from .conftest import eml


def test_html_only_body_keeps_each_table_row_on_one_line():
    body = [p for p in parse_message(eml("html-only.eml")).parts if p.where == "body"][0]
    lines = body.text.splitlines()
    assert any("KT-500" in line and "stainless kettle" in line and "USD 8.20" in line for line in lines)
    assert any("PAN-28" in line and "USD 6.35" in line for line in lines)


def test_html_derived_text_is_marked_html_not_tabular():
    body = [p for p in parse_message(eml("html-only.eml")).parts if p.where == "body"][0]
    assert body.html is True
    assert body.tabular is False


def test_script_and_style_are_dropped():
    text = "".join(p.text for p in parse_message(eml("html-only.eml")).parts)
    assert "hidden" not in text and "padding" not in text


def test_mailto_links_keep_their_address():
    body = [p for p in parse_message(eml("html-only.eml")).parts if p.where == "body"][0]
    assert "our sales desk <sales@bluewave-kw.cn>" in body.text


def test_plain_alternative_is_read_first_and_a_differing_html_version_too():
    raw = (b"From: lily@bluewave-kw.cn\r\nSubject: alt\r\nMIME-Version: 1.0\r\n"
           b"Content-Type: multipart/alternative; boundary=x\r\n\r\n"
           b"--x\r\nContent-Type: text/plain\r\n\r\nplain version\r\n"
           b"--x\r\nContent-Type: text/html\r\n\r\n<p>html version</p>\r\n--x--\r\n")
    bodies = [p for p in parse_message(raw).parts if p.where == "body"]
    assert [p.text.strip() for p in bodies] == ["plain version", "html version"]
    assert [p.html for p in bodies] == [False, True]


def test_html_alternative_saying_what_the_plain_one_says_is_read_once():
    bodies = [p for p in parse_message(eml("alternative-same-text.eml")).parts if p.where == "body"]
    assert len(bodies) == 1 and bodies[0].html is False


def test_leak_only_in_the_html_alternative_is_read():
    bodies = [p for p in parse_message(eml("alternative-html-leak.eml")).parts if p.where == "body"]
    assert any("USD 8.45" in p.text and p.html for p in bodies)


def test_html_is_used_when_the_plain_alternative_is_empty():
    parts = parse_message(eml("html-gmail-reply.eml")).parts
    body = [p for p in parts if p.where == "body"][0]
    assert body.text.strip() == "Thanks Ingrid, noted."


def test_gmail_blockquote_becomes_a_quoted_part_with_its_author():
    quoted = [p for p in parse_message(eml("html-gmail-reply.eml")).parts if p.where == "quoted"]
    assert len(quoted) == 1
    assert quoted[0].origin == "quoted"
    assert quoted[0].author == "erik.lund@nordkok.se"
    assert "We pay 8.45 for the KT-500." in quoted[0].text
    assert ">" not in quoted[0].text.replace("<erik.lund@nordkok.se>", "")


def test_outlook_reply_header_and_below_are_quoted():
    parts = parse_message(eml("html-outlook-reply.eml")).parts
    body = [p for p in parts if p.where == "body"]
    quoted = [p for p in parts if p.where == "quoted"]
    assert "".join(p.text for p in body).strip() == "Hi Olivia, see the thread below."
    assert quoted[0].author == "noah@kookaburrakitchen.com.au"
    assert "lily@bluewave-kw.cn" in quoted[0].header_addresses
    assert "We ordered 12000 knife block sets." in quoted[0].text


def test_nested_blockquotes_nest_quote_markers():
    text = html_to_text("<p>new</p><blockquote>one<blockquote>two</blockquote>back</blockquote>")
    assert [line for line in text.splitlines() if line] == ["new", "> one", "> > two", "> back"]


def test_broken_markup_still_yields_text():
    assert "price 8.20" in html_to_text("<div><table><tr><td>price 8.20</td></div></p></span><<<")


def test_text_nested_beyond_the_html_parsers_depth_is_still_read():
    for depth in (300, 3000):
        text = html_to_text("<div>" * depth + "Nordkok pays 8.45" + "</div>" * depth)
        assert "Nordkok pays 8.45" in text, depth


def test_text_hidden_with_display_none_is_read():
    text = html_to_text('<p>visible</p><div style="color:red; display: none !important">hidden 8.45</div>')
    assert "hidden 8.45" in text


def test_hidden_text_inside_a_name_is_read_after_the_visible_text():
    html = ('<p>Ipe<span style="display:none">rson Trading</span> Camp<span style="display: none">bell</span>ing '
            'buys the HM-01.</p><p>Lily</p>')
    text = html_to_text(html)
    assert "Ipe Camping buys the HM-01." in text
    assert "rson Trading" in text and text.index("rson Trading") > text.index("Lily")
