"""The held-out messages, written by hand, with their labels (SPEC sections 2, 3, 5).

Each M(...) call is one outgoing message as a sales person's mail client would
submit it.  label=(expect, accounts, rules, why).  Order here is by label for
review; gen.py shuffles it with a fixed seed.
"""
import datetime as dt
import os
import tomllib

from build import make_csv, make_docx, make_pdf, make_xlsx

HERE = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(HERE, "registry.toml"), "rb") as _fh:
    REG = tomllib.load(_fh)
ACC = {a["id"]: a for a in REG["accounts"]}
PROD = {p["sku"]: p for p in REG["products"]}
TZ8 = dt.timezone(dt.timedelta(hours=8))
MESSAGES = []

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
PDF = "application/pdf"
CSV = "text/csv"
OUTLOOK, FOXMAIL, APPLE, TBIRD, QQ = ("Microsoft Outlook 16.0", "Foxmail 7.2.25.254[cn]",
                                      "Apple Mail (2.3826.300.87.4.3)",
                                      "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.9.0",
                                      "QQMail 2.x")

# internal staff
VIV = ("Vivian Huang", "vivian.huang@qinglan-tile.com")
TONY = ("Tony Liang", "tony.liang@qltile.cn")
CATHY = ("Cathy Mo", "cathy.mo@qinglan-tile.com")
ERIC = ("Eric Deng", "eric.deng@qltile.cn")
BOSS = ("梁国华", "liang.guohua@qltile.cn")
QCM = ("周敏", "zhou.min@qltile.cn")
SALES = ("Qinglan Export Sales", "sales@qinglan-tile.com")
DOCS = ("单证 Doc Team", "docs@qinglan-tile.com")

# prospects and other unknown external addresses
JONAS = ("Jonas Petrauskas", "jonas@baltictiling.lt")
SIPHO = ("Sipho Ndlovu", "sipho@capeflooring.co.za")
CHEN = ("陈志强", "chen.zq@klhometiles.com.my")
HANNAH = ("Hannah Meyer", "h.meyer@alpenbad.at")
RACHEL = ("Rachel Adeyemi", "rachel@lagosfinishes.ng")
ANDRES = ("Andrés Villalobos", "andres@pavimentosandinos.pe")
LIWEI = ("李伟", "liwei@sgtilehub.sg")
SAM = ("Sam Whitaker", "samwhitaker.tiles@gmail.com")
JAFZ = ("JAFZ Logistics Ops", "ops@jafzlogistics.ae")       # duneline's forwarder (partner)
BAYOU = ("Bayou Customs Brokers", "entries@bayoubrokers.com")  # lonestar's broker (partner)


def C(aid, i=0):
    c = ACC[aid]["contacts"][i]
    return (c["name"], c["email"])


def D(mo, d, h=10, mi=0):
    return dt.datetime(2026, mo, d, h, mi, tzinfo=TZ8)


def sig(p, style="en"):
    first = p[0].split()[0]
    if style == "zh":
        return f"\n\n{p[0]}\n佛山青岚陶瓷有限公司 外贸部\n电话: 0757-8231 6620 | 微信同号\n"
    if style == "tw":
        return f"\n\n{p[0]}\n佛山青嵐陶瓷有限公司 外貿部\n電話: +86 757 8231 6620\n"
    if style == "short":
        return f"\n\nThanks,\n{first}\n"
    return (f"\n\nBest regards,\n{first}\n--\n{p[0]} | Export Sales\nFoshan Qinglan Ceramics Co., Ltd.\n"
            "Tel +86 757 8231 6620 | www.qinglan-tile.com\n")


def quote(text):
    return "\n".join(("> " + ln) if ln else ">" for ln in text.strip("\n").split("\n"))


def M(**kw):
    MESSAGES.append(kw)


def pi_rows(aid, header=True):
    rows = [["Item", "Description", "Qty", "Unit", "Unit price", "Currency", "Amount"]] if header else []
    for d in ACC[aid]["deals"]:
        rows.append([d["sku"], PROD[d["sku"]]["names"][2], d["quantity"], d.get("unit", "pc"),
                     "{:.2f}".format(d["price"]), d["currency"], "%.2f" % (d["price"] * d["quantity"])])
    return rows


def pi_xlsx(aid, no):
    a = ACC[aid]
    rows = [["FOSHAN QINGLAN CERAMICS CO., LTD."], ["PROFORMA INVOICE", "", "", "", "No.", no],
            ["Buyer:", a["name"]], ["Country:", a["country"]], ["Terms:", "FOB Foshan / Nansha"], []]
    rows += pi_rows(aid)
    rows += [[], ["Payment: 30% T/T deposit, balance against B/L copy"]]
    return make_xlsx(rows, "PI", {"A": 12, "B": 34, "E": 11})


def latin(s):
    return s.replace("ł", "l").replace("Ł", "L")


def pi_pdf(aid, no):
    a = ACC[aid]
    return make_pdf(f"PROFORMA INVOICE {no}",
                    ["Seller: Foshan Qinglan Ceramics Co., Ltd., Foshan, Guangdong, China",
                     "Buyer: {} ({})".format(latin(a["name"]), a["country"]),
                     "Terms: FOB Nansha. Payment: 30% T/T in advance, 70% against copy of B/L."],
                    pi_rows(aid))


# =================================================================== PASS
M(frm=VIV, to=[C("azulmar")], subject="Order confirmation - Calacatta Luce 600x1200", crlf=True, date=D(2, 10, 9, 40),
  mailer=OUTLOOK,
  text="Dear Javier,\n\nThank you for the order. Confirming the details as agreed on the phone:\n\n"
       "QL-C612 Calacatta Luce 600x1200, 3,600 sqm\nPrice: EUR 8.65/sqm FOB Nansha\n"
       "Packing: 2 pcs/box, 1.44 sqm/box, wooden pallets\n\nProduction starts next Monday and we expect to "
       "load around 20 March. I will send the loading photos before the balance is due." + sig(VIV),
  label=("pass", [], [], "the account's own price and quantity sent to that account"))

M(frm=VIV, to=[C("azulmar", 1)], cc=[C("azulmar")], subject="PI QL26-0302 / pedido madera", date=D(3, 2, 16, 5),
  mailer=OUTLOOK, mode="alt",
  text="Hola Lucía,\n\nAdjunto la proforma del pedido de Nordic Oak plank 200x1000. "
       "Please check the quantity (2.880 m²) and the price 6,40 EUR/m² and send it back signed, "
       "then we can book the production slot.\n\nMuchas gracias y saludos,\nVivian",
  atts=[("PI_QL26-0302_Azulmar.xlsx", XLSX, pi_xlsx("azulmar", "QL26-0302"))],
  label=("pass", [], [], "the account's own proforma (XLSX) sent to two contacts of the same account"))

M(frm=TONY, to=[C("lonestar")], subject="RE: stair treads - revised delivery", date=D(3, 5, 22, 14), mailer=OUTLOOK,
  reply="CAK1x7Lb@mail.lonestartile.com",
  text="Hi Brad,\n\nNo problem, we can split it. First 2,000 pieces leave with the March vessel and the rest in "
       "April, same price of $6.30/pc as on the PI for the full 4,000 pcs.\n\nTony\n\n"
       "-----Original Message-----\nFrom: Brad Kowalski <brad@lonestartile.com>\nSent: Thursday, March 5, 2026 8:02 AM\n"
       "To: Tony Liang <tony.liang@qltile.cn>\nSubject: stair treads - revised delivery\n\n"
       "Tony,\nOur warehouse in Houston is full until mid April. Can you ship half of the 4000pcs stair treads now "
       "and half later? Price stays at 6.30 I assume.\nThanks\nBrad",
  label=("pass", [], [], "reply to the account quoting its own mail and its own figures"))

M(frm=TONY, to=[BOSS], cc=[ERIC], subject="德国两家户外砖报价对比", crlf=True, date=D(2, 26, 11, 20), mailer=FOXMAIL, charset="gbk",
  text="梁总:\n\n德国两家客户户外砖的价格整理如下，供您参考:\n"
       "Steinhaus: 20mm户外砖 7.95欧/平方, 年量5200平方\nKachelwerk: 同款 8.10欧/平方, 3100平方\n\n"
       "两家是直接竞争对手，明年调价最好同时发通知，不要让任何一方先知道。\n" + sig(TONY, "zh"),
  label=("pass", [], [], "internal-only discussion of two competing accounts and their prices"))

M(frm=ERIC, to=[VIV, TONY, CATHY], cc=[BOSS], subject="Pipeline week 11", date=D(3, 13, 18, 30), mailer=OUTLOOK,
  mode="html", html="""<html><body><p>Hi all, pipeline for week 11 below. Please update your rows by Monday.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Account</th><th>Item</th><th>Qty</th><th>Price</th><th>Status</th></tr>
<tr><td>Gulf Coast Flooring</td><td>QL-P6060</td><td>6,400 sqm</td><td>USD 5.62</td><td>deposit received</td></tr>
<tr><td>Al Noor Ceramics</td><td>QL-S1224</td><td>1,400 sqm</td><td>USD 25.40</td><td>waiting LC</td></tr>
<tr><td>Savanna Finishes</td><td>QL-T8080</td><td>2,700 sqm</td><td>USD 6.75</td><td>in production</td></tr>
<tr><td>Glazura Wisla</td><td>QL-W210</td><td>4,200 m2</td><td>EUR 6.55</td><td>loading 25/3</td></tr>
</table><p>Eric</p></body></html>""",
  label=("pass", [], [], "internal-only HTML pipeline table with several accounts' figures"))

