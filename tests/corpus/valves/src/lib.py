import io, os, json, zipfile, datetime
from email.message import EmailMessage
from email.headerregistry import Address
from email import policy
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.mime.base import MIMEBase
from email.mime.application import MIMEApplication
from email.utils import formataddr
from email.header import Header
from email import encoders

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MSGDIR = os.path.join(ROOT, "messages")
LABELS = []
FIXED = (2026, 11, 2, 9, 0, 0)
FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"

STAFF = {
    "kevin": ("Kevin Zhang", "kevin.zhang@hengtaivalve.com"),
    "lily": ("Lily Chen", "lily@hengtaivalve.com"),
    "wang": ("王建国", "wangjg@hengtaivalve.com"),
    "sofia": ("Sofia Huang", "sofia@hengtaivalve.com"),
    "ivan": ("Ivan Liu", "ivan.liu@hengtaivalve.com"),
    "boss": ("陈总", "chen@hengtaivalve.com"),
    "docs": ("Hengtai Docs", "docs@hengtai-valve.cn"),
}

SIG = {
    "kevin": "\n--\nKevin Zhang | Sales Manager\nWenzhou Hengtai Valve & Fittings Co., Ltd.\nNo. 88 Binhai 3rd Rd, Longwan, Wenzhou, Zhejiang 325025, China\nTel/WhatsApp: +86 138 5775 2641 | www.hengtaivalve.com\n\nThis e-mail and any attachment are confidential and intended solely for the addressee.\n",
    "lily": "\n\nBest regards\nLily Chen\nHengtai Valve (Wenzhou)\nMob/Wechat: +86 159 6808 3372\n",
    "wang": "\n\n王建国 Wang Jianguo\n温州恒泰阀门管件有限公司 外贸部\n手机: 137 3677 9120\n",
    "sofia": "\n\nSaludos cordiales / Best regards,\nSofia Huang\nExport Dept. LatAm | Hengtai Valve\n+86 135 8771 0496 (WhatsApp)\n",
    "ivan": "\n\nС уважением,\nИван Лю (Ivan Liu)\nОтдел экспорта СНГ, Hengtai Valve\nТел./WhatsApp/Telegram: +86 150 5887 4413\n",
    "boss": "\n",
    "docs": "\n\nHengtai Valve Documentation Dept.\n",
}


def addr(name, email):
    return formataddr((name, email))


def normzip(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, zin.read(info.filename))
    return out.getvalue()


def xlsx(sheets):
    """sheets: list of (title, rows)"""
    import openpyxl
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows in sheets:
        ws = wb.create_sheet(title)
        for r in rows:
            ws.append(list(r))
    fixed = datetime.datetime(2026, 1, 1, 0, 0, 0)
    wb.properties.created = fixed
    wb.properties.modified = fixed
    wb.properties.creator = "hengtai"
    bio = io.BytesIO()
    wb.save(bio)
    return normzip(bio.getvalue())


def docx(paras, table=None):
    import docx as _d
    d = _d.Document()
    for p in paras:
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=0, cols=len(table[0]))
        for row in table:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                cells[i].text = str(v)
    fixed = datetime.datetime(2026, 1, 1, 0, 0, 0)
    d.core_properties.created = fixed
    d.core_properties.modified = fixed
    d.core_properties.last_modified_by = "hengtai"
    d.core_properties.author = "hengtai"
    bio = io.BytesIO()
    d.save(bio)
    return normzip(bio.getvalue())


def pdf(lines, table=None, encrypt=None):
    from fpdf import FPDF
    p = FPDF()
    p.set_creation_date(datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc))
    p.add_font("wqy", "", FONT)
    p.add_page()
    p.set_font("wqy", size=10)
    for ln in lines:
        p.multi_cell(0, 6, ln, new_x="LMARGIN", new_y="NEXT")
    if table:
        for row in table:
            p.cell(0, 6, "   ".join(str(c) for c in row), new_x="LMARGIN", new_y="NEXT")
    if encrypt:
        p.set_encryption(owner_password="hengtai-owner", user_password=encrypt)
    p.file_id = lambda *a, **k: "<00112233445566778899AABBCCDDEEFF><00112233445566778899AABBCCDDEEFF>"
    return bytes(p.output())


def png_bytes():
    import zlib, struct
    w, h = 8, 8
    raw = b"".join(b"\x00" + bytes([(x * 30) % 256, (y * 30) % 256, 120] * 1)[:3] * 1 for y in range(h) for x in range(1))
    raw = b"".join(b"\x00" + b"".join(bytes([(x * 30) % 256, (y * 30) % 256, 120]) for x in range(w)) for y in range(h))
    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


MIMES = {"xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
         "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
         "pdf": ("application", "pdf"), "csv": ("text", "csv"), "png": ("image", "png"),
         "jpg": ("image", "jpeg"), "txt": ("text", "plain"), "zip": ("application", "zip"),
         "eml": ("message", "rfc822")}


