#!/usr/bin/env python3
"""Generate the hostile blind corpus (45 messages) for guard.

Run with /work/blind/venv2/bin/python src/gen.py from DIR. Fixed seeds and
fixed timestamps: the output is reproducible (see README.md).
Every message goes to an external recipient (a prospect at an unknown domain,
or a competitor account) and carries a leak of ANOTHER account (name with its
product and figure) hidden by exactly one evasion / hostile-input technique.
"""
import base64, binascii, gzip, io, json, os, random, struct, sys, zipfile, quopri
from email.header import Header

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MSG = os.path.join(ROOT, "messages")
FIXED = (2026, 11, 2, 9, 0, 0)

SENDER = '"Lily Zhang" <lily.zhang@harbourlight.cn>'
PROSPECTS = [
    '"Ethan Walsh" <ethan.walsh@bushcraftdepot.com.au>',
    '"Sofia Marin" <compras@tiendaaventura.mx>',
    '"Hannah Ko" <hannah@trailnest.co.kr>',
    '"Ivan Petrov" <ivan@taigaoutdoor.ru>',
    '"Wang Lei" <wanglei@shanhai-outdoor.sg>',
    '"Chen Yu-ting" <yuting@islandcamp.com.tw>',
    '"Noah Fischer" <n.fischer@alpenzelt.at>',
    '"Priya Nair" <priya@monsooncamping.in>',
]
COMP = {  # competitor account contact of the key
    "wattle": '"Chloe Nguyen" <chloe.nguyen@southcrosscamping.com.au>',
    "southcross": '"Liam Porter" <liam@wattlegum.com.au>',
    "lonestar": '"Dana Broussard" <dana@bayoubackyard.com>',
    "bayou": '"Travis Reed" <travis@lonestarpatio.com>',
    "waldweg": '"Sabine Müller" <sabine@gartenhaus-mueller.de>',
    "gartenhaus": '"Jonas Becker" <j.becker@waldweg-freizeit.de>',
}

rng = random.Random(20261208)
labels = []
readme = []


