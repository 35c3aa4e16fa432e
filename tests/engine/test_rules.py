"""One test per behaviour of the default policy (SPEC section 3), on the test registry."""

from __future__ import annotations

from guard.mail.model import Part

FJORD = ("ingrid@fjordhome.no",)
PROSPECT = ("buyer@prospect-example.com",)


def rules_of(v):
    return {f.rule for f in v.findings}


def test_ordinary_mail_passes(run):
    v = run("Thanks for your order. The samples of the KT-500 kettle leave on Friday.")
    assert v.verdict == "pass" and not v.findings


def test_r1_another_account_named_is_flagged(run):
    v = run("You may know Maple Crest, they are a good company.")
    assert v.verdict == "flag"
    assert rules_of(v) == {"R1"} and v.accounts == ("maplecrest",)


def test_r1_web_site_of_another_account_is_identity(run):
    v = run("Have a look at www.maplecrest.ca for how the sets are displayed.")
    assert v.verdict == "flag" and v.findings[0].kind == "domain"


def test_r1_contact_address_is_identity(run):
    v = run("Please write to olivia@maplecrest.ca, she knows the product.")
    assert v.findings[0].kind == "contact" and v.findings[0].account == "maplecrest"


def test_r2_competitor_of_recipient_is_blocked(run):
    v = run("Nordkök in Stockholm is also our customer.", to=FJORD)
    assert v.verdict == "block" and "R2" in rules_of(v) and v.accounts == ("nordkok",)


def test_r3_account_with_product_it_buys_is_blocked(run):
    v = run("Maple Crest buys the knife block set from us every quarter.")
    assert v.verdict == "block" and "R3" in rules_of(v)


def test_r3_needs_a_product_the_account_buys(run):
    v = run("Maple Crest asked about kettles in general, like the KT-500.")
    assert v.verdict == "flag" and rules_of(v) == {"R1"}


def test_r4_price_tied_by_third_party_phrase_is_blocked(run):
    v = run("Another customer of ours pays USD 14.90 per set, so that is the floor.")
    assert v.verdict == "block" and rules_of(v) == {"R4"} and v.accounts == ("maplecrest",)


def test_r4_chinese_phrase_and_chinese_numerals(run):
    v = run("我们的老客户上个月订了1.2万套刀具套装。", to=PROSPECT)
    assert v.verdict == "block" and v.accounts == ("kookaburra",)


def test_r4_figure_without_a_tie_is_not_a_finding(run):
    v = run("Our offer for the knife block set is USD 14.90 FOB Xiamen.")
    assert v.verdict == "pass"


def test_r4_names_every_account_whose_deal_matches(run, index):
    v = run("Another client bought the same volume: 4000 pcs.")
    assert v.verdict == "block" and "fjordhome" in v.accounts


def test_r5_third_party_phrase_with_product_is_flagged(run):
    v = run("A customer of ours just ordered the granite frying pan and the stainless kettle.")
    assert v.verdict == "flag" and rules_of(v) == {"R5"}
    assert all(f.account is None for f in v.findings)


def test_r5_phrase_without_product_passes(run):
    v = run("Another customer asked the same question last week.")
    assert v.verdict == "pass"


def test_r6_two_accounts_visible_to_each_other_are_flagged(run):
    v = run("Please find our new catalogue attached.", to=("olivia@maplecrest.ca", "noah@kookaburrakitchen.com.au"))
    assert v.verdict == "flag" and rules_of(v) == {"R6"}
    assert set(v.accounts) == {"maplecrest", "kookaburra"}


def test_r6_competitors_visible_to_each_other_are_blocked(run):
    v = run("Please find our new catalogue attached.", to=FJORD, cc=("erik.lund@nordkok.se",))
    assert v.verdict == "block" and rules_of(v) == {"R6"}


def test_r6_account_and_unknown_outsider_are_flagged(run):
    v = run("Catalogue attached.", to=("olivia@maplecrest.ca",), cc=PROSPECT)
    assert v.verdict == "flag" and v.accounts == ("maplecrest",)


def test_r6_bcc_recipients_are_not_visible(run):
    v = run("Catalogue attached.", to=("sales@bluewave-kw.cn",),
            bcc=("olivia@maplecrest.ca", "noah@kookaburrakitchen.com.au"))
    assert v.verdict == "pass"


def test_partner_domain_counts_as_the_account(run):
    v = run("Maple Crest's knife block set ships next week.", to=("olivia@maplecrest.ca", "ops@crestlogistics.ca"))
    assert v.verdict == "pass"


def test_own_information_sent_to_the_account_passes(run):
    v = run("Maple Crest order: 1800 sets of KN-8 at USD 14.90.", to=("olivia@maplecrest.ca",))
    assert v.verdict == "pass"


def test_own_information_with_another_reader_in_bcc_is_a_finding(run):
    v = run("Maple Crest order: 1800 sets of KN-8 at USD 14.90.", to=("olivia@maplecrest.ca",),
            bcc=("noah@kookaburrakitchen.com.au",))
    assert v.verdict == "block" and "maplecrest" in v.accounts


