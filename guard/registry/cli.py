"""`guard registry import|list|check`: the customer registry from a file into the store, and back out."""

from __future__ import annotations

import functools
import json
import unicodedata
from dataclasses import asdict
from pathlib import Path

import click

from guard.clitools import Failed, store_url
from guard.errors import GuardError, RegistryError
from guard.registry.dump import registry_to_toml
from guard.registry.load import load_registry, read_text
from guard.registry.model import Registry
from guard.registry.tables import active_document, import_registry, load_registry_from_store
from guard.store.db import Store, missing_sqlite_file


def _guarded(outcome: str = ""):
    """Registry problems are listed one per line, then one closing sentence; other errors in one line."""

    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            try:
                return fn(*args, **kwargs)
            except RegistryError as e:
                if len(e.problems) == 1:
                    raise Failed(e.problems[0] + outcome) from None
                for problem in e.problems:
                    click.echo(problem, err=True)
                n = len(e.problems)
                raise Failed(f"{_count(n, 'problem')} in the registry{outcome}") from None
            except GuardError as e:
                raise Failed(str(e)) from None

        return wrapper

    return decorate


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _summary(registry: Registry) -> str:
    deals = sum(len(a.deals) for a in registry.accounts)
    return f"{_count(len(registry.accounts), 'account')}, {_count(len(registry.products), 'product')}, " \
           f"{_count(deals, 'deal')}"


def _existing_store(url: str) -> Store:
    """A store to read from; a missing SQLite file is an error rather than a new empty database."""
    path = missing_sqlite_file(url)
    if path is not None:
        raise Failed(f"no store at {path}: run `guard registry import FILE` first")
    return Store(url)


def _csv_options(fn):
    """The options that say where a CSV export's company and products come from."""
    options = [
        click.option("--base", type=click.Path(dir_okay=False), metavar="REGISTRY.toml",
                     help="CSV only: take [company] and [[products]] (and accounts not in the CSV) from "
                          "this TOML registry."),
        click.option("--company-name", metavar="NAME", help="CSV only, without --base: the sending company's name."),
        click.option("--company-domain", "company_domains", multiple=True, metavar="DOMAIN",
                     help="CSV only, without --base: an internal mail domain (repeat for more)."),
        click.option("--products", type=click.Path(dir_okay=False), metavar="PRODUCTS.csv",
                     help="CSV only, without --base: products as CSV with columns sku,names (names "
                          "separated by ; or |)."),
    ]
    return functools.reduce(lambda f, option: option(f), reversed(options), fn)


def _load(file: str, base, company_name, company_domains, products) -> Registry:
    csv_options = {k: v for k, v in (("base", base), ("company_name", company_name),
                                      ("company_domains", tuple(company_domains)), ("products", products)) if v}
    if csv_options and Path(file).suffix.lower() != ".csv":
        raise Failed(f"--base, --company-name, --company-domain and --products apply to .csv files, not {file}")
    return load_registry(file, **csv_options)


_CSV_HELP = """
\b
A CSV file is a CRM export: one row per account, or per deal of an account.
Columns (header row; case and spaces ignored; lists separated by ; or |):
  account_id      required; the stable key: a-z 0-9 . _ -
  name            required; the registered name
  aliases         other names mail uses, any script
  country         ISO 3166-1 alpha-2 (e.g. AU)
  domains         mail domains and web sites
  contact_names   contact people, paired by position with
  contact_emails  their addresses
  competitors     account ids
  partners        domains acting for the account (forwarder, agent)
  disclosure      confidential (default) or reference
  sku, price, currency, unit, quantity, date   one deal per row
Rows with the same account_id add deals to one account. The company and the
products come from --base registry.toml (CSV accounts replace same-id accounts
there), or from --company-name, --company-domain and --products products.csv.
"""


@click.group("registry")
def registry_group() -> None:
    """The customer registry: validate a file, import it into the store, list it.

    \b
    guard registry check registry.toml                  validate only
    guard registry import registry.toml                 validate and import (the newest import is active)
    guard registry import crm.csv --base registry.toml  import a CRM export
    guard registry list                                 the active registry's accounts
    """


