#!/usr/bin/env python3
"""Generate the blind2 held-out corpus: messages/*.eml, labels.jsonl, README.md.

A fictitious Shaoxing/Keqiao fabric exporter (registry.toml, written by hand).
Every message is written by hand below (MSGS); the seeded RNG only picks
formats (plain / alternative / html), transfer encodings, charsets, line
endings, dates, mailers and the final order.  Deterministic: re-running
gives byte-identical output.

Run from the repository root:  .venv/bin/python tests/corpus/blind2/gen.py
Needs openpyxl, python-docx, fpdf2 (all in .venv).
"""
import base64
import collections
import csv
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
from email import message_from_bytes
from email.header import Header
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.policy import compat32, default
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20260317
RNG = random.Random(SEED)
REG = tomllib.load(open(os.path.join(HERE, "registry.toml"), "rb"))
ACC = {a["id"]: a for a in REG["accounts"]}
COMPANY_DOMAINS = set(REG["company"]["domains"])
TZ = dt.timezone(dt.timedelta(hours=8))


# ------------------------------------------------------------------ people
def C(aid, i=0):
    c = ACC[aid]["contacts"][i]
    return (c["name"], c["email"])


CINDY = ("Cindy Zhou", "cindy@silverloom-tex.com")
TONY = ("Tony Xu", "tony.xu@silverloom-tex.com")
ECHO = ("Echo Wang", "echo.wang@silverloom.cn")
FRANK = ("Frank Chen", "frank@silverloom-tex.com")
BOSS = ("陆国强", "lu.gq@silverloom.cn")
QC = ("钱敏", "qian.qc@silverloom.cn")
DOCS = ("单证部 Doc Dept", "doc@silverloom.cn")

# people at accounts who are not registry contacts (their domain is enough)
KELVIN = ("黃家偉 Kelvin", "kelvin.wong@hkbridge-sourcing.com")      # northpeak's buying agent (partner)
CARLA = ("Carla Mendes", "carla@santosfwd.com.br")                    # modaluz's forwarder (partner)
SHAFIQ = ("Shafiq Islam", "shafiq@ctgcargo.com.bd")                   # dhakaknit's forwarder (partner)
TUNDE = ("Tunde Bakare", "tunde@apapaclearing.com.ng")                # lagosfab's clearing agent (partner)
FANG = ("陈小芳", "fang.chen@saigonmay.vn")                           # Chinese-speaking merchandiser at saigonmay
LINDA = ("Linda Zhang", "linda.zhang@lagosfabrics.com.ng")            # lagosfab's Guangzhou buyer
ALI = ("Ali Li", "ali.li@medinatex.ae")                               # medinatex, Chinese-speaking
AMY = ("Amy Lin", "amy.lin@oakridgehome.com")                         # oakridge Shanghai sourcing office

# prospects and suppliers: unknown external recipients
TOMAS = ("Tomás Álvarez", "tomas@textilesandinos.pe")
SARAH = ("Sarah Jenkins", "sarah@jenkinshome.com")
AHMED = ("Ahmed Saleh", "ahmed.saleh1984@gmail.com")
OLGA = ("Olga Petrenko", "olga@kyivtex.com.ua")
KWAME = ("Kwame Mensah", "kwame@accrafabrics.com.gh")
LISA = ("Lisa Müller", "lisa.mueller@stoffwerk-berlin.de")
CHEN = ("陈志明", "chenzm@hk-tradinghouse.com.hk")
JUAN = ("Juan Pérez", "jperez@telasdelsur.cl")
MINH = ("Tran Minh 陈明", "minh@hanoi-apparel.vn")
AISHA = ("Aisha Khan", "aisha@karachiknits.pk")
LIN = ("林美玲", "lin.ml@mytex-sourcing.com.my")
ANIL = ("Anil Mehta", "anil@mehta-agency.in")
RUI = ("Rui Costa", "rui.costa@lisboatecidos.pt")
FWD = ("宁波远洋物流 订舱部", "booking@nbocean-log.com")
MILL = ("张经理", "zhang@hrdyeing.cn")

SIG = {
    "cindy": "\n\nBest regards\nCindy Zhou\nSales Manager | Shaoxing Keqiao Silverloom Textile Co., Ltd.\n"
             "Mob/WeChat: +86 135 8575 2210\nwww.silverloom-tex.com\n",
    "tony": "\n\nThanks & regards,\nTony Xu\nSilverloom Textile - Export Dept.\nTel: +86 575 8412 3366 ext 812\n",
    "echo": "\n\nBR\nEcho Wang\nSilverloom Textile\n",
    "frank": "\n\nKind regards,\nFrank Chen | Silverloom Textile\n"
             "Rm 1805, Keqiao International Trade Center, Shaoxing, Zhejiang, China\n",
    "echo_zh": "\n\n王怡 Echo\n绍兴柯桥银织纺织有限公司 外贸部\n手机/微信: 139 0575 6618\n",
    "cindy_zh": "\n\nCindy 周欣\n银织纺织 外贸一部\n",
    "tony_zh": "\n\n徐涛 Tony\n绍兴柯桥银织纺织有限公司\n",
}

AGENTS = ["Microsoft Outlook 16.0", "Foxmail 7.2.25.228", "Apple Mail (2.3774.500.171)",
          "Mozilla Thunderbird 128.5.2", "Coremail Webmail Server Version XT5.0.14"]


def T(s):
    return textwrap.dedent(s).strip("\n")


# ------------------------------------------------------------------ quoting and forwarding
def quoted(intro, body):
    lines = body.split("\n")
    return intro + "\n" + "\n".join(("> " + ln) if ln else ">" for ln in lines)


def fwd_outlook(frm, sent, to, subject, body, cc=None):
    s = f"\n\n-----Original Message-----\nFrom: {frm[0]} <{frm[1]}>\nSent: {sent}\nTo: {to}\n"
    if cc:
        s += f"Cc: {cc}\n"
    return s + f"Subject: {subject}\n\n{body}\n"


def fwd_outlook_new(frm, sent, to, subject, body):
    return (f"\n\n________________________________\nFrom: {frm[0]} <{frm[1]}>\nSent: {sent}\nTo: {to}\nSubject: {subject}\n\n{body}\n")


def fwd_outlook_zh(frm, sent, to, subject, body):
    return (f"\n\n发件人: {frm[0]} [mailto:{frm[1]}]\n发送时间: {sent}\n收件人: {to}\n主题: {subject}\n\n{body}\n")


def fwd_gmail(frm, date, subject, to, body):
    return (f"\n\n---------- Forwarded message ---------\nFrom: {frm[0]} <{frm[1]}>\nDate: {date}\nSubject: {subject}\nTo: {to}\n\n\n{body}\n")


def fwd_apple(frm, subject, date, to, body):
    return (f"\n\nBegin forwarded message:\n\nFrom: {frm[0]} <{frm[1]}>\nSubject: {subject}\nDate: {date}\nTo: {to}\n\n{body}\n")


def fwd_foxmail(frm, sent, to, subject, body):
    return (f'\n\n\n------------------ 原始邮件 ------------------\n发件人: "{frm[0]}"<{frm[1]}>;\n发送时间: {sent}\n收件人: {to};\n主题: {subject}\n\n{body}\n')


