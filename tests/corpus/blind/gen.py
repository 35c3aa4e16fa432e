#!/usr/bin/env python3
"""Regenerate the blind held-out corpus: messages/NNNN.eml and labels.jsonl.

A fictitious Ningbo auto-parts exporter (registry.toml).  Every message is
written by hand below (MSGS); the fixed seed only chooses dates, mail
clients, encodings, line endings and the file order, so the output is
byte-stable.  Labels follow SPEC section 5 strictly; the rule behind each
label is kept in `why` (prefix "[R4]" etc.).

Run:  .venv/bin/python tests/corpus/blind/gen.py   (needs openpyxl, python-docx, fpdf2)
"""

from __future__ import annotations

import base64
import collections
import datetime as dt
import html
import io
import json
import os
import quopri
import random
import re
import textwrap
import tomllib
import zipfile
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.policy import compat32
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20260321
REG = tomllib.load(open(os.path.join(HERE, "registry.toml"), "rb"))
ACC = {a["id"]: a for a in REG["accounts"]}
TZ = dt.timezone(dt.timedelta(hours=8))
RNG = random.Random(SEED)

# ------------------------------------------------------------------ people
VIV = ("Vivian Xu", "vivian.xu@steadfast-auto.cn")
TONY = ("Tony Huang", "tony.huang@steadfast-auto.cn")
SUNNY = ("Sunny Ye", "sunny.ye@sfautoparts.com")
ERIC = ("Eric Chen", "eric.chen@sfautoparts.com")
BOSS = ("王磊", "wang.lei@steadfast-auto.cn")
QC = ("质检部 周工", "qc@steadfast-auto.cn")
FIN = ("财务部", "finance@steadfast-auto.cn")
DOCS = ("单证 Linda", "docs@steadfast-auto.cn")

MARKUS = ("Markus Albrecht", "m.albrecht@kraus-autoteile.de")
JANH = ("Jan-Hendrik Petersen", "jh.petersen@hansa-fahrzeugteile.de")
MOHD = ("Mohammed Rashid", "purchase@alnoorautoparts.ae")
IMRAN = ("Imran Qureshi", "imran.q@alnoorautoparts.ae")
FAISAL = ("Faisal Al-Otaibi", "faisal@saharaspares.com.sa")
CRAIG = ("Craig Mitchell", "craig@redlinespares.com.au")
SARAH = ("Sarah Nguyen", "sarah@outbackautospares.com.au")
GARETH = ("Gareth Hughes", "g.hughes@brackleymf.co.uk")
TRAVIS = ("Travis Boone", "travis@lonestarautosupply.com")
ALEJ = ("Alejandro Ruiz", "compras@refaccionariaaguila.com.mx")
SERGEY = ("Sergey Morozov", "s.morozov@avtodetal-trade.ru")
CHINEDU = ("Chinedu Okafor", "chinedu@ikejamotorparts.com.ng")
PIOTR = ("Piotr Wiśniewski", "piotr@motoczesci-wisniewski.pl")
EMRE = ("Emre Yılmaz", "emre.yilmaz@anadolu-oto.com.tr")
TAN = ("Tan Wei Ming", "weiming.tan@sinarjaya-auto.com.my")
LINZH = ("林志豪", "chihhao.lin@hsinfeng-auto.com.tw")
MIKKO = ("Mikko Virtanen", "mikko.virtanen@polarmotor.fi")
GULFFWD = ("Maria Alvarez", "import@gulfcoastfwd.com")          # lonestar's partner
BOTANY = ("Jess Tran", "jess@botanyfreight.com.au")             # redline's partner
SJLOG = ("Lim Boon Keat", "ops@sjlogistics.com.my")             # sinarjaya's partner

# prospects and other outsiders (unknown external recipients)
P_AU = ("Jake Morrison", "jake@morrisonautoparts.com.au")
P_KW = ("Yousef Al-Sabah", "yousef@q8autoparts.com")
P_GH = ("Kofi Mensah", "kofi@accramotorspares.com.gh")
P_DE = ("Thomas Becker", "t.becker@becker-kfz-teile.de")
P_UK = ("Priya Shah", "priya@shahmotorspares.co.uk")
P_VN = ("Nguyen Van Hai", "hai.nguyen@saigonphutung.vn")
P_CL = ("Javier Soto", "jsoto@repuestosdelsur.cl")
P_RU = ("Дмитрий Волков", "d.volkov@zapchasti-sibir.ru")
P_OM = ("Ahmed Al Farsi", "ahmed.farsi@muscat-autoparts.com")
P_HK = ("陈志强", "zq.chen@hk-autotrade.com.hk")
P_TW = ("林佩君", "peggy.lin@dacheng-auto.com.tw")
P_MY = ("黄俊杰", "junjie.wong@klautoworld.com.my")
P_SG = ("Lim Hui Min", "huimin@autolink-sg.com")
P_DXB = ("张伟", "zhangwei@dragonmart-autoparts.ae")
FWD = ("Ocean Bridge Logistics", "ops@oceanbridge-log.com")      # our own forwarder
FWD_ZH = ("宁波海桥货代 小李", "booking@nbhaiqiao-log.cn")
LAMP = ("刘厂长", "liu@yuyao-mingliang.com")                     # LED sub-supplier
RUBBER = ("王经理", "wang@jinggong-rubber.com")                  # rubber boot sub-supplier


def sig(who, style="en"):
    n = who[0]
    if style == "en":
        return (f"\n\nBest regards\n{n}\nExport Sales | Ningbo Beilun Steadfast Auto Parts Co., Ltd.\n"
                "Tel: +86 574 8618 2271 | www.sfautoparts.com\n")
    if style == "short":
        return f"\n\n{n}\n"
    if style == "zh":
        return f"\n\n{n}\n宁波北仑稳达汽车配件有限公司 外贸部\n电话：0574-8618 2271\n"
    if style == "tw":
        return f"\n\n{n}\n寧波北侖穩達汽車配件有限公司 外貿部\n"
    raise ValueError(style)


def T(s):
    """Dedent a message text written inline below."""
    return textwrap.dedent(s).strip("\n")


# ------------------------------------------------------------------ attachments
def zip_norm(data):
    """Rewrite a zip (xlsx/docx) with fixed timestamps so output is byte-stable."""
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


def pdf(title, lines):
    from fpdf import FPDF
    p = FPDF()
    p.set_creation_date(dt.datetime(2026, 1, 1, tzinfo=dt.UTC))
    p.add_page()
    p.set_font("Helvetica", "B", 14)
    p.cell(0, 10, title, new_x="LMARGIN", new_y="NEXT")
    p.set_font("Helvetica", size=10)
    for ln in lines:
        p.multi_cell(0, 6, ln, new_x="LMARGIN", new_y="NEXT")
    return bytes(p.output())


def xlsx(sheets):
    import openpyxl
    wb = openpyxl.Workbook()
    first = True
    for name, rows, hidden in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = name
        for r in rows:
            ws.append(r)
        if hidden:
            ws.sheet_state = "hidden"
    wb.properties.created = wb.properties.modified = dt.datetime(2026, 1, 1)
    b = io.BytesIO()
    wb.save(b)
    return zip_norm(b.getvalue())


def docx(paras, table=None):
    import docx as _docx
    d = _docx.Document()
    d.core_properties.created = d.core_properties.modified = dt.datetime(2026, 1, 1)
    for p in paras:
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=0, cols=len(table[0]))
        for r in table:
            for c, v in zip(t.add_row().cells, r, strict=True):
                c.text = str(v)
    b = io.BytesIO()
    d.save(b)
    return zip_norm(b.getvalue())


def csv(rows):
    return "\r\n".join(",".join(str(c) for c in r) for r in rows) + "\r\n"


# ------------------------------------------------------------------ quoting styles
def fmt_addr(p):
    return f"{p[0]} <{p[1]}>"


def fwd_outlook(frm, sent, to, subject, body, cc=None):
    cc_line = f"Cc: {cc}\n" if cc else ""
    return (f"\n\n-----Original Message-----\nFrom: {fmt_addr(frm)}\nSent: {sent}\nTo: {fmt_addr(to)}\n"
            f"{cc_line}Subject: {subject}\n\n{body}\n")


def fwd_outlook_new(frm, sent, to, subject, body):
    return (f"\n\n________________________________\nFrom: {fmt_addr(frm)}\nSent: {sent}\nTo: {fmt_addr(to)}\n"
            f"Subject: {subject}\n\n{body}\n")


def fwd_outlook_zh(frm, sent, to, subject, body):
    return (f"\n\n发件人: {fmt_addr(frm)}\n发送时间: {sent}\n收件人: {fmt_addr(to)}\n"
            f"主题: {subject}\n\n{body}\n")


def fwd_gmail(frm, date, to, subject, body):
    return (f"\n\n---------- Forwarded message ---------\nFrom: {fmt_addr(frm)}\nDate: {date}\n"
            f"Subject: {subject}\nTo: {fmt_addr(to)}\n\n\n{body}\n")


def fwd_gmail_zh(frm, date, to, subject, body):
    return (f"\n\n---------- 转发的邮件 ---------\n发件人： {fmt_addr(frm)}\n日期：{date}\n"
            f"主题：{subject}\n收件人：{fmt_addr(to)}\n\n\n{body}\n")


def fwd_apple(frm, date, to, subject, body):
    return (f"\n\nBegin forwarded message:\n\nFrom: {fmt_addr(frm)}\nSubject: {subject}\nDate: {date}\n"
            f"To: {fmt_addr(to)}\n\n{body}\n")


def fwd_foxmail(frm, date, to, subject, body):
    return (f"\n\n------------------ 原始邮件 ------------------\n发件人: \"{frm[0]}\"<{frm[1]}>;\n"
            f"发送时间: {date}\n收件人: \"{to[0]}\"<{to[1]}>;\n\n主题: {subject}\n\n{body}\n")


def quoted(intro, body):
    return "\n\n" + intro + "\n" + "\n".join("> " + ln if ln else ">" for ln in body.split("\n")) + "\n"


# ------------------------------------------------------------------ message list
MSGS = []


def M(key, expect, accounts, rule, lang, frm, to, subject, text, why, **kw):
    assert expect in ("pass", "flag", "stop")
    if expect == "pass" or rule == "R5":
        assert not accounts, key
    else:
        assert accounts, key
    for a in accounts:
        assert a in ACC, (key, a)
    MSGS.append(dict(key=key, expect=expect, accounts=sorted(accounts), rule=rule, lang=lang, frm=frm,
                     to=to, subject=subject, text=text, why=why, **kw))


# ================================================================== PASS
def kraus_pi_pdf():
    return pdf("PROFORMA INVOICE  No. SF260302", [
        "Seller: Ningbo Beilun Steadfast Auto Parts Co., Ltd., Xinqi Rd. 88, Beilun, Ningbo, China",
        "Buyer: Kraus Autoteile GmbH, Industriestr. 14, 70565 Stuttgart, Germany",
        "Date: 02 Mar 2026    Terms: FOB Ningbo    Payment: 30% T/T deposit, 70% against B/L copy",
        "1) BP-4410 ceramic brake pad set    6,000 sets  x EUR 7.85  = EUR 47,100.00",
        "2) BD-2870 vented brake disc        2,400 pcs   x EUR 18.60 = EUR 44,640.00",
        "TOTAL: EUR 91,740.00 (say Euro ninety-one thousand seven hundred forty only)",
        "Bank: Bank of Ningbo, Beilun Branch, A/C 7101 0122 0004 5821, SWIFT BKNBCN2N"])


M("p01", "pass", [], "own", "en", VIV, [MARKUS], "PI SF260302 - BP-4410 ceramic pads / BD-2870 discs", T("""
    Hi Markus,

    Pls find attached PI SF260302 for your March order:
    - BP-4410 ceramic brake pad set, 6,000 sets x EUR 7.85 = EUR 47,100.00
    - BD-2870 vented disc, 2,400 pcs x EUR 18.60 = EUR 44,640.00
    Total EUR 91,740.00, 30% deposit EUR 27,522.00 before production.

    Production time 35 days after deposit, so ETD Ningbo around mid April. Let me know if the shipping marks are same as last time.
    """) + sig(VIV), "account's own PI and figures sent to that account",
  atts=[("PI_SF260302.pdf", "pdf", kraus_pi_pdf())])

M("p02", "pass", [], "own", "en", TONY, [TRAVIS], "Re: SA-5521 repeat order Q3", T("""
    Hi Travis,

    Yes we can hold 19.75 for the 4200 pcs, price valid till June 30. Only thing - the dust boot supplier raised his price so from Q4 i can't promise the same.

    Will send PI tomorrow morning our time.

    Tony
    """) + quoted("On Tue, Apr 7, 2026 at 9:41 PM Travis Boone <travis@lonestarautosupply.com> wrote:", T("""
    Tony,
    Planning the Q3 buy. Can you do 4,200 pcs SA-5521 at 19.75 again? Same
    packing, our color box. Also need the 650 radiators confirmed for May.
    Thanks
    Travis""")), "reply to the account quoting its own mail; only its own figures", fmt="alt")

