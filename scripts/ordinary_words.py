"""Regenerate rules/words/ordinary.txt: the ordinary words of the languages the company writes in.

Run by hand (needs `pip install wordfreq`); guard itself only reads the text file, so checking
mail never imports wordfreq. The lists are wordfreq's (CC BY-SA 4.0, Robyn Speer et al.).
"""

from __future__ import annotations

import sys
from pathlib import Path

from wordfreq import top_n_list

SIZES = {"en": 30000, "es": 10000, "fr": 10000, "de": 10000, "pt": 8000, "it": 8000, "nl": 5000, "id": 5000}


def main(out: str = "rules/words/ordinary.txt") -> None:
    words: set[str] = set()
    for lang, n in SIZES.items():
        words |= {w for w in top_n_list(lang, n) if w.isalpha() and len(w) >= 2 and w.isascii()}
    header = ("# Ordinary words (one a line, lower case, ASCII): a registry name made only of these is read\n"
              "# as an account only where written as a name (capitalised) and not in another sense\n"
              "# (rules/senses.toml). From wordfreq's top lists, " + ", ".join(f"{k} {v}" for k, v in SIZES.items())
              + "\n# (CC BY-SA 4.0, Robyn Speer et al.). Regenerate: python scripts/ordinary_words.py\n")
    Path(out).write_text(header + "\n".join(sorted(words)) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(*sys.argv[1:])
