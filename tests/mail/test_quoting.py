"""The quoting splitter: new text vs. quoted and forwarded segments, with their authors."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from guard.mail.parse import parse_message
from guard.mail.quoting import split_quotes

from .conftest import eml


def quoted(text: str):
    return [s for s in split_quotes(text) if s.origin == "quoted"]


def new_text(text: str) -> str:
    return "".join(s.text for s in split_quotes(text) if s.origin == "new")


def test_prefixed_lines_with_attribution_are_quoted_with_author():
    text = ("Thanks.\n\nOn Mon, Jan 5, 2026 at 10:00 AM Erik Lund <erik.lund@nordkok.se> wrote:\n"
            "> We pay 8.45.\n> Erik\n")
    [q] = quoted(text)
    assert q.author == "erik.lund@nordkok.se"
    assert q.header_addresses == ("erik.lund@nordkok.se",)
    assert q.text.startswith("On Mon, Jan 5")
    assert "We pay 8.45.\nErik\n" in q.text
    assert new_text(text) == "Thanks.\n\n"


def test_attribution_wrapped_on_two_lines_is_recognised():
    text = "Ok.\n\nOn Mon, Jan 5, 2026 at 10:00 AM Erik Lund <\nerik.lund@nordkok.se> wrote:\n> price 8.45\n"
    [q] = quoted(text)
    assert q.author == "erik.lund@nordkok.se"
    assert new_text(text) == "Ok.\n\n"


def test_attributions_in_other_languages():
    for line in ("Am 05.01.2026 um 10:00 schrieb Erik Lund <erik.lund@nordkok.se>:",
                 "Le 5 janv. 2026 à 10:00, Erik Lund <erik.lund@nordkok.se> a écrit :",
                 "El 5 ene 2026, a las 10:00, Erik Lund <erik.lund@nordkok.se> escribió:",
                 "在 2026年1月5日 10:00，Erik Lund <erik.lund@nordkok.se> 写道：",
                 "Erik Lund <erik.lund@nordkok.se> 于2026年1月5日周一 10:00写道："):
        [q] = quoted(f"ok\n\n{line}\n> 8.45\n")
        assert q.author == "erik.lund@nordkok.se", line


def test_nested_quotes_keep_their_own_authors():
    text = ("Reply.\n\nOn Tue, Lily Chen <lily@bluewave-kw.cn> wrote:\n> Noted.\n>\n"
            "> On Mon, Erik Lund <erik.lund@nordkok.se> wrote:\n> > We pay 8.45.\n")
    authors = [(q.author, q.text.strip().splitlines()[-1]) for q in quoted(text)]
    assert ("lily@bluewave-kw.cn", "Noted.") in authors
    assert ("erik.lund@nordkok.se", "We pay 8.45.") in authors


def test_interleaved_replies_stay_new():
    text = "> Can you ship?\nYes, Monday.\n> And the price?\nSame as before.\n"
    assert new_text(text) == "Yes, Monday.\nSame as before.\n"
    assert [q.text for q in quoted(text)] == ["Can you ship?\n", "And the price?\n"]


def test_signature_after_a_quoted_forward_stays_new():
    text = "FYI\n\n> From: Erik Lund <erik.lund@nordkok.se>\n> Subject: x\n>\n> We pay 8.45.\n\nLily Chen\nSales\n"
    assert new_text(text).endswith("Lily Chen\nSales\n")
    assert quoted(text)[0].author == "erik.lund@nordkok.se"


def test_outlook_original_message_block():
    text = ("Please see below.\n\n-----Original Message-----\n"
            "From: Erik Lund [mailto:erik.lund@nordkok.se]\nSent: Monday, January 5, 2026 10:00 AM\n"
            "To: Lily Chen <lily@bluewave-kw.cn>\nCc: Ingrid Dahl <ingrid@fjordhome.no>\nSubject: price\n\n"
            "Our price is 8.45.\n")
    [q] = quoted(text)
    assert q.author == "erik.lund@nordkok.se"
    assert set(q.header_addresses) == {"erik.lund@nordkok.se", "lily@bluewave-kw.cn", "ingrid@fjordhome.no"}
    assert q.text.startswith("-----Original Message-----\nFrom: Erik Lund")
    assert q.text.endswith("Our price is 8.45.\n")
    assert new_text(text) == "Please see below.\n\n"


def test_outlook_header_block_without_separator():
    text = ("Thanks\n\n________________________________\nFrom: Noah Walsh <noah@kookaburrakitchen.com.au>\n"
            "Sent: Monday\nTo: lily@bluewave-kw.cn\nSubject: sets\n\n12000 sets\n")
    [q] = quoted(text)
    assert q.author == "noah@kookaburrakitchen.com.au"
    assert q.text.startswith("____")


def test_gmail_forwarded_message():
    text = ("FYI\n\n---------- Forwarded message ---------\nFrom: Ingrid Dahl <ingrid@fjordhome.no>\n"
            "Date: Mon, Jan 5, 2026 at 10:00 AM\nSubject: order\nTo: <lily@bluewave-kw.cn>\n\n4000 kettles\n")
    [q] = quoted(text)
    assert q.author == "ingrid@fjordhome.no"
    assert "lily@bluewave-kw.cn" in q.header_addresses
    assert q.text.endswith("4000 kettles\n")


def test_apple_begin_forwarded_message():
    text = ("See below\n\nBegin forwarded message:\n\nFrom: Ingrid Dahl <ingrid@fjordhome.no>\n"
            "Subject: order\nDate: 5 January 2026\nTo: Lily Chen <lily@bluewave-kw.cn>\n\n4000 kettles\n")
    [q] = quoted(text)
    assert q.author == "ingrid@fjordhome.no"


def test_chinese_outlook_header_block_with_full_width_colons():
    text = ("好的\n\n发件人：埃里克 <erik.lund@nordkok.se>\n发送时间：2026年1月5日 10:00\n"
            "收件人：陈丽 <lily@bluewave-kw.cn>\n抄送：ingrid@fjordhome.no\n主题：报价\n\n价格8.45美元\n")
    [q] = quoted(text)
    assert q.author == "erik.lund@nordkok.se"
    assert set(q.header_addresses) == {"erik.lund@nordkok.se", "lily@bluewave-kw.cn", "ingrid@fjordhome.no"}
    assert new_text(text) == "好的\n\n"


def test_chinese_separators():
    for sep in ("-----原始邮件-----", "------------------ 原始邮件 ------------------", "-------- 转发邮件 --------"):
        text = f"请看\n\n{sep}\n发件人: \"Erik\" <erik.lund@nordkok.se>;\n发送时间: 2026年1月5日\n主题: 报价\n\n8.45\n"
        [q] = quoted(text)
        assert q.author == "erik.lund@nordkok.se", sep
        assert q.text.startswith(sep)


def test_separator_without_header_block_quotes_with_unknown_author():
    [q] = quoted("hi\n-----Original Message-----\nsome text\n")
    assert q.author == ""
    assert q.text == "-----Original Message-----\nsome text\n"


def test_chain_of_forwards_gives_each_its_author():
    text = ("top\n-----Original Message-----\nFrom: a@nordkok.se\nSent: Mon\nSubject: x\n\none\n"
            "-----Original Message-----\nFrom: b@fjordhome.no\nSent: Sun\nSubject: y\n\ntwo\n")
    assert [q.author for q in quoted(text)] == ["a@nordkok.se", "b@fjordhome.no"]


def test_plain_text_without_quotes_is_one_new_segment():
    text = "Dear Erik,\nFrom: our factory in Xiamen.\nThe kettles ship Monday.\n"
    assert split_quotes(text) == [split_quotes(text)[0]]
    assert split_quotes(text)[0].origin == "new"


def test_chinese_client_reply_through_parse_message():
    parts = parse_message(eml("quote-chinese-outlook.eml")).parts
    [q] = [p for p in parts if p.where == "quoted"]
    assert q.origin == "quoted" and q.author == "erik.lund@nordkok.se"
    assert "ingrid@fjordhome.no" in q.header_addresses
    start = q.text.index("erik.lund@nordkok.se")
    assert q.text[start:start + 20] == "erik.lund@nordkok.se"


_LINES = st.lists(st.one_of(
    st.text(max_size=40),
    st.sampled_from(["> quoted", ">> deep", "On Mon, a@b.cc wrote:", "-----Original Message-----",
                     "From: x <x@y.zz>", "Sent: today", "Subject: s", "发件人：甲 <j@k.cn>", "主题：题", "", ">",
                     "在 2026年1月5日，甲 <j@k.cn> 写道：", "Begin forwarded message:"])), max_size=40)


@settings(max_examples=300, deadline=None)
@given(_LINES)
def test_splitter_never_crashes_and_covers_every_line(lines):
    text = "\n".join(lines)
    segments = split_quotes(text)
    assert all(s.origin in ("new", "quoted") for s in segments)
    strip = re.compile(r"[>\s]")
    assert strip.sub("", "".join(s.text for s in segments)) == strip.sub("", text)


def test_an_attribution_without_a_verb_before_a_quote_names_its_author():
    # Gmail in Russian: "пт, 4 дек. 2026 г. в 9:12, Имя <address>:" and no "wrote"
    text = ("Спасибо.\n\nпт, 4 дек. 2026 г. в 9:12, Дмитрий Соколов <sokolov@example.ru>:\n"
            "> Какие у них цены?\n> Дмитрий\n")
    [q] = quoted(text)
    assert q.author == "sokolov@example.ru"
    assert new_text(text).strip() == "Спасибо."
