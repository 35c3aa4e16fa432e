"""CSV import for CRM exports: the accounts and deals a CRM knows, mapped onto the registry model.

A CRM knows the customers and what they buy, but not the exporter's own company or how
mail refers to each product; those rarely change and come from elsewhere:

  guard registry import accounts.csv --base registry.toml
      [company] and [[products]] come from a TOML registry (SPEC section 1). Accounts in it
      whose id is also in the CSV are replaced by the CSV's (the CRM is the fresher
      source); the others are kept.
  guard registry import accounts.csv --company-name "Xiamen Bluewave" \\
        --company-domain bluewave-kw.cn --products products.csv
      products.csv has the columns sku, names (names separated by ; or |).

accounts.csv: one row per account, or per deal of an account (an "accounts with
opportunities" export). The first row names the columns (case, spaces and hyphens are
ignored: "Account ID" is account_id; the delimiter may be , ; or tab; UTF-8, with or
without a BOM). Lists inside a cell are separated by ; or |.

  account_id      required; the stable key: a-z 0-9 . _ - (e.g. fjordhome)
  name            required; the registered name
  aliases         other names mail uses, in any script (Fjord Home; 峡湾家居)
  country         ISO 3166-1 alpha-2, upper case (NO)
  domains         mail domains and web sites (fjordhome.no)
  contact_names   contact people, paired by position with contact_emails
  contact_emails  their addresses
  competitors     account ids of its competitors (nordkok)
  partners        domains acting for the account: forwarder, agent, sister company
  disclosure      confidential (the default) or reference
  sku             a deal: the product it buys; a row without sku adds no deal
  price, currency, unit, quantity, date    the deal's terms (12.40, USD, pc, 3000, 2026-08-14)

Rows with the same account_id add deals to one account: repeat its other columns or
leave them empty; list columns are merged; a different name, country or disclosure
is an error. Only these columns are allowed: delete others from the export (a
misspelt column would otherwise silently drop data guard needs). Problems are
reported as "FILE:ROW: column: message"; nothing is imported from a file with problems.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from guard.errors import RegistryError
from guard.registry.load import parse_toml, read_text
from guard.registry.model import Registry
from guard.registry.problems import KeyPath, Location, Locator, Problems, dotted
from guard.registry.validate import build_registry

ACCOUNT_COLUMNS = ("account_id", "name", "aliases", "country", "domains", "contact_names", "contact_emails",
                   "competitors", "partners", "disclosure")
DEAL_COLUMNS = ("sku", "price", "currency", "unit", "quantity", "date")
PRODUCT_COLUMNS = ("sku", "names")
_SYNONYMS = {"id": "account_id", "alias": "aliases", "domain": "domains", "contact_name": "contact_names",
             "contact_email": "contact_emails", "competitor": "competitors", "partner": "partners",
             "product_names": "names", "name_list": "names"}
_LISTS = ("aliases", "domains", "competitors", "partners")
_SCALARS = ("name", "country", "disclosure")
_SPLIT = re.compile(r"[;|]")
_NUMBER = re.compile(r"^-?(?:\d+|\d{1,3}(?:,\d{3})+)(?:\.\d+)?$")


def load_registry_csv(path: str | Path, *, base: str | Path | None = None, company_name: str | None = None,
                      company_domains: tuple[str, ...] | list[str] = (),
                      products: str | Path | None = None) -> Registry:
    """The validated registry of a CRM export plus its company and products (see the module docstring)."""
    path = Path(path)
    if base is not None and (company_name or company_domains or products):
        raise RegistryError([f"{path}: give either --base or --company-name/--company-domain/--products, not both"])
    if base is None and not company_name:
        raise RegistryError([f"{path}: a CSV export has no company or products: add --base registry.toml, "
                             "or --company-name NAME (with --company-domain and --products FILE)"])
    sheet = _Sheet.read(path, ACCOUNT_COLUMNS + DEAL_COLUMNS, required=("account_id", "name"))
    locator = _MergedLocator(default=sheet.locator)
    problems = Problems(locator)
    for where, message in sheet.problems:
        problems.add_at(where, message)
    csv_accounts = _accounts(sheet, problems)
    if base is not None:
        base_path = Path(base)
        data, base_locator = parse_toml(read_text(base_path), str(base_path))
        locator.default = locator.company = locator.products = base_locator
        kept = data.get("accounts", [])
        if not isinstance(kept, list):
            problems.add_at(base_locator.locate(("accounts",)), "must be a list of tables")
            kept = []
        replaced = {a["account_id"] for a in sheet.accounts}
        kept_index = [i for i, raw in enumerate(kept) if not (isinstance(raw, dict) and raw.get("id") in replaced)]
        locator.accounts = [(base_locator, i) for i in kept_index]
        csv_accounts = [kept[i] for i in kept_index] + csv_accounts
    else:
        data = {"version": 1, "company": {"name": company_name, "domains": list(company_domains)}}
        locator.company = _OptionLocator()
        if products is not None:
            data["products"], locator.products = _products(Path(products), problems)
    data = dict(data, accounts=csv_accounts)
    locator.accounts.extend((sheet.locator, i) for i in range(len(sheet.accounts)))
    return build_registry(data, locator, str(path), problems)


def _split(cell: str) -> list[str]:
    return [x.strip() for x in _SPLIT.split(cell) if x.strip()]


def _number(cell: str) -> int | float | None:
    c = cell.strip()
    if not _NUMBER.match(c):
        return None
    c = c.replace(",", "")
    return float(c) if "." in c else int(c)


def _accounts(sheet: _Sheet, problems: Problems) -> list[dict]:
    """Rows grouped into account tables (SPEC section 1 shape); deals in row order."""
    out: list[dict] = []
    for row_no, row in sheet.rows:
        account_id = row.get("account_id", "").strip()
        if not account_id:
            problems.add_at(Location(sheet.source, row_no, "account_id"), "must not be empty")
            continue
        i = sheet.account_index(account_id, row_no)
        if i == len(out):
            out.append({"id": account_id, "name": row.get("name", ""), "aliases": [], "domains": [],
                        "competitors": [], "partners": [], "contacts": [], "deals": []})
        acct = out[i]
        for col in _SCALARS:
            value = row.get(col, "").strip()
            if not value:
                continue
            if col not in acct or (col == "name" and not acct["name"].strip()):
                acct[col] = value
                sheet.locator.field_rows[(i, col)] = row_no
            elif acct[col].strip() != value:
                first = sheet.locator.field_rows.get((i, col), sheet.locator.account_rows[i])
                problems.add_at(Location(sheet.source, row_no, col),
                                f'"{value}" differs from "{acct[col].strip()}" on row {first} for {account_id}')
        for col in _LISTS:
            for item in _split(row.get(col, "")):
                if item not in acct[col]:
                    acct[col].append(item)
                    sheet.locator.value_rows.setdefault((i, col, item), row_no)
                    sheet.locator.field_rows.setdefault((i, col), row_no)
        _contacts(sheet, problems, row_no, row, acct, i)
        deal = _deal(sheet, problems, row_no, row)
        if deal is not None:
            sheet.locator.deal_rows[(i, len(acct["deals"]))] = row_no
            acct["deals"].append(deal)
    return out


def _contacts(sheet: _Sheet, problems: Problems, row_no: int, row: dict, acct: dict, i: int) -> None:
    names, emails = _split(row.get("contact_names", "")), _split(row.get("contact_emails", ""))
    if names and emails and len(names) != len(emails):
        problems.add_at(Location(sheet.source, row_no, "contact_emails"),
                        f"{len(names)} contact_names but {len(emails)} contact_emails: they pair by position")
        return
    for k in range(max(len(names), len(emails))):
        contact = {"name": names[k]} if names else {}
        if emails:
            contact["email"] = emails[k]
            sheet.locator.value_rows.setdefault((i, "contacts", emails[k]), row_no)
        if names:
            sheet.locator.value_rows.setdefault((i, "contacts", names[k]), row_no)
        if contact not in acct["contacts"]:
            acct["contacts"].append(contact)


def _deal(sheet: _Sheet, problems: Problems, row_no: int, row: dict) -> dict | None:
    cells = {col: row.get(col, "").strip() for col in DEAL_COLUMNS}
    if not any(cells.values()):
        return None
    deal: dict = {"sku": cells["sku"]}
    for col in ("price", "quantity"):
        if cells[col]:
            number = _number(cells[col])
            if number is None:
                problems.add_at(Location(sheet.source, row_no, col),
                                f'"{cells[col]}" is not a number (write e.g. 1234.50, without currency signs)')
            else:
                deal[col] = number
    deal.update({col: cells[col] for col in ("currency", "unit", "date") if cells[col]})
    return deal


def _products(path: Path, problems: Problems) -> tuple[list[dict], Locator]:
    sheet = _Sheet.read(path, PRODUCT_COLUMNS, required=PRODUCT_COLUMNS)
    for where, message in sheet.problems:
        problems.add_at(where, message)
    products = [{"sku": row.get("sku", ""), "names": _split(row.get("names", ""))} for _, row in sheet.rows]
    sheet.locator.account_rows = {i: row_no for i, (row_no, _) in enumerate(sheet.rows)}
    return products, sheet.locator


class _Sheet:
    """One CSV file: its rows as {column: cell} with their row (line) numbers, and header problems."""

    def __init__(self, source: str):
        self.source = source
        self.rows: list[tuple[int, dict[str, str]]] = []
        self.problems: list[tuple[Location, str]] = []
        self.accounts: list[dict] = []
        self._index: dict[str, int] = {}
        self.locator = _CsvLocator(source)

    @classmethod
    def read(cls, path: Path, columns: tuple[str, ...], required: tuple[str, ...]) -> _Sheet:
        sheet = cls(str(path))
        text = read_text(path)
        first = text.split("\n", 1)[0]
        delimiter = max(",;\t", key=first.count)
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        try:
            header = [_column(h) for h in next(reader, [])]
            sheet._check_header(header, columns, required)
            last = reader.line_num
            for cells in reader:
                row_no, last = last + 1, reader.line_num
                if not any(c.strip() for c in cells):
                    continue
                if len(cells) > len(header):
                    sheet.problems.append((Location(sheet.source, row_no, "row"),
                                           f"{len(cells)} cells but the header names {len(header)} columns"))
                    continue
                sheet.rows.append((row_no, {h: c for h, c in zip(header, cells, strict=False) if h in columns}))
        except csv.Error as e:
            raise RegistryError([f"{path}:{reader.line_num}: csv: {e}"]) from None
        return sheet

    def _check_header(self, header: list[str], columns: tuple[str, ...], required: tuple[str, ...]) -> None:
        for col in header:
            if col not in columns:
                self.problems.append((Location(self.source, 1, col or "(empty)"),
                                      f"unknown column; known: {', '.join(columns)}"))
            elif header.count(col) > 1:
                self.problems.append((Location(self.source, 1, col), "column appears twice"))
        for col in required:
            if col not in header:
                self.problems.append((Location(self.source, 1, col), "missing required column"))

    def account_index(self, account_id: str, row_no: int) -> int:
        """The account a row belongs to, registering it on its first row."""
        if account_id not in self._index:
            self._index[account_id] = len(self.accounts)
            self.accounts.append({"account_id": account_id})
            self.locator.account_rows[len(self.accounts) - 1] = row_no
        return self._index[account_id]


def _column(header: str) -> str:
    name = re.sub(r"[\s-]+", "_", header.strip().lower())
    return _SYNONYMS.get(name, name)


class _CsvLocator:
    """Rows and columns of one CSV file, for paths ("accounts"|"products", i, field, ...)."""

    def __init__(self, source: str):
        self.source = source
        self.account_rows: dict[int, int] = {}
        self.field_rows: dict[tuple[int, str], int] = {}
        self.value_rows: dict[tuple[int, str, str], int] = {}
        self.deal_rows: dict[tuple[int, int], int] = {}

    def locate(self, path: KeyPath, value: object = None) -> Location:
        if len(path) < 2 or not isinstance(path[1], int):
            return Location(self.source, None, dotted(path))
        i, rest = path[1], path[2:]
        row = self.account_rows.get(i)
        if not rest:
            return Location(self.source, row, "row")
        key = rest[0]
        if key == "deals":
            j = rest[1] if len(rest) > 1 else 0
            return Location(self.source, self.deal_rows.get((i, j), row), str(rest[2]) if len(rest) > 2 else "sku")
        column = {"id": "account_id", "contacts": "contact_names"}.get(str(key), str(key))
        if key == "contacts" and rest[-1] == "email":
            column = "contact_emails"
        row = self.value_rows.get((i, str(key), str(value)), self.field_rows.get((i, str(key)), row))
        return Location(self.source, row, column)


class _OptionLocator:
    """Company values given on the command line."""

    def locate(self, path: KeyPath, value: object = None) -> Location:
        option = "--company-domain" if "domains" in path else "--company-name"
        return Location("command line", None, option)


class _MergedLocator:
    """Routes each path to the file its value came from: the CSV, the base TOML, or the options."""

    def __init__(self, default: Locator):
        self.default: Locator = default
        self.company: Locator = default
        self.products: Locator = default
        self.accounts: list[tuple[Locator, int]] = []  # merged index -> (locator, index in that file)

    def locate(self, path: KeyPath, value: object = None) -> Location:
        head = path[0] if path else None
        if head == "company":
            return self.company.locate(path, value)
        if head == "products":
            return self.products.locate(path, value)
        if head == "accounts" and len(path) > 1 and isinstance(path[1], int) and path[1] < len(self.accounts):
            locator, index = self.accounts[path[1]]
            return locator.locate(("accounts", index) + path[2:], value)
        return self.default.locate(path, value)
