"""Helpers for building the bikes corpus deterministically (fixed dates, ids, boundaries)."""
import base64, datetime as _dt, io, json, re, struct, zipfile, zlib, csv as _csv
from email.message import EmailMessage
from email.header import Header
from email import policy

FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
FIXED = _dt.datetime(2026, 9, 1, 9, 0, 0)
ZIPTIME = (2026, 9, 1, 9, 0, 0)

# --------------------------------------------------------------- people
LILY = "Lily Zhang <lily@fengchi-cycle.com>"
KEVIN = "Kevin Wu <kevin.wu@fengchi-cycle.com>"
CHEN = "陈静 <chenjing@fengchibike.cn>"
SUNNY = "Sunny Ye <sunny.ye@fengchi-cycle.com>"
ANNA = "Anna Lou <anna.lou@fengchi-cycle.com>"
WANG = "王建国 <wang@fengchi-cycle.com>"
DOCS = "Docs Dept <docs@fengchi-cycle.com>"
MAX = "Max Hu <max.hu@fengchi-cycle.com>"

SIG_LILY = """Best regards,
Lily Zhang | Sales Manager
Yongkang Fengchi Cycle Technology Co., Ltd.
No. 88 Chengxi Road, Yongkang, Zhejiang 321300, China
Tel: +86-579-8712 3366  Mob/WhatsApp: +86 138 5791 2046
www.fengchi-cycle.com"""

SIG_KEVIN = """Thanks & Best Regards
Kevin Wu
Fengchi Cycle -- E-bike components & parts
M/WeChat: +86 159 6793 0218"""

SIG_CHEN = """陈静  Chen Jing
外贸部 | 永康风驰车业科技有限公司
电话: 0579-8712 3369  手机: 137 3591 6620
浙江省永康市城西路88号"""

SIG_SUNNY = """Saludos cordiales / Best regards
Sunny Ye | Latin America Sales
Yongkang Fengchi Cycle Technology Co., Ltd.
WhatsApp: +86 135 8898 4471"""

SIG_ANNA = """С уважением,
Анна Лоу / Anna Lou
Fengchi Cycle, отдел продаж СНГ
Тел./WeChat: +86 186 5792 0937"""

SIG_MAX = """Max Hu
Export Sales | Fengchi Cycle
+86 177 5790 3312"""

DISCLAIMER = """
This e-mail and any attachments are confidential and intended solely for the
addressee. If you have received it in error please notify the sender and delete
it. Yongkang Fengchi Cycle Technology Co., Ltd. accepts no liability for viruses."""

WEEK_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
WEEK_CN = ["周一", "周二", "周三", "周四", "周五", "周六", "周日"]
MON_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def dt(m, d, hh=10, mm=0, ss=0, tz="+0800"):
    x = _dt.datetime(2026, m, d, hh, mm, ss)
    return f"{WEEK_EN[x.weekday()]}, {d:02d} {MON_EN[m-1]} 2026 {hh:02d}:{mm:02d}:{ss:02d} {tz}"


# --------------------------------------------------------------- quote headers
def gt(text):
    return "\n".join((">" + (" " + l if l and not l.startswith(">") else l)) for l in text.strip("\n").split("\n"))


def gmail(m, d, hh, mm, who, text):
    x = _dt.datetime(2026, m, d, hh, mm)
    return f"On {WEEK_EN[x.weekday()]}, {d} {MON_EN[m-1]} 2026 at {hh:02d}:{mm:02d}, {who} wrote:\n" + gt(text)


def cngmail(m, d, hh, mm, who, text):
    x = _dt.datetime(2026, m, d, hh, mm)
    return f"在 2026年{m}月{d}日{WEEK_CN[x.weekday()]} {hh:02d}:{mm:02d}，{who} 写道：\n" + gt(text)


def outlook(frm, sent, to, subject, text, cc=None):
    h = f"-----Original Message-----\nFrom: {frm}\nSent: {sent}\nTo: {to}\n"
    if cc:
        h += f"Cc: {cc}\n"
    return h + f"Subject: {subject}\n\n{text.strip()}"


