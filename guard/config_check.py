"""`guard config check CONFIG`: everything `guard serve`, `web` and `watch` would refuse at
start-up, found without starting any of them (like `postfix check` or `nginx -t`).

Each section goes through the validator its adapter uses at start-up, so the check and the
start cannot disagree; the first problem of each section is reported with the file and line
of its key. Nothing is written: a missing console key file or SQLite store is only noted.
"""

from __future__ import annotations

import logging
import os
import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import click

from guard.clitools import Failed
from guard.config import KNOWN_SECTIONS, Config
from guard.errors import GuardError, RegistryError

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 3


@dataclass(frozen=True)
class Problem:
    level: str  # "error" | "warning"
    line: int | None
    text: str


def key_line(text: str, section: str, key: str) -> int | None:
    """The line of `key = ...` inside [section] (or [[section.x]]), 1-based; None if absent."""
    current = ""
    for n, line in enumerate(text.splitlines(), 1):
        head = re.match(r"\s*\[\[?\s*([\w.-]+)\s*\]\]?", line)
        if head:
            current = head.group(1).split(".")[0]
            if key == "" and current == section:
                return n
            continue
        m = re.match(r"\s*([\w-]+)\s*=", line)
        if m and current == section and m.group(1) == key:
            return n
    return None


def _keys(table: object) -> set[str]:
    keys: set[str] = set()
    if isinstance(table, dict):
        for k, v in table.items():
            keys.add(k)
            if isinstance(v, (dict, list)):
                keys |= _keys(v)
    elif isinstance(table, list):
        for v in table:
            keys |= _keys(v)
    return keys


def locate(text: str, data: dict, section: str, message: str) -> int | None:
    """The line a validator's message is about: the first key of `section` it names."""
    named = [k for k in _keys(data.get(section, {})) if re.search(rf"(?<![\w-]){re.escape(k)}(?![\w-])", message)]
    for k in sorted(named, key=message.find):
        n = key_line(text, section, k)
        if n is not None:
            return n
    return key_line(text, section, "")