def mk(n, frm, to, subject, body, expect, accounts, rules, why, cc=(), bcc=(), date=None, html=None,
       html_only=False, atts=(), charset="utf-8", cte=None, raw_parts=(), extra_headers=(), sig=True,
       subject_charset=None, inreply=None):
    """frm: staff key or (name,email). to/cc/bcc: list of (name,email) or email."""
    if isinstance(frm, str):
        key = frm
        frm = STAFF[frm]
        if sig and body is not None:
            body = body + SIG[key]
    def fa(lst):
        r = []
        for x in lst:
            if isinstance(x, tuple):
                if any(ord(c) > 127 for c in x[0]):
                    r.append(formataddr((str(Header(x[0], "utf-8")), x[1])))
                else:
                    r.append(formataddr(x))
            else:
                r.append(x)
        return ", ".join(r)
    # body part
    if html_only:
        bodypart = MIMEText(html, "html", charset)
    elif html is not None:
        bodypart = MIMEMultipart("alternative")
        bodypart.attach(MIMEText(body, "plain", charset))
        bodypart.attach(MIMEText(html, "html", charset))
    else:
        bodypart = MIMEText(body, "plain", charset)
        if cte == "qp":
            from email import charset as _cs
            del bodypart["Content-Transfer-Encoding"]
            bodypart.set_payload(body.encode(charset))
            encoders.encode_quopri(bodypart)
            bodypart.replace_header("Content-Transfer-Encoding", "quoted-printable")
        elif cte == "b64":
            del bodypart["Content-Transfer-Encoding"]
            bodypart.set_payload(body.encode(charset))
            encoders.encode_base64(bodypart)
    if atts or raw_parts:
        m = MIMEMultipart("mixed")
        m.attach(bodypart)
        for rp in raw_parts:
            m.attach(rp)
        for fname, data in atts:
            ext = fname.rsplit(".", 1)[-1].lower()
            mt, st = MIMES[ext]
            if ext == "eml":
                from email import message_from_bytes
                part = MIMEBase("message", "rfc822")
                part.attach(message_from_bytes(data))
                part.add_header("Content-Disposition", "attachment", filename=fname)
            elif mt == "text":
                part = MIMEText(data if isinstance(data, str) else data.decode("utf-8"), st, "utf-8")
                part.add_header("Content-Disposition", "attachment", filename=fname)
            else:
                part = MIMEBase(mt, st)
                part.set_payload(data)
                encoders.encode_base64(part)
                if any(ord(c) > 127 for c in fname):
                    part.add_header("Content-Disposition", "attachment", filename=("utf-8", "", fname))
                else:
                    part.add_header("Content-Disposition", "attachment", filename=fname)
            m.attach(part)
    else:
        m = bodypart
    m["From"] = fa([frm])
    m["To"] = fa(to)
    if cc:
        m["Cc"] = fa(cc)
    if bcc:
        m["Bcc"] = fa(bcc)
    if subject_charset or any(ord(c) > 127 for c in subject):
        m["Subject"] = Header(subject, subject_charset or "utf-8").encode()
    else:
        m["Subject"] = subject
    d = date or "Mon, %02d Nov 2026 %02d:%02d:00 +0800" % (2 + n % 26, 8 + n % 10, (n * 7) % 60)
    m["Date"] = d
    m["Message-ID"] = "<%04d.%s@hengtaivalve.com>" % (n, "ht%05d" % (n * 7919 % 99991))
    if inreply:
        m["In-Reply-To"] = inreply
        m["References"] = inreply
    m["MIME-Version"] = "1.0"
    m["X-Mailer"] = ["Foxmail 7.2.25.228[cn]", "Microsoft Outlook 16.0", "Mozilla Thunderbird 128.3.1"][n % 3]
    for k, v in extra_headers:
        m[k] = v
    data = m.as_bytes()
    fn = "messages/%04d.eml" % n
    with open(os.path.join(ROOT, fn), "wb") as f:
        f.write(data)
    LABELS.append({"message": fn, "expect": expect, "accounts": list(accounts), "rules": list(rules), "why": why})
    return data


def raw_eml(frm, to, subject, body, date, mid):
    m = MIMEText(body, "plain", "utf-8")
    m["From"] = frm
    m["To"] = to
    m["Subject"] = Header(subject, "utf-8").encode() if any(ord(c) > 127 for c in subject) else subject
    m["Date"] = date
    m["Message-ID"] = mid
    return m.as_bytes()


def write_labels():
    LABELS.sort(key=lambda x: x["message"])
    with open(os.path.join(ROOT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for l in LABELS:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")


def q_gmail(name, email, when, text):
    return "On %s, %s <%s> wrote:\n" % (when, name, email) + "\n".join("> " + l if l else ">" for l in text.strip("\n").split("\n")) + "\n"


def q_outlook(name, email, when, to, subject, text):
    return ("\n-----Original Message-----\nFrom: %s <%s>\nSent: %s\nTo: %s\nSubject: %s\n\n" % (name, email, when, to, subject)) + text.strip("\n") + "\n"


def q_foxmail(name, email, when, to, subject, text):
    return ("\n------------------ 原始邮件 ------------------\n发件人: \"%s\"<%s>\n发送时间: %s\n收件人: %s\n主题: %s\n\n" % (name, email, when, to, subject)) + text.strip("\n") + "\n"


def q_apple_cn(name, email, when, text):
    return "\n在 %s，%s <%s> 写道：\n\n" % (when, name, email) + "\n".join("> " + l if l else ">" for l in text.strip("\n").split("\n")) + "\n"


def q_fwd(name, email, when, to, subject, text):
    return ("\n---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s\nSubject: %s\nTo: %s\n\n" % (name, email, when, subject, to)) + text.strip("\n") + "\n"