def outlook2(frm, sent, to, subject, text, cc=None):
    """Newer Outlook style, underscores line."""
    h = "________________________________\n" + f"From: {frm}\nSent: {sent}\nTo: {to}\n"
    if cc:
        h += f"Cc: {cc}\n"
    return h + f"Subject: {subject}\n\n{text.strip()}"


def foxmail(frm, sent, to, subject, text):
    return ("------------------ 原始邮件 ------------------\n"
            f"发件人: {frm}\n发送时间: {sent}\n收件人: {to}\n主题: {subject}\n\n{text.strip()}")


def cnoutlook(frm, sent, to, subject, text, cc=None):
    h = f"发件人: {frm}\n发送时间: {sent}\n收件人: {to}\n"
    if cc:
        h += f"抄送: {cc}\n"
    return h + f"主题: {subject}\n\n{text.strip()}"


def fwd(frm, date, subject, to, text, cc=None):
    h = f"---------- Forwarded message ---------\nFrom: {frm}\nDate: {date}\nSubject: {subject}\nTo: {to}\n"
    if cc:
        h += f"Cc: {cc}\n"
    return h + "\n" + text.strip()


# --------------------------------------------------------------- attachments
def _normzip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            b = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                b = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)", rb"\g<1>2026-09-01T09:00:00Z\g<3>", b)
            zi = zipfile.ZipInfo(info.filename, ZIPTIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, b)
    return out.getvalue()


def xlsx(sheets):
    """sheets: list of (title, rows). rows: list of lists."""
    import openpyxl
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows in sheets:
        ws = wb.create_sheet(title)
        for r in rows:
            ws.append(list(r))
    wb.properties.creator = "Fengchi"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    bio = io.BytesIO()
    wb.save(bio)
    return _normzip(bio.getvalue())


def docx(paras, table=None, table2=None):
    import docx as _d
    doc = _d.Document()
    for p in paras:
        if p.startswith("# "):
            doc.add_heading(p[2:], level=1)
        else:
            doc.add_paragraph(p)
        if p == "[TABLE]" and table:
            pass
    for tb in (table, table2):
        if tb:
            t = doc.add_table(rows=0, cols=len(tb[0]))
            for r in tb:
                cells = t.add_row().cells
                for i, v in enumerate(r):
                    cells[i].text = str(v)
    doc.core_properties.created = FIXED
    doc.core_properties.modified = FIXED
    doc.core_properties.author = "Fengchi"
    bio = io.BytesIO()
    doc.save(bio)
    return _normzip(bio.getvalue())


def pdf(lines, table=None, encrypt=None, title="Fengchi"):
    from fpdf import FPDF
    p = FPDF()
    p.set_creation_date(_dt.datetime(2026, 9, 1, 9, 0, 0, tzinfo=_dt.timezone.utc))
    p.set_title(title)
    p.set_author("Fengchi")
    p.add_font("wqy", "", FONT)
    p.add_page()
    p.set_font("wqy", size=10)
    for l in lines:
        p.multi_cell(0, 6, l, new_x="LMARGIN", new_y="NEXT")
    if table:
        p.ln(3)
        with p.table(headings_style=__import__("fpdf").FontFace(emphasis="")) as t:
            for r in table:
                row = t.row()
                for c in r:
                    row.cell(str(c))
    if encrypt:
        p.set_encryption(owner_password="fc-owner-2026", user_password=encrypt)
    p.file_id = lambda: "<0123456789ABCDEF0123456789ABCDEF><0123456789ABCDEF0123456789ABCDEF>"
    return bytes(p.output())


