"""The report a sender reads: consequence first, one item per thing to change, place, tie, fix."""

from __future__ import annotations

from guard.report.explain import report_for
from tests.report.conftest import draft, pdf, xlsx

PRICE = "Hi Ingrid,\n\nNordkök takes 3,500 pcs of the KT-500 at USD 8.45.\n\nAmy\n"


def report(engine, raw: bytes):
    return report_for(engine.check_bytes(raw), engine)


def test_consequence_comes_first_for_each_verdict(engine):
    blocked = report(engine, draft(PRICE))
    flagged = report(engine, draft("Hi Ingrid,\n\nMaple Crest is a customer of ours too.\n"))
    clean = report(engine, draft("Hi Ingrid,\n\nthe KT-500 ships next week.\n"))
    assert blocked.text("d.eml").splitlines()[0] == "d.eml: BLOCK  The mail server will refuse this mail."
    assert flagged.consequence == "It goes out, and compliance sees it."
    assert clean.items == () and "can go out as it is" in clean.text("d.eml")


def test_a_name_its_figures_and_its_product_in_one_sentence_are_one_item_with_its_line(engine):
    (item,) = report(engine, draft(PRICE)).items
    assert item.place == "line 3"
    assert item.context == "[Nordkök] takes [3,500 pcs] of the KT-500 at [USD 8.45]."
    assert set(item.rules) >= {"R3", "R4"}


def test_a_figure_tied_by_a_third_party_phrase_names_the_phrase(engine):
    raw = draft("Ingrid,\n\nanother customer of ours pays USD 8.45 for the KT-500.\n")
    (item,) = report(engine, raw).items
    assert "[USD 8.45]" in item.context
    assert "because of another customer in the same sentence" in item.tie


def test_items_come_in_text_order(engine):
    raw = draft("Ingrid,\n\nErik Lund sends his regards.\n\nMaple Crest is doing well.\n")
    places = [i.place for i in report(engine, raw).items]
    assert places == ["line 3", "line 5"]


def test_an_attached_document_of_another_account_is_one_item_saying_do_not_attach_it(engine):
    doc = pdf([["Proforma invoice"], ["Buyer: Nordkok Koksutrustning AB (nordkok.se)", "KT-500 3500 pc x USD 8.45"]])
    rep = report(engine, draft("Ingrid, see attached.\n", attachments=(("PI-7.pdf", "application/pdf", doc),)))
    (item,) = rep.items
    assert item.whole and item.fix == "Don't attach PI-7.pdf: it is Nordkök Köksutrustning AB's document."


def test_a_finding_in_a_pdf_has_its_page(engine, ):
    doc = pdf([["Price list"], ["Nordkok is our partner"]])
    rep = report(engine, draft("Ingrid, see attached.\n", attachments=(("list.pdf", "application/pdf", doc),)))
    assert rep.items[0].place == "list.pdf, page 2"


def test_a_finding_in_a_workbook_has_its_sheet_and_cell(engine):
    book = xlsx([["product", "note"], ["KT-500", "also sold to Nordkok"]])
    rep = report(engine, draft("Ingrid, see attached.\n", attachments=(
        ("p.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", book),)))
    assert rep.items[0].place == "p.xlsx, Prices!B2"


def test_quoted_mail_of_another_account_is_one_item_however_many_findings(engine):
    body = ("Ingrid, see below.\n\n---------- Forwarded message ---------\nFrom: Erik Lund <erik.lund@nordkok.se>\n"
            "Subject: KT-500\n\nHi, Erik Lund here for Nordkök, we need 3,500 pcs again.\n")
    (item,) = report(engine, draft(body)).items
    assert item.whole and item.place.startswith("quoted mail, line ")
    assert "erik.lund@nordkok.se" in item.tie and "R7" in item.rules


def test_a_chinese_draft_gets_chinese_advice(engine):
    raw = draft("Ingrid您好：\n\n我们的老客户上个月刚订了3500件KT-500，单价8.45美元。\n")
    rep = report(engine, raw)
    assert rep.language == "zh" and rep.consequence == "邮件服务器会拒收这封邮件。"
    assert rep.items[0].place == "第 3 行" and "我们的老客户" in rep.items[0].tie


def test_one_line_is_ascii_safe_enough_for_a_reply(engine):
    line = report(engine, draft(PRICE)).one_line()
    assert line.startswith("The mail server will refuse this mail. line 3:") and "\n" not in line


def test_the_relay_can_ask_for_english_reply_lines_whatever_the_draft_language(engine):
    raw = draft("Ingrid您好：\n\n我们的老客户上个月刚订了3500件KT-500，单价8.45美元。\n")
    rep = report_for(engine.check_bytes(raw), engine, language="en")
    lines = rep.reply_lines()
    assert lines[0] == "The mail server will refuse this mail." and lines[1].startswith("1. line 3: ")


def test_the_report_gives_plain_values_for_a_page_or_a_template(engine):
    data = report(engine, draft(PRICE)).to_dict()
    assert data["verdict"] == "block" and data["items"][0]["place"] == "line 3"
    assert data["items"][0]["context"].startswith("[Nordkök]")


def test_an_answer_about_an_account_the_quoted_mail_names_says_so(engine):
    body = ("Hi Ingrid,\n\nyes, they take the same model from us.\n\nLily\n\n"
            "On Mon, 2 Nov 2026, Ingrid Dahl <ingrid@fjordhome.no> wrote:\n> Do you supply Nordkök with the KT-500?\n")
    (item,) = report(engine, draft(body)).items
    assert item.tie == "because the mail you answer names Nordkök Köksutrustning AB"


def test_a_third_party_phrase_names_the_product_that_made_it_a_finding(engine):
    body = "Hi Ingrid,\n\nAbout the KT-500 you asked for: a customer of ours in Oslo just reordered it.\n"
    (item,) = report(engine, draft(body)).items
    assert "[a customer of ours]" in item.context and item.tie == "because of KT-500 in the same sentence"
