"""Comparing two versions of one text (alternatives, a winmail.dat body beside the mail's):
a later version is kept only where it says something the first does not."""

from __future__ import annotations

import re

from guard.mail.model import Part

_WORD = re.compile(r"\w+")
# What one version shows as a link or an image and another as nothing: left out of the comparison.
_LINKS = re.compile(r"<[^<>\s]{1,2000}>|\[cid:[^\]\s]{0,500}\]|\b(?:https?|mailto):[^\s<>]{1,2000}")


def _words(text: str) -> list[str]:
    return _WORD.findall(_LINKS.sub(" ", text).lower())


def word_stream(parts: list[Part]) -> str:
    """The words of some parts as one space-separated, lower-case stream (layout and markup gone)."""
    return " " + " ".join(_words(" ".join(p.text for p in parts))) + " "


def _word_lines(parts: list[Part]) -> list[str]:
    """Each non-empty line of some parts as a word stream, to look for in another version's stream."""
    lines = []
    for p in parts:
        for line in p.text.splitlines():
            words = _words(line)
            if words:
                lines.append(" " + " ".join(words) + " ")
    return lines


def says_nothing_new(said: str, added: list[Part]) -> bool:
    """True when every line of `added` is already in the word stream `said`."""
    return all(line in said for line in _word_lines(added))
