"""Display names and attachment file names are text a reader sees: parts of their own (issue 18.1)."""

from __future__ import annotations

from guard.mail.parse import parse_message

from .conftest import eml


def test_display_names_are_header_parts_that_say_which_address_they_label():
    m = parse_message(eml("display-name-own.eml"))
    names = [(p.where, p.text, p.about) for p in m.parts if p.where.startswith("header:")]
    assert names == [("header:From", "Lily Chen | Xiamen Bluewave Kitchenware", ("lily@bluewave-kw.cn",)),
                     ("header:Reply-To", "Bluewave sales", ("sales@bluewave-kw.cn",)),
                     ("header:To", "Ingrid Dahl (Fjord Home AS)", ("ingrid@fjordhome.no",)),
                     ("header:Cc", "Olivia Grant", ("olivia.grant.home@gmail.com",))]


def test_attachment_file_name_is_a_part_of_its_own_beside_the_content():
    m = parse_message(eml("filename-leak.eml"))
    [name] = [p for p in m.parts if p.where.startswith("filename:")]
    assert (name.where, name.text, name.origin) == ("filename:Nordkok prices 2027.txt", "Nordkok prices 2027.txt", "new")
    assert [p.where for p in m.parts if p.where.startswith("attachment:")] == ["attachment:Nordkok prices 2027.txt"]


def test_another_account_in_a_recipients_display_name_is_found(engine):
    v = engine.check_bytes(eml("display-name-leak.eml")).verdict
    assert v.verdict == "block"  # Nordkök competes with the recipient Fjord Home (R2)
    assert [(f.rule, f.account, f.where) for f in v.findings] == [("R2", "nordkok", "header:To")]


def test_a_display_name_is_never_a_finding_about_its_own_address(engine):
    """The recipient's own account in its name, the sender's company, a contact's name on a private
    address: what the reader's client shows beside each address, said about that address."""
    v = engine.check_bytes(eml("display-name-own.eml")).verdict
    assert [f for f in v.findings if f.where.startswith("header:")] == []


def test_another_account_in_an_attachment_file_name_is_found(engine):
    v = engine.check_bytes(eml("filename-leak.eml")).verdict
    assert v.verdict == "block"
    assert [(f.rule, f.account, f.where, f.text) for f in v.findings] == [
        ("R2", "nordkok", "filename:Nordkok prices 2027.txt", "Nordkok")]


def test_the_recipients_own_account_in_a_file_name_passes(engine):
    assert engine.check_bytes(eml("filename-own.eml")).verdict.verdict == "pass"


def test_one_field_is_one_part_with_a_line_per_name_each_judged_by_its_own_address(engine):
    """The same account's name beside its own address is not a finding; beside another's it is."""
    raw = eml("display-names-two-recipients.eml")
    [to] = [p for p in parse_message(raw).parts if p.where == "header:To"]
    assert to.text == "Fjord Home AS\nOlivia (Fjord Home AS)" and to.about == ("ingrid@fjordhome.no",
                                                                             "olivia@maplecrest.ca")
    found = [(f.account, f.start) for f in engine.check_bytes(raw).verdict.findings if f.where == "header:To"]
    assert found == [("fjordhome", to.text.index("Fjord Home AS", 1))]


def test_a_persons_name_beside_an_address_is_that_persons_even_when_another_account_has_a_namesake(engine):
    from email.message import EmailMessage

    msg = EmailMessage()
    msg["From"] = "Lily Chen <lily@bluewave-kw.cn>"
    msg["To"] = "Olivia Grant <olivia.g@fjordhome.no>"  # a Fjord Home buyer; Maple Crest's contact shares the name
    msg["Subject"] = "samples"
    msg.set_content("Dear Olivia,\nthe samples left today.\nLily\n")
    assert engine.check_bytes(msg.as_bytes()).verdict.findings == ()
