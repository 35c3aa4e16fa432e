"""The engine: `check(message, index, policy)` and the `Engine` that adapters hold.

check() is pure (no I/O, no clock, no globals): everything costly is compiled
once into the Index and the Policy. Adapters call Engine.check_bytes().
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from guard.errors import GuardError
from guard.mail.limits import Limits
from guard.mail.model import Message
from guard.policy.evaluate import evaluate
from guard.policy.rules import Policy, load_policy
from guard.policy.verdict import Verdict
from guard.registry.index import Index, build_index
from guard.registry.model import Registry


def check(message: Message, index: Index, policy: Policy) -> Verdict:
    """The verdict on one parsed message. Pure and fast: this is the hot path."""
    return evaluate(message, index, policy)


@dataclass(frozen=True)
class CheckResult:
    message: Message
    verdict: Verdict
    elapsed_ms: float
    registry_version: str = ""  # the registry it was checked against (guard.reloading)


class Engine:
    """A compiled registry, a policy and limits: what every adapter needs to check mail."""

    def __init__(self, registry: Registry, policy: Policy | None = None, limits: Limits | None = None,
                 *, ner_model: str | None = None, way: str = "relay", index: Index | None = None):
        """`index`: the registry's index when the caller has it already (guard.registry.compiled)."""
        self.registry = registry
        self.registry_version = ""  # set by whoever knows where the registry came from (guard.reloading)
        self.index = index if index is not None else build_index(registry)
        if ner_model:
            from guard.detect.ner import EntityMatcher

            self.index.entities = EntityMatcher(registry, ner_model)
        self.policy = policy or load_policy()
        r11 = self.policy.rules.get("R11")
        if r11 is not None and r11.action != "pass" and (r11.ways is None or way in r11.ways):
            from guard.detect.unknown_orgs import UnknownOrgs

            self.index.unknown_orgs = UnknownOrgs(registry, nlp=getattr(self.index.entities, "nlp", None))
        self.limits = limits or Limits()
        from guard.mail.quiet import flanker_mime

        flanker_mime()  # import the MIME parser now, not inside the first message's time

    def parse(self, raw: bytes, *, envelope_from: str | None = None,
              envelope_rcpts: tuple[str, ...] | list[str] = ()) -> Message:
        """Raises MessageError when the bytes are not a message at all."""
        from guard.mail.parse import parse_message  # MIME libraries load only for raw input

        return parse_message(raw, envelope_from=envelope_from, envelope_rcpts=tuple(envelope_rcpts),
                             limits=self.limits)

    def check_message(self, message: Message) -> Verdict:
        return check(message, self.index, self.policy)

    def check_bytes(self, raw: bytes, *, envelope_from: str | None = None,
                    envelope_rcpts: tuple[str, ...] | list[str] = ()) -> CheckResult:
        """Parse and check; elapsed_ms covers both. Raises MessageError on unparseable input."""
        t0 = time.perf_counter()
        message = self.parse(raw, envelope_from=envelope_from, envelope_rcpts=envelope_rcpts)
        verdict = self.check_message(message)
        return CheckResult(message, verdict, (time.perf_counter() - t0) * 1000.0, self.registry_version)


def engine_from_config(cfg, store=None, *, registry_file: str | Path | None = None,
                       rules_dir: str | Path | None = None, way: str = "relay") -> Engine:
    """The Engine an adapter uses: the registry from `registry_file`, else [registry] file, else
    the store; rules from `rules_dir`, else [rules] dir, else guard's own; [limits] and [ner]."""
    from guard.registry.compiled import compiled_registry

    limits = Limits.from_section(cfg.section("limits"))
    ner = cfg.section("ner")
    ner_model = None
    if ner.get("enabled"):
        from guard.detect.ner import DEFAULT_MODEL

        ner_model = ner.get("model") or DEFAULT_MODEL
    registry_file = registry_file or cfg.registry_file
    index = None
    if registry_file:
        registry, index = compiled_registry(registry_file)
    else:
        if store is None:
            from guard.store.db import Store, missing_sqlite_file

            url = cfg.store_url
            if missing_sqlite_file(url) is not None:
                raise GuardError(f"no registry: the store {url} does not exist; give --registry FILE, "
                                 f"set [registry] file, or run `guard registry import FILE` first")
            store = Store(url)
        from guard.registry.tables import compiled_registry_from_store  # SQLAlchemy: only for the store

        registry, index = compiled_registry_from_store(store)
    policy = load_policy(rules_dir or cfg.rules_dir, cfg.section("rules").get("actions"))
    return Engine(registry, policy, limits, ner_model=ner_model, way=way, index=index)
