"""Reading a registry file (SPEC section 1, version 1): TOML by default, a CRM export if `.csv`.

Every problem in the file is reported at once as "FILE:LINE: field: message" in a
RegistryError; nothing is returned from a file with problems.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from guard.errors import RegistryError
from guard.registry.model import Registry
from guard.registry.tomllines import TomlLocator
from guard.registry.validate import build_registry

_AT_LINE = re.compile(r"\s*\(at line (\d+), column (\d+)\)\s*$")
_AT_END = re.compile(r"\s*\(at end of document\)\s*$")


def load_registry(path: str | Path, **csv_options) -> Registry:
    """The validated registry in `path`. A `.csv` file is a CRM export: `csv_options` (base,
    company_name, company_domains, products) say where its company and products come from,
    see guard.registry.csvimport."""
    p = Path(path)
    if p.suffix.lower() == ".csv":
        from guard.registry.csvimport import load_registry_csv

        return load_registry_csv(p, **csv_options)
    if csv_options:
        raise RegistryError([f"{p}: options for CSV imports ({', '.join(sorted(csv_options))}) "
                             "apply only to .csv files"])
    return load_registry_text(read_text(p), str(p))


def load_registry_text(text: str, source: str) -> Registry:
    """The validated registry in TOML `text`; `source` names it in problems (usually the file name)."""
    data, locator = parse_toml(text, source)
    return build_registry(data, locator, source)


def parse_toml(text: str, source: str) -> tuple[dict, TomlLocator]:
    """The parsed document and its line locator; a syntax error is a RegistryError with its line."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise RegistryError([_syntax_problem(str(e), source, text.count("\n") + 1)]) from None
    except (ValueError, RecursionError) as e:  # e.g. an integer of 5,000 digits, arrays nested 1,000 deep
        raise RegistryError([f"{source}: syntax: cannot parse: {e.__class__.__name__}"]) from None
    return data, TomlLocator(text, source)


def read_text(path: Path) -> str:
    """A registry file's text, or a RegistryError saying in one sentence why it cannot be read."""
    try:
        return path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise RegistryError([f"{path}: no such file"]) from None
    except IsADirectoryError:
        raise RegistryError([f"{path}: is a directory, not a registry file"]) from None
    except UnicodeDecodeError as e:
        raise RegistryError([f"{path}: not UTF-8 text (byte {e.start}): save the file as UTF-8"]) from None
    except OSError as e:
        raise RegistryError([f"{path}: cannot read: {e.strerror or e}"]) from None


def _syntax_problem(message: str, source: str, last_line: int) -> str:
    """tomllib's "Invalid value (at line 3, column 7)" as "FILE:3: syntax: Invalid value (column 7)"."""
    m = _AT_LINE.search(message)
    if m:
        return f"{source}:{m.group(1)}: syntax: {message[: m.start()]} (column {m.group(2)})"
    if _AT_END.search(message):
        return f"{source}:{last_line}: syntax: {_AT_END.sub('', message)} (at the end of the file)"
    return f"{source}: syntax: {message}"
