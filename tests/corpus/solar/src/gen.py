"""Generate messages/ and labels.jsonl for the solar corpus. Run: python3 src/gen.py"""
import os, sys, json, glob, importlib
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import lib
ROOT = os.path.dirname(HERE)
for f in sorted(glob.glob(os.path.join(HERE, "batch*.py"))):
    importlib.import_module(os.path.basename(f)[:-3])
os.makedirs(os.path.join(ROOT, "messages"), exist_ok=True)
for f in glob.glob(os.path.join(ROOT, "messages", "*.eml")):
    os.remove(f)
labels = []
for n, m in enumerate(lib.MSGS, 1):
    data = lib.build(n, m)
    name = "messages/%04d.eml" % n
    with open(os.path.join(ROOT, name), "wb") as fh:
        fh.write(data)
    labels.append({"message": name, "expect": m["expect"], "accounts": m.get("accounts", []),
                   "rules": m.get("rules", []), "why": m["why"]})
with open(os.path.join(ROOT, "labels.jsonl"), "w", encoding="utf-8") as fh:
    for l in labels:
        fh.write(json.dumps(l, ensure_ascii=False) + "\n")
print(len(labels), "messages")