M("p03", "pass", [], "internal", "zh", BOSS, [VIV, TONY], "德国两家报价注意", T("""
    Vivian、Tony：

    克劳斯和汉莎两家都是德国的，又是竞争对手，刹车片价格不一样（克劳斯7.85欧，汉莎8.15欧），报价单和PI千万不要发错人，邮件也不要同时抄送两家。
    上次差点把克劳斯的PI发给汉莎，幸好Sunny发现了。

    以后发德国客户的附件，发之前自己再核对一遍收件人！

    王磊
    """), "all recipients internal", charset="gbk")

M("p04", "pass", [], "own-offer", "en", SUNNY, [P_AU], "Re: LED headlight enquiry - Morrison Auto Parts", T("""
    Hi Jake,

    Thanks for your enquiry from our website.
    For the H7 LED headlight bulb (LH-H7S, 6000K, 55W per pair, CANbus) our price is USD 9.60/pair FOB Ningbo, MOQ 500 pairs, packed 10 pairs per inner box.
    H4 (LH-H4X) is USD 8.20/pair, same MOQ.

    We have been exporting to Australia since 2017 so we know the ADR requirements, and our bulbs come with E-mark and the usual test reports.
    Samples can be sent by DHL in 3-4 days, sample charge refundable on first order.

    Cheers,
    Sunny
    """), "our own offer prices to a prospect; R9 country statement")

M("p05", "pass", [], "R9", "en", ERIC, [P_KW], "Catalogue 2026 - Steadfast Auto Parts", T("""
    Dear Mr. Yousef,

    Nice to meet you at Automechanika Dubai last week. As promised please find our 2026 catalogue here: www.sfautoparts.com/catalogue2026.pdf

    We ship to the Gulf every month (Jebel Ali, Dammam, Shuwaikh) and have distributors in UAE and Saudi, so we know the market requirements for packing and labelling in Arabic.

    Which items are you most interested in? Filters, lighting or suspension?
    """) + sig(ERIC), "R9: exports to a region, no identity or figures")

M("p06", "pass", [], "logistics", "zh", ERIC, [FWD_ZH], "订舱 1x40HQ 宁波-杰贝阿里 ETD 4/18", T("""
    小李你好，

    麻烦订一个40HQ，宁波到迪拜杰贝阿里，船期4月18号左右。
    货物：汽车滤清器 1,240箱，毛重18,600公斤，62方
    HS编码 8421230000
    装货地址：北仑新碶路88号我司仓库，联系人周师傅 139 5748 2210

    收货人和通知人信息等做SI的时候一起发你。请报一下运费和目的港免柜期，谢谢！

    Eric
    """), "ordinary booking to our forwarder, no account identity", charset="gbk")


def qc_pdf():
    return pdf("FINAL INSPECTION REPORT  AN-2603", [
        "Client order: AN-2603    Inspection date: 17 Mar 2026    Standard: ISO 2859-1, AQL 2.5 / 4.0",
        "OF-1206 spin-on oil filter: lot size 48,000 pcs, sample 500 pcs, critical 0, major 0, minor 2 - PASSED",
        "AF-3390 cabin air filter: lot size 30,000 pcs, sample 500 pcs, critical 0, major 0, minor 0 - PASSED",
        "Remarks: label position on 2 pcs slightly off centre, reworked before packing.",
        "Inspector: Zhou Qiang, QC Dept."])


M("p07", "pass", [], "own", "en", ERIC, [MOHD], "QC result OF-1206 / AF-3390 - order AN-2603", T("""
    Dear Mohammed,

    Final inspection done today for your order AN-2603:
    OF-1206 oil filter 48,000 pcs - AQL 2.5 passed, 0 critical, 2 minor (label slightly off center)
    AF-3390 cabin filter 30,000 pcs - passed
    Photos and the full report attached.

    We will load on 21st, B/L draft to you next week. Balance USD 67,872.00 pls arrange before B/L release.

    Regards
    Eric
    """), "account's own order figures and QC report", atts=[("QC_report_AN-2603.pdf", "pdf", qc_pdf())])

M("p08", "pass", [], "payment", "en", VIV, [GARETH], "Re: payment SF-INV-26031", T("""
    Hi Gareth,

    Recieved GBP 19,545.00 today for the deposit, thank you. Production starts Monday, 15,000 pcs WB-22H + 3,500 IC-07 coils.
    Our finance will send the receipt in a separate mail.

    Kind regards,
    Vivian
    """), "payment confirmation with the account's own figures")

M("p09", "pass", [], "logistics", "en", TONY, [SERGEY], "CV-818 samples sent - DHL 7734552091", T("""
    Hello Sergey,

    Samples of the new CV-818 boot (with the thicker clamp you asked) sent today by DHL, AWB 77 3455 2091. Should arrive Moscow in 5-6 working days, customs maybe longer.
    Inside: 2 sets CV-818, 4 pcs WH-136 with the new seal.

    Pls confirm when you get it.
    Tony
    """), "tracking number and samples to the account itself")

M("p10", "pass", [], "own", "zh", VIV, [LINZH], "IC-07 點火線圈 裝櫃通知", T("""
    林先生 您好，

    貴司訂單 HF-2603 點火線圈 IC-07 共 2,000 支，已於3月20日裝櫃，櫃號 TGHU 836502-1，提單號 NGBKHH2603117，預計3月24日到高雄港。
    另外 FP-330 汽油泵 1,000 支還在生產，預計4月初出貨。

    尾款 USD 9,590 請於到港前安排，謝謝。
    """) + sig(("Vivian 許薇",), "tw"), "traditional Chinese shipping notice with the account's own figures",
  charset="big5")

M("p11", "pass", [], "internal", "zh", QC, [TONY], "BD-2870 刹车盘 动平衡不合格 批次2604-B", T("""
    Tony：

    今天抽检波兰那批刹车盘（BD-2870，3200只），动平衡有17只超差，已经隔离返工。预计延迟两天，出货日改到4月16日，麻烦跟客户说一下。
    检测记录放在共享盘 QC/2604-B。

    质检部 小周
    """), "internal QC mail", cc=[BOSS])

M("p12", "pass", [], "R8", "en", SUNNY, [P_DE], "Re: references in Europe", T("""
    Dear Mr. Becker,

    I understand you want to talk to an existing customer before the first order, that's very normal.
    Polar Motor Group in Finland has agreed to act as reference for us, you can contact Mr. Mikko Virtanen, mikko.virtanen@polarmotor.fi. They have been working with us since 2021.
    For other customers in Germany I'm afraid we can not give names, I hope you understand - we treat your information the same way.
    """) + sig(SUNNY), "R8: the reference account named (with contact) without products or figures")

M("p13", "pass", [], "bcc-only", "mixed", VIV, [VIV], "Spring Festival holiday notice / 春节放假通知", T("""
    Dear valued customers,

    Please be informed our office and factory will be closed for Chinese New Year from Feb 14 to Feb 24, 2026. Orders placed before Jan 25 will be shipped before the holiday.
    During the holiday you can still reach us by mail or WeChat, replies may be a bit slower.

    Wish you a prosperous Year of the Horse!

    尊敬的客户：
    我司春节放假时间为2026年2月14日至2月24日，1月25日前下单的货物将在节前安排出运。放假期间邮件和微信照常，回复可能稍慢，敬请谅解。

    Vivian Xu
    Ningbo Beilun Steadfast Auto Parts Co., Ltd.
    """), "customers only in Bcc, generic content",
  bcc=[MARKUS, TRAVIS, GARETH, CHINEDU, EMRE], fmt="alt")


def gulf_pl_csv():
    return csv([["Ctn No.", "Item", "Description", "Qty/ctn", "Cartons", "Total qty", "G.W. kg"],
                ["1-140", "WH-136", "Wheel hub bearing", 20, 140, 2800, 2940],
                ["141-465", "RD-640", "Aluminium radiator", 2, 325, 650, 3510]])


M("p14", "pass", [], "partner", "en", TONY, [GULFFWD], "Lone Star Auto Supply - shipment docs, BL NGBHOU2605231", T("""
    Hi Maria,

    Shipping docs for Lone Star Auto Supply attached (CI, PL, BL copy).
    Goods: 2,800 pcs WH-136 wheel hub bearing @ USD 16.30, 650 pcs RD-640 radiator @ USD 38.50, total USD 70,665.00.
    1x40HQ, vessel MSC ANNA V.612E, ETA Houston 22 Jun.

    ISF was filed by you already per Travis. Any issue pls let me know.

    Tony
    """), "account's figures sent to its own partner forwarder",
  atts=[("PL_NGBHOU2605231.csv", "csv", gulf_pl_csv())])


def redline_inv_pdf():
    return pdf("COMMERCIAL INVOICE  SF-INV-26044", [
        "Buyer: Redline Motor Spares Pty Ltd, 12 Foundry Rd, Seven Hills NSW 2147, Australia",
        "LH-H7S H7 LED headlight bulb   3,000 pairs x AUD 14.20 = AUD 42,600.00",
        "WB-18F flat wiper blade        8,000 pairs x AUD 4.60  = AUD 36,800.00",
        "TOTAL AUD 79,400.00    Deposit received AUD 23,820.00    Balance AUD 55,580.00"])


M("p15", "pass", [], "partner", "en", SUNNY, [CRAIG], "RE: LH-H7S + WB-18F shipment April", T("""
    Hi Craig,

    Cargo ready 9 Apr: 3,000 pairs LH-H7S, 8,000 pairs WB-18F, 214 ctns total. I've cc'd Jess at Botany Freight so she can arrange the pick up with our forwarder in Ningbo.

    Invoice AUD 79,400.00 attached, balance AUD 55,580.00 due against BL copy.

    Cheers
    Sunny
    """), "account's own figures; Cc is its own partner", cc=[BOTANY],
  atts=[("SF-INV-26044.pdf", "pdf", redline_inv_pdf())])

M("p16", "pass", [], "internal", "mixed", TONY, [BOSS], "outback H7 price", T("""
    王总，

    Outback Auto 的 Sarah 又来压价，说 H7 (LH-H7S) 要从 13.75 降到 13.20 AUD，不然下单量从2500对减到2000对。Redline 那边是14.20，如果给Outback降了，Redline 知道了肯定也要降。

    my suggestion: keep 13.75, but give them 2% free spare parts. 您看行吗？

    Tony
    """), "internal discussion of two competitors' prices")


def pricelist_xlsx():
    return xlsx([("Price list Q2-2026", [
        ["Steadfast Auto Parts - FOB Ningbo price list Q2 2026 (USD)"],
        ["SKU", "Description", "Unit", "FOB USD", "MOQ"],
        ["OF-1206", "Spin-on oil filter", "pc", 1.65, 1000],
        ["AF-3390", "Cabin air filter", "pc", 1.10, 1000],
        ["FP-330", "Electric fuel pump", "pc", 12.60, 300],
        ["IC-07", "Ignition coil", "pc", 7.35, 500],
        ["BP-4410", "Ceramic brake pad set", "set", 9.20, 500]], False)])


M("p17", "pass", [], "own-offer", "en", ERIC, [P_GH], "Price list 2026 Q2 - filters & fuel pumps", T("""
    Hi Kofi,

    As discussed on WhatsApp, attached our Q2 price list for filters and fuel pumps, all FOB Ningbo in USD.
    MOQ per item 1,000 pcs, mixed container OK. Payment 30% TT deposit, 70% against BL copy.

    Let me know your target qty and i can check better price for bigger volume.
    """) + sig(ERIC), "our own price list to a prospect",
  atts=[("Steadfast_pricelist_Q2_2026.xlsx", "xlsx", pricelist_xlsx())])

M("p18", "pass", [], "own", "en", VIV, [EMRE], "Order confirmation RD-640 / SA-5521", T("""
    Dear Emre,

    Thank you for the PO AO-2604. Confirmed as below:
    RD-640 aluminium radiator, 800 pcs @ EUR 36.20 = EUR 28,960.00
    SA-5521 gas shock absorber, 2,200 pcs @ EUR 20.40 = EUR 44,880.00
    Total EUR 73,840.00 - deposit 30% EUR 22,152.00

    Delivery 40 days after deposit. Mersin port, CIF as usual.
    """) + sig(VIV), "order confirmation to the account itself")

M("p19", "pass", [], "own", "other", ERIC, [ALEJ], "Confirmación pedido pastillas BP-4410 y filtros OF-1206", T("""
    Estimado Alejandro:

    Le confirmamos su pedido:
    - 7,200 juegos de pastillas cerámicas BP-4410 a USD 8.90 por juego
    - 25,000 filtros de aceite OF-1206 a USD 1.55 c/u
    Total USD 102,830.00

    El embarque sale de Ningbo el 28 de abril hacia Manzanillo, tiempo de tránsito aprox. 26 días.
    Cualquier duda estoy a sus órdenes.

    Saludos cordiales,
    Eric Chen
    Departamento de Exportación
    """), "Spanish order confirmation to the account itself", charset="iso-8859-1")