M(frm=CATHY, to=[JONAS], subject="Price list 2026 - porcelain and outdoor", date=D(2, 18, 15, 0), mailer=OUTLOOK,
  text="Dear Jonas,\n\nNice to meet you at the fair. As promised, our 2026 list prices (FOB Nansha):\n\n"
       "- QL-P6060 Arctic White polished 600x600: USD 5.90/sqm\n- QL-O2060 20mm outdoor paver: USD 9.20/sqm\n"
       "- QL-M6060 Sandstone Grey matt 600x600: USD 5.50/sqm\n\nMOQ is one 20GP per item (about 1,300 sqm for "
       "the 600x600). Mixed containers are possible from the second order." + sig(CATHY),
  label=("pass", [], [], "public list prices to a prospect"))

M(frm=CATHY, to=[SIPHO], subject="Re: export markets", date=D(2, 20, 10, 10), mailer=APPLE, reply="s8@capeflooring",
  text="Hi Sipho,\n\nYes - we export to Germany, Spain, France and Poland, to the Gulf region and to North America, "
       "and this year we started shipping to East Africa. South Africa would be a new market for us, so we are "
       "very flexible on the first order.\n\n> Do you already sell in Europe or the Middle East?\n" + sig(CATHY),
  label=("pass", [], ["R9"], "says which countries the company exports to, without identity or figures"))

M(frm=VIV, to=[HANNAH], subject="Katalog und Preise / catalogue", crlf=True, date=D(3, 3, 14, 45), mailer=OUTLOOK,
  text="Sehr geehrte Frau Meyer,\n\nvielen Dank für Ihre Anfrage. Wir liefern seit vielen Jahren nach Deutschland "
       "und Polen und kennen die Anforderungen (R10/R11, DIN 51130).\n\nAttached is our catalogue with the "
       "current list prices. For Austria we can also ship by rail to Vienna.\n\nMit freundlichen Grüßen\nVivian Huang",
  atts=[("Qinglan_Catalogue_2026.pdf", PDF, make_pdf(
      "Foshan Qinglan Ceramics - Catalogue 2026",
      ["Porcelain, wall tiles, outdoor and sintered stone. List prices FOB Nansha, valid to 30 June 2026."],
      [["Item", "Name", "Size", "List price"],
       ["QL-P6060", "Arctic White polished", "600x600", "USD 5.90/sqm"],
       ["QL-C612", "Calacatta Luce", "600x1200", "USD 10.40/sqm"],
       ["QL-O2060", "20mm outdoor paver", "600x600x20", "USD 9.20/sqm"],
       ["QL-T8080", "Terrazzo Grigio", "800x800", "USD 7.45/sqm"]]))],
  label=("pass", [], ["R9"], "exports to Germany/Poland plus a public catalogue PDF with list prices"))

M(frm=CATHY, to=[ANDRES], subject="Referencia en Europa", date=D(3, 9, 17, 25), mailer=OUTLOOK,
  text="Estimado Andrés,\n\nAs a reference you are welcome to contact Pennine Tile Centre in the UK; Gareth Hughes "
       "(gareth@penninetiles.co.uk) has kindly agreed to speak with new customers about our quality and service.\n\n"
       "Quedo atenta a sus comentarios." + sig(CATHY),
  label=("pass", [], ["R8"], "names the reference account and its contact, without figures"))

M(frm=TONY, to=[C("duneline")], cc=[JAFZ], subject="Booking - Nero Marquina slabs 1,850 sqm", date=D(3, 11, 9, 5),
  mailer=OUTLOOK,
  text="Dear Faisal, dear JAFZ team,\n\nThe 1,850 sqm of QL-S1224 Nero Marquina slabs are ready. Gross weight "
       "about 48 t on A-frames, so we need 3 x 20GP (slabs are heavy, not 40HQ). Value for the customs declaration: "
       "USD 24.80/sqm.\n\nPlease confirm the Jebel Ali delivery address and we will release the booking." + sig(TONY),
  label=("pass", [], [], "the account's own figures to the account and its forwarder (a partner domain)"))

M(frm=SALES, to=[SALES], bcc=[C("azulmar"), C("lonestar"), C("savanna"), C("luzon"), C("glazura")],
  subject="Chinese New Year holiday / 春节放假通知", date=D(1, 28, 10, 0), mailer=OUTLOOK, mode="alt",
  text="Dear valued partners,\n\nOur factory will be closed for the Spring Festival from 12 to 24 February 2026. "
       "Orders confirmed before 5 February will be loaded before the holiday.\n\n尊敬的客户: 我司春节放假时间为2月12日至"
       "2月24日，2月5日前确认的订单将在节前出货。\n\nFoshan Qinglan Ceramics Co., Ltd.",
  label=("pass", [], [], "holiday notice; customers only in Bcc, generic content"))

M(frm=TONY, to=[CHEN], subject="卡拉卡塔报价", date=D(3, 16, 20, 40), mailer=FOXMAIL, charset="gbk",
  text="陈总您好,\n\n感谢询价。卡拉卡塔大理石纹砖 QL-C612 (600x1200) 报价如下:\nFOB南沙 每平方10.4美元，首单一个20尺柜起订，"
       "大约1100平方。\n\n可以先寄两片样品到吉隆坡，运费我们承担。" + sig(TONY, "zh"),
  label=("pass", [], [], "our own offer price for a product to a prospect"))

M(frm=ERIC, to=[C("savanna")], subject="Shade variation Terrazzo Grigio - batch T2603", date=D(3, 18, 11, 0),
  mailer=TBIRD,
  text="Dear Peter,\n\nThanks for the photos. The 2,700 sqm of Terrazzo Grigio were produced in two firings; boxes "
       "marked shade T2603-A and T2603-B should not be mixed on the same floor. Our QC report attached to the packing "
       "list shows 1,520 sqm of A and the rest B.\n\nIf a project needs one shade only we can replace up to 300 sqm "
       "free of charge with the next shipment." + sig(ERIC),
  label=("pass", [], [], "quality mail to the account about its own shipment"))

M(frm=CATHY, to=[C("northbay")], subject="Balance reminder PI QL26-0115", date=D(3, 20, 9, 30), mailer=OUTLOOK,
  crlf=True,
  text="Hi Owen,\n\nA friendly reminder that the 70% balance of USD 11,345.04 for PI QL26-0115 falls due on "
       "27 March. The vessel arrives in Vancouver on 2 April and we will release the original B/L once the "
       "payment shows in our account.\n\nThank you!" + sig(CATHY),
  label=("pass", [], [], "payment reminder to the account"))

M(frm=VIV, to=[C("luzon")], subject="Mixed container question", mode="alt", date=D(2, 24, 14, 10), mailer=OUTLOOK,
  text="Hi Grace,\n\nOur customers in Europe usually order mixed containers, so we are used to consolidating several "
       "items and pallet sizes in one 40HQ. Just send the list of items you have in mind and we will make a loading "
       "plan." + sig(VIV),
  label=("pass", [], ["R9"], "generic mention of 'our customers in Europe', no product, no figure"))

M(frm=VIV, to=[C("glazura")], subject="Nordic Oak plank - order 2026/04", date=D(3, 24, 8, 50), mailer=TBIRD,
  crlf=True, cte="quoted-printable",
  text="Dzień dobry Tomasz,\n\nconfirming your order of Nordic Oak plank 200x1000: 4,200 m² at EUR 6.55/m², "
       "FOB Nansha, loading week 17. Pallets with corner protectors as last time.\n\nDziękuję!" + sig(VIV),
  label=("pass", [], [], "the account's own order figures to the account"))

M(frm=CATHY, to=[C("hsinchu")], subject="訂單確認 卡拉卡塔 2,500平方米", date=D(3, 6, 15, 30), mailer=FOXMAIL,
  charset="big5",
  text="林經理您好:\n\n貴司訂單確認如下:\nQL-C612 卡拉卡塔大理石紋磚 600x1200\n數量: 2,500平方米\n單價: 每平方米9.9美元 FOB\n\n"
       "預計四月初出貨到基隆港，出貨前會提供裝櫃照片。" + sig(CATHY, "tw"),
  label=("pass", [], [], "the account's own order to the account (traditional Chinese, big5)"))

M(frm=TONY, to=[C("duneline", 1)], subject="卡拉卡塔出货计划", date=D(3, 21, 10, 15), mailer=FOXMAIL, cte="base64",
  text="王总好,\n\n贵司这批卡拉卡塔一共1.2万平方，分8个40HQ出，第一批3个柜下周三装柜，剩下的4月中旬前全部出完。"
       "单价按合同9.55美金不变。\n\n有问题随时微信我。" + sig(TONY, "zh"),
  label=("pass", [], [], "the account's own figures to the account's Chinese-speaking contact"))

