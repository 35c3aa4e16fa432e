"""Ordinary mail stays quiet: numbers, generic words and short names that are not leaks."""

from __future__ import annotations

import pytest

from guard.detect.senses import load_senses

FJORD_AND_PROSPECT = ("ingrid@fjordhome.no", "buyer@prospect-example.com")


@pytest.mark.parametrize("body", [
    "Fjord Home visited our booth on 15 March.",
    "We met Fjord Home at the fair in October 2026.",
    "Fjord Home 2026年8月15日来访。",
    "Fjord Home, Storgata 15, Oslo.",
])
def test_dates_and_street_numbers_beside_a_name_are_not_figures(run, body):
    v = run(body)
    assert v.verdict == "flag" and {f.rule for f in v.findings} == {"R1"}


def test_a_phone_number_is_not_a_readers_deal(run):
    v = run("Call me any time.\nTel +86 592 2500 1234", to=FJORD_AND_PROSPECT)
    assert {f.rule for f in v.findings} == {"R6"}


@pytest.mark.parametrize("body", [
    "Unlike other brands, our granite frying pan has a 5-year warranty.",
    "Please pay the KT-500 deposit to our bank account in Hong Kong.",
    "Our supply chain in Vietnam makes the KN-8 handles.",
    "Our agent in Shenzhen will inspect the KT-500 before loading.",
    "Your key account manager for the KT-500 is Amy.",
    "We have customers in Europe who like the stainless kettle.",
])
def test_generic_business_words_are_not_third_party_phrases(run, body):
    assert run(body).verdict == "pass"


def test_round_volume_beside_a_vague_buyer_word_is_not_a_leak(run):
    assert run("Our customers in Europe usually order 2500 pcs per container.").verdict == "pass"


def test_a_time_after_at_is_not_a_price(run):
    v = run("Maple Crest will call at 14.90 h tomorrow.")
    assert {f.rule for f in v.findings} == {"R1"}


def test_a_name_inside_an_unrelated_address_is_not_a_name(run):
    assert run("Write to maple.crest@gmail.example please.").verdict == "pass"


def test_a_digit_string_too_long_for_a_figure_matches_no_deal(run):
    assert run("Another customer's tracking no. is USD " + "1" * 400).verdict == "pass"


def test_a_name_that_ends_an_events_name_is_the_event():
    # "Summit" would be an account's one-word alias; "the Solar Summit" is a conference
    senses = load_senses()
    text = "Great to hear you'll be at the Solar Summit in Las Vegas too."
    start = text.index("Summit")
    assert senses.other_sense(text, start, start + len("Summit")) == "a trade fair or conference"
    assert senses.other_sense("Thanks. Summit ordered again.", 8, 14) is None