M("p20", "pass", [], "own-offer", "other", TONY, [P_RU], "Предложение: ШРУС CV-818 и ступичные подшипники", T("""
    Добрый день, Дмитрий!

    Спасибо за ваш запрос. Наши цены FOB Нинбо:
    - ШРУС CV-818 (комплект) - 25,80 USD
    - ступичный подшипник WH-136 - 16,90 USD
    Минимальный заказ 300 шт. на позицию, срок производства 30-35 дней.

    Можем отправить образцы через DHL. Если удобнее, можно общаться в WeChat или Telegram.

    С уважением,
    Тони Хуанг (Tony Huang)
    Ningbo Beilun Steadfast Auto Parts
    """), "Russian offer of our own prices to a prospect", charset="koi8-r")

M("p21", "pass", [], "own-offer", "zh", ERIC, [P_HK], "报价：减震器 SA-5521 / 轮毂轴承 WH-136", T("""
    陈生您好，

    按您昨天电话里说的，报价如下（FOB宁波，美金）：
    减震器 SA-5521：21.80 / 只，MOQ 500只
    轮毂轴承 WH-136：17.20 / 只，MOQ 300只
    交期35天左右，付款 30%定金，70%见提单副本。

    如果数量能到2000只以上，价格还可以再谈。有需要的话可以先寄样品。
    """) + sig(("Eric 陈",), "zh"), "our own offer to a prospect")

M("p22", "pass", [], "quote-recipient", "en", ERIC, [FAISAL], "RE: urgent price for fuel pump", T("""
    Dear Faisal,

    Noted with thanks. For 1,200 pcs FP-330 we can keep the same price USD 11.90, delivery 30 days. If you add the OF-1206 filters in the same container (36,000 pcs like last time) we can do the Arabic labels free.

    Best regards
    Eric
    """) + fwd_outlook(FAISAL, "Sunday, March 15, 2026 11:02 AM", ERIC, "urgent price for fuel pump", T("""
    Dear Eric
    Kindly send us your best price for the fuel pump FP-330 qty 1200pcs, we need urgent because the market is very hot now. Please also tell the delivery time.
    Waiting your kind reply
    Best Regards
    Faisal Al-Otaibi
    Purchase Manager
    Sahara Motors Spares Est. - Riyadh""")), "reply quoting the recipient's own mail; own figures")

M("p23", "pass", [], "R9", "en", ERIC, [P_KW], "Re: LED H4 question", T("""
    Dear Yousef,

    Yes this model (LH-H4X) sells very well in the Middle East market, the fan is strong enough for 50 degree summer. We give 2 years warranty.
    Our price USD 7.40/pair FOB, MOQ 300 pairs.
    """) + sig(ERIC), "market statement without identity or figures; own offer")

M("p24", "pass", [], "payment", "en", VIV, [P_VN], "Important: bank account notice", T("""
    Dear Mr. Hai,

    Please note we have NOT changed our bank account. If you get any mail asking payment to a new account, it is fraud - pls call me first at +86 574 8688 3200 or WhatsApp +86 138 5742 0916.
    Our only account: Bank of Ningbo, Beilun Branch, A/C 7101 0122 0004 5821, SWIFT BKNBCN2N.

    Thank you and sorry for the trouble.
    Vivian
    """), "payment mail with phone and account numbers")


def ikeja_pi_xlsx():
    return xlsx([("PI", [
        ["PROFORMA INVOICE", "SF-PI-26051"],
        ["Buyer", "Ikeja Motor Parts Ltd, 22 Oba Akran Ave, Ikeja, Lagos"],
        ["Item", "Description", "Qty", "Unit", "Unit price USD", "Amount USD"],
        ["AF-3390", "Cabin air filter (40 pcs/ctn)", 420, "ctn", 38.40, 16128.00],
        ["FP-330", "Electric fuel pump", 1800, "pc", 10.85, 19530.00],
        ["", "", "", "", "TOTAL", 35658.00]], False)])


M("p25", "pass", [], "own", "en", ERIC, [CHINEDU], "PI for AF-3390 cabin filters + FP-330", T("""
    Hello Chinedu,

    Good day. Attached PI for your order:
    AF-3390 cabin air filter: 420 cartons (40 pcs/ctn) @ USD 38.40 per carton = USD 16,128.00
    FP-330 fuel pump: 1,800 pcs @ USD 10.85 = USD 19,530.00
    Total USD 35,658.00

    Please note Apapa port is congested, we suggest Tin Can Island. Kindly confirm.
    """) + sig(ERIC), "the account's own PI", atts=[("SF-PI-26051.xlsx", "xlsx", ikeja_pi_xlsx())])

M("p26", "pass", [], "internal", "zh", FIN, [VIV, TONY, SUNNY, ERIC], "3月收款汇总", T("""
    各位：

    3月份到账情况如下，请核对：
    克劳斯  EUR 27,522.00（定金）
    Lone Star  USD 46,084.50（定金）
    布莱克利  GBP 19,545.00（定金）
    努尔汽配  USD 67,872.00（尾款）
    Ikeja  USD 10,697.40（定金）

    未到账：安纳多卢 定金 EUR 22,152.00，请Vivian跟进。

    财务部 陈会计
    """), "internal finance summary naming many accounts", charset="gb18030")

M("p27", "pass", [], "quote-recipient", "en", SUNNY, [PIOTR], "Re: WB-22H new packaging", T("""
    Hi Piotr,

    Sure, new blister packing with Polish text is no problem. Cost +0.08 EUR/pc, so 2.43 instead of 2.35 for the 12,000 pcs. Artwork pls send in AI or PDF.
    BD-2870: 17 pcs failed balancing, reworked, ship date now 16 Apr.

    Best regards
    Sunny
    """) + quoted("On 3/11/2026 8:14 AM, Piotr Wiśniewski wrote:", T("""
    Hi Sunny,
    for next order of WB-22H (12 000 pcs) we want blister with Polish text,
    our designer will send files. How much extra per pc?
    Also BD-2870 delivery - any news? We have customers waiting.
    Pozdrawiam,
    Piotr""")), "reply quoting the recipient; own figures")

M("p28", "pass", [], "partner", "mixed", VIV, [SJLOG], "SJAP order SJ-2604 - BL draft / 提单草稿", T("""
    Hi Mr. Lim,

    Sinar Jaya 的订单 SJ-2604 今天已经装柜:
    LH-H4X 4,000 pairs, WB-18F 9,600 pairs, 186 cartons, 1x20GP TCLU 214883-0
    BL draft attached, 请确认 consignee 和 notify party 之后我们再放单. Invoice value USD 57,560.00.

    Thanks
    Vivian
    """), "account's figures to its own partner (forwarder)")

M("p29", "pass", [], "own", "en", VIV, [GARETH], "Quotation 2026/H2 - WB-22H & IC-07", T("""
    Dear Gareth,
    Please see our quotation for H2 below, prices unchanged from H1.
    WB-22H hybrid wiper blade 15,000 pcs GBP 2.85 = GBP 42,750.00
    IC-07 ignition coil 3,500 pcs GBP 6.40 = GBP 22,400.00
    Kind regards, Vivian
    """), "HTML table with the account's own prices", fmt="html", html=T("""
    <html><head><meta http-equiv="Content-Type" content="text/html; charset={CS}"></head><body>
    <p style="font-family:Arial">Dear Gareth,</p>
    <p style="font-family:Arial">Please see our quotation for H2 below, prices unchanged from H1.</p>
    <table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-family:Arial;font-size:10pt">
    <tr style="background:#dde"><th>SKU</th><th>Description</th><th>Qty</th><th>Unit price GBP</th><th>Amount GBP</th></tr>
    <tr><td>WB-22H</td><td>Hybrid wiper blade 14&quot;-28&quot;</td><td>15,000 pcs</td><td>2.85</td><td>42,750.00</td></tr>
    <tr><td>IC-07</td><td>Ignition coil</td><td>3,500 pcs</td><td>6.40</td><td>22,400.00</td></tr>
    </table>
    <p style="font-family:Arial">Validity: 30 Sept 2026. Payment 30/70 as usual.</p>
    <p style="font-family:Arial">Kind regards,<br>Vivian Xu<br>Ningbo Beilun Steadfast Auto Parts Co., Ltd.</p>
    </body></html>
    """))


def spec_docx():
    return docx(["WB-22H Hybrid Wiper Blade - Technical Specification",
                 "Sizes: 14\" to 28\" (2\" steps), 4 adapters included (hook, side pin, bayonet, top lock)",
                 "Rubber: natural rubber with graphite coating; spoiler: TPE",
                 "Tests: 500,000 wipe cycles, -40 C to +80 C, salt spray 72 h",
                 "Packing: 1 pc / blister, 10 blisters / inner, 100 pcs / carton"],
                [["Size", "Part no.", "Carton G.W. kg"], ["16\"", "WB-22H-16", 9.8], ["22\"", "WB-22H-22", 11.6]])


M("p30", "pass", [], "own-offer", "en", SUNNY, [P_UK], "WB-22H spec sheet + fitment list", T("""
    Hi Priya,

    Attached the spec sheet for our hybrid wiper WB-22H. It fits 99% of European cars with the 4 adapters included, sizes 14" to 28".
    Price and MOQ are in my previous mail. Let me know if you need samples for your store.

    Kind regards
    Sunny
    """), "product spec to a prospect", atts=[("WB-22H_spec.docx", "docx", spec_docx())])

M("p32", "pass", [], "quote-recipient", "zh", VIV, [LINZH], "回覆: FP-330 汽油泵 交期", T("""
    林先生：

    FP-330 目前排在4月2日完工，4月6日可以裝櫃，比原定晚3天，非常抱歉。1,000支的價格還是按12.30美金，不變。

    Vivian
    """) + quoted("在 2026/3/25 上午 9:47, 林志豪 <chihhao.lin@hsinfeng-auto.com.tw> 寫道:", T("""
    Vivian 小姐您好：
    請問 FP-330 汽油泵 1000支 什麼時候可以出貨？我們這邊客戶在催了。
    謝謝
    林志豪 鑫豐汽車零件""")), "reply quoting the recipient; own figures", charset="big5")

M("p33", "pass", [], "R9", "mixed", VIV, [P_MY], "Re: 询价 H4 LED / wiper", T("""
    黄先生您好，

    Thanks for your enquiry. H4 LED (LH-H4X) 我们的价格是 USD 7.30/pair FOB Ningbo，无骨雨刮 WB-18F 是 USD 3.40/pair，MOQ 各500。

    我们在马来西亚已经有代理了，不过您那边是东马，区域不冲突，可以合作。

    Best regards
    Vivian 许
    """), "own offer; R9 'we have an agent in Malaysia' without identity")

M("p34", "pass", [], "own", "en", SUNNY, [CRAIG], "3k pairs H7 ready - photos", T("""
    Hi Craig,

    Your 3k pairs of LH-H7S are packed, photos of the cartons and shipping marks attached. Palletised as you asked, 12 pallets.
    Also the 8k pairs WB-18F were done yesterday. Both passed QC.

    Cheers
    Sunny
    """), "account's own volumes in shorthand")

M("p35", "pass", [], "own", "en", TONY, [SARAH], "CV-818 order OAS-0412", T("""
    Hi Sarah,

    Confirming 900 sets CV-818 @ AUD 27.40 and 2,500 pairs LH-H7S @ AUD 13.75. Thanks for the order!
    ETD 2 May, Brisbane.

    Cheers
    Tony
    """), "order confirmation to the account itself")


def polar_agreement_docx():
    return docx(["ANNUAL SUPPLY AGREEMENT 2026",
                 "Between Ningbo Beilun Steadfast Auto Parts Co., Ltd. (Seller) and Polar Motor Group Oy (Buyer)",
                 "1. Products, quantities and prices (EUR, FOB Ningbo):",
                 "2. Call-off in 4 lots, first lot ETD 20 March 2026. 3. Payment 30 days after B/L date."],
                [["Item", "Description", "Annual qty", "Unit price EUR"],
                 ["WB-22H", "Hybrid wiper blade", "20,000 pcs", "2.60"],
                 ["LH-H7S", "H7 LED headlight bulb", "3,600 pairs", "12.90"]])


M("p36", "pass", [], "own", "en", VIV, [MIKKO], "Polar Motor annual agreement 2026 - WB-22H / LH-H7S", T("""
    Dear Mikko,

    Attached the signed annual agreement: WB-22H 20,000 pcs at EUR 2.60 and LH-H7S 3,600 pairs at EUR 12.90, call-off in 4 lots. First lot ETD 20 Mar.
    """) + sig(VIV), "reference account's own agreement sent to it",
  atts=[("Agreement_2026_PolarMotor.docx", "docx", polar_agreement_docx())])


