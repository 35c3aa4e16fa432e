"""Figures across units (rules/figures.toml [conversions]): a deal in kilograms is leaked by a
figure in tonnes or pounds, a price per kg by one per lb, within the rounding its writer used.
The registry here is a bulk-goods exporter that sells by weight."""

from __future__ import annotations

import pytest

from guard.engine import check
from guard.mail.model import Address, Message, Part
from guard.policy.rules import load_policy
from guard.registry.index import build_index
from guard.registry.load import load_registry_text

REGISTRY = """
version = 1
[company]
name = "Rizhao Golden Field Foods Co., Ltd."
domains = ["goldenfield-foods.cn"]

[[products]]
sku = "PK-11"
names = ["PK-11", "blanched peanut kernels"]

[[products]]
sku = "BT-4"
names = ["BT-4", "garlic flakes"]

[[accounts]]
id = "harbourfoods"
name = "Harbour Lane Foods Ltd"
aliases = ["Harbour Lane"]
country = "NZ"
domains = ["harbourlane.co.nz"]

[[accounts.deals]]
sku = "PK-11"
price = 9.04
currency = "USD"
unit = "kg"
quantity = 12000

[[accounts.deals]]
sku = "BT-4"
price = 3.60
currency = "USD"
unit = "pc"
quantity = 2000
"""


@pytest.fixture(scope="module")
def run():
    index = build_index(load_registry_text(REGISTRY, "units-test"))
    policy = load_policy()

    def _run(body: str):
        msg = Message(sender=Address("amy@goldenfield-foods.cn"), to=(Address("buyer@prospect-example.com"),),
                      subject="Re: peanuts", parts=(Part("subject", "Re: peanuts"), Part("body", body)))
        return check(msg, index, policy)
    return _run


@pytest.mark.parametrize("body", [
    "Our client in Auckland takes 12 tonnes a shipment of the PK-11.",
    "Another customer of ours buys about 26,500 lbs of the PK-11 each time.",
    "Our customer in NZ pays USD 4.10/lb for the PK-11.",
    "Harbour Lane pays 9040 usd per ton for the PK-11.",
])
def test_a_deals_figure_in_another_unit_leaks_it(run, body):
    v = run(body)
    assert v.verdict == "block"


def r4(verdict) -> bool:
    return any(f.rule == "R4" for f in verdict.findings)


@pytest.mark.parametrize("body", [
    "Our client in Auckland takes 15 tonnes a shipment.",
    "Our customer in NZ pays USD 4.60/lb.",
    "Our client in Auckland takes 12.5 tonnes a shipment.",
])
def test_a_figure_that_converts_to_no_deal_is_not_one(run, body):
    assert not r4(run(body))


def test_a_conversion_matches_only_deals_counted_in_that_unit(run):
    # 2 tonnes is 2,000 kg; the 2,000 deal is counted in pieces
    assert not r4(run("Our client in Auckland takes 2 tonnes a month."))


def test_a_price_written_with_a_multiplier_before_the_currency(run):
    assert run("Our client in Auckland paid about 43.2k usd for the last PK-11 order, 12,000 kg.").verdict == "block"
