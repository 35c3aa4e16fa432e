"""Products as mail names them: short forms derived from the registry, and tables pasted as text."""

from __future__ import annotations

from guard.registry.fragments import short_forms


def test_short_forms_are_codes_head_nouns_and_chinese_endings(registry):
    forms = short_forms(registry.products)
    assert forms["kettles"] == "KT-500" and forms["水壶"] == "KT-500" and forms["煎锅"] == "PAN-28"


def test_words_several_products_share_are_not_short_forms(registry):
    assert "led" not in short_forms(registry.products)


def test_an_account_named_with_a_short_form_of_what_it_buys_is_r3(run):
    v = run("Maple Crest reorders the knife blocks every quarter.")
    assert v.verdict == "block" and "R3" in {f.rule for f in v.findings}


def test_a_third_party_phrase_with_a_chinese_short_form_is_r5(run):
    v = run("我们有个英国客户一直在卖这款水壶。")
    assert v.verdict == "flag" and {f.rule for f in v.findings} == {"R5"}


def test_a_row_of_a_table_pasted_as_text_is_its_own_scope(run):
    body = ("Prices last month:\n\nBuyer          Qty     USD/pc\n"
            "Our UK buyer   12,000  13.75\nYou (trial)    500     15.20\n")
    v = run(body)
    assert v.verdict == "block" and v.accounts == ("kookaburra",)
