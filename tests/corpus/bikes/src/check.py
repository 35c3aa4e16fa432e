"""Self-check: parse everything, list registry hits per message next to its label."""
import io, json, os, re, sys, tomllib, zipfile, unicodedata
from email import policy
from email.parser import BytesParser

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
reg = tomllib.load(open(os.path.join(ROOT, "registry.toml"), "rb"))
skus = {p["sku"] for p in reg["products"]}
ids = {a["id"] for a in reg["accounts"]}
errs = []
for a in reg["accounts"]:
    for c in a.get("competitors", []):
        if c not in ids: errs.append(f"{a['id']}: unknown competitor {c}")
    for d in a.get("deals", []):
        if d["sku"] not in skus: errs.append(f"{a['id']}: unknown sku {d['sku']}")
print("registry:", len(reg["products"]), "products,", len(ids), "accounts,",
      sum(len(a.get('deals', [])) for a in reg["accounts"]), "deals; errors:", errs or "none")


def norm(s):
    s = unicodedata.normalize("NFKC", s).casefold()
    return re.sub(r"[\W_]+", "", s)


def att_text(name, data, ctype):
    n = name.lower()
    try:
        if n.endswith(".xlsx"):
            import openpyxl
            wb = openpyxl.load_workbook(io.BytesIO(data))
            return "\n".join(f"[{ws.title}] " + " ".join(str(c) for r in ws.iter_rows(values_only=True) for c in r if c is not None) for ws in wb)
        if n.endswith(".docx"):
            import docx
            d = docx.Document(io.BytesIO(data))
            t = [p.text for p in d.paragraphs]
            for tb in d.tables:
                for r in tb.rows:
                    t.append(" | ".join(c.text for c in r.cells))
            return "\n".join(t)
        if n.endswith(".pdf"):
            import pypdf
            r = pypdf.PdfReader(io.BytesIO(data))
            if r.is_encrypted:
                return "<<ENCRYPTED PDF>>"
            return "\n".join(pg.extract_text() or "" for pg in r.pages)
        if n.endswith(".zip"):
            zipfile.ZipFile(io.BytesIO(data)).testzip(); return "<<zip ok>>"
        if n.endswith(".csv"):
            return data.decode("utf-8-sig")
        if n.endswith(".png"):
            return "<<image>>"
    except Exception as e:
        return f"<<UNREADABLE {type(e).__name__}>>"
    return ""


def text_of(msg):
    out = []
    for k in ("Subject",):
        out.append(str(msg[k]))
    for part in msg.walk():
        ct = part.get_content_type()
        if ct == "message/rfc822":
            inner = part.get_payload(0)
            out.append("[EML] " + " ".join(f"{h}: {inner[h]}" for h in ("From", "To", "Subject")))
            continue
        if part.is_multipart():
            continue
        fn = part.get_filename()
        if fn:
            out.append(f"[ATT {fn}] " + att_text(fn, part.get_payload(decode=True), ct))
        elif ct.startswith("text/"):
            try:
                out.append(part.get_content())
            except Exception as e:
                out.append(f"<<UNDECODABLE {part.get_content_charset()} {type(e).__name__}>>")
    return "\n".join(out)


labels = [json.loads(l) for l in open(os.path.join(ROOT, "labels.jsonl"), encoding="utf-8")]
from collections import Counter
ce, cr = Counter(), Counter()
for lab in labels:
    p = os.path.join(ROOT, lab["message"])
    assert os.path.exists(p), p
    for a in lab["accounts"]:
        assert a in ids, (lab["message"], a)
    ce[lab["expect"]] += 1
    for r in lab["rules"]:
        cr[r] += 1
    msg = BytesParser(policy=policy.default).parse(open(p, "rb"))
    rcpt = " ".join(str(msg[h] or "") for h in ("To", "Cc", "Bcc"))
    body = text_of(msg)
    nb = norm(body)
    hits = []
    for a in reg["accounts"]:
        names = [a["name"]] + a.get("aliases", [])
        found = [n for n in names if norm(n) and (norm(n) in nb if re.search(r"[^\x00-\u024f]", n) else
                 re.search(r"(?<![a-z0-9])" + r"[\W_]*".join(map(re.escape, norm(n))) + r"(?![a-z0-9])", body.casefold()))]
        found += [d for d in a.get("domains", []) if d.lower() in body.lower()]
        found += [c["name"] for c in a.get("contacts", []) if norm(c["name"]) in nb]
        found += [c["email"] for c in a.get("contacts", []) if c["email"].lower() in body.lower()]
        figs = []
        for d in a.get("deals", []):
            pr = f"{d['price']:.2f}"
            iv = pr.rstrip("0").rstrip(".")
            pats = [re.escape(pr), re.escape(pr.replace(".", ","))]
            if "." in iv: pats.append(re.escape(iv)); pats.append(re.escape(iv.replace(".", ",")))
            else: pats += [r"(?:USD|EUR|US\$|\$|€)\s?" + iv, iv + r"\s?(?:USD|EUR|美金|美元|доллар|欧元)"]
            if any(re.search(r"(?<![\d.,])" + v + r"(?![\d])", body) for v in pats):
                figs.append(f"{d['sku']}@{pr}")
        inr = any(d in rcpt for d in a.get("domains", []) + a.get("partners", []))
        if found or figs:
            hits.append(f"{a['id']}{'(RCPT)' if inr else ''}:{'/'.join(sorted(set(found)))}{' $' + ','.join(figs) if figs else ''}")
    flags = re.findall(r"<<[^>]+>>", body)
    print(f"{lab['message'][9:13]} {lab['expect']:4} {','.join(lab['rules']):12} acc={','.join(lab['accounts'])}")
    print("      hits:", "; ".join(hits) or "-", " ".join(flags))
print("expect:", dict(ce)); print("rules:", dict(sorted(cr.items())))