def fixzip(data):
    """Rewrite a zip with fixed timestamps (reproducible OOXML/ODF/zip)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, FIXED)
            zi.compress_type = info.compress_type
            zi.external_attr = info.external_attr
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                import re
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*", rb"\g<1>2026-11-02T00:00:00Z", data)
            dst.writestr(zi, data)
    return out.getvalue()


def mkzip(entries, stored_first=None):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, data in entries:
            zi = zipfile.ZipInfo(name, FIXED)
            zi.compress_type = zipfile.ZIP_STORED if name == stored_first else zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return out.getvalue()


def b64(data, width=76):
    s = base64.b64encode(data).decode()
    return "\n".join(s[i:i + width] for i in range(0, len(s), width)) + "\n"


def headers(n, to, subject, cc=None, mime=True, ctype=None, extra=()):
    h = [f"From: {SENDER}", f"To: {to}"]
    if cc:
        h.append(f"Cc: {cc}")
    h += [f"Subject: {subject}",
          f"Date: Mon, {2 + n % 20:02d} Nov 2026 {8 + n % 9:02d}:{(n * 7) % 60:02d}:00 +0800",
          f"Message-ID: <hostile-{n:04d}@harbourlight.cn>"]
    if mime:
        h.append("MIME-Version: 1.0")
    if ctype:
        h.append(f"Content-Type: {ctype}")
    h += list(extra)
    return "\n".join(h) + "\n"


def multipart(n, to, subject, parts, sub="mixed", boundary=None, cc=None, mime=True):
    b = boundary or f"=_hl_{n:04d}_{rng.randrange(10**8):08d}"
    body = "This is a multi-part message in MIME format.\n"
    for p in parts:
        body += f"\n--{b}\n" + p
    body += f"\n--{b}--\n"
    return headers(n, to, subject, cc=cc, mime=mime,
                   ctype=f'multipart/{sub}; boundary="{b}"') + "\n" + body


def text_part(text, ctype="text/plain", charset="utf-8", cte="8bit"):
    if cte == "base64":
        payload = b64(text.encode(charset) if isinstance(text, str) else text)
    elif cte == "quoted-printable":
        payload = quopri.encodestring(text.encode(charset)).decode()
    else:
        payload = text + ("" if text.endswith("\n") else "\n")
    return (f'Content-Type: {ctype}; charset="{charset}"\n'
            f"Content-Transfer-Encoding: {cte}\n\n{payload}")


def attach(data, ctype, filename, cte="base64", disp_name=None):
    fn = disp_name or f'filename="{filename}"'
    if cte == "base64":
        payload = b64(data)
    else:
        payload = data
    return (f'Content-Type: {ctype}; name="{filename}"\n'
            f"Content-Disposition: attachment; {fn}\n"
            f"Content-Transfer-Encoding: {cte}\n\n{payload}")


CLEAN = ("Dear {first},\n\nThank you for your enquiry. Please find our offer "
         "attached; prices are FOB Ningbo, valid for 30 days. MOQ is one 40HQ "
         "container per model.\n\nBest regards,\nLily Zhang\nSales Manager, "
         "Ningbo Harbourlight Outdoor Co., Ltd.\n")


def first(addr):
    return addr.split('"')[1].split()[0]


def write(n, raw, expect, accounts, rules, why, technique):
    if isinstance(raw, str):
        raw = raw.encode("utf-8")
    name = f"messages/{n:04d}.eml"
    with open(os.path.join(ROOT, name), "wb") as f:
        f.write(raw)
    labels.append({"message": name, "expect": expect, "accounts": accounts,
                   "rules": rules, "why": why})
    readme.append(f"| {n:04d} | {technique} | {expect} | {', '.join(accounts) or '-'} | {', '.join(rules)} |")


# --------------------------------------------------------------- builders
def docx_bytes(paras):
    import docx
    d = docx.Document()
    for p in paras:
        d.add_paragraph(p)
    d.core_properties.created = __import__("datetime").datetime(2026, 11, 2)
    d.core_properties.modified = __import__("datetime").datetime(2026, 11, 2)
    bio = io.BytesIO()
    d.save(bio)
    return fixzip(bio.getvalue())


def xlsx_bytes(build):
    import openpyxl, datetime
    wb = openpyxl.Workbook()
    build(wb)
    wb.properties.created = datetime.datetime(2026, 11, 2)
    wb.properties.modified = datetime.datetime(2026, 11, 2)
    bio = io.BytesIO()
    wb.save(bio)
    return fixzip(bio.getvalue())


def quote_sheet(ws):
    ws.title = "Quote"
    ws.append(["SKU", "Description", "FOB USD", "MOQ"])
    ws.append(["HC-210", "folding camp chair", 13.95, 2000])
    ws.append(["TB-120", "aluminium folding table", 21.30, 1000])


def pdf_bytes(lines, size=11, color=(0, 0, 0), hidden=None, encrypt=None):
    from fpdf import FPDF
    import datetime
    pdf = FPDF()
    pdf.set_creation_date(datetime.datetime(2026, 11, 2, tzinfo=datetime.timezone.utc))
    if encrypt:
        pdf.set_encryption(owner_password="owner-hl-2026", user_password=encrypt)
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for ln in lines:
        pdf.cell(0, 8, ln, new_x="LMARGIN", new_y="NEXT")
    if hidden:
        pdf.set_font("Helvetica", size=size)
        pdf.set_text_color(*color)
        pdf.cell(0, 4, hidden, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def tnef(subject, body):
    def attr(level, aid, data):
        return (struct.pack("<BII", level, aid, len(data)) + data +
                struct.pack("<H", sum(data) & 0xFFFF))
    out = struct.pack("<IH", 0x223E9F78, 0x0101)
    out += attr(1, 0x00089006, struct.pack("<I", 0x00010000))       # attTnefVersion
    out += attr(1, 0x00069007, struct.pack("<II", 1252, 0))         # attOemCodepage
    out += attr(1, 0x00078008, b"IPM.Microsoft Mail.Note\0")       # attMessageClass
    out += attr(1, 0x00018004, subject.encode("cp1252") + b"\0")   # attSubject
    out += attr(1, 0x0002800C, body.encode("cp1252") + b"\0")      # attBody
    return out


def yenc(data, name):
    out, line = [], bytearray()
    for i, c in enumerate(data):
        e = (c + 42) % 256
        if e in (0, 10, 13, 61) or (e in (9, 32) and (len(line) == 0)) or (e == 46 and len(line) == 0):
            line += bytes([61, (e + 64) % 256])
        else:
            line.append(e)
        if len(line) >= 128:
            out.append(bytes(line)); line = bytearray()
    if line:
        out.append(bytes(line))
    crc = binascii.crc32(data) & 0xFFFFFFFF
    return (f"=ybegin line=128 size={len(data)} name={name}\n".encode() +
            b"\n".join(out) + f"\n=yend size={len(data)} crc32={crc:08x}\n".encode())


def uuenc(data, name):
    lines = [f"begin 644 {name}"]
    for i in range(0, len(data), 45):
        lines.append(binascii.b2a_uu(data[i:i + 45]).decode().rstrip("\n"))
    lines += ["`", "end"]
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------- messages
def gen():
    n = 0

    def nxt():
        nonlocal n
        n += 1
        return n

    P = PROSPECTS
    # 1 leak only in text/html alternative
    i = nxt(); to = P[0]
    plain = CLEAN.format(first=first(to))
    html = ("<html><body><p>Dear Ethan,</p><p>Thank you for your enquiry. As a reference: "
            "Wattle &amp; Gum Outdoor Pty Ltd takes the same HC-210 folding camp chair from us "
            "at USD 12.40/pc, 3000 pcs per order.</p><p>Best regards,<br>Lily Zhang</p></body></html>")
    raw = multipart(i, to, "Re: camp chair enquiry", [text_part(plain), text_part(html, "text/html")], "alternative")
    write(i, raw, "stop", ["wattle"], ["R3", "R4"],
          "text/plain is clean; only the text/html alternative (what the client shows) names Wattle & Gum with HC-210 at USD 12.40 x 3000",
          "leak only in text/html alternative, text/plain clean")

    # 2 HTML alt attribute
    i = nxt(); to = P[1]
    html = ('<html><body><p>Estimada Sofia,</p><p>Our reference customer:</p>'
            '<img src="https://www.harbourlight.cn/img/ref-01.png" width="400" height="60" '
            'alt="Coral Coast Patio Co Pty Ltd - SL-300 beach sun lounger - USD 27.80/pc x 600 pcs">'
            '<p>Best regards,<br>Lily</p></body></html>')
    raw = multipart(i, to, "Re: sun loungers", [text_part(CLEAN.format(first="Sofia")), text_part(html, "text/html")], "alternative")
    write(i, raw, "stop", ["coralcoast"], ["R3", "R4"],
          "leak only in an HTML img alt attribute (shown when remote images are blocked): Coral Coast Patio with SL-300 at USD 27.80 x 600",
          "leak only in HTML img alt attribute")

    # 3 CSS ::before content
    i = nxt(); to = P[2]
    html = ('<html><head><style>.ref::before{content:"Kiwi Trail Gear Ltd buys our TN-320 tunnel tent at USD 58.90/pc, 450 pcs. "}</style></head>'
            '<body><p>Dear Hannah,</p><p class="ref">The tent is a proven model.</p><p>Best regards,<br>Lily</p></body></html>')
    raw = multipart(i, to, "Re: tunnel tents", [text_part("Dear Hannah,\n\nThe tent is a proven model.\n\nBest regards,\nLily\n"), text_part(html, "text/html")], "alternative")
    write(i, raw, "stop", ["kiwitrail"], ["R3", "R4"],
          "leak only in CSS ::before generated content of the HTML part (rendered by the client): Kiwi Trail Gear with TN-320 at USD 58.90 x 450",
          "leak only in CSS ::before content")

    # 4 base64 with junk characters
    i = nxt(); to = COMP["wattle"]
    txt = ("Dear Chloe,\n\nFor your planning: Wattle & Gum orders the TB-120 aluminium folding table "
           "at USD 18.75/pc, 1200 pcs per order. We can offer you the same.\n\nLily\n")
    s = base64.b64encode(txt.encode()).decode()
    junk = "!*#~.%"
    mangled = "".join(c + (junk[k % len(junk)] if k % 5 == 4 else "") for k, c in enumerate(s))
    payload = "\n".join(mangled[k:k + 70] for k in range(0, len(mangled), 70)) + "\n"
    raw = headers(i, to, "Re: tables", ctype='text/plain; charset="utf-8"',
                  extra=["Content-Transfer-Encoding: base64"]) + "\n" + payload
    write(i, raw, "stop", ["wattle"], ["R2", "R3", "R4"],
          "base64 body with junk characters (!*#~.%) between valid ones (RFC 2045 decoders ignore them); names Wattle & Gum with TB-120 at USD 18.75 x 1200 to its competitor Southern Cross",
          "base64 body with junk characters between valid ones")

    # 5 uuencoded body
    i = nxt(); to = P[3]
    inner = b"Reference: Pinecone Outfitters Inc. buys CK-12 camp cookware set at USD 9.85/set, 12000 sets a year.\n"
    body = "Dear Ivan,\n\nReference figures below.\n\n" + uuenc(inner, "reference.txt") + "\nLily\n"
    raw = headers(i, to, "Re: cookware", ctype='text/plain; charset="us-ascii"', extra=["Content-Transfer-Encoding: 7bit"]) + "\n" + body
    write(i, raw, "stop", ["pinecone"], ["R3", "R4"],
          "leak only inside a uuencoded block (begin 644 reference.txt) in the body: Pinecone Outfitters with CK-12 at USD 9.85 x 12000",
          "uuencoded block in the body (begin 644)")

    # 6 yEnc
    i = nxt(); to = P[4]
    inner = "Golden Dunes Trading LLC takes our CB-45 45L cooler box at USD 22.70/pc, 1600 pcs.\n".encode()
    body = b"Dear Wang Lei,\n\nreference file (yEnc):\n\n" + yenc(inner, "ref.txt") + b"\nLily\n"
    raw = headers(i, to, "Re: cooler box", ctype='text/plain; charset="x-user-defined"',
                  extra=["Content-Transfer-Encoding: 8bit"]).encode() + b"\n" + body
    raw = raw.replace(b'charset="x-user-defined"', b'charset="iso-8859-1"')
    write(i, raw, "stop", ["dunes"], ["R3", "R4"],
          "leak only inside a yEnc-encoded block (=ybegin ... =yend) in an 8bit body: Golden Dunes with CB-45 at USD 22.70 x 1600",
          "yEnc block in the body")

    # 7 TNEF winmail.dat
    i = nxt(); to = P[5]
    t = tnef("Reference", "Dear Yu-ting, our customer Formosa Leisure Co., Ltd. orders the CK-12 camp cookware set at USD 10.20/set, 2200 sets.")
    raw = multipart(i, to, "Re: cookware sets", [text_part("Dear Yu-ting,\n\nPlease see the attached.\n\nLily\n"),
                                                 attach(t, "application/ms-tnef", "winmail.dat")])
    write(i, raw, "stop", ["formosa"], ["R3", "R4"],
          "leak only in the attBody of an Outlook TNEF winmail.dat (application/ms-tnef): Formosa Leisure with CK-12 at USD 10.20 x 2200",
          "Outlook TNEF winmail.dat body")

    # 8 DOCX with DTD entity
    i = nxt(); to = P[6]
    d = docx_bytes(["INTRO", "Reference customer: Waldweg Freizeit GmbH buys the TB-150 egg roll table at EUR 13.20/pc, 1800 pcs."])
    z = zipfile.ZipFile(io.BytesIO(d))
    ents = []
    for info in z.infolist():
        data = z.read(info.filename)
        if info.filename == "word/document.xml":
            s = data.decode()
            head, rest = s.split("?>", 1)
            s = head + '?>\n<!DOCTYPE w:document [\n<!ENTITY intro "Dear Mr Fischer, thank you for your visit to our booth.">\n]>' + rest
            s = s.replace(">INTRO<", ">&intro;<")
            data = s.encode()
        ents.append((info.filename, data))
    d = mkzip(ents)
    raw = multipart(i, to, "Offer egg roll tables", [text_part(CLEAN.format(first="Noah")),
                    attach(d, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "offer.docx")])
    write(i, raw, "stop", ["waldweg"], ["R3", "R4"],
          "DOCX whose word/document.xml declares an internal DTD entity (&intro;) used before the leak paragraph; the leak itself is literal: Waldweg Freizeit with TB-150 at EUR 13.20 x 1800",
          "DOCX with DTD-declared entity before the leak")

    # 9 XLSX hidden sheet
    i = nxt(); to = COMP["southcross"]
    def b9(wb):
        quote_sheet(wb.active)
        ws = wb.create_sheet("ref")
        ws.append(["Customer", "SKU", "Price USD", "Qty"])
        ws.append(["Southern Cross Camping Supplies", "TN-240", 41.20, 800])
        ws.sheet_state = "hidden"
    raw = multipart(i, to, "Quotation", [text_part(CLEAN.format(first="Liam")),
                    attach(xlsx_bytes(b9), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "quotation.xlsx")])
    write(i, raw, "stop", ["southcross"], ["R2", "R3", "R4"],
          "XLSX with the leak only in a hidden sheet: Southern Cross Camping with TN-240 at USD 41.20 x 800, sent to its competitor Wattle & Gum",
          "XLSX hidden sheet")

    # 10 XLSX cell comment
    i = nxt(); to = P[7]
    def b10(wb):
        from openpyxl.comments import Comment
        quote_sheet(wb.active)
        wb.active["C2"].comment = Comment("Ipe Camping pays USD 39.90 for TN-240, 1000 pcs - do not go below", "Lily")
    raw = multipart(i, to, "Quotation", [text_part(CLEAN.format(first="Priya")),
                    attach(xlsx_bytes(b10), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "quotation.xlsx")])
    write(i, raw, "stop", ["ipe"], ["R3", "R4"],
          "XLSX with the leak only in a cell comment (note on C2): Ipe Camping with TN-240 at USD 39.90 x 1000",
          "XLSX cell comment")

    # 11 XLSX defined name
    i = nxt(); to = P[0]
    def b11(wb):
        from openpyxl.workbook.defined_name import DefinedName
        quote_sheet(wb.active)
        wb.defined_names["RefCustomer"] = DefinedName("RefCustomer", attr_text='"Maplewood Camp & Patio Inc. WG-80 folding camping wagon USD 30.80 x 1100"')
    raw = multipart(i, to, "Quotation", [text_part(CLEAN.format(first="Ethan")),
                    attach(xlsx_bytes(b11), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "quotation.xlsx")])
    write(i, raw, "stop", ["maplewood"], ["R3", "R4"],
          "XLSX with the leak only in a workbook defined name (string constant): Maplewood Camp & Patio with WG-80 at USD 30.80 x 1100",
          "XLSX defined name")

    # 12 PPTX slide notes
    i = nxt(); to = P[1]
    from pptx import Presentation
    import datetime
    pr = Presentation()
    s = pr.slides.add_slide(pr.slide_layouts[1])
    s.shapes.title.text = "Harbourlight 2027 patio range"
    s.placeholders[1].text = "Cantilever patio umbrellas, rattan sets"
    s.notes_slide.notes_text_frame.text = "Speaker note: Lone Star Patio Supply buys UM-270 cantilever patio umbrella at USD 61.90, 350 pcs."
    pr.core_properties.created = datetime.datetime(2026, 11, 2)
    pr.core_properties.modified = datetime.datetime(2026, 11, 2)
    bio = io.BytesIO(); pr.save(bio)
    raw = multipart(i, to, "Presentation", [text_part(CLEAN.format(first="Sofia")),
                    attach(fixzip(bio.getvalue()), "application/vnd.openxmlformats-officedocument.presentationml.presentation", "range2027.pptx")])
    write(i, raw, "stop", ["lonestar"], ["R3", "R4"],
          "PPTX with the leak only in the slide notes: Lone Star Patio with UM-270 at USD 61.90 x 350",
          "PPTX slide notes")

    # 13 ODT
    i = nxt(); to = P[2]
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content '
               'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
               '<office:body><office:text><text:p>Offer for Trail Nest</text:p>'
               '<text:p>Reference: Cordillera Outdoor SpA buys TN-320 tunnel tent at USD 57.60/pc, 300 pcs.</text:p>'
               '</office:text></office:body></office:document-content>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>')
    odt = mkzip([("mimetype", b"application/vnd.oasis.opendocument.text"), ("content.xml", content.encode()),
                 ("META-INF/manifest.xml", manifest.encode())], stored_first="mimetype")
    raw = multipart(i, to, "Offer tents", [text_part(CLEAN.format(first="Hannah")),
                    attach(odt, "application/vnd.oasis.opendocument.text", "offer.odt")])
    write(i, raw, "stop", ["cordillera"], ["R3", "R4"],
          "leak only in an ODT (OpenDocument text) attachment: Cordillera Outdoor with TN-320 at USD 57.60 x 300",
          "ODT attachment")

    # 14 PDF tiny font
    i = nxt(); to = P[3]
    pdf = pdf_bytes(["Quotation for Taiga Outdoor", "SB-05 mummy sleeping bag  FOB USD 17.10"], size=1,
                    hidden="Maplewood Camp & Patio buys SB-05 at USD 15.75 x 2000 pcs")
    raw = multipart(i, to, "Quotation sleeping bags", [text_part(CLEAN.format(first="Ivan")), attach(pdf, "application/pdf", "quotation.pdf")])
    write(i, raw, "stop", ["maplewood"], ["R3", "R4"],
          "PDF with the leak only in 1-pt text (tiny font): Maplewood Camp & Patio with SB-05 at USD 15.75 x 2000",
          "PDF text in a 1-pt font")

    # 15 PDF white on white
    i = nxt(); to = COMP["gartenhaus"]
    pdf = pdf_bytes(["Angebot fuer Waldweg Freizeit", "SL-300 beach sun lounger  FOB EUR 27.10"], size=11, color=(255, 255, 255),
                    hidden="Gartenhaus Mueller takes SL-300 at EUR 26.40 x 500 pcs")
    raw = multipart(i, to, "Angebot Sonnenliegen", [text_part(CLEAN.format(first="Jonas")), attach(pdf, "application/pdf", "angebot.pdf")])
    write(i, raw, "stop", ["gartenhaus"], ["R2", "R3", "R4"],
          "PDF with the leak only in white-on-white text (in the text layer: select/search/copy shows it): Gartenhaus Mueller with SL-300 at EUR 26.40 x 500, sent to its competitor Waldweg",
          "PDF white-on-white text")

    # 16 nested zip
    i = nxt(); to = P[4]
    csv = "customer,sku,price_usd,qty\nKaroo Trails (Pty) Ltd,CB-45,23.40,700\n".encode()
    inner = mkzip([("ref/karoo.csv", csv)])
    outer = mkzip([("readme.txt", b"Price list 2027\n"), ("archive/ref.zip", inner)])
    raw = multipart(i, to, "Price list", [text_part(CLEAN.format(first="Wang")), attach(outer, "application/zip", "pricelist.zip")])
    write(i, raw, "stop", ["karoo"], ["R3", "R4"],
          "zip inside zip: pricelist.zip > archive/ref.zip > ref/karoo.csv with Karoo Trails, CB-45, 23.40, 700",
          "nested zip (zip in zip)")

    # 17 gzip
    i = nxt(); to = P[5]
    csv = "customer,sku,price_usd,qty\nSierra Madre Aventura,TB-120,19.40,900\n".encode()
    raw = multipart(i, to, "Price list", [text_part(CLEAN.format(first="Chen")),
                    attach(gzip.compress(csv, mtime=0), "application/gzip", "prices.csv.gz")])
    write(i, raw, "stop", ["sierramadre"], ["R3", "R4"],
          "gzip attachment prices.csv.gz whose CSV row is Sierra Madre Aventura, TB-120, 19.40, 900",
          "gzip attachment")

    # 18 7z
    i = nxt(); to = P[6]
    import py7zr
    bio = io.BytesIO()
    import tempfile, calendar
    tmpd = tempfile.mkdtemp()
    fp = os.path.join(tmpd, "ref.txt")
    with open(fp, "w") as f:
        f.write("Price notes 2027\n" + "".join(f"line {k:02d}: carton 4 pcs, 40HQ loading 1200 cartons\n" for k in range(30)) +
                "Bivouac & Jardin SARL buys HC-220 armrest camp chair at EUR 14.20, 1300 pcs.\n")
    t0 = calendar.timegm((2026, 11, 2, 0, 0, 0))
    os.utime(fp, (t0, t0))
    with py7zr.SevenZipFile(bio, "w", filters=[{"id": py7zr.FILTER_LZMA2, "preset": 9}]) as a:
        a.write(fp, "ref.txt")
    __import__("shutil").rmtree(tmpd)
    raw = multipart(i, to, "Price list", [text_part(CLEAN.format(first="Noah")),
                    attach(bio.getvalue(), "application/x-7z-compressed", "prices.7z")])
    write(i, raw, "stop", ["bivouac"], ["R3", "R4"],
          "7z archive (unencrypted, LZMA) with ref.txt: Bivouac & Jardin with HC-220 at EUR 14.20 x 1300 (an archive guard may not open: then at least R10 unread)",
          "7z attachment")

    # 19 3-level forwarded eml
    i = nxt(); to = P[7]
    l3 = ("From: \"Liam Porter\" <liam@wattlegum.com.au>\nTo: \"Lily Zhang\" <lily.zhang@harbourlight.cn>\n"
          "Subject: PO 2026-0814 confirmed\nDate: Fri, 14 Aug 2026 10:00:00 +1000\nMessage-ID: <po0814@wattlegum.com.au>\n"
          "MIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\n\n"
          "Hi Lily,\n\nconfirming 3000 pcs HC-210 at USD 12.40/pc for Wattle & Gum.\n\nLiam\n")
    def wrap(inner, frm, subj, mid, txt):
        b = "=_fw_" + mid
        return (f"From: {frm}\nTo: \"Lily Zhang\" <lily.zhang@harbourlight.cn>\nSubject: {subj}\n"
                f"Date: Mon, 02 Nov 2026 09:00:00 +0800\nMessage-ID: <{mid}@harbourlight.cn>\nMIME-Version: 1.0\n"
                f"Content-Type: multipart/mixed; boundary=\"{b}\"\n\n--{b}\nContent-Type: text/plain; charset=\"utf-8\"\n\n{txt}\n"
                f"--{b}\nContent-Type: message/rfc822\nContent-Disposition: attachment; filename=\"fwd.eml\"\n\n{inner}\n--{b}--\n")
    l2 = wrap(l3, '"Amy Sun" <amy.sun@harbourlight.cn>', "Fwd: PO 2026-0814 confirmed", "fw2", "fyi")
    l1 = wrap(l2, '"Amy Sun" <amy.sun@harbourlight.cn>', "Fwd: Fwd: PO 2026-0814 confirmed", "fw1", "see the old thread")
    raw = multipart(i, to, "Fwd: references", [text_part("Dear Priya,\n\nsee attached mail as reference.\n\nLily\n"),
                    "Content-Type: message/rfc822\nContent-Disposition: attachment; filename=\"references.eml\"\n\n" + l1])
    write(i, raw, "stop", ["wattle"], ["R3", "R4", "R7"],
          "forwarded .eml inside .eml inside .eml (3 levels of message/rfc822); the innermost is Liam Porter's (wattlegum.com.au) PO confirmation HC-210 3000 pcs at USD 12.40",
          "forwarded .eml in .eml in .eml (3 levels)")

    # 20 message/partial
    i = nxt(); to = P[0]
    enc = ("Subject: reference\nMIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\n\n"
           "Ethan, our customer Southern Cross Camping takes TN-240 4-person dome tent at USD 41.20/pc, 800 pcs.\n")
    raw = headers(i, to, "reference (part 1/1)", ctype='message/partial; id="hl-ref-20261102@harbourlight.cn"; number=1; total=1') + "\n" + enc
    write(i, raw, "stop", ["southcross"], ["R3", "R4"],
          "message/partial (number=1 total=1, so complete) whose encapsulated text names Southern Cross Camping with TN-240 at USD 41.20 x 800",
          "message/partial (1 of 1)")

    # 21 x-gzip64 (unknown CTE) -> R10
    i = nxt(); to = P[1]
    data = gzip.compress("Coral Coast Patio buys UM-270 cantilever patio umbrella at USD 64.50, 300 pcs.\n".encode(), mtime=0)
    part = ('Content-Type: text/plain; charset="utf-8"; name="ref.txt"\nContent-Disposition: attachment; filename="ref.txt"\n'
            "Content-Transfer-Encoding: x-gzip64\n\n" + b64(data))
    raw = multipart(i, to, "ref", [text_part("Dear Sofia,\n\nreference attached.\n\nLily\n"), part])
    write(i, raw, "flag", [], ["R10"],
          "the only copy of the leak (Coral Coast Patio UM-270 USD 64.50 x 300) is in a part with the non-standard Content-Transfer-Encoding x-gzip64; nothing else readable carries it, so guard must report it unread (R10)",
          "unknown Content-Transfer-Encoding x-gzip64")

    # 22 image/png whose bytes are text
    i = nxt(); to = COMP["lonestar"]
    data = "Lone Star Patio Supply LLC - PS-4 rattan patio set - USD 118.00/set - 400 sets\n".encode()
    raw = multipart(i, to, "price chart", [text_part(CLEAN.format(first="Dana")), attach(data, "image/png", "price_chart.txt")])
    write(i, raw, "stop", ["lonestar"], ["R2", "R3", "R4"],
          "attachment declared image/png (named price_chart.txt) whose bytes are plain text: Lone Star Patio PS-4 USD 118.00 x 400, sent to its competitor Bayou Backyard",
          "attachment declared image/png whose bytes are text")

    # 23 attachment file name (RFC 2231)
    i = nxt(); to = P[2]
    fname = "PI Hedgerow Garden Supplies WG-80 USD31.50 x900.txt"
    from urllib.parse import quote
    enc = quote(fname, safe="")
    part = (f"Content-Type: text/plain; charset=\"utf-8\"; name*=utf-8''{enc}\n"
            f"Content-Disposition: attachment; filename*=utf-8''{enc}\n\nProforma invoice template - fill in your details.\n")
    raw = multipart(i, to, "proforma", [text_part(CLEAN.format(first="Hannah")), part])
    write(i, raw, "stop", ["hedgerow"], ["R3", "R4"],
          "leak only in the attachment's RFC 2231-encoded file name: Hedgerow Garden Supplies WG-80 USD 31.50 x 900 (content clean)",
          "leak in attachment file name (RFC 2231)")

    # 24 Cc display name (internal address)
    i = nxt(); to = P[3]
    cc = '"Pinecone Outfitters - LT-30 USD 4.60 x 5000" <archive@harbourlight.cn>'
    raw = headers(i, to, "LED lanterns", cc=cc, ctype='text/plain; charset="utf-8"') + "\n" + CLEAN.format(first="Ivan")
    write(i, raw, "stop", ["pinecone"], ["R3", "R4"],
          "leak only in the display name of an internal Cc address, visible to the prospect: Pinecone Outfitters LT-30 USD 4.60 x 5000",
          "leak in a Cc display name")

    # 25 RFC 2047 subject, mixed odd charsets
    i = nxt(); to = P[4]
    def q(s, cs):
        return "=?%s?Q?%s?=" % (cs, "".join(c if c.isalnum() else ("_" if c == " " else "=%02X" % ord(c)) for c in s))
    def bb(s, cs):
        return "=?%s?B?%s?=" % (cs, base64.b64encode(s.encode(cs)).decode())
    subj = " ".join([q("Ref: Yama", "koi8-r"), bb("biko Out", "iso-8859-15"), q("door TB-150 ", "windows-1252"),
                     bb("JPY 1980 x 3000", "utf-16"), ])
    raw = headers(i, to, subj, ctype='text/plain; charset="utf-8"') + "\n" + CLEAN.format(first="Wang")
    write(i, raw, "stop", ["yamabiko"], ["R3", "R4"],
          "leak only in the Subject, split across adjacent RFC 2047 encoded-words in koi8-r/Q, iso-8859-15/B, windows-1252/Q and utf-16/B: Yamabiko Outdoor TB-150 JPY 1980 x 3000",
          "RFC 2047 encoded-words in Subject, split across odd charsets")

    # 26 gb18030 body
    i = nxt(); to = P[4]
    txt = "王先生您好：\n\n供参考：澳洲金合欢户外的折叠露营椅（HC-210）单价12.40美元，每单3000把。\n\nLily\n"
    raw = headers(i, to, "Re: 折叠椅报价", ctype='text/plain; charset="gb18030"', extra=["Content-Transfer-Encoding: base64"]) + "\n" + b64(txt.encode("gb18030"))
    raw = raw.replace("Subject: Re: 折叠椅报价", "Subject: " + Header("Re: 折叠椅报价", "utf-8").encode())
    write(i, raw, "stop", ["wattle"], ["R3", "R4"],
          "body in gb18030 (base64): alias 澳洲金合欢户外 with 折叠露营椅 HC-210 at 12.40 USD x 3000",
          "gb18030 charset body")

    # 27 big5 body
    i = nxt(); to = P[5]
    txt = "陳小姐您好：\n\n參考：福爾摩沙休閒 的 HC-210 單價 USD 12.90，訂購 1800 張。\n\nLily\n"
    raw = headers(i, to, "Re: quotation", ctype='text/plain; charset="big5"', extra=["Content-Transfer-Encoding: quoted-printable"]) + "\n" + quopri.encodestring(txt.encode("big5")).decode()
    write(i, raw, "stop", ["formosa"], ["R3", "R4"],
          "body in big5 (quoted-printable): alias 福爾摩沙休閒 with HC-210 at USD 12.90 x 1800",
          "big5 charset body")

    # 28 koi8-r body
    i = nxt(); to = P[3]
    txt = "Здравствуйте, Иван!\n\nДля справки: наш клиент Kiwi Trail Gear берёт спальники SB-05 по 16.30 USD, 1500 шт.\n\nЛили\n"
    raw = headers(i, to, "Re: sleeping bags", ctype='text/plain; charset="koi8-r"', extra=["Content-Transfer-Encoding: 8bit"]).encode() + b"\n" + txt.encode("koi8-r")
    write(i, raw, "stop", ["kiwitrail"], ["R3", "R4"],
          "body in koi8-r, 8bit: Kiwi Trail Gear with SB-05 at USD 16.30 x 1500 inside Russian text",
          "koi8-r charset body (8bit)")

    # 29 utf-16 body
    i = nxt(); to = P[6]
    txt = "Dear Noah,\n\nreference: Maplewood Camp takes WG-80 folding camping wagon at USD 30.80/pc, 1100 pcs.\n\nLily\n"
    raw = headers(i, to, "Re: wagons", ctype='text/plain; charset="utf-16"', extra=["Content-Transfer-Encoding: base64"]) + "\n" + b64(txt.encode("utf-16"))
    write(i, raw, "stop", ["maplewood"], ["R3", "R4"],
          "body in utf-16 (with BOM, base64): Maplewood Camp with WG-80 at USD 30.80 x 1100",
          "utf-16 charset body")

    # 30 zero-width characters
    i = nxt(); to = P[7]
    name = "Yama\u200bbiko\u200c Out\u2060door"
    txt = f"Dear Priya,\n\nreference: {name} buys LT-30 LED camping lantern at USD 5.05/pc, 4000 pcs.\n\nLily\n"
    raw = headers(i, to, "Re: lanterns", ctype='text/plain; charset="utf-8"', extra=["Content-Transfer-Encoding: quoted-printable"]) + "\n" + quopri.encodestring(txt.encode()).decode()
    write(i, raw, "stop", ["yamabiko"], ["R3", "R4"],
          "zero-width characters (U+200B, U+200C, U+2060) inside 'Yamabiko Outdoor' (invisible to the reader) with LT-30 at USD 5.05 x 4000",
          "zero-width characters inside the account name")

    # 31 soft hyphens
    i = nxt(); to = COMP["bayou"]
    txt = "Dear Travis,\n\nfor comparison: Bay\u00adou Back\u00adyard takes PS-4 rattan patio set at USD 121.50/set, 260 sets.\n\nLily\n"
    raw = headers(i, to, "Re: patio sets", ctype='text/plain; charset="utf-8"', extra=["Content-Transfer-Encoding: 8bit"]) + "\n" + txt
    write(i, raw, "stop", ["bayou"], ["R2", "R3", "R4"],
          "soft hyphens (U+00AD) inside 'Bayou Backyard' with PS-4 at USD 121.50 x 260, sent to its competitor Lone Star Patio",
          "soft hyphens inside the account name")

    # 32 full-width
    i = nxt(); to = P[0]
    txt = "Dear Ethan,\n\nreference: Ｇｏｌｄｅｎ　Ｄｕｎｅｓ buys ＧＺ－３３ pop-up gazebo at USD 35.00/set, 900 sets.\n\nLily\n"
    raw = headers(i, to, "Re: gazebos", ctype='text/plain; charset="utf-8"', extra=["Content-Transfer-Encoding: base64"]) + "\n" + b64(txt.encode())
    write(i, raw, "stop", ["dunes"], ["R3", "R4"],
          "full-width letters (NFKC-foldable) for 'Golden Dunes' and the SKU GZ-33 with USD 35.00 x 900",
          "full-width letters")

    # 33 homoglyphs
    i = nxt(); to = P[1]
    txt = "Dear Sofia,\n\nreference: K\u0430r\u043e\u043e Tr\u0430ils buys CB-45 45L cooler box at USD 23.40/pc, 700 pcs.\n\nLily\n"
    raw = headers(i, to, "Re: cooler boxes", ctype='text/plain; charset="utf-8"', extra=["Content-Transfer-Encoding: 8bit"]) + "\n" + txt
    write(i, raw, "stop", ["karoo"], ["R3", "R4"],
          "homoglyphs: 'Karoo Trails' written with Cyrillic а/о (U+0430, U+043E), which the reader reads as the name, with CB-45 at USD 23.40 x 700",
          "Cyrillic homoglyphs in the account name")

    # 34 name split by HTML tags
    i = nxt(); to = COMP["wattle"]
    html = ("<html><body><p>Dear Chloe,</p><p>FYI <b>Wat</b>tle &amp; <i>G</i>um take the H<span>C-2</span>10 "
            "at USD <b>12</b>.40/pc, 3000 pcs.</p><p>Lily</p></body></html>")
    raw = headers(i, to, "Re: chairs", ctype='text/html; charset="utf-8"') + "\n" + html + "\n"
    write(i, raw, "stop", ["wattle"], ["R2", "R3", "R4"],
          "HTML-only body where the name, SKU and price are split by inline tags (<b>Wat</b>tle & <i>G</i>um, H<span>C-2</span>10, <b>12</b>.40); sent to competitor Southern Cross",
          "name split by HTML tags")

    # 35 2 MB of text then leak
    i = nxt(); to = P[2]
    words = ["outdoor", "quality", "carton", "container", "loading", "inspection", "shipment", "colour", "sample",
             "packing", "delivery", "schedule", "warehouse", "factory", "material", "steel", "frame", "fabric"]
    r = random.Random(35)
    lines = []
    size = 0
    while size < 2_100_000:
        ln = " ".join(r.choice(words) for _ in range(12))
        lines.append(ln); size += len(ln) + 1
    txt = "Dear Hannah,\n\nour general terms and notes follow.\n\n" + "\n".join(lines) + \
          "\n\nP.S. Bivouac & Jardin buys the HC-220 armrest camp chair at EUR 14.20, 1300 pcs.\n\nLily\n"
    raw = headers(i, to, "terms and notes", ctype='text/plain; charset="us-ascii"', extra=["Content-Transfer-Encoding: 7bit"]) + "\n" + txt
    write(i, raw, "stop", ["bivouac"], ["R3", "R4"],
          "very long body: 2.1 MB of filler text, the leak at the very end (Bivouac & Jardin HC-220 EUR 14.20 x 1300)",
          "leak at the end of 2.1 MB of text")

    # 36 200 recipients
    i = nxt()
    r = random.Random(36)
    doms = ["campdeal", "tentworld", "outdoorhub", "parkgear", "trailshop", "gardenmart", "patioplus", "hikebase"]
    tlds = ["com", "net", "co.uk", "com.au", "de", "fr", "io", "ca"]
    rc = [f"buyer{k:03d}@{r.choice(doms)}{k}.{r.choice(tlds)}" for k in range(200)]
    to = ",\n ".join(rc)
    txt = "Dear buyers,\n\nour new patio range is ready. Lone Star Patio Supply already takes the PS-4 rattan patio set at USD 118.00/set, 400 sets.\n\nLily\n"
    raw = headers(i, to, "New patio range", ctype='text/plain; charset="utf-8"') + "\n" + txt
    write(i, raw, "stop", ["lonestar"], ["R3", "R4"],
          "200 unknown external recipients in To (folded header); body names Lone Star Patio with PS-4 at USD 118.00 x 400",
          "200 recipients")

    # 37 30-level multipart nesting
    i = nxt(); to = P[3]
    leaf = text_part("Reference: Sierra Madre Aventura buys TB-120 aluminium folding table at USD 19.40/pc, 900 pcs.\n")
    part = leaf
    for lvl in range(29, 0, -1):
        b = f"=_nest_{lvl:02d}"
        part = f'Content-Type: multipart/mixed; boundary="{b}"\n\n--{b}\n{part}\n--{b}--\n'
    raw = multipart(i, to, "nested", [text_part("Dear Ivan,\n\nplease see below.\n\nLily\n"), part], boundary="=_nest_00")
    write(i, raw, "stop", ["sierramadre"], ["R3", "R4"],
          "multipart/mixed nested 30 levels deep, the leak in the innermost text/plain: Sierra Madre Aventura TB-120 USD 19.40 x 900",
          "30-level multipart nesting")

    # 38 1000-line quoted thread, bottom-posted leak
    i = nxt(); to = P[2]
    r = random.Random(38)
    qs = ["> Could you send the catalogue and the MOQ for the tunnel tents?", "> We are a new importer in Busan.",
          "> Please confirm the lead time for 40HQ.", "> What colours are available?", ">> Thank you for the samples.",
          ">> The stitching looks good.", "> Can you do our logo on the carry bag?", ">"]
    quoted = ["On Fri, 30 Oct 2026, Hannah Ko <hannah@trailnest.co.kr> wrote:"] + [r.choice(qs) for _ in range(1000)]
    txt = "\n".join(quoted) + "\n\nHannah, answering all of the above at once: yes. And for reference, Cordillera Outdoor buys the same TN-320 at USD 57.60/pc, 300 pcs.\n\nLily\n"
    raw = headers(i, to, "Re: Re: Re: tunnel tents", ctype='text/plain; charset="utf-8"') + "\n" + txt
    write(i, raw, "stop", ["cordillera"], ["R3", "R4"],
          "1000-line quoted thread from the recipient; the sender's new text is at the bottom (bottom-posting) and names Cordillera Outdoor with TN-320 at USD 57.60 x 300",
          "1000-line quoted thread, leak bottom-posted")

    # 39 display:none junk inside the visible name
    i = nxt(); to = P[7]
    html = ('<html><body><p>Dear Priya,</p><p>Reference: Ipe<span style="display:none">rson Trading and Sons</span> '
            'Camp<span style="display:none">bell</span>ing buys the HM-01 camping hammock at USD 8.30/pc, 1500 pcs.</p><p>Lily</p></body></html>')
    raw = multipart(i, to, "Re: hammocks", [text_part("Dear Priya,\n\nplease see the HTML version.\n\nLily\n"), text_part(html, "text/html")], "alternative")
    write(i, raw, "stop", ["ipe"], ["R3", "R4"],
          "HTML where display:none spans are inserted inside the name; the reader's client shows 'Ipe Camping buys the HM-01 ... USD 8.30 x 1500' (labelled by what is shown)",
          "display:none text inside the shown name")

    # 40 HTML comment inside name
    i = nxt(); to = COMP["waldweg"]
    html = ("<html><body><p>Liebe Frau M&uuml;ller,</p><p>zum Vergleich: Wald<!-- x -->weg Frei<!-- y -->zeit nimmt den HM-01 "
            "camping hammock zu EUR 7.95/Stk., 2400 Stk.</p><p>Lily</p></body></html>")
    raw = headers(i, to, "Hängematten", ctype='text/html; charset="utf-8"', extra=["Content-Transfer-Encoding: 8bit"]) + "\n" + html + "\n"
    raw = raw.replace("Subject: Hängematten", "Subject: " + Header("Hängematten", "utf-8").encode())
    write(i, raw, "stop", ["waldweg"], ["R2", "R3", "R4"],
          "HTML comments inside the name (Wald<!-- x -->weg Frei<!-- y -->zeit, shown as 'Waldweg Freizeit') with HM-01 at EUR 7.95 x 2400, sent to its competitor Gartenhaus Mueller",
          "HTML comments inside the account name")

    # 41 CRLF / LF / CR mixed
    i = nxt(); to = COMP["gartenhaus"]
    hdr = headers(i, to, "Re: egg roll tables", ctype='text/plain; charset="utf-8"', extra=["Content-Transfer-Encoding: 8bit"]).replace("\n", "\r\n")
    body = ("Dear Jonas,\r\n\nfor comparison, Gartenhaus\r\nMüller takes the TB-150 egg roll table\nat EUR 13.60/pc,\r\n1100 pcs.\n\r\nLily\r\n")
    raw = hdr + "\r\n" + body
    write(i, raw, "stop", ["gartenhaus"], ["R2", "R3", "R4"],
          "mixed CRLF and bare LF line endings; the name 'Gartenhaus\\r\\nMüller' is broken across a CRLF, with TB-150 at EUR 13.60 x 1100, sent to its competitor Waldweg",
          "CRLF and bare LF mixed, name broken across lines")

    # 42 missing MIME-Version
    i = nxt(); to = P[5]
    txt = "Dear Yu-ting,\n\nreference: Pinecone Outfitters buys LT-30 LED camping lantern at USD 4.60/pc, 5000 pcs.\n\nLily\n"
    raw = multipart(i, to, "Re: lanterns", [text_part(txt, cte="base64"), text_part("<p>" + txt.replace("\n", "<br>") + "</p>", "text/html", cte="base64")], "alternative", mime=False)
    write(i, raw, "stop", ["pinecone"], ["R3", "R4"],
          "no MIME-Version header on a multipart/alternative with base64 parts; names Pinecone Outfitters with LT-30 at USD 4.60 x 5000",
          "missing MIME-Version header")

    # 43 boundary string inside the content
    i = nxt(); to = COMP["bayou"]
    b = "=_hl_b43"
    txt = (f"Dear Travis,\n\nour system printed this marker, please ignore:\n--{b}  [end of quote]\n--{b}--x\n"
           "Anyway, Bayou Backyard Living pays USD 121.50/set for the PS-4 rattan patio set, 260 sets.\n\nLily\n")
    raw = multipart(i, to, "Re: patio sets", [text_part(txt), attach(b"Catalogue 2027\n", "text/plain", "catalogue.txt")], boundary=b)
    write(i, raw, "stop", ["bayou"], ["R2", "R3", "R4"],
          "the multipart boundary string appears inside the text part ('--=_hl_b43  [end of quote]', '--=_hl_b43--x', not real delimiters per RFC 2046); the leak follows: Bayou Backyard PS-4 USD 121.50 x 260, to its competitor Lone Star",
          "boundary string appearing inside the content")

    # 44 encrypted PDF -> R10
    i = nxt(); to = P[6]
    pdf = pdf_bytes(["Reference price list", "Distribuidora Andina de Camping - GZ-33 pop-up gazebo - USD 33.40 x 700 sets"], encrypt="hl2026")
    raw = multipart(i, to, "price list (password by phone)", [text_part("Dear Noah,\n\nthe price list is attached, I will give you the password by phone.\n\nLily\n"),
                    attach(pdf, "application/pdf", "pricelist.pdf")])
    write(i, raw, "flag", [], ["R10"],
          "user-password-encrypted PDF whose only content is a reference account's deal (Andina GZ-33 USD 33.40 x 700); nothing readable carries it, so guard must report the PDF unread (R10)",
          "password-encrypted PDF")

    # 45 quoted-printable soft line breaks inside the name
    i = nxt(); to = P[4]
    body = ("Dear Wang Lei,\n\nreference: So=\nuth=\nern Cr=6F=\nss Camp=\ning takes the H=\nC-210 folding camp chair at USD 1=\n2.65/pc, =\n2500 pcs.\n\nLily\n")
    raw = headers(i, to, "Re: chairs", ctype='text/plain; charset="utf-8"', extra=["Content-Transfer-Encoding: quoted-printable"]) + "\n" + body
    write(i, raw, "stop", ["southcross"], ["R3", "R4"],
          "quoted-printable soft line breaks (=\\n) and =6F escapes splitting the name, SKU and price: Southern Cross Camping HC-210 USD 12.65 x 2500",
          "quoted-printable soft line breaks splitting the name")


if __name__ == "__main__":
    os.makedirs(MSG, exist_ok=True)
    gen()
    with open(os.path.join(ROOT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "src", "techniques.md"), "w", encoding="utf-8") as f:
        f.write("| # | technique | expect | accounts | rules |\n|---|---|---|---|---|\n" + "\n".join(readme) + "\n")
    print(len(labels), "messages")
