"""Loading and validating the policy in rules/ (fail at start-up, never mid-message)."""

from __future__ import annotations

import re
import string
import tomllib
from dataclasses import dataclass, replace
from pathlib import Path

from guard.cache import cached, digest_files
from guard.detect.figures import FigureRecognizer
from guard.detect.markets import MarketStatements
from guard.detect.numberwords import NumberWords
from guard.detect.phrases import PhraseSet, compile_phrases, untriggered
from guard.errors import RulesError
from guard.policy.refvocab import References, load_references
from guard.policy.verdict import ACTIONS
from guard.registry.tomllines import TomlLocator
from guard.rulesdir import RULES_DIR

RULE_IDS = tuple(f"R{i}" for i in range(1, 11))
OPTIONAL_IDS = ("R11",)  # rules a rules directory may leave out
WAYS = ("check", "watch", "relay")
PLACEHOLDERS = {"account_name", "text", "products", "figure", "competitor", "where", "recipients"}
_RULE_KEYS = {"id", "name", "needs", "action", "competitor_action", "reference_accounts", "explanation",
              "description", "ways", "unread_actions", "replaces", "sender_may_release"}
UNREAD_CAUSES = ("limit", "encrypted", "unsupported", "broken")  # guard.mail.model.Unread.cause
# The shipped policy is package data (guard/rules is the top-level rules/ itself, linked, so the
# company-editable copy in a checkout and the copy in a wheel are the same files).
DEFAULT_DIR = RULES_DIR


@dataclass(frozen=True)
class Rule:
    id: str
    name: str
    action: str
    explanation: str
    reference_accounts: bool = True
    competitor_action: str | None = None
    needs: tuple[str, ...] = ()
    ways: tuple[str, ...] | None = None  # the ways in (check, watch, relay) that run it; None: all
    unread_actions: tuple[tuple[str, str], ...] = ()  # R10: action by cause of the unread content
    replaces: tuple[str, ...] = ()  # rules whose finding on the same words this one's replaces
    sender_may_release: bool = False  # a sender may release a message held by this rule alone (issue 15)

    def action_for(self, cause: str) -> str:
        """The action for unread content of one cause (limit, encrypted, unsupported, broken); else the rule's."""
        return dict(self.unread_actions).get(cause, self.action)

    def explain(self, **values: str) -> str:
        return self.explanation.format_map(_Blank(values))


class _Blank(dict):
    def __missing__(self, key: str) -> str:
        return ""


@dataclass(frozen=True)
class Policy:
    rules: dict[str, Rule]
    phrases: PhraseSet | None
    figures: FigureRecognizer
    source: str = ""
    references: References | None = None
    markets: MarketStatements | None = None  # R9's recogniser, compiled only when R9 is not "pass"

    def rule(self, rule_id: str) -> Rule:
        return self.rules[rule_id]


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise RulesError(f"{path}: no such rules file") from None
    except (UnicodeDecodeError, OSError) as e:
        raise RulesError(f"{path}: {e}") from None


def _parse(path: Path, text: str) -> dict:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise RulesError(f"{path}: {e}") from None


def _read_toml(path: Path) -> dict:
    return _parse(path, _read_text(path))


class _Where:
    """Says "default.toml:42: rule R8: ..." for a key of the Nth [[rule]]."""

    def __init__(self, path: Path, text: str):
        self.path, self._locator = path, TomlLocator(text, str(path))

    def error(self, index: int, key: str | None, message: str) -> RulesError:
        keys: tuple = ("rule", index) + ((key,) if key else ())
        line = self._locator.line_of(keys)
        return RulesError(f"{self.path}{f':{line}' if line else ''}: {message}")


