"""Helpers for building the solar corpus deterministically."""
import io, zipfile, datetime, hashlib
from email.message import EmailMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.base import MIMEBase
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email import encoders, policy, utils
from email.header import Header

FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
MSGS = []

MAILERS = {
    "outlook": "Microsoft Outlook 16.0",
    "foxmail": "Foxmail 7.2.25.228[cn]",
    "apple": "Apple Mail (2.3826.400.131.1.6)",
    "qq": "QQMail 2.x",
    "web": None,
    "gmail": None,
}

def M(**kw):
    MSGS.append(kw)

def fixzip(data):
    """Rewrite a zip with fixed timestamps so output is reproducible."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            content = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                import re as _re
                content = _re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)",
                                  rb"\g<1>2026-11-01T08:00:00Z\g<2>", content)
            z.writestr(zi, content)
    return out.getvalue()

FIXED = datetime.datetime(2026, 11, 1, 8, 0, 0)

def xlsx(sheets):
    import openpyxl
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in sheets:
        ws = wb.create_sheet(name)
        for r in rows:
            ws.append(list(r))
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "Brightway"
    b = io.BytesIO(); wb.save(b)
    return fixzip(b.getvalue())

def docx(paras, table=None, table_after=0):
    import docx as d
    doc = d.Document()
    for i, p in enumerate(paras):
        doc.add_paragraph(p)
        if table and i == table_after:
            t = doc.add_table(rows=0, cols=len(table[0]))
            for row in table:
                cells = t.add_row().cells
                for c, v in zip(cells, row):
                    c.text = str(v)
    if table and table_after >= len(paras):
        t = doc.add_table(rows=0, cols=len(table[0]))
        for row in table:
            cells = t.add_row().cells
            for c, v in zip(cells, row):
                c.text = str(v)
    doc.core_properties.created = FIXED
    doc.core_properties.modified = FIXED
    doc.core_properties.author = "Brightway"
    b = io.BytesIO(); doc.save(b)
    return fixzip(b.getvalue())

def pdf(lines, encrypt=None, table=None):
    from fpdf import FPDF
    p = FPDF()
    p.set_creation_date(FIXED.replace(tzinfo=datetime.timezone.utc))
    p.set_producer("fpdf2")
    if encrypt:
        p.set_encryption(owner_password=encrypt + "-owner", user_password=encrypt)
    p.add_font("wqy", "", FONT)
    p.set_font("wqy", size=10)
    p.add_page()
    for ln in lines:
        p.multi_cell(0, 6, ln, new_x="LMARGIN", new_y="NEXT")
    if table:
        with p.table(first_row_as_headings=False) as t:
            for row in table:
                r = t.row()
                for c in row:
                    r.cell(str(c))
    data = bytes(p.output())
    return data

def png():
    # a real tiny PNG (8x8 orange square)
    import zlib, struct
    w = h = 8
    raw = b"".join(b"\x00" + b"\xff\x99\x00" * w for _ in range(h))
    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))

def addr(x):
    """x is 'email' or ('Name', 'email')."""
    if isinstance(x, tuple):
        name, em = x
        try:
            name.encode("ascii")
            return utils.formataddr((name, em))
        except UnicodeEncodeError:
            return utils.formataddr((str(Header(name, "utf-8")), em)) if False else \
                "%s <%s>" % (Header(name, "utf-8").encode(), em)
    return x

LABELS = {"bogus": "x-zs-bw-936ext"}
REAL = {"bogus": "gbk"}

def textpart(body, subtype, charset, cte):
    if charset in ("utf-8",) and cte is None:
        cte = "qp" if any(ord(c) > 127 for c in body) else None
    part = MIMEText("", subtype, None)
    del part["Content-Transfer-Encoding"]
    del part["Content-Type"]
    del part["MIME-Version"]
    label = LABELS.get(charset, charset)
    part["Content-Type"] = '%s; charset="%s"' % ("text/" + subtype, label)
    data = body.encode(REAL.get(charset, charset))
    if cte == "b64":
        import base64
        part["Content-Transfer-Encoding"] = "base64"
        enc = base64.encodebytes(data).decode("ascii")
        part.set_payload(enc)
    elif cte == "qp":
        import quopri
        part["Content-Transfer-Encoding"] = "quoted-printable"
        part.set_payload(quopri.encodestring(data).decode("ascii"))
    elif cte == "8bit":
        part["Content-Transfer-Encoding"] = "8bit"
        part.set_payload(data.decode(REAL.get(charset, charset)))
    else:
        part["Content-Transfer-Encoding"] = "7bit"
        part.set_payload(body)
    return part

CT = {
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
    "csv": "text/csv",
    "png": "image/png",
    "jpg": "image/jpeg",
    "txt": "text/plain",
}

def attpart(a):
    kind = a["kind"]
    fn = a["name"]
    if kind == "eml":
        part = MIMEMessage(a["msg"])
        part.add_header("Content-Disposition", "attachment", filename=fn)
        return part
    if kind == "csv":
        data = a["text"].encode(a.get("charset", "utf-8"))
        part = MIMEBase("text", "csv")
        part.set_param("charset", a.get("charset", "utf-8"))
        part.set_payload(data)
        encoders.encode_base64(part)
    else:
        data = a["data"]
        ct = a.get("ct") or CT[fn.rsplit(".", 1)[1].lower()]
        maj, sub = ct.split("/")
        part = MIMEBase(maj, sub)
        part.set_payload(data)
        encoders.encode_base64(part)
    try:
        fn.encode("ascii")
        part.add_header("Content-Disposition", "attachment", filename=fn)
    except UnicodeEncodeError:
        part.add_header("Content-Disposition", "attachment", filename=("utf-8", "", fn))
    return part

def autohtml(body):
    import html as H
    out, inq = [], False
    for ln in body.split("\n"):
        q = ln.startswith(">") or (ln.startswith("On ") and ln.rstrip().endswith("wrote:")) \
            or (ln.startswith("El ") and ln.rstrip().endswith("escribió:")) or (ln.startswith("Em ") and ln.rstrip().endswith("escreveu:"))
        if q and not inq:
            out.append('<div class="gmail_quote"><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">')
            inq = True
        t = ln[1:].lstrip() if ln.startswith(">") else ln
        out.append(H.escape(t).replace("  ", "&nbsp; ") + "<br>")
    if inq:
        out.append("</blockquote></div>")
    return '<div dir="ltr">' + "\n".join(out) + "</div>"

def build(n, m):
    charset = m.get("charset", "utf-8")
    cte = m.get("cte")
    body = m.get("body")
    html = m.get("html")
    if html is None and body is not None and m.get("client") == "gmail":
        html = autohtml(body)
    if body is not None and html is not None:
        main = MIMEMultipart("alternative")
        main.attach(textpart(body, "plain", charset, cte))
        main.attach(textpart(html, "html", charset, cte))
    elif html is not None:
        main = textpart(html, "html", charset, cte)
    else:
        main = textpart(body, "plain", charset, cte)
    atts = m.get("atts", [])
    if atts:
        root = MIMEMultipart("mixed")
        root.attach(main)
        for a in atts:
            root.attach(attpart(a))
    else:
        root = main
    del root["MIME-Version"]
    hdr = []
    hdr.append(("From", addr(m["frm"])))
    hdr.append(("To", ", ".join(addr(x) for x in m["to"])))
    if m.get("cc"):
        hdr.append(("Cc", ", ".join(addr(x) for x in m["cc"])))
    if m.get("bcc"):
        hdr.append(("Bcc", ", ".join(addr(x) for x in m["bcc"])))
    subj = m["subject"]
    try:
        subj.encode("ascii")
    except UnicodeEncodeError:
        subj = Header(subj, m.get("subj_charset", "utf-8")).encode()
    hdr.append(("Subject", subj))
    d = datetime.datetime.strptime(m["date"], "%Y-%m-%d %H:%M").replace(
        tzinfo=datetime.timezone(datetime.timedelta(hours=8)))
    hdr.append(("Date", utils.format_datetime(d)))
    dom = m["frm"][1].split("@")[1] if isinstance(m["frm"], tuple) else m["frm"].split("@")[1]
    hdr.append(("Message-ID", "<%s.%04d.%s@%s>" % (d.strftime("%Y%m%d%H%M"), n,
                hashlib.sha1(str(n).encode()).hexdigest()[:8], dom)))
    if m.get("irt"):
        hdr.append(("In-Reply-To", m["irt"]))
        hdr.append(("References", m["irt"]))
    hdr.append(("MIME-Version", "1.0"))
    mailer = MAILERS.get(m.get("client", "outlook"))
    if mailer:
        hdr.append(("X-Mailer", mailer))
    for k, v in m.get("headers", []):
        hdr.append((k, v))
    # prepend headers in order
    existing = list(root.items())
    for k in list(root.keys()):
        del root[k]
    for k, v in hdr + existing:
        root[k] = v
    # deterministic boundaries
    i = 0
    for part in root.walk():
        if part.is_multipart():
            i += 1
            part.set_boundary("----=_Part_%04d_%02d_%s" % (n, i, hashlib.md5(("%d/%d" % (n, i)).encode()).hexdigest()[:12]))
    crlf = m.get("crlf", m.get("client") == "outlook" and n % 3 == 0)
    data = root.as_bytes(policy=policy.compat32.clone(linesep="\r\n" if crlf else "\n"))
    return data

def inner(frm, to, subject, date, body, cc=None, charset="utf-8"):
    """A message for attaching as message/rfc822."""
    e = EmailMessage()
    e["From"] = frm
    e["To"] = to
    if cc:
        e["Cc"] = cc
    e["Subject"] = subject
    e["Date"] = date
    e["Message-ID"] = "<%s@%s>" % (hashlib.sha1((frm + subject + date).encode()).hexdigest()[:16], frm.split("@")[-1].strip(">"))
    e.set_content(body, charset=charset)
    return e
