"""One test per validation rule of the registry file (SPEC section 1).

Each case puts one mistake into an otherwise valid document, on the line marked `# <-`,
and expects exactly one problem naming the file, that line and the field.
"""

from __future__ import annotations

import pytest

from .helpers import document, marked_line, problems_of

CASES = {
    # ---- the document --------------------------------------------------------------------------------
    "version_must_be_1": (dict(version="version = 2 # <-"), "version", "unsupported version 2"),
    "unknown_top_level_key": (dict(top="customers = [] # <-"), "customers", "unknown key"),
    # ---- unknown keys at every level -----------------------------------------------------------------
    "unknown_company_key": (dict(company="website = 'x.cn' # <-"), "company.website", "unknown key"),
    "unknown_product_key": (dict(product="colour = 'blue' # <-"), "products.colour", "unknown key"),
    "unknown_account_key_suggests_spelling": (dict(account="alias = ['H'] # <-"), "accounts.alias",
                                              'did you mean "aliases"'),
    "unknown_deal_key": (dict(deal="discount = 0.1 # <-"), "accounts.deals.discount", "unknown key"),
    "unknown_contact_key": (dict(second='contacts = [ { name = "Kadri", phone = "1" } ] # <-'),
                            "accounts.contacts.phone", "unknown key"),
    # ---- required keys -------------------------------------------------------------------------------
    "product_names_required": (dict(product='[[products]] # <-\nsku = "CUP-1"'), "products",
                               "missing required key names"),
    "product_sku_required": (dict(product='[[products]] # <-\nnames = ["cup"]'), "products",
                             "missing required key sku"),
    "account_name_required": (dict(second='[[accounts]] # <-\nid = "third"'), "accounts",
                              "missing required key name"),
    "account_id_required": (dict(second='[[accounts]] # <-\nname = "Third Ltd"'), "accounts",
                            "missing required key id"),
    "deal_sku_required": (dict(deal="[[accounts.deals]] # <-\nprice = 3"), "accounts.deals",
                          "missing required key sku"),
    # ---- ids, duplicates and references -------------------------------------------------------------
    "id_pattern": (dict(second='[[accounts]]\nid = "Third Co" # <-\nname = "Third"'), "accounts.id",
                   "is not a valid id"),
    "duplicate_account_id": (dict(second='[[accounts]]\nid = "kodu" # <-\nname = "Another Kodu"'),
                             "accounts.id", 'duplicate account id "kodu"'),
    "duplicate_sku": (dict(product='[[products]]\nsku = "MUG-12" # <-\nnames = ["mug twelve"]'),
                      "products.sku", 'duplicate sku "MUG-12"'),
    "product_name_used_by_two_products": (
        dict(product='[[products]]\nsku = "MUG-14"\nnames = ["Stoneware-Mug"] # <-'), "products.names",
        "is already a name of product MUG-12"),
    "alias_shared_by_two_accounts": (dict(second='aliases = ["HARBOURSIDE homewares ltd."] # <-'),
                                     "accounts.aliases", "also a name or alias of account harbourside"),
    "competitor_unknown_id": (dict(second='competitors = ["harboursid"] # <-'), "accounts.competitors",
                              'unknown account id "harboursid" (did you mean "harbourside"?)'),
    "competitor_is_itself": (dict(second='competitors = ["kodu"] # <-'), "accounts.competitors",
                             "cannot compete with itself"),
    "deal_unknown_sku": (dict(second='[[accounts.deals]]\nsku = "MUG-13" # <-'), "accounts.deals.sku",
                         'unknown sku "MUG-13"'),
    # ---- domains and addresses ----------------------------------------------------------------------
    "domain_with_space": (dict(second='partners = ["kodu freight.ee"] # <-'), "accounts.partners",
                          "contains white space"),
    "domain_with_at": (dict(second='domains = ["x@kodu.ee"] # <-'),
                       "accounts.domains", "is an e-mail address"),
    "domain_without_dot": (dict(second='domains = ["localhost"] # <-'), "accounts.domains", "has no dot"),
    "domain_as_url": (dict(second='domains = ["https://kodu.ee/"] # <-'), "accounts.domains", "is a URL"),
    "domain_bad_label": (dict(second='domains = ["-kodu-.ee"] # <-'), "accounts.domains",
                         "is not a valid domain name"),
    "domain_in_list_points_at_its_line": (dict(second='domains = [\n  "kodu.ee",\n  "kodu..ee", # <-\n]'),
                                          "accounts.domains", "is not a valid domain name"),
    "domain_of_two_accounts": (dict(second='domains = ["Harbourside-Homewares.co.uk"] # <-'),
                               "accounts.domains", "also belongs to harbourside"),
    "account_domain_is_company_domain": (dict(second='domains = ["tidewater-ceramics.cn"] # <-'),
                                         "accounts.domains", "also belongs to the company itself"),
    "partner_is_company_domain": (dict(second='partners = ["tidewater-ceramics.cn"] # <-'),
                                  "accounts.partners", "one of the company's own domains"),
    "malformed_email": (dict(second='contacts = [ { name = "Kadri", email = "kadri.kodu.ee" } ] # <-'),
                        "accounts.contacts.email", "is not an e-mail address"),
    "contact_email_of_two_accounts": (
        dict(second='contacts = [\n  { name = "M", email = "MEGAN@harbourside-homewares.co.uk" }, # <-\n]'),
        "accounts.contacts.email", "also a contact of account harbourside"),
    "contact_needs_name_or_email": (dict(second="contacts = [ {} ] # <-"), "accounts.contacts",
                                    "needs a name or an email"),
    # ---- codes, figures, dates -------------------------------------------------------------------------
    "country_two_letters": (dict(second='country = "EST" # <-'), "accounts.country", "ISO 3166-1"),
    "country_upper_case": (dict(second='country = "ee" # <-'), "accounts.country", "must be upper case (EE)"),
    "country_uk_is_gb": (dict(second='country = "UK" # <-'), "accounts.country", "use GB"),
    "currency_three_upper_case_letters": (dict(deal='currency = "£" # <-'), "accounts.deals.currency",
                                          "ISO 4217"),
    "price_not_negative": (dict(deal="quantity = -5 # <-"), "accounts.deals.quantity", "must not be negative"),
    "price_is_a_number_not_a_string": (dict(deal='price = "2.35" # <-'), "accounts.deals.price",
                                       "must be a number (write it without quotes)"),
    "quantity_not_a_boolean": (dict(deal="quantity = true # <-"), "accounts.deals.quantity",
                               "must be a number"),
    "price_finite": (dict(deal="price = nan # <-"), "accounts.deals.price", "must be a finite number"),
    "date_iso": (dict(deal='date = "14/08/2026" # <-'), "accounts.deals.date", "yyyy-mm-dd"),
    "date_real": (dict(deal='date = "2026-02-30" # <-'), "accounts.deals.date", "not a real calendar date"),
    "date_not_a_datetime": (dict(deal="date = 2026-02-03T10:00:00 # <-"), "accounts.deals.date",
                            "not a time"),
    "disclosure_value": (dict(second='disclosure = "public" # <-'), "accounts.disclosure",
                         "must be one of: confidential, reference"),
    # ---- types and strings -----------------------------------------------------------------------------
    "string_where_list_expected": (dict(second='aliases = "Kodu" # <-'), "accounts.aliases",
                                   "must be a list of strings"),
    "number_where_string_expected": (dict(second="country = 37 # <-"), "accounts.country",
                                     "must be a string"),
    "table_where_list_of_tables_expected": (dict(deal="", second='deals = "MUG-12" # <-'),
                                            "accounts.deals", "must be a list of tables"),
    "empty_name": (dict(second='[[accounts]]\nid = "third"\nname = "   " # <-'), "accounts.name",
                   "must not be empty"),
    "empty_string_in_list": (dict(second='aliases = ["Kodu", ""] # <-'), "accounts.aliases",
                             "empty string in list"),
    "name_without_letters_or_digits": (dict(second='aliases = ["&&"] # <-'), "accounts.aliases",
                                       "has no letters or digits"),
}


