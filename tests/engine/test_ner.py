"""Optional statistical NER: account names in forms the registry does not list."""

from __future__ import annotations

import importlib.util

import pytest

from guard.detect.ner import DEFAULT_MODEL, compact_key
from guard.engine import Engine
from guard.errors import ConfigError

needs_model = pytest.mark.skipif(importlib.util.find_spec(DEFAULT_MODEL) is None,
                                 reason=f"{DEFAULT_MODEL} not installed (scripts/setup installs it)")
MAIL = (b"From: amy@bluewave-kw.cn\r\nTo: ben@prospect-example.com\r\nSubject: refs\r\n\r\n"
        b"We already ship to MapleCrest Housewares Limited in Toronto every month.\r\n")


def test_compact_key_drops_legal_suffixes_and_spacing():
    assert compact_key("Maple Crest Housewares Inc.") == compact_key("MapleCrest Housewares Limited")


@needs_model
def test_ner_finds_an_unlisted_spelling_of_an_account(registry):
    engine = Engine(registry, ner_model=DEFAULT_MODEL)
    v = engine.check_bytes(MAIL).verdict
    assert v.verdict == "flag" and v.accounts == ("maplecrest",)


def test_without_ner_the_unlisted_spelling_is_not_matched(engine):
    v = engine.check_bytes(MAIL).verdict
    assert v.verdict == "pass"


def test_a_missing_pipeline_package_is_a_clear_error_not_a_download(registry):
    with pytest.raises(ConfigError, match="not installed"):
        Engine(registry, ner_model="no_such_pipeline_pkg")