def _load_rule(where: _Where, n: int, raw: dict) -> Rule:
    """The Nth [[rule]]; every key is checked, so none is silently ignored."""
    def fail(key: str | None, message: str) -> RulesError:
        return where.error(n, key, f"rule {rid}: {message}" if rid in known else message)

    known = RULE_IDS + OPTIONAL_IDS
    rid = raw.get("id")
    if rid not in known:
        raise fail("id", f"[[rule]] id must be one of {', '.join(known)}, not {rid!r}")
    unknown = sorted(set(raw) - _RULE_KEYS)
    if unknown:
        raise fail(unknown[0], f"unknown key {unknown[0]!r} (known: {', '.join(sorted(_RULE_KEYS))})")
    expl = raw.get("explanation", "")
    if not isinstance(expl, str) or not expl.strip():
        raise fail("explanation", "explanation must be a non-empty string")
    try:
        names = {f for _, f, _, _ in string.Formatter().parse(expl) if f}
    except ValueError as e:
        raise fail("explanation", f"explanation: {e}") from None
    if names - PLACEHOLDERS:
        raise fail("explanation", f"explanation uses unknown {{{sorted(names - PLACEHOLDERS)[0]}}}")
    try:  # a format spec like {text:d} would only fail mid-message: try it now
        expl.format_map({k: "x" for k in PLACEHOLDERS})
    except (ValueError, KeyError, IndexError, AttributeError) as e:
        raise fail("explanation", f"explanation cannot be filled in: {e}") from None
    for key in ("action", "competitor_action"):
        value = raw.get(key)
        if (key == "action" or value is not None) and value not in ACTIONS:
            raise fail(key, f"{key} must be one of {', '.join(ACTIONS)}, not {value!r}")
    ways = raw.get("ways")
    if ways is not None and (not isinstance(ways, list) or set(ways) - set(WAYS)):
        raise fail("ways", f"ways must be a list of {', '.join(WAYS)}, not {ways!r}")
    replaces = raw.get("replaces", [])
    if not isinstance(replaces, list) or set(replaces) - set(known) or rid in replaces:
        raise fail("replaces", f"replaces must be a list of other rule ids, not {replaces!r}")
    needs = raw.get("needs", [])
    if not isinstance(needs, list) or not all(isinstance(x, str) for x in needs):
        raise fail("needs", "needs must be a list of strings")
    if not isinstance(raw.get("reference_accounts", True), bool):
        raise fail("reference_accounts", "reference_accounts must be true or false")
    if not isinstance(raw.get("sender_may_release", False), bool):
        raise fail("sender_may_release", "sender_may_release must be true or false")
    if "unread_actions" in raw and rid != "R10":
        raise fail("unread_actions", "unread_actions applies to R10 only")
    try:
        unread = _unread_actions(raw.get("unread_actions", {}))
    except ValueError as e:
        raise fail("unread_actions", str(e)) from None
    return Rule(
        id=rid,
        name=str(raw.get("name", rid)),
        action=raw["action"],
        explanation=expl,
        reference_accounts=raw.get("reference_accounts", True),
        competitor_action=raw.get("competitor_action"),
        needs=tuple(needs),
        ways=tuple(ways) if ways is not None else None,
        unread_actions=unread,
        replaces=tuple(replaces),
        sender_may_release=raw.get("sender_may_release", False),
    )


def _unread_actions(table, base: tuple[tuple[str, str], ...] = ()) -> tuple:
    """{limit = "hold", encrypted = "flag", broken = "hold"} checked and merged over `base`; a
    ValueError says what is wrong, for the caller to place (a rules file line, the configuration)."""
    if not isinstance(table, dict):
        raise ValueError("unread_actions must be a table of cause = action")
    merged = dict(base)
    for cause, action in table.items():
        if cause not in UNREAD_CAUSES:
            raise ValueError(f"unread_actions: unknown cause {cause!r} (known: {', '.join(UNREAD_CAUSES)})")
        if action not in ACTIONS:
            raise ValueError(f"unread_actions.{cause} must be one of {', '.join(ACTIONS)}, not {action!r}")
        merged[cause] = action
    return tuple(sorted(merged.items()))


def _load_phrases(directory: Path) -> PhraseSet | None:
    patterns: list[str] = []
    weak: list[str] = []
    triggers: list[str] = []
    if not directory.is_dir():
        raise RulesError(f"{directory}: phrase directory not found")
    for f in sorted(directory.glob("*.toml")):
        data = _read_toml(f)
        defs = data.pop("defs", {})
        words = data.pop("triggers", {}).get("words", [])
        if not isinstance(defs, dict) or not all(isinstance(v, str) for v in defs.values()):
            raise RulesError(f"{f}: [defs] must map names to regular expressions")
        if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
            raise RulesError(f"{f}: [triggers] words must be a list of non-empty strings")
        triggers += [w.lower() for w in words]
        for lang, table in data.items():
            pats = table.get("patterns") if isinstance(table, dict) else None
            if not isinstance(pats, list) or not all(isinstance(p, str) and p for p in pats):
                raise RulesError(f"{f}: [{lang}] patterns must be a list of non-empty strings")
            unknown = set(table) - {"patterns", "figures_only"}
            if unknown:
                raise RulesError(f"{f}: [{lang}] unknown key {sorted(unknown)[0]!r}")
            target = weak if table.get("figures_only") is True else patterns
            for p in pats:
                for name, value in defs.items():
                    p = p.replace("{" + name + "}", value)
                try:
                    re.compile(p, re.IGNORECASE)
                except re.error as e:
                    raise RulesError(f"{f}: [{lang}] bad pattern {p!r}: {e}") from None
                target.append(p)
    if not patterns and not weak:
        return None
    for p in patterns + weak:
        if untriggered(p, tuple(triggers)):
            raise RulesError(f"{directory}: phrase {p!r} contains none of the [triggers] words, so it would "
                             f"never be looked for; add its key word to a [triggers] list")
    return compile_phrases(patterns, weak, triggers)


