"""Self-check: parse every message, open attachments, list registry names/domains/figures seen."""
import os, sys, io, json, re, tomllib, unicodedata, email, zipfile
from email import policy
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
reg = tomllib.load(open(os.path.join(ROOT, "registry.toml"), "rb"))
ids = {a["id"] for a in reg["accounts"]}
skus = {p["sku"] for p in reg["products"]}
for a in reg["accounts"]:
    for c in a.get("competitors", []):
        assert c in ids, c
    for d in a.get("deals", []):
        assert d["sku"] in skus, d
labels = [json.loads(l) for l in open(os.path.join(ROOT, "labels.jsonl"), encoding="utf-8")]

def norm(s):
    s = unicodedata.normalize("NFKC", s).lower()
    return re.sub(r"[\s\W_]+", "", s)

def html2text(h):
    h = re.sub(r"<[^>]+>", " ", h)
    return h.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"')

def texts(msg, problems, where="body"):
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        fn = part.get_filename()
        if ct == "message/rfc822":
            continue
        if fn is None and ct.startswith("text/"):
            try:
                t = part.get_content()
            except (LookupError, UnicodeError) as e:
                problems.append("unreadable text part: %s" % e); continue
            out.append(html2text(t) if ct == "text/html" else t)
            continue
        data = part.get_payload(decode=True)
        try:
            if fn.endswith(".xlsx"):
                import openpyxl
                wb = openpyxl.load_workbook(io.BytesIO(data))
                for ws in wb:
                    out.append(ws.title)
                    for row in ws.iter_rows(values_only=True):
                        out.append(" ".join("" if v is None else str(v) for v in row))
            elif fn.endswith(".docx"):
                import docx
                d = docx.Document(io.BytesIO(data))
                out += [p.text for p in d.paragraphs]
                for t in d.tables:
                    for r in t.rows:
                        out.append(" ".join(c.text for c in r.cells))
            elif fn.endswith(".pdf"):
                import pypdf
                r = pypdf.PdfReader(io.BytesIO(data))
                if r.is_encrypted:
                    problems.append("encrypted pdf " + fn); continue
                out += [p.extract_text() for p in r.pages]
            elif fn.endswith(".csv"):
                out.append(data.decode(part.get_content_charset() or "utf-8"))
            elif fn.endswith(".eml"):
                pass
        except Exception as e:
            problems.append("unreadable %s: %s" % (fn, type(e).__name__))
    for part in msg.walk():
        if part.get_content_type() == "message/rfc822":
            inner = part.get_payload()[0]
            out.append("[eml] From: %s To: %s" % (inner["From"], inner["To"]))
            out += texts(inner, problems)
    return out

allname = []
for a in reg["accounts"]:
    for n in [a["name"]] + a.get("aliases", []):
        allname.append((a["id"], n))
    for d in a.get("domains", []):
        allname.append((a["id"], d))
    for c in a.get("contacts", []):
        allname.append((a["id"], c["name"])); allname.append((a["id"], c["email"]))
deals = [(a["id"], d) for a in reg["accounts"] for d in a.get("deals", [])]

counts = {}
for L in labels:
    path = os.path.join(ROOT, L["message"])
    assert os.path.exists(path), path
    for acc in L["accounts"]:
        assert acc in ids, acc
    msg = email.message_from_bytes(open(path, "rb").read(), policy=policy.default)
    problems = []
    body = "\n".join([str(msg["Subject"])] + texts(msg, problems))
    nb = norm(body)
    hits = sorted({"%s:%s" % (i, n) for i, n in allname if len(norm(n)) >= 3 and norm(n) in nb})
    figs = []
    for i, d in deals:
        p = ("%.2f" % d["price"]).rstrip("0").rstrip(".")
        if re.search(r"(?<![\d.])%s(?![\d])" % re.escape(p), body):
            figs.append("%s:%s@%s" % (i, d["sku"], p))
        q = d["quantity"]
        if re.search(r"(?<![\d.,])(%d|%s)(?![\d])" % (q, "{:,}".format(q)), body):
            figs.append("%s:%s#%d" % (i, d["sku"], q))
    rcpt = ",".join(a.addr_spec.split("@")[1] for h in ("To", "Cc", "Bcc") for a in (msg[h].addresses if msg[h] else []))
    print("%s %-4s %-18s %-18s rcpt=%s" % (L["message"][9:13], L["expect"], ",".join(L["rules"]), ",".join(L["accounts"]), rcpt))
    print("      names:", "; ".join(hits)[:300])
    if figs: print("      figs:", "; ".join(sorted(set(figs)))[:300])
    if problems: print("      problems:", problems)
    counts[L["expect"]] = counts.get(L["expect"], 0) + 1
print(counts)
rc = {}
for L in labels:
    for r in L["rules"]:
        rc[r] = rc.get(r, 0) + 1
print(dict(sorted(rc.items(), key=lambda x: int(x[0][1:]))))