class Checker:
    def __init__(self, path: Path, text: str, data: dict, *, check_store: bool):
        self.path, self.text, self.data, self.check_store = path, text, data, check_store
        self.cfg = Config(path, data)
        self.problems: list[Problem] = []
        self.notes: list[str] = []

    def _strip(self, message: str) -> str:
        where = f"{self.cfg.where}: "
        return message[len(where):] if message.startswith(where) else message

    def run(self, section: str, fn: Callable[[], str | None]) -> None:
        """One section's validator; a secret's unset environment variable is a warning (systemd's
        EnvironmentFile may set it), and the rest of the section is checked as if it were set."""
        placeholders: list[str] = []
        try:
            while True:
                try:
                    note = fn()
                    break
                except RegistryError as e:
                    self.problems.extend(Problem("error", None, p) for p in e.problems)
                    return
                except GuardError as e:
                    msg = self._strip(str(e))
                    unset = re.search(r"names (\w+), which is not set", msg)
                    level = "warning" if unset else "error"
                    self.problems.append(Problem(level, locate(self.text, self.data, section, msg), msg))
                    if not unset or unset.group(1) in os.environ:
                        return
                    os.environ[unset.group(1)] = "placeholder"
                    placeholders.append(unset.group(1))
        finally:
            for name in placeholders:
                os.environ.pop(name, None)
        if note:
            self.notes.append(note)

    # ---- the sections ----------------------------------------------------------------------

    def registry(self) -> str | None:
        from guard.registry.load import load_registry

        path = self.cfg.registry_file
        if path is None:
            return self._registry_in_store()
        if not path.is_file():
            raise GuardError(f"[registry] file: no such file {path.resolve()}")
        reg = load_registry(path)
        return f"registry: {path} ({len(reg.accounts)} accounts, {len(reg.products)} products)"

    def _registry_in_store(self) -> str:
        from guard.registry.tables import active_document
        from guard.store.db import Store, missing_sqlite_file

        if not self.check_store:
            return "registry: the one imported into the store (not connected: --no-store)"
        url = self.cfg.store_url
        missing = f"[registry] file is not set and the store {url} holds no registry: set file, or run " \
                  "`guard registry import FILE`"
        if missing_sqlite_file(url) is not None:
            raise GuardError(missing)
        store = Store(url)
        try:
            doc = active_document(store)
        except GuardError:
            return "registry: the one imported into the store (the store is unreachable, see [store])"
        finally:
            store.engine.dispose()
        if doc is None:
            raise GuardError(missing)
        return f"registry: store document {doc.id} ({doc.accounts} accounts, imported {doc.imported_at:%Y-%m-%d %H:%M})"

    def rules(self) -> str:
        from guard.policy.rules import load_policy

        policy = load_policy(self.cfg.rules_dir, self.cfg.section("rules").get("actions"))
        unknown = sorted(set(self.cfg.section("rules")) - {"dir", "actions"})
        if unknown:
            raise GuardError(f"[rules] unknown key {unknown[0]!r} (known: actions, dir)")
        acts = []
        for rid, rule in sorted(policy.rules.items(), key=lambda kv: int(kv[0][1:])):
            by_cause = ",".join(f"{c}={a}" for c, a in rule.unread_actions)
            acts.append(f"{rid}={rule.action}" + (f"({by_cause})" if by_cause else ""))
        return f"rules: {self.cfg.rules_dir or 'built-in'}: " + " ".join(acts)

    def limits(self) -> None:
        from guard.mail.limits import Limits

        Limits.from_section(self.cfg.section("limits"))

    def ner(self) -> str | None:
        import importlib.util

        from guard.detect.ner import DEFAULT_MODEL

        sec = self.cfg.section("ner")
        unknown = sorted(set(sec) - {"enabled", "model"})
        if unknown:
            raise GuardError(f"[ner] unknown key {unknown[0]!r} (known: enabled, model)")
        if not isinstance(sec.get("enabled", False), bool):
            raise GuardError("[ner] enabled must be true or false")
        if sec.get("enabled"):
            model = sec.get("model") or DEFAULT_MODEL
            if importlib.util.find_spec("spacy") is None or importlib.util.find_spec(model) is None:
                raise GuardError(f"[ner] model {model!r} is not installed: pip install -r requirements-ner.txt")
            return f"ner: {model}"
        return None

    def store(self) -> str:
        from guard.store.db import Store, missing_sqlite_file
        from guard.store.migrate import current_revision, head_revision
        from guard.store.retention import retention_settings

        keep = retention_settings(self.cfg)
        days = lambda d: "for ever" if d is None else f"{d:g} days"  # noqa: E731
        kept = f"; raw messages kept {days(keep.raw_days)}, log rows {days(keep.log_days)}"
        url = self.cfg.store_url
        store = Store(url)
        if not self.check_store:
            return f"store: {store.display_url} (not connected: --no-store){kept}"
        if missing_sqlite_file(url) is not None:
            return f"store: {store.display_url} does not exist yet (guard db upgrade creates it){kept}"
        try:
            have, want = current_revision(store), head_revision()
        except GuardError as e:
            raise GuardError(f"[store] url: {e}") from None
        finally:
            store.engine.dispose()
        if have != want and store.is_sqlite and have is not None:
            # an older SQLite file: a start may migrate it itself; say so, do not refuse the start
            self.problems.append(Problem("warning", locate(self.text, self.data, "store", "url"),
                                         f"[store] url: {store.display_url} is at schema {have}, guard needs {want}: "
                                         f"run `guard db upgrade --config {self.path}`"))
        elif have != want:
            raise GuardError(f"[store] url: {store.display_url} is at schema {have or 'none (empty)'}, guard needs "
                             f"{want}: run `guard db upgrade --config {self.path}`")
        return f"store: {store.display_url} (schema {have}){kept}"

    def relay(self) -> str | None:
        from guard.relay.config import relay_settings

        if "relay" not in self.data:
            return None
        s = relay_settings(self.cfg)
        return f"relay: listen {s.listen_host}:{s.listen_port}, upstream {s.upstream.address}"

    def metrics(self) -> str:
        from guard.metrics import metrics_settings

        m = metrics_settings(self.cfg)
        return f"metrics: {'off' if m.listen_host is None else f'{m.listen_host}:{m.listen_port}'}"

    def web(self) -> str | None:
        from guard.web.settings import settings_from_config

        if "web" not in self.data:
            return None
        web = dict(self.cfg.section("web"))
        key = web.get("secret_key_file")
        note = ""
        if isinstance(key, str) and not self.cfg.resolve(key).exists():
            web.pop("secret_key_file")  # validated, not created: `guard web` makes it on first start
            note = f" (secret_key_file {self.cfg.resolve(key)} is created on first start)"
        logging.getLogger("guard.web.settings").disabled = True
        try:
            s = settings_from_config(Config(self.path, self.data | {"web": web}))
        finally:
            logging.getLogger("guard.web.settings").disabled = False
        return f"web: listen {s.host}:{s.port}{note}"

    def watch(self) -> str | None:
        from guard.watch.config import watch_mailboxes

        if "watch" not in self.data:
            return None
        return f"watch: {len(watch_mailboxes(self.cfg))} mailbox(es)"


