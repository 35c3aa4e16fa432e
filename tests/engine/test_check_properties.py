"""Properties of check() over generated mail made of the registry's own words (hypothesis)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from guard.engine import check
from guard.policy.verdict import ACTIONS, strongest

from .conftest import message

FILLER = ["Hello,", "thanks for your mail.", "we", "can", "offer", "the", "price", "is", "per", "set", "order",
          "next", "month", "our", "customer", "another", "client", "in", "Sydney", "also", "buys", "和", "我们的客户",
          "价格", "each", "containers", ".", ",", "\n", "USD", "pcs", "2", "500", "14.90", "1,000"]
# SPEC section 4's lists; "recipients" is where R6 (about To/Cc, not a text) points.
KINDS = {"name", "domain", "contact", "product", "price", "quantity", "third-party", "recipients", "forwarded",
         "unread"}
WHERES = {"subject", "body", "quoted", "recipients"}


def words_of(registry):
    """Every name, alias, domain, contact, product name and deal figure of the registry, by account."""
    per: dict[str, list[str]] = {}
    for a in registry.accounts:
        ws = [a.name, *a.aliases, *a.domains]
        ws += [c.name for c in a.contacts] + [c.email for c in a.contacts]
        for d in a.deals:
            ws += [f"{d.currency} {d.price}", f"{d.quantity} {d.unit}", d.sku]
        per[a.id] = [w for w in ws if w]
    products = [n for p in registry.products for n in p.names]
    return per, products


@st.composite
def prose(draw, vocabulary):
    return " ".join(draw(st.lists(st.sampled_from(vocabulary), min_size=1, max_size=30)))


SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@SETTINGS
@given(data=st.data())
def test_mail_to_one_account_alone_has_no_finding_about_it(data, registry, index, policy):
    per, products = words_of(registry)
    acc = data.draw(st.sampled_from(sorted(a.id for a in registry.accounts if a.contacts)))
    to = next(a for a in registry.accounts if a.id == acc).contacts[0].email
    text = data.draw(prose(per[acc] + products + FILLER))
    v = check(message(text, to=(to,)), index, policy)
    assert acc not in {f.account for f in v.findings}


@SETTINGS
@given(data=st.data())
def test_internal_only_mail_passes(data, registry, index, policy):
    per, products = words_of(registry)
    text = data.draw(prose([w for ws in per.values() for w in ws] + products + FILLER))
    assert check(message(text, to=("sales@bluewave-kw.cn",)), index, policy).verdict == "pass"


@SETTINGS
@given(data=st.data())
def test_the_verdict_is_the_strongest_finding_and_every_finding_is_well_formed(data, registry, index, policy):
    per, products = words_of(registry)
    vocabulary = [w for ws in per.values() for w in ws] + products + FILLER
    text = data.draw(prose(vocabulary))
    subject = data.draw(prose(vocabulary))
    to = data.draw(st.lists(st.sampled_from(["buyer@prospect-example.com", "olivia@maplecrest.ca",
                                             "ingrid@fjordhome.no", "noah@kookaburrakitchen.com.au"]),
                            min_size=1, max_size=3, unique=True))
    msg = message(text, to=tuple(to), subject=subject)
    v = check(msg, index, policy)
    assert v.verdict == strongest(f.action for f in v.findings)
    texts = {p.where: p.text for p in msg.parts}
    for f in v.findings:
        assert f.kind in KINDS and f.action in ACTIONS and f.action != "pass"
        assert f.where in WHERES or f.where.startswith("attachment:")
        if f.where in texts and f.end > f.start:
            assert texts[f.where][f.start:f.end] == f.text  # offsets slice the part's text