M(frm=CATHY, to=[C("pacifico")], subject="Confirmación pedido gris mate", date=D(2, 12, 21, 0), mailer=OUTLOOK,
  mode="alt", cte="quoted-printable",
  text="Estimado Rodrigo,\n\nConfirmamos su pedido de Sandstone Grey matt 600x600 (QL-M6060):\n"
       "Cantidad: 8.100 m²\nPrecio: USD 5,08/m² FOB Nansha\nEntrega: 6 x 40HQ, salida finales de marzo.\n\n"
       "Muchas gracias por la confianza." + sig(CATHY),
  label=("pass", [], [], "the account's own order figures to the account (Spanish, alternative)"))

M(frm=VIV, to=[C("carrelages")], subject="Mosaïque hexagonale - confirmation", date=D(2, 27, 16, 40), mailer=APPLE,
  text="Bonjour Élodie,\n\nJe vous confirme la commande de terrazzo hexagon mosaic: 6 500 feuilles à 1,92 EUR la "
       "feuille, départ Nansha fin mars. The sheets are mounted on mesh, 10 sheets per carton.\n\nBien cordialement,\n"
       "Vivian",
  label=("pass", [], [], "the account's own figures to the account (French)"))

M(frm=ERIC, to=[C("alnoor")], subject="Re: Terrazzo Grigio 800x800 - second container", date=D(3, 4, 13, 0),
  mailer=TBIRD, reply="CAH3kd@alnoorceramics.com.sa",
  text="Dear Khalid,\n\nYes, the second container can be loaded together with the slabs. The total for Terrazzo "
       "Grigio stays 3,840 sqm at USD 6.95 as you wrote.\n\nOn Wed, Mar 4, 2026 at 10:21 AM Khalid Al-Harbi "
       "<k.alharbi@alnoorceramics.com.sa> wrote:\n" + quote(
           "Dear Eric,\nPlease confirm we can add the rest of the 3,840 sqm Terrazzo Grigio (USD 6.95) to the "
           "container with the Nero Marquina slabs.\nRegards,\nKhalid") + sig(ERIC, "short"),
  label=("pass", [], [], "reply quoting the recipient's own mail with its own figures"))

M(frm=TONY, to=[C("gulfcoast")], subject="Nordic Oak plank - your price 2026", date=D(2, 16, 23, 0), mailer=OUTLOOK,
  mode="html", html="""<html><body><div style="font-family:Calibri">
<p>Hi Maria,</p><p>Here is the confirmation for your 2026 program:</p>
<table border="1" cellspacing="0" cellpadding="5">
<tr><td><b>Item</b></td><td><b>Qty</b></td><td><b>Price FOB</b></td></tr>
<tr><td>QL-W210 Nordic Oak plank 200x1000</td><td>5,000 sqm</td><td>$7.35/sqm</td></tr>
</table><p>Best,<br>Tony</p></div></body></html>""",
  label=("pass", [], [], "HTML-only table with the account's own price to the account"))

M(frm=CATHY, to=[RACHEL], subject="Re: shipping to Lagos", date=D(3, 10, 12, 0), mailer=OUTLOOK,
  text="Dear Rachel,\n\nWe have customers in Kenya and across East Africa and ship regularly to Mombasa and "
       "Dar es Salaam; Lagos (Apapa or Tin Can) is no problem either. Transit time is about 35-40 days." + sig(CATHY),
  label=("pass", [], ["R9"], "mentions customers in a country/region only"))

M(frm=VIV, to=[C("steinhaus")], subject="Terrassenplatten 20mm - Auftragsbestätigung", date=D(2, 23, 9, 0),
  mailer=OUTLOOK, cte="quoted-printable", mode="alt",
  text="Hallo Herr Brenner,\n\nhiermit bestätigen wir Ihren Auftrag: QL-O2060 20mm outdoor paver, 5.200 m² zu "
       "EUR 7,95/m² FOB Nansha. Verladung KW 13.\n\nPlease note the pallets are heat treated (ISPM 15).\n\n"
       "Viele Grüße\nVivian Huang",
  label=("pass", [], [], "the account's own order to the account (German, QP)"))

M(frm=VIV, to=[C("kachelwerk")], subject="Ihr Auftrag Sandstone Grey", date=D(3, 12, 10, 30), mailer=OUTLOOK,
  text="Hallo Frau Kraus,\n\nIhr Auftrag QL-M6060 Sandstone Grey matt 600x600 über 4.320 m² zu 4,70 EUR/m² ist "
       "eingeplant; production starts 23 March." + sig(VIV),
  label=("pass", [], [], "the account's own order to the account"))

M(frm=TONY, to=[LIWEI], subject="水磨石砖报价 QL-T8080", date=D(3, 25, 19, 30), mailer=FOXMAIL, cte="base64",
  text="李总您好,\n\n灰色水磨石砖 QL-T8080 (800x800) 我们的报价是每平方7.45美元 FOB南沙，30%定金，70%见提单副本付款。"
       "新加坡这边我们可以拼柜，首单不限量。" + sig(TONY, "zh"),
  label=("pass", [], [], "our own offer price to a prospect (Chinese, base64)"))

M(frm=TONY, to=[C("lonestar")], cc=[BAYOU], subject="Commercial invoice CI-26-0119 / entry docs", date=D(2, 3, 8, 20),
  mailer=OUTLOOK,
  text="Brad, Bayou team,\n\nAttached docs for entry: 9,600 sqm QL-P6060 at USD 5.45 per sqm, HS 6907.21, "
       "country of origin China. Packing list shows 400 pallets.\n\nPlease let me know if the ISF needs anything else."
       + sig(TONY),
  label=("pass", [], [], "the account's own figures to the account and its customs broker (partner)"))

M(frm=CATHY, to=[C("pennine")], subject="Ivory wall tile reorder", date=D(3, 17, 17, 10), mailer=APPLE,
  text="Hi Gareth,\n\nYour reorder of the Ivory gloss wall tile 300x600 is booked: 3,300 sqm at USD 3.88, ready in "
       "three weeks. Thanks again for taking the call from the prospect in Peru last week!" + sig(CATHY),
  label=("pass", [], [], "the reference account's own figures to itself"))

M(frm=CATHY, to=[JONAS], cc=[C("pennine")], subject="Introduction - reference customer in the UK", date=D(3, 19, 16, 0),
  mailer=OUTLOOK,
  text="Dear Jonas, dear Gareth,\n\nAs discussed, let me introduce you to each other. Gareth at Pennine Tile Centre "
       "has worked with us for six years and offered to share his experience with our service and packaging." + sig(CATHY),
  label=("pass", [], ["R8"], "reference account visible with a prospect and named, no figures (R8 lifts R1/R6)"))

M(frm=TONY, to=[C("luzon"), C("luzon", 1)], subject="Stair tread 装箱单 / packing list", date=D(3, 14, 11, 45),
  mailer=FOXMAIL,
  text="Hi Grace, 柯总,\n\n附件是楼梯砖的装箱单. 2,600 pcs QL-ST12 stair tread, 单价 USD 5.95/pc, 一个40HQ装完. "
       "ETD 3月28日 from Nansha, ETA Manila around 4 April.\n\nTony",
  atts=[("packing_list_QL-ST12.csv", CSV, make_csv(
      [["pallet", "item", "pcs", "gross kg"]] + [[f"P{i:02d}", "QL-ST12", 100, 1480] for i in range(1, 27)]))],
  label=("pass", [], [], "the account's own figures and packing list (CSV) to two of its contacts"))

M(frm=VIV, to=[SAM], subject="Re: porcelain for a bathroom renovation", date=D(2, 28, 21, 15), mailer=APPLE,
  text="Hi Sam,\n\nAll our porcelain tiles have water absorption below 0.5%, so they are fine for wet rooms and "
       "underfloor heating. We only sell by the container though, so for a single bathroom a local distributor "
       "would be the better option.\n\nGood luck with the renovation!\nVivian",
  label=("pass", [], [], "ordinary product question from a private person"))

M(frm=ERIC, to=[C("duneline")], subject="Loading photos - container 1", date=D(3, 26, 17, 40), mailer=TBIRD,
  text="Dear Faisal,\n\nPlease find the loading photos for container 1 on the link below; seal number QL448201. "
       "Original documents will go by DHL once the balance is received.\n\nhttps://share.qinglan-tile.com/d/x8Kp2"
       + sig(ERIC),
  label=("pass", [], [], "ordinary logistics mail"))

M(frm=BOSS, to=[TONY, ERIC], subject="中东两家客户注意", date=D(3, 2, 8, 30), mailer=FOXMAIL, charset="gbk",
  text="Tony, Eric:\n\n沙丘建材和阿努尔是竞争对手，岩板的价格一个24.8一个25.4，给他们发资料的时候千万别搞混，"
       "抄送也要注意，不能让两家看到对方的邮箱。\n\n梁国华",
  label=("pass", [], [], "internal-only instruction about two competing accounts"))