def check_file(path: Path, *, check_store: bool = True) -> tuple[list[Problem], list[str]]:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise Failed(f"{path}: no such configuration file") from None
    except (OSError, UnicodeDecodeError) as e:
        raise Failed(f"{path}: cannot read: {e}") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        m = re.search(r"line (\d+)", str(e))
        return [Problem("error", int(m.group(1)) if m else None, f"not valid TOML: {e}")], []
    c = Checker(path, text, data, check_store=check_store)
    for name in sorted(set(data) - KNOWN_SECTIONS):
        c.problems.append(Problem("error", key_line(text, name, ""),
                                  f"unknown section [{name}] (known: {', '.join(sorted(KNOWN_SECTIONS))})"))
    for section in ("registry", "rules", "limits", "ner", "store", "relay", "metrics", "web", "watch"):
        c.run(section, getattr(c, section))
    return c.problems, c.notes


@click.group("config")
def config_group() -> None:
    """Check a configuration file before (re)starting guard with it.

    \b
    guard config check /etc/guard/guard.toml
    """


@config_group.command("check")
@click.argument("config", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--no-store", is_flag=True, help="Do not connect to [store] url (check its form only).")
@click.option("-q", "--quiet", is_flag=True, help="Print problems only, not what was found valid.")
def config_check_cmd(config: Path, no_store: bool, quiet: bool) -> None:
    """Validate CONFIG, its registry and its rules without starting anything.

    Every section is checked the way `guard serve`, `guard web` and `guard watch`
    check it at start-up: keys and values, the registry file (every problem, with
    its line), the rules directory and [rules] actions, [limits], the NER model if
    enabled, and the store (reachable and at the current schema). Problems are
    printed as FILE:LINE: message. Nothing is written or started.

    \b
    Exit status:
      0  valid (warnings, e.g. a secret's environment variable not set here, may be printed)
      1  problems found
      3  usage error, or CONFIG cannot be read
    """
    problems, notes = check_file(config, check_store=not no_store)
    if not quiet:
        for note in notes:
            click.echo(f"  {note}")
    for p in problems:
        where = f"{config}:{p.line}" if p.line else str(config)
        click.echo(f"{where}: {p.level}: {p.text}", err=True)
    errors = sum(p.level == "error" for p in problems)
    if errors:
        click.echo(f"{config}: {errors} problem(s)", err=True)
        raise SystemExit(EXIT_PROBLEMS)
    if not quiet:
        click.echo(f"{config}: OK")
