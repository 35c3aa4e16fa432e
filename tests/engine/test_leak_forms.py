"""Leaks written in the many ways trade mail writes them."""

from __future__ import annotations

import pytest

from guard.mail.model import Part

PROSPECT = ("buyer@prospect-example.com",)


@pytest.mark.parametrize("body", [
    "Nordkök ordered 3 500 pcs of the KT-500.",
    "Nordkök ordered 3\u00a0500 pcs of the KT-500.",
    "Nordkök placed a 3,500-piece order for the KT-500.",
    "Nordko\u0308k ordered 3,500 pcs of the KT-500.",
])
def test_figure_and_name_forms(run, body):
    v = run(body)
    assert v.verdict == "block" and "nordkok" in v.accounts


@pytest.mark.parametrize("body", [
    "The customer in Stockholm pays USD 8.45 for the KT-500.",
    "Another customer ordered 3,500 kettles of the KT-500 last month.",
    "瑞典客户的不锈钢水壶 3500 件, 8.45美金。",
    "Customer A (Sweden)  KT-500 stainless kettle  USD 8.45/pc  3,500 pcs",
])
def test_third_party_forms_tie_another_accounts_figures(run, body):
    v = run(body)
    assert v.verdict == "block" and v.accounts == ("nordkok",)


def test_a_colleagues_quote_is_checked_like_new_text(run):
    quoted = Part("quoted", "Nordkök pays USD 8.45 for the KT-500.", origin="quoted", author="wang.lei@bluewave-kw.cn")
    v = run("See Wang Lei's note below.", to=PROSPECT, cc=("wang.lei@bluewave-kw.cn",), parts=(quoted,))
    assert v.verdict == "block" and v.accounts == ("nordkok",)


def test_a_readers_quote_sent_on_to_others_is_checked(run):
    quoted = Part("quoted", "We take 4000 pcs of KT-500 at USD 8.20.", origin="quoted",
                  author="ingrid@fjordhome.no", header_addresses=("ingrid@fjordhome.no",))
    v = run("Noted, thanks.", to=("ingrid@fjordhome.no",), cc=PROSPECT, parts=(quoted,))
    assert v.verdict == "block" and "fjordhome" in v.accounts


def test_another_accounts_address_inside_a_quote_is_r7(run):
    quoted = Part("quoted", "Our buyer Erik (erik.lund@nordkok.se) says hi.", origin="quoted")
    v = run("See below.", parts=(quoted,))
    assert "R7" in {f.rule for f in v.findings}


def test_a_readers_own_deal_shown_to_another_reader_is_blocked(run):
    v = run("PO 88: 4,000 pcs KT-500 at USD 8.20.", to=("ingrid@fjordhome.no",), cc=PROSPECT)
    assert v.verdict == "block" and "fjordhome" in v.accounts


@pytest.mark.parametrize("body", [
    "A Norwegian homeware brand pays USD 8.20 for the KT-500.",
    "One EU customer pays USD 8.20 for the KT-500.",
    "Our biggest Norwegian customer pays USD 8.20 for the KT-500.",
    "You get exactly what the other Nordic brand we supply pays: USD 8.20 for the KT-500.",
])
def test_third_party_phrases_with_a_nationality_or_a_brand(run, body):
    v = run(body)
    assert v.verdict == "block" and v.accounts == ("fjordhome",)


@pytest.mark.parametrize("name", [
    "Nord\u200bkök",            # a zero-width space
    "Nord\u00adkök",            # a soft hyphen
    "Nor\u2060dkök",            # a word joiner
    "N\u043erdkök",             # a Cyrillic о that looks like the Latin one
])
def test_a_name_as_the_reader_sees_it_despite_invisible_or_look_alike_characters(run, name):
    v = run(f"{name} ordered 3,500 pcs of the KT-500.")
    assert v.verdict == "block" and "nordkok" in v.accounts
