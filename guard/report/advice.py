"""The sender's texts per language, as data: rules/advice/<lang>.toml, one file a language.

A draft's language is the first file (other than the English fallback) whose `[detect] chars`
make up at least `share` of the letters of what the sender wrote.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from guard.errors import GuardError
from guard.mail.model import Message
from guard.policy.rules import DEFAULT_DIR

FALLBACK = "en"
_SECTIONS = ("consequence", "headline", "place", "why", "tie", "fix", "neutral", "note")


@dataclass(frozen=True)
class Advice:
    """One language's texts; `say("fix", "name", account=...)` fills a template."""

    language: str
    texts: dict[str, dict[str, str]]
    chars: re.Pattern | None
    share: float

    def say(self, section: str, key: str, **values: str) -> str:
        template = self.texts.get(section, {}).get(key)
        if template is None:
            template = load_advice(None)[FALLBACK].texts.get(section, {}).get(key, "")
        try:
            return template.format(**values)
        except (KeyError, IndexError, ValueError):
            return template


def advice_dir(policy_source: str | None) -> Path:
    """rules/advice beside the policy's default.toml, else guard's own."""
    if policy_source:
        d = Path(policy_source).parent / "advice"
        if d.is_dir():
            return d
    return DEFAULT_DIR / "advice"


@lru_cache(maxsize=8)
def load_advice(directory: Path | None) -> dict[str, Advice]:
    d = directory or DEFAULT_DIR / "advice"
    out: dict[str, Advice] = {}
    for path in sorted(d.glob("*.toml")):
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as e:
            raise GuardError(f"{path}: {e}") from None
        lang = str(data.get("language") or path.stem)
        detect = data.get("detect", {})
        try:
            chars = re.compile(detect["chars"]) if detect.get("chars") else None
        except re.error as e:
            raise GuardError(f"{path}: [detect] chars: {e}") from None
        texts = {s: {k: str(v) for k, v in data.get(s, {}).items()} for s in _SECTIONS}
        out[lang] = Advice(lang, texts, chars, float(detect.get("share", 0.0)))
    if FALLBACK not in out:
        raise GuardError(f"{d}: no {FALLBACK}.toml (the fallback language)")
    return out


def language_of(text: str, languages: dict[str, Advice]) -> Advice:
    letters = sum(1 for c in text if c.isalpha())
    if letters:
        for adv in languages.values():
            if adv.chars is not None and len(adv.chars.findall(text)) >= adv.share * letters:
                return adv
    return languages[FALLBACK]


def sender_text(message: Message) -> str:
    """What the sender wrote: the subject and the new body text."""
    return "\n".join(p.text for p in message.parts if p.origin == "new" and not p.document) or message.subject


def advice_for(message: Message, policy_source: str | None = None) -> Advice:
    return language_of(sender_text(message), load_advice(advice_dir(policy_source)))