@pytest.mark.parametrize("slots, field, message", CASES.values(), ids=CASES.keys())
def test_rule_names_file_line_and_field(slots, field, message):
    text = document(**slots)
    problems = problems_of(text)
    expected = f"reg.toml:{marked_line(text)}: {field}: "
    assert len(problems) == 1, problems
    assert problems[0].startswith(expected), problems
    assert message in problems[0]


def test_company_name_is_required():
    text = "version = 1\n[company] # <-\ndomains = ['tidewater-ceramics.cn']\n"
    assert problems_of(text) == [f"reg.toml:{marked_line(text)}: company: missing required key name"]


def test_every_problem_is_reported_at_once_in_file_order():
    text = document(account='country = "au"', deal="price = -1", second='domains = ["kodu ee"]')
    problems = problems_of(text)
    assert [p.split(": ")[1] for p in problems] == ["accounts.country", "accounts.deals.price",
                                                   "accounts.domains"]
    lines = [int(p.split(":")[1]) for p in problems]
    assert lines == sorted(lines)


def test_syntax_error_names_its_line():
    text = document(second='name2 = "unterminated # <-')
    problems = problems_of(text)
    assert len(problems) == 1 and problems[0].startswith(f"reg.toml:{marked_line(text)}: syntax: ")


def test_duplicate_key_is_a_syntax_error_with_its_line():
    text = document(second='id = "again" # <-')
    assert problems_of(text)[0].startswith(f"reg.toml:{marked_line(text)}: syntax: ")