M(frm=CATHY, to=[C("northbay")], subject="Order confirmation - epoxy grout", date=D(2, 19, 10, 40), mailer=OUTLOOK,
  text="Hi Owen,\n\nAttached the order confirmation for the epoxy grout, 840 pails at USD 11.20. It will go in the "
       "same container as the kitchen tiles." + sig(CATHY),
  atts=[("OC_Northbay_EP5.docx", DOCX, make_docx(
      ["Order confirmation OC-26-044", "Buyer: Northbay Stone & Tile Ltd., Canada",
       "Delivery: FOB Nansha, together with QL-K30"],
      [["Item", "Qty", "Unit", "Price USD"], ["QL-EP5 epoxy grout 5kg", "840", "pail", "11.20"]]))],
  label=("pass", [], [], "the account's own order confirmation (DOCX) to the account"))

M(frm=VIV, to=[HANNAH], subject="Re: Referenzen", date=D(3, 23, 11, 5), mailer=OUTLOOK,
  text="Dear Ms Meyer,\n\nWe have a customer in Lyon who has been with us for eight years, and several long-standing "
       "partners in Germany. I am sure you understand we do not share their details without their permission." + sig(VIV),
  label=("pass", [], ["R9"], "third-party phrase with a city, but no product, identity or figure"))

M(frm=ERIC, to=[C("savanna")], bcc=[BOSS], subject="Polished 600x600 - new order", date=D(3, 27, 9, 20),
  mailer=TBIRD,
  text="Hi Peter,\n\nThanks for the new order of 4,800 sqm Arctic White polished 600x600 at USD 5.30. PI follows "
       "today." + sig(ERIC),
  label=("pass", [], [], "the account's own figures to the account; only an internal Bcc"))

M(frm=CATHY, to=[SIPHO], subject="Quotation QT-26-031", date=D(3, 2, 15, 35), mailer=OUTLOOK,
  text="Hi Sipho,\n\nPlease find our quotation attached." + sig(CATHY),
  atts=[("QT-26-031_CapeFlooring.pdf", PDF, make_pdf(
      "QUOTATION QT-26-031",
      ["To: Cape Flooring, Cape Town, South Africa", "Valid 60 days. FOB Nansha."],
      [["Item", "Description", "Price"], ["QL-O2060", "20mm outdoor paver", "USD 9.20/sqm"],
       ["QL-P6060", "Arctic White polished 600x600", "USD 5.90/sqm"], ["QL-EP5", "epoxy grout 5kg", "USD 12.00/pail"]]))],
  label=("pass", [], [], "our own quotation (PDF) to a prospect"))

M(frm=VIV, to=[C("azulmar")], subject="FW: QC report Calacatta batch C2602", date=D(3, 18, 16, 20), mailer=OUTLOOK,
  text="Hi Javier,\n\nForwarding our QC colleague's report on your Calacatta batch, all within tolerance.\n\n"
       "-----Original Message-----\nFrom: Eric Deng <eric.deng@qltile.cn>\nSent: Wednesday, March 18, 2026 2:05 PM\n"
       "To: Vivian Huang <vivian.huang@qinglan-tile.com>\nSubject: QC report Calacatta batch C2602\n\n"
       "Vivian,\nAzulmar batch C2602 checked: calibre 599.5 +/-0.3 mm, flatness ok, shade uniform. 3,600 sqm "
       "approved for loading.\nEric" + sig(VIV),
  label=("pass", [], [], "forwards an internal mail that is about the recipient account only"))

M(frm=CATHY, to=[C("pacifico")], subject="Pago recibido", date=D(3, 30, 9, 0), mailer=APPLE,
  text="Hola Rodrigo,\n\nRecibimos el pago, muchas gracias. Le enviamos los documentos originales hoy por DHL.\n\n"
       "Saludos,\nCathy",
  label=("pass", [], [], "payment confirmation in Spanish"))

M(frm=VIV, to=[C("steinhaus")], subject="BAU / Cersaie 2026", date=D(1, 9, 10, 0), mailer=OUTLOOK,
  text="Hello Mr Brenner,\n\nWe will exhibit at Cersaie in Bologna this autumn and will visit BAU in Munich as "
       "visitors. Would you have time for a coffee in Munich?" + sig(VIV),
  label=("pass", [], [], "ordinary mail about trade fairs"))

M(frm=CATHY, to=[C("hsinchu")], subject="Re: 填縫劑顏色", date=D(3, 28, 14, 0), mailer=FOXMAIL, charset="big5",
  text="林經理:\n\n好的，環氧填縫劑我們下週寄色卡給您。\n\n------------------ 原始郵件 ------------------\n"
       "發件人: \"林志明\"<lin.cm@hsinchu-tile.com.tw>;\n發送時間: 2026年3月27日(星期五) 下午4:10\n"
       "收件人: \"Cathy Mo\"<cathy.mo@qinglan-tile.com>;\n主題: 填縫劑顏色\n\n"
       "Cathy 您好，上次1,500桶環氧填縫劑單價10.8美元沒問題，請問能不能多加兩個顏色？\n林志明" + sig(CATHY, "tw"),
  label=("pass", [], [], "reply quoting the recipient's own mail (Foxmail style, big5)"))

M(frm=CATHY, to=[ANDRES], subject="Mercados de exportación", date=D(2, 11, 18, 0), mailer=OUTLOOK,
  text="Estimado Andrés,\n\nExportamos a Chile, México y España desde hace años, así que conocemos bien las normas "
       "de la región. Perú sería un mercado nuevo para nosotros.\n\nSaludos cordiales,\nCathy Mo",
  label=("pass", [], ["R9"], "exports to countries, in Spanish"))

M(frm=VIV, to=[C("glazura")], subject="Outdoor paver for terraces?", date=D(3, 29, 13, 15), mailer=OUTLOOK,
  text="Hi Tomasz,\n\nIf you are looking for something for terraces, the 20mm outdoor paver is popular in Germany "
       "and Austria because it can be laid on gravel or pedestals. I can send two samples with your next order."
       + sig(VIV),
  label=("pass", [], ["R9"], "a product said to be popular in a country, no third party, identity or figure"))

M(frm=TONY, to=[CHEN], subject="关于出口市场", date=D(2, 25, 9, 45), mailer=FOXMAIL, charset="gbk",
  text="陈总:\n\n我们的产品主要出口到中东、欧洲和北美，东南亚这两年也在开拓，马来西亚目前还没有代理，很期待和贵司合作。"
       + sig(TONY, "zh"),
  label=("pass", [], ["R9"], "exports to regions, in Chinese"))

M(frm=ERIC, to=[TONY], cc=[DOCS], subject="核对 PI - Gulf Coast", date=D(2, 14, 10, 10), mailer=FOXMAIL,
  text="Tony,\n\n附件是Gulf Coast的PI，请核对数量和单价后再发给客户。\n\nEric",
  atts=[("PI_QL26-0214_GCFD.xlsx", XLSX, pi_xlsx("gulfcoast", "QL26-0214"))],
  label=("pass", [], [], "internal-only mail with an account's proforma"))

M(frm=TONY, to=[C("gulfcoast")], subject="付款已收到 / payment received - thank you", date=D(3, 8, 7, 55),
  mailer=OUTLOOK, cte="base64",
  text="Hi Maria,\n\nWe received the deposit today, thank you. Production of your polished 600x600 starts on "
       "Monday; I will send photos from the kiln line.\n\nTony 梁",
  label=("pass", [], [], "payment mail (RFC 2047 subject, base64 body)"))

M(frm=TONY, to=[C("duneline", 1)], cc=[C("duneline")], subject="岩板数量确认", date=D(3, 1, 16, 0), mailer=FOXMAIL,
  text="王总, Faisal,\n\n黑金花岩板1,850平方，单价24.8美元，数量和价格都按上次确认的不变。Faisal, please confirm the "
       "A-frame quantity for the slabs." + sig(TONY, "zh"),
  label=("pass", [], [], "the account's own figures to two of its contacts (mixed)"))

M(frm=VIV, to=[C("azulmar")], bcc=[C("pacifico")], subject="Nuevo catálogo 2026", date=D(1, 15, 11, 0),
  mailer=OUTLOOK,
  text="Hola Javier,\n\nTe envío el enlace a nuestro nuevo catálogo 2026: https://www.qinglan-tile.com/catalogue2026\n\n"
       "Un saludo,\nVivian",
  label=("pass", [], [], "generic catalogue link; another customer only in Bcc (not visible, R6 does not apply)"))

M(frm=CATHY, to=[C("pennine")], cc=[C("pennine")], subject="Reference visit", date=D(2, 5, 15, 15), mailer=OUTLOOK,
  text="Hi Gareth,\n\nThank you for agreeing to be our reference in the UK. We will mention Pennine Tile Centre on "
       "our website's reference page, without any figures of course." + sig(CATHY),
  label=("pass", [], ["R8"], "mail to the reference account about being named"))

M(frm=QCM, to=[TONY, ERIC, VIV], subject="三月品质周报", date=D(3, 20, 17, 30), mailer=FOXMAIL, charset="gbk", crlf=True,
  text="各位:\n\n三月品质情况汇总:\n1. 萨瓦纳建材的灰色水磨石砖有色差投诉，已安排补货。\n"
       "2. 孤星瓷砖那批楼梯砖破损率0.8%，在合同范围内。\n3. 北极白抛光砖出厂成本RMB 31/平方，三月能耗上涨，"
       "请业务报价时注意。\n\n周敏\n品质部",
  label=("pass", [], [], "internal-only quality report naming accounts and products"))

