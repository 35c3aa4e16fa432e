"""Charsets: each family decodes; only really undecodable text is unread (R10)."""

from __future__ import annotations

import pytest

from guard.mail.parse import parse_message

from .conftest import eml

CASES = {
    "charset-utf8.eml": "不锈钢水壶",
    "charset-gb2312-gbk.eml": "朱镕基牌不锈钢水壶",       # GBK-only character in a part labelled gb2312
    "charset-gb18030.eml": "不锈钢水壶 € 发货",
    "charset-big5.eml": "不鏽鋼水壺下週一出貨",
    "charset-big5hkscs.eml": "香港嘅不鏽鋼水壺",           # HKSCS character in a part labelled big5
    "charset-latin1.eml": "Café crème “quoted”",          # windows-1252 quotes in a part labelled iso-8859-1
    "charset-windows1251.eml": "Чайник из нержавеющей стали",
    "charset-koi8r.eml": "Чайник из нержавеющей стали",
    "charset-shiftjis.eml": "ステンレスケトル",
    "charset-euckr.eml": "스테인리스 주전자",
    "charset-iso2022jp.eml": "ステンレスケトル",
    "charset-unknown-decodable.eml": "不锈钢水壶",          # unknown label, but the bytes are UTF-8
}


def body_text(m) -> str:
    return "".join(p.text for p in m.parts if p.where == "body")


@pytest.mark.parametrize("name", list(CASES), ids=[n[8:-4] for n in CASES])
def test_charset_family_decodes(name):
    m = parse_message(eml(name))
    assert CASES[name] in body_text(m)
    assert m.unread == ()


def test_undecodable_text_in_an_unknown_charset_is_unread():
    m = parse_message(eml("charset-unknown-undecodable.eml"))
    assert [(u.where, u.reason) for u in m.unread] == [("body", "text in unknown charset x-mystery")]


def test_8bit_utf8_subject_without_encoded_words_is_decoded():
    raw = "From: a@bluewave-kw.cn\r\nSubject: 报价 KT-500\r\n\r\nhi\r\n".encode()
    assert parse_message(raw).subject == "报价 KT-500"


def test_encoded_word_split_inside_a_multibyte_character_is_joined():
    import base64

    data = "不锈钢".encode()
    a, b = base64.b64encode(data[:4]).decode(), base64.b64encode(data[4:]).decode()
    raw = f"From: a@bluewave-kw.cn\r\nSubject: =?utf-8?B?{a}?= =?utf-8?B?{b}?=\r\n\r\nhi\r\n".encode()
    assert parse_message(raw).subject == "不锈钢"


def test_unknown_charset_decoded_by_an_unsure_guess_is_said_and_its_findings_still_count(engine):
    m = parse_message(eml("charset-unknown-guessed.eml"))
    assert [(u.where, u.reason) for u in m.unread] == [
        ("body", "unknown charset x-mystery, decoded by guess (cp1252)")]
    assert "Nordkök pays USD 8.45" in body_text(m)
    v = engine.check_bytes(eml("charset-unknown-guessed.eml")).verdict
    assert v.verdict == "block" and {"R10", "R2"} <= {f.rule for f in v.findings}


def test_unknown_charset_whose_bytes_are_utf8_or_a_confident_guess_is_read_without_a_word():
    for name, text in (("charset-unknown-decodable.eml", "不锈钢水壶"), ("charset-unknown-confident.eml", "不锈钢水壶")):
        m = parse_message(eml(name))
        assert text in body_text(m) and m.unread == (), name