def csvb(rows, enc="utf-8-sig"):
    s = io.StringIO()
    w = _csv.writer(s, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return s.getvalue().encode(enc)


def png(w=24, h=16, rgb=(200, 40, 40)):
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def broken(data, keep=0.45):
    return data[: int(len(data) * keep)]


# --------------------------------------------------------------- message builder
class Builder:
    def __init__(self):
        self.msgs = {}

    def add(self, n, frm, to, subject, date, text=None, html=None, cc=None, bcc=None,
            atts=(), charset="utf-8", cte=None, expect="pass", accounts=(), rules=(), why="",
            subject_charset=None, extra_headers=None, reply_to=None, raw_text_part=None,
            in_reply_to=None, xmailer=None):
        assert n not in self.msgs, n
        m = EmailMessage(policy=policy.SMTP)
        m["From"] = frm
        m["To"] = ", ".join(to) if isinstance(to, (list, tuple)) else to
        if cc:
            m["Cc"] = ", ".join(cc) if isinstance(cc, (list, tuple)) else cc
        if bcc:
            m["Bcc"] = ", ".join(bcc) if isinstance(bcc, (list, tuple)) else bcc
        if reply_to:
            m["Reply-To"] = reply_to
        m["Subject"] = "SUBJPLACEHOLDER" if subject_charset else subject
        m["Date"] = date
        m["Message-ID"] = f"<fc{n:04d}.{abs(hash_s(subject)) % 99991:05d}@fengchi-cycle.com>"
        if in_reply_to:
            m["In-Reply-To"] = in_reply_to
            m["References"] = in_reply_to
        m["MIME-Version"] = "1.0"
        if xmailer:
            m["X-Mailer"] = xmailer
        for k, v in (extra_headers or {}).items():
            m[k] = v
        kw = {}
        if cte:
            kw["cte"] = cte
        if text is not None and html is not None:
            m.set_content(text, charset=charset, **kw)
            m.add_alternative(html, subtype="html", charset=charset, **kw)
        elif html is not None:
            m.set_content(html, subtype="html", charset=charset, **kw)
        elif text is not None:
            m.set_content(text, charset=charset, **kw)
        if raw_text_part is not None:
            # (charset_label, bytes): a second text part in an odd charset, base64
            label, data = raw_text_part
            if not m.is_multipart():
                m.make_mixed()
            p = EmailMessage(policy=policy.SMTP)
            p["Content-Type"] = f'text/plain; charset="{label}"'
            p["Content-Transfer-Encoding"] = "base64"
            p.set_payload(base64.encodebytes(data).decode("ascii"))
            m.attach(p)
        for a in atts:
            fname, data, ctype = a
            if ctype == "message/rfc822":
                m.add_attachment(data)
                last = m.get_payload()[-1]
                last.replace_header("Content-Disposition", f'attachment; filename="{fname}"') if last["Content-Disposition"] else last.add_header("Content-Disposition", "attachment", filename=fname)
                continue
            mt, st = ctype.split("/")
            m.add_attachment(data, maintype=mt, subtype=st, filename=fname)
        i = 0
        for part in m.walk():
            if part.get_content_maintype() == "multipart":
                part.set_boundary(f"----=_Part_{n:04d}_{i:02d}.FC2026")
                i += 1
        b = m.as_bytes(policy=policy.SMTP)
        if subject_charset:
            words, cur = [], ""
            for ch in subject:
                if len(base64.b64encode((cur + ch).encode(subject_charset))) > 75 - 7 - len(subject_charset):
                    words.append(cur); cur = ""
                cur += ch
            words.append(cur)
            enc = "\r\n ".join(f"=?{subject_charset}?b?{base64.b64encode(w.encode(subject_charset)).decode()}?=" for w in words)
            b = b.replace(b"SUBJPLACEHOLDER", enc.encode("ascii"), 1)
        self.msgs[n] = (b, dict(expect=expect, accounts=list(accounts), rules=list(rules), why=why))

    def write(self, root):
        import os
        os.makedirs(os.path.join(root, "messages"), exist_ok=True)
        lines = []
        for n in sorted(self.msgs):
            b, lab = self.msgs[n]
            rel = f"messages/{n:04d}.eml"
            with open(os.path.join(root, rel), "wb") as f:
                f.write(b)
            lines.append(json.dumps(dict(message=rel, **lab), ensure_ascii=False))
        with open(os.path.join(root, "labels.jsonl"), "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")


def inner(frm, to, subject, date, text, cc=None, msgid=None):
    """An EmailMessage to attach as .eml (message/rfc822)."""
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = msgid or f"<{hash_s(subject+date) % 10**9}@mail.example>"
    m.set_content(text)
    return m


def hash_s(s):
    h = 0
    for ch in s.encode("utf-8"):
        h = (h * 131 + ch) % (2**61 - 1)
    return h
