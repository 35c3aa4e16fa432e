"""What a sentence refers to counts as what it says (SPEC section 3): replies whose leak is in
the products, the account or the figures their new text refers to. The test registry is a
kitchenware exporter; the prospect writes from an unknown domain."""

from __future__ import annotations

from email.message import EmailMessage

import pytest


def reply(new: str, quoted: str, to: str = "tom@outbackcookware.com.au") -> bytes:
    """A reply of the company's salesperson above the prospect's quoted inquiry."""
    msg = EmailMessage()
    msg["From"] = "Lily Chen <lily@bluewave-kw.cn>"
    msg["To"] = to
    msg["Subject"] = "Re: inquiry"
    msg["Message-ID"] = "<ref-test@bluewave-kw.cn>"
    body = new + "\n\nOn Mon, 7 Dec 2026 at 09:00, Tom <" + to + "> wrote:\n" + \
        "\n".join("> " + line for line in quoted.splitlines()) + "\n"
    msg.set_content(body)
    return msg.as_bytes()


INQUIRY = "Hi Lily,\nWe need KN-8 knife block sets. Do you have other customers in Australia?\nTom"
ASKED = "Hi Lily,\nWe need KN-8 knife block sets. Do you supply Kookaburra Kitchen?\nTom"
ASKED_ZH = "Lily你好,\n我们需要KN-8刀具套装。你们给笑翠鸟厨具供货吗?\nTom"


def verdict(engine, raw: bytes):
    return engine.check_bytes(raw).verdict


def test_a_named_account_with_the_products_you_want_is_r3(engine):
    v = verdict(engine, reply("Yes, Kookaburra Kitchen in Sydney. The models you want, they just ordered them.",
                              INQUIRY))
    assert v.verdict == "block"
    assert any(f.rule == "R3" and f.account == "kookaburra" for f in v.findings)


def test_a_named_account_with_the_products_you_want_is_r3_in_chinese(engine):
    v = verdict(engine, reply("我们在澳洲有一个老客户,公司是笑翠鸟厨具。你要的这款产品,我们客户刚刚订过。", INQUIRY))
    assert v.verdict == "block"
    assert any(f.rule == "R3" and f.account == "kookaburra" for f in v.findings)


def test_they_answering_a_quoted_question_carries_the_identity(engine):
    v = verdict(engine, reply("Yes, they take the same sets from us.", ASKED))
    assert v.verdict == "block"
    assert "kookaburra" in v.accounts


def test_they_answering_a_quoted_question_carries_the_identity_in_chinese(engine):
    v = verdict(engine, reply("是的,他们也是我们的老客户。", ASKED_ZH))
    assert v.verdict != "pass"
    assert "kookaburra" in v.accounts


def test_a_volume_about_a_referred_account_is_r4(engine):
    v = verdict(engine, reply("Yes, they order about 3 containers a quarter.", ASKED))
    assert v.verdict == "block"
    assert any(f.rule == "R4" and f.account == "kookaburra" for f in v.findings)


def test_a_price_by_comparison_tied_by_a_phrase_blocks_naming_no_account(engine):
    v = verdict(engine, reply("Our client in Perth takes them, and you would get the same price we give them.",
                              INQUIRY))
    assert v.verdict == "block"
    assert any(f.rule == "R4" and f.account is None for f in v.findings)


def test_a_volume_about_a_buyer_in_chinese_is_r4(engine):
    v = verdict(engine, reply("是的,他们一年订十几个柜。", ASKED_ZH))
    assert v.verdict == "block"


@pytest.mark.parametrize("new", [
    "Most of our customers order 2 containers a month.",
    "Our prices are the same for all markets.",
    "Yes, we export to Australia and 30 other countries.",
    "Sorry, we can't share customer information, but the KN-8 is our best seller.",
    "大部分客户每个月订两个柜。",
    "不好意思,客户信息我们不方便透露。",
    "I can't tell you whether they are our customer, sorry.",
])
def test_statements_about_customers_in_general_and_refusals_pass(engine, new):
    assert verdict(engine, reply(new, ASKED if new.isascii() else ASKED_ZH)).verdict == "pass"


def test_the_recipients_own_quoted_question_is_not_held_against_the_sender(engine):
    assert verdict(engine, reply("Thanks Tom, a quote for the KN-8 follows tomorrow.", ASKED)).verdict == "pass"


@pytest.mark.parametrize("new", [
    "Yes, they are our customer, but I can't say more than that.",
    "是的,他们是我们的客户,不过别的不方便透露。",
])
def test_a_confirmation_before_a_refusal_still_carries_the_identity(engine, new):
    v = verdict(engine, reply(new, ASKED if new.isascii() else ASKED_ZH))
    assert v.verdict != "pass"
    assert "kookaburra" in v.accounts


ASKED_RIVAL = "Hi Lily,\nDo you supply Nordkök? We hear they buy kettles from you.\nIngrid"


def test_an_identity_by_reference_of_a_recipients_competitor_is_r2(engine):
    v = verdict(engine, reply("Yes, they are our customer.", ASKED_RIVAL, to="ingrid@fjordhome.no"))
    assert v.verdict == "block"
    assert any(f.rule == "R2" and f.account == "nordkok" for f in v.findings)