def weekly_xlsx():
    return xlsx([("wk14", [
        ["Customer", "Item", "Qty", "Price", "Cur", "Status"],
        ["Kraus Autoteile", "BP-4410", 6000, 7.85, "EUR", "confirmed"],
        ["Outback Auto", "LH-H7S", 2500, 13.75, "AUD", "price under discussion"],
        ["Al Noor", "OF-1206", 48000, 1.42, "USD", "balance received"],
        ["Lone Star", "SA-5521", 4200, 19.75, "USD", "PI sent"]], False)])


M("p37", "pass", [], "internal", "mixed", SUNNY, [BOSS], "weekly report wk14 / 第14周销售周报", T("""
    王总，

    wk14 周报见附件. Highlights:
    - Kraus 返单 BP-4410 6000 sets confirmed
    - Outback 还在压 H7 价格 (see Tony's mail)
    - Al Noor 尾款已到
    - 新询盘: Morrison Auto Parts (AU), Becker KFZ-Teile (DE)

    Sunny
    """), "internal weekly report with many accounts' figures", cc=[TONY],
  atts=[("weekly_wk14.xlsx", "xlsx", weekly_xlsx())], linesep="\r\n")

M("p38", "pass", [], "internal", "mixed", TONY, [QC], "转发: CV-818 boots cracking", T("""
    小周，客户投诉，你看下是哪批的，周五前给我一个8D报告。
    """) + fwd_outlook_zh(SARAH, "2026年4月8日 7:15", TONY, "CV-818 boots cracking", T("""
    Hi Tony,
    We got 6 warranty claims this month on CV-818, the boot cracks after ~3 months. Photos attached. Can you check the batch? Lot no. on box: 2601-C.
    Sarah""")), "customer mail forwarded internally only")

M("p39", "pass", [], "own", "en", ERIC, [MOHD], "LH-H4X 5000 pairs - production update", T("""
    Dear Mohammed, dear Imran,

    Production of the 5,000 pairs LH-H4X is 70% done, the rest will finish by 10 May. Price stays USD 6.75/pair as per PO AN-2605.
    Imran, the Arabic manual translation you sent has 2 typos on page 3, I marked them in red.

    Regards
    Eric
    """), "two contacts of the same account", cc=[IMRAN])

M("p40", "pass", [], "R9", "en", ERIC, [P_CL], "Re: catálogo / catalogue", T("""
    Dear Javier,

    Thanks for visiting our booth at Automechanika Shanghai. Yes, we have dealers across Latin America (Mexico, Chile, Peru, Colombia) and we can prepare Spanish labels and manuals.

    Our catalogue in Spanish is on www.sfautoparts.com/es - the most popular lines are brake parts, filters and fuel pumps.
    """) + sig(ERIC), "R9: dealers across a region, no identity or figures")

M("p41", "pass", [], "own-offer", "other", ERIC, [P_CL], "Cotización bombas de gasolina FP-330", T("""
    Hola Javier,

    Como le comenté por teléfono, le paso la cotización:
    Bomba de gasolina eléctrica FP-330: USD 12,45 FOB Ningbo, MOQ 500 pzas.
    Filtro de aceite OF-1206: USD 1,68 FOB, MOQ 5.000 pzas.
    Tiempo de entrega: 30-35 días.

    Quedo atento a sus comentarios.
    Saludos,
    Eric
    """), "Spanish offer of our own prices to a prospect")

M("p42", "pass", [], "own-offer", "en", SUNNY, [P_DE], "Offer BP-4410 / BD-2870", T("""
    Dear Mr. Becker,

    Thank you for the call this morning. Our offer:
    BP-4410 ceramic brake pad set: EUR 8.40/set FOB Ningbo, MOQ 1,000 sets
    BD-2870 vented brake disc: EUR 19.20/pc, MOQ 500 pcs
    The ECE R90 certificate for the pads is on our website.
    """) + sig(SUNNY), "own offer to a prospect, internal Bcc", bcc=[BOSS])

M("p43", "pass", [], "quote-recipient", "en", SUNNY, [JANH], "Re: price BP-4410", T("""
    Dear Jan-Hendrik,

    I understand. Unfortunately I can't comment on what other people told you at the fair. What I can say is that 8.15 is already calculated very tight for 4,500 sets; if you can increase to 5,500 sets I can ask my boss for 8.05.

    Best regards
    Sunny
    """) + quoted("Am 02.03.2026 um 10:21 schrieb Jan-Hendrik Petersen <jh.petersen@hansa-fahrzeugteile.de>:", T("""
    Hello Sunny,
    at Automechanika somebody told me Kraus Autoteile gets the BP-4410 much
    cheaper than us. Is this true? We pay 8.15 for 4.500 sets which is not
    competitive anymore in Germany.
    Best regards
    Jan-Hendrik Petersen
    Hansa Fahrzeugteile KG""")),
  "competitor named only inside the recipient's own quoted text; our new text names no one")

M("p44", "pass", [], "own", "zh", VIV, [TAN], "SJ-2604 订单确认 H4 LED / 无骨雨刮", T("""
    陈总您好，

    订单SJ-2604确认如下：
    H4 LED大灯 LH-H4X  4000对，单价6.95美金
    无骨雨刮 WB-18F  9600对，单价3.10美金
    合计 USD 57,560.00，定金30%即 USD 17,268.00。

    包装按上次的马来文彩盒，货代还是走SJ Logistics对吧？

    Vivian
    """), "order confirmation to the account itself", charset="gbk")

M("p45", "pass", [], "payment", "en", VIV, [EMRE], "L/C draft check - AO-2604", T("""
    Dear Emre,

    We checked the L/C draft from Garanti BBVA, few points to amend:
    1. Field 44C latest shipment date should be 15 June 2026, not 15 May
    2. Field 46A: 'certificate of origin Form A' - we can only issue the normal CO from CCPIT
    3. Tolerance +/- 5% on quantity pls, for the shocks it's hard to pack exactly 2,200
    Total amount EUR 73,840.00 is OK.
    """) + sig(VIV), "L/C mail with the account's own figures")

M("p46", "pass", [], "internal", "zh", VIV, [BOSS], "克劳斯返单", T("""
    王总，克劳斯这次返单刹车片六千套，刹车盘两千四百只，价格不变，定金下周一到。交期我跟车间确认了，4月15号前可以出。

    Vivian
    """), "internal, Chinese numerals")

M("p47", "pass", [], "quote-recipient", "en", ERIC, [P_OM], "RE: Enquiry oil filters - Muscat", T("""
    Dear Ahmed,

    Thank you. Sorry we cannot share the names of our customers, same as we will never share yours with anyone. But I can tell you we have been exporting to the GCC since 2015 and we have customers in Oman too.

    For OF-1206 our price to you is USD 1.59/pc FOB, MOQ 10,000 pcs.

    Best regards
    Eric
    """) + fwd_outlook(P_OM, "Monday, April 13, 2026 2:48 PM", ERIC, "Enquiry oil filters - Muscat", T("""
    Dear sir
    we are importer in Muscat for spare parts. Please send price of oil filter OF-1206 and which customers you supply in Oman and UAE? we want to know your quality is accepted in the market.
    Best regards
    Ahmed""")), "refuses to name customers; R9; quotes the recipient")

M("p48", "pass", [], "logistics", "en", ERIC, [CHINEDU], "Re: docs courier", T("""
    Hi Chinedu,

    Original docs (3/3 BL, CI, PL, Form M copy, SONCAP certificate) sent by DHL today, waybill 5930 4418 27.
    BL no. COSU6245180420, vessel arrives Tin Can 2 June.
    """) + sig(ERIC), "tracking and BL numbers to the account itself")

M("p49", "pass", [], "own", "en", TONY, [TRAVIS], "RD-640 drawing approval", T("""
    Hi Travis,

    Attached the updated drawing for RD-640 with the 16 mm inlet you requested. Pls sign and return so we can start the 650 pcs.
    cc my colleague Eric who will take care while I'm at the Canton Fair.

    Tony
    """), "own figures, internal Cc", cc=[ERIC])

M("p50", "pass", [], "own-offer", "en", VIV, [P_VN], "Quotation - filters / LED", T("""
    Dear Mr. Hai,
    Please find our quotation below.
    OF-1206 spin-on oil filter USD 1.62/pc MOQ 5,000
    AF-3390 cabin air filter USD 1.05/pc MOQ 5,000
    LH-H4X H4 LED headlight bulb USD 7.50/pair MOQ 300
    LH-H7S H7 LED headlight bulb USD 9.60/pair MOQ 300
    """), "HTML table of our own offer to a prospect", fmt="html", html=T("""
    <html><head><meta http-equiv="Content-Type" content="text/html; charset={CS}"></head><body>
    <div>Dear Mr. Hai,</div><div><br></div>
    <div>Please find our quotation below (FOB Ningbo, valid 60 days).</div>
    <table style="border:1px solid #999" cellpadding="3">
    <thead><tr><td><b>Item</b></td><td><b>Description</b></td><td><b>FOB USD</b></td><td><b>MOQ</b></td></tr></thead>
    <tbody>
    <tr><td>OF-1206</td><td>Spin-on oil filter</td><td>1.62 / pc</td><td>5,000</td></tr>
    <tr><td>AF-3390</td><td>Cabin air filter</td><td>1.05 / pc</td><td>5,000</td></tr>
    <tr><td>LH-H4X</td><td>H4 LED headlight bulb</td><td>7.50 / pair</td><td>300</td></tr>
    <tr><td>LH-H7S</td><td>H7 LED headlight bulb</td><td>9.60 / pair</td><td>300</td></tr>
    </tbody></table>
    <div><br></div><div>Best regards,<br>Vivian Xu | Steadfast Auto Parts</div>
    </body></html>
    """))

M("p51", "pass", [], "own", "mixed", VIV, [LINZH], "Re: IC-07 warranty claim 保固", T("""
    林先生，

    Received the 12 pcs defective IC-07 coils，我們工程師檢查過，是線圈絕緣層的問題，批號 2602-A. We will replace 24 pcs free in next shipment (double qty as compensation)。

    Vivian
    """), "warranty mail to the account itself", charset="big5")

M("p52", "pass", [], "own-forward", "en", VIV, [MARKUS], "FW: BD-2870 delivery schedule", T("""
    Hi Markus,

    Forwarding your mail below again with our answer, sorry for the delay:
    BD-2870 will be split - 1,200 pcs ETD 15 Apr, 1,200 pcs ETD 30 Apr. Same price EUR 18.60.

    Vivian
    """) + fwd_outlook_new(MARKUS, "Tuesday, 24 March 2026 08:12", VIV, "BD-2870 delivery schedule", T("""
    Hi Vivian,
    can you split the 2.400 discs in two shipments? Our warehouse in Stuttgart is full until end of April.
    Regards
    Markus""")), "the account's own mail forwarded back to it", cc=[SUNNY])

M("p53", "pass", [], "own-offer", "zh", VIV, [P_TW], "報價 點火線圈 / 汽油泵", T("""
    林小姐您好，

    感謝您的詢價，報價如下（FOB 寧波，美金）：
    點火線圈 IC-07：7.20 / 支，MOQ 500支
    電子汽油泵 FP-330：12.80 / 支，MOQ 300支
    交期約30天，付款方式 T/T 30%訂金。

    我們做台灣市場很多年了，包裝和標籤都沒問題。
    """) + sig(("Vivian 許薇",), "tw"), "traditional Chinese offer to a prospect; R9", charset="big5")


def mcw_pl_csv():
    return csv([["Carton", "SKU", "Description", "Qty", "Unit", "GW kg", "CBM"],
                ["1-320", "BD-2870", "Vented brake disc", 3200, "pc", 19840, 24.1],
                ["321-440", "WB-22H", "Hybrid wiper blade", 12000, "pc", 1380, 6.2]])


M("p54", "pass", [], "own", "en", SUNNY, [PIOTR], "Packing list order MCW-2603", T("""
    Hi Piotr,

    Packing list attached (csv, as you asked, for the import into your WMS).
    BD-2870: 3,200 pcs in 320 cartons, WB-22H: 12,000 pcs in 120 cartons.
    Container: MSKU 771204-5, ETA Gdansk 3 May.
    """) + sig(SUNNY), "the account's own packing list",
  atts=[("PL_MCW-2603.csv", "csv", mcw_pl_csv())])

M("p56", "pass", [], "own", "other", SUNNY, [MARKUS], "Auftragsbestätigung BP-4410 / BD-2870", T("""
    Hallo Herr Albrecht,

    vielen Dank für Ihre Bestellung. Hiermit bestätigen wir:
    6.000 Sätze Bremsbeläge BP-4410 zu 7,85 EUR/Satz
    2.400 Stück Bremsscheiben BD-2870 zu 18,60 EUR/Stück
    Lieferung FOB Ningbo, ETD KW 16.

    Mit freundlichen Grüßen
    Sunny Ye
    """), "German order confirmation to the account itself", charset="iso-8859-15")

