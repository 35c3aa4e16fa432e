"""Sanity check: every message parses with email.policy.default; print decoded text snippets."""
import email, json, sys, os, hashlib
from email import policy
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
for line in open(os.path.join(ROOT, "labels.jsonl"), encoding="utf-8"):
    l = json.loads(line)
    p = os.path.join(ROOT, l["message"])
    m = email.message_from_bytes(open(p, "rb").read(), policy=policy.default)
    defects = []
    out = [f"S:{m['subject']}"]
    depth = 0
    for part in m.walk():
        defects += [type(d).__name__ for d in part.defects]
        ct = part.get_content_type()
        if part.is_multipart():
            depth += 1; continue
        try:
            if ct.startswith("text/"):
                c = part.get_content()
                out.append(f"{ct}[{len(c)}]:{c[-160:]!r}")
            else:
                c = part.get_payload(decode=True)
                out.append(f"{ct} {part.get_filename()!r} {len(c or b'')}B {(c or b'')[:60]!r}")
        except Exception as e:
            out.append(f"{ct} ERR {e!r}")
    print(l["message"], l["expect"], "mp-levels", depth, "defects", defects)
    for o in out: print("   ", o[:300])
