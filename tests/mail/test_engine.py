"""The parser under the real engine, with the test registry (tests/fixtures/registry.toml)."""

from __future__ import annotations

from .conftest import eml, mail_with


def test_mail_naming_a_competitor_with_its_price_is_blocked(engine):
    result = engine.check_bytes(eml("competitor-price.eml"))
    assert result.verdict.verdict == "block"
    assert "nordkok" in result.verdict.accounts


def test_ordinary_mail_passes(engine):
    result = engine.check_bytes(eml("plain.eml"))
    assert result.verdict.verdict == "pass"


def test_quoted_competitor_mail_in_an_html_reply_is_blocked(engine):
    result = engine.check_bytes(eml("html-gmail-reply.eml"))
    assert result.verdict.verdict == "block"
    assert any(f.rule == "R7" and f.where == "quoted" for f in result.verdict.findings)


def test_encrypted_attachment_is_flagged_as_unread(engine, docs):
    result = engine.check_bytes(mail_with(("locked.pdf", "application/pdf", docs["locked.pdf"]),
                                          to="ingrid@fjordhome.no"))
    assert result.verdict.verdict == "flag"
    assert [(f.rule, f.where) for f in result.verdict.findings] == [("R10", "attachment:locked.pdf")]


def test_leak_only_in_the_html_alternative_is_blocked(engine):
    result = engine.check_bytes(eml("alternative-html-leak.eml"))
    assert result.verdict.verdict == "block"
    assert "nordkok" in result.verdict.accounts


def test_alternatives_with_the_same_text_give_one_set_of_findings(engine):
    result = engine.check_bytes(eml("alternative-same-text.eml"))
    assert result.verdict.verdict == "pass"