@registry_group.command("import", help="""Validate FILE and make it the active registry in the store.

FILE is a registry.toml (SPEC section 1) or a CRM export (.csv). Every problem is
listed as FILE:LINE: field: message and nothing is imported (exit status 3).
Earlier imports are kept for audit. The store is --db, else [store] url of
--config, else sqlite:///guard.db in the current directory.
""" + _CSV_HELP)
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--db", metavar="URL", help="SQLAlchemy URL of the store, e.g. postgresql+psycopg://user@host/db.")
@click.option("--config", type=click.Path(dir_okay=False), metavar="FILE", help="guard configuration: use its [store] url.")
@click.option("--dry-run", is_flag=True, help="Validate and report, but import nothing.")
@_csv_options
@_guarded("; nothing was imported")
def import_cmd(file, db, config, dry_run, base, company_name, company_domains, products) -> None:
    registry = _load(file, base, company_name, company_domains, products)
    if dry_run:
        click.echo(f"{file} is valid: {_summary(registry)} (dry run: nothing imported)")
        return
    if Path(file).suffix.lower() == ".csv":
        text = registry_to_toml(registry, comment=f"Imported by guard from {file}.")
    else:
        text = read_text(Path(file))
    store = Store(store_url(config, db))
    store.upgrade()
    import_registry(store, registry, text, str(Path(file).resolve()))
    click.echo(f"imported {_summary(registry)} from {file} into {store.display_url}")


@registry_group.command("check", help="""Validate FILE without importing it.

Prints every problem as FILE:LINE: field: message (exit status 3), or a summary.
""" + _CSV_HELP)
@click.argument("file", type=click.Path(dir_okay=False))
@_csv_options
@_guarded()
def check_cmd(file, base, company_name, company_domains, products) -> None:
    registry = _load(file, base, company_name, company_domains, products)
    click.echo(f"{file} is valid: {_summary(registry)}")


@registry_group.command("list")
@click.option("--db", metavar="URL", help="SQLAlchemy URL of the store (default: sqlite:///guard.db).")
@click.option("--config", type=click.Path(dir_okay=False), metavar="FILE", help="guard configuration: use its [store] url.")
@click.option("--registry", "registry_file", type=click.Path(dir_okay=False), metavar="FILE",
              help="List a registry.toml file instead of the store.")
@click.option("--json", "as_json", is_flag=True, help="Print the accounts as a JSON array, with every field.")
@_guarded()
def list_cmd(db, config, registry_file, as_json) -> None:
    """List the accounts of the active registry (in the store) or of a registry file.

    Columns: id, name, country, disclosure, domains, number of deals, competitors.
    """
    if registry_file and (db or config):
        raise Failed("give either --registry FILE or a store (--db, --config), not both")
    if registry_file:
        registry, origin = load_registry(registry_file), registry_file
    else:
        store = _existing_store(store_url(config, db))
        doc = active_document(store)
        registry = load_registry_from_store(store)
        origin = f"{store.display_url}, document {doc.id} imported {doc.imported_at:%Y-%m-%d %H:%M} " \
                 f"from {doc.source}" if doc else store.display_url
    if as_json:
        click.echo(json.dumps([_account_json(a) for a in registry.accounts], ensure_ascii=False, indent=2))
        return
    rows = [("id", "name", "country", "disclosure", "domains", "deals", "competitors")]
    rows += [(a.id, a.name, a.country or "", a.disclosure, " ".join(a.domains), str(len(a.deals)),
              " ".join(a.competitors)) for a in registry.accounts]
    for line in _table(rows):
        click.echo(line)
    click.echo(f"{_summary(registry)} ({origin})", err=True)