M(frm=VIV, to=[C("luzon", 1)], subject="Re: 墙砖排产 wall tile schedule", date=D(3, 3, 9, 10), mailer=FOXMAIL,
  mode="alt", crlf=True,
  text="柯总您好,\n\nYour wall tile order is in the schedule: 7,200 sqm Ivory gloss wall tile, 分 5 x 40HQ 出货, "
       "单价 USD 3.72/sqm 不变. First two containers load on 18 March.\n\nThanks!\nVivian",
  label=("pass", [], [], "the account's own figures to its contact (mixed Chinese/English)"))

M(frm=TONY, to=[CHEN], subject="样品已寄出 samples sent", date=D(2, 22, 18, 0), mailer=FOXMAIL, cte="quoted-printable",
  text="陈总,\n\nSamples sent today by DHL, 单号 7730 1288 46. 里面有卡拉卡塔和北欧橡木纹砖各两片, "
       "plus our 2026 catalogue. 预计周五到吉隆坡。\n\nTony",
  label=("pass", [], [], "sample shipment to a prospect (mixed), no third party"))

M(frm=CATHY, to=[C("hsinchu")], subject="Re: 付款 payment", date=D(3, 10, 10, 0), mailer=FOXMAIL, charset="big5",
  text="林經理您好,\n\n貨款已經收到，謝謝! The original B/L will be sent by DHL tomorrow, 提單號我明天再發給您。"
       + sig(CATHY, "tw"),
  label=("pass", [], [], "payment mail to the account (big5, mixed)"))

M(frm=CATHY, to=[C("hsinchu")], subject="出貨通知 QL-EP5 填縫劑", date=D(4, 1, 10, 30), mailer=FOXMAIL, charset="big5",
  cte="quoted-printable",
  text="林經理您好:\n\n貴司的環氧填縫劑1,500桶已經裝櫃，船期4月6日，預計4月9日到基隆。提單和產地證明出來後馬上寄給您。"
       + sig(CATHY, "tw"),
  label=("pass", [], [], "logistics notice with the account's own quantity (big5, QP)"))

M(frm=ERIC, to=[C("duneline", 1)], subject="岩板破损处理", date=D(3, 31, 16, 0), mailer=FOXMAIL, charset="gbk",
  text="王总:\n\n照片收到了，第二个柜有3片岩板边角破损，我们下一批免费补发，另外A字架会加固。给您添麻烦了。"
       + sig(ERIC, "zh"),
  label=("pass", [], [], "quality/claim mail to the account (Chinese)"))

# =================================================================== FLAG
M(frm=CATHY, to=[JONAS], subject="Re: who do you work with in Europe?", crlf=True, date=D(2, 21, 9, 15), mailer=OUTLOOK,
  text="Dear Jonas,\n\nWe supply Steinhaus Fliesen in Germany and a few other importers in the EU, so we know the "
       "CE marking and documentation requirements well." + sig(CATHY),
  label=("flag", ["steinhaus"], ["R1"], "names another account, without products or figures"))

M(frm=VIV, to=[C("luzon")], subject="Showroom", mode="alt", date=D(3, 6, 10, 20), mailer=OUTLOOK,
  text="Hi Grace,\n\nThe new showroom is finished. Savanna Finishes visited last week and were impressed; we would love "
       "to show it to you too when you come to Foshan in April." + sig(VIV),
  label=("flag", ["savanna"], ["R1"], "names another account, no product or figure"))

M(frm=VIV, to=[HANNAH], subject="Display ideas", date=D(3, 25, 14, 30), mailer=APPLE,
  text="Dear Ms Meyer,\n\nFor ideas on how to present our range in a showroom, have a look at carrelages-rhone.fr - "
       "they did a very nice job with their displays.\n\nKind regards,\nVivian",
  label=("flag", ["carrelages"], ["R1"], "names another account by its web site"))

M(frm=CATHY, to=[C("pacifico")], subject="Re: glaze crazing question", date=D(3, 13, 22, 10), mailer=OUTLOOK,
  text="Hola Rodrigo,\n\nCrazing on these glazes is very rare. Owen Fraser from Canada asked the same question last "
       "winter and after a full season outside there was no problem at all." + sig(CATHY),
  label=("flag", ["northbay"], ["R1"], "names another account's contact person"))

M(frm=TONY, to=[CHEN], subject="合作伙伴", date=D(3, 3, 20, 0), mailer=FOXMAIL, charset="gbk",
  text="陈总:\n\n我们跟菲律宾的吕宋瓷砖合作了很多年，东南亚的清关和包装要求都比较熟悉，请放心。" + sig(TONY, "zh"),
  label=("flag", ["luzon"], ["R1"], "names another account by its Chinese alias"))

M(frm=CATHY, to=[SIPHO], subject="Calacatta interest", date=D(3, 24, 10, 50), mailer=OUTLOOK,
  text="Hi Sipho,\n\nKachelwerk has also been asking about the Calacatta Luce 600x1200 this month, so I suggest you "
       "confirm soon if you want it from the current production run." + sig(CATHY),
  label=("flag", ["kachelwerk"], ["R1"], "names another account with a product it does not buy (not R3)"))

M(frm=CATHY, to=[ANDRES], subject="Gris mate", date=D(3, 5, 19, 0), mailer=OUTLOOK,
  text="Estimado Andrés,\n\nA customer of ours in Chile just repeated their order for the Sandstone Grey matt "
       "600x600, so the colour is well proven in your region." + sig(CATHY),
  label=("flag", [], ["R5"], "third-party phrase with a product, no identity or figure"))

M(frm=TONY, to=[LIWEI], subject="木纹砖", date=D(3, 12, 21, 0), mailer=FOXMAIL, cte="base64",
  text="李总:\n\n北欧橡木纹砖卖得很好，我们的一个老客户上周刚刚又订了一批，建议您也拿一些样品给设计师看看。" + sig(TONY, "zh"),
  label=("flag", [], ["R5"], "third-party phrase with a product (Chinese), no identity or figure"))

M(frm=VIV, to=[C("glazura")], subject="Stair treads", date=D(3, 9, 9, 30), mailer=TBIRD,
  text="Hi Tomasz,\n\nAnother distributor in Texas has been pushing the stair tread 1200x300 hard this year - it saves "
       "the installer a lot of cutting. Would it interest you for the Polish market?" + sig(VIV),
  label=("flag", [], ["R5"], "third-party phrase with a product; a region is not identity"))

M(frm=CATHY, to=[C("azulmar"), C("pacifico")], subject="Catálogo 2026 / nuevas referencias", date=D(1, 20, 10, 30),
  mailer=OUTLOOK,
  text="Hola Javier, hola Rodrigo,\n\nLes envío a los dos el enlace al catálogo 2026 en español: "
       "https://www.qinglan-tile.com/es/catalogo2026\n\nSaludos,\nCathy",
  label=("flag", ["azulmar", "pacifico"], ["R6"], "two non-competing accounts visible to each other in To"))

M(frm=ERIC, to=[C("northbay")], cc=[JONAS], subject="Introduction: Owen / Jonas", date=D(3, 15, 8, 0), mailer=OUTLOOK,
  text="Hi Owen, hi Jonas,\n\nAs promised, I am connecting you two: Jonas is starting to import tiles to Lithuania "
       "and had questions about cold-climate installation, which Owen knows very well." + sig(ERIC),
  label=("flag", ["northbay"], ["R6", "R1"], "an account and an unknown external address visible in To/Cc"))

M(frm=CATHY, to=[C("savanna")], cc=[RACHEL], subject="Shipping to West Africa", date=D(3, 22, 11, 10), mailer=OUTLOOK,
  text="Dear Peter, dear Rachel,\n\nPeter, Rachel is a new contact in Nigeria; as discussed on the phone you are happy "
       "to tell her how the clearance works on your side." + sig(CATHY),
  label=("flag", ["savanna"], ["R6"], "an account and a prospect visible to each other"))

M(frm=CATHY, to=[C("luzon"), C("hsinchu")], subject="Invitation: Canton Fair booth 9.1", date=D(3, 31, 9, 0),
  mailer=OUTLOOK, mode="alt",
  text="Dear Grace, dear Mr Lin,\n\nWe would be glad to welcome you at our booth 9.1 E22 at the Canton Fair "
       "(15-19 April). Please tell us your dates so we can arrange the factory visit.\n\nCathy",
  label=("flag", ["hsinchu", "luzon"], ["R6"], "two non-competing accounts visible to each other"))

M(frm=CATHY, to=[C("hsinchu")], subject="工廠參觀", date=D(2, 9, 15, 0), mailer=FOXMAIL, charset="big5",
  text="林經理您好:\n\n下個月沙丘建材的王先生也會來工廠參觀，您如果同一週來，我們可以一起安排接送。" + sig(CATHY, "tw"),
  label=("flag", ["duneline"], ["R1"], "names another account (Chinese alias, big5)"))

M(frm=VIV, to=[HANNAH], subject="Re: samples (same as for Glazura Wisła)", date=D(2, 17, 10, 0), mailer=OUTLOOK,
  text="Dear Ms Meyer,\n\nThe samples went out today by DHL, tracking 4821 0937 55. You should have them on "
       "Thursday." + sig(VIV),
  label=("flag", ["glazura"], ["R1"], "names another account in the subject"))

