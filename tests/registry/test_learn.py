"""guard registry learn: a draft registry from Sent mail (issue 17)."""

from __future__ import annotations

import mailbox

import pytest
from click.testing import CliRunner

from guard.cli import cli
from guard.registry.learn_write import comments_by_entry
from guard.registry.load import load_registry, load_registry_text

from .learn_helpers import archive, made, scoring


@pytest.fixture(scope="module")
def sent(tmp_path_factory):
    registry, messages = made()
    out = tmp_path_factory.mktemp("sent")
    archive.write_archive(out, registry, messages)
    return out


def learn(*args: str):
    result = CliRunner().invoke(cli, ["registry", "learn", *args], catch_exceptions=False)
    return result


@pytest.mark.parametrize("source", ["Sent.mbox", "Sent.maildir", "Sent.eml"])
def test_learnt_draft_finds_the_accounts_and_deals_the_archive_was_made_from(sent, tmp_path, source):
    out = tmp_path / "draft.toml"
    r = learn(str(sent / source), "--out", str(out))
    assert r.exit_code == 0, r.output
    s = scoring.score(load_registry(sent / "registry.toml"), load_registry(out))
    for what in ("accounts", "deals"):
        assert s[what]["precision"] >= 0.95 and s[what]["recall"] >= 0.95, (what, s)
    assert s["contacts"]["recall"] >= 0.9, s


def test_draft_is_a_valid_registry_with_a_comment_on_every_learnt_entry(sent, tmp_path):
    out = tmp_path / "draft.toml"
    learn(str(sent / "Sent.mbox"), "--out", str(out))
    text = out.read_text()
    draft = load_registry_text(text, "draft.toml")
    notes = comments_by_entry(text)
    for a in draft.accounts:
        assert any(n.startswith("learnt account from") for n in notes[("account", a.id)]), a.id
        for d in a.deals:
            assert "<" in notes[("deal", a.id, d.sku)][0], (a.id, d.sku)  # a message id
        for c in a.contacts:
            assert notes[("contact", a.id, c.email)], c.email
    assert all(not a.competitors for a in draft.accounts)  # suggested as comments, never asserted
    assert "# competitor? " in text


def test_company_is_found_from_the_senders_and_its_signature(sent, tmp_path):
    out = tmp_path / "draft.toml"
    learn(str(sent / "Sent.eml"), "--out", str(out))
    company = load_registry(out).company
    assert company.domains == ("swiftwheel-cycle.cn",)
    assert company.name == "Xiamen Swiftwheel Cycle Parts Co., Ltd."


def test_newsletters_internal_mail_and_non_customers_give_no_account(sent, tmp_path):
    out = tmp_path / "draft.toml"
    learn(str(sent / "Sent.mbox"), "--out", str(out))
    text = out.read_text()
    domains = {d for a in load_registry(out).accounts for d in a.domains}
    assert not domains & {"pacificlink-logistics.hk", "harbourtrustbank.com", "tongforging.cn",
                          "swiftwheel-cycle.cn"}
    assert "# not proposed: tongforging.cn" in text  # our own purchase order is no sale
    assert "bulk" in text.splitlines()[1]


def test_free_mail_buyers_are_grouped_by_address_never_by_domain(sent, tmp_path):
    out = tmp_path / "draft.toml"
    learn(str(sent / "Sent.mbox"), "--out", str(out))
    draft = load_registry(out)
    free = [a for a in draft.accounts if not a.domains]
    assert free
    for a in draft.accounts:
        assert not set(a.domains) & {"gmail.com", "qq.com", "outlook.com"}
    for a in free:
        assert len(a.contacts) == 1 and a.deals


def test_the_latest_document_sent_gives_the_price_and_an_earlier_quote_is_noted(sent, tmp_path):
    registry, _ = made()
    out = tmp_path / "draft.toml"
    learn(str(sent / "Sent.maildir"), "--out", str(out))
    text = out.read_text()
    learnt = load_registry(out)
    m = scoring.account_map(registry, learnt)
    truth = {a.id: a for a in registry.accounts}
    for a in learnt.accounts:
        for d in a.deals:
            true = {x.sku: x for x in truth[m[a.id]].deals}[d.sku]
            assert (d.price, d.quantity) == (true.price, true.quantity)
    assert "#   also " in text  # the early quotation's price, for the reviewer


def test_merge_adds_only_what_is_new_and_reports_a_differing_price(sent, tmp_path):
    registry = load_registry(sent / "registry.toml")
    base_text = (sent / "registry.toml").read_text()
    victim = registry.accounts[0]
    deal = victim.deals[0]
    dropped = registry.accounts[1]
    lines = base_text.split("\n[[accounts]]\n")
    kept = [chunk for chunk in lines if f'id = "{dropped.id}"' not in chunk]
    base = "\n[[accounts]]\n".join(kept).replace(f"price = {deal.price!r}", "price = 9999.5", 1)
    (tmp_path / "base.toml").write_text(base)
    out = tmp_path / "draft.toml"
    r = learn(str(sent / "Sent.mbox"), "--merge", str(tmp_path / "base.toml"), "--out", str(out))
    assert r.exit_code == 0, r.output
    assert f"conflict: {victim.id}: {deal.sku}: the registry says 9999.5" in r.output
    merged = load_registry(out)
    assert {d.sku: d.price for d in merged.account(victim.id).deals}[deal.sku] == 9999.5  # not overwritten
    assert len(merged.accounts) == len(registry.accounts)
    assert [la for la in merged.accounts if dropped.domains and dropped.domains[0] in la.domains]
    assert [p.sku for p in merged.products] == [p.sku for p in registry.products]  # matched, not new
    assert "1 new account" in r.output


def test_a_source_that_is_not_a_mailbox_is_a_clear_error_and_writes_nothing(tmp_path):
    bad = tmp_path / "notes.txt"
    bad.write_text("hello\n")
    out = tmp_path / "draft.toml"
    r = learn(str(bad), "--out", str(out))
    assert r.exit_code == 3
    assert "not an mbox" in r.output and not out.exists()
    r = learn("imap:sales", "--out", str(out))
    assert r.exit_code == 3 and "--config" in r.output


def test_an_unreadable_message_is_counted_and_the_others_still_teach(sent, tmp_path):
    box = mailbox.mbox(str(tmp_path / "one.mbox"))
    box.add(b"From: x\n\n")
    for raw in made()[1][:40]:
        box.add(raw)
    box.flush()
    out = tmp_path / "draft.toml"
    r = learn(str(tmp_path / "one.mbox"), "--out", str(out), "--company-domain", "swiftwheel-cycle.cn")
    assert r.exit_code == 0, r.output
    assert "41 messages" in r.output