# ------------------------------------------------------------------ attachments
def zip_norm(data):
    """Rewrite a zip (xlsx/docx) with fixed timestamps so output is byte-stable."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for i in src.infolist():
            zi = zipfile.ZipInfo(i.filename, (2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            d = src.read(i.filename)
            if i.filename == "docProps/core.xml":
                d = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*", rb"\g<1>2026-01-01T00:00:00Z", d)
            z.writestr(zi, d)
    return out.getvalue()


def xlsx(fn, rows, sheet="Sheet1"):
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    for r in rows:
        ws.append(r)
    wb.properties.created = wb.properties.modified = dt.datetime(2026, 1, 1)
    b = io.BytesIO()
    wb.save(b)
    return (fn, "xlsx", zip_norm(b.getvalue()), "\n".join(" ".join(str(c) for c in r) for r in rows))


def pdf(fn, title, lines):
    from fpdf import FPDF
    p = FPDF()
    p.set_creation_date(dt.datetime(2026, 1, 1, tzinfo=dt.UTC))
    p.add_page()
    p.set_font("Helvetica", "B", 14)
    p.cell(0, 10, title, new_x="LMARGIN", new_y="NEXT")
    p.set_font("Helvetica", size=10)
    for ln in lines:
        p.multi_cell(0, 6, ln, new_x="LMARGIN", new_y="NEXT")
    return (fn, "pdf", bytes(p.output()), title + "\n" + "\n".join(lines))


def docx_(fn, paras, table=None):
    import docx
    d = docx.Document()
    d.core_properties.created = d.core_properties.modified = dt.datetime(2026, 1, 1)
    for p in paras:
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=0, cols=len(table[0]))
        for r in table:
            for c, v in zip(t.add_row().cells, r, strict=False):
                c.text = str(v)
    b = io.BytesIO()
    d.save(b)
    text = "\n".join(paras) + "\n" + "\n".join(" ".join(str(c) for c in r) for r in (table or []))
    return (fn, "docx", zip_norm(b.getvalue()), text)


def csv_(fn, rows):
    b = io.StringIO()
    csv.writer(b, lineterminator="\r\n").writerows(rows)
    return (fn, "csv", b.getvalue(), b.getvalue())


def eml_att(fn, frm, to, subject, date, body, mid):
    """A whole earlier message attached as message/rfc822."""
    p = MIMENonMultipart("text", "plain", charset="utf-8")
    p.set_payload(quopri.encodestring(body.encode("utf-8")).decode("ascii"))
    p["Content-Transfer-Encoding"] = "quoted-printable"
    for k, v in [("From", formataddr(frm)), ("To", formataddr(to)), ("Subject", subject),
                 ("Date", date), ("Message-ID", f"<{mid}>")]:
        p[k] = v
    return (fn, "eml", p, body)


# ------------------------------------------------------------------ the message list
MSGS = []


def M(expect, rule, lang, accounts, why, frm, to, subject, text, **k):
    """Record one hand-written message with its label."""
    MSGS.append(dict(expect=expect, rule=rule, lang=lang, accounts=accounts, why=why, frm=frm,
                     to=to if isinstance(to, list) else [to], subject=subject, text=text, **k))

# ================================================================== PASS
# p01 own figures + own PI to the same account
M("pass", "own", "en", [], "own PI and prices sent to the buyer itself",
  CINDY, C("kumartex"), "PI SL-KT-2603-05 for PG-75D and OX-600 - pls countersign", T("""
    Dear Rajesh,

    Good day! As discussed on phone yesterday, pls find attached PI no. SL-KT-2603-05:

    - PG-75D 75D pongee, white + 6 colors, 120,000 m @ USD 0.42/m
    - OX-600 600D PU coated oxford, black/navy, 33,000 m @ USD 1.07/m

    Total USD 85,710.00 FOB Ningbo. 30% deposit by TT, balance against copy of B/L.
    Delivery 35 days after deposit and lab dip approval.

    Kindly sign and return, then we start the greige weaving immediately.""") + SIG["cindy"],
  atts=[pdf("PI_SL-KT-2603-05.pdf", "PROFORMA INVOICE SL-KT-2603-05", [
      "Seller: Shaoxing Keqiao Silverloom Textile Co., Ltd.",
      "Buyer: Kumar Textiles Pvt Ltd, Surat, Gujarat, India",
      "Date: 2026-03-06    Terms: FOB Ningbo, 30% TT deposit, 70% against B/L copy",
      "1. PG-75D 75D polyester pongee, 150cm, 62gsm   120,000 m   USD 0.42   USD 50,400.00",
      "2. OX-600 600D PU coated oxford, 150cm          33,000 m    USD 1.07   USD 35,310.00",
      "TOTAL: USD 85,710.00",
      "Bank: Bank of China Shaoxing Branch, SWIFT BKCHCNBJ92A, A/C 3562 7788 1209"])])

# p02 own figures to the account's buying agent (partner), traditional Chinese in Big5
M("pass", "own", "zh", [], "northpeak figures sent to northpeak's own buying agent (partner domain)",
  ECHO, KELVIN, "North Peak 大貨進度 TS-320 / OX-600", T("""
    黃生 你好,

    North Peak 的 320T 塔絲隆 (TS-320) 大貨 45,000 米已經全部落機, 預計 4月8日 出貨, 單價照舊 USD 1.33/米.
    600D 牛津布 21,000 米 這個星期四驗貨, 報告出來後第一時間發給你.

    麻煩幫忙轉告 Ryan, 有問題隨時聯繫.

    Echo 王怡
    銀織紡織 外貿部"""), charset="big5")

# p03 internal discussion of two competing buyers' prices
M("pass", "internal", "zh", [], "internal only: boss and sales discuss customer prices",
  CINDY, BOSS, "四面弹报价 达卡和西贡美要不要拉平?", T("""
    陆总,

    四面弹 SP-4W 现在两个客户价格不一样:
    达卡针织 1.52美金/米, 今年 5.6万米;
    西贡美 1.49美金/米, 6.15万米.
    这两家是竞争对手, 万一哪天他们互相对价会很麻烦. 下个季度要不要统一到 1.50?

    另外棉花又涨了, 全棉斜纹的成本大概上涨 6%, 波兰和澳洲的订单要重新核价.""") + SIG["cindy_zh"])

# p04 internal forward of a customer's mail (Outlook style), Chinese note
M("pass", "internal", "mixed", [], "internal forward of a customer's PO mail to a colleague",
  FRANK, TONY, "FW: Oakridge PO 4500-2231 blackout - ship date", T("""
    Tony, 你跟一下这个 PO, Megan 要求4月16号之前出货, 染厂那边帮忙催一下. 谢谢!

    Frank""") + fwd_outlook(C("oakridge"), "Monday, March 9, 2026 10:42 PM", "Frank Chen",
      "Oakridge PO 4500-2231 blackout - ship date", T("""
    Hi Frank,

    Please confirm the ship date for PO 4500-2231, BK-3P 3 pass blackout, 36,000 yds @ USD 1.97/yd.
    Our DC needs the goods in Savannah before May 25.

    Thanks,
    Megan Walsh
    Sourcing Manager, Oakridge Home Textiles LLC""")), ua="Microsoft Outlook 16.0")

# p05 internal weekly report, HTML table with all customers
M("pass", "internal", "zh", [], "internal weekly sales report with every customer's figures",
  ECHO, BOSS, "第12周销售周报", T("""
    陆总, 本周出货和接单情况如下, 请查阅.
    """), cc=[CINDY], fmt="html", html=T("""
    <html><head><meta http-equiv="Content-Type" content="text/html; charset={CS}"></head><body>
    <p>陆总,</p><p>本周出货和接单情况如下, 请查阅.</p>
    <table border="1" cellspacing="0" cellpadding="4">
    <tr><th>客户</th><th>品名</th><th>数量</th><th>单价</th><th>状态</th></tr>
    <tr><td>Kumar Textiles</td><td>PG-75D 春亚纺</td><td>120,000 m</td><td>USD 0.42</td><td>织造中</td></tr>
    <tr><td>Moda Luz</td><td>RC-45 人棉印花</td><td>42,000 m</td><td>USD 1.18</td><td>已出运 MSKU7712045</td></tr>
    <tr><td>Oakridge</td><td>BK-3P 遮光布</td><td>36,000 yd</td><td>USD 1.97</td><td>染色</td></tr>
    <tr><td>Textilhaus Rhein</td><td>JC-118 提花窗帘布</td><td>6,400 m</td><td>EUR 3.15</td><td>待定金</td></tr>
    <tr><td>Mombasa Textile</td><td>KV-280 韩国绒</td><td>27,000 yd</td><td>USD 1.86</td><td>验货</td></tr>
    </table>
    <p>王怡</p></body></html>"""))

# p06 our own offer prices to a prospect
M("pass", "offer", "en", [], "our own offer prices to a new prospect",
  TONY, TOMAS, "Quotation - 320T nylon taslan & 75D pongee", T("""
    Dear Tomas,

    Thank you for your inquiry from our website. Our best prices as below:

    1) TS-320 320T nylon taslan, 100% nylon, 150cm, 75gsm, PU milky coating: USD 1.38/m
    2) PG-75D 75D polyester pongee, 150cm, 62gsm, WR finish: USD 0.45/m

    FOB Ningbo, MOQ 3,000 m per color, delivery 25-30 days after deposit.
    Payment: 30% T/T deposit, balance before shipment.
    We can send you color card free, only courier cost by your side (or pls give your DHL account no.).

    Looking forward to your reply!""") + SIG["tony"])

# p07 Spanish offer to a prospect
M("pass", "offer", "other", [], "Spanish quotation of our own prices to a prospect",
  FRANK, JUAN, "Cotización PS-190 y BK-3P", T("""
    Estimado Juan,

    Gracias por su consulta. Le envío nuestro mejor precio:

    - PS-190 microfibra peach skin, 90 gsm, ancho 150 cm: USD 0,64/m FOB Ningbo
    - BK-3P blackout 3 pasadas, ancho 280 cm: USD 2,15/m FOB Ningbo

    Pedido mínimo 5.000 m por color. Tiempo de entrega 25-30 días después del depósito.
    Si necesita muestras, podemos enviarlas por DHL esta semana.

    Saludos cordiales,
    Frank Chen
    Silverloom Textile"""), charset="iso-8859-1")

# p08 R9: exporting to a region
M("pass", "R9", "en", [], "says we export to North America, no identity or figure",
  CINDY, SARAH, "Re: Experience with US market?", T("""
    Hi Sarah,

    Yes, we export to USA and Canada since 2013, around 30% of our business is North America now.
    So we know the requirements like CPSIA, California Prop 65 and flammability, and we can provide
    test reports from SGS or Intertek for each lot.

    If you can tell me your target price and quantity, I will check with our production team.""") + SIG["cindy"],
  reply=True)

# p09 R9 mixed with a Chinese-speaking prospect
M("pass", "R9", "mixed", [], "says we have buyers in African countries, no identity or figure",
  ECHO, KWAME, "Nice to meet you at Canton Fair / 广交会", T("""
    Hi Kwame,

    Nice to meet you at Canton Fair last week. 我们在非洲有很多客户, Nigeria, Kenya, Ghana 都有,
    so we understand the market: bright colors, good hand feel and competitive price.

    I will send you our new color cards by DHL next week, pls give me your full address and phone no.
    Our showroom: Keqiao China Textile City, East Market 2F-1138 (柯桥中国轻纺城东市场2楼1138).""") + SIG["echo"])

# p10 reply quoting the recipient's own mail
M("pass", "quoted-own", "en", [], "reply quoting the recipient's own figures",
  CINDY, C("oakridge"), "Re: PO 4500-2231 blackout 36,000 yds - ship date", T("""
    Hi Megan,

    Confirmed, the 36,000 yds BK-3P will be ready on April 14 and ship on April 16 from Ningbo.
    Vessel: CMA CGM Tage 0FT3ES, ETA Savannah around May 19. I will send the draft docs next week.

    """) + quoted("On Mon, Mar 9, 2026 at 10:42 PM, Megan Walsh <megan.walsh@oakridgehome.com> wrote:", T("""
    Hi Cindy,

    Please confirm the ship date for PO 4500-2231, BK-3P 3 pass blackout, 36,000 yds @ USD 1.97/yd.
    Our DC needs the goods in Savannah before May 25.

    Thanks,
    Megan""")) + SIG["cindy"], reply=True)

# p11 reply quoting the recipient, CRLF
M("pass", "quoted-own", "en", [], "reply quoting the recipient's own order",
  TONY, C("modaluz"), "Re: RC-45 strike-offs for PO ML-0226", T("""
    Hi Ana,

    Thanks for the quick comments! We will correct the red in design #7 (more orange tone as you want)
    and the new strike-offs go out Thursday by FedEx.
    Bulk printing for the 42,000 m can start right after your OK.

    """) + quoted("Em 10/03/2026 21:15, Ana Ribeiro escreveu:", T("""
    Hi Tony,
    strike-offs received. Design 3, 5, 11 OK. Design 7 red is too blue, please correct.
    Reminder: PO ML-0226 RC-45 rayon challis 42,000 m at USD 1.18, ETD end of March.
    Regards, Ana""")) + SIG["tony"], crlf=True, reply=True)

# p12 reference account named, no product/figure
M("pass", "R8", "en", [], "names a reference account without its products or figures",
  FRANK, LISA, "Re: workwear fabrics - references?", T("""
    Hi Lisa,

    Sure. For workwear you can ask Kinsale Uniforms in Ireland, they work with us since 2019 and they are
    happy to give a reference. I can introduce you to Siobhan Murphy there if you like.

    About your other question: yes we can do Oeko-Tex Standard 100 certificate, our certificate no. is
    SH026 178452 (Hohenstein).""") + SIG["frank"], reply=True)

# p13 reference account named to a Chinese-speaking prospect
M("pass", "R8", "mixed", [], "names a reference account (old customer) without figures",
  ECHO, CHEN, "Re: 工装面料供应商", T("""
    陈生您好,

    Nordvik 是我们挪威的老客户, 合作五年多了, 他们对质量和交期要求非常高.
    如果您需要 reference, 我可以问问 Lars 愿不愿意跟您通个电话 or email.

    我们的工厂在柯桥, 欢迎来参观.""") + SIG["echo_zh"], reply=True)

# p14 newsletter with customers only in Bcc (bilingual)
M("pass", "bcc", "mixed", [], "customers only in Bcc, generic announcement",
  CINDY, CINDY, "New SS27 print collection / 新款印花", T("""
    Dear valued customer,

    We are happy to present our SS27 print collection: 120 new designs on rayon challis and 40D chiffon,
    tropical, paisley and small florals. Price list on request.

    尊敬的客户: 我司新推出 SS27 印花系列 120 款, 欢迎来柯桥中国轻纺城东市场2楼1138展厅看样.

    Silverloom Textile
    www.silverloom-tex.com"""),
  bcc=[C("brightwear"), C("polskamoda"), C("southernbolt"), C("medinatex"), C("mombasa")])

# p15 holiday notice, competing customers only in Bcc
M("pass", "bcc", "mixed", [], "competing customers only in Bcc, holiday notice",
  ECHO, ECHO, "Holiday notice 五一放假通知", T("""
    Dear customers / 尊敬的客户:

    Our office and factory will be closed for Labour Day from May 1 to May 5, 2026.
    我司五一劳动节放假时间为 5月1日至5月5日, 5月6日正常上班.
    Urgent matters pls call +86 139 0575 6618 (WeChat same).

    Echo Wang
    Silverloom Textile"""),
  bcc=[C("dhakaknit"), C("saigonmay"), C("kumartex")])

# p16 shipping details for an account sent to its forwarder (partner)
M("pass", "partner", "en", [], "account's own shipment details sent to its forwarder (partner)",
  DOCS, CARLA, "Booking MODA LUZ PO ML-0226 - ETD 28 Mar", T("""
    Dear Carla,

    Pls find shipping details for Moda Luz order PO ML-0226:

    Containers: 2x40HQ  MSKU 7712045 / TCLU 5520913, seals SL088213 / SL088214
    Goods: RC-45 rayon challis 42,000 m in 318 rolls, HS 5408.22
           ST-90 stretch satin 15,600 m in 104 rolls, HS 5407.61
    G.W. 14,260 kg, N.W. 13,580 kg, 118 CBM
    Vessel MSC ADELAIDE NX612W, ETD Ningbo 28 Mar, ETA Santos approx 5 May.

    Original docs will be couriered to Moda Luz after balance payment.

    Best regards,
    Doc Dept. Silverloom Textile
    Tel +86 575 8412 3366 ext 806"""))

# p17 booking with our forwarder, no consignee, Chinese
M("pass", "logistics", "zh", [], "booking mail to our own forwarder, no customer named",
  DOCS, FWD, "订舱 1x40HQ 宁波-汉堡 3月18日左右", T("""
    您好,

    请帮忙订 1x40HQ 宁波至汉堡, 3月18日左右的船, 最好是马士基或者达飞.
    品名: 涤纶梭织布  HS 5407.61
    412 卷, 毛重 9,630 KGS, 体积约 62 CBM.
    发货人: 我司; 收货人资料稍后提供.
    请报一下海运费和港杂, 谢谢!

    单证 王小姐
    电话 0575-8412 3366 转 806"""))

# p18 QC report to the account's buying agent, mixed
M("pass", "own", "mixed", [], "QC result with the account's own figures to its agent (partner)",
  FRANK, KELVIN, "Inspection result PO NP-2026-031 TS-320 / 验货结果", T("""
    Hi Kelvin,

    Inspection result for PO NP-2026-031, TS-320 320T taslan, total 45,000 m:
    - 4-point system, average 11.6 points / 100 sq yd, PASS
    - Lot 3 (roll no. 221-260, 2,360 m) rejected for shading, 重新回染, will be ready April 2
    - Width 148-150cm OK, coating hydrostatic head 3,000 mm OK

    请转给 Ryan, inspection photos in the WeTransfer link I sent this morning.

    Frank"""))

# p19 payment received, Chinese, to the account's Chinese-speaking buyer
M("pass", "own", "zh", [], "payment confirmation to the account's own staff",
  CINDY, LINDA, "收到定金 PI SL-LFE-2603", T("""
    Linda 你好,

    今天收到你们的电汇 USD 27,936.00, 是 PI SL-LFE-2603 韩国绒 48,000 码 (单价 1.94) 的 30% 定金, 谢谢!
    我们明天开始排染, 预计4月12日左右出货.
    颜色还是按上次确认的 12 个色, 有变化请尽快告诉我.""") + SIG["cindy_zh"])

# p20 sample dispatch with AWB and phone numbers
M("pass", "sample", "en", [], "sample dispatch details to a prospect",
  TONY, AISHA, "Samples sent - DHL AWB 48 2177 3055", T("""
    Dear Aisha,

    Samples sent today by DHL, AWB no. 48 2177 3055:
    - 5 hangers of SP-4W 4-way stretch (black, navy, olive, camel, wine)
    - 2 m each of black and navy for your wash test

    Should arrive Karachi around 14 March. Pls check and give us your feedback.
    For urgent pls call me +86 575 8412 3366 or WhatsApp +86 138 5757 0921.""") + SIG["tony"])

# p21 sample dispatch, Chinese
M("pass", "sample", "zh", [], "sample dispatch to a Chinese-speaking prospect, specs only",
  ECHO, CHEN, "样品已寄出 顺丰单号 SF1402 3398 7721", T("""
    陈生您好,

    您要的韩国绒和桃皮绒色卡今天已经寄出, 顺丰单号 SF1402 3398 7721.
    一共 2 本色卡 + 6 个 A4 样:
    韩国绒 KV-280: 280克/平方米, 门幅 150cm
    桃皮绒 PS-190: 90克/平方米, 门幅 150cm, 可以做阻燃和防水
    收到请确认, 谢谢!""") + SIG["echo_zh"])

# p22 technical specs + our offer
M("pass", "offer", "en", [], "specs and our own offer price to a prospect",
  FRANK, KWAME, "KV-280 Korean velvet - specs & price", T("""
    Hello Kwame,

    As requested, KV-280 Korean velvet details:
    Composition: 100% polyester
    Weight: 280 gsm +/- 5%
    Width: 150cm (57/58")
    Roll length: approx. 50 yds
    Color fastness to rubbing: dry 4, wet 3-4; shrinkage <= 3%

    Price: USD 2.10/yd FOB Ningbo, MOQ 10,000 yds (can mix 5 colors).
    Lead time 20-25 days.""") + SIG["frank"])

# p23 reply quoting the recipient who named its competitor
M("pass", "quoted-own", "en", [], "the competitor's name is only in the recipient's own quoted text",
  CINDY, C("textilhaus"), "Re: LC-5545 price for AW26", T("""
    Dear Jürgen,

    We understand your concern. Please trust that we always give you our best price, and we never talk
    about other buyers' prices, same as we never tell anybody your prices.
    For AW26 we can keep EUR 2.38/m for LC-5545 if the order is over 9,000 m.

    """) + quoted("Am 10.03.2026 um 09:14 schrieb Jürgen Brandt <j.brandt@textilhaus-rhein.de>:", T("""
    Dear Cindy,
    we have heard from the market that Fratelli Riva buys the same linen cotton from you at a lower price.
    Please explain, otherwise we have to look for other sources for AW26.
    Best regards
    Jürgen Brandt""")) + SIG["cindy"], reply=True)

# p24 account + its own forwarder in Cc
M("pass", "partner", "en", [], "account and its own forwarder (partner) with its own figures",
  CINDY, C("dhakaknit"), "Shipping docs DKC PO 2603 - SP-4W 56,000 m", T("""
    Dear Tanvir, dear Shafiq,

    Attached pls find draft B/L and packing list for PO 2603:
    SP-4W 4-way stretch 56,000 m in 448 rolls, invoice value USD 85,120.00, HS 5407.69
    Container OOLU 6203318, vessel OOCL BRISBANE 112S, ETD Ningbo March 21, ETA Chittagong ~April 6.

    Pls check the consignee and notify party and confirm by tomorrow, then we ask the line to release B/L.""")
  + SIG["cindy"], cc=[SHAFIQ])

# p25 own figures, internal Cc
M("pass", "own", "en", [], "own figures to the account with an internal Cc",
  TONY, C("brightwear"), "SP-4W repeat - price for 18,500 m", T("""
    Hi Oliver,

    Good news, we can hold last season's price for the repeat: SP-4W 4-way stretch, 18,500 m,
    GBP 2.46/m CIF Felixstowe. Colors: black 8,000 m, navy 6,500 m, charcoal 4,000 m.
    Delivery early May if you confirm this week.

    Cindy in Cc, she will send the PI.""") + SIG["tony"], cc=[CINDY])

# p26 internal, boss warns not to mention another buyer's price
M("pass", "internal", "zh", [], "internal only: comparing two customers' prices",
  BOSS, CINDY, "韩国绒 价格", T("""
    Cindy,

    迪拜麦地那韩国绒 2.03美金/米, 拉各斯布行 1.94美金/码, 换算下来其实差不多.
    下周 Chinedu 来访, 千万不要提到迪拜的价格. 样品间的韩国绒色卡也先收起来.

    陆"""))

# p27 internal discussion in Chinese
M("pass", "internal", "zh", [], "internal only: complaint from one customer about another",
  FRANK, TONY, "西贡美投诉交期", T("""
    Tony,

    西贡美的 Lan 早上打电话过来, 说听说达卡针织的四面弹比他们早出货两周, 很不高兴.
    我解释说是染厂排期的问题. 你那边把他们 TS-320 的 27,300 米尽量提前, 下周三之前给我一个确定的日期.

    Frank"""))

# p28 German, own figures
M("pass", "own", "other", [], "German order confirmation with the account's own figures",
  FRANK, C("textilhaus", 1), "Auftragsbestätigung JC-118 Jacquard", T("""
    Sehr geehrte Frau Koch,

    vielen Dank für Ihren Auftrag. Anbei die Bestätigung:

    Artikel: JC-118 Jacquard-Vorhangstoff, 280 cm breit, Farbe Sand und Grau
    Menge: 6.400 m
    Preis: 3,15 EUR/m FOB Ningbo
    Lieferung: KW 17

    Die Anzahlung von 30 % bitte auf unser Konto bei der Bank of China.

    Mit freundlichen Grüßen
    Frank Chen
    Silverloom Textile"""), charset="iso-8859-1")

# p29 Italian, own figures
M("pass", "own", "other", [], "Italian order confirmation with the account's own figures",
  TONY, C("fratelliriva"), "Conferma ordine CF-40 chiffon", T("""
    Gentile Marco,

    confermo il vostro ordine: CF-40 chiffon 40D, 30.500 m a 0,79 EUR/m FOB Ningbo.
    I colori sono 14 come da vostra cartella, consegna fine aprile.
    Vi mando la PI domani, per favore fate il deposito del 30% appena possibile.

    Cordiali saluti,
    Tony Xu
    Silverloom Textile"""), charset="windows-1252")

# p30 HTML-only table with the account's own POs
M("pass", "own", "en", [], "HTML table of the account's own orders",
  CINDY, C("casaverde"), "Order status Casa Verde - March", "", fmt="html", html=T("""
    <html><head><meta http-equiv="Content-Type" content="text/html; charset={CS}"></head><body>
    <p>Dear Lucía,</p>
    <p>Please see the status of your orders below:</p>
    <table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse">
    <tr style="background:#ddd"><th>PO</th><th>Item</th><th>Qty</th><th>Unit price</th><th>ETD</th></tr>
    <tr><td>CV-2601</td><td>JC-118 jacquard curtain, 280cm</td><td>8,900 m</td><td>USD 2.77</td><td>Apr 20</td></tr>
    <tr><td>CV-2602</td><td>BK-3P 3 pass blackout, 280cm</td><td>24,000 m</td><td>USD 1.89</td><td>May 5</td></tr>
    </table>
    <p>Lab dips for CV-2602 will be sent Friday by DHL.</p>
    <p>Best regards,<br>Cindy Zhou<br>Silverloom Textile</p></body></html>"""))

# p31 HTML-only price list to a prospect
M("pass", "offer", "en", [], "HTML price list with our own prices to a prospect",
  TONY, OLGA, "Price list 2026 - Silverloom Textile", "", fmt="html", html=T("""
    <html><head><meta http-equiv="Content-Type" content="text/html; charset={CS}"></head><body>
    <p>Dear Olga,</p><p>Thank you for visiting our booth. Our price list for Ukraine market:</p>
    <table border="1" cellspacing="0" cellpadding="4">
    <tr><th>Item</th><th>Spec</th><th>Price FOB Ningbo</th><th>MOQ</th></tr>
    <tr><td>PG-75D pongee</td><td>150cm, 62gsm</td><td>USD 0.46/m</td><td>5,000 m</td></tr>
    <tr><td>SP-4W 4-way stretch</td><td>150cm, 180gsm</td><td>USD 1.62/m</td><td>3,000 m</td></tr>
    <tr><td>ST-90 stretch satin</td><td>148cm, 110gsm</td><td>USD 1.69/m</td><td>3,000 m</td></tr>
    <tr><td>FL-260 polar fleece</td><td>160cm, 260gsm</td><td>USD 3.05/kg</td><td>1,000 kg</td></tr>
    </table>
    <p>Prices valid until 30 April 2026.</p><p>Tony Xu<br>Silverloom Textile</p></body></html>"""))

# p32 payment reminder, mixed, to the account's Chinese-speaking staff
M("pass", "own", "mixed", [], "balance reminder with the account's own figures",
  ECHO, ALI, "Balance payment PI SL-MTT-2602 / 尾款", T("""
    Hi Ali,

    货已经上船了, B/L no. COSU 6438812790, vessel COSCO SHIPPING ARIES 045W.
    The balance USD 40,656.00 (70% of CF-40 88,000 m x 0.66) pls arrange this week,
    收到尾款后我们马上电放.

    Thanks!""") + SIG["echo"])

# p33 own figures + "we sell a lot to Europe"
M("pass", "R9", "en", [], "own figures to the account plus a general export statement",
  CINDY, C("kumartex"), "Pongee price for H2", T("""
    Dear Rajesh,

    You asked about the pongee price for second half year. We sell a lot to Europe and Africa also,
    so our dyeing capacity is booked until June, but for you we keep USD 0.42/m for the next
    120,000 m if you confirm before April 15. After that polyester yarn price will go up about 5%.""")
  + SIG["cindy"])

# p34 "we have buyers in Brazil", no product
M("pass", "R9", "en", [], "says we have buyers in Latin America, no identity/figure/product",
  TONY, TOMAS, "Re: prints for Peru market", T("""
    Hi Tomas,

    We already have buyers in Brazil and Colombia, so we know the Latin market likes bright tropical
    designs. I attach 30 new designs in the link below, our print prices start from USD 1.24/m
    for 3,000 m per design.

    https://silverloom-tex.com/catalog/ss27-prints""") + SIG["tony"], reply=True)

# p35 packing list XLSX to the account's clearing agent (partner)
M("pass", "partner", "en", [], "account's own packing list to its clearing agent (partner)",
  DOCS, TUNDE, "Packing list & invoice - LFE container TGHU 8823410", T("""
    Dear Tunde,

    Attached pls find commercial invoice and packing list for Lagos Fabrics container TGHU 8823410,
    B/L MEDUN 4410982, vessel MSC LAGOS X 0412, ETA Apapa April 28.
    Form M no. MF20260003318 is on the invoice.""") + SIG["tony"],
  atts=[xlsx("PL_CI_LFE_TGHU8823410.xlsx", [
      ["PACKING LIST / COMMERCIAL INVOICE", "", "", "", "", ""],
      ["Consignee: Lagos Fabrics Emporium Ltd, 14 Balogun Street, Lagos", "", "", "", "", ""],
      ["Item", "Description", "Rolls", "Qty (yd)", "Unit price USD", "Amount USD"],
      ["KV-280", "Korean velvet 280gsm 150cm", 960, 48000, 1.94, 93120],
      ["", "TOTAL", 960, 48000, "", 93120],
      ["G.W. 15,870 kg", "N.W. 15,120 kg", "CBM 66", "", "", ""]], sheet="PL")])

# p36 CSV order status to the account
M("pass", "own", "en", [], "CSV of the account's own order status",
  ECHO, C("polskamoda"), "Order status week 13", T("""
    Dear Katarzyna,

    Please see attached CSV with the status of your open orders. DN-10 is in finishing,
    TW-2121 greige is ready and going to dyeing Monday.""") + SIG["echo"],
  atts=[csv_("PMSP_order_status_w13.csv", [
      ["PO", "SKU", "Description", "Qty", "Unit", "Price EUR", "Status", "ETD"],
      ["PM-0311", "DN-10", "10oz stretch denim", "14700", "m", "2.19", "finishing", "2026-04-10"],
      ["PM-0312", "TW-2121", "cotton twill 21x21", "19300", "m", "1.41", "dyeing", "2026-04-24"]])])

# p37 DOCX technical data sheet to a prospect
M("pass", "offer", "en", [], "technical data sheet and our offer to a prospect",
  FRANK, MINH, "Technical data sheet SP-4W", T("""
    Dear Minh,

    Attached the technical data sheet of SP-4W as you requested. Price for your quantity is USD 1.60/m
    FOB Ningbo, MOQ 2,000 m per color.""") + SIG["frank"],
  atts=[docx_("TDS_SP-4W.docx", [
      "Silverloom Textile - Technical Data Sheet", "Article: SP-4W 4-way stretch",
      "Composition: 92% polyester 8% spandex", "Weight: 180 gsm +/- 5%", "Width: 150 cm usable",
      "Stretch: warp 35%, weft 45%", "Pilling (ISO 12945-2): grade 4", "Colour fastness to washing: 4"])])

# p38 PDF test report to a prospect
M("pass", "offer", "en", [], "third-party test report of our fabric to a prospect",
  TONY, SARAH, "Test report - ST-90 stretch satin", T("""
    Hi Sarah,

    Please find attached the latest test report for ST-90 stretch satin (formaldehyde, AZO, pH).
    All passed. Report valid for 12 months.""") + SIG["tony"],
  atts=[pdf("SHT26-04127_ST-90.pdf", "TEST REPORT No. SHT26-04127", [
      "Applicant: Shaoxing Keqiao Silverloom Textile Co., Ltd.",
      "Sample description: ST-90 stretch satin, 97% polyester 3% spandex, colour: ivory",
      "Date received: 2026-02-11   Testing period: 2026-02-11 to 2026-02-17",
      "Formaldehyde (ISO 14184-1): not detected (< 16 mg/kg)     PASS",
      "pH value (ISO 3071): 6.8     PASS",
      "Azo dyes (EN ISO 14362-1): not detected (< 5 mg/kg)     PASS"])])

# p39 internal with an XLSX of every customer
M("pass", "internal", "zh", [], "internal only: Q1 summary of all customers",
  ECHO, BOSS, "一季度客户出货汇总", T("""
    陆总,

    附件是一季度所有客户的出货和单价汇总, 请查收. 欧洲客户的欧元价格已经按 7.85 换算.""") + SIG["echo_zh"],
  atts=[xlsx("2026Q1_客户汇总.xlsx", [
      ["客户", "品号", "数量", "单位", "单价", "币种"],
      ["Kumar Textiles", "PG-75D", 120000, "m", 0.42, "USD"],
      ["Anatolia Tekstil", "PS-190", 74000, "m", 0.58, "USD"],
      ["Saigon May", "SP-4W", 61500, "m", 1.49, "USD"],
      ["Dhaka Knit", "SP-4W", 56000, "m", 1.52, "USD"],
      ["Fratelli Riva", "LC-5545", 11600, "m", 2.31, "EUR"],
      ["Textilhaus Rhein", "LC-5545", 9800, "m", 2.38, "EUR"],
      ["Kinsale Uniforms", "TW-2121", 22000, "m", 1.64, "EUR"]], sheet="Q1")])

# p40 reply to a reference account with its own figures
M("pass", "own", "en", [], "reference account's own figures sent to it",
  CINDY, C("kinsale"), "Re: TW-2121 reorder 22,000 m", T("""
    Dear Siobhan,

    Thank you for the reorder! Confirmed: TW-2121 cotton twill 21x21, navy and black, 22,000 m
    at EUR 1.64/m, same as last time. ETD May 8, I will send the PI today.""") + SIG["cindy"], reply=True)

# p41 offer in Chinese with 万 shorthand (own prices)
M("pass", "offer", "zh", [], "our own offer with 万 quantities to a prospect",
  ECHO, LIN, "春亚纺 75D 报价", T("""
    林小姐好,

    春亚纺 75D 报价如下:
    1万米起订, 单价 USD 0.47/米 FOB 宁波; 2万米以上 USD 0.45/米.
    门幅 150cm, 克重 62g, 可以做防水和涂层.
    交期: 定金后 20 天左右.

    另外塔丝隆我们也有现货, 有需要随时联系.""") + SIG["echo_zh"])

# p42 refuses to disclose customers
M("pass", "R9", "en", [], "refuses to name customers; says we export to the Middle East",
  CINDY, AHMED, "Re: who are your customers in Dubai?", T("""
    Dear Ahmed,

    Sorry, we can not share our customers' names or their prices, it is confidential for every buyer,
    same as we will keep your information confidential.
    What I can tell: we export to Middle East for more than 10 years, and our showroom in Keqiao is
    open every day, you are welcome to come and see all the qualities.""") + SIG["cindy"], reply=True)

# p43 forward of an internal note (Chinese) to the account's own sourcing office
M("pass", "own", "zh", [], "internal production schedule of the account's own POs forwarded to it",
  TONY, AMY, "Fwd: Oakridge 生产计划 PO 4500-2231/2232", T("""
    Amy 你好,

    下面是我们内部的生产排期, 给你参考, 有问题随时联系.

    Tony""") + fwd_apple(FRANK, "Oakridge 生产计划 PO 4500-2231/2232", "2026年3月12日 09:18:44 GMT+8",
                         "Tony Xu <tony.xu@silverloom-tex.com>", T("""
    Tony,
    Oakridge 两个 PO 排期:
    4500-2231 遮光布 BK-3P 36,000 码: 3月20日 上机涂层, 4月14日 完成
    4500-2232 提花窗帘布 JC-118 12,800 码: 3月25日 织造, 4月22日 完成
    Frank""")), ua="Apple Mail (2.3774.500.171)")

# p44 Gmail-style forward of the recipient's own mail back to her
M("pass", "quoted-own", "en", [], "forwards the recipient's own earlier mail back to her",
  ECHO, C("southernbolt"), "Fwd: TW-2121 shade approval", T("""
    Hi Emma,

    I think this one was missed during your holiday, forward again. We are waiting for your shade
    approval to start dyeing.""") + fwd_gmail(C("southernbolt"), "Tue, Mar 3, 2026 at 7:55 AM",
                                               "TW-2121 shade approval",
                                               "Echo Wang <echo.wang@silverloom.cn>", T("""
    Hi Echo,
    for the TW-2121 16,800 m order please use shade B for khaki and shade A for navy.
    Will confirm the olive after our team meeting.
    Cheers, Emma""")) + SIG["echo"])

# p45 reference account + unknown external in To/Cc (R8: R6 does not apply)
M("pass", "R8", "en", [], "introduces a prospect to a reference account; R6 does not apply to references",
  FRANK, C("kinsale"), "Introduction: Lisa Müller (Stoffwerk Berlin) / Siobhan Murphy", T("""
    Dear Siobhan, dear Lisa,

    As promised I introduce you to each other. Lisa is looking for a reliable workwear fabric supplier
    in China and she would like to hear a customer's honest opinion about us.
    Siobhan kindly agreed to share her experience.

    I leave you two to arrange a call. Thank you both!""") + SIG["frank"], cc=[LISA])

# p46 dye-house instruction: matching quantity but no tie to any account
M("pass", "logistics", "zh", [], "dyeing instruction to the dye house, no account named or implied",
  CINDY, MILL, "染色安排 SL-2603-17 春亚纺", T("""
    张经理,

    这单春亚纺 75D 白坯 12万米 下周一送到你们厂, 分 6 个色:
    Pantone 19-4052 / 18-1663 / 19-3925 / 17-1456 / 11-0601 / 19-0303
    4月2日前要全部出厂, 色牢度要求 4 级, 缩水控制在 3% 以内.
    对色光源用 D65, 有问题打我电话 135 8575 2210.

    Cindy"""))

# p47 HTML-only table with the account's own order status
M("pass", "own", "en", [], "HTML table with the account's own orders and containers",
  TONY, C("mombasa"), "Your orders - shipping status", "", fmt="html", html=T("""
    <html><head><meta http-equiv="Content-Type" content="text/html; charset={CS}"></head><body>
    <p>Hello Joseph,</p><p>Shipping status of your two orders:</p>
    <table border="1" cellpadding="4" cellspacing="0">
    <tr><th>Item</th><th>Quantity</th><th>Price</th><th>Container</th><th>ETA Mombasa</th></tr>
    <tr><td>PG-75D pongee</td><td>150,000 m</td><td>USD 0.39/m</td><td>CMAU 4419022, CMAU 4419038</td><td>Apr 30</td></tr>
    <tr><td>KV-280 Korean velvet</td><td>27,000 yd</td><td>USD 1.86/yd</td><td>TCNU 8830127</td><td>May 12</td></tr>
    </table><p>KRA PIN on invoice: P051234567X as you asked.</p>
    <p>Regards,<br>Tony Xu</p></body></html>"""))

# p48 account + its forwarder in Cc
M("pass", "partner", "en", [], "account and its forwarder (partner) with its own figures",
  TONY, C("modaluz"), "ST-90 stretch satin 15,600 m - ready for loading", T("""
    Dear Ana, dear Carla,

    ST-90 stretch satin 15,600 m (USD 1.63/m) is packed, 104 rolls, ready for loading on March 26.
    Carla, pls send us the SO and the container no. when you have it.""") + SIG["tony"], cc=[CARLA])

# p49 two reference accounts visible to each other
M("pass", "R8", "en", [], "two reference accounts in To/Cc; R6 does not apply to references",
  FRANK, C("nordvik"), "Invitation - Silverloom workwear fabric day, 15 May", T("""
    Dear Lars, dear Siobhan,

    We are happy to invite you to our workwear fabric day on 15 May in Keqiao. We will show new
    flame-retardant and high-visibility qualities and visit the dyeing mill together.
    Hotel and pickup from Hangzhou airport are on us. Please let me know if you can join.""")
  + SIG["frank"], cc=[C("kinsale")])

# p50 visit logistics with own figures
M("pass", "own", "en", [], "visit logistics and own order to the account",
  ECHO, C("anatolia"), "Your visit to Keqiao 18-20 March - hotel & pickup", T("""
    Dear Mehmet,

    All arranged for your visit:
    - Pickup at Hangzhou Xiaoshan airport, flight TK88 arrival 13:35 on 18 March, driver Mr. Li
      +86 137 5851 4420 (he will hold a paper with your name)
    - Hotel: Keqiao Marriott, 3 nights, booking no. 83310945
    - 19 March: visit weaving and dyeing mill, check the FL-260 fleece bulk (11,200 kg)
    - 20 March: showroom and dinner

    See you soon!""") + SIG["echo"])

# p51 own figures to the account's Chinese-speaking merchandiser
M("pass", "own", "zh", [], "own figures to the account's Chinese-speaking merchandiser",
  TONY, FANG, "塔丝隆 TS-320 染好了", T("""
    小芳你好,

    你们的 TS-320 塔丝隆 27,300 米已经染好了, 单价还是 1.26 美金/米.
    今天下午做涂层, 周五可以出验货报告. 船期订的是 4月3日 胡志明, 柜号出来再发给你.""") + SIG["tony_zh"])

# p52 claim reply quoting the recipient
M("pass", "quoted-own", "en", [], "claim reply quoting the recipient's own complaint",
  CINDY, C("polskamoda"), "Re: claim - DN-10 shrinkage", T("""
    Dear Katarzyna,

    Sorry for the trouble. Our lab tested the retained sample from lot 2: shrinkage warp 4.5%,
    more than the 3% we promised. We will give a 5% discount on the 14,700 m (EUR 2.19 -> EUR 2.08)
    or re-finish lot 2, as you prefer.

    """) + quoted("W dniu 12.03.2026 o 14:02, Katarzyna Nowak <k.nowak@polskamoda.pl> pisze:", T("""
    Dear Cindy,
    after washing the DN-10 shrinks 4-5% in warp. We cut 2,000 pcs already. Please check urgently.
    Katarzyna""")) + SIG["cindy"], crlf=True, reply=True)

# p53 internal instruction to documents dept
M("pass", "internal", "zh", [], "internal only: documents instruction naming a customer",
  CINDY, DOCS, "请做 Moda Luz 的箱单发票", T("""
    单证部:

    请做 Moda Luz 的箱单发票, PO ML-0226:
    人棉印花 RC-45 42,000 米 单价 1.18 美金, 弹力缎 ST-90 15,600 米 单价 1.63 美金.
    收货人和通知人按上次一样, 货代是 santosfwd, 联系人 Carla.

    Cindy"""))

# p54 mixed: own QC report to the account's Chinese-speaking buyer
M("pass", "own", "mixed", [], "own QC report to the account's own buyer",
  TONY, LINDA, "ST-90 QC report / 验货报告", T("""
    Linda,

    ST-90 stretch satin 22,500 yd 的大货验货报告 attached below:
    - 4-point: avg 9.8 points, PASS
    - color: 12 colors 全部 OK vs approved lab dips, delta E < 1.0
    - 门幅 57/58" OK

    下周一装柜, container no. 到时候发你.""") + SIG["tony"])

# ================================================================== FLAG
# f01 R1 name to a prospect
M("flag", "R1", "en", ["oakridge"], "R1: names another customer (Oakridge) to a prospect, no product/figure",
  CINDY, SARAH, "Re: chiffon for bridal collection", T("""
    Hi Sarah,

    Thanks for your mail. We have long experience with US importers, for example Oakridge Home Textiles
    is our customer for more than 6 years, so don't worry about the quality standard.

    For your bridal collection I recommend our CF-40 40D chiffon, 100% polyester, 150cm, very soft hand feel.
    Price USD 0.74/m FOB Ningbo, MOQ 3,000 m per color.""") + SIG["cindy"], reply=True)

# f02 R1 contact name + account name to a non-competing account
M("flag", "R1", "en", ["brightwear"], "R1: tells one customer that another customer's buyer visited",
  TONY, C("southernbolt"), "TW-2121 16,800 m - lab dips sent", T("""
    Hi Emma,

    Lab dips for your TW-2121 order (16,800 m) were sent today by DHL 77 3019 4420, 3 shades each color.

    Btw Oliver Hughes from BrightWear was in our office last week, he said London weather is even worse
    than Melbourne in winter :) Hope you are enjoying the autumn there.""") + SIG["tony"])

# f03 R1 in Chinese to a partner of another account
M("flag", "R1", "zh", ["kumartex"], "R1: names another customer and its buyer to northpeak's agent",
  ECHO, KELVIN, "Ryan 的样布今天寄出", T("""
    黄生,

    不好意思, 上周库马尔纺织的 Rajesh 也来柯桥了, 我们一直陪着他看工厂, 所以 Ryan 的样布晚了两天.
    今天已经用 DHL 寄出, 单号 1190 4452 83, 预计周五到纽约.""") + SIG["echo_zh"])

# f04 R1 mixed to a Chinese-speaking prospect
M("flag", "R1", "mixed", ["lagosfab"], "R1: names another customer to a prospect",
  ECHO, LIN, "下个月来柯桥?", T("""
    Hi 林小姐,

    听说您下个月也来柯桥, 太好了! Lagos Fabrics 的 Chinedu 那个星期也在, 他们在西非做得很大,
    you can know each other, 也许有合作机会. 具体时间定了告诉我, 我安排接机.""") + SIG["echo_zh"])

# f05 R1 via website
M("flag", "R1", "en", ["polskamoda"], "R1: points a prospect to another customer's web site",
  CINDY, OLGA, "Re: dress fabrics for Ukraine", T("""
    Dear Olga,

    If you want to see how our fabrics look in finished garments, have a look at www.polskamoda.pl,
    they make very nice dresses and they are our customer since 2021.

    I will send you the new color card next week.""") + SIG["cindy"], reply=True)

# f06 R1 via contact address
M("flag", "R1", "en", ["mombasa"], "R1: gives a prospect another customer's contact address",
  TONY, KWAME, "Re: reference in East Africa", T("""
    Hello Kwame,

    Of course. If you want a reference in East Africa, pls write to joseph@mombasatextile.co.ke,
    he knows our quality and service very well. Tell him Tony from Silverloom gave you his mail.""")
  + SIG["tony"], reply=True)

# f07 R1 in Spanish to a non-competing account
M("flag", "R1", "other", ["fratelliriva"], "R1: tells one customer that another customer's owner is visiting",
  FRANK, C("casaverde"), "Cambio de reunión - jueves 19", T("""
    Hola Lucía,

    Perdón por el cambio: la próxima semana Marco Riva de Fratelli Riva viene a Keqiao también, por eso
    movemos nuestra reunión al jueves 19 a las 10:00. El hotel y el coche están confirmados.

    Saludos,
    Frank"""), charset="iso-8859-1")

# f08 R1 Chinese alias to a prospect
M("flag", "R1", "zh", ["anatolia"], "R1: names another customer (Chinese alias) to a prospect",
  ECHO, CHEN, "Re: 质量问题", T("""
    陈生,

    您放心, 我们跟土耳其的安纳托利亚合作了八年, 他们对质量要求非常严格, 一直没有大的投诉.
    每批货出厂前我们都有 QC 按四分制检验, 也可以接受第三方验货.""") + SIG["echo_zh"], reply=True)

# f09 R1 via short acronym
M("flag", "R1", "en", ["northpeak"], "R1: names another customer by its acronym",
  FRANK, C("polskamoda"), "Re: DN-10 lab dips", T("""
    Dear Katarzyna,

    Sorry for the late reply, our QC team was busy with the NPO audit the whole week.
    Your DN-10 lab dips will be ready on Friday, we send them by FedEx.""") + SIG["frank"], reply=True)

# f10 R1 to our own forwarder (unknown external)
M("flag", "R1", "zh", ["modaluz"], "R1: names a customer to our forwarder, who is not its partner",
  DOCS, FWD, "询价 3x40HQ 宁波-桑托斯", T("""
    您好,

    麻烦安排 Moda Luz 的货, 3x40HQ 宁波到桑托斯, 4月初的船, 请报一下运费和船期.
    货物是人造丝梭织布, 不是危险品.

    单证 王小姐 0575-8412 3366 转 806"""))

# f11 R1 via contact name
M("flag", "R1", "en", ["southernbolt"], "R1: names another customer's contact to a prospect",
  TONY, JUAN, "Re: references in the southern hemisphere", T("""
    Hi Juan,

    Emma Clarke in Sydney can tell you about our service, she is buying from us since 2017.
    I will ask her if it's ok to give you her phone number.""") + SIG["tony"], reply=True)

# f12 R5 third-party phrase + product
M("flag", "R5", "en", [], "R5: a customer in Germany re-ordered a product; no identity, no figure",
  CINDY, TOMAS, "Re: linen cotton quality", T("""
    Hi Tomas,

    The quality is proven: one of our customers in Germany has just repeated the linen cotton blend
    for the third time this year. You can order a 50 m trial lot first if you want.""") + SIG["cindy"],
  reply=True)

# f13 R5 Chinese
M("flag", "R5", "zh", [], "R5: an old customer re-ordered the product; no identity, no figure",
  ECHO, CHEN, "四面弹 很好卖", T("""
    陈生,

    我们一个老客户刚返单了四面弹, 还是同一个藏青色, 说明这个布在市场上很好卖.
    您这边要不要先订一点试试? 色卡我已经寄出了.""") + SIG["echo_zh"])

# f14 R5 mixed
M("flag", "R5", "mixed", [], "R5: a customer placed a repeat order of the product; no identity, no figure",
  TONY, MINH, "Re: 4-way stretch navy", T("""
    Hi Minh,

    Many garment factory in your area know our fabric. 有一个客户 just placed repeat order for
    4-way stretch, same navy color you ask, 所以这个颜色我们有现成的配方, lead time only 15 days.""")
  + SIG["tony"], reply=True)

# f15 R5 to an account that does not buy the product
M("flag", "R5", "en", [], "R5: a customer in the US uses the product; no identity, no figure",
  FRANK, C("southernbolt"), "Blackout for hotel projects?", T("""
    Hi Emma,

    By the way, a customer of ours in the US is using our 3 pass blackout for hotel projects,
    maybe it's interesting for your market too. I can send you some A4 samples with your next lab dips.""")
  + SIG["frank"])

# f16 R5 Portuguese
M("flag", "R5", "other", [], "R5: another customer in Mexico buys the product; no identity, no figure",
  TONY, RUI, "Cortinas blackout", T("""
    Olá Rui,

    Obrigado pelo seu contacto. Outro cliente nosso no México compra muito o nosso blackout BK-3P
    para cortinas de hotel, a qualidade é muito estável. Posso enviar amostras esta semana.

    Cumprimentos,
    Tony Xu
    Silverloom Textile"""), charset="iso-8859-1")

# f17 R5 traditional Chinese to an account's agent
M("flag", "R5", "zh", [], "R5: another customer just ordered the product; no identity, no figure",
  FRANK, KELVIN, "牛津布 染料已備好", T("""
    黃生,

    另外一個客戶剛下了 600D 牛津布 黑色的單, 所以染料我們已經備好了, Ryan 的那批可以提前一個星期開始.
    請跟他確認顏色有沒有變化.

    Frank 陳鋒"""), charset="big5")

# f18 R6 two non-competing accounts in To/Cc
M("flag", "R6", "en", ["brightwear", "southernbolt"], "R6: two non-competing customers see each other in To/Cc",
  TONY, C("brightwear"), "Invitation - Intertextile Shanghai, booth 5.1 E21", T("""
    Dear Oliver, dear Emma,

    We will exhibit at Intertextile Shanghai Apparel Fabrics, 26-28 August, booth 5.1 E21.
    We will show 200+ new qualities, please let me know your visiting day so we can reserve a table.""")
  + SIG["tony"], cc=[C("southernbolt")])

# f19 R6 two accounts in To
M("flag", "R6", "en", ["mombasa", "lagosfab"], "R6: two non-competing customers see each other in To",
  CINDY, [C("mombasa"), C("lagosfab")], "Our visit to Africa in May", T("""
    Dear friends,

    Our boss Mr. Lu and I will visit Africa in May: Lagos 6-8 May, Nairobi and Mombasa 10-12 May.
    We would like to visit you and show our new colors and designs. Please tell me which day is
    convenient for you.""") + SIG["cindy"])

# f20 R6 account + unknown external
M("flag", "R6", "en", ["medinatex"], "R6: a customer and an unknown external address see each other",
  ECHO, C("medinatex"), "Color catalogue as discussed in Dubai", T("""
    Dear Faisal, dear Ahmed,

    Nice to meet you both at the Dubai show. As discussed, the link to our new color catalogue:
    https://silverloom-tex.com/catalog/2026-colors
    Any question pls contact me.""") + SIG["echo"], cc=[AHMED])

# f21 R6 two accounts
M("flag", "R6", "en", ["polskamoda", "anatolia"], "R6: two non-competing customers see each other in To/Cc",
  FRANK, C("polskamoda"), "Texworld Paris - meeting?", T("""
    Dear Katarzyna, dear Mehmet,

    I will be at Texworld Paris 1-3 July. Would be great to meet you both, maybe coffee on 2 July?""")
  + SIG["frank"], cc=[C("anatolia")])

# f22 R6 account + unknown agent in Cc
M("flag", "R6", "en", ["kumartex"], "R6: a customer and an unknown agent see each other",
  CINDY, C("kumartex"), "Meeting in Surat - 24 March", T("""
    Dear Rajesh, dear Anil,

    I will be in Surat on 24 March. Could we meet at your office at 11 am? Anil, you are also welcome
    to join, then we can discuss the new season together.""") + SIG["cindy"], cc=[ANIL])

# f23 R6 two accounts
M("flag", "R6", "en", ["fratelliriva", "polskamoda"], "R6: two non-competing customers see each other in To/Cc",
  TONY, C("fratelliriva"), "Milano Unica - dinner invitation", T("""
    Dear Marco, dear Katarzyna,

    During Milano Unica we would like to invite you to dinner on 8 July, 20:00.
    Please confirm, then I book the restaurant.""") + SIG["tony"], cc=[C("polskamoda")])

# ================================================================== STOP
# ---- R2: a competitor of the recipient named
M("stop", "R2", "en", ["dhakaknit"], "R2: names the recipient's competitor",
  CINDY, C("saigonmay"), "Re: navy lab dip - urgent", T("""
    Dear Lan,

    Dhaka Knit already approved the same navy lab dip yesterday, so if you can approve today we can dye
    both lots together and you save one week. Pls reply asap.""") + SIG["cindy"], reply=True)

M("stop", "R2", "zh", ["dhakaknit"], "R2: names the recipient's competitor (Chinese alias)",
  ECHO, FANG, "藏青色 请尽快确认", T("""
    小芳,

    达卡针织那边也在催这个藏青色, 染厂这周排不过来了, 你们能不能今天确认色样?
    确认了我们就先排你们的.""") + SIG["echo_zh"])

M("stop", "R2", "mixed", ["casaverde"], "R2/R3: names the recipient's competitor with the product it buys",
  FRANK, AMY, "提花窗帘布 新花型", T("""
    Amy 你好,

    FYI, Casa Verde 下一季也要上同一个提花窗帘布花型 (JC-118 design 2207),
    所以 Megan 要不要考虑换个配色? 我们可以先打 3 个新的 color way 给你们看.

    Frank""") + SIG["frank"])

M("stop", "R2", "en", ["fratelliriva"], "R2: names the recipient's competitor",
  TONY, C("textilhaus"), "New jacquard designs - pls confirm selection", T("""
    Dear Jürgen,

    Marco from Fratelli Riva was here last week and selected many of the new designs, so pls confirm
    your selection soon before the exclusive ones are booked.""") + SIG["tony"])

M("stop", "R2", "other", ["textilhaus"], "R2: names the recipient's competitor (Italian)",
  TONY, C("fratelliriva"), "Colore beige - conferma", T("""
    Ciao Marco,

    anche Textilhaus Rhein ci ha chiesto lo stesso colore beige per la prossima stagione,
    quindi ti consiglio di confermare presto, così teniamo la priorità per voi.

    Saluti,
    Tony"""), charset="iso-8859-1")

M("stop", "R2", "en", ["saigonmay"], "R2: names the recipient's competitor by its web site",
  CINDY, C("dhakaknit"), "Pictures of our fabric online", T("""
    Dear Tanvir,

    Just for your info, we saw on saigonmay.vn they show pictures of jackets made with fabric that looks
    like ours. Don't worry, your colors and finishing are exclusive for you.""") + SIG["cindy"])

M("stop", "R2", "en", ["casaverde"], "R2: names the recipient's competitor's contact person",
  FRANK, C("oakridge", 1), "Re: exclusivity for design 2207", T("""
    Hi Derek,

    Lucía Hernández also asked us for exclusivity on this design in Latin America, but we prefer to keep
    it open, so we can not give exclusivity to anybody, sorry.""") + SIG["frank"], reply=True)

# ---- R6 with competitors
M("stop", "R6", "en", ["dhakaknit", "saigonmay"], "R6: two competitors see each other in To/Cc",
  CINDY, C("dhakaknit"), "Price adjustment from 1 April - dyeing cost", T("""
    Dear Tanvir, dear Lan,

    Due to the new environmental rules in Keqiao, dyeing mills increased their charges from March.
    From 1 April our polyester fabrics will be adjusted +4%. Orders confirmed before 31 March keep the
    old price. Thank you for your understanding.""") + SIG["cindy"], cc=[C("saigonmay")])

M("stop", "R6", "en", ["textilhaus", "fratelliriva"], "R6: two competitors see each other in To/Cc",
  TONY, C("textilhaus"), "Invitation - Intertextile Shanghai Home Textiles", T("""
    Dear Jürgen, dear Marco,

    We are happy to invite you to our booth at Intertextile Home Textiles, hall 3.2 B15, 19-22 August.
    Our new linen and jacquard collection will be there.""") + SIG["tony"], cc=[C("fratelliriva")])

M("stop", "R6", "mixed", ["oakridge", "casaverde"], "R6: two competitors see each other in To",
  ECHO, [C("oakridge"), C("casaverde")], "Holiday notice / 清明节放假通知", T("""
    Dear Megan, dear Lucía,

    清明节放假通知: our office will be closed April 4-6 for Qingming Festival.
    Production and shipping continue as normal. 如有急事请打 139 0575 6618.""") + SIG["echo"])

# ---- R3: identity + product it buys (or + its figures)
M("stop", "R3", "en", ["oakridge"], "R3: names a customer with the product it buys",
  CINDY, SARAH, "Re: blackout for curtains", T("""
    Hi Sarah,

    Oakridge Home buys our 3 pass blackout every season for their curtain line, so the quality is
    proven for the US market. I can send you their color range as reference.""") + SIG["cindy"], reply=True)

M("stop", "R3", "zh", ["kumartex"], "R3: names a customer with the product it buys (Chinese)",
  ECHO, CHEN, "春亚纺 质量", T("""
    陈生您好,

    库马尔纺织每年都在我们这里订春亚纺, 印度市场很认可我们的质量, 您可以放心.
    样品下周寄给您.""") + SIG["echo_zh"])

M("stop", "R3", "en", ["medinatex"], "R3: names a customer with the product it buys",
  TONY, C("southernbolt"), "Chiffon for your abaya customers?", T("""
    Hi Emma,

    Medina Textile in Dubai orders our chiffon every season for abaya linings, maybe it can work for
    your Middle East customers in Sydney too. Shall I send a hanger?""") + SIG["tony"])

M("stop", "R3", "en", ["northpeak"], "R3: names a customer with the product it buys",
  FRANK, C("anatolia"), "Fleece production slot", T("""
    Dear Mehmet,

    We just finished the 320T taslan bulk for North Peak, so the machines are free and your fleece can
    start from next Monday.""") + SIG["frank"])

M("stop", "R3", "en", ["modaluz", "southernbolt", "kinsale"],
  "R3: a table row per customer with the product it buys (incl. a reference account)",
  TONY, LISA, "Some of our customers", "", fmt="html", html=T("""
    <html><head><meta http-equiv="Content-Type" content="text/html; charset={CS}"></head><body>
    <p>Dear Lisa,</p><p>As asked, some of our customers and what they buy from us:</p>
    <table border="1" cellspacing="0" cellpadding="4">
    <tr><th>Customer</th><th>Country</th><th>Main fabric</th></tr>
    <tr><td>Moda Luz</td><td>Brazil</td><td>RC-45 rayon challis</td></tr>
    <tr><td>Southern Bolt Textiles</td><td>Australia</td><td>TW-2121 cotton twill</td></tr>
    <tr><td>Kinsale Uniforms</td><td>Ireland</td><td>TW-2121 cotton twill</td></tr>
    </table><p>Best regards,<br>Tony Xu<br>Silverloom Textile</p></body></html>"""))

M("stop", "R3", "zh", ["lagosfab"], "R3/R4: names a customer with its product and price",
  ECHO, LIN, "韩国绒 价格", T("""
    林小姐,

    给 Lagos Fabrics 的韩国绒价格是 1.94 美金一码, 他们量那么大. 给您 1.98 已经很优惠了, 真的没有利润了.""")
  + SIG["echo_zh"], figs=[("lagosfab", 1.94)])

M("stop", "R3", "other", ["polskamoda"], "R3: names a customer with the product it buys (German)",
  FRANK, LISA, "Stretch-Denim Referenz", T("""
    Hallo Frau Müller,

    Polska Moda aus Warschau kauft bei uns seit drei Jahren unseren Stretch-Denim DN-10, die Qualität
    ist sehr stabil. Muster schicke ich Ihnen gerne per DHL.

    Viele Grüße
    Frank Chen"""), charset="iso-8859-1")

M("stop", "R3", "en", ["kinsale"], "R3 on a reference account (R8): names it with the product it buys",
  CINDY, JUAN, "Re: workwear twill", T("""
    Hi Juan,

    Kinsale Uniforms in Ireland buys our TW-2121 cotton twill for their workwear, you can ask them
    about the quality, they are very happy.""") + SIG["cindy"], reply=True)

M("stop", "R3", "en", ["anatolia"], "R3: the subject names another customer with the product it buys",
  FRANK, C("dhakaknit"), "Fleece quality same as Anatolia Tekstil FL-260 bulk", T("""
    Dear Tanvir,

    The anti-pilling test of your fleece is grade 4, same quality standard as the bulk we shipped last
    month. Report attached in the next mail.""") + SIG["frank"])

# ---- R4: another account's figure tied by name or third-party phrase
M("stop", "R4", "en", ["lagosfab"], "R4: another customer's price tied by a third-party phrase",
  TONY, C("mombasa"), "Re: velvet price", T("""
    Joseph,

    Honestly USD 1.86 is already our lowest for you. Another customer in Nigeria pays USD 1.94/yd for the
    same Korean velvet and he is happy with it.""") + SIG["tony"], reply=True, figs=[("lagosfab", 1.94)])

M("stop", "R4", "zh", ["kumartex"], "R4: another customer's quantity in Chinese numerals",
  ECHO, CHEN, "产能没问题", T("""
    陈生,

    我们印度的一个客户, 牛津布一次就下了三万三千米, 三十五天就交货了, 所以产能您完全不用担心.""")
  + SIG["echo_zh"], figs=[("kumartex", 33000)])

M("stop", "R4", "zh", ["modaluz"], "R4: another customer's quantity (万 shorthand) and price",
  ECHO, LIN, "弹力缎 价格说明", T("""
    林小姐,

    巴西老客户上个月弹力缎订了1.56万米, 价格1.63美金, 您这边量小一点, 所以价格要高一些, 请理解.""")
  + SIG["echo_zh"], figs=[("modaluz", 15600), ("modaluz", 1.63)])

M("stop", "R4", "en", ["kumartex"], "R4: another customer's quantity (k shorthand) and price",
  CINDY, C("mombasa"), "Re: pongee price again", T("""
    Dear Joseph,

    Believe me, 0.39 is really our bottom. Our biggest buyer in India takes 120k m of the 75D pongee every
    quarter at 0.42, and you are already lower than him.""") + SIG["cindy"], reply=True,
  figs=[("kumartex", 120000), ("kumartex", 0.42)])

M("stop", "R4", "mixed", ["fratelliriva"], "R4: another customer's quantity (万) and price",
  ECHO, ALI, "Re: chiffon price", T("""
    Ali,

    意大利客户的雪纺 3.05万米 only EUR 0.79, 你们 USD 0.66 已经是我们最低的价格了, 真的不能再降了.""")
  + SIG["echo"], reply=True, figs=[("fratelliriva", 30500), ("fratelliriva", 0.79)])

M("stop", "R4", "en", ["saigonmay"], "R3/R4: names another customer with its price",
  TONY, C("brightwear"), "Re: SP-4W price", T("""
    Hi Oliver,

    Saigon May is paying 1.49 for the 4-way stretch, but they take 60k+ meters every season, so for
    your quantity we really can't go below GBP 2.46.""") + SIG["tony"], reply=True, figs=[("saigonmay", 1.49)])

M("stop", "R4", "en", ["medinatex"], "R4: another customer's proforma (XLSX) sent to a prospect",
  TONY, OLGA, "PI format as requested", T("""
    Dear Olga,

    As requested, here is our PI format so you can see our bank details and payment terms.""")
  + SIG["tony"], atts=[xlsx("PI_SL-MTT-2602.xlsx", [
      ["PROFORMA INVOICE", "", "", "", ""],
      ["No. SL-MTT-2602", "Date: 2026-02-09", "", "", ""],
      ["Buyer: Medina Textile Trading LLC, Deira, Dubai, UAE", "", "", "", ""],
      ["Item", "Description", "Quantity", "Unit price (USD)", "Amount (USD)"],
      ["CF-40", "40D chiffon, 150cm", "88,000 m", 0.66, 58080],
      ["KV-280", "Korean velvet 280gsm", "31,000 m", 2.03, 62930],
      ["", "TOTAL", "", "", 121010],
      ["Payment: 30% T/T deposit, 70% against B/L copy. Bank of China Shaoxing Branch", "", "", "", ""]],
      sheet="PI")], figs=[("medinatex", 88000)])

M("stop", "R4", "en", ["southernbolt"], "R4: another customer's proforma (PDF) attached by mistake",
  ECHO, C("polskamoda"), "Proforma invoice - pls check and sign", T("""
    Dear Katarzyna,

    Pls find attached the PI for your stretch denim, kindly check and sign back.""") + SIG["echo"],
  atts=[pdf("PI_SL-SBT-2603.pdf", "PROFORMA INVOICE SL-SBT-2603", [
      "Seller: Shaoxing Keqiao Silverloom Textile Co., Ltd.",
      "Buyer: Southern Bolt Textiles Pty Ltd, Alexandria NSW, Australia",
      "Date: 2026-03-11    Terms: FOB Ningbo, T/T",
      "1. DN-10 10oz stretch denim, 145cm     9,400 m    USD 2.52   USD 23,688.00",
      "2. TW-2121 cotton twill 21x21, 150cm   16,800 m   USD 1.58   USD 26,544.00",
      "TOTAL: USD 50,232.00"])], figs=[("southernbolt", 9400)])

M("stop", "R4", "zh", ["oakridge"], "R4: another customer's sales contract (DOCX) sent to an agent",
  CINDY, KELVIN, "合同草稿 Q2", T("""
    黄生,

    Q2 的合同草稿见附件, 请 Ryan 看一下条款, 没问题的话我们下周签.""") + SIG["cindy_zh"],
  atts=[docx_("SC_Oakridge_2026-Q2.docx", [
      "SALES CONTRACT No. SL-ORH-2026Q2",
      "Seller: Shaoxing Keqiao Silverloom Textile Co., Ltd.",
      "Buyer: Oakridge Home Textiles LLC, Charlotte, NC, USA",
      "Terms: FOB Ningbo. Payment: 30% deposit, balance against B/L copy."],
      table=[["Item", "Description", "Quantity", "Unit price"],
             ["BK-3P", "3 pass blackout, 280cm", "36,000 yd", "USD 1.97"],
             ["JC-118", "jacquard curtain fabric, 280cm", "12,800 yd", "USD 2.85"]])],
  figs=[("oakridge", 36000)])

M("stop", "R4", "en", ["mombasa"], "R4: another customer's packing list (CSV) sent to a third party",
  DOCS, TUNDE, "Packing list for clearance", T("""
    Dear Tunde,

    Attached the packing list for customs clearance as requested. Original docs by DHL tomorrow.""")
  + SIG["tony"], atts=[csv_("PL_MTM_2603.csv", [
      ["Consignee", "Mombasa Textile Mart Ltd, Moi Avenue, Mombasa, Kenya"],
      ["Item", "Description", "Rolls", "Quantity", "Unit"],
      ["KV-280", "Korean velvet 280gsm 150cm", "540", "27000", "yd"],
      ["PG-75D", "75D polyester pongee 150cm", "1500", "150000", "m"],
      ["Container", "TCNU 8830127 / CMAU 4419022"]])], figs=[("mombasa", 27000)])

M("stop", "R4", "zh", ["medinatex"], "R4: another customer's quantity (万) and price to a customer",
  FRANK, LINDA, "韩国绒 涨价了", T("""
    Linda 你好,

    迪拜的客户上个月韩国绒拿了3.1万米, 2.03美金一米, 市场价格在往上走, 你们的单最好这周确认.

    Frank 陈锋"""), figs=[("medinatex", 31000), ("medinatex", 2.03)])

M("stop", "R4", "en", ["polskamoda"], "R4: another customer's price tied by a third-party phrase, no product",
  TONY, C("fratelliriva"), "Re: price LC-5545", T("""
    Dear Marco,

    Our customer in Poland pays EUR 2.19 and he is happy, so EUR 2.31 for you is really fair.
    Please confirm so we can book the greige.""") + SIG["tony"], reply=True, figs=[("polskamoda", 2.19)])

M("stop", "R4", "other", ["anatolia"], "R4: another customer's price (Portuguese)",
  TONY, C("modaluz"), "Preço peach skin", T("""
    Olá Ana,

    nosso cliente na Turquia paga USD 0,58 por metro do peach skin, então para você USD 0,62 é um preço
    justo, porque a quantidade é menor.

    Abraços,
    Tony"""), charset="iso-8859-1", figs=[("anatolia", 0.58)])

M("stop", "R4", "en", ["nordvik"], "R4 on a reference account (R8): its price named",
  FRANK, C("northpeak"), "Re: oxford price", T("""
    Hi Ryan,

    Our reference customer Nordvik in Norway pays USD 1.19/m for the same 600D oxford, so your 1.12 is
    already very good, we can't do lower.""") + SIG["frank"], reply=True, figs=[("nordvik", 1.19)])

M("stop", "R4", "zh", ["mombasa"], "R4: another customer's quantity and price in Chinese numerals",
  ECHO, CHEN, "价格说明", T("""
    陈生,

    我们肯尼亚的老客户一次订十五万米春亚纺, 单价三毛九美金, 您这五千米的量价格肯定不一样, 请理解.""")
  + SIG["echo_zh"], figs=[("mombasa", 150000), ("mombasa", 0.39)])

M("stop", "R4", "en", ["textilhaus"], "R4: another customer's figures in an HTML table row with a third-party phrase",
  CINDY, LISA, "Market price reference - linen cotton", "", fmt="html", html=T("""
    <html><head><meta http-equiv="Content-Type" content="text/html; charset={CS}"></head><body>
    <p>Dear Lisa,</p><p>To show you our price is fair, here the real orders of last month:</p>
    <table border="1" cellspacing="0" cellpadding="4">
    <tr><th>Buyer</th><th>Item</th><th>Price</th><th>Quantity</th></tr>
    <tr><td>Customer A (Germany)</td><td>LC-5545 linen cotton</td><td>EUR 2.38/m</td><td>9,800 m</td></tr>
    <tr><td>Your offer</td><td>LC-5545 linen cotton</td><td>EUR 2.45/m</td><td>3,000 m</td></tr>
    </table><p>Best regards,<br>Cindy</p></body></html>"""), figs=[("textilhaus", 9800), ("textilhaus", 2.38)])

M("stop", "R4", "zh", ["brightwear"], "R4: another customer's quantity (万) and price to an agent",
  ECHO, KELVIN, "四面弹 价格", T("""
    黄生,

    英国客户四面弹 1.85万米, 2.46英镑一米, North Peak 的价格已经比他们好很多了, 麻烦跟 Ryan 解释一下.""")
  + SIG["echo_zh"], charset="gbk", figs=[("brightwear", 18500), ("brightwear", 2.46)])

M("stop", "R4", "mixed", ["dhakaknit"], "R4: another customer's quantity (k) and price",
  TONY, MINH, "Re: 4-way stretch price", T("""
    Hi Minh,

    有一个孟加拉的工厂 orders 56k m of 4-way stretch at 1.52 every season, 你们的量小, so 1.60 is
    already a good price for you.""") + SIG["tony"], reply=True, figs=[("dhakaknit", 56000), ("dhakaknit", 1.52)])

# ---- R7: another account's correspondence forwarded or quoted
M("stop", "R7", "mixed", ["textilhaus"], "R7: forwards a customer's complaint (Outlook headers) to the dye house",
  TONY, MILL, "FW: shrinkage LC-5545", T("""
    张经理,

    德国客户投诉缩水, 见下面邮件, 请查一下这批的预缩工艺, 明天给我回复.

    Tony""") + fwd_outlook(C("textilhaus"), "Wednesday, March 11, 2026 4:05 PM", "Tony Xu",
                           "shrinkage LC-5545", T("""
    Dear Tony,
    the LC-5545 from the last shipment shrinks 6% after washing at 40 degrees. Our customer refuses
    the curtains. Please explain immediately.
    Jürgen Brandt
    Textilhaus Rhein GmbH"""), cc="Sabine Koch <s.koch@textilhaus-rhein.de>"), ua="Microsoft Outlook 16.0")

M("stop", "R7", "en", ["lagosfab"], "R7: forwards one customer's inquiry (Gmail style) to another",
  CINDY, C("mombasa"), "Fwd: velvet colors for Lagos market", T("""
    Hi Joseph,

    See below, Nigeria market also asks for these colors now. Maybe you also want to add them?""")
  + fwd_gmail(C("lagosfab"), "Mon, Mar 9, 2026 at 4:12 PM", "velvet colors",
              "Cindy Zhou <cindy@silverloom-tex.com>", T("""
    Dear Cindy,
    please quote Korean velvet in royal blue, wine, gold and emerald. Same quality as last order.
    Chinedu""")) + SIG["cindy"])

M("stop", "R7", "en", ["northpeak"], "R7: forwards one customer's mail (Apple Mail style) to another",
  FRANK, C("brightwear"), "Fwd: Taslan shade band feedback", T("""
    Hi Oliver,

    FYI, feedback from another buyer on the shade band, same topic you asked.""")
  + fwd_apple(C("northpeak"), "Taslan shade band feedback", "10 March 2026 at 08:31:12 GMT+8",
              "Frank Chen <frank@silverloom-tex.com>", T("""
    Frank,
    shade band for lot 3 is too wide, please keep within grade 4 in one lot.
    Ryan""")), ua="Apple Mail (2.3774.500.171)")

M("stop", "R7", "zh", ["kumartex"], "R7: forwards a customer's inquiry (Foxmail Chinese headers) to a prospect",
  ECHO, CHEN, "转发: Pongee inquiry April", T("""
    陈生,

    您看, 印度那边也在问这个春亚纺, 所以价格真的不能再低了.""")
  + fwd_foxmail(C("kumartex"), "2026年3月5日(星期四) 下午3:20", '"Echo Wang"<echo.wang@silverloom.cn>',
                "Pongee inquiry April", T("""
    Dear Echo,
    Please quote 75D pongee for April shipment, same as last order, 8 colors.
    Rajesh""")), ua="Foxmail 7.2.25.228")

M("stop", "R7", "mixed", ["anatolia"], "R7: forwards a customer's mail (Chinese Outlook headers) to another",
  TONY, C("dhakaknit"), "转发: FL-260 pilling", T("""
    Tanvir,

    Pls see below feedback from our Turkish friend about fleece pilling, FYI, we improved the brushing
    already, your lot will be better.

    Tony""") + fwd_outlook_zh(C("anatolia"), "2026年3月4日 10:21", "Tony Xu", "FL-260 pilling", T("""
    Hi Tony,
    some rolls of FL-260 show pilling grade 2-3 after 2000 rubs. Please check.
    Mehmet""")), ua="Microsoft Outlook 16.0")

M("stop", "R7", "en", ["southernbolt"], "R7: another customer's mail attached as .eml to a prospect",
  CINDY, AISHA, "Customer feedback on our twill", T("""
    Dear Aisha,

    You asked about our quality, I attach a mail from one of our customers, you can see she is happy.""")
  + SIG["cindy"], atts=[eml_att("feedback.eml", C("southernbolt"), CINDY, "TW-2121 feedback",
                                "Mon, 02 Mar 2026 09:14:00 +1100", T("""
    Hi Cindy,
    the TW-2121 arrived, quality is excellent, our cutting room is very happy. Thanks for the fast delivery!
    Cheers,
    Emma Clarke
    Southern Bolt Textiles"""), "CAE8x2kQ7s@southernbolt.com.au")])

M("stop", "R7", "en", ["fratelliriva"], "R7: reply carries another customer's quoted thread",
  TONY, C("polskamoda"), "Re: denim shade", T("""
    Dear Katarzyna,

    The new shade for your denim is ready, photo attached in the next mail. Please confirm.

    """) + quoted("On Tue, 3 Mar 2026 at 18:40, Marco Riva <marco@fratelliriva.it> wrote:", T("""
    Tony,
    the chiffon colors 12 and 14 are too dark, please redo. We need them before Easter.
    Marco""")) + SIG["tony"], reply=True)

M("stop", "R7", "en", ["kinsale"], "R7 on a reference account (R8): its mail forwarded to a prospect",
  FRANK, LISA, "FW: Reference for Silverloom", T("""
    Hi Lisa,

    Below what Siobhan wrote about us, I hope it helps.""")
  + fwd_outlook_new(C("kinsale"), "Thursday, March 12, 2026 6:10 PM", "Frank Chen", "Reference for Silverloom", T("""
    Hi Frank,
    happy to be a reference. Feel free to forward this: we have worked with Silverloom since 2019, quality
    and delivery have always been reliable.
    Siobhan""")), ua="Microsoft Outlook 16.0")


# ================================================================== building
def text_part(text, subtype, charset, cte):
    raw = text.encode(charset)
    if cte is None:
        cte = "7bit" if max(raw, default=0) < 128 else "quoted-printable"
    part = MIMENonMultipart("text", subtype, charset=charset)
    if cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte == "8bit":
        payload = raw.decode("ascii", "surrogateescape")  # raw 8-bit bytes on the wire
    else:
        payload = raw.decode("ascii")
    part.set_payload(payload)
    part["Content-Transfer-Encoding"] = cte
    return part


def to_html(text):
    out, inq = [], False
    for ln in text.split("\n"):
        q = ln.startswith(">")
        if q and not inq:
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">')
            inq = True
        if not q and inq:
            out.append("</blockquote>")
            inq = False
        ln = ln[1:].lstrip() if q else ln
        out.append((html.escape(ln) if ln else "&nbsp;") + "<br>")
    if inq:
        out.append("</blockquote>")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset={CS}"></head>'
            '<body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n' + "\n".join(out)
            + "\n</div></body></html>\n")