def _account_json(a) -> dict:
    return {"id": a.id, "name": a.name, "aliases": list(a.aliases), "country": a.country,
            "disclosure": a.disclosure, "domains": list(a.domains), "partners": list(a.partners),
            "competitors": list(a.competitors),
            "contacts": [{"name": c.name, "email": c.email} for c in a.contacts],
            "deals": [{k: v for k, v in asdict(d).items() if v is not None} for d in a.deals]}


def _width(text: str) -> int:
    """Columns a terminal uses for `text` (CJK characters take two)."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _table(rows: list[tuple[str, ...]]) -> list[str]:
    widths = [max(_width(r[i]) for r in rows) for i in range(len(rows[0]))]
    return ["  ".join(cell + " " * (w - _width(cell)) for cell, w in zip(row, widths, strict=True)).rstrip()
            for row in rows]


@registry_group.command("learn")
@click.argument("sources", nargs=-1, required=True, metavar="SOURCE...")
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False), metavar="DRAFT.toml",
              help="Where to write the draft registry.")
@click.option("--merge", "merge", type=click.Path(dir_okay=False), metavar="REGISTRY.toml",
              help="Extend this registry: match its products and accounts, add only what is new, report "
                   "prices that differ from it as conflicts.")
@click.option("--config", type=click.Path(dir_okay=False), metavar="FILE",
              help="guard configuration whose [[watch.mailbox]] tables imap:NAME sources name.")
@click.option("--company-domain", "company_domains", multiple=True, metavar="DOMAIN",
              help="The company's own mail domain (repeat for more); default: the registry's, or the most "
                   "common sender domain.")
@click.option("--company-name", metavar="NAME", help="The company's name (default: from its signatures).")
@_guarded("; no draft was written")
def learn_cmd(sources, out, merge, config, company_domains, company_name) -> None:
    """Propose a registry from Sent mail: accounts, contacts, deals, products.

    \b
    SOURCE is an mbox file, a Maildir, a folder of .eml files, or imap:NAME
    (the folder marked \\Sent of the [[watch.mailbox]] NAME in --config) or
    imap:NAME/FOLDER. Examples:
      guard registry learn Sent.mbox --out draft.toml
      guard registry learn imap:sales --config guard.toml --merge registry.toml --out draft.toml

    Every learnt entry carries a "# learnt ..." comment with the message ids it
    came from; competitors are only suggested, as "# competitor?" comments.
    Review the draft (or in the console, /learn), then `guard registry import`.
    """
    from guard.registry.learn import learn
    from guard.registry.learn_sources import open_source
    from guard.registry.learn_write import draft_to_toml
    from guard.registry.load import load_registry_text

    opened = [open_source(s, config) for s in sources]
    base = load_registry(merge) if merge else None
    total = sum(s.count() for s in opened)
    with click.progressbar(length=total, label="reading", file=click.get_text_stream("stderr"),
                           show_pos=True) as bar:
        draft, counts = learn(opened, base=base, company_domains=tuple(d.lower() for d in company_domains),
                              company_name=company_name or "", progress=bar.update)
    header = (f"Draft registry learnt by guard from {', '.join(sources)}: review every entry, then "
              f"`guard registry import`.\n{counts.messages} messages read: {counts.bulk} bulk, "
              f"{counts.internal} internal, {counts.mailings} mailings, {counts.unparsable} unreadable skipped; "
              f"{counts.documents} sales documents, {counts.rows} rows.")
    text = draft_to_toml(draft, header)
    load_registry_text(text, out)  # never write a draft guard itself would refuse
    Path(out).write_text(text, encoding="utf-8")
    new = [la for la in draft.accounts if la.new]
    added = sum(len(la.deals) for la in draft.accounts)
    for conflict in draft.conflicts:
        click.echo(f"conflict: {conflict}", err=True)
    click.echo(f"wrote {out}: {_count(len(new), 'new account')}, {_count(added, 'new deal')}, "
               f"{_count(sum(1 for _, learnt in draft.products if learnt), 'new product')}, "
               f"{_count(len(draft.conflicts), 'conflict')} ({counts.messages} messages)")