M("p57", "pass", [], "R9", "zh", ERIC, [P_HK], "Re: 合作方式", T("""
    陈生，

    我们在中东和非洲都有经销商，迪拜、拉各斯那边都很熟，所以清关文件（COC、SONCAP这些）我们都可以配合。
    您这边如果是做转口，价格可以按FOB报，单子1万只以上的话价格还能再优惠一点。

    有空来宁波工厂看看。
    """) + sig(("Eric",), "zh"), "R9 regions and shorthand volume for the prospect's own order", charset="gbk")

M("p59", "pass", [], "internal", "zh", DOCS, [TONY], "Lone Star 提单改单", T("""
    Tony：

    Lone Star 那票 NGBHOU2605231 的提单，客户要求把 notify party 改成 Gulf Coast Forwarding，船公司说改单费 USD 50，要收吗？
    另外 ISF 是对方货代报的，我们这边不用再报了吧。

    Linda
    """), "internal documentation mail")


# ================================================================== FLAG
M("f01", "flag", ["ikeja"], "R1", "en", ERIC, [P_GH], "Re: intro - Steadfast Auto Parts", T("""
    Hi Kofi,

    Good to hear from you. You may already know Ikeja Motor Parts in Lagos, they have been working with us since 2019 and can tell you about our service.
    We are not looking for an exclusive distributor in Ghana, so you are welcome.
    Our price list follows tomorrow.
    """) + sig(ERIC), "[R1] names another account, no product or figures")

M("f02", "flag", ["lonestar"], "R1", "en", SUNNY, [P_AU], "Re: Re: LED headlight enquiry", T("""
    Hi Jake,

    About your question how we support distributors with marketing: if you want to see how one of our US distributors presents our brand online, have a look at www.lonestarautosupply.com - they did a nice job with the product photos we supplied.
    We can give you the same photo pack and the videos free of charge.

    Cheers
    Sunny
    """), "[R1] another account's web site")

M("f03", "flag", ["hsinfeng"], "R1", "zh", ERIC, [P_HK], "Re: 品质问题", T("""
    陈生，

    品质方面您放心，我们出口十几年了，每批货都有出货检验报告。台湾的鑫丰也是我们的长期客户，您可以去打听一下我们的口碑。
    减震器的样品我这周五寄给您，顺丰到付可以吗？
    """) + sig(("Eric",), "zh"), "[R1] names another account (Chinese alias), no product it buys, no figures",
  charset="gbk")

M("f04", "flag", ["wisniewski"], "R1", "en", VIV, [EMRE], "RD-640 update + Istanbul", T("""
    Dear Emre,

    Quick update: the RD-640 radiators passed the pressure test (2.0 bar, 30 min), packing starts tomorrow.
    By the way Piotr Wiśniewski told me you met at the Istanbul fair - small world! He said you had a good dinner together.

    Best regards,
    Vivian
    """), "[R1] another account's contact name")

M("f05", "flag", ["ikeja"], "R1", "en", ERIC, [P_VN], "Re: reference customer", T("""
    Dear Mr. Hai,

    If you want a reference, you can write to chinedu@ikejamotorparts.com.ng, he has been our customer for years and is very straight.
    We will send the samples on Monday by EMS.
    """) + sig(ERIC), "[R1] another account's contact address")

M("f06", "flag", ["brackley"], "R1", "mixed", VIV, [TAN], "factory visit next month / 下个月来访", T("""
    Mr Tan 您好，

    下个月15号左右英国 BMF 的 Gareth 也会来宁波看厂，如果您那周也过来的话，我们可以一起吃个饭，我老板也在。
    please let me know your flight so we can arrange the hotel.

    Vivian
    """), "[R1] another account and its contact named")

M("f07", "flag", ["aguila"], "R1", "other", ERIC, [P_CL], "Re: referencias", T("""
    Hola Javier,

    Sobre las referencias que me pidió: Refaccionaria El Águila, en México, es cliente nuestro desde 2018 y con gusto le puede contar cómo trabajamos.
    Le envío las muestras la próxima semana.

    Saludos,
    Eric
    """), "[R1] Spanish, names another account", charset="iso-8859-1")

M("f08", "flag", [], "R5", "en", SUNNY, [P_UK], "Re: wiper blade samples", T("""
    Hi Priya,

    Samples went out today by FedEx.
    One of our customers in the UK just re-ordered the hybrid wiper blades, so stock is moving fast - if you want to catch the October production pls confirm by end of this month.

    Kind regards
    Sunny
    """), "[R5] third-party phrase with a product, no identity or figure")

M("f09", "flag", [], "R5", "zh", ERIC, [P_HK], "样品安排", T("""
    陈生，

    不好意思，我们有个老客户刚返单了减震器，生产线排得很满，您的样品要下周才能安排，周三前一定寄出。
    """) + sig(("Eric",), "zh"), "[R5] Chinese third-party phrase with a product", charset="gb2312")

M("f10", "flag", [], "R5", "en", ERIC, [P_KW], "RE: H4 LED quality", T("""
    Dear Yousef,

    Dont worry about quality, a big customer of us in Dubai buying this LH-H4X model every month and no complain. The fan is ball bearing not sleeve bearing.
    """) + sig(ERIC) + quoted("On Thu, 16 Apr 2026, Yousef Al-Sabah <yousef@q8autoparts.com> wrote:", T("""
    Dear Eric
    Is the LH-H4X good quality? In Kuwait many LED from China failing after 3 month because of the heat.
    Regards Yousef""")), "[R5] 'a big customer in Dubai' with the product, no identity or figure")

M("f11", "flag", [], "R5", "mixed", SUNNY, [P_MY], "Re: ceramic brake pads", T("""
    黄先生，

    我们一个德国客户 also using the ceramic brake pads, feedback 很好，噪音很小，粉尘也少。
    Sample 2 sets 已经准备好了，明天寄出。

    Sunny
    """), "[R5] mixed-language third-party phrase with a product")

M("f12", "flag", [], "R5", "en", TONY, [P_AU], "CV joints - fitment", T("""
    Hi Jake,

    Sunny passed me your question about CV joints. A distributor in Perth is already selling our CV joint kits, so the fitment list is proven on Aussie cars (Hilux, Ranger, Navara).
    Attached fitment list to follow.

    Cheers
    Tony
    """), "[R5] city is not identity; third-party phrase with a product")

M("f13", "flag", ["alnoor", "ikeja"], "R6", "en", ERIC, [MOHD, CHINEDU], "Price adjustment notice from 1 July 2026", T("""
    Dear valued partners,

    Due to the steel and filter paper cost increase, our prices will be adjusted by 4-6% for orders confirmed after 1 July 2026. All orders confirmed before that date keep the current prices.

    Thank you for your understanding.
    """) + sig(ERIC), "[R6] two non-competing accounts visible to each other in To")

M("f14", "flag", ["kraus"], "R6", "en", SUNNY, [P_DE], "Introduction", T("""
    Dear Thomas,

    As promised I put you in touch with a long-term customer of ours in Germany (in cc), he is happy to answer your questions about our service and delivery reliability.

    Best regards
    Sunny
    """), "[R6] an account and an unknown external address visible in To/Cc", cc=[MARKUS])

M("f15", "flag", ["hsinfeng", "sinarjaya"], "R6", "zh", VIV, [LINZH, TAN], "春節放假通知 / CNY holiday", T("""
    各位客戶您好：

    本公司春節放假時間為2月14日至2月24日，2月25日正式上班。假期前的最後一批出貨安排在2月10日，有急單請提前告知。
    祝大家新年快樂，馬年大吉！

    Vivian 許薇
    """), "[R6] two non-competing accounts in To", charset="utf-8")

M("f16", "flag", ["anadolu", "brackley", "wisniewski"], "R6", "en", SUNNY, [GARETH, PIOTR, EMRE, MIKKO],
  "Invitation: Automechanika Frankfurt - Hall 4.2 Booth F31", T("""
    Dear friends,

    We are happy to invite you to our booth at Automechanika Frankfurt, 8-12 September, Hall 4.2 Booth F31.
    We will show the new ceramic pad range and the second generation LED bulbs. Please let me know which day you come so we can reserve a meeting slot.

    Best regards
    Sunny Ye
    """), "[R6] several accounts visible in To (the reference account does not count)")

M("f17", "flag", ["avtodetal"], "R6", "en", TONY, [P_RU], "Catalogue 2026 - Russian version", T("""
    Dear Dmitry, dear Sergey,

    Attached you find our new 2026 catalogue, this time also in Russian. New items are on page 12-15.

    Best regards
    Tony
    """), "[R6] prospect and an account visible to each other", cc=[SERGEY])

M("f18", "flag", ["lonestar"], "R1", "en", ERIC, [CHINEDU], "Re: customs valuation problem", T("""
    Hi Chinedu,

    Sorry to hear about the valuation issue at Tin Can. Travis Boone of Lone Star Auto Supply had the same headache with US customs last year, we solved it by putting the full breakdown on the commercial invoice. I can do the same for you.

    Best regards
    Eric
    """), "[R1] another account and its contact named")

M("f19", "flag", ["hsinfeng"], "R1", "en", VIV, [EMRE], "a small favour", T("""
    Dear Emre,

    Our customer Hsin Feng from Taiwan will visit Istanbul in May, they asked if there is a good auto parts market to visit. Could you recommend one? Maybe Şişli or Topkapı?

    Thanks a lot,
    Vivian
    """), "[R1] names another account")

M("f20", "flag", [], "R5", "other", ERIC, [P_CL], "Re: bombas de gasolina", T("""
    Hola Javier,

    Un cliente nuestro en Chile ya vende nuestras bombas de gasolina FP-330 en Santiago y está muy contento con la calidad.
    Si quiere, le mando 2 muestras sin costo.

    Saludos,
    Eric
    """), "[R5] Spanish third-party phrase with a product")

M("f21", "flag", ["sinarjaya"], "R1", "zh", VIV, [LINZH], "新包裝樣品", T("""
    林先生您好，

    新的彩盒包裝樣品已經寄出，順豐單號 SF1402 8873 6651。
    我們在馬來西亞的客戶 Sinar Jaya 上個月也來過工廠，他們對新的包裝很滿意，相信您也會喜歡。
    """) + sig(("Vivian",), "tw"), "[R1] traditional Chinese, names another account", charset="big5")

M("f22", "flag", [], "R5", "en", TONY, [P_VN], "Re: brake discs", T("""
    Dear Mr. Hai,

    Yes the BD-2870 is our best seller. A customer in Europe re-orders the BD-2870 every two months, so we keep the castings in stock and lead time is only 25 days.

    Tony
    """), "[R5] third-party phrase with a product")

M("f23", "flag", ["wisniewski"], "R1", "en", SUNNY, [GARETH], "Visit in June", T("""
    Hi Gareth,

    I'll be in Europe 2-12 June, visiting MCW in Poland first, then I can come to Brackley on the 9th or 10th if that suits you.
    We can also go through the WB-22H forecast for H2 (15,000 pcs) and the IC-07 packaging.

    Best regards
    Sunny
    """), "[R1] another account by acronym; recipient's own figures are fine")

M("f24", "flag", ["alnoor"], "R1", "zh", ERIC, [P_HK], "迪拜展会", T("""
    陈生，

    迪拜的努尔汽配是我们十年的老客户了，您下个月去迪拜看展的话，可以顺便去他们店里看看我们的包装。
    展位号我回头发您。
    """) + sig(("Eric",), "zh"), "[R1] names another account (Chinese alias), no figures")

M("f25", "flag", ["redline"], "R6", "en", SUNNY, [CRAIG], "LCL samples - pick up", T("""
    Hi Craig,

    cc our forwarder Ocean Bridge Logistics, Jenny will contact you about the delivery of the sample pallet to your warehouse. Pls let her know the opening hours.

    Cheers
    Sunny
    """), "[R6] an account and an unknown external address visible", cc=[FWD])


# ================================================================== STOP
M("s01", "stop", ["outback"], "R3", "en", SUNNY, [P_AU], "Re: Re: LED H7 price", T("""
    Hi Jake,

    I checked with my boss again. To be honest USD 9.60 is already low - Outback Auto Spares in Brisbane pays AUD 13.75 a pair and they are one of our biggest LED buyers in Australia. We really can't go to 8.50.
    What i can do is free shipping for the samples.

    Cheers
    Sunny
    """), "[R3] names another account with its price")

M("s02", "stop", ["redline"], "R2", "en", TONY, [SARAH], "Re: H7 stock", T("""
    Hi Sarah,

    Just so you know, Redline Spares is also ordering the LH-H7S from us now, so pls don't worry about stock - we run one batch for both and keep 500 pairs buffer.

    Cheers
    Tony
    """), "[R2/R3] names the recipient's competitor with the product it buys")