def addr(a):
    name, email = a
    try:
        name.encode("ascii")
        return formataddr((name, email))
    except UnicodeEncodeError:
        return formataddr((name, email), charset="utf-8")


def build(m):
    cs, cte, fmt = m["charset"], m["cte"], m["fmt"]
    if fmt == "plain":
        body = text_part(m["text"], "plain", cs, cte)
    elif fmt == "html":
        body = text_part((m.get("html") or to_html(m["text"])).replace("{CS}", cs), "html", cs, cte)
    else:
        body = MIMEMultipart("alternative")
        body.attach(text_part(m["text"], "plain", cs, cte))
        body.attach(text_part((m.get("html") or to_html(m["text"])).replace("{CS}", cs), "html", cs, cte))
    if m.get("atts"):
        msg = MIMEMultipart("mixed")
        msg.attach(body)
        for fn, kind, data, _ in m["atts"]:
            if kind == "eml":
                p = MIMEMessage(data)
            elif kind == "csv":
                p = text_part(data, "csv", "utf-8", "base64")
            else:
                sub = {"pdf": "pdf", "xlsx": "vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                       "docx": "vnd.openxmlformats-officedocument.wordprocessingml.document"}[kind]
                p = MIMEApplication(data, sub)
            try:
                fn.encode("ascii")
                p.add_header("Content-Disposition", "attachment", filename=fn)
            except UnicodeEncodeError:
                p.add_header("Content-Disposition", "attachment", filename=("utf-8", "", fn))
            msg.attach(p)
    else:
        msg = body
    hdr = [("From", addr(m["frm"])), ("To", ", ".join(addr(a) for a in m["to"]))]
    if m.get("cc"):
        hdr.append(("Cc", ", ".join(addr(a) for a in m["cc"])))
    if m.get("bcc"):
        hdr.append(("Bcc", ", ".join(addr(a) for a in m["bcc"])))
    subj = m["subject"]
    try:
        subj.encode("ascii")
        es = subj
    except UnicodeEncodeError:
        hcs = cs if cs in ("gbk", "gb18030", "big5") else "utf-8"
        es = Header(subj, hcs).encode()
    dom = m["frm"][1].split("@")[1]
    hdr += [("Subject", es), ("Date", format_datetime(m["date"])), ("Message-ID", "<{}@{}>".format(m["mid"], dom))]
    if m.get("reply"):
        ref = "<{}.r@{}>".format(m["mid"], "mail.example.net")
        hdr += [("In-Reply-To", ref), ("References", ref)]
    hdr += [("MIME-Version", "1.0"), ("User-Agent" if "Thunderbird" in m["ua"] else "X-Mailer", m["ua"])]
    del msg["MIME-Version"]
    for k, p in enumerate(p for p in msg.walk() if p.is_multipart()):
        p.set_boundary(f"----=_SLPart_{m['mid']}_{k}")
    existing = list(msg.items())
    for k in list(msg.keys()):
        del msg[k]
    for k, v in hdr + existing:
        msg[k] = v
    return msg.as_bytes(policy=compat32.clone(linesep="\r\n" if m["crlf"] else "\n"))


# ------------------------------------------------------------------ decorating with seeded choices
def decorate(i, m):
    r = random.Random(SEED * 1000 + i)
    m["mid"] = f"{r.getrandbits(32):08X}.{i:04d}"
    day = dt.datetime(2026, 3, 2, tzinfo=TZ) + dt.timedelta(days=r.randint(0, 57))
    m["date"] = day.replace(hour=r.randint(8, 19), minute=r.randint(0, 59), second=r.randint(0, 59))
    if "fmt" not in m:
        x = r.random()
        m["fmt"] = "plain" if x < 0.55 else "alternative" if x < 0.87 else "html"
    if "charset" not in m:
        if m["lang"] in ("zh", "mixed"):
            m["charset"] = r.choice(["utf-8", "utf-8", "gbk", "gb18030"])
        else:
            m["charset"] = r.choice(["utf-8"] * 6 + ["iso-8859-1", "us-ascii"])
    for cs in (m["charset"], "utf-8"):
        try:
            (m["text"] + m.get("html", "")).encode(cs)
            m["charset"] = cs
            break
        except UnicodeEncodeError:
            continue
    if "cte" not in m:
        if m["charset"] == "us-ascii":
            m["cte"] = None
        elif m["charset"] == "utf-8":
            m["cte"] = r.choice([None, "quoted-printable", "base64", "8bit"])
        else:
            m["cte"] = r.choice(["quoted-printable", "base64", "8bit"])
    if m["cte"] == "8bit" and m["charset"] != "utf-8":
        m["cte"] = "base64"
    if "crlf" not in m:
        m["crlf"] = r.random() < 0.15
    if "ua" not in m:
        m["ua"] = r.choice(AGENTS)


# ------------------------------------------------------------------ self-checks
DOM2ACC = {}
for a in REG["accounts"]:
    for d in a["domains"] + a.get("partners", []):
        DOM2ACC[d] = a["id"]


def recipient_accounts(m):
    out, external = set(), False
    for _, e in m["to"] + m.get("cc", []) + m.get("bcc", []):
        d = e.split("@")[1].lower()
        if d in COMPANY_DOMAINS:
            continue
        external = True
        if d in DOM2ACC:
            out.add(DOM2ACC[d])
    return out, external


def figures_index():
    idx = collections.defaultdict(set)
    for a in REG["accounts"]:
        for d in a.get("deals", []):
            idx[round(float(d["price"]), 4)].add(a["id"])
            idx[round(float(d["quantity"]), 4)].add(a["id"])
    return idx


FIG = figures_index()
CN_NUM = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def numbers(text):
    """Every number a careless reader might see, as floats (1,234 / 1.234 / 0,79 / 120k / 1.56万)."""
    vals = set()
    for mt in re.finditer(r"(\d+(?:[.,]\d+)*)\s*([kK万]?)", text):
        tok, suf = mt.group(1), mt.group(2)
        cands = {tok.replace(",", ""), tok.replace(".", "").replace(",", "."), tok.replace(",", ".")}
        for c in cands:
            try:
                v = float(c)
            except ValueError:
                continue
            v *= 1000 if suf in "kK" and suf else 10000 if suf == "万" else 1
            vals.add(round(v, 4))
    return vals


def visible_text(m):
    parts = [m["subject"], m["text"], re.sub(r"<[^>]+>", " ", m.get("html", ""))]
    parts += [t for _, _, _, t in m.get("atts", [])]
    return "\n".join(parts)


def check(m):
    """Warn where a message might carry more than its label says."""
    warns = []
    rc, external = recipient_accounts(m)
    assert m["expect"] in ("pass", "flag", "stop")
    assert all(a in ACC for a in m["accounts"]), m["accounts"]
    if m["expect"] == "pass" or m["rule"] == "R5":
        assert not m["accounts"], m["why"]
    if not external:
        return warns
    txt = visible_text(m)
    for v in numbers(txt):
        owners = FIG.get(v, set()) - rc
        if owners and (m["expect"] != "stop" or not owners <= set(m["accounts"])):
            warns.append(f"figure {v} belongs to {sorted(owners)}")
    low = txt.lower()
    for a in REG["accounts"]:
        if a["id"] in rc or a["id"] in m["accounts"]:
            continue
        names = [a["name"]] + a["aliases"] + a["domains"] + [c["name"] for c in a["contacts"]] \
            + [c["email"] for c in a["contacts"]]
        for n in names:
            pat = re.escape(n.lower())
            if re.search(r"(?<![a-z0-9])" + pat + r"(?![a-z0-9])", low):
                warns.append("name {!r} of {}".format(n, a["id"]))
    for acc, val in m.get("figs", []):
        owners = FIG.get(round(float(val), 4), set())
        assert owners == {acc}, (m["why"], acc, val, owners)
    return warns


# ------------------------------------------------------------------ main
def main():
    out_dir = os.path.join(HERE, "messages")
    os.makedirs(out_dir, exist_ok=True)
    for f in os.listdir(out_dir):
        if f.endswith(".eml"):
            os.remove(os.path.join(out_dir, f))
    msgs = list(MSGS)
    RNG.shuffle(msgs)
    labels, all_warns = [], []
    for i, m in enumerate(msgs, 1):
        decorate(i, m)
        m["file"] = f"messages/{i:04d}.eml"
        for w in check(m):
            all_warns.append("{} [{} {}] {}".format(m["file"], m["expect"], m["rule"], w))
        raw = build(m)
        parsed = message_from_bytes(raw, policy=default)          # must parse with the email package
        assert parsed["From"] and parsed["Subject"] is not None
        for part in parsed.walk():
            if part.get_content_maintype() == "text":
                part.get_content()                                 # and every text part must decode
        with open(os.path.join(HERE, m["file"]), "wb") as fh:
            fh.write(raw)
        labels.append({"message": m["file"], "expect": m["expect"], "accounts": m["accounts"],
                       "why": m["why"] if m["expect"] != "pass" else "pass ({}): {}".format(m["rule"], m["why"])})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lb in labels:
            fh.write(json.dumps(lb, ensure_ascii=False) + "\n")
    write_readme(msgs)
    for w in all_warns:
        print("check:", w)
    print(f"wrote {len(msgs)} messages")


def table(title, counter, total):
    rows = [f"| {title} | messages | share |", "|---|---:|---:|"]
    for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0]))):
        rows.append(f"| {k} | {v} | {100.0 * v / total:.0f}% |")
    return "\n".join(rows)


