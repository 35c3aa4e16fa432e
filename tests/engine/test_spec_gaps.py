"""SPEC behaviours that had no test of their own (issue 14, item 7)."""

from __future__ import annotations

from dataclasses import replace

from support.files import REGISTRY

from guard.engine import check
from guard.mail.model import Part
from guard.registry.index import build_index
from guard.registry.load import load_registry

from .conftest import message

REFERENCE_CONTACT = "lucia@cocinapampas.com.ar"


def rules_of(v):
    return {f.rule for f in v.findings}


def test_r8_a_reference_account_competing_with_the_recipient_may_still_be_named(tmp_path, policy):
    # Cocina Pampas (a reference) is made a competitor of the recipient, Kookaburra: R2 does not apply.
    text = REGISTRY.read_text(encoding="utf-8")
    assert text.count('disclosure = "reference"') == 1
    path = tmp_path / "registry.toml"
    path.write_text(text.replace('disclosure = "reference"', 'disclosure = "reference"\ncompetitors = ["kookaburra"]'),
                    encoding="utf-8")
    index = build_index(load_registry(path))
    v = check(message("Cocina Pampas agreed to be a reference, you may call them.",
                      to=("noah@kookaburrakitchen.com.au",)), index, policy)
    assert v.verdict == "pass"


def test_r7_applies_to_a_reference_accounts_forwarded_mail(run):
    quoted = Part("quoted", f"From: Lucía <{REFERENCE_CONTACT}>\nSubject: order\n\nThanks.",
                  origin="quoted", author=REFERENCE_CONTACT, header_addresses=(REFERENCE_CONTACT,))
    v = run("See what they wrote below.", parts=(quoted,))
    assert v.verdict == "block" and "R7" in rules_of(v) and v.accounts == ("pampas",)


def test_readers_only_in_the_smtp_envelope_count_as_readers(index, policy):
    # Mail to Maple Crest with its own price: fine alone, a finding once an envelope-only reader joins.
    alone = message("Your price for the knife block set stays USD 14.90 per set.", to=("olivia@maplecrest.ca",))
    assert check(alone, index, policy).verdict == "pass"
    with_envelope = replace(alone, envelope_rcpts=("olivia@maplecrest.ca", "noah@kookaburrakitchen.com.au"))
    v = check(with_envelope, index, policy)
    assert v.verdict == "block" and "maplecrest" in v.accounts


def test_a_leak_in_the_subject_is_found_there(run):
    v = run("See the attached offer.", subject="Maple Crest pays USD 14.90 for the knife block set")
    assert v.verdict == "block" and {f.where for f in v.findings} == {"subject"}


def test_a_contact_name_alone_is_identity(run):
    v = run("Olivia Grant recommended you to us.")
    assert v.verdict == "flag" and [(f.rule, f.kind, f.account) for f in v.findings] == [("R1", "contact", "maplecrest")]