M("s03", "stop", ["kraus"], "R2", "en", SUNNY, [JANH], "Automechanika - meeting time", T("""
    Dear Jan-Hendrik,

    Looking forward to seeing you at our booth on 9 Sept. Just FYI, Markus Albrecht from Kraus Autoteile will come in the morning, so maybe better you come after 2pm :)

    Best regards
    Sunny
    """), "[R2] names the recipient's competitor (and its contact)")

M("s04", "stop", ["alnoor"], "R4", "zh", ERIC, [P_DXB], "Re: 机油滤芯价格", T("""
    张总，

    机油滤芯的价格真的没法再低了。说实话，我们迪拜一个老客户每次都订4.8万只，单价也才1.42美金，您这边6500只要1.45是真做不了。
    1.52是我们能给的最低价了，您考虑一下。
    """) + sig(("Eric",), "zh"), "[R4] third-party phrase with another account's quantity (4.8万) and price",
  charset="gbk")

M("s05", "stop", ["avtodetal"], "R4", "zh", VIV, [LINZH], "回覆: 點火線圈價格", T("""
    林先生：

    點火線圈的價格我們已經是最低了，老實說俄羅斯的客戶一支都是7.05美金，您這邊6.85已經是特別照顧了，再降真的要虧本。
    如果下一批能到2,600支，我再跟老闆申請看看。
    """) + sig(("Vivian",), "tw"), "[R4] traditional Chinese, third-party phrase with another account's price",
  charset="big5")

M("s07", "stop", ["brackley"], "R4", "mixed", SUNNY, [P_SG], "Re: WB-22H target price", T("""
    Hi Hui Min,

    关于 WB-22H 的价格, UK 有个老客户一年要1.5万pcs, 单价都是 2.85 GBP, so your target USD 2.70 is really too low for 2,600 pcs.
    Best I can do is USD 3.15, 含四个转换头.

    Sunny
    """), "[R4] mixed language, third-party phrase with another account's volume (1.5万) and price")

M("s08", "stop", ["alnoor"], "R4", "zh", ERIC, [TAN], "Re: H4 LED 价格", T("""
    陈总，

    H4 LED 我们真的没法再降了。迪拜那边的客户一次就下五千对，价格也是6.75美金，您这次4000对，6.95已经很实在了。
    包装改马来文我们不另外收费。

    Eric
    """), "[R4] Chinese numerals (五千对) and a price of another account's deal", charset="utf-8")


def kraus_pi_xlsx():
    return xlsx([("PI", [
        ["NINGBO BEILUN STEADFAST AUTO PARTS CO., LTD."],
        ["PROFORMA INVOICE", "", "", "No.", "SF260302"],
        ["Buyer:", "Kraus Autoteile GmbH, Industriestr. 14, 70565 Stuttgart"],
        ["Item", "Description", "Qty", "Unit", "Unit price EUR", "Amount EUR"],
        ["BP-4410", "Ceramic brake pad set", 6000, "set", 7.85, 47100.00],
        ["BD-2870", "Vented brake disc", 2400, "pc", 18.60, 44640.00],
        ["", "", "", "", "TOTAL", 91740.00],
        ["Bank:", "Bank of Ningbo, Beilun Branch, A/C 7101 0122 0004 5821, SWIFT BKNBCN2N"]], False)])


M("s09", "stop", ["kraus"], "R4", "en", SUNNY, [P_DE], "PI format", T("""
    Dear Mr. Becker,

    as requested attached a sample of our proforma invoice so your accounting can check the format and the bank details before the first order.
    """) + sig(SUNNY), "[R3/R4] another account's proforma (name, products, prices, quantities) in an XLSX",
  atts=[("PI_SF260302.xlsx", "xlsx", kraus_pi_xlsx())])


def alnoor_pi_pdf():
    return pdf("PROFORMA INVOICE  No. AN-2603", [
        "Buyer: Al Noor Auto Spare Parts LLC, Al Quoz Ind. Area 3, Dubai, UAE",
        "Attn: Mr. Mohammed Rashid - purchase@alnoorautoparts.ae",
        "1) OF-1206 spin-on oil filter   48,000 pcs x USD 1.42 = USD 68,160.00",
        "2) AF-3390 cabin air filter     30,000 pcs x USD 0.96 = USD 28,800.00",
        "TOTAL USD 96,960.00   FOB Ningbo   30% deposit, 70% against B/L copy"])


M("s10", "stop", ["alnoor"], "R4", "en", ERIC, [FAISAL], "PI for your new order", T("""
    Dear Faisal,

    Please find attached the PI for your OF-1206 order, kindly check and sign back.

    Regards
    Eric
    """), "[R2/R3/R4] competitor's proforma attached by mistake (PDF)",
  atts=[("PI_AN-2603.pdf", "pdf", alnoor_pi_pdf())])


def lonestar_contract_docx():
    return docx(["SALES CONTRACT  No. LS-2604",
                 "Seller: Ningbo Beilun Steadfast Auto Parts Co., Ltd., Ningbo, China",
                 "Buyer: Lone Star Auto Supply LLC, 8801 Telephone Rd, Houston, TX 77061, USA",
                 "1. Commodity, quantity and price (FOB Ningbo, USD):",
                 "2. Shipment: within 45 days after deposit. 3. Payment: 30% T/T in advance, balance against B/L copy.",
                 "4. Exclusivity: Seller shall not sell the SA-5521 under Buyer's brand to any other party in Texas."],
                [["Item", "Description", "Quantity", "Unit price USD"],
                 ["SA-5521", "Gas shock absorber", "4,200 pcs", "19.75"],
                 ["WH-136", "Wheel hub bearing", "2,800 pcs", "16.30"]])


M("s11", "stop", ["lonestar"], "R4", "en", TONY, [ALEJ], "Contrato de distribución - draft", T("""
    Hi Alejandro,

    As discussed, attached is the contract we use with our US distributor, you can use it as template for our agreement. Just change the names and products and send it back with your comments.

    Best regards
    Tony
    """), "[R3/R4] another account's sales contract in a DOCX",
  atts=[("Contract_LS-2604.docx", "docx", lonestar_contract_docx())])


def shipments_csv():
    return csv([["date", "customer", "country", "sku", "qty", "unit", "unit_price", "currency"],
                ["2025-03-14", "Ikeja Motor Parts Ltd", "NG", "FP-330", 1800, "pc", 10.85, "USD"],
                ["2025-03-14", "Ikeja Motor Parts Ltd", "NG", "AF-3390", 420, "ctn", 38.40, "USD"],
                ["2025-06-02", "AvtoDetal Trade LLC", "RU", "CV-818", 1500, "set", 24.60, "USD"],
                ["2025-09-19", "Anadolu Oto Yedek Parca", "TR", "RD-640", 800, "pc", 36.20, "EUR"]])


M("s12", "stop", ["anadolu", "avtodetal", "ikeja"], "R3", "en", ERIC, [P_GH], "our export experience", T("""
    Hi Kofi,

    You asked about our export experience to Africa and other markets - attached a short list of shipments from last year so you can see the volumes we handle.
    """) + sig(ERIC), "[R3] CSV naming three accounts with products, quantities and prices",
  atts=[("shipments_2025.csv", "csv", shipments_csv())])

M("s13", "stop", ["kraus"], "R7", "en", SUNNY, [JANH], "FW: Anfrage BD-2870 / new disc sizes", T("""
    Dear Jan-Hendrik,

    see below, there is demand in Germany for the new disc sizes. Are you also interested? We can make one mould for both.

    Best regards
    Sunny
    """) + fwd_outlook(MARKUS, "Thursday, March 12, 2026 4:05 PM", SUNNY, "Anfrage BD-2870 / new disc sizes", T("""
    Hi Sunny,
    we need 3 new sizes of vented discs for VW Golf 8 / Skoda Octavia IV. Can you make the mould? Volume approx. 750 pcs per size per year.
    Regards
    Markus Albrecht
    Kraus Autoteile GmbH""")), "[R7] Outlook forward of a competitor's mail")

M("s14", "stop", ["brackley"], "R7", "en", SUNNY, [P_UK], "Fwd: WB-22H adapter issue", T("""
    Hi Priya,

    FYI this is the issue with the older adapter I mentioned, it is solved in the new version so you don't need to worry.

    Sunny
    """) + fwd_gmail(GARETH, "Tue, 10 Mar 2026 at 16:40", SUNNY, "WB-22H adapter issue", T("""
    Sunny,
    We've had a handful of returns on WB-22H, the side-pin adapter snaps on Peugeot 308s. Can you look into it before the next batch?
    Cheers
    Gareth""")), "[R7] Gmail forward of another account's mail to a prospect")

M("s15", "stop", ["redline"], "R7", "en", TONY, [SARAH], "Fwd: WB-18F packaging feedback", T("""
    Hi Sarah,

    See the feedback below from another retailer on the new wiper packaging, thought it may be useful for you too. Let me know what you think.

    Tony
    """) + fwd_apple(CRAIG, "12 March 2026 at 9:14:22 am AEDT", TONY, "WB-18F packaging feedback", T("""
    Tony - the new clamshell on the flat blades is great, our stores love it. Only thing: the barcode sticker covers the size, can you move it?
    Craig""")), "[R7] Apple Mail forward of the competitor's mail", ua="Apple Mail (2.3826.400.131.1.6)")

M("s16", "stop", ["hsinfeng"], "R7", "zh", VIV, [P_TW], "轉發：IC-07 品質回饋", T("""
    林小姐您好，

    下面是我們台灣一位客戶對點火線圈的使用回饋，給您參考，品質方面請放心。

    Vivian
    """) + fwd_foxmail(LINZH, "2026年3月18日(星期三) 上午10:05", ("Vivian", VIV[1]), "IC-07 品質回饋", T("""
    Vivian 小姐：
    上批點火線圈裝車測試三個月，故障率低於0.3%，客戶反應很好，下一批照舊。
    林志豪""")), "[R7] Foxmail forward (Chinese headers) of another account's mail", ua="Foxmail 7.2.25.375")

M("s17", "stop", ["alnoor"], "R7", "mixed", ERIC, [TAN], "FW: LH-H4X fan noise", T("""
    陈总，

    转给您看一下迪拜客户的反馈，新款H4的风扇噪音问题已经解决了，您那批用的是新版本，请放心。

    Eric
    """) + fwd_outlook_zh(MOHD, "2026年4月2日 14:21", ERIC, "LH-H4X fan noise", T("""
    Dear Eric,
    Some of the H4 LED from last shipment making noise from the fan after 2 weeks. Please check urgently, our customers are complaining.
    Mohammed""")), "[R7] Outlook forward with Chinese headers of another account's mail")


def avtodetal_eml():
    from email import message_from_bytes
    body = T("""
        Тони, добрый день!

        Продали уже почти всю партию CV-818 (1500 комплектов), возвратов меньше 1%.
        Готовим следующий заказ, пришлю спецификацию на следующей неделе.

        С уважением,
        Сергей Морозов
        ООО «АвтоДеталь Трейд»
        """)
    raw = ("From: Sergey Morozov <s.morozov@avtodetal-trade.ru>\n"
           "To: Tony Huang <tony.huang@steadfast-auto.cn>\n"
           f"Subject: {encode_words('отзыв о ШРУС CV-818', 'utf-8')}\n"
           "Date: Mon, 23 Mar 2026 10:12:44 +0300\n"
           "Message-ID: <a81c2f09e4@avtodetal-trade.ru>\n"
           "MIME-Version: 1.0\n"
           "Content-Type: text/plain; charset=utf-8\n"
           "Content-Transfer-Encoding: base64\n\n" + base64.encodebytes(body.encode()).decode())
    return message_from_bytes(raw.encode("ascii"))


M("s18", "stop", ["avtodetal"], "R7", "en", TONY, [P_RU], "Fwd: feedback CV-818 from Moscow", T("""
    Dmitry,

    attached the feedback from our distributor in Moscow on the CV-818, it's in Russian so you can read it yourself. Quality is stable.

    Tony
    """), "[R7] another account's mail attached as message/rfc822",
  atts=[("отзыв о ШРУС CV-818.eml", "eml", None)], eml=avtodetal_eml)

M("s19", "stop", ["outback"], "R7", "mixed", TONY, [RUBBER], "转发: CV-818 boots cracking - 请尽快分析", T("""
    王经理，

    澳洲客户投诉球笼防尘套开裂，下面是客户原邮件和批号，麻烦你们尽快分析原因，下周一前给个书面回复。

    Tony
    """) + fwd_outlook(SARAH, "Wednesday, April 8, 2026 7:15 AM", TONY, "CV-818 boots cracking", T("""
    Hi Tony,
    We got 6 warranty claims this month on CV-818, the boot cracks after ~3 months. Lot no. on box: 2601-C.
    Sarah""")), "[R7] customer's mail forwarded to an outside sub-supplier", charset="gbk")

