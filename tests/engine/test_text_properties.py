"""Property tests for the text parsers of the detector: normalisation offsets and number readings."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from guard.detect.normalize import normalize_name, normalize_text
from guard.detect.numbers import parse_cn_numeral, parse_number

text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=200)


@given(text)
def test_normalised_offsets_map_back_inside_the_original(s):
    n = normalize_text(s)
    for i in range(len(n.text)):
        assert 0 <= n.orig(i) < max(1, len(s))


@given(text)
def test_every_normalised_word_maps_back_to_the_same_word(s):
    n = normalize_text(s)
    pos = 0
    for word in n.text.split(" "):
        if word:
            a, b = n.span(pos, pos + len(word))
            assert normalize_name(s[a:b]) == word
        pos += len(word) + 1


@given(st.lists(st.sampled_from(["Maple", "Crest", "&", " ", "\n", "  ", ",", "ＭＡＰＬＥ"]), max_size=12))
def test_name_and_text_normalise_alike(pieces):
    s = "".join(pieces)
    assert normalize_text(s).text.strip() == normalize_name(s)


@given(st.integers(min_value=0, max_value=10**9))
def test_thousands_separators_read_as_the_integer(n):
    assert float(n) in parse_number(f"{n:,}")


@given(st.integers(min_value=0, max_value=99_999), st.integers(min_value=0, max_value=99))
def test_decimal_comma_and_point_read_alike(whole, cents):
    assert parse_number(f"{whole}.{cents:02d}")[0] == parse_number(f"{whole},{cents:02d}")[0]


@given(st.text(max_size=12))
def test_number_readers_never_raise(s):
    parse_number(s)
    parse_cn_numeral(s)


def test_chinese_numerals():
    assert parse_cn_numeral("三千") == 3000
    assert parse_cn_numeral("两万") == 20000
    assert parse_cn_numeral("一万二千") == 12000
    assert parse_cn_numeral("十五") == 15
    assert parse_cn_numeral("一二") is None
