# ruff: noqa: UP031, B905
"""Building blocks for the blind3 corpus generator: attachments, MIME parts, quoting styles.

Kept apart from gen.py so that the message texts there read like mail, not like code.
Everything is deterministic: fixed timestamps inside XLSX/DOCX/PDF, fixed MIME boundaries.
"""
import base64
import datetime as dt
import html
import io
import quopri
import re
import zipfile
from email.header import Header
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.policy import compat32
from email.utils import format_datetime, formataddr

TZ = dt.timezone(dt.timedelta(hours=8))


def D(mo, d, h=10, mi=0, tz=TZ):
    return dt.datetime(2026, mo, d, h, mi, tzinfo=tz)


# ------------------------------------------------------------------ attachments
def _zip_norm(data):
    """Rewrite an OOXML zip with fixed timestamps so the output is byte-stable."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for i in src.infolist():
            zi = zipfile.ZipInfo(i.filename, (2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            b = src.read(i.filename)
            if i.filename == "docProps/core.xml":
                b = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*", rb"\g<1>2026-01-01T00:00:00Z", b)
            z.writestr(zi, b)
    return out.getvalue()


def make_pdf(title, lines, table=None):
    from fpdf import FPDF
    p = FPDF()
    p.set_creation_date(dt.datetime(2026, 1, 1, tzinfo=dt.UTC))
    p.add_page()
    p.set_font("Helvetica", "B", 14)
    p.cell(0, 10, title, new_x="LMARGIN", new_y="NEXT")
    p.set_font("Helvetica", size=9)
    for ln in lines:
        p.multi_cell(0, 5, ln, new_x="LMARGIN", new_y="NEXT")
    if table:
        p.ln(2)
        widths = [190 / len(table[0])] * len(table[0])
        for r, row in enumerate(table):
            p.set_font("Helvetica", "B" if r == 0 else "", 8)
            for w, v in zip(widths, row):
                p.cell(w, 6, str(v), border=1)
            p.ln(6)
    return bytes(p.output())


def make_xlsx(rows, sheet="Sheet1", header_rows=()):
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    for r in header_rows:
        ws.append(r)
    for r in rows:
        ws.append(r)
    wb.properties.created = wb.properties.modified = dt.datetime(2026, 1, 1)
    b = io.BytesIO()
    wb.save(b)
    return _zip_norm(b.getvalue())


def make_docx(paras, table=None, after=()):
    import docx
    d = docx.Document()
    d.core_properties.created = d.core_properties.modified = dt.datetime(2026, 1, 1)
    for p in paras:
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=0, cols=len(table[0]))
        for row in table:
            for c, v in zip(t.add_row().cells, row):
                c.text = str(v)
    for p in after:
        d.add_paragraph(p)
    b = io.BytesIO()
    d.save(b)
    return _zip_norm(b.getvalue())


# ------------------------------------------------------------------ MIME
def text_part(text, subtype, charset, cte):
    raw = text.encode(charset)
    if cte in ("7bit", None):
        cte = "7bit" if max(raw, default=0) < 128 else "quoted-printable"
    part = MIMENonMultipart("text", subtype, charset=charset)
    if cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte == "8bit":
        payload = raw.decode("ascii", "surrogateescape")  # BytesGenerator writes these bytes back unchanged
    else:
        payload = raw.decode("ascii")
    part.set_payload(payload)
    part["Content-Transfer-Encoding"] = cte
    del part["MIME-Version"]  # clients put it on the top-level header only
    return part


def to_html(text, charset):
    """Plain text to the HTML a mail client would write: quotes as blockquote, tab rows as a table."""
    out, quote, table = [], False, False
    for ln in text.split("\n"):
        q = ln.startswith(">")
        if q and not quote:
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">')
            quote = True
        if not q and quote:
            out.append("</blockquote>")
            quote = False
        body = re.sub(r"^>+ ?", "", ln) if q else ln
        if "\t" in body:
            if not table:
                out.append('<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse">')
                table = True
            out.append("<tr>" + "".join("<td>%s</td>" % html.escape(c) for c in body.split("\t")) + "</tr>")
            continue
        if table:
            out.append("</table>")
            table = False
        out.append((html.escape(body) or "&nbsp;") + "<br>")
    if table:
        out.append("</table>")
    if quote:
        out.append("</blockquote>")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head>\n'
            '<body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n%s\n</div></body></html>\n'
            % (charset, "\n".join(out)))


def addr(a, charset="utf-8"):
    name, email = a
    if not name:
        return email
    try:
        name.encode("ascii")
        return formataddr((name, email))
    except UnicodeEncodeError:
        return formataddr((name, email), charset=charset)


def inner_eml(frm, to, subject, date, text, mid, cc=()):
    """A message/rfc822 attachment: a complete earlier mail."""
    p = text_part(text, "plain", "utf-8", "quoted-printable")
    hdr = [("From", addr(frm)), ("To", addr(to))]
    if cc:
        hdr.append(("Cc", ", ".join(addr(c) for c in cc)))
    hdr += [("Subject", subject), ("Date", format_datetime(date)), ("Message-ID", "<%s>" % mid), ("MIME-Version", "1.0")]
    existing = list(p.items())
    for k in list(p.keys()):
        del p[k]
    for k, v in hdr + existing:
        p[k] = v
    return p


ATT_TYPES = {"pdf": ("application", "pdf"),
             "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
             "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")}


def build(m, n):
    """Serialise one message dict to bytes as a mail client would submit it."""
    cs, cte, fmt = m.get("charset", "utf-8"), m.get("cte", "7bit"), m.get("fmt", "plain")
    text = m.get("text", "")
    hcs = "gbk" if cs == "gbk" else "utf-8"
    if fmt == "plain":
        body = text_part(text, "plain", cs, cte)
    elif fmt == "html":
        body = text_part(m.get("html") or to_html(text, cs), "html", cs, cte)
    else:
        body = MIMEMultipart("alternative")
        body.attach(text_part(text, "plain", cs, cte))
        body.attach(text_part(m.get("html") or to_html(text, cs), "html", cs, cte))
    atts = m.get("atts", [])
    if atts:
        msg = MIMEMultipart("mixed")
        msg.attach(body)
        for fn, kind, data in atts:
            if kind == "eml":
                p = MIMEMessage(data)
            elif kind == "csv":
                p = text_part(data, "csv", "utf-8", "base64")
            else:
                p = MIMEApplication(data, ATT_TYPES[kind][1])
            try:
                fn.encode("ascii")
                p.add_header("Content-Disposition", "attachment", filename=fn)
            except UnicodeEncodeError:
                p.add_header("Content-Disposition", "attachment", filename=("utf-8", "", fn))
            del p["MIME-Version"]
            msg.attach(p)
    else:
        msg = body
    hdr = [("From", addr(m["frm"], hcs)), ("To", ", ".join(addr(a, hcs) for a in m["to"]))]
    if m.get("cc"):
        hdr.append(("Cc", ", ".join(addr(a, hcs) for a in m["cc"])))
    if m.get("bcc"):
        hdr.append(("Bcc", ", ".join(addr(a, hcs) for a in m["bcc"])))
    subj = m["subject"]
    try:
        subj.encode("ascii")
        es = subj
    except UnicodeEncodeError:
        es = Header(subj, m.get("subj_cs", hcs)).encode()
    dom = m["frm"][1].split("@")[1]
    hdr += [("Subject", es), ("Date", format_datetime(m["date"])), ("Message-ID", "<%s.%04d@%s>" % (m["tag"], n, dom))]
    if m.get("irt"):
        hdr += [("In-Reply-To", m["irt"]), ("References", m["irt"])]
    ua = m["ua"]
    hdr += [("MIME-Version", "1.0")]
    if ua:
        hdr.append(("User-Agent" if "Thunderbird" in ua else "X-Mailer", ua))
    del msg["MIME-Version"]
    for p in msg.walk() if msg.get_content_type() != "message/rfc822" else []:
        if p.get_content_maintype() == "multipart":
            del p["MIME-Version"]
    for k, p in enumerate(p for p in msg.walk() if p.is_multipart() and p.get_content_type() != "message/rfc822"):
        p.set_boundary("----=_NextPart_%03d_%04X_%s" % (k, n * 37 + 4096, m["tag"].upper().replace("-", "")))
    existing = list(msg.items())
    for k in list(msg.keys()):
        del msg[k]
    for k, v in hdr + existing:
        msg[k] = v
    return msg.as_bytes(policy=compat32.clone(linesep=m.get("linesep", "\n")))


# ------------------------------------------------------------------ quoting and forwarding styles
def _q(body):
    return "\n".join(("> " + ln) if ln else ">" for ln in body.split("\n"))


def gmail_quote(who, date, body):
    return "\n\nOn %s %s <%s> wrote:\n%s\n" % (date.strftime("%a, %b %-d, %Y at %-I:%M %p"), who[0], who[1], _q(body))


def cn_quote(who, date, body):
    return "\n\n在 %s,%s <%s> 写道:\n%s\n" % (date.strftime("%Y年%-m月%-d日 %H:%M"), who[0], who[1], _q(body))


def outlook_reply(who, to, date, subject, body, cc=None):
    cc_line = "Cc: %s\n" % "; ".join("%s <%s>" % c for c in cc) if cc else ""
    return ("\n\n________________________________\nFrom: %s <%s>\nSent: %s\nTo: %s <%s>\n%sSubject: %s\n\n%s\n"
            % (who[0], who[1], date.strftime("%A, %B %-d, %Y %-I:%M %p"), to[0], to[1], cc_line, subject, body))


def outlook_original(who, to, date, subject, body):
    return ("\n\n-----Original Message-----\nFrom: %s [mailto:%s]\nSent: %s\nTo: %s\nSubject: %s\n\n%s\n"
            % (who[0], who[1], date.strftime("%A, %B %-d, %Y %-I:%M %p"), to[0], subject, body))


def gmail_fwd(who, to, date, subject, body):
    return ("\n\n---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s\nSubject: %s\nTo: %s <%s>\n\n%s\n"
            % (who[0], who[1], date.strftime("%a, %b %-d, %Y at %-I:%M %p"), subject, to[0], to[1], body))


def apple_fwd(who, to, date, subject, body):
    return ("\n\nBegin forwarded message:\n\nFrom: %s <%s>\nSubject: %s\nDate: %s\nTo: %s <%s>\n\n%s\n"
            % (who[0], who[1], subject, date.strftime("%-d %B %Y at %H:%M:%S GMT+8"), to[0], to[1], body))


WEEK_ZH = "一二三四五六日"


def foxmail_fwd(who, to, date, subject, body):
    ampm = "上午" if date.hour < 12 else "下午"
    h = date.hour if date.hour <= 12 else date.hour - 12
    return ("\n\n------------------ 原始邮件 ------------------\n发件人: \"%s\"<%s>;\n发送时间: %s(星期%s) %s%d:%02d\n"
            "收件人: \"%s\"<%s>;\n主题: %s\n\n%s\n"
            % (who[0], who[1], date.strftime("%Y年%-m月%-d日"), WEEK_ZH[date.weekday()], ampm, h, date.minute,
               to[0], to[1], subject, body))


def cn_outlook_fwd(who, to, date, subject, body):
    return ("\n\n发件人: %s [mailto:%s]\n发送时间: %s %s\n收件人: %s <%s>\n主题: %s\n\n%s\n"
            % (who[0], who[1], date.strftime("%Y年%-m月%-d日"), date.strftime("%H:%M"), to[0], to[1], subject, body))