M("s20", "stop", ["aguila"], "R7", "other", ERIC, [P_CL], "Re: cotización pastillas BP-4410", T("""
    Hola Javier,

    Te paso la info de las pastillas abajo, cualquier duda me dices.

    Eric
    """) + quoted("El lun, 9 mar 2026 a las 10:02, Alejandro Ruiz (<compras@refaccionariaaguila.com.mx>) escribió:", T("""
    Eric, buen día.
    Necesitamos confirmar el embarque de los 7,200 juegos BP-4410 para abril,
    y la ficha técnica actualizada con la certificación R90.
    Saludos,
    Alejandro""")), "[R7] quoted mail of another account (reused thread) sent to a prospect")

M("s21", "stop", ["wisniewski"], "R3", "zh", VIV, [P_TW], "剎車盤品質", T("""
    林小姐：

    我們的剎車盤品質您可以放心，波蘭的 MCW 也一直在我們這裡拿通風剎車盤 BD-2870，歐洲市場要求很嚴，從來沒有退貨。
    樣品下週寄出。
    """) + sig(("Vivian",), "tw"), "[R3] another account (acronym) with the product it buys", charset="big5")

M("s22", "stop", ["lonestar"], "R3", "zh", ERIC, [P_HK], "减震器质量", T("""
    陈生，

    我们给美国孤星汽配做的减震器 SA-5521，一年四千多只，从来没有质量投诉，您可以放心。
    """) + sig(("Eric",), "zh"), "[R3] another account (Chinese alias) with the product it buys", charset="gbk")

M("s23", "stop", ["hansa"], "R3", "en", VIV, [EMRE], "SA-5521 price comparison (as requested)", T("""
    Dear Emre,
    As you asked why our price is higher than last year, see the comparison below - other EU customers pay even more.
    Hansa Fahrzeugteile (DE) SA-5521 EUR 21.30
    Anadolu Oto (your price) SA-5521 EUR 20.40
    """), "[R3] HTML table row naming another account with its product and price", fmt="html", html=T("""
    <html><head><meta http-equiv="Content-Type" content="text/html; charset={CS}"></head><body>
    <p>Dear Emre,</p>
    <p>As you asked why our price is higher than last year, see the comparison below - other EU customers pay even more:</p>
    <table border="1" cellpadding="4" cellspacing="0">
    <tr><th>Customer</th><th>Item</th><th>Unit price</th></tr>
    <tr><td>Hansa Fahrzeugteile (DE)</td><td>SA-5521</td><td>EUR 21.30</td></tr>
    <tr><td>Anadolu Oto (your price)</td><td>SA-5521</td><td>EUR 20.40</td></tr>
    </table>
    <p>So I hope you agree 20.40 is fair.</p>
    <p>Best regards,<br>Vivian</p>
    </body></html>
    """))

M("s24", "stop", ["lonestar"], "R4", "other", ERIC, [P_CL], "Re: precio amortiguadores", T("""
    Hola Javier,

    Entiendo que el precio le parece alto, pero un distribuidor nuestro en Estados Unidos paga USD 19,75 por el amortiguador SA-5521 y compra mucho más volumen.
    Para 500 piezas lo mejor que puedo ofrecer es USD 21,60.

    Saludos,
    Eric
    """), "[R4] Spanish, third-party phrase with another account's price")

M("s25", "stop", ["avtodetal"], "R4", "other", TONY, [P_RU], "Re: цена ШРУС", T("""
    Дмитрий, добрый день!

    Другой наш клиент в Москве берёт 1500 комплектов CV-818 в квартал по 24,60 USD, поэтому при объёме 300 комплектов цена 25,80 - это уже хорошо.

    С уважением,
    Тони
    """), "[R4] Russian, third-party phrase with another account's quantity and price")

M("s26", "stop", ["sahara"], "R4", "en", ERIC, [P_OM], "RE: fuel pump price", T("""
    Dear Ahmed,

    Our customer in Riyadh buying the same fuel pump at 11.90 usd, so your price 12.50 for only 300 pcs is really fair price my friend.
    """) + sig(ERIC) + quoted("On Sun, 19 Apr 2026 at 13:05, Ahmed Al Farsi <ahmed.farsi@muscat-autoparts.com> wrote:", T("""
    Dear Eric
    price of FP-330 is too high, in market we find 11 usd. please check again.
    Ahmed""")), "[R4] third-party phrase with another account's price")

M("s27", "stop", ["hansa"], "R4", "en", SUNNY, [P_DE], "Re: Offer BP-4410", T("""
    Dear Mr. Becker,

    Please understand EUR 8.40 is a first-order price. For reference, one of our German buyers pays 8.15 EUR per set, but with a much bigger volume.
    """) + sig(SUNNY), "[R4] third-party phrase with another account's price, no product named in that sentence")

M("s29", "stop", ["alnoor"], "R2", "en", ERIC, [FAISAL], "exclusivity GCC", T("""
    Dear Faisal,

    About your request for exclusivity in Saudi: our Dubai partner Al Noor is also asking for exclusivity in the GCC, so we need to decide soon. Can we have a call on Sunday?
    """) + sig(ERIC), "[R2] names the recipient's competitor")

M("s30", "stop", ["outback"], "R2", "en", SUNNY, [CRAIG], "online shop", T("""
    Hi Craig,

    have a look at outbackautospares.com.au, they already list our brand online with the product videos - maybe it's time for Redline to do the same? Happy to send you the video files.

    Cheers
    Sunny
    """), "[R2] the recipient's competitor by web site")

M("s31", "stop", ["kraus"], "R3", "en", VIV, [MARKUS], "Re: Q3 forecast BP-4410", T("""
    Hi Markus,

    Thanks for the Q3 forecast. Noted 6,000 sets BP-4410 at EUR 7.85 again and 2,400 discs BD-2870 at EUR 18.60. I'll book the production slots now.

    Vivian
    """), "[R3] the account's own figures, but a prospect in Cc reads them", cc=[P_DE])

M("s32", "stop", ["lonestar"], "R3", "en", TONY, [TRAVIS], "PI LS-2607 SA-5521", T("""
    Hi Travis,

    PI LS-2607: 4,200 pcs SA-5521 at USD 19.75, total USD 82,950.00. Deposit 30% USD 24,885.00 pls.

    Tony
    """), "[R3] the account's own figures, but another account in Bcc reads them", bcc=[ALEJ])

M("s33", "stop", ["hansa", "kraus"], "R6", "en", SUNNY, [MARKUS], "Invitation - Automechanika Frankfurt 2026", T("""
    Dear Markus, dear Jan-Hendrik,

    we would be happy to welcome you at our booth in Frankfurt, Hall 4.2 Booth F31. Please let me know which day suits you.

    Best regards
    Sunny
    """), "[R6] two competing accounts visible to each other", cc=[JANH])

M("s34", "stop", ["outback", "redline"], "R6", "en", TONY, [CRAIG, SARAH], "Price notice LED range from 1 July", T("""
    Hi Craig, hi Sarah,

    Due to the chip shortage our LED prices will go up by 3% from 1 July. Orders confirmed before end of June keep the old price.

    Cheers
    Tony
    """), "[R6] two competing accounts in To")


def aguila_quote_xlsx():
    return xlsx([("Cotizacion", [
        ["Cotización para Refaccionaria El Águila", "", "", "", "2026-04"],
        ["SKU", "Descripción", "Cantidad", "Precio USD", "Importe USD"],
        ["BP-4410", "Pastillas cerámicas (juego)", 7200, 8.90, 64080.00],
        ["OF-1206", "Filtro de aceite", 25000, 1.55, 38750.00]], False),
        ("compare", [
            ["customer", "sku", "qty", "price", "cur", "note"],
            ["Lone Star Auto", "SA-5521", 4200, 19.75, "USD", "US, exclusive Texas"],
            ["Kraus Autoteile", "BP-4410", 6000, 7.85, "EUR", "DE, lowest pad price"],
            ["Aguila", "BP-4410", 7200, 8.90, "USD", ""]], True)])


M("s35", "stop", ["kraus", "lonestar"], "R3", "en", ERIC, [ALEJ], "Cotización abril / April quotation", T("""
    Hi Alejandro,

    Attached the April quotation for BP-4410 and OF-1206, same prices as last order. Pls confirm and I will issue the PI.
    """) + sig(ERIC), "[R3] hidden second sheet of the XLSX names other accounts with products and prices",
  atts=[("Cotizacion_Aguila_2026-04.xlsx", "xlsx", aguila_quote_xlsx())])

M("s36", "stop", ["kraus"], "R4", "mixed", SUNNY, [P_HK], "Re: BD-2870 price", T("""
    陈生，

    BD-2870 的价格 already very competitive. 德国那边有个客户一次订2.4k个，也是18.6欧一个，你们 500pcs 的量给到 USD 21.50 已经是 best price 了。
    """) + sig(("Sunny",), "short"), "[R4] shorthand 2.4k and a price of another account's deal tied by a third-party phrase",
  charset="utf-8")

M("s37", "stop", ["polar"], "R3", "en", SUNNY, [P_DE], "Re: references", T("""
    Dear Mr. Becker,

    Polar Motor Group buys our hybrid wiper blades WB-22H for all their stores in Finland, so the quality is proven in the Nordic winter. Mr. Virtanen is happy to talk with you.
    """) + sig(SUNNY), "[R8+R3] reference account named together with the product it buys")

M("s38", "stop", ["polar"], "R4", "en", SUNNY, [P_UK], "Re: WB-22H volume price", T("""
    Hi Priya,

    Volume price is possible of course. To give you an idea, a big chain in Finland takes 20,000 pcs WB-22H a year from us at EUR 2.60. For 4,800 pcs we are at GBP 3.05.

    Kind regards
    Sunny
    """), "[R8+R4] the reference account's volume and price tied by a third-party phrase")

M("s39", "stop", ["ikeja"], "R3", "zh", ERIC, [FWD_ZH], "订舱 宁波-拉各斯 Tin Can 1x40HQ", T("""
    小李，

    再订一个40HQ去拉各斯Tin Can，5月10号左右的船。
    收货人：Ikeja Motor Parts Ltd, 22 Oba Akran Ave, Ikeja, Lagos
    货物：FP-330 汽油泵 1,800只，AF-3390 空调滤芯 420箱，发票金额 USD 35,658.00
    SONCAP证书我们这边办，提单要显示Form M号码。

    谢谢
    Eric
    """), "[R3] account named with products and figures to an outside forwarder (not its partner)",
  charset="gbk")

M("s40", "stop", ["redline"], "R4", "zh", SUNNY, [LAMP], "H7 LED 灯珠 下单", T("""
    刘厂长，

    有个澳洲客户要3k对H7，4月底要出货，灯珠和驱动你们那边能不能在4月10号前交齐？
    数量按3000对加2%备品，价格还是按上次的。

    Sunny
    """), "[R4] third-party phrase with another account's quantity (3k) sent to a sub-supplier",
  charset="gbk")

M("s41", "stop", ["anadolu"], "R3", "zh", VIV, [LINZH], "RD-640 鋁水箱", T("""
    林先生：

    您問的鋁水箱我們做得很多，土耳其的 Anadolu Oto 每個月都跟我們拿 RD-640，品質穩定。需要的話我可以寄樣品給您。
    """) + sig(("Vivian",), "tw"), "[R3] another account with the product it buys", charset="big5")

M("s42", "stop", ["sinarjaya"], "R3", "mixed", VIV, [P_MY], "Re: H4 LED price", T("""
    黄先生，

    您说的没错，Sinar Jaya 那边 H4 LED 是 6.95 USD/pair，但是他们一次下4000对，您这边500对的话只能7.30。
    Hope you understand.

    Vivian
    """), "[R3] another account with its price and quantity")

M("s45", "stop", ["wisniewski"], "R7", "mixed", SUNNY, [EMRE], "Fwd: BD-2870 balancing report", T("""
    Dear Emre,

    below the balancing report request from our Polish customer, you can see we test every disc. We can do the same report for your radiators (pressure test).

    Sunny
    """) + fwd_gmail_zh(PIOTR, "2026年4月9日周四 17:02", SUNNY, "BD-2870 balancing report", T("""
    Hi Sunny,
    please send us the balancing report for every pallet of BD-2870 from the last container. Our customer (a big fleet) requires it.
    Piotr""")), "[R7] Gmail (Chinese UI) forward of another account's mail")

M("s46", "stop", ["avtodetal"], "R3", "zh", TONY, [P_MY], "球笼总成 CV-818", T("""
    黄先生您好，

    球笼我们做了很多年，我们给俄罗斯阿夫托做的球笼总成 CV-818，一年一千五百套，寒带用也没问题。
    您要的样品这周寄出。
    """) + sig(("Tony",), "zh"), "[R3/R4] another account (Chinese alias) with product and quantity in Chinese numerals",
  charset="utf-8")