def write_readme(msgs):
    n = len(msgs)
    exp = collections.Counter(m["expect"] for m in msgs)
    rule = collections.Counter("{} {}".format(m["expect"], m["rule"]) for m in msgs)
    lang = collections.Counter(m["lang"] for m in msgs)
    el = collections.Counter("{} / {}".format(m["expect"], m["lang"]) for m in msgs)
    fmt = collections.Counter(m["fmt"] + (" + attachments" if m.get("atts") else "") for m in msgs)
    cs = collections.Counter(m["charset"] for m in msgs)
    cte = collections.Counter(m["cte"] or "7bit" for m in msgs)
    att = collections.Counter(k for m in msgs for _, k, _, _ in m.get("atts", []))
    crlf = sum(1 for m in msgs if m["crlf"])
    acc = collections.Counter(a for m in msgs for a in m["accounts"])
    text = f"""# blind2: held-out labelled corpus (Keqiao fabric exporter)

A blind corpus for measuring how guard generalises to a trade, registry and
writing styles it was not developed on. Format: SPEC section 5.
Written without looking at guard's code, rules, other corpora or tests.

- `registry.toml`: Shaoxing Keqiao Silverloom Textile Co., Ltd. (fictitious),
  {len(REG['accounts'])} accounts in {len({a['country'] for a in REG['accounts']})} countries, {len(REG['products'])} fabrics
  (SKUs with English and Chinese names), 1-3 deals per account in m / yd / kg,
  USD, EUR and GBP; competitor pairs dhakaknit-saigonmay, textilhaus-fratelliriva,
  casaverde-oakridge; partners (forwarders, agents) for modaluz, dhakaknit,
  lagosfab, northpeak; reference accounts kinsale and nordvik.
- `messages/NNNN.eml`: {n} messages, each written by hand in `gen.py`;
  a seeded RNG picks format, charset, transfer encoding, line ending, date,
  mailer and order. `labels.jsonl`: one label per message (SPEC section 5);
  `why` starts with the rule that decides the label.
- Regenerate (byte-identical): `.venv/bin/python tests/corpus/blind2/gen.py`.
  gen.py also warns where a message carries a registry name or figure its
  label does not account for; the five expected warnings are deliberate
  hard negatives: two reference accounts named without figures, a
  competitor named only in the recipient's own quoted text, and a dye-house
  quantity that matches a deal but is tied to no account.

Labelling follows the SPEC default policy strictly: internal-only mail
passes; Bcc recipients never make R6; a reference account may be named (R8)
but not with its products or figures; quoted text that came from the
recipient is not a finding; a figure that matches another account's deal is
R4 only when tied to it by name or a third-party phrase (one pass message
sends a matching quantity to a dye house with no tie); R4 figures match
exactly one deal in the registry.

## Counts

{table("expect", exp, n)}

{table("expect + deciding rule", rule, n)}

"pass" rules: own = the recipient's own figures; internal = internal
recipients only; offer = our own prices/specs to a prospect; R9 = export
statements; R8 = reference account named without figures (incl. R6 between
references and a prospect); bcc = customers only in Bcc; partner = the
account's forwarder/agent; quoted-own = quoting or forwarding the recipient's
own mail; logistics/sample = numbers-heavy operational mail.

{table("language", lang, n)}

{table("expect / language", el, n)}

{table("format", fmt, n)}

{table("body charset", cs, n)}

{table("transfer encoding", cte, n)}

{table("attachment kind", att, sum(att.values()) or 1)}

Line endings: {crlf} messages CRLF, {n - crlf} LF. Non-ASCII subjects and
display names are RFC 2047 encoded (utf-8, gbk, gb18030 or big5).

{table("account named in labels", acc, n)}
"""
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(text)


if __name__ == "__main__":
    main()