M(frm=TONY, to=[C("gulfcoast")], subject="Canadian certification", date=D(3, 3, 7, 30), mailer=OUTLOOK,
  text="Hi Maria,\n\nFor the Canadian certification questions, owen@northbaytile.ca has all the test reports - he went "
       "through the same process last year." + sig(TONY),
  label=("flag", ["northbay"], ["R1"], "gives another account's contact address"))

M(frm=TONY, to=[CHEN], subject="岩板 hotel project", date=D(3, 19, 22, 30), mailer=FOXMAIL,
  text="陈总,\n\n上个月我们一个中东的客户 ordered the Nero Marquina sintered slab for a hotel lobby, 效果非常好，"
       "照片发您参考。" + sig(TONY, "zh"),
  label=("flag", [], ["R5"], "third-party phrase with a product (mixed), no identity or figure"))

M(frm=VIV, to=[C("glazura")], cc=[C("steinhaus")], subject="Pallet exchange Hamburg", date=D(3, 11, 15, 0),
  mailer=OUTLOOK,
  text="Hi Tomasz, hi Mr Brenner,\n\nSince both of your containers go via Hamburg this month, would you be open to "
       "sharing one trucking company for the pallet returns? Just an idea to save costs." + sig(VIV),
  label=("flag", ["glazura", "steinhaus"], ["R6"], "two non-competing accounts visible to each other"))

M(frm=CATHY, to=[SIPHO], subject="Our references", date=D(3, 26, 9, 40), mailer=OUTLOOK, mode="html",
  html="""<html><body><p>Hi Sipho,</p><p>Some of the companies we work with:</p>
<table border="1" cellpadding="4"><tr><th>Company</th><th>Country</th></tr>
<tr><td>Savanna Finishes</td><td>Kenya</td></tr>
<tr><td>Pennine Tile Centre</td><td>United Kingdom</td></tr></table>
<p>Best regards,<br>Cathy</p></body></html>""",
  label=("flag", ["savanna"], ["R1", "R8"], "HTML reference list: the reference account is allowed, the other is R1"))

M(frm=VIV, to=[C("carrelages")], subject="Nouveau client en Espagne", date=D(3, 16, 9, 10), mailer=APPLE,
  text="Bonjour Élodie,\n\nUn autre client en Espagne vient de commander le Calacatta Luce, donc la production de mai "
       "sera chargée; si vous en voulez, dites-le moi avant fin mars.\n\nBien cordialement,\nVivian",
  label=("flag", [], ["R5"], "third-party phrase with a product (French), no identity or figure"))

M(frm=VIV, to=[HANNAH], subject="Company profile", date=D(2, 13, 14, 0), mailer=OUTLOOK,
  text="Dear Ms Meyer,\n\nAs requested, our company profile is attached." + sig(VIV),
  atts=[("Qinglan_Company_Profile.docx", DOCX, make_docx(
      ["Foshan Qinglan Ceramics Co., Ltd. - Company profile",
       "Founded 2009. Two kilns, 38,000 sqm daily capacity. ISO 9001, CE.",
       "Main partners abroad: Azulejos Marbella (Spain), Pennine Tile Centre (United Kingdom).",
       "Product range: porcelain, wall tiles, outdoor pavers, sintered stone."]))],
  label=("flag", ["azulmar"], ["R1"], "company profile DOCX names another account (no product/figure)"))

M(frm=TONY, to=[C("duneline", 1)], cc=[CHEN], subject="介绍 / introduction", date=D(3, 28, 20, 0), mailer=FOXMAIL,
  text="王总, 陈总,\n\n给两位互相介绍一下: 陈总 is a new customer from Malaysia, 他想了解迪拜那边的清关流程, "
       "王总经验很丰富，麻烦您有空指点一下。\n\nTony",
  label=("flag", ["duneline"], ["R6"], "an account and a prospect visible to each other (mixed)"))

M(frm=TONY, to=[C("luzon", 1)], subject="填缝剂", date=D(3, 22, 21, 10), mailer=FOXMAIL, charset="gbk",
  text="柯总:\n\n我们有个加拿大的客户一直在用我们的环氧填缝剂，反馈很好，这次可以考虑跟楼梯砖一起拼柜。" + sig(TONY, "zh"),
  label=("flag", [], ["R5"], "third-party phrase with a product (Chinese); a country is not identity"))

M(frm=TONY, to=[C("duneline", 1)], subject="安装师傅", date=D(4, 2, 19, 0), mailer=FOXMAIL, cte="base64",
  text="王总:\n\n新竹磁砖的林经理推荐过一个很有经验的岩板安装师傅，如果您需要，我可以帮您问一下他能不能去迪拜。"
       + sig(TONY, "zh"),
  label=("flag", ["hsinchu"], ["R1"], "names another account and its contact (Chinese), no product or figure"))

# =================================================================== STOP
M(frm=VIV, to=[C("kachelwerk")], subject="Outdoor pavers", mode="alt", date=D(3, 4, 9, 50), mailer=OUTLOOK,
  text="Hallo Frau Kraus,\n\nSteinhaus has been very happy with the 20mm outdoor paver this season, so I am confident "
       "it will sell well for you too." + sig(VIV),
  label=("stop", ["steinhaus"], ["R2", "R3"], "names the recipient's competitor with a product it buys"))

M(frm=TONY, to=[C("gulfcoast")], subject="Coverings", mode="alt", date=D(4, 2, 8, 0), mailer=OUTLOOK,
  text="Hi Maria,\n\nGreat to see you at Coverings. We also met Lone Star Tile there - the show was busy this year!"
       + sig(TONY),
  label=("stop", ["lonestar"], ["R2"], "names the recipient's competitor"))

M(frm=TONY, to=[C("duneline", 1)], subject="新品", cte="base64", date=D(3, 23, 18, 0), mailer=FOXMAIL, charset="gbk",
  text="王总:\n\n阿努尔那边最近也在问我们的新品，建议您早点定下来，免得被别人先拿了市场。" + sig(TONY, "zh"),
  label=("stop", ["alnoor"], ["R2"], "names the recipient's competitor (Chinese alias)"))

M(frm=CATHY, to=[JONAS], subject="Calacatta for your showroom", date=D(3, 20, 16, 30), mailer=OUTLOOK,
  text="Dear Jonas,\n\nAzulmar in Spain takes our Calacatta Luce 600x1200 by the container - it is our best-selling "
       "marble look in Europe." + sig(CATHY),
  label=("stop", ["azulmar"], ["R3"], "names an account with a product it buys in one sentence"))

M(frm=VIV, to=[HANNAH], subject="Referenzkunden", date=D(3, 27, 10, 0), mailer=OUTLOOK, mode="html",
  html="""<html><body><p>Sehr geehrte Frau Meyer,</p><p>hier einige Referenzen:</p>
<table border="1" cellpadding="4"><tr><th>Kunde</th><th>Land</th><th>Produkt</th></tr>
<tr><td>Glazura Wisła</td><td>Polen</td><td>Nordic Oak plank 200x1000</td></tr>
<tr><td>Pennine Tile Centre</td><td>UK</td><td>&nbsp;</td></tr></table>
<p>Mit freundlichen Grüßen<br>Vivian Huang</p></body></html>""",
  label=("stop", ["glazura"], ["R3"], "HTML table row: an account with a product it buys"))

M(frm=VIV, to=[C("luzon")], subject="Terrazzo pricing", date=D(3, 10, 15, 20), mailer=OUTLOOK,
  text="Hi Grace,\n\nI know USD 7.45 sounds high, but Savanna Finishes pays USD 6.75/sqm only because they commit to "
       "much larger volumes than a first order." + sig(VIV),
  label=("stop", ["savanna"], ["R3", "R4"], "names another account with its price"))

M(frm=VIV, to=[HANNAH], subject="Wandfliesen Preis", date=D(3, 30, 11, 30), mailer=OUTLOOK,
  text="Dear Ms Meyer,\n\nFor the ivory wall tile, a distributor we supply in Lyon pays 3,55 EUR per m², but that is "
       "for full containers; for mixed loads we would be closer to EUR 3.90." + sig(VIV),
  label=("stop", ["carrelages"], ["R4"], "another account's price tied by a third-party phrase"))

M(frm=CATHY, to=[C("pacifico")], subject="Volumen polished", mode="alt", date=D(3, 25, 22, 40), mailer=OUTLOOK,
  text="Hola Rodrigo,\n\nTo give you an idea of what is possible: one of our bigger accounts in Texas orders 9,600 sqm "
       "of the Arctic White polished every quarter, and gets priority in production." + sig(CATHY),
  label=("stop", ["lonestar"], ["R4"], "another account's quantity tied by a third-party phrase"))

M(frm=TONY, to=[CHEN], subject="卡拉卡塔的量", date=D(3, 27, 21, 0), mailer=FOXMAIL, charset="gbk",
  text="陈总:\n\n卡拉卡塔很好卖，我们在迪拜的一个客户每月订1.2万平方，所以交期要提前排。" + sig(TONY, "zh"),
  label=("stop", ["duneline"], ["R4"], "another account's quantity (1.2万) tied by a third-party phrase"))