M("s47", "stop", ["hsinfeng"], "R4", "zh", VIV, [P_HK], "Re: 汽油泵报价", T("""
    陈生，

    汽油泵这个价格真的是底价了，说实话我们的老客户拿的价格也才12.30美金一个，您要11块多真的做不了。
    """) + sig(("Vivian",), "zh"), "[R4] '我们的老客户' with another account's price", charset="gbk")

M("s50", "stop", ["redline"], "R3", "zh", VIV, [TAN], "WB-18F 价格对比", T("""
    陈总，
    您说WB-18F比澳洲客户贵，我整理了一下对比表：
    红线汽配 WB-18F 4.60 AUD 8000对
    星耀汽配 WB-18F 3.10 USD 9600对
    换算下来您的价格其实更低。
    """), "[R3] HTML table row naming another account with its product, price and quantity",
  fmt="html", charset="gbk", html=T("""
    <html><head><meta http-equiv="Content-Type" content="text/html; charset={CS}"></head><body>
    <div style="font-family:微软雅黑">陈总，</div>
    <div style="font-family:微软雅黑">您说WB-18F比澳洲客户贵，我整理了一下对比表：</div>
    <table border="1" cellspacing="0" cellpadding="3">
    <tr><td>客户</td><td>产品</td><td>单价</td><td>数量</td></tr>
    <tr><td>红线汽配</td><td>WB-18F 无骨雨刮</td><td>4.60 AUD</td><td>8000对</td></tr>
    <tr><td>星耀汽配（贵司）</td><td>WB-18F 无骨雨刮</td><td>3.10 USD</td><td>9600对</td></tr>
    </table>
    <div style="font-family:微软雅黑">换算下来您的价格其实更低，请放心。</div>
    <div>Vivian</div>
    </body></html>
    """))

M("s51", "stop", ["brackley"], "R4", "mixed", VIV, [P_TW], "Re: IC-07 價格", T("""
    林小姐，

    IC-07 的價格 we really cannot go lower. 英國的客戶一次拿 3.5k pcs，單價也是 6.40 英鎊，您這邊 500 pcs 給到 USD 7.20 已經很好了。
    """) + sig(("Vivian",), "short"), "[R4] mixed, shorthand 3.5k and price of another account's deal", charset="big5")


def reference_docx():
    return docx(["Steadfast Auto Parts - selected customers and products",
                 "We are proud to supply distributors on five continents:"],
                [["Customer", "Country", "Products"],
                 ["Ikeja Motor Parts Ltd", "Nigeria", "AF-3390 cabin air filter, FP-330 fuel pump"],
                 ["Polar Motor Group Oy", "Finland", "WB-22H hybrid wiper blade"],
                 ["AvtoDetal Trade LLC", "Russia", "CV-818 CV joint kit"]])


M("s52", "stop", ["avtodetal", "ikeja", "polar"], "R3", "en", VIV, [P_VN], "Company profile + references", T("""
    Dear Mr. Hai,

    Attached our company profile and a short reference list, as you asked.
    """) + sig(VIV), "[R3] DOCX table rows naming accounts with the products they buy (reference account too, R8)",
  atts=[("Steadfast_references.docx", "docx", reference_docx())])


# ================================================================== building
AGENTS = ["Microsoft Outlook 16.0", "Microsoft Outlook 16.0", "Mozilla Thunderbird 128.5.2",
          "Foxmail 7.2.25.375", "Apple Mail (2.3826.400.131.1.6)", "WPS Mail 3.2.1", "Netease Mail Master 5.1"]


def is_ascii(s):
    return all(ord(c) < 128 for c in s)


def to_html(text, cs):
    out, inq = [], False
    for ln in text.split("\n"):
        q = ln.startswith(">")
        if q and not inq:
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">')
            inq = True
        if not q and inq:
            out.append("</blockquote>")
            inq = False
        body = ln[1:].lstrip() if q else ln
        out.append("<div>" + (html.escape(body) or "<br>") + "</div>")
    if inq:
        out.append("</blockquote>")
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={cs}"></head>\n'
            '<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n' + "\n".join(out) + "\n</body></html>\n")


def text_part(text, subtype, cs, cte):
    raw = text.encode(cs)
    part = MIMENonMultipart("text", subtype, charset=cs)
    if cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte == "8bit":
        payload = raw.decode("ascii", "surrogateescape")
    else:
        assert is_ascii(text)
        payload = text
    part.set_payload(payload)
    part["Content-Transfer-Encoding"] = cte
    return part


def encode_words(s, cs):
    """RFC 2047 encoded words as mail clients write them: B for CJK/Cyrillic, Q for Latin charsets."""
    q = cs.startswith("iso-8859")
    words, chunk = [], ""
    for ch in s:
        if len((chunk + ch).encode(cs)) > 42:
            words.append(chunk)
            chunk = ""
        chunk += ch
    words.append(chunk)
    out = []
    for w in words:
        b = w.encode(cs)
        if q:
            enc = "".join(chr(c) if (48 <= c <= 57 or 65 <= c <= 90 or 97 <= c <= 122) else
                          ("_" if c == 32 else f"={c:02X}") for c in b)
            out.append(f"=?{cs}?Q?{enc}?=")
        else:
            out.append(f"=?{cs}?B?{base64.b64encode(b).decode()}?=")
    return "\n ".join(out)


def addr(p):
    if is_ascii(p[0]):
        return formataddr(p)
    return formataddr(p, charset="utf-8")


def choose_format(m):
    """Seeded choice of body structure, charset, transfer encoding, line ending and mail client."""
    r = RNG
    if "fmt" not in m:
        m["fmt"] = r.choices(["plain", "alt", "html"], [50, 38, 12])[0]
    if "charset" not in m:
        if is_ascii(m["text"]):
            m["charset"] = r.choice(["us-ascii", "utf-8", "utf-8"])
        elif m["lang"] in ("zh", "mixed"):
            m["charset"] = r.choice(["utf-8", "gbk", "utf-8"])
        else:
            m["charset"] = "utf-8"
    try:
        m["text"].encode(m["charset"])
        if m.get("html"):
            m["html"].encode(m["charset"])
    except UnicodeEncodeError:
        m["charset"] = "utf-8"
    if "cte" not in m:
        if is_ascii(m["text"]) and is_ascii(m.get("html") or ""):
            m["cte"] = r.choices(["7bit", "quoted-printable", "base64"], [70, 20, 10])[0]
        else:
            m["cte"] = r.choices(["quoted-printable", "base64", "8bit"], [45, 40, 15])[0]
    if "linesep" not in m:
        m["linesep"] = "\r\n" if r.random() < 0.14 else "\n"
    if "ua" not in m:
        m["ua"] = r.choice(AGENTS)
    day = dt.datetime(2026, 2, 2, tzinfo=TZ) + dt.timedelta(days=r.randrange(0, 118))
    m["date"] = day.replace(hour=r.randrange(8, 23), minute=r.randrange(60), second=r.randrange(60))
    m["mid"] = f'{m["date"].strftime("%Y%m%d%H%M%S")}.{r.getrandbits(32):08x}'


def attachment(fn, kind, data, m):
    if kind == "eml":
        p = MIMEMessage(m["eml"]())
    elif kind == "csv":
        p = text_part(data, "csv", "utf-8", "base64")
    else:
        sub = {"pdf": "pdf", "xlsx": "vnd.openxmlformats-officedocument.spreadsheetml.sheet",
               "docx": "vnd.openxmlformats-officedocument.wordprocessingml.document"}[kind]
        p = MIMEApplication(data, sub)
    p.add_header("Content-Disposition", "attachment", filename=fn if is_ascii(fn) else ("utf-8", "", fn))
    return p


def build(m):
    cs, cte = m["charset"], m["cte"]
    if m["fmt"] == "plain":
        body = text_part(m["text"], "plain", cs, cte)
    elif m["fmt"] == "html":
        body = text_part((m.get("html") or to_html(m["text"], cs)).replace("{CS}", cs), "html", cs, cte)
    else:
        body = MIMEMultipart("alternative")
        body.attach(text_part(m["text"], "plain", cs, cte))
        body.attach(text_part((m.get("html") or to_html(m["text"], cs)).replace("{CS}", cs), "html", cs, cte))
    if m.get("atts"):
        msg = MIMEMultipart("mixed")
        msg.attach(body)
        for fn, kind, data in m["atts"]:
            msg.attach(attachment(fn, kind, data, m))
    else:
        msg = body
    hdr = [("From", addr(m["frm"])), ("To", ", ".join(addr(a) for a in m["to"]))]
    if m.get("cc"):
        hdr.append(("Cc", ", ".join(addr(a) for a in m["cc"])))
    if m.get("bcc"):
        hdr.append(("Bcc", ", ".join(addr(a) for a in m["bcc"])))
    subj = m["subject"]
    if not is_ascii(subj):
        scs = cs if cs in ("gbk", "big5", "gb18030", "koi8-r", "iso-8859-1", "iso-8859-15") else "utf-8"
        subj = encode_words(subj, scs)
    hdr += [("Subject", subj), ("Date", format_datetime(m["date"])),
            ("Message-ID", f'<{m["mid"]}@{m["frm"][1].split("@")[1]}>')]
    if re.match(r"(?i)(re|aw|回覆|回复)\s*[:：]", m["subject"]):
        ref = f'<{RNG.getrandbits(32):08x}.{m["date"].strftime("%Y%m%d")}@{m["to"][0][1].split("@")[1]}>'
        hdr += [("In-Reply-To", ref), ("References", ref)]
    hdr += [("MIME-Version", "1.0"), ("User-Agent" if "Thunderbird" in m["ua"] else "X-Mailer", m["ua"])]
    for k, p in enumerate(p for p in msg.walk() if p.is_multipart() and p.get_content_type() != "message/rfc822"):
        p.set_boundary(f'----=_Part_{m["mid"].replace(".", "_")}_{k}')
    for p in msg.walk():
        if p is not msg and p.get_content_type() != "message/rfc822" and "MIME-Version" in p:
            del p["MIME-Version"]
    existing = [(k, v) for k, v in msg.items() if k != "MIME-Version"]
    for k in list(msg.keys()):
        del msg[k]
    for k, v in hdr + existing:
        msg[k] = v
    return msg.as_bytes(policy=compat32.clone(linesep=m["linesep"]))


def describe(m):
    parts = [m["fmt"], m["charset"], m["cte"]]
    if m["linesep"] == "\r\n":
        parts.append("crlf")
    parts += sorted({k for _, k, _ in m.get("atts", [])})
    return parts


def check_registry():
    """Every deal figure is unique in the registry, so a third-party figure matches exactly one deal."""
    prices, qtys = collections.Counter(), collections.Counter()
    for a in REG["accounts"]:
        for d in a["deals"]:
            prices[round(d["price"], 2)] += 1
            qtys[d["quantity"]] += 1
    dup = [p for p, n in prices.items() if n > 1] + [q for q, n in qtys.items() if n > 1]
    assert not dup, dup
    assert not set(prices) & {float(q) for q in qtys}


def verify(raw, m):
    """The message parses with the standard library, its subject and text parts decode strictly."""
    import email
    import email.policy
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert not msg.defects, (m["key"], msg.defects)
    assert str(msg["Subject"]) == m["subject"], (m["key"], str(msg["Subject"]))
    for p in msg.walk():
        if p.get_content_maintype() == "text":
            p.get_payload(decode=True).decode(p.get_content_charset(), "strict")
            p.get_content()


def main():
    check_registry()
    keys = [m["key"] for m in MSGS]
    assert len(keys) == len(set(keys))
    for m in MSGS:
        choose_format(m)
    order = list(MSGS)
    RNG.shuffle(order)
    mdir = os.path.join(HERE, "messages")
    os.makedirs(mdir, exist_ok=True)
    for f in os.listdir(mdir):
        if f.endswith(".eml"):
            os.remove(os.path.join(mdir, f))
    labels, stats = [], collections.defaultdict(collections.Counter)
    for i, m in enumerate(order, 1):
        name = f"messages/{i:04d}.eml"
        raw = build(m)
        verify(raw, m)
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(raw)
        labels.append({"message": name, "expect": m["expect"], "accounts": m["accounts"], "why": m["why"]})
        stats["expect"][m["expect"]] += 1
        stats["rule"][f'{m["expect"]}:{m["rule"]}'] += 1
        stats["lang"][m["lang"]] += 1
        stats["lang_expect"][f'{m["lang"]}:{m["expect"]}'] += 1
        for d in describe(m):
            stats["format"][d] += 1
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(len(order), "messages")
    for k, v in stats.items():
        print(f"{k:12s}", json.dumps(dict(sorted(v.items())), ensure_ascii=False))


if __name__ == "__main__":
    main()
