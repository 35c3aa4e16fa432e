"""Checks and normal forms for single registry values: domains, addresses, codes, dates, numbers.

Each checker returns (normal form, None) or (None, "why it is wrong"): the caller
knows where the value came from and turns the reason into a located problem.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata

# ISO 3166-1 alpha-2: every officially assigned code, plus XK (Kosovo, user-assigned but
# used by the EU and most CRMs).
COUNTRIES = frozenset("""
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS
BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE
EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM
HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC
LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA
NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW
SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO
TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW XK
""".split())
_COUNTRY_HINTS = {"UK": "GB", "EL": "GR"}

_LABEL = re.compile(r"^(?!-)[a-z0-9-]{1,63}(?<!-)$")
_LOCAL = re.compile(r"^[^\s@<>(),;:\"\[\]\\]{1,64}$")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_CURRENCY = re.compile(r"^[A-Z]{3}$")
ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9._-]*$")
DISCLOSURES = ("confidential", "reference")


def fold(text: str) -> str:
    """The key two names collide on: NFKC, case-folded, letters and digits only.

    Mirrors SPEC matching ("Maple&Crest" == "MAPLE & CREST"), so names that guard could
    not tell apart in mail are caught when the registry is loaded.
    """
    text = unicodedata.normalize("NFKC", text).casefold()
    return "".join(c for c in text if unicodedata.category(c)[0] in "LN")


def check_domain(value: str, *, strip_www: bool = True) -> tuple[str | None, str | None]:
    """A mail domain or web site: lower-cased, IDN allowed (checked via punycode), www. dropped."""
    d = unicodedata.normalize("NFKC", value.strip()).lower().rstrip(".")
    if not d:
        return None, "is empty"
    if "@" in d:
        return None, "is an e-mail address, not a domain (write only the part after @)"
    if "://" in d or "/" in d:
        return None, "is a URL, not a domain (write only the host name, e.g. example.com)"
    if any(c.isspace() for c in d):
        return None, "contains white space"
    if strip_www and d.startswith("www.") and d.count(".") >= 2:
        d = d[4:]
    if "." not in d:
        return None, "has no dot (a domain looks like example.com)"
    try:
        ascii_form = d.encode("idna").decode("ascii")
        ascii_form.encode("ascii").decode("idna")  # a broken xn-- label does not decode
    except UnicodeError:
        return None, "is not a valid domain name"
    labels = ascii_form.split(".")
    if len(ascii_form) > 253 or not all(_LABEL.match(label) for label in labels):
        return None, "is not a valid domain name (letters, digits and hyphens between dots)"
    if labels[-1].isdigit():
        return None, "is an IP address or ends in a number, not a domain name"
    return d, None


def domain_forms(domain: str) -> tuple[str, ...]:
    """A checked domain and, for an internationalised one, its other spelling (müller.de and
    xn--mller-kva.de): mail headers carry one form, the text of a mail usually the other."""
    try:
        if domain.isascii():
            other = domain.encode("ascii").decode("idna") if "xn--" in domain else domain
        else:
            other = domain.encode("idna").decode("ascii")
    except UnicodeError:
        return (domain,)
    return (domain,) if other == domain else (domain, other)


def check_email(value: str) -> tuple[str | None, str | None]:
    """An address local@domain, lower-cased (guard compares addresses case-insensitively)."""
    v = value.strip()
    local, at, domain = v.rpartition("@")
    if not at or not local:
        return None, "is not an e-mail address (it needs local@domain)"
    if not _LOCAL.match(local):
        return None, "is not an e-mail address (bad characters before @)"
    d, why = check_domain(domain, strip_www=False)
    if why:
        return None, f"is not an e-mail address (its domain {why})"
    return f"{local.lower()}@{d}", None


def check_country(value: str) -> tuple[str | None, str | None]:
    if value in COUNTRIES:
        return value, None
    up = value.strip().upper()
    if up in _COUNTRY_HINTS:
        return None, f"is not an ISO 3166-1 code (use {_COUNTRY_HINTS[up]})"
    if up in COUNTRIES:
        return None, f"must be upper case ({up})"
    return None, "is not an ISO 3166-1 alpha-2 country code (two upper-case letters, e.g. AU)"


def check_currency(value: str) -> tuple[str | None, str | None]:
    if _CURRENCY.match(value):
        return value, None
    if _CURRENCY.match(value.strip().upper()):
        return None, f"must be upper case ({value.strip().upper()})"
    return None, "is not an ISO 4217 currency code (three upper-case letters, e.g. USD)"


def check_date(value: object) -> tuple[str | None, str | None]:
    """yyyy-mm-dd, as a string or a TOML date; a date-time is refused (deals have days, not instants)."""
    if isinstance(value, dt.datetime) or isinstance(value, dt.time):
        return None, "must be a date (yyyy-mm-dd), not a time"
    if isinstance(value, dt.date):
        return value.isoformat(), None
    if not isinstance(value, str):
        return None, "must be a date (yyyy-mm-dd)"
    v = value.strip()
    if not _ISO_DATE.match(v):
        return None, "must be a date written yyyy-mm-dd"
    try:
        dt.date.fromisoformat(v)
    except ValueError:
        return None, "is not a real calendar date"
    return v, None


def check_amount(value: object) -> tuple[int | float | None, str | None]:
    """A price or quantity: a finite, non-negative number (ints stay ints)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        hint = " (write it without quotes)" if isinstance(value, str) else ""
        return None, f"must be a number{hint}"
    if isinstance(value, float) and not math.isfinite(value):
        return None, "must be a finite number"
    if value < 0:
        return None, "must not be negative"
    return value, None