def test_internal_only_mail_passes(run):
    v = run("Nordkök pays USD 8.45 for the KT-500, Fjord Home 8.20.", to=("boss@bluewave-kw.cn",))
    assert v.verdict == "pass"


def test_r7_forwarded_mail_of_another_account_is_blocked(run):
    quoted = Part("quoted", "From: Erik Lund <erik.lund@nordkok.se>\nSubject: feedback\n\nAll good.",
                  origin="quoted", author="erik.lund@nordkok.se", header_addresses=("erik.lund@nordkok.se",))
    v = run("FYI see below.", parts=(quoted,))
    assert v.verdict == "block" and "R7" in rules_of(v) and v.accounts == ("nordkok",)


def test_quoted_text_from_the_recipient_is_not_held_against_the_sender(run):
    quoted = Part("quoted", "Fjord Home pays USD 8.20, we know Nordkök pays USD 8.45.", origin="quoted",
                  author="ingrid@fjordhome.no", header_addresses=("ingrid@fjordhome.no",))
    v = run("Understood, we will check.", to=FJORD, parts=(quoted,))
    assert v.verdict == "pass"


def test_r8_reference_account_may_be_named(run):
    v = run("Cocina Pampas in Buenos Aires agreed to be a reference, you may call them.")
    assert v.verdict == "pass"


def test_r8_reference_account_figures_stay_confidential(run):
    v = run("Cocina Pampas takes 5000 pcs of the PAN-28 at USD 6.10.")
    assert v.verdict == "block" and v.accounts == ("pampas",)


def test_r9_saying_where_we_export_passes(run):
    v = run("Yes, we have customers in Australia and Norway and export the KT-500 there.")
    assert v.verdict == "pass"


def test_r10_unread_content_is_flagged(run):
    v = run("Price list attached.", unread=[("attachment:prices.pdf", "encrypted PDF")])
    assert v.verdict == "flag" and rules_of(v) == {"R10"}
    assert v.findings[0].kind == "unread" and v.unread[0].where == "attachment:prices.pdf"


def test_r4_document_that_belongs_to_an_account(run):
    pi = Part("attachment:PI-0042.xlsx", "Proforma invoice\nBuyer | Maple Crest Housewares Inc.\n"
              "KN-8 | knife block set | 1800 | 14.90 | 26820.00", tabular=True, document=True)
    v = run("Attached a recent PI as an example of our terms.", parts=(pi,))
    assert v.verdict == "block" and "R4" in rules_of(v) and v.accounts == ("maplecrest",)


def test_finding_offsets_point_at_the_text(run):
    body = "Hello,\nwe also supply Kookaburra Kitchen in Sydney."
    v = run(body)
    f = v.findings[0]
    assert body[f.start:f.end] == f.text == "Kookaburra Kitchen"


def test_matching_ignores_case_punctuation_and_line_breaks(run):
    v = run("We also supply MAPLE\n  CREST.")
    assert v.accounts == ("maplecrest",)


def test_full_width_forms_are_folded(run):
    v = run("我们也供货给ＭＡＰＬＥ　ＣＲＥＳＴ。")
    assert v.accounts == ("maplecrest",)


def test_one_word_alias_in_lower_case_prose_is_not_a_name(run):
    v = run("The nordkok style of kitchen is popular.")
    assert v.verdict == "pass"


def test_acronym_alias_matches_only_in_capitals(run):
    assert run("Our nkab process is certified.").verdict == "pass"
    assert run("NKAB is a customer too.").accounts == ("nordkok",)


def test_product_code_does_not_match_across_a_space(run):
    v = run("A customer of ours asked: KN 8 units?")
    assert v.verdict == "pass"


def test_r3_name_in_body_with_its_price_in_an_attachment(run):
    sheet = Part("attachment:prices.csv", "item | price\nKN-8 | USD 14.90", tabular=True, document=True)
    v = run("Below the prices Maple Crest gets.", parts=(sheet,))
    assert v.verdict == "block" and "R3" in rules_of(v) and v.accounts == ("maplecrest",)


def test_round_volume_in_an_offer_does_not_tie_a_named_account(run):
    v = run("Maple Crest is one of our references. For you: MOQ 1800 sets of the stainless kettle.")
    assert v.verdict == "flag"


def test_accents_are_folded(run):
    v = run("We also supply Cocína Pampas and Maple Crést in Canada.")
    assert "maplecrest" in v.accounts


def test_r4_english_number_words_are_quantities(run):
    v = run("An existing customer took twelve thousand sets last year.")
    assert v.verdict == "block" and v.accounts == ("kookaburra",)


def test_r5_retailer_in_a_city_is_a_third_party_phrase(run):
    v = run("A big retailer in Oslo sells our granite frying pan very well.")
    assert v.verdict == "flag" and rules_of(v) == {"R5"}
