"""MIME and document builders for the held-out corpus generator (gen.py).

Messages are assembled byte by byte (not with email.mime) so the corpus has
exact control over charsets, transfer encodings, line endings and header
styles, the way different mail clients write them.  Office and PDF files are
made with openpyxl / python-docx / fpdf2 and normalised so output is
byte-stable across runs.
"""
import base64
import csv
import datetime as dt
import html
import io
import quopri
import re
import zipfile

FIXED = dt.datetime(2026, 1, 1)


# ------------------------------------------------------------------ headers
def enc_word(s, charset="utf-8"):
    """RFC 2047 B-encoding, split so each encoded word stays <= 75 chars."""
    if s.isascii():
        return s
    words, chunk = [], ""
    for ch in s:
        trial = chunk + ch
        if len(base64.b64encode(trial.encode(charset))) + len(charset) + 7 > 75:
            words.append(chunk)
            chunk = ch
        else:
            chunk = trial
    words.append(chunk)
    return "\n ".join(f"=?{charset.upper()}?B?{base64.b64encode(w.encode(charset)).decode()}?="
                      for w in words)


def fmt_addr(person, charset="utf-8"):
    name, email = person
    if not name:
        return email
    if not name.isascii():
        return f"{enc_word(name, charset)} <{email}>"
    if re.search(r"[^\w\s-]", name):
        return f'"{name}" <{email}>'
    return f"{name} <{email}>"


def addr_list(people, charset="utf-8"):
    return ",\n ".join(fmt_addr(p, charset) for p in people)


# ------------------------------------------------------------------ bodies
def encode_body(raw, cte):
    if cte == "base64":
        return base64.encodebytes(raw)
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    return raw


def leaf_text(text, subtype="plain", charset="utf-8", cte="8bit"):
    raw = text.encode(charset)
    if cte in ("7bit", "8bit") and raw.isascii():
        cte = "7bit"
    elif cte == "7bit":
        cte = "quoted-printable"
    head = f'Content-Type: text/{subtype}; charset="{charset}"\nContent-Transfer-Encoding: {cte}\n'
    return head.encode() + b"\n" + encode_body(raw, cte)


def leaf_attachment(filename, mimetype, data):
    if filename.isascii():
        fn_ct, fn_cd = f'name="{filename}"', f'filename="{filename}"'
    else:
        q = "".join(c if c.isascii() and (c.isalnum() or c in "._-") else
                    "".join(f"%{b:02X}" for b in c.encode("utf-8")) for c in filename)
        fn_ct = f'name="{enc_word(filename)}"'
        fn_cd = f"filename*=utf-8''{q}"
    if mimetype == "message/rfc822":
        head = f"Content-Type: message/rfc822; {fn_ct}\nContent-Disposition: attachment; {fn_cd}\n"
        return head.encode() + b"\n" + data
    if mimetype.startswith("text/"):
        head = (f'Content-Type: {mimetype}; charset="utf-8"; {fn_ct}\nContent-Transfer-Encoding: base64\n'
                f"Content-Disposition: attachment; {fn_cd}\n")
    else:
        head = (f"Content-Type: {mimetype}; {fn_ct}\nContent-Transfer-Encoding: base64\n"
                f"Content-Disposition: attachment; {fn_cd}\n")
    return head.encode() + b"\n" + base64.encodebytes(data)


def multipart(subtype, parts, boundary):
    out = [b'Content-Type: multipart/%s;\n\tboundary="%s"\n\n' % (subtype.encode(), boundary.encode())]
    out.append(b"This is a multi-part message in MIME format.\n\n" if subtype == "mixed" else b"")
    for p in parts:
        out.append(b"--%s\n" % boundary.encode())
        out.append(p if p.endswith(b"\n") else p + b"\n")
    out.append(b"--%s--\n" % boundary.encode())
    return b"".join(out)


def to_html(text):
    """Render a plain body as a mail client's HTML: <br> lines, '>' lines in a blockquote."""
    out, quoted = [], False
    for line in text.split("\n"):
        q = line.startswith(">")
        if q and not quoted:
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">')
        if quoted and not q:
            out.append("</blockquote>")
        quoted = q
        body = line.lstrip("> ") if q else line
        out.append((html.escape(body) or "&nbsp;") + "<br>")
    if quoted:
        out.append("</blockquote>")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body><div dir="ltr" style="font-family:Arial,Helvetica,sans-serif;font-size:10.5pt">\n'
            + "\n".join(out) + "\n</div></body></html>\n")


# ------------------------------------------------------------------ documents
def zip_norm(data):
    """Rewrite an OOXML zip with fixed timestamps so regenerated files are identical."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            item = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                item = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>2026-01-01T00:00:00Z", item)
            zi = zipfile.ZipInfo(info.filename, (2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, item)
    return out.getvalue()


def make_xlsx(rows, sheet="Sheet1", widths=None):
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    for r in rows:
        ws.append(list(r))
    for col, w in (widths or {}).items():
        ws.column_dimensions[col].width = w
    wb.properties.created = wb.properties.modified = FIXED
    buf = io.BytesIO()
    wb.save(buf)
    return zip_norm(buf.getvalue())


def make_docx(paras, table=None):
    import docx
    d = docx.Document()
    d.core_properties.created = d.core_properties.modified = FIXED
    for p in paras:
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=0, cols=len(table[0]))
        for r in table:
            for cell, v in zip(t.add_row().cells, r, strict=False):
                cell.text = str(v)
    buf = io.BytesIO()
    d.save(buf)
    return zip_norm(buf.getvalue())


def make_pdf(title, lines, table=None):
    from fpdf import FPDF
    p = FPDF()
    p.set_creation_date(dt.datetime(2026, 1, 1, tzinfo=dt.UTC))
    p.add_page()
    p.set_font("Helvetica", "B", 14)
    p.cell(0, 10, title, new_x="LMARGIN", new_y="NEXT")
    p.set_font("Helvetica", size=10)
    for ln in lines:
        p.multi_cell(0, 6, ln, new_x="LMARGIN", new_y="NEXT")
    if table:
        p.ln(3)
        w = 190 / len(table[0])
        for i, row in enumerate(table):
            p.set_font("Helvetica", "B" if i == 0 else "", 9)
            for v in row:
                p.cell(w, 7, str(v), border=1)
            p.ln(7)
    return bytes(p.output())


def make_csv(rows):
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    return buf.getvalue().encode("utf-8")