M(frm=TONY, to=[LIWEI], subject="Re: 卡拉卡塔价格", date=D(3, 31, 20, 15), mailer=FOXMAIL, cte="base64",
  text="李总:\n\n另一个经销商的价格是每平方9.9美元，那是几千平方的量，你们首单这个量拿不到这个价，"
       "10.4美元已经是最低了。" + sig(TONY, "zh"),
  label=("stop", ["hsinchu"], ["R4"], "another account's price tied by '另一个经销商'"))

M(frm=TONY, to=[C("luzon", 1)], subject="楼梯砖", date=D(3, 17, 20, 0), mailer=FOXMAIL, charset="gbk",
  text="柯总:\n\n一体楼梯砖现在很好走，我们另一个客户一次订了四千件，所以这批如果要加量请尽快告诉我。" + sig(TONY, "zh"),
  label=("stop", ["lonestar"], ["R4"], "another account's quantity (四千件) tied by '另一个客户'"))

M(frm=ERIC, to=[C("northbay")], subject="Terrazzo volumes", date=D(3, 29, 8, 10), mailer=TBIRD,
  text="Hi Owen,\n\nA buyer of ours in Nairobi took 2.7k sqm of the Terrazzo Grigio in one go, so a full container for "
       "Toronto is very realistic." + sig(ERIC),
  label=("stop", ["savanna"], ["R4"], "another account's quantity ('2.7k sqm') tied by a third-party phrase"))

M(frm=ERIC, to=[C("alnoor")], subject="Calacatta price", date=D(3, 22, 13, 40), mailer=TBIRD,
  text="Dear Khalid,\n\nI understand your point, but a trader in Dubai gets the Calacatta at US$9.55 with a much "
       "bigger commitment. For your volume the best I can do is 9.80." + sig(ERIC),
  label=("stop", ["duneline"], ["R4"], "another account's price tied by a third-party phrase"))

M(frm=TONY, to=[C("gulfcoast")], subject="PI for your next order", date=D(3, 6, 23, 10), mailer=OUTLOOK,
  text="Hi Maria,\n\nAttached the PI for the next order, please check and sign back." + sig(TONY),
  atts=[("PI_QL26-0120.xlsx", XLSX, pi_xlsx("lonestar", "QL26-0120"))],
  label=("stop", ["lonestar"], ["R2", "R3", "R4"], "attached proforma (XLSX) belongs to the recipient's competitor"))

M(frm=CATHY, to=[SIPHO], subject="Sample PI", date=D(3, 12, 16, 0), mailer=OUTLOOK,
  text="Hi Sipho,\n\nSo you can see what our documents look like, here is a recent PI." + sig(CATHY),
  atts=[("PI_QL-ALN-0207.pdf", PDF, pi_pdf("alnoor", "QL-ALN-0207"))],
  label=("stop", ["alnoor"], ["R3", "R4"], "attached proforma (PDF) of another account with its prices"))

M(frm=VIV, to=[C("glazura")], subject="Order confirmation template", date=D(2, 6, 10, 0), mailer=OUTLOOK,
  text="Hi Tomasz,\n\nAs requested, our order confirmation format is attached so your accounting can prepare." + sig(VIV),
  atts=[("Auftragsbestaetigung_AB-26-017.docx", DOCX, make_docx(
      ["Auftragsbestätigung AB-26-017", "Kunde: Steinhaus Fliesenhandel GmbH, Deutschland",
       "Lieferbedingung: FOB Nansha"],
      [["Artikel", "Menge", "Einheit", "Preis EUR"], ["QL-P6060 Arctic White polished 600x600", "7.680", "m²", "4,85"]]))],
  label=("stop", ["steinhaus"], ["R3", "R4"], "attached order confirmation (DOCX) of another account"))

M(frm=CATHY, to=[ANDRES], subject="Historial de precios", date=D(3, 4, 17, 0), mailer=OUTLOOK,
  text="Estimado Andrés,\n\nAdjunto un resumen de precios para que vea la evolución en América." + sig(CATHY),
  atts=[("price_history_americas.csv", CSV, make_csv([
      ["customer", "country", "sku", "price_usd", "qty_sqm"],
      ["Ceramicas Pacifico", "CL", "QL-M6060", "5.08", "8100"],
      ["Northbay Stone", "CA", "QL-K30", "3.15", "2160"]]))],
  label=("stop", ["northbay", "pacifico"], ["R3", "R4"], "attached CSV with other accounts' prices and quantities"))

M(frm=VIV, to=[C("steinhaus")], cc=[C("kachelwerk")], subject="Einladung Hausmesse Foshan", crlf=True, date=D(1, 26, 9, 0),
  mailer=OUTLOOK,
  text="Sehr geehrter Herr Brenner, sehr geehrte Frau Kraus,\n\nwir laden Sie herzlich zu unserer Hausmesse am "
       "20. April in Foshan ein." + sig(VIV),
  label=("stop", ["kachelwerk", "steinhaus"], ["R6"], "two competing accounts visible to each other"))

M(frm=ERIC, to=[C("duneline")], cc=[C("alnoor")], subject="Ramadan shipping schedule", date=D(2, 8, 10, 0),
  mailer=TBIRD,
  text="Dear Faisal, dear Khalid,\n\nPlease note our shipping schedule for the Ramadan period: last loading 14 February, "
       "next vessels from 2 March." + sig(ERIC),
  label=("stop", ["alnoor", "duneline"], ["R6"], "two competing accounts visible to each other"))

M(frm=TONY, to=[JONAS], subject="FW: damaged pallets", date=D(3, 9, 10, 30), mailer=OUTLOOK,
  text="Hi Jonas,\n\nJust so you see how we handle claims - this was solved within a week.\n\n"
       "-----Original Message-----\nFrom: Brad Kowalski <brad@lonestartile.com>\nSent: Monday, February 16, 2026 "
       "7:45 AM\nTo: Tony Liang <tony.liang@qltile.cn>\nSubject: damaged pallets\n\nTony,\nTwo pallets arrived with "
       "broken corners, photos attached. Please advise.\nBrad" + sig(TONY),
  label=("stop", ["lonestar"], ["R7"], "forwards another account's mail (Outlook style) to a prospect"))

M(frm=VIV, to=[C("glazura")], subject="Fwd: emballage", date=D(3, 2, 11, 0), mailer=APPLE,
  text="Hi Tomasz,\n\nSee below - we use the same packaging for all EU customers.\n\n"
       "---------- Forwarded message ---------\nFrom: Élodie Marchand <e.marchand@carrelages-rhone.fr>\n"
       "Date: Fri, Feb 27, 2026 at 4:12 PM\nSubject: emballage\nTo: Vivian Huang <vivian.huang@qinglan-tile.com>\n\n"
       "Bonjour Vivian,\nPouvez-vous ajouter des cornières sur les palettes ? Merci.\nÉlodie\n" + sig(VIV, "short"),
  label=("stop", ["carrelages"], ["R7"], "forwards another account's mail (Gmail style)"))

M(frm=ERIC, to=[C("luzon")], subject="Fwd: cold climate installation", date=D(3, 14, 9, 0), mailer=APPLE,
  text="Hi Grace,\n\nInteresting feedback from a customer below.\n\nBegin forwarded message:\n\n"
       "From: Owen Fraser <owen@northbaytile.ca>\nSubject: cold climate installation\n"
       "Date: March 12, 2026 at 6:30:12 PM EDT\nTo: Eric Deng <eric.deng@qltile.cn>\n\n"
       "Eric, the tiles survived the winter without any issue. Thanks.\nOwen\n\nEric",
  label=("stop", ["northbay"], ["R7"], "forwards another account's mail (Apple Mail style)"))

M(frm=CATHY, to=[CHEN], subject="转发: 填缝剂", cte="quoted-printable", date=D(3, 30, 15, 0), mailer=FOXMAIL,
  text="陈总:\n\n下面是台湾客户的反馈，供参考。\n\n------------------ 原始邮件 ------------------\n"
       "发件人: \"林志明\"<lin.cm@hsinchu-tile.com.tw>;\n发送时间: 2026年3月27日(星期五) 下午4:10\n"
       "收件人: \"Cathy Mo\"<cathy.mo@qinglan-tile.com>;\n主题: 填缝剂颜色\n\n"
       "Cathy 您好，填缝剂效果不错，请问能不能多加两个颜色？\n" + sig(CATHY, "zh"),
  label=("stop", ["hsinchu"], ["R7"], "forwards another account's mail (Foxmail/QQ style)"))

M(frm=TONY, to=[LIWEI], subject="转发: 岩板安装", date=D(3, 26, 21, 30), mailer=OUTLOOK, cte="base64",
  text="李总，迪拜客户对岩板安装的意见，您可以参考一下。\n\n-----原始邮件-----\n发件人: 王磊 <wanglei@duneline.ae>\n"
       "发送时间: 2026年3月20日 15:02\n收件人: Tony Liang <tony.liang@qltile.cn>\n主题: 岩板安装\n\n"
       "Tony，岩板安装要用专用的背胶，工人说比普通瓷砖难铺。\n王磊\n" + sig(TONY, "zh"),
  label=("stop", ["duneline"], ["R7"], "forwards another account's mail (Chinese Outlook style)"))

