"""`guard check --fix`: a rewrite without the findings that guard passes, headers and threading kept."""

from __future__ import annotations

import email
import email.policy

from click.testing import CliRunner

from guard.cli import cli
from guard.report.fix import rewrite
from tests.report.conftest import REGISTRY, draft, pdf

NAMED = "Hi Ingrid,\n\nMaple Crest in Toronto is also working with us.\n\nThe KT-500 ships in May.\n\nLily\n"
HTML = ("<html><body><p>Hi Ingrid,</p><p><b>Maple Crest</b> in Toronto is also working with us.</p>"
        "<p>The KT-500 ships in May.</p><p>Lily</p></body></html>")


def parsed(raw: bytes):
    return email.message_from_bytes(raw, policy=email.policy.default)


def bodies(raw: bytes) -> dict[str, str]:
    msg = parsed(raw)
    return {p.get_content_type(): p.get_content() for p in msg.walk() if p.get_content_maintype() == "text"}


def test_a_passing_draft_is_left_exactly_as_it_is(engine):
    raw = draft("Hi Ingrid,\n\nthe KT-500 ships in May.\n")
    result = rewrite(raw, engine)
    assert result.raw == raw and not result.changed


def test_a_name_alone_becomes_neutral_words_in_plain_and_html_alike(engine):
    result = rewrite(draft(NAMED, html=HTML), engine)
    assert engine.check_bytes(result.raw).verdict.verdict == "pass"
    texts = bodies(result.raw)
    for text in texts.values():
        assert "Maple Crest" not in text and "KT-500 ships in May" in text
        assert "One of our customers in Toronto is also working with us." in text
    assert "<b>" in texts["text/html"]  # the markup stays; only text nodes changed


def test_headers_and_threading_are_kept(engine):
    msg = parsed(rewrite(draft(NAMED), engine).raw)
    assert msg["Message-ID"] == "<d1@bluewave-kw.cn>" and msg["In-Reply-To"] == "<q0@fjordhome.no>"
    assert msg["From"] == "Lily Chen <lily@bluewave-kw.cn>" and msg["To"] == "ingrid@fjordhome.no"
    assert msg["Subject"] == "offer"


def test_a_sentence_that_only_carries_the_leak_is_dropped(engine):
    raw = draft("Hi Ingrid,\n\nNordkök takes 3,500 pcs at USD 8.45.\n\nThe KT-500 ships in May.\n")
    text = bodies(rewrite(raw, engine).raw)["text/plain"]
    assert "Nordk" not in text and "8.45" not in text and "3,500" not in text
    assert "The KT-500 ships in May." in text


def test_a_chinese_sentence_gets_chinese_neutral_words(engine):
    raw = draft("Ingrid您好：\n\n枫冠家居也是我们在加拿大的合作伙伴。\n\nKT-500五月发货。\n")
    result = rewrite(raw, engine)
    text = bodies(result.raw)["text/plain"]
    assert "枫冠家居" not in text and "我们的客户" in text and "KT-500五月发货" in text


def test_an_attached_document_of_another_account_is_removed_with_a_note(engine):
    doc = pdf([["Buyer: Nordkok Koksutrustning AB (nordkok.se)", "KT-500 3500 pc x USD 8.45"]])
    result = rewrite(draft("Ingrid, our terms are in the mail.\n", attachments=(("PI-7.pdf", "application/pdf", doc),)),
                     engine)
    msg = parsed(result.raw)
    assert not [p for p in msg.walk() if p.get_filename() == "PI-7.pdf"]
    assert "the attachment PI-7.pdf was removed" in bodies(result.raw)["text/plain"]


def test_customers_who_would_see_each_other_move_to_bcc(engine):
    result = rewrite(draft("Dear both,\n\nthe KT-500 ships in May.\n", cc="olivia@maplecrest.ca"), engine)
    msg = parsed(result.raw)
    assert msg["To"] == "ingrid@fjordhome.no" and "Cc" not in msg and "olivia@maplecrest.ca" in msg["Bcc"]
    assert "olivia" not in bodies(result.raw)["text/plain"]  # the body does not tell who got a Bcc


def run(*args):
    return CliRunner().invoke(cli, ["check", "--registry", str(REGISTRY), "--fix", *args])


def test_cli_writes_the_rewrite_to_the_output_file(tmp_path):
    src, out = tmp_path / "d.eml", tmp_path / "fixed.eml"
    src.write_bytes(draft(NAMED))
    r = run(str(src), "-o", str(out))
    assert r.exit_code == 0 and "FIXED" in r.output and "guard passes it" in r.output
    assert b"One of our customers" in out.read_bytes()


def test_cli_says_why_when_no_rewrite_passes_and_exits_4(tmp_path):
    src = tmp_path / "d.eml"
    src.write_bytes(b"From: lily@bluewave-kw.cn\r\nTo: ingrid@fjordhome.no\r\nSubject: x\r\nContent-Type: text/plain\r\n"
                    b"Content-Transfer-Encoding: x-secret\r\n\r\nTm9yZGvDtmsgcGF5cyBVU0QgOC40NQ==\r\n")
    r = run(str(src))
    assert r.exit_code == 4 and "NOT FIXED" in r.output and "R10" in r.output
    assert not (tmp_path / "d.fixed.eml").exists()


def test_output_without_fix_is_a_usage_error(tmp_path):
    r = CliRunner().invoke(cli, ["check", "--registry", str(REGISTRY), "-o", str(tmp_path / "x.eml"),
                                 str(tmp_path / "d.eml")])
    assert r.exit_code != 0 and "needs --fix" in r.output
