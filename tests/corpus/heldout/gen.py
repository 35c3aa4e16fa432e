#!/usr/bin/env python3
"""Regenerate the held-out guard corpus: messages/*.eml and labels.jsonl.

The corpus is written for a fictitious Foshan tile exporter (registry.toml)
and is independent of guard's rules and of the sample corpus.  Every message
is written by hand in messages.py; this script assembles the MIME, shuffles
the order with a fixed seed and writes the files.  Deterministic.

Run (needs openpyxl, python-docx, fpdf2, e.g. guard's virtualenv):
    .venv/bin/python tests/corpus/heldout/gen.py
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from build import addr_list, enc_word, leaf_attachment, leaf_text, multipart, to_html  # noqa: E402
from messages import MESSAGES  # noqa: E402

SEED = 20260317


def assemble(m, n, rng):
    cs = m.get("charset", "utf-8")
    hcs = m.get("header_charset", "utf-8" if cs not in ("gbk", "big5") else cs)
    heads = ["From: " + addr_list([m["frm"]], hcs), "To: " + addr_list(m["to"], hcs)]
    if m.get("cc"):
        heads.append("Cc: " + addr_list(m["cc"], hcs))
    if m.get("bcc"):
        heads.append("Bcc: " + addr_list(m["bcc"], hcs))
    heads.append("Subject: " + enc_word(m["subject"], hcs))
    heads.append("Date: " + m["date"].strftime("%a, %d %b %Y %H:%M:%S %z"))
    dom = m["frm"][1].split("@")[1]
    heads.append(f"Message-ID: <{m['date']:%Y%m%d%H%M%S}.{n:04d}.{rng.getrandbits(24):06x}@{dom}>")
    if m.get("reply"):
        heads.append("In-Reply-To: <{}>".format(m["reply"]))
        heads.append("References: <{}>".format(m["reply"]))
    heads.append("MIME-Version: 1.0")
    if m.get("mailer"):
        heads.append(("User-Agent: " if "Thunderbird" in m["mailer"] else "X-Mailer: ") + m["mailer"])

    mode, cte = m.get("mode", "plain"), m.get("cte", "8bit")
    if mode == "plain":
        entity = leaf_text(m["text"], "plain", cs, cte)
    elif mode == "html":
        entity = leaf_text(m["html"], "html", cs, cte)
    else:
        entity = multipart("alternative", [leaf_text(m["text"], "plain", cs, cte),
                                           leaf_text(m.get("html") or to_html(m["text"]), "html", cs,
                                                     m.get("html_cte", "quoted-printable"))],
                           f"00000000{n:04d}{rng.getrandbits(32):08x}")
    if m.get("atts"):
        parts = [entity] + [leaf_attachment(fn, mt, data) for fn, mt, data in m["atts"]]
        entity = multipart("mixed", parts, f"----=_NextPart_{n:04d}_{rng.getrandbits(32):08X}")
    raw = ("\n".join(heads) + "\n").encode("ascii") + entity
    if m.get("crlf"):
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw


def main():
    rng = random.Random(SEED)
    order = list(range(len(MESSAGES)))
    rng.shuffle(order)
    out = os.path.join(HERE, "messages")
    os.makedirs(out, exist_ok=True)
    for f in os.listdir(out):
        if f.endswith(".eml"):
            os.remove(os.path.join(out, f))
    labels = []
    for n, i in enumerate(order, 1):
        m = MESSAGES[i]
        name = f"messages/{n:04d}.eml"
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(assemble(m, n, rng))
        expect, accounts, rules, why = m["label"]
        labels.append({"message": name, "expect": expect, "accounts": sorted(accounts),
                       "rules": list(rules), "why": why})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    counts = {}
    for lab in labels:
        counts[lab["expect"]] = counts.get(lab["expect"], 0) + 1
    print(f"wrote {len(labels)} messages: {counts}")


if __name__ == "__main__":
    main()