def load_policy(directory: str | Path | None = None, actions: dict[str, str] | None = None) -> Policy:
    """Read rules/default.toml (and its phrase lists and figure words) from a rules directory.

    `actions` overrides rule actions, e.g. {"R10": "hold"} from the configuration; a table
    moves R10 by cause of the unread content: {"R10": {"limit": "hold", "broken": "hold"}}.
    The compiled policy is cached on disk (guard.cache), keyed by the rule files' contents.
    """
    d = Path(directory) if directory else DEFAULT_DIR
    return cached("policy", _policy_key(d, actions), lambda: _compile_policy(d, actions), patterns=True)


def _policy_key(d: Path, actions) -> str | None:
    """The rule files' digest and the action overrides; None (no caching) where default.toml
    cannot be read, so the build reports why."""
    try:
        data = tomllib.loads((d / "default.toml").read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return None
    # the folder, and the phrase, figure, reference and market files it names wherever they are
    named = [d / str(data[k]) for k in ("phrases", "figures", "references", "markets") if isinstance(data.get(k), str)]
    digest = digest_files([d, *(p for p in named if not p.resolve().is_relative_to(d.resolve()))])
    return None if digest is None else f"{digest}\0{sorted((actions or {}).items(), key=repr)!r}"


def _compile_policy(d: Path, actions) -> Policy:
    path = d / "default.toml"
    text = _read_text(path)
    data = _parse(path, text)
    where = _Where(path, text)
    if data.get("version") != 1:
        raise RulesError(f"{path}: version must be 1")
    unknown = set(data) - {"version", "phrases", "figures", "numbers", "references", "markets", "rule"}
    if unknown:
        raise RulesError(f"{path}: unknown key {sorted(unknown)[0]!r}")
    rules: dict[str, Rule] = {}
    for n, raw in enumerate(data.get("rule", [])):
        rule = _load_rule(where, n, raw)
        if rule.id in rules:
            raise where.error(n, "id", f"rule {rule.id} is defined twice")
        rules[rule.id] = rule
    missing = [r for r in RULE_IDS if r not in rules]
    if missing:
        raise RulesError(f"{path}: rules {', '.join(missing)} are missing")
    for rid, action in (actions or {}).items():
        if rid not in rules:
            raise RulesError(f"[rules] actions: unknown rule {rid!r}")
        r = rules[rid]
        if isinstance(action, dict) and rid == "R10":
            try:
                rules[rid] = replace(r, unread_actions=_unread_actions(action, r.unread_actions))
            except ValueError as e:
                raise RulesError(f"[rules] actions: rule {rid}: {e}") from None
            continue
        if action not in ACTIONS:
            raise RulesError(f"[rules] actions: rule {rid}: action must be one of {', '.join(ACTIONS)}, not {action!r}")
        rules[rid] = replace(r, action=action, unread_actions=())  # a plain action moves every cause
    phrases = _load_phrases(d / str(data.get("phrases", "phrases")))
    vocab = _read_toml(d / str(data.get("figures", "figures.toml")))
    try:
        figures = FigureRecognizer.compile(vocab, NumberWords.load(d / str(data.get("numbers", "numbers"))))
    except (KeyError, TypeError, AttributeError, re.error) as e:
        raise RulesError(f"{d / str(data.get('figures', 'figures.toml'))}: invalid figure vocabulary: {e}") from None
    references = load_references(d / str(data.get("references", "references")))
    markets = None if rules["R9"].action == "pass" else _load_markets(d, d / str(data.get("markets", "markets.toml")))
    return Policy(rules, phrases, figures, str(path), references, markets)


def _load_markets(directory: Path, path: Path) -> MarketStatements:
    """Market words per language from markets.toml; country names from learn/mail.toml."""
    words: list[str] = []
    for lang, table in _read_toml(path).items():
        ws = table.get("words") if isinstance(table, dict) else None
        if not isinstance(ws, list) or not all(isinstance(w, str) and w.strip() for w in ws) or set(table) - {"words"}:
            raise RulesError(f"{path}: [{lang}] must hold only words, a list of non-empty strings")
        words += ws
    countries = _read_toml(directory / "learn" / "mail.toml").get("countries")
    if not isinstance(countries, dict) or not countries:
        raise RulesError(f"{directory / 'learn' / 'mail.toml'}: [countries] must map country names to codes")
    return MarketStatements.compile(words, list(countries))