M(frm=CATHY, to=[C("savanna")], subject="FW: feedback from Chile", date=D(3, 18, 9, 0), mailer=OUTLOOK,
  text="Hi Peter,\n\nForwarding a customer's feedback on the kitchen tiles as you asked about slip resistance.\n"
       + sig(CATHY),
  atts=[("feedback.eml", "message/rfc822", (
      "From: Rodrigo Fuentes <rfuentes@ceramicasdelpacifico.cl>\nTo: Cathy Mo <cathy.mo@qinglan-tile.com>\n"
      "Subject: anti-slip kitchen tile\nDate: Mon, 09 Mar 2026 10:15:00 -0300\nMessage-ID: <cdp.20260309@"
      "ceramicasdelpacifico.cl>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\n"
      "Content-Transfer-Encoding: 8bit\n\nHola Cathy,\nLos clientes están muy contentos con el antideslizante, "
      "no hay reclamos.\nSaludos,\nRodrigo\n").encode())],
  label=("stop", ["pacifico"], ["R7"], "attaches another account's mail as message/rfc822"))

M(frm=VIV, to=[C("duneline")], subject="Slab thickness question", date=D(3, 15, 14, 0), mailer=OUTLOOK,
  text="Dear Faisal,\n\nThe same question came up recently, see below - 12 mm is what we recommend for countertops.\n\n"
       "On Thu, Mar 12, 2026 at 11:03 AM Khalid Al-Harbi <k.alharbi@alnoorceramics.com.sa> wrote:\n" + quote(
           "Dear Vivian,\nWhich thickness do you recommend for kitchen countertops, 9 or 12 mm?\nKhalid") + sig(VIV),
  label=("stop", ["alnoor"], ["R7", "R2"], "quotes the recipient's competitor's mail with its address"))

M(frm=CATHY, to=[SIPHO], subject="Wall tile price reference", date=D(3, 21, 10, 0), mailer=OUTLOOK,
  text="Hi Sipho,\n\nPennine Tile Centre pays USD 3.88 per sqm for the Ivory gloss wall tile, and they are happy "
       "with it - so 4.10 for your first order is fair." + sig(CATHY),
  label=("stop", ["pennine"], ["R3", "R4", "R8"], "reference account named with its price (figures stay confidential)"))

M(frm=VIV, to=[ANDRES], subject="Mosaico hexagonal", date=D(3, 23, 18, 20), mailer=OUTLOOK,
  text="Estimado Andrés,\n\nPennine Tiles buys our terrazzo hexagon mosaic regularly for bathroom projects in the UK; "
       "Gareth can tell you more." + sig(VIV),
  label=("stop", ["pennine"], ["R3", "R8"], "reference account named with a product it buys (R3 still applies)"))

M(frm=VIV, to=[C("azulmar")], bcc=[C("gulfcoast")], subject="Calacatta price 2026", date=D(2, 2, 9, 0),
  mailer=OUTLOOK,
  text="Hi Javier,\n\nConfirming that Azulmar's price for the Calacatta Luce 600x1200 stays at EUR 8.65 for 2026, "
       "same as last year." + sig(VIV),
  label=("stop", ["azulmar"], ["R3", "R4"], "own figures, but a Bcc recipient of another account reads them"))

M(frm=TONY, to=[C("duneline", 1)], subject="岩板价格", date=D(3, 13, 19, 0), mailer=FOXMAIL,
  text="王总:\n\n说实话 Al Noor 的岩板价格是25.4美元，您这边24.8已经很优惠了。" + sig(TONY, "zh"),
  label=("stop", ["alnoor"], ["R2", "R3", "R4"], "names the recipient's competitor with its price (mixed)"))

M(frm=ERIC, to=[C("northbay")], subject="Wall tile volumes", crlf=True, date=D(3, 28, 10, 0), mailer=TBIRD,
  text="Hi Owen,\n\nLuzon Tile Mart took 7,200 sqm of the wall tile last year, so there is plenty of capacity "
       "planned for this item." + sig(ERIC),
  label=("stop", ["luzon"], ["R3", "R4"], "names another account with its quantity"))

M(frm=CATHY, to=[C("hsinchu")], subject="拋光磚價格", date=D(3, 24, 16, 0), mailer=FOXMAIL, charset="big5",
  text="林經理:\n\n北極白拋光磚我們另一家客戶單價5.62美金，量比較大，貴司首單可以給到5.75。" + sig(CATHY, "tw"),
  label=("stop", ["gulfcoast"], ["R4"], "another account's price tied by '另一家客戶' (big5)"))

M(frm=TONY, to=[CHEN], subject="户外砖价格", crlf=True, date=D(3, 8, 20, 20), mailer=FOXMAIL, charset="gbk",
  text="陈总:\n\n户外砖我们的老客户拿货单价8.1欧，马来西亚这边我们报美金，折算下来差不多。" + sig(TONY, "zh"),
  label=("stop", ["kachelwerk"], ["R4"], "another account's price (8.1欧) tied by '我们的老客户'"))

M(frm=CATHY, to=[RACHEL], subject="Polished tile price", date=D(3, 31, 11, 20), mailer=OUTLOOK,
  text="Dear Rachel,\n\nOne of our East African buyers pays $5.30/sqm for the polished 600x600, but on a much larger "
       "annual program." + sig(CATHY),
  label=("stop", ["savanna"], ["R4"], "another account's price tied by a third-party phrase"))

M(frm=ERIC, to=[JONAS], subject="Q1 shipments overview", date=D(4, 1, 9, 0), mailer=OUTLOOK,
  text="Dear Jonas,\n\nAttached an overview of what we shipped in Q1, to show our capacity." + sig(ERIC),
  atts=[("Q1_shipments.xlsx", XLSX, make_xlsx([
      ["Customer", "Item", "Qty (sqm)", "Price", "Currency"],
      ["Steinhaus Fliesen", "QL-O2060", 5200, 7.95, "EUR"],
      ["Azulmar", "QL-C612", 3600, 8.65, "EUR"],
      ["Lone Star Tile", "QL-P6060", 9600, 5.45, "USD"]], "Q1"))],
  label=("stop", ["azulmar", "lonestar", "steinhaus"], ["R3", "R4"], "attached XLSX with several accounts' deals"))

M(frm=VIV, to=[C("kachelwerk")], subject="BAU Stand", date=D(1, 12, 10, 0), mailer=OUTLOOK,
  text="Hallo Frau Kraus,\n\nSHF already confirmed their stand next to ours at the fair, so you will find us easily."
       + sig(VIV),
  label=("stop", ["steinhaus"], ["R2"], "names the recipient's competitor by its acronym"))

M(frm=ERIC, to=[HANNAH], subject="Fwd: Re: samples received", date=D(2, 20, 15, 0), mailer=OUTLOOK,
  text="Dear Ms Meyer,\n\nOur samples usually arrive within a week, see for example:\n\n"
       "---------- Forwarded message ---------\nFrom: Matthias Brenner <m.brenner@steinhaus-fliesen.de>\n"
       "Date: Tue, Feb 10, 2026 at 9:41 AM\nSubject: Re: samples received\nTo: Eric Deng <eric.deng@qltile.cn>\n\n"
       "Thanks, received.\nM. Brenner\n" + sig(ERIC),
  label=("stop", ["steinhaus"], ["R7"], "forwards another account's mail; innocuous text, headers alone suffice"))

M(frm=TONY, to=[C("lonestar")], subject="Wood-look plank", date=D(2, 27, 22, 0), mailer=OUTLOOK, crlf=True,
  text="Hi Brad,\n\nIf you want to add the Nordic Oak plank: Gulf Coast Flooring gets it at $7.35, and I can match "
       "that for you." + sig(TONY),
  label=("stop", ["gulfcoast"], ["R2", "R3", "R4"], "names the competitor with the product it buys and its price"))

M(frm=TONY, to=[LIWEI], subject="户外砖 outdoor paver", date=D(3, 29, 19, 40), mailer=FOXMAIL, mode="alt",
  text="李总,\n\n20mm户外砖在欧洲很受欢迎, 我们一个欧洲客户 the outdoor paver 年量5,200平方, "
       "所以产能是稳定的, 您不用担心交期。\n\nTony",
  label=("stop", ["steinhaus"], ["R4"], "another account's quantity tied by a third-party phrase (mixed)"))

M(frm=CATHY, to=[LIWEI], subject="马赛克", date=D(3, 11, 17, 0), mailer=FOXMAIL, charset="gbk",
  text="李总:\n\n水磨石六角马赛克是我们的热门产品，法国的罗讷瓷砖一直在买这个款，卫生间项目用得很多。" + sig(CATHY, "zh"),
  label=("stop", ["carrelages"], ["R3"], "names another account with a product it buys (Chinese)"))

M(frm=TONY, to=[LIWEI], subject="楼梯砖报价", date=D(4, 2, 21, 30), mailer=FOXMAIL, charset="gbk",
  text="李总:\n\n一体楼梯砖我们另一个客户拿的是每件5.95美元，那是整柜的量，您首单少一点，每件6.6美元。" + sig(TONY, "zh"),
  label=("stop", ["luzon"], ["R4"], "another account's price ('每件5.95美元') tied by '另一个客户'"))