@pytest.mark.parametrize("new", [
    "Your price is already 5% lower than what they pay.",
    "你的价格比他们便宜3%。",
])
def test_a_comparison_against_them_refers_to_the_account_the_thread_names(engine, new):
    v = verdict(engine, reply(new, ASKED if new.isascii() else ASKED_ZH))
    assert v.verdict == "block"
    assert "kookaburra" in v.accounts


def test_a_comparison_against_them_with_no_account_in_the_thread_is_not_a_finding(engine):
    quoted = "Hi Lily,\nWe need KN-8 sets. Other factories quote less.\nTom"
    assert verdict(engine, reply("Our KN-8 is still cheaper than them.", quoted)).verdict == "pass"


def test_a_price_by_comparison_names_the_account_whose_deal_the_figure_matches(engine):
    inquiry = "Hi Lily,\nMatch what you give the big Sydney importer on KN-8 sets and we order.\nTom"
    v = verdict(engine, reply("You would pay what they pay: USD 13.75 per set.", inquiry))
    assert v.verdict == "block"
    assert v.accounts == ("kookaburra",)


@pytest.mark.parametrize("new, quoted", [
    ("Sí, son clientes nuestros desde 2024.", "Hola Lily,\n¿trabajan con Kookaburra Kitchen?\nTom"),
    ("Yes -- they've been running both of those since spring.", ASKED),
])
def test_confirmations_as_people_write_them_carry_the_identity(engine, new, quoted):
    assert "kookaburra" in verdict(engine, reply(new, quoted)).accounts


def test_a_french_refusal_passes(engine):
    new = "Nous ne communiquons jamais le nom de nos clients, ni ce qu'ils achètent."
    assert verdict(engine, reply(new, "Bonjour Lily,\nTravaillez-vous avec Kookaburra Kitchen ?\nTom")).verdict == "pass"


ASKED_ES = "Hola Lily,\n¿Kookaburra Kitchen les compra el KN-8?\nTom"


@pytest.mark.parametrize("new, quoted", [
    ("Yes they are, but don't worry, you are our first partner here.", "Hi Lily,\nIs Kookaburra Kitchen one of your customers?\nTom"),
    ("Sí, ellos compran con nosotros exactamente ese modelo desde hace dos años.", ASKED_ES),
    ("Posso te dar o mesmo preço que damos para eles.", "Olá Lily,\nsabemos que a Kookaburra Kitchen compra o KN-8 de vocês.\nTom"),
])
def test_replies_in_other_words_and_languages_carry_the_account(engine, new, quoted):
    v = verdict(engine, reply(new, quoted))
    assert v.verdict != "pass" and "kookaburra" in v.accounts


@pytest.mark.parametrize("new", [
    "Same model one of our client in Perth is using, very satisfied.",
    "Ce modèle est installé chez un de nos clients à Perth.",
])
def test_a_third_party_with_the_product_you_asked_about_is_r5(engine, new):
    v = verdict(engine, reply(new, INQUIRY))
    assert any(f.rule == "R5" for f in v.findings)


@pytest.mark.parametrize("new, quoted", [
    ("Yes, it is one of their best sellers with us.", ASKED),
    ("Sí, es uno de sus modelos principales con nosotros.", ASKED_ES),
    ("是的，这是他们的主力产品。", ASKED_ZH),
])
def test_one_of_their_models_confirms_what_the_account_the_thread_names_buys(engine, new, quoted):
    v = verdict(engine, reply(new, quoted))
    assert v.verdict == "block"
    assert any(f.rule == "R3" and f.account == "kookaburra" for f in v.findings)


@pytest.mark.parametrize("new, quoted", [
    ("I can not tell you exactly, but they pay around 13.75 per set, more than 12,000 sets.", ASKED),
    ("具体不方便说，不过他们每次订5千套左右。", ASKED_ZH),
])
def test_what_follows_a_refusal_after_but_is_said(engine, new, quoted):
    v = verdict(engine, reply(new, quoted))
    assert v.verdict == "block" and "kookaburra" in v.accounts


@pytest.mark.parametrize("new", [
    "Sorry, I can't share that, but most of our customers order 2 containers a month.",
    "I can't tell you who, but we do export to Australia.",
])
def test_a_refusal_followed_by_something_general_passes(engine, new):
    assert verdict(engine, reply(new, ASKED)).verdict == "pass"


@pytest.mark.parametrize("new, quoted", [
    ("Наш дилер в Перте тоже берёт эти шаровые краны, нареканий нет.", "Лили, нужны шаровые краны DN25.\nТом"),
    ("Nuestro distribuidor en Perth compró las mismas válvulas de cuchilla.", "Lily, necesito válvulas de cuchilla.\nTom"),
])
def test_a_third_party_buying_goods_the_thread_asks_about_in_other_words_is_r5(engine, new, quoted):
    v = verdict(engine, reply(new, quoted))
    assert any(f.rule == "R5" for f in v.findings)


def test_a_third_party_buying_something_the_thread_never_mentions_is_not_r5(engine):
    v = verdict(engine, reply("Nuestro distribuidor en Perth compró las mismas bombas.", "Lily, necesito válvulas.\nTom"))
    assert not any(f.rule == "R5" for f in v.findings)
