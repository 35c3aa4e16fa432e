#!/usr/bin/env python3
# ruff: noqa: UP031, B905
"""Regenerate the blind3 corpus: messages/*.eml, labels.jsonl, meta.jsonl, README.md.

A blind held-out corpus for guard: outgoing mail of the export sales team of a
fictitious LED lighting exporter in Guzhen, Zhongshan (registry.toml). Every
message is written by hand below (texts, recipients, attachments); the seed only
fixes the order of the files, mail-client names and a few timestamps.

Labels follow the default policy of SPEC.md section 3. labels.jsonl has exactly
the keys of SPEC section 5; meta.jsonl adds the rules each label rests on, the
language and the format, for per-rule reporting.

Run:  /work/main/.venv/bin/python gen.py      (needs openpyxl, python-docx, fpdf2)
"""
import email
import json
import os
import random
import sys
import tomllib
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from gen_lib import (  # noqa: E402
    D,
    apple_fwd,
    build,
    cn_outlook_fwd,
    cn_quote,
    foxmail_fwd,
    gmail_fwd,
    gmail_quote,
    inner_eml,
    make_docx,
    make_pdf,
    make_xlsx,
    outlook_original,
    outlook_reply,
)

SEED = 3_2026_0518
REG = tomllib.load(open(os.path.join(HERE, "registry.toml"), "rb"))
ACC = {a["id"]: a for a in REG["accounts"]}
PROD = {p["sku"]: p for p in REG["products"]}


def C(aid, i=0):
    c = ACC[aid]["contacts"][i]
    return (c["name"], c["email"])


def deals(aid):
    return ACC[aid]["deals"]


# ------------------------------------------------------------------ people
CINDY = ("Cindy Liang", "cindy@lumenhall.cn")
ERIC = ("Eric Huang", "eric.huang@lumenhall-lighting.com")
VIVIAN = ("Vivian Mo", "vivian@lumenhall.cn")
SAM = ("Sam Lu", "sam.lu@lumenhall-lighting.com")
BOSS = ("何国强", "he.guoqiang@lumenhall.cn")
QC = ("QC Dept. 品质部", "qc@lumenhall.cn")
DOCS = ("单证部 Docs", "docs@lumenhall.cn")
FIN = ("Finance 财务部", "finance@lumenhall.cn")
SALES = ("Lumenhall Sales", "sales@lumenhall.cn")

P = {  # unknown external recipients: prospects, our own suppliers and forwarders (no domain is in the registry)
    "oliver": ("Oliver Grant", "oliver@grantelectrical.co.uk"),
    "fatima": ("Fatima Al Rashid", "fatima@desertglow-trading.ae"),
    "zhao": ("赵明辉", "zhao@dxm-trading.ae"),
    "mike": ("Mike Sullivan", "mike@sullivanlightingsupply.com"),
    "carlos": ("Carlos Mendoza", "cmendoza@iluminacionandes.cl"),
    "ahmet": ("Ahmet Yılmaz", "ahmet@yildizaydinlatma.com.tr"),
    "mehmet": ("Mehmet Demir", "mehmet@demirled.com.tr"),
    "peter": ("Peter Okafor", "peter@okaforelectric.com.ng"),
    "wu": ("吴志强", "wu@sinolagos-trading.com"),
    "chen": ("陈志明", "zm.chen@huaxinglighting.com.my"),
    "lin": ("林美玲", "meiling@lightlink.com.tw"),
    "jan": ("Jan de Vries", "jan@devrieslicht.nl"),
    "raj": ("Raj Patel", "raj@patelelectricals.co.ke"),
    "daniel": ("Daniel Costa", "daniel@costaeletrica.pt"),
    "andrea": ("Andrea Bianchi", "a.bianchi@luceviva.it"),
    "hendra": ("Hendra Wijaya", "hendra@terangjaya.co.id"),
    "kamal": ("Kamal Traders", "kamal.trading88@gmail.com"),
    "nathan": ("Nathan Brooks", "nathan@brookselectrical.com.au"),
    "klaus": ("Klaus Meier", "k.meier@meier-elektro.de"),
    "dragon": ("龙腾国际货运 Amy", "amy@dragonlink-logistics.com"),      # our own forwarder
    "driver": ("刘工", "liu@mh-power.cn"),                               # our driver supplier
    "coast": ("Coastline Cargo Ops", "ops@coastlinecargo.com.au"),      # NOT Sparky's registered partner
}
PARTNER = {  # people at registered partner domains
    "bluewater": ("Kelly Nguyen", "kelly@bluewater-logistics.com"),
    "felix": ("James Cole", "james@felixstowe-forwarding.co.uk"),
    "alnoorhold": ("Operations Team", "ops@alnoorholding.ae"),
    "apapa": ("Bayo Adeyemi", "bayo@apapaclearing.com.ng"),
}

SIG = {
    "cindy": "\n\nBest regards\nCindy Liang\nSales Manager | Zhongshan Lumenhall Lighting Co., Ltd.\n"
             "No.18 Donghui Rd, Guzhen Town, Zhongshan, Guangdong 528421, China\n"
             "M/WhatsApp: +86 138 2318 6652 | www.lumenhall-lighting.com\n",
    "eric": "\n\nThanks & BR\nEric Huang\nExport Dept. | Lumenhall Lighting\nTel: +86-760-2238 7791 ext. 806 | WeChat: eric_led88\n",
    "vivian": "\n\nRgds,\nVivian Mo\nLumenhall Lighting, Guzhen Zhongshan\nSkype: vivian.lumenhall | Mob +86 139 2806 4417\n",
    "sam": "\n\nCheers,\nSam Lu\nOverseas Sales Manager\nZhongshan Lumenhall Lighting Co., Ltd.\n+86 760 2238 7790\n",
}
SIGZH = {
    "cindy": "\n\n梁欣怡 Cindy\n中山市朗汇照明有限公司 外贸部\n地址:中山市古镇镇东晖路18号\n手机/微信:13823186652\n",
    "vivian": "\n\n莫慧玲 Vivian\n朗汇照明 外贸二部\n手机:13928064417\n",
    "eric": "\n\n黄志伟 Eric\n中山市朗汇照明有限公司\n电话:0760-22387791 转806\n",
    "sam": "\n\n卢家俊 Sam\n朗汇照明 海外销售\n",
}
SIGTW = "\n\n莫慧玲 Vivian\n中山市朗匯照明有限公司 外貿部\n手機:+86 139 2806 4417\n"

ADDR = {"voltmart": "Unit 7, Tyseley Trade Park, Birmingham B11 2AA, UK",
        "alnoor": "Warehouse 14, Al Qusais Industrial Area 2, Dubai, UAE",
        "keystone": "1450 Union Blvd, Allentown, PA 18109, USA",
        "cahaya": "Jl. Raya Kenjeran 118, Surabaya 60134, Indonesia",
        "sunveld": "22 Bridal Veil Rd, Midrand 1685, South Africa",
        "brightline": "Trafford Park Rd, Manchester M17 1HH, UK"}

MSGS = []


def M(tag, expect, accounts, rules, lang, why, **kw):
    MSGS.append(dict(tag=tag, expect=expect, accounts=accounts, rules=rules, lang=lang, why=why, **kw))


def money(x):
    return f"{x:,.2f}"


def pi_table(aid):
    rows = [["Item", "Description", "Qty", "Unit", "Unit price", "Amount"]]
    tot = 0
    for d in deals(aid):
        amt = d["price"] * d["quantity"]
        tot += amt
        rows.append([d["sku"], PROD[d["sku"]]["names"][2], "{:,}".format(d["quantity"]), d.get("unit", "pc"),
                     "%s %.2f" % (d["currency"], d["price"]), "%s %s" % (d["currency"], money(amt))])
    return rows, tot


def pi_pdf(aid, no, date, buyer=True):
    a = ACC[aid]
    rows, tot = pi_table(aid)
    head = ["Seller: Zhongshan Lumenhall Lighting Co., Ltd., No.18 Donghui Rd, Guzhen, Zhongshan, China",
            "PI No.: %s    Date: %s" % (no, date)]
    if buyer:
        head += ["Buyer: %s" % a["name"], "Address: %s" % ADDR.get(aid, a["country"])]
    head += ["Attn: %s (%s)" % C(aid), "Terms: FOB Zhongshan / Shenzhen, 30% T/T deposit, 70% against B/L copy",
             "Lead time: 30-35 days after deposit", ""]
    return make_pdf("PROFORMA INVOICE", head, rows + [["", "", "", "", "TOTAL", "%s %s" % (deals(aid)[0]["currency"], money(tot))]])


LIST = {"LH-PL6060-40": 8.20, "LH-DL12": 1.75, "LH-TB18": 1.45, "LH-HB150": 29.50, "LH-FL100": 13.60, "LH-SL80": 36.00,
        "LH-ST5050": 5.20, "LH-A60-9": 0.52, "LH-TR30": 8.40, "LH-SPT7": 0.79, "LH-LN40": 15.90, "LH-SOL60": 55.00,
        "LH-CL24": 5.30, "LH-TP36": 6.90}  # public catalogue, USD FOB; no value equals a deal price


def price_list_rows():
    return [["SKU", "Description", "Power", "FOB USD", "MOQ", "Packing"]] + [
        [s, PROD[s]["names"][2], PROD[s]["names"][2].split()[0] if "W" in PROD[s]["names"][2].split()[0] else "",
         LIST[s], 300 if LIST[s] > 5 else 1000, "see catalogue"] for s in LIST]


# =================================================================== PASS (hard negatives)
M("own-pi", "pass", [], [], "en", "the account's own PI (products, prices, quantities) sent to that account",
  frm=CINDY, to=[C("brightline")], cc=[C("brightline", 1)], subject="PI LH26-0412 - panels + T8 tubes (2x40HQ)",
  date=D(4, 12, 16, 5), fmt="alt", cte="quoted-printable",
  text="Hi Tom,\n\nGood day!\nAs discussed on the phone, pls find attached PI No. LH26-0412 for your next 2 containers:\n\n"
  "Item\tDescription\tQty\tUnit price FOB\n"
  "LH-PL6060-40\t600x600 backlit panel 40W 4000K\t4,800 pcs\tUSD 7.35\n"
  "LH-TB18\tT8 tube 1200mm 18W 6500K\t36,000 pcs\tUSD 1.18\n\n"
  "Total USD 77,760.00\nPayment: 30% T/T deposit, balance against copy of B/L.\n"
  "Lead time 25-30 days after deposit. Pls sign back and arrange the deposit when convenient so we can lock the "
  "driver price (our supplier increases 1st of May)." + SIG["cindy"],
  atts=[("PI_LH26-0412.pdf", "pdf", pi_pdf("brightline", "LH26-0412", "2026-04-12"))])

M("ship-adv-partner", "pass", [], [], "en", "the account's own shipment figures to the account and its registered forwarder (partner)",
  frm=ERIC, to=[C("keystone")], cc=[PARTNER["bluewater"], C("keystone", 1)], subject="Shipping advice - PO KLS-26-0311 / 2x40HQ",
  date=D(4, 14, 18, 40), fmt="alt", cte="quoted-printable",
  text="Hi David, hi Kelly,\n\nYour goods under PO KLS-26-0311 were loaded today:\n"
  "- LH-HB150 UFO high bay 150W 5000K: 2,400 pcs / 2,400 ctns\n"
  "- LH-LN40 linear pendant 40W 4ft: 5,500 pcs / 1,375 ctns (4pcs/ctn)\n\n"
  "Containers: MSKU 778123-4 (seal ML2209871), TGHU 660142-9 (seal ML2209872)\n"
  "Vessel: MAERSK SELETAR V.612E, ETD Nansha 16 Apr, ETA Long Beach approx. 5 May\n"
  "HS codes: 9405.11.4000 / 9405.19.0000\nG.W. 16,840 kgs, 112.6 CBM\n\n"
  "Kelly, telex release will be done as soon as we receive the balance USD 98,129.50, draft B/L follows tomorrow.\n"
  "Mark, the DLC and UL files are uploaded to the shared folder." + SIG["eric"])

M("internal-prices-zh", "pass", [], [], "zh", "internal-only mail discussing two customers' prices",
  frm=VIVIAN, to=[BOSS], subject="迪拜两家客户投光灯价格", date=D(5, 8, 21, 12), fmt="plain", charset="gbk", cte="base64",
  text="何总:\n\n迪拜Al Noor这次100W投光灯6000个,单价11.4;Gulf Lumen那边4200个是11.85。Gulf Lumen的Rashid上周在展会上问"
  "我们是不是给了Al Noor更低的价,我说每个客户的价格都不一样,没有透露。\n\n下个季度铝材还要涨,我建议两家都统一调到12.2左右,"
  "您看可以吗?\n\nVivian")

M("offer-prospect", "pass", [], [], "en", "our own offer price to a prospect; specs and numbers only",
  frm=SAM, to=[P["mike"]], subject="RE: UFO high bay quote request", date=D(3, 3, 22, 47), fmt="plain", cte="7bit",
  text="Hi Mike,\n\nThanks for your inquiry from our website. Pls see our offer for the UFO high bay:\n\n"
  "Model: LH-HB150, 150W, 22,500 lm (150 lm/W), 5000K, beam 90/120 deg optional\n"
  "Driver: Inventronics, 0-10V dimming, surge 6kV\nIP65, IK08, 5 yrs warranty, UL + DLC premium\n"
  "Price: USD 28.40/pc FOB Shenzhen, MOQ 300 pcs\nPacking: 1pc/ctn, 42x42x22 cm, 5.8 kg\nLead time: 20-25 days\n\n"
  "For 1,000 pcs and up we can do USD 27.80. Samples ready in 5 days.\n\nLet me know if u need the IES files." + SIG["sam"])

M("r9-uk", "pass", [], ["R9"], "en", "says we sell to the UK and Ireland; no identity, no figures",
  frm=CINDY, to=[P["oliver"]], subject="Re: Customers in UK?", date=D(2, 24, 17, 30), fmt="alt", cte="7bit",
  text="Hi Oliver,\n\nYes we have been selling to the UK and Ireland for about 8 yrs, mostly to electrical wholesalers and "
  "contractors. Sorry but we don't share our customers names or contacts, we would do exactly the same for you once "
  "you work with us :)\n\nWhat I can do is send you 2 pcs sample of the backlit panel and the T8 tube with UKCA marking, "
  "free of charge, you only pay the courier. Would that work?" + SIG["cindy"])

M("ref-named", "pass", [], ["R8"], "en", "reference account named with its contact; no product, no figure",
  frm=ERIC, to=[P["carlos"]], subject="Reference in South America", date=D(3, 19, 9, 14), fmt="plain", cte="quoted-printable",
  text="Hi Carlos,\n\nregarding your question about references in South America: our distributor in Peru, Ilumina Andina "
  "S.A.C. (www.iluminaandina.com.pe), agreed to be a reference for us. You can contact Ms. Rosa Quispe, "
  "rquispe@iluminaandina.com.pe, she speaks english and spanish. They work with us since 2019.\n\n"
  "Pls let me know after you talk to her, then we can discuss the project in Antofagasta." + SIG["eric"])

M("reply-own-complaint", "pass", [], [], "en", "reply to the account; the quoted complaint with its own figures came from the recipient",
  frm=VIVIAN, to=[C("sunveld")], subject="Re: SOL60 battery issue - container MSCU 4410987",
  date=D(6, 2, 10, 20), fmt="alt", cte="quoted-printable", irt="<CAPv7Wq1@sunveld.co.za>",
  text="Dear Pieter,\n\nSorry for late reply, our engineer checked the photos and the log files. The problem is the BMS board "
  "from batch 2026-02, not the LiFePO4 cells. We will send 60 pcs replacement battery packs (12.8V 30Ah) by air next "
  "week, AWB to follow, and for the whole 1,200 sets we extend the battery warranty to 3 years.\n\n"
  "About compensation, our boss agreed a USD 2,800 credit note on the next PI." + SIG["vivian"]
  + gmail_quote(C("sunveld"), D(5, 30, 15, 2), "Vivian,\n\nWe installed 400 of the 1,200 sets SOL60 from the last container "
  "and 37 already don't charge properly. We paid USD 46.80/set for these and the municipality in Polokwane is very unhappy.\n"
  "Please advise urgently.\n\nPieter van Wyk\nSunveld Electrical"))

M("bcc-notice", "pass", [], [], "en", "customers only in Bcc (not visible to each other); generic notice",
  frm=CINDY, to=[SALES], bcc=[C("brightline"), C("voltmart"), C("kaya"), C("nordlys")],
  subject="Price adjustment notice from 1 July 2026", date=D(6, 3, 9, 0), fmt="alt", cte="7bit",
  text="Dear valued customers,\n\nDue to the increase of aluminium (+11% since March) and LED chip costs, we have to adjust "
  "our prices by approx. 3-5% for orders confirmed after 1 July 2026. All PIs signed before 30 June keep the current prices.\n\n"
  "Thank you for your understanding and continuous support." + SIG["cindy"])

M("qc-own-docx", "pass", [], [], "en", "inspection report of the account's own order sent to that account",
  frm=ERIC, to=[C("voltmart", 1)], cc=[QC], subject="Inspection report PO VM-55821 - tri-proof 36W", date=D(5, 20, 15, 33),
  fmt="plain", cte="7bit",
  text="Hi Priya,\n\nAttached the pre-shipment inspection report for PO VM-55821 (LH-TP36, 2,600 pcs).\n"
  "AQL II, major 2.5 / minor 4.0: sample size 125 pcs, 0 major, 2 minor (label print slightly off-centre).\n"
  "Measured avg 3,960 lm, PF 0.95, CRI 82, IP65 spray test 30 min passed.\n\n"
  "Goods ready from 22 May, pls confirm so we can book the container." + SIG["eric"],
  atts=[("Inspection_VM-55821.docx", "docx", make_docx(
      ["PRE-SHIPMENT INSPECTION REPORT", "Customer: VoltMart Trade Supplies Ltd", "PO: VM-55821    Item: LH-TP36 36W tri-proof",
       "Order qty: 2,600 pcs    Inspected: 125 pcs (AQL II)", "Inspector: Jack Tan, QC Dept., 19 May 2026"],
      [["Test", "Requirement", "Result"], ["Luminous flux", ">= 3,800 lm", "3,960 lm avg"], ["Power factor", ">= 0.9", "0.95"],
       ["IP65 spray", "30 min, no ingress", "Pass"], ["Drop test", "76 cm, 10 drops", "Pass"], ["Label", "UKCA + WEEE", "2 minor"]]))])

M("payment-received", "pass", [], [], "en", "payment confirmation with the account's own figures, quoting the recipient",
  frm=SAM, to=[C("prairie")], subject="RE: TT copy - PI LH26-0588", date=D(4, 8, 23, 5), fmt="plain", cte="7bit",
  text="Hi Jennifer,\n\nReceived with thanks, our bank credited USD 42,672.00 today (balance of PI LH26-0588, 48,000 pcs "
  "T8 tubes @ USD 1.27). The 2x40HQ will sail on MSC ARIANE V.FA614E on 18 Apr, we send the original docs by DHL after ETD.\n"
  "Bank charges USD 45 on our side, no problem." + SIG["sam"]
  + outlook_reply(C("prairie"), SAM, D(4, 8, 9, 12), "TT copy - PI LH26-0588",
                  "Sam,\n\nPlease find attached the TT copy for the balance. Let me know once received.\n\nThanks,\nJennifer"))

M("sample-dhl", "pass", [], [], "en", "sample dispatch to a prospect: AWB, specs, courier cost",
  frm=ERIC, to=[P["ahmet"]], subject="Samples sent - DHL AWB 4417 8823 65", date=D(3, 26, 17, 50), fmt="plain", cte="quoted-printable",
  text="Hi Ahmet,\n\nYour samples left today by DHL, AWB 4417 8823 65:\n"
  "- 2 rolls 5050 strip 24V, 60 LEDs/m, 14.4W/m, IP65 silicone, 5m/roll, 3000K + 6500K\n"
  "- 1 pc 24V 150W driver (for testing only)\n\nCourier cost USD 68 freight collect, next time pls give me your DHL "
  "account no.\nShould arrive Istanbul on Tuesday or Wednesday." + SIG["eric"])

M("booking-forwarder-zh", "pass", [], [], "zh", "booking with our own forwarder: port, weights, HS code; no customer identity",
  frm=VIVIAN, to=[P["dragon"]], subject="订舱 1x40HQ 中山-Jebel Ali 5月18号左右", date=D(5, 6, 11, 25), fmt="plain",
  charset="gbk", cte="base64",
  text="Amy你好,\n\n麻烦帮订一个40HQ,资料如下:\n起运港:中山 或 南沙都可以\n目的港:Jebel Ali, UAE\n"
  "品名:LED投光灯 / LED路灯  HS: 9405.42.9000\n件数:1,180箱  毛重:14,360 KGS  体积:66.5 CBM\n"
  "预计5月15号装柜,船期要18号左右的。\n发货人用我们公司,收货人和通知人资料明天发你(客户还没最后确认)。\n\n"
  "MSC和CMA的价格也一起报一下,谢谢!" + SIGZH["vivian"])

M("market-generic", "pass", [], [], "en", "generic market statement and our own offer; no customer",
  frm=VIVIAN, to=[P["fatima"]], subject="Following up Light Middle East", date=D(1, 22, 14, 10), fmt="alt", cte="quoted-printable",
  text="Dear Fatima,\n\nThank you for the meeting at Light Middle East. As promised some market info:\n"
  "LED chip prices (2835/3030) went up around 4-6% since Q4, aluminium housings too. Most floodlight tenders in the GCC "
  "now ask for 130-140 lm/W and 5 years warranty, so we moved our 100W flood to 3030 chips.\n\n"
  "Our offer for the LH-FL100, 100W, 13,500 lm, IP66: USD 12.95/pc FOB Shenzhen, MOQ 500 pcs.\n"
  "200W version: USD 23.80/pc." + SIG["vivian"])

M("own-order-zh", "pass", [], [], "zh", "the account's own order confirmation in Chinese, sent to that account",
  frm=("梁欣怡 Cindy", "cindy@lumenhall.cn"), to=[C("cahaya")], subject="回复: A60球泡和筒灯订单确认", date=D(2, 27, 15, 45),
  fmt="alt", charset="gbk", cte="quoted-printable",
  text="林总您好,\n\n订单已确认,明细如下:\n1. A60 9W 球泡 E27 6500K,24万个,单价USD 0.41\n"
  "2. 12W 筒灯 开孔110mm,1.8万个,单价USD 1.32\n总金额 USD 122,160.00\n"
  "交期:收到订金后35天,分3个柜出。\n彩盒按您上次给的印尼语版本做,SNI标我们这边印。\n\n有问题随时微信联系我。" + SIGZH["cindy"]
  + cn_quote(C("cahaya"), D(2, 26, 21, 40), "梁小姐:\n\n我们确认下单:球泡24万个,筒灯1.8万个,价格按上次报的。请发PI过来。\n\n林伟明"))

M("thread-own-po", "pass", [], [], "en", "long thread with the account itself; all quoted figures are its own",
  frm=ERIC, to=[C("denviet")], subject="Re: Re: Re: PO DV-2604 T8 tube + ceiling light", date=D(4, 3, 16, 12), fmt="plain",
  cte="quoted-printable", irt="<DV2604-3@denviet.com.vn>",
  text="Hi Duc,\n\nNoted, production starts 20 Apr. The 72,000 tubes will come in 3 lots of 24,000, first lot ready 8 May.\n"
  "Ceiling lights 5,000 pcs together with lot 2." + SIG["eric"]
  + gmail_quote(C("denviet"), D(4, 2, 20, 31), "Eric,\n\nOK confirmed:\nT8 1.2m 18W 72,000 pcs USD 1.09\n"
  "Ceiling light 24W 5,000 pcs USD 4.20\nDelivery before end of May please. Carton marking must have Vietnamese text, "
  "file attached in my last mail.\n\nDuc" + gmail_quote(ERIC, D(4, 1, 11, 0), "Hi Duc,\n\nThanks for PO DV-2604. "
  "Before I issue the PI pls confirm the qty for the ceiling light, 5,000 or 6,000 pcs?\n\nEric")))

M("html-pricelist", "pass", [], [], "en", "our public list prices in an HTML table to a prospect",
  frm=SAM, to=[P["nathan"]], subject="Price list - downlights & strips (SAA)", date=D(2, 10, 8, 15), fmt="html", cte="quoted-printable",
  html="<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Arial\"><p>Hi Nathan,</p>"
  "<p>As requested, our 2026 prices for the Australian range (FOB Shenzhen, valid till 30 June):</p>"
  "<table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse\"><tr><th>Model</th><th>Description</th>"
  "<th>Cut-out</th><th>USD/unit</th><th>MOQ</th></tr>"
  "<tr><td>LH-DL12</td><td>12W recessed downlight, tri-colour, SAA</td><td>90 mm</td><td>1.75</td><td>1,000 pcs</td></tr>"
  "<tr><td>LH-ST5050</td><td>5050 strip 24V, 60 LED/m, IP20, 5 m</td><td>-</td><td>5.20 / roll</td><td>500 rolls</td></tr>"
  "<tr><td>LH-CL24</td><td>24W ceiling light, 300 mm</td><td>-</td><td>5.30</td><td>500 pcs</td></tr></table>"
  "<p>RCM and SAA certificates attached on request.</p><p>Cheers,<br>Sam Lu<br>Lumenhall Lighting</p></body></html>")

M("xlsx-pricelist", "pass", [], [], "en", "our public price list (XLSX) to a prospect",
  frm=SAM, to=[P["jan"]], subject="Lumenhall price list 2026", date=D(1, 14, 10, 30), fmt="alt", cte="7bit",
  text="Dear Jan,\n\nNice talking to you at the Guzhen Lighting Fair. Attached our price list 2026, all prices FOB "
  "Shenzhen in USD. For the Dutch market I recommend the TR30 track light and LN40 linear, both with Tuv CE/ENEC." + SIG["sam"],
  atts=[("Lumenhall_PriceList_2026.xlsx", "xlsx", make_xlsx(price_list_rows(), "2026"))])

M("own-de", "pass", [], [], "other", "order confirmation in German to the (reference) account itself",
  frm=ERIC, to=[C("lichtwerk")], subject="Auftragsbestätigung AB-26-117 / Ihre Bestellung 4500-2231",
  date=D(3, 11, 9, 5), fmt="plain", cte="quoted-printable",
  text="Sehr geehrter Herr Becker,\n\nvielen Dank für Ihre Bestellung Nr. 4500-2231. Hiermit bestätigen wir:\n"
  "- LH-TR30 Stromschienenstrahler 30W, 3-Phasen, schwarz: 7.200 Stück à EUR 6,85\n"
  "- LH-LN40 LED-Pendelleuchte linear 40W: 2.100 Stück à EUR 12,40\n"
  "Lieferbedingung FOB Shenzhen, Zahlung 30% Anzahlung, Rest gegen B/L-Kopie.\n"
  "Voraussichtliche Fertigstellung KW 17.\n\nMit freundlichen Grüßen\nEric Huang\nLumenhall Lighting")

M("own-es", "pass", [], [], "other", "order confirmation in Spanish to the account itself",
  frm=SAM, to=[C("mercadoluz")], subject="Confirmación pedido ML-0426", date=D(4, 22, 23, 40), fmt="alt", cte="quoted-printable",
  text="Hola Alejandro,\n\nConfirmamos su pedido ML-0426:\n- Plafón LED 24W (LH-CL24): 7,500 pzas a USD 4.85\n"
  "- Spot GU10 7W (LH-SPT7): 45,000 pzas a USD 0.68\n\nEl embarque sale de Shekou el 12 de junio hacia Manzanillo. "
  "Las cajas llevan el logo NOM como en la muestra aprobada.\n\nSaludos," + SIG["sam"])

M("internal-fwd", "pass", [], [], "mixed", "a customer's order forwarded internally; all recipients internal",
  frm=CINDY, to=[BOSS], cc=[ERIC], subject="FW: TP36 order - can we ship by 20 May?", date=D(5, 6, 18, 2), fmt="alt", cte="base64",
  text="何总, Eric,\n\n下面是VoltMart的邮件, 他们要5月20号出货, 生产说最早25号。能不能催一下? 不然他们要split the order.\n\nCindy"
  + outlook_reply(C("voltmart"), CINDY, D(5, 6, 16, 44), "TP36 order",
                  "Cindy,\n\nWe can confirm 2,600 pcs TP36 at USD 6.15 if you can ship by 20 May. Otherwise we need to "
                  "split the order.\n\nRegards\nLeo Hughes\nVoltMart Trade Supplies"))

M("internal-summary-zh", "pass", [], [], "zh", "internal sales summary naming many customers with figures; internal only",
  frm=BOSS, to=[SALES], cc=[CINDY, ERIC, VIVIAN, SAM], subject="上半年大客户汇总(内部,勿外传)", date=D(6, 28, 20, 30),
  fmt="plain", charset="gbk", cte="base64",
  text="各位:\n\n上半年主要客户情况如下,下周一开会讨论:\n\n"
  "客户\t产品\t数量\t单价\n"
  "Brightline(英国)\t平板灯\t4800\tUSD 7.35\n"
  "VoltMart(英国)\t筒灯\t25000\tUSD 1.46\n"
  "Keystone(美国)\t工矿灯\t2400\tUSD 26.90\n"
  "Prairie(美国)\t工矿灯\t3000\tUSD 25.75\n"
  "Lagos Power & Light\t太阳能路灯\t2500套\tUSD 51.00\n\n"
  "英国和美国都是两家竞争对手,报价一定要小心,不要搞混。\n\n何")

M("partner-docs", "pass", [], [], "en", "the account's own figures to its sister company (registered partner domain)",
  frm=VIVIAN, to=[PARTNER["alnoorhold"]], subject="Docs for Al Noor order LH26-0377 - draft B/L + CI", date=D(5, 19, 10, 48),
  fmt="plain", cte="7bit",
  text="Dear Operations Team,\n\nAs requested by Mr. Khalid, here the shipment details for the customs file:\n"
  "Consignee: Al Noor Lighting Trading LLC, Dubai\n"
  "- LH-FL100 100W floodlight: 6,000 pcs x USD 11.40 = USD 68,400.00\n"
  "- LH-SL80 80W street light: 1,500 pcs x USD 31.80 = USD 47,700.00\n"
  "Total CI value USD 116,100.00, 1x40HQ CMAU 5521873, B/L no. CNZSN2605180231\n"
  "COO (Form A) and the ECAS certificate will go by DHL with the originals." + SIG["vivian"])

M("reminder-partner-cc", "pass", [], [], "en", "payment reminder with the account's own figures; Cc its registered clearing agent",
  frm=SAM, to=[C("lagospl")], cc=[PARTNER["apapa"]], subject="Balance payment + Form M - PI LH26-0501", date=D(6, 9, 16, 15),
  fmt="alt", cte="quoted-printable", linesep="\r\n",
  text="Dear Chinedu,\n\nKind reminder: the goods of PI LH26-0501 (2,500 sets SOL60 + 120,000 pcs A60 bulbs) are ready. "
  "Balance due USD 127,050.00.\nForm M no. MF20260034512 received, thanks. SONCAP certificate will be issued after the "
  "inspection on 12 June.\n\nBayo, the container no. will be TCNU 4478120, ETA Apapa approx. 28 July." + SIG["sam"])

M("sample-zh", "pass", [], [], "zh", "sample dispatch (courier no., specs, fee) to a prospect",
  frm=("梁欣怡", "cindy@lumenhall.cn"), to=[P["chen"]], subject="样品已寄出 顺丰单号 SF1402 3387 5521", date=D(3, 30, 18, 0),
  fmt="plain", charset="utf-8", cte="base64",
  text="陈总您好,\n\n样品今天已经寄出,顺丰国际单号 SF1402 3387 5521,预计4-5个工作日到吉隆坡。\n"
  "- 600x600 40W 平板灯 4000K x 3片 (3600lm, UGR<19)\n- 12W 筒灯 3000K x 2个\n"
  "样品费USD 85已收到,下单的时候可以抵扣。\n\n有任何问题随时联系。" + SIGZH["cindy"])

M("internal-qc-mixed", "pass", [], [], "mixed", "internal instruction to QC about a customer's order",
  frm=ERIC, to=[QC], subject="Tecnoluce GU10 验货 next Wed", date=D(4, 23, 9, 40), fmt="plain", cte="base64",
  text="品质部:\n\n意大利Tecnoluce的GU10 7W,60,000个,下周三(29号)验货。\n注意:\n1. CE + ErP label 要按他们最新的file\n"
  "2. PF要>0.5, flicker <5%\n3. 彩盒条码 scan test 100%\n\nThanks\nEric")

M("r9-africa", "pass", [], ["R9"], "en", "export countries only; our own offer",
  frm=ERIC, to=[P["raj"]], subject="Solar street light for the Nakuru county tender", date=D(2, 17, 11, 0), fmt="plain", cte="7bit",
  text="Dear Raj,\n\nWe are not new to Africa: we have been shipping to Nigeria, Kenya, Ghana and South Africa since 2015.\n\n"
  "For your tender I suggest the all-in-one 60W (LH-SOL60): mono panel 18V 90W, LiFePO4 12.8V 30Ah, 8,400 lm, "
  "3 rainy days autonomy, for 6-8 m poles.\nOffer: USD 54.00/set FOB Shenzhen for 300 sets and up, pole bracket included.\n"
  "Tender documents (IEC 62124, LM-80, IP66 report) in the attached link." + SIG["eric"])

M("r9-tw-big5", "pass", [], ["R9"], "zh", "export regions only, in traditional Chinese (Big5)",
  frm=("莫慧玲 Vivian", "vivian@lumenhall.cn"), to=[P["lin"]], subject="回覆:請問貴司的出口市場", date=D(3, 5, 10, 10),
  fmt="plain", charset="big5", cte="base64", subj_cs="big5",
  text="林小姐您好:\n\n我們的產品主要外銷歐洲、中東、東南亞和南美,已經有十年以上的經驗。客戶資料依公司規定不能提供,敬請見諒。\n"
  "可以先寄樣品給您測試,運費到付即可。" + SIGTW)

M("own-mixed", "pass", [], [], "mixed", "carton marking and lots of the account's own order, Chinese-English",
  frm=VIVIAN, to=[C("denviet")], subject="Re: T8 tube carton marking 越南文", date=D(4, 12, 14, 2), fmt="alt", cte="base64",
  text="Hi Duc,\n\n外箱唛头已经按你发的file改好了, see attached photo.\n72,000支灯管分3个batch生产, first batch 24,000 pcs "
  "5月8号ready, 单价还是USD 1.09 as PI.\n吸顶灯的彩盒样品明天寄给你 by EMS.\n\nThanks" + SIG["vivian"])

M("ref-no-figures", "pass", [], ["R8"], "en", "reference account named with contact; no product, no figure",
  frm=CINDY, to=[P["jan"]], subject="Re: reference customer in Europe", date=D(2, 3, 10, 44), fmt="plain", cte="7bit",
  text="Hi Jan,\n\nIf you want to check our quality with somebody in Europe, Lichtwerk Handels GmbH in Hamburg is happy to "
  "be a reference. Mr. Jonas Becker, j.becker@lichtwerk-handel.de, +49 40 3861 2290. Pls mention my name.\n\n"
  "Hamburg is only 4 hrs by train from Amsterdam :)" + SIG["cindy"])

M("bcc-competitors", "pass", [], [], "en", "two competing customers only in Bcc; generic notice",
  frm=VIVIAN, to=[SALES], bcc=[C("alnoor"), C("gulflumen")], subject="Eid al-Adha holiday - office hours",
  date=D(5, 22, 9, 30), fmt="plain", cte="7bit",
  text="Dear Sir,\n\nEid Mubarak in advance! Our office works normally during Eid, but the bank cut-off for USD "
  "transfers is 3 pm China time. Orders confirmed before 29 May will ship in June.\n\nBest wishes" + SIG["vivian"])

M("own-crlf", "pass", [], [], "en", "the account's own order confirmation (CRLF line ends)",
  frm=SAM, to=[C("nordlys")], subject="Order confirmation - CL24 ceiling light", date=D(2, 18, 8, 50), fmt="plain", cte="7bit",
  linesep="\r\n",
  text="Hi Ingrid,\n\nConfirmed: LH-CL24 24W ceiling light, 3000K, 9,600 pcs @ USD 4.55 FOB Shenzhen.\n"
  "Packing 20 pcs/ctn, 480 ctns, approx. 52 CBM -> 1x40HQ.\nProduction 30 days after deposit, CE/ENEC labels as last time.\n"
  "\nTakk!" + SIG["sam"])

M("internal-docs-zh", "pass", [], [], "zh", "internal: B/L instructions naming a customer and its figures",
  frm=("梁欣怡", "cindy@lumenhall.cn"), to=[DOCS], subject="Keystone 提单资料 KLS-26-0311", date=D(4, 13, 11, 20), fmt="plain",
  charset="gbk", cte="quoted-printable",
  text="单证部:\n\nKeystone Lighting Supply Inc. 这票的提单资料:\n收货人:Keystone Lighting Supply Inc., 1450 Union Blvd, Allentown PA\n"
  "通知人:Bluewater Logistics\n工矿灯 2400个,线条灯 5500个,发票金额USD 140,185.00\n\n提单要电放,余款到了再放。\n\nCindy")

M("reply-recipient-names-competitor", "pass", [], [], "en",
  "the competitor's name appears only in the recipient's own quoted text; the new text names no one",
  frm=CINDY, to=[C("voltmart")], subject="Re: panel price for Q3", date=D(6, 5, 11, 8), fmt="alt", cte="quoted-printable",
  irt="<VM-q3-0604@voltmart.co.uk>",
  text="Hi Leo,\n\nI understand the market is tough at the moment. We can keep USD 7.62 for the 600x600 panel for Q3 if the "
  "PO is confirmed before 15 June, and we add 1% spare drivers free of charge.\n\nAbout the rumours: I can only say "
  "we treat every buyer fairly." + SIG["cindy"]
  + gmail_quote(C("voltmart"), D(6, 4, 17, 25), "Cindy,\n\nI hear from the trade that Brightline is getting the same panel "
  "cheaper than us. If that's true we need at least 3% off on the next 3,200 pcs, otherwise we'll look at other factories.\n\nLeo"))

M("spec-prospect", "pass", [], [], "zh", "product specification with many numbers to a prospect",
  frm=("莫慧玲", "vivian@lumenhall.cn"), to=[P["wu"]], subject="60W太阳能路灯参数和认证", date=D(3, 10, 12, 0), fmt="alt",
  charset="gbk", cte="base64",
  text="吴总您好,\n\n60W一体化太阳能路灯参数如下:\nLED:60W,160 lm/W(9600流明),5050灯珠\n太阳能板:单晶 18V 90W\n"
  "电池:磷酸铁锂 12.8V 30Ah,循环2000次\n续航:3个阴雨天,带人体感应 30%/100%\n安装高度6-8米,灯杆直径60mm\n"
  "IP66,IK08,质保3年\n\n价格USD 53.50/套 FOB深圳,SONCAP我们可以协助办理。20尺柜装120套,40HQ装280套。" + SIGZH["vivian"])

M("schedule-own", "pass", [], [], "en", "production schedule of the account's own order",
  frm=ERIC, to=[C("tecnoluce")], subject="Production schedule PI LH26-0455", date=D(4, 24, 10, 10), fmt="plain", cte="7bit",
  text="Hi Marco,\n\nUpdate on PI LH26-0455:\n- GU10 7W: 60,000 pcs, first 30,000 ready 8 May, rest 20 May\n"
  "- TR30 track light: 3,800 pcs ready 15 May\nInspection on 29 April for lot 1 (our QC + your inspector if you like).\n"
  "We can ship LCL for lot 1 or wait and do 1x40HQ on 22 May, your choice." + SIG["eric"])

M("own-it", "pass", [], [], "other", "proforma in Italian to the account itself",
  frm=ERIC, to=[C("tecnoluce", 1)], cc=[C("tecnoluce")], subject="Fattura proforma PI LH26-0455", date=D(3, 31, 15, 15),
  fmt="alt", cte="quoted-printable",
  text="Gentile Giulia,\n\ncome d'accordo con Marco, ecco la proforma PI LH26-0455:\n"
  "- faretto GU10 7W (LH-SPT7): 60.000 pz a EUR 0,62\n- proiettore binario 30W (LH-TR30): 3.800 pz a EUR 7,10\n"
  "Totale EUR 64.180,00, FOB Shenzhen, acconto 30%.\n\nCordiali saluti\nEric Huang")

M("bank-zh", "pass", [], [], "zh", "bank account notice to the account; account numbers only",
  frm=FIN, to=[C("cahaya")], cc=[("梁欣怡", "cindy@lumenhall.cn")], subject="重要:我司收款账户信息(请勿相信任何更改通知)",
  date=D(1, 8, 10, 0), fmt="alt", charset="gbk", cte="base64",
  text="林总您好:\n\n近期有不法分子冒充供应商发邮件要求更改收款账户。特此提醒,我司美金账户信息不变:\n"
  "Beneficiary: Zhongshan Lumenhall Lighting Co., Ltd.\nBank: HSBC Hong Kong\nA/C No.: 4418 2290 3317\nSWIFT: HSBCHKHHHKH\n\n"
  "如收到任何更改账户的邮件,请务必先电话 +86 760 2238 7790 确认。\n\n财务部")

M("offer-zh", "pass", [], [], "zh", "our own quotation in Chinese to a prospect",
  frm=("梁欣怡", "cindy@lumenhall.cn"), to=[P["chen"]], subject="平板灯/灯管报价 FOB中山", date=D(3, 12, 16, 30),
  fmt="plain", charset="gbk", cte="quoted-printable",
  text="陈总您好,\n\n报价如下(FOB中山,30天有效):\n"
  "1. 平板灯600x600 40W,4000K,3600lm:USD 7.95/片,MOQ 500片\n2. T8灯管1.2米 18W:USD 1.39/支,MOQ 3000支\n"
  "3. 12W筒灯:USD 1.69/个\n付款:30%订金,余款见提单复印件。包装:平板灯4片/箱。" + SIGZH["cindy"])

M("offer-table-mixed", "pass", [], ["R9"], "mixed", "our own offer as a pasted table; says we sell in Dubai (R9)",
  frm=VIVIAN, to=[P["zhao"]], subject="报价 Floodlight / street light / high bay", date=D(4, 2, 15, 5), fmt="alt", cte="base64",
  text="赵总好,\n\n按您要的型号报价如下 (FOB Zhongshan, valid 30 days):\n\n"
  "Model\tPower\tLumen\tUSD/pc\tMOQ\nLH-FL100\t100W\t13,500lm\t12.95\t500\nLH-SL80\t80W\t11,200lm\t34.50\t200\n"
  "LH-HB150\t150W\t22,500lm\t28.90\t200\n\n付款方式 30% TT, 余款见提单复印件。迪拜市场我们做了很多年, 质量您放心。" + SIG["vivian"])

M("partner-packing-xlsx", "pass", [], [], "en", "the account's packing list sent to its registered forwarder (partner)",
  frm=ERIC, to=[PARTNER["bluewater"]], subject="Packing list KLS-26-0311 for ISF filing", date=D(4, 10, 20, 5), fmt="plain", cte="7bit",
  text="Hi Kelly,\n\nAs requested for the ISF filing, attached the packing list for PO KLS-26-0311. Manufacturer and "
  "stuffing location: our factory in Guzhen, address in the file." + SIG["eric"],
  atts=[("PL_KLS-26-0311.xlsx", "xlsx", make_xlsx(
      [["Item", "Description", "Qty (pcs)", "Ctns", "N.W. (kg)", "G.W. (kg)", "CBM"],
       ["LH-HB150", "150W UFO high bay 5000K", 2400, 2400, 12480, 13920, 83.0],
       ["LH-LN40", "40W linear pendant 4ft", 5500, 1375, 2520, 2920, 29.6]], "Packing list",
      header_rows=[["PACKING LIST - PO KLS-26-0311"], ["Consignee: Keystone Lighting Supply Inc., Allentown PA"], []]))])

M("apple-reply-own", "pass", [], [], "en", "reply to the account quoting its own earlier mail",
  frm=SAM, to=[C("gulflumen", 1)], subject="Re: High bay 150W - revised drawing", date=D(2, 25, 13, 20), fmt="alt",
  cte="quoted-printable", ua="Apple Mail (2.3826.500.181)",
  text="Hi Anita,\n\nRevised drawing attached in the next mail, we changed the hook to a 3/8\" eye bolt and added the "
  "safety rope. No change in price, still USD 24.60 for the 1,800 pcs." + SIG["sam"]
  + "\n\n> On 24 Feb 2026, at 19:02, Anita Menon <anita@gulflumen.ae> wrote:\n>\n> Hi Sam,\n>\n> The consultant rejected the "
  "hook. Can you change to eye bolt and send a new drawing? The 1,800 pcs are for the Jebel Ali warehouse project.\n>\n"
  "> Regards,\n> Anita\n")

M("moq-coincidence", "pass", [], ["R9"], "en", "numbers equal to some deal quantities but tied to no one",
  frm=SAM, to=[P["nathan"]], subject="Re: MOQ for custom logo", date=D(2, 12, 9, 55), fmt="plain", cte="7bit",
  text="Hi Nathan,\n\nMOQ is 2000 pcs per colour temperature with your logo on the housing and gift box, or 500 pcs with "
  "our neutral packing. A 20GP holds about 1,200 pcs of the 24W ceiling light in colour boxes.\n"
  "We ship to Australia every week so SAA/RCM paperwork is routine for us." + SIG["sam"])

M("hendra-offer", "pass", [], ["R9"], "en", "own offer; the prospect's domain resembles a customer alias but is not one",
  frm=CINDY, to=[P["hendra"]], subject="A60 bulb offer for Surabaya", date=D(3, 16, 14, 25), fmt="plain", cte="quoted-printable",
  text="Dear Pak Hendra,\n\nThanks for visiting our booth. We know the Indonesian market well (SNI, LVD, Bahasa colour box).\n"
  "A60 9W E27, 810 lm, 6500K: USD 0.49/pc, MOQ 20,000 pcs, 100 pcs/ctn.\nA60 12W: USD 0.58/pc.\n"
  "Deposit 30%, lead time 30 days." + SIG["cindy"])

M("internal-html-zh", "pass", [], [], "mixed", "internal HTML pipeline table with customers and figures",
  frm=VIVIAN, to=[BOSS], cc=[SAM], subject="Q3 pipeline 跟进表", date=D(6, 30, 19, 45), fmt="html", cte="base64",
  html="<html><head><meta charset=\"utf-8\"></head><body><p>何总,</p><p>Q3 跟进情况如下:</p>"
  "<table border=\"1\" cellpadding=\"3\"><tr><th>客户</th><th>产品</th><th>数量</th><th>单价</th><th>状态</th></tr>"
  "<tr><td>Sunveld (南非)</td><td>SOL60</td><td>1200 sets</td><td>USD 46.80</td><td>等订金</td></tr>"
  "<tr><td>Al Noor (迪拜)</td><td>FL100</td><td>6000</td><td>USD 11.40</td><td>已出货</td></tr>"
  "<tr><td>Gulf Lumen (迪拜)</td><td>HB150</td><td>1800</td><td>USD 24.60</td><td>生产中</td></tr>"
  "<tr><td>Sparky (澳洲)</td><td>DL12</td><td>14000</td><td>USD 1.58</td><td>打样</td></tr></table>"
  "<p>Vivian</p></body></html>")

M("qc-csv-own", "pass", [], [], "en", "burn-in test results (CSV) of the account's own order",
  frm=ERIC, to=[C("kaya")], subject="Burn-in test results - 5050 strip 24V", date=D(5, 12, 17, 10), fmt="plain", cte="7bit",
  text="Hi Emre,\n\nAttached the 48h burn-in results for your 15,000 rolls. Failure rate 0.08%, all failed rolls replaced.\n"
  "Avg power 14.1 W/m, voltage drop at 5 m end: 0.6V." + SIG["eric"],
  atts=[("burnin_ST5050_Kaya.csv", "csv", "batch,rolls_tested,hours,failures,avg_w_per_m\n"
         "B2605-01,500,48,0,14.1\nB2605-02,500,48,1,14.2\nB2605-03,500,48,0,14.0\n")])

M("partner-cc-own", "pass", [], [], "en", "booking of the account's own order; Cc its registered forwarder",
  frm=CINDY, to=[C("brightline", 1)], cc=[PARTNER["felix"]], subject="Booking PI LH26-0412 - cargo ready 14 May",
  date=D(5, 7, 10, 5), fmt="plain", cte="quoted-printable",
  text="Hi Sarah, hi James,\n\nCargo of PI LH26-0412 ready on 14 May:\n2x40HQ, 4,800 panels (1,200 ctns) + 36,000 T8 tubes "
  "(1,440 ctns), G.W. 19,300 kg, 131 CBM.\nJames, pls send the booking with your agent in Shenzhen (Yantian), "
  "ETD 18-20 May pls." + SIG["cindy"])

M("sample-pi-own", "pass", [], [], "en", "the prospect's own sample invoice",
  frm=SAM, to=[P["jan"]], subject="Sample invoice SPL-2604-08", date=D(4, 6, 10, 0), fmt="plain", cte="7bit",
  text="Dear Jan,\n\nSample invoice SPL-2604-08:\n2 pcs LH-TR30 track light black 3000K  USD 12.00 each\n"
  "2 pcs LH-LN40 linear 40W  USD 22.00 each\nDHL to Utrecht  USD 75.00\nTotal USD 143.00 by PayPal or T/T." + SIG["sam"])

M("own-pt", "pass", [], [], "other", "order confirmation in Portuguese to the account itself",
  frm=ERIC, to=[C("lumidor")], subject="Confirmação do pedido LM-2026-019", date=D(3, 23, 21, 5), fmt="alt", cte="quoted-printable",
  text="Prezada Fernanda,\n\nSegue a confirmação do pedido LM-2026-019:\n"
  "- Luminária tri-proof 36W (LH-TP36): 4.000 pçs a USD 5,90\n- Luminária pública LED 80W (LH-SL80): 1.100 pçs a USD 30,50\n"
  "Certificação INMETRO: o relatório sai até 10 de abril.\n\nAtenciosamente,\nEric Huang")

M("own-reference-figures", "pass", [], [], "en", "the reference account's own figures sent to it",
  frm=ERIC, to=[C("ilumina")], subject="PI LH26-0520 solar + street lights", date=D(5, 14, 8, 30), fmt="plain", cte="7bit",
  text="Dear Rosa,\n\nPI LH26-0520 as agreed:\n900 sets LH-SOL60 @ USD 48.50 = USD 43,650.00\n"
  "700 pcs LH-SL80 @ USD 33.20 = USD 23,240.00\nTotal USD 66,890.00, CIF Callao +USD 2,950.\n\n"
  "Gracias y saludos a todo el equipo." + SIG["eric"])

M("supplier-zh", "pass", [], [], "zh", "order to our own driver supplier; no customer",
  frm=("梁欣怡", "cindy@lumenhall.cn"), to=[P["driver"]], subject="40W平板灯驱动 下单", date=D(4, 14, 9, 12), fmt="plain",
  charset="gbk", cte="8bit",
  text="刘工:\n\n40W平板灯驱动下单5000个,单价按上次谈的RMB 6.8含税,要求:\n隔离, PF>0.9, THD<15%, 输出 900mA, 带CE/UKCA\n"
  "5月10号前交到古镇,送货单写我们的PO号 PO-LH-260414。\n\n谢谢!\nCindy")

M("bcc-prospects", "pass", [], [], "en", "trade show invitation; prospects only in Bcc",
  frm=SAM, to=[SAM], bcc=[P["mike"], P["nathan"], P["oliver"]], subject="Visit us at LightFair 2026 - Booth 1431",
  date=D(4, 20, 8, 0), fmt="html", cte="quoted-printable",
  html="<html><body><p>Dear friends,</p><p>We are exhibiting at <b>LightFair 2026</b>, booth <b>1431</b>. New this year: "
  "DLC 5.1 premium high bays, 200 lm/W linear and our solar range.</p><p>Book a meeting: reply to this mail or WhatsApp "
  "+86 760 2238 7790.</p><p>Sam Lu<br>Lumenhall Lighting</p></body></html>")

M("html-own-status", "pass", [], [], "en", "order status table of the account's own orders (HTML only)",
  frm=VIVIAN, to=[C("sparky")], subject="Order status - week 19", date=D(5, 8, 16, 0), fmt="html", cte="base64",
  html="<html><body><p>Hi Josh,</p><p>Status of your orders:</p><table border=\"1\" cellpadding=\"3\">"
  "<tr><th>PI</th><th>Item</th><th>Qty</th><th>Price</th><th>Status</th></tr>"
  "<tr><td>LH26-0602</td><td>LH-DL12 12W downlight</td><td>14,000 pcs</td><td>USD 1.58</td><td>70% done</td></tr>"
  "<tr><td>LH26-0602</td><td>LH-ST5050 strip 24V</td><td>8,000 rolls</td><td>USD 4.60</td><td>packing</td></tr></table>"
  "<p>ETD Shekou 25 May.</p><p>Rgds,<br>Vivian</p></body></html>")

M("internal-chat-mixed", "pass", [], [], "mixed", "internal chat about two competing customers' prices",
  frm=SAM, to=[CINDY, ERIC], subject="HB150 quotes - 注意别搞混", date=D(3, 4, 22, 15), fmt="plain", cte="8bit",
  text="Cindy, Eric,\n\nKeystone和Prairie都在问HB150的新价格。Keystone现在是26.9, Prairie是25.75 (量大), 下次报价注意别搞混,"
  " also don't cc them together!!\n\nSam")

M("reply-prospect-asks", "pass", [], [], "en", "the account's name is only in the prospect's own quoted question; the answer names no one",
  frm=SAM, to=[P["mike"]], subject="Re: before we go further", date=D(3, 6, 21, 30), fmt="alt", cte="7bit",
  irt="<b7c2@sullivanlightingsupply.com>",
  text="Hi Mike,\n\nI'm afraid I can't tell you who we work with in Pennsylvania, we keep that confidential for every "
  "customer and we will do the same for you. What I can say is that the high bay you picked is our most popular model "
  "and we can give you territory protection for Ohio." + SIG["sam"]
  + gmail_quote(P["mike"], D(3, 5, 19, 4), "Sam,\n\nBefore we go further: do you sell to Keystone Lighting in Allentown? "
  "If they already carry your high bays it makes no sense for us.\n\nMike"))

M("ref-intro-cc", "pass", [], ["R8", "R6"], "en",
  "a prospect and a reference account visible to each other: R6 does not apply to reference accounts",
  frm=CINDY, to=[P["jan"]], cc=[C("lichtwerk")], subject="Introduction - showroom visit in Hamburg", date=D(2, 9, 15, 0),
  fmt="plain", cte="7bit",
  text="Dear Jonas, dear Jan,\n\nAs discussed, let me introduce you. Jan is a lighting distributor in Utrecht and would "
  "like to see a real installation; Jonas kindly agreed to show their showroom in Hamburg.\n\n"
  "I leave it to you to find a date. Thank you both!" + SIG["cindy"])

M("foxmail-reply-own", "pass", [], [], "zh", "reply to the account quoting its own Foxmail mail",
  frm=("梁欣怡", "cindy@lumenhall.cn"), to=[C("cahaya")], subject="回复: 筒灯开孔尺寸", date=D(3, 2, 10, 40), fmt="alt",
  charset="gbk", cte="base64", ua="Foxmail 7.2.25.375",
  text="林总,\n\n开孔110mm没问题,1.8万个筒灯全部按110mm做,弹簧卡扣加强。单价不变1.32。" + SIGZH["cindy"]
  + foxmail_fwd(C("cahaya"), ("梁欣怡", "cindy@lumenhall.cn"), D(3, 1, 20, 15), "筒灯开孔尺寸",
                "Cindy,\n\n印尼这边天花板开孔大部分是110mm,筒灯能不能改?数量还是1.8万。\n\n林伟明"))

M("generic-warranty", "pass", [], [], "en", "generic statement about buyers' wishes; no product, identity or figure",
  frm=ERIC, to=[P["klaus"]], subject="Warranty terms", date=D(2, 20, 11, 30), fmt="plain", cte="7bit",
  text="Dear Mr. Meier,\n\nSince this year we give 5 years warranty on all models, many buyers asked for it and our "
  "failure rate (0.3% in 2025) allows it. Replacement parts are shipped with the next order, or by DHL for urgent cases.\n\n"
  "Spare parts 1% free of charge for every container." + SIG["eric"])

# =================================================================== FLAG
M("r1-tecnoluce", "flag", ["tecnoluce"], ["R1"], "mixed", "names another account (factory visit), no product or figure",
  frm=ERIC, to=[P["chen"]], subject="Factory visit 五月", date=D(4, 16, 21, 50), fmt="plain", cte="base64",
  text="陈总,\n\n五月份随时欢迎来工厂。上周意大利的Tecnoluce来我们这里待了两天, they were impressed with the new SMT line "
  "and our integrating sphere lab.\n\n您从吉隆坡飞广州白云机场, 我们派车接, 到古镇大概1.5小时。" + SIG["eric"])

M("r1-website", "flag", ["sparky"], ["R1"], "en", "gives another account's web site; no product tied, no figure",
  frm=SAM, to=[P["oliver"]], subject="Re: see your lights in a shop?", date=D(3, 2, 16, 0), fmt="plain", cte="7bit",
  text="Hi Oliver,\n\nWe don't have a shop in the UK you could visit, but you can see our lights online at "
  "www.sparkysupplies.com.au (they are in Australia, so no conflict for you).\nCatalogue PDF is 28MB, sending via WeTransfer."
  + SIG["sam"])

M("r1-zh", "flag", ["cahaya"], ["R1"], "zh", "names another account (visit plan), no product or figure",
  frm=("梁欣怡", "cindy@lumenhall.cn"), to=[P["chen"]], subject="下个月来工厂?", date=D(2, 19, 10, 10), fmt="plain",
  charset="gbk", cte="base64",
  text="陈总您好,\n\n下个月印尼Cahaya Terang的林总也会来工厂参观,如果您时间可以的话,可以安排在同一周,我们一起去古镇灯博会,"
  "酒店我们来订。" + SIGZH["cindy"])

M("r1-contact", "flag", ["nordlys"], ["R1"], "en", "gives another account's contact name and address; no product, no figure",
  frm=VIVIAN, to=[P["jan"]], subject="After-sales reference", date=D(2, 26, 11, 5), fmt="alt", cte="quoted-printable",
  text="Hi Jan,\n\nFor after-sales feedback you could talk to Ingrid Solberg (ingrid@nordlys-belysning.no) in Oslo, she has "
  "worked with us for 4 years. She is very direct, so you will get an honest opinion ;)" + SIG["vivian"])

M("r1-to-account", "flag", ["mercadoluz"], ["R1"], "en", "names a non-competing account to another account; no product, no figure",
  frm=SAM, to=[C("kaya")], subject="Light+Building meeting", date=D(2, 27, 9, 15), fmt="plain", cte="7bit",
  text="Hi Emre,\n\nOur booth at Light+Building is confirmed, Hall 8.0 stand F41. By the way, Mercado Luz from Mexico will "
  "also come on Tuesday, so Monday or Wednesday is better for our meeting, less busy.\n\nSee you in Frankfurt!" + SIG["sam"])

M("r1-product-not-theirs", "flag", ["denviet"], ["R1"], "mixed",
  "names another account with a product it has no deal for; no figure of theirs",
  frm=ERIC, to=[P["hendra"]], subject="TR30 track light 样品", date=D(5, 4, 15, 30), fmt="plain", cte="base64",
  text="Hi Hendra,\n\n轨道灯TR30最近很多人在问, even Den Viet in Saigon is testing our samples now.\n"
  "For you: USD 8.20/pc, MOQ 300 pcs, 3-phase adapter, CRI>90, 24/36 deg.\n样品两天可以寄出。" + SIG["eric"])

M("r1-es", "flag", ["lumidor"], ["R1"], "other", "names another account (Spanish), no product or figure",
  frm=SAM, to=[P["carlos"]], subject="Catálogo 2026", date=D(4, 28, 22, 0), fmt="plain", cte="quoted-printable",
  text="Hola Carlos,\n\nGracias por visitar nuestro stand en la Feria de Cantón. Ese mismo día nos visitó también Lumidor "
  "de Brasil, muy buenos amigos nuestros.\n\nLe envío el catálogo 2026 por WeTransfer, son 28 MB.\n\nSaludos,\nSam Lu")

M("r1-to-noncompetitor", "flag", ["lagospl"], ["R1"], "en", "names a non-competing account in a travel plan",
  frm=VIVIAN, to=[C("sunveld")], subject="My trip in June", date=D(5, 15, 12, 20), fmt="plain", cte="7bit",
  text="Hi Pieter,\n\nMy trip plan: Johannesburg 9-11 June, then I fly to Nigeria to meet Lagos Power & Light on 12 June.\n"
  "Can we meet on 10 June at your Midrand warehouse? I would like to see the installation in Polokwane too if possible."
  + SIG["vivian"])

M("r1-contact-name", "flag", ["prairie"], ["R1"], "en", "names another account and its contact; no product, no figure",
  frm=SAM, to=[P["mike"]], subject="Re: meeting at LightFair", date=D(5, 1, 7, 40), fmt="plain", cte="7bit",
  text="Mike,\n\nTuesday morning doesn't work, Jennifer Walsh from Prairie Electric is coming to the booth at 10. "
  "Tuesday 3pm or Wednesday 9am?" + SIG["sam"])

M("r5-zh-dubai", "flag", [], ["R5"], "zh", "third-party phrase with a product; no identity, no figure",
  frm=("莫慧玲", "vivian@lumenhall.cn"), to=[P["zhao"]], subject="投光灯交期", date=D(4, 9, 10, 5), fmt="plain",
  charset="gbk", cte="base64",
  text="赵总您好,\n\n100W投光灯最近卖得很好,迪拜有个客户刚刚返单,我们这边产能有点紧,建议您早点下单,不然要排到6月中了。"
  + SIGZH["vivian"])

M("r5-zh-uk", "flag", [], ["R5"], "zh", "third-party phrase (a UK customer) with a product; no identity, no figure",
  frm=("梁欣怡", "cindy@lumenhall.cn"), to=[P["chen"]], subject="平板灯质量", date=D(3, 13, 9, 20), fmt="alt",
  charset="utf-8", cte="base64",
  text="陈总,\n\n这款600x600的平板灯,我们有个英国客户用了好几年了,反馈一直很好,灯珠用的是三安2835,驱动是隔离的。"
  + SIGZH["cindy"])

M("r5-texas", "flag", [], ["R5"], "mixed", "third-party phrase (a customer of ours in Texas) with a product; no figure",
  frm=SAM, to=[P["chen"]], subject="Re: 回本周期 payback time", date=D(3, 9, 20, 20), fmt="plain", cte="8bit",
  text="陈总,\n\nGood question. A customer of ours in Texas 去年把所有仓库都换成了HB150, 电费省了一半以上, "
  "payback不到两年. 我可以把我们的ROI calculator发给您。" + SIG["sam"])

M("r5-mixed-italy", "flag", [], ["R5"], "mixed", "third-party phrase (our Italian client) with a product; no figure",
  frm=ERIC, to=[P["chen"]], subject="GU10 lead time", date=D(4, 21, 17, 0), fmt="plain", cte="base64",
  text="陈总, GU10 7W最近stock比较紧, our Italian client just placed another order for the GU10 spots, "
  "所以交期现在要35天左右。其他型号正常 lead time 20 days." + SIG["eric"])

M("r5-zh-sa", "flag", [], ["R5"], "zh", "third-party phrase (老客户 in South Africa) with a product; no figure",
  frm=("莫慧玲", "vivian@lumenhall.cn"), to=[P["wu"]], subject="太阳能路灯 尽快确认", date=D(5, 18, 11, 30), fmt="plain",
  charset="gbk", cte="quoted-printable",
  text="吴总:\n\n南非的老客户刚返单了60W太阳能路灯,工厂已经排到6月底了,您的订单要尽快确认,不然电池要重新排期。" + SIGZH["vivian"])

M("r5-au", "flag", [], ["R5"], "en", "third-party phrase (another distributor in Australia) with a product",
  frm=SAM, to=[P["nathan"]], subject="Re: strip certification", date=D(2, 14, 10, 45), fmt="alt", cte="quoted-printable",
  text="Hi Nathan,\n\nAnother distributor in Australia has been selling our 5050 strips for 2 yrs, that's why we keep the "
  "RCM and EESS registration up to date. Docs attached in the link below." + SIG["sam"])

M("r5-de", "flag", [], ["R5"], "other", "third-party phrase (a customer in Norway) with a product, German",
  frm=ERIC, to=[P["klaus"]], subject="Deckenleuchte 24W", date=D(3, 17, 9, 0), fmt="plain", cte="quoted-printable",
  text="Sehr geehrter Herr Meier,\n\nein Kunde in Norwegen hat gerade die 24W Deckenleuchte nachbestellt, die Qualität "
  "ist also bewährt. Muster schicken wir Ihnen gern kostenlos.\n\nMit freundlichen Grüßen\nEric Huang")

M("r6-two", "flag", ["nordlys", "tecnoluce"], ["R6"], "en", "two non-competing accounts visible to each other (To/Cc)",
  frm=CINDY, to=[C("nordlys")], cc=[C("tecnoluce")], subject="Invitation - Light+Building 2026, Hall 8.0 F41",
  date=D(2, 16, 9, 0), fmt="alt", cte="7bit",
  text="Dear Ingrid, dear Marco,\n\nWe'd be happy to welcome you at Light+Building in Frankfurt, Hall 8.0 stand F41, "
  "8-13 March. We will show the new 200 lm/W linear and the Casambi-ready track lights.\n\nPls let me know your day." + SIG["cindy"])

M("r6-prospect-cc", "flag", ["keystone"], ["R6"], "en", "an account and an unknown external address visible to each other",
  frm=SAM, to=[C("keystone")], cc=[P["mike"]], subject="Dinner at LightFair - Tuesday", date=D(5, 2, 8, 30), fmt="plain", cte="7bit",
  text="Hi David, hi Mike,\n\nWe'd like to invite you both to dinner on Tuesday 7pm at the steakhouse next to the "
  "convention center. Pls confirm so I can book the table." + SIG["sam"])

M("r6-zh", "flag", ["cahaya", "denviet"], ["R6"], "zh", "two non-competing accounts visible to each other (To)",
  frm=("莫慧玲", "vivian@lumenhall.cn"), to=[C("cahaya"), C("denviet")], subject="春节放假通知", date=D(1, 20, 10, 0),
  fmt="alt", charset="gbk", cte="base64",
  text="林总、Duc您好:\n\n我司春节放假时间为2月10日至2月24日,2月25日正式上班。节前最后出货日为2月5日,请提前安排订单。\n\n"
  "祝新春快乐,生意兴隆!" + SIGZH["vivian"])

M("r6-africa", "flag", ["sunveld", "lagospl"], ["R6"], "en", "two non-competing accounts visible to each other (To)",
  frm=VIVIAN, to=[C("sunveld"), C("lagospl")], subject="Africa trip June 2026", date=D(5, 10, 14, 0), fmt="plain", cte="7bit",
  text="Dear Pieter, dear Chinedu,\n\nI will be in Africa from 8 to 14 June with our engineer. We can do installation "
  "training for your teams and bring new samples of the 2026 range. Please let me know which days suit you." + SIG["vivian"])

M("r6-latam", "flag", ["lumidor", "mercadoluz"], ["R6"], "en", "two non-competing accounts visible to each other (To/Cc)",
  frm=SAM, to=[C("lumidor")], cc=[C("mercadoluz")], subject="Webinar: new solar street light (ES/PT session)",
  date=D(4, 15, 21, 0), fmt="html", cte="quoted-printable",
  html="<html><body><p>Dear Fernanda, dear Alejandro,</p><p>You are invited to our webinar on <b>28 April, 15:00 "
  "(S&atilde;o Paulo) / 12:00 (CDMX)</b> about the new all-in-one solar street light. Spanish and Portuguese subtitles.</p>"
  "<p>Link will follow.</p><p>Sam Lu<br>Lumenhall Lighting</p></body></html>")

M("r6-strip", "flag", ["sparky", "kaya"], ["R6"], "en", "two non-competing accounts visible to each other (To/Cc)",
  frm=ERIC, to=[C("sparky")], cc=[C("kaya")], subject="New 24V COB strip - free samples", date=D(5, 25, 16, 40), fmt="plain",
  cte="7bit", linesep="\r\n",
  text="Dear Josh, dear Emre,\n\nOur new 24V COB strip (480 chips/m, no dots, CRI 90) is ready. Free samples for both of "
  "you, just confirm your address and I send by DHL this week." + SIG["eric"])

M("r6-uk-nordic", "flag", ["brightline", "nordlys"], ["R6"], "en", "two non-competing accounts visible to each other (To/Cc)",
  frm=CINDY, to=[C("brightline")], cc=[C("nordlys")], subject="Plastic-free packaging from Q3", date=D(6, 10, 9, 30),
  fmt="alt", cte="quoted-printable",
  text="Dear Tom, dear Ingrid,\n\nFrom Q3 all our colour boxes will be plastic-free (paper pulp inserts, no PE bags). "
  "Carton sizes stay the same, so no change for your warehouse. Photos attached in the next mail." + SIG["cindy"])

M("r6-mixed", "flag", ["cahaya"], ["R6"], "mixed", "an account and an unknown external address visible to each other",
  frm=("梁欣怡", "cindy@lumenhall.cn"), to=[C("cahaya")], cc=[P["chen"]], subject="古镇灯博会 dinner Tuesday?",
  date=D(3, 14, 20, 30), fmt="plain", cte="base64",
  text="林总、陈总,\n\n下周古镇灯博会两位都在, Tuesday dinner 7pm at 华艺广场对面的海鲜酒家, OK吗?\n我们派车去酒店接。\n\nCindy")

# =================================================================== STOP
M("r2-brightline", "stop", ["brightline"], ["R2"], "en", "names the recipient's competitor",
  frm=CINDY, to=[C("voltmart")], subject="Flicker question - new samples Friday", date=D(3, 18, 15, 50), fmt="plain", cte="7bit",
  text="Hi Leo,\n\nThe new samples go out on Friday by UPS.\nFunny, Brightline asked exactly the same question about "
  "flicker last week, so it seems the UK market is getting stricter. Our figures: flicker <3% at full load, SVM <0.4, "
  "PstLM <1." + SIG["cindy"])

M("r2-alnoor", "stop", ["alnoor"], ["R2"], "en", "names the recipient's competitor and its contact",
  frm=VIVIAN, to=[C("gulflumen")], subject="Nice to see you at the show", date=D(1, 21, 19, 15), fmt="plain", cte="quoted-printable",
  text="Dear Rashid,\n\nNice to see you at Light Middle East. Khalid from Al Noor Lighting also passed by our stand on "
  "the last day and sent his regards.\n\nI will send the new catalogue next week." + SIG["vivian"])

M("r2-zh", "stop", ["prairie"], ["R2"], "zh", "names the recipient's competitor (Chinese)",
  frm=("卢家俊 Sam", "sam.lu@lumenhall-lighting.com"), to=[C("keystone")], subject="0-10V调光问题", date=D(3, 20, 21, 10),
  fmt="plain", charset="gbk", cte="base64",
  text="陈总,\n\nPrairie Electric的采购上周也问了0-10V调光的问题,看来美国那边DLC 5.1的要求都提高了。\n"
  "我们新的驱动方案下周可以寄样给您测试。" + SIGZH["sam"])

M("r2-html-contact", "stop", ["keystone"], ["R2"], "en", "reveals the competitor's contact address (HTML only)",
  frm=SAM, to=[C("prairie")], subject="Re: motion sensor issue", date=D(4, 2, 22, 50), fmt="html", cte="base64",
  html="<html><body><p>Hi Jennifer,</p><p>David (<a href=\"mailto:david.chen@keystonelighting.com\">"
  "david.chen@keystonelighting.com</a>) had the same issue with the plug-in sensor last month; the fix is to set DIP "
  "switch 3 to OFF. I'll send you the manual.</p><p>Sam</p></body></html>")

M("r3-brightline", "stop", ["brightline"], ["R3"], "en", "names another account with the products it buys",
  frm=CINDY, to=[P["oliver"]], subject="Re: references", date=D(3, 3, 11, 15), fmt="plain", cte="7bit",
  text="Hi Oliver,\n\nSure. Brightline Electrical in Manchester has been buying our 600x600 panels and the T8 tubes for "
  "3 years, no quality claims so far. I hope that helps." + SIG["cindy"])

M("r3-zh", "stop", ["cahaya"], ["R3"], "zh", "names another account with the products it buys (Chinese)",
  frm=("梁欣怡", "cindy@lumenhall.cn"), to=[P["chen"]], subject="关于质量", date=D(3, 15, 9, 5), fmt="plain", charset="gbk",
  cte="quoted-printable",
  text="陈总,\n\n质量方面您放心,印尼的Cahaya Terang每年都从我们这里订A60球泡和筒灯,已经合作五年了,没有什么客诉。" + SIGZH["cindy"])

M("r3-reference-products", "stop", ["lichtwerk"], ["R3", "R8"], "en",
  "reference account named with the products it buys: R3 still applies to reference accounts",
  frm=ERIC, to=[P["jan"]], subject="Re: track lights in Germany", date=D(2, 6, 14, 40), fmt="alt", cte="quoted-printable",
  text="Hi Jan,\n\nLichtwerk in Hamburg carries our 30W track lights and the linear pendants in their catalogue, you can "
  "see them on lichtwerk-handel.de under 'Stromschiene'." + SIG["eric"])

M("r3-pt", "stop", ["lumidor"], ["R3"], "other", "names another account with the products it buys (Portuguese)",
  frm=ERIC, to=[P["daniel"]], subject="Referências", date=D(4, 1, 20, 0), fmt="plain", cte="quoted-printable",
  text="Caro Daniel,\n\nA Lumidor, no Brasil, compra as nossas luminárias tri-proof de 36W e os postes LED de 80W há três "
  "anos, sem reclamações.\n\nCumprimentos,\nEric Huang")

M("r3-docx-reflist", "stop", ["nordlys", "sparky"], ["R3"], "en", "attached reference list names accounts with products they buy",
  frm=SAM, to=[P["raj"]], subject="Reference list as requested", date=D(2, 23, 10, 0), fmt="plain", cte="7bit",
  text="Dear Raj,\n\nAttached our reference list for your tender file." + SIG["sam"],
  atts=[("Lumenhall_References_2026.docx", "docx", make_docx(
      ["Zhongshan Lumenhall Lighting Co., Ltd. - Reference customers", "Selected distributors carrying our products:"],
      [["Customer", "Country", "Products"], ["Nordlys Belysning AS", "Norway", "LH-CL24 24W ceiling light"],
       ["Sparky Trade Supplies Pty Ltd", "Australia", "LH-DL12 downlight, LH-ST5050 LED strip"]],
      ["Contact details on request."]))])

M("r3r4-gulflumen", "stop", ["gulflumen"], ["R3", "R4"], "en", "names another account with its price and volume",
  frm=VIVIAN, to=[P["fatima"]], subject="Re: floodlight price too high", date=D(2, 4, 16, 40), fmt="plain", cte="7bit",
  text="Dear Fatima,\n\nHonestly, Gulf Lumen pays USD 11.85 for this 100W flood and they take 4,200 pcs at a time. "
  "For your 800 pcs the best I can do is USD 12.60." + SIG["vivian"])

M("r3r4-es-reference", "stop", ["ilumina"], ["R3", "R4", "R8"], "other",
  "reference account's volume and price (Spanish): R3/R4 apply to reference accounts",
  frm=SAM, to=[P["carlos"]], subject="Precio SOL60", date=D(3, 24, 22, 30), fmt="plain", cte="quoted-printable",
  text="Hola Carlos,\n\nComo referencia de precio: Ilumina Andina en Lima compró 900 sets del LH-SOL60 a USD 48,50 el set. "
  "Para Chile le podemos ofrecer USD 49,90 desde 300 sets.\n\nSaludos,\nSam")

M("r3-to-account", "stop", ["sparky"], ["R3"], "en", "to one account, names another with the product it buys",
  frm=ERIC, to=[C("kaya")], subject="Re: IP65 strip", date=D(4, 7, 11, 30), fmt="plain", cte="7bit",
  text="Hi Emre,\n\nThe IP65 silicone version is very stable. Sparky Supplies in Australia sells the same 5050 24V strip "
  "and they are very happy with it, almost no returns." + SIG["eric"])

M("r3-acronym", "stop", ["brightline"], ["R3"], "mixed", "names another account by its acronym with the product it buys",
  frm=("梁欣怡 Cindy", "cindy@lumenhall.cn"), to=[P["chen"]], subject="Re: T8 stock", date=D(4, 29, 10, 20), fmt="alt", cte="base64",
  text="陈总,\n\nT8没问题的, BEW几乎每个月都返单T8灯管, 所以1200mm 18W的6500K和4000K我们一直有库存, "
  "you can order any time." + SIGZH["cindy"])

M("r4-zh-numerals", "stop", ["brightline"], ["R4"], "zh", "third-party phrase (老客户) with another account's volume in Chinese numerals and its price",
  frm=("梁欣怡", "cindy@lumenhall.cn"), to=[P["chen"]], subject="平板灯价格", date=D(3, 20, 11, 0), fmt="plain", charset="gbk",
  cte="base64",
  text="陈总,\n\n平板灯的价格我已经是最低了。我们的老客户上个月刚订了四千八百片,单价也是7.35美金,您500片的量给7.9已经很照顾了。"
  + SIGZH["cindy"])

M("r4-dubai", "stop", ["alnoor"], ["R4"], "zh", "third-party phrase (迪拜另外一个客户) with another account's price and volume",
  frm=("莫慧玲", "vivian@lumenhall.cn"), to=[P["zhao"]], subject="回复: 投光灯价格太高", date=D(2, 5, 9, 10), fmt="plain",
  charset="gbk", cte="quoted-printable",
  text="赵总:\n\n我又跟老板确认了一下。迪拜另外一个客户同样的100W投光灯是11.4美金,不过人家一次就是6000个。"
  "您800个的量,12.6已经是底价了。" + SIGZH["vivian"])

M("r4-zh-us", "stop", ["keystone"], ["R4"], "zh", "third-party phrase (美国有个客户) with another account's volume and price",
  frm=("卢家俊", "sam.lu@lumenhall-lighting.com"), to=[P["zhao"]], subject="工矿灯价格", date=D(4, 11, 15, 15), fmt="plain",
  charset="utf-8", cte="base64",
  text="赵总,\n\nUFO工矿灯的价格请您理解一下,美国有个客户一年要两千四百个,价格也才26.9美金,您200个的量要26我真的做不到,"
  "最低28.5。" + SIGZH["sam"])

M("r4-shorthand", "stop", ["prairie"], ["R4"], "en", "third-party phrase (our client in Texas) with shorthand volume and price",
  frm=SAM, to=[P["mike"]], subject="Re: T8 tube price", date=D(3, 25, 23, 10), fmt="plain", cte="7bit",
  text="Mike,\n\n1.27 is not possible for 5k pcs sorry. our client in Texas takes 48k tubes/yr @1.27, that's the kind "
  "of volume we need for that price. For 5k I can do 1.36." + SIG["sam"])

M("r4-lagos", "stop", ["lagospl"], ["R4"], "en", "third-party phrase (a big buyer in Lagos) with another account's volume and price",
  frm=VIVIAN, to=[P["peter"]], subject="Re: SOL60 price", date=D(3, 12, 13, 0), fmt="alt", cte="quoted-printable",
  text="Dear Peter,\n\nFYI a big buyer here in Lagos got 2,500 sets of the solar street light at $51/set last quarter, "
  "so 53.50 for 300 sets is really a good price." + SIG["vivian"])

M("r4-zh-wan", "stop", ["denviet"], ["R4"], "zh", "third-party phrase (越南那边一个客户) with Chinese-numeral volume and price",
  frm=("黄志伟", "eric.huang@lumenhall-lighting.com"), to=[P["chen"]], subject="T8灯管交期", date=D(4, 15, 10, 30), fmt="plain",
  charset="gbk", cte="base64",
  text="陈总,\n\n最近T8灯管的产能很满,越南那边一个客户订了七万二千支,1.09刀,所以您的订单最快也要5月底。" + SIGZH["eric"])

M("r4-mixed-italy", "stop", ["tecnoluce"], ["R4"], "mixed", "third-party phrase (意大利那边的客户) with another account's volume and price",
  frm=ERIC, to=[P["zhao"]], subject="GU10 price", date=D(4, 18, 16, 45), fmt="plain", cte="8bit",
  text="赵总, GU10的price真的已经是bottom了: 意大利那边的客户 60k pcs 也是 EUR 0.62, your qty only 5k, USD 0.82 is already "
  "very good la." + SIG["eric"])

M("r4-price-only", "stop", ["nordlys"], ["R4"], "en", "another account's price tied by a third-party phrase; product not named",
  frm=SAM, to=[P["oliver"]], subject="Re: your offer LH26-Q-118", date=D(5, 11, 10, 55), fmt="plain", cte="7bit",
  irt="<og-55@grantelectrical.co.uk>",
  text="Hi Oliver,\n\nI know 4.90 sounds high, but another customer is buying at 4.55 only because he takes a full "
  "container every quarter. For 500 pcs 4.90 is my limit." + SIG["sam"])

M("r4-big5", "stop", ["mercadoluz"], ["R4"], "zh", "third-party phrase (墨西哥客戶) with volume and price (Big5)",
  frm=("莫慧玲 Vivian", "vivian@lumenhall.cn"), to=[P["lin"]], subject="吸頂燈報價", date=D(4, 27, 14, 20), fmt="plain",
  charset="big5", cte="quoted-printable", subj_cs="big5",
  text="林小姐您好:\n\n我們一個墨西哥客戶吸頂燈訂了7500個,單價4.85美元,您這邊如果能到3500個,價格可以給到5.05美元。" + SIGTW)

M("r4-tr", "stop", ["kaya"], ["R4"], "other", "third-party phrase (İstanbul'daki bir müşterimiz) with volume and price (Turkish)",
  frm=ERIC, to=[P["mehmet"]], subject="Panel fiyatı", date=D(4, 30, 10, 0), fmt="plain", cte="quoted-printable",
  text="Merhaba Mehmet Bey,\n\nİstanbul'daki bir müşterimiz 60x60 panel için 6.400 adet sipariş verdi, birim fiyat 7,05 USD. "
  "Sizin miktarınız için 7,60 USD verebiliriz.\n\nSaygılarımla,\nEric Huang")

M("r4-html-table", "stop", ["voltmart"], ["R4"], "en", "HTML table row 'our UK buyer' with another account's volume and price",
  frm=SAM, to=[P["nathan"]], subject="Downlight price comparison", date=D(5, 5, 9, 30), fmt="html", cte="base64",
  html="<html><body><p>Hi Nathan,</p><p>To explain the price difference, see how volume works for this downlight:</p>"
  "<table border=\"1\" cellpadding=\"3\"><tr><th>Buyer</th><th>Qty</th><th>USD/pc</th></tr>"
  "<tr><td>Our UK buyer</td><td>25,000</td><td>1.46</td></tr><tr><td>You (trial)</td><td>3,500</td><td>1.69</td></tr></table>"
  "<p>If you can go to 10k pcs we meet in the middle.</p><p>Cheers,<br>Sam</p></body></html>")

M("r3r4-xlsx-pi", "stop", ["voltmart"], ["R3", "R4"], "zh", "attached proforma (XLSX) belongs to another account: name, products, prices, volumes",
  frm=("卢家俊", "sam.lu@lumenhall-lighting.com"), to=[P["wu"]], subject="我们的PI格式", date=D(3, 4, 11, 10), fmt="plain",
  charset="gbk", cte="base64",
  text="吴总,\n\n您问我们的PI是什么样的,附件是一个例子,您可以先给银行看一下付款条款。" + SIGZH["sam"],
  atts=[("PI_LH26-0311.xlsx", "xlsx", make_xlsx(
      [[r[0], r[1], d["quantity"], d.get("unit", "pc"), d["price"], round(d["price"] * d["quantity"], 2)]
       for r, d in zip(pi_table("voltmart")[0][1:], deals("voltmart"))], "PI",
      header_rows=[["PROFORMA INVOICE LH26-0311"], ["Buyer: VoltMart Trade Supplies Ltd, Birmingham"],
                   ["Item", "Description", "Qty", "Unit", "USD", "Amount"]]))])

M("r2r3-wrong-attachment", "stop", ["alnoor"], ["R2", "R3", "R4"], "en",
  "wrong attachment: the competitor's proforma (PDF) sent to the recipient",
  frm=VIVIAN, to=[C("gulflumen", 1)], subject="PI for your 2nd order", date=D(5, 13, 17, 20), fmt="plain", cte="7bit",
  text="Hi Anita,\n\nPls find attached the PI, kindly check and sign back." + SIG["vivian"],
  atts=[("PI_LH26-0377.pdf", "pdf", pi_pdf("alnoor", "LH26-0377", "2026-05-02"))])

M("r3r4-csv", "stop", ["sparky"], ["R3", "R4"], "en", "attached CSV lists another account's shipments with prices",
  frm=SAM, to=[P["nathan"]], subject="Our shipments to Australia", date=D(5, 29, 14, 5), fmt="plain", cte="7bit",
  text="Hi Nathan,\n\nSo you can see our lead times, attached our AU shipment list for this year." + SIG["sam"],
  atts=[("AU_shipments_2026.csv", "csv", "customer,pi,sku,qty,unit,usd,etd\n"
         "Sparky Trade Supplies Pty Ltd,LH26-0602,LH-DL12,14000,pc,1.58,2026-05-25\n"
         "Sparky Trade Supplies Pty Ltd,LH26-0602,LH-ST5050,8000,roll,4.60,2026-05-25\n")])

M("r3r4-docx-contract", "stop", ["sunveld"], ["R3", "R4"], "en", "attached supply agreement (DOCX) of another account",
  frm=VIVIAN, to=[P["peter"]], subject="Sample distribution agreement", date=D(3, 27, 16, 0), fmt="alt", cte="quoted-printable",
  text="Dear Peter,\n\nAs discussed, attached a distribution agreement we signed last year so you can see the structure "
  "(exclusivity, minimum volume, warranty). Pls ignore the figures, yours will be different." + SIG["vivian"],
  atts=[("Supply_Agreement_2026.docx", "docx", make_docx(
      ["SUPPLY AGREEMENT", "between Zhongshan Lumenhall Lighting Co., Ltd. (Supplier)",
       "and Sunveld Electrical (Pty) Ltd, 22 Bridal Veil Rd, Midrand, South Africa (Distributor)",
       "1. Exclusivity: Gauteng and Limpopo provinces.", "2. Minimum annual volume and prices:"],
      [["Product", "Annual qty", "Unit price"], ["LH-SOL60 60W solar street light", "1,200 sets", "USD 46.80"],
       ["LH-FL100 100W floodlight", "2,000 pcs", "USD 12.30"]],
      ["3. Warranty: 3 years on complete luminaire, 5 years on LED module.", "Signed: Pieter van Wyk / He Guoqiang"]))])

M("r4-xlsx-contact-only", "stop", ["keystone"], ["R4", "R3"], "en",
  "attached PI (XLSX) of another account, identified by its contact, with its prices and volumes",
  frm=ERIC, to=[P["mike"]], subject="PI template", date=D(3, 13, 10, 25), fmt="plain", cte="7bit",
  text="Hi Mike,\n\nHere a PI template so you see our terms (deposit, LC, warranty clause). Just replace the items." + SIG["eric"],
  atts=[("PI_KLS-26-0311.xlsx", "xlsx", make_xlsx(
      [["LH-HB150", "150W UFO high bay", 2400, 26.90, 64560.00], ["LH-LN40", "40W linear pendant", 5500, 13.75, 75625.00],
       ["", "", "", "TOTAL", 140185.00], [], ["Terms: FOB Shenzhen, 30% T/T, balance against B/L copy"]], "PI",
      header_rows=[["PROFORMA INVOICE KLS-26-0311"], ["Attn: David Chen <david.chen@keystonelighting.com>"],
                   ["Item", "Description", "Qty", "USD", "Amount"]]))])

M("r3r4-pdf-zh", "stop", ["cahaya"], ["R3", "R4"], "zh", "attached proforma (PDF) of another account sent to a prospect",
  frm=("梁欣怡", "cindy@lumenhall.cn"), to=[P["chen"]], subject="PI参考", date=D(3, 21, 17, 40), fmt="plain", charset="gbk",
  cte="base64",
  text="陈总,\n\n附件是我们给印尼客户做的PI,您可以参考一下付款方式和包装方式,有问题再沟通。" + SIGZH["cindy"],
  atts=[("PI_LH26-0227.pdf", "pdf", pi_pdf("cahaya", "LH26-0227", "2026-02-27"))])

M("r3r4-xlsx-multi", "stop", ["brightline", "kaya", "voltmart"], ["R3", "R4"], "en",
  "attached sales summary (XLSX) with several accounts' products, volumes and prices",
  frm=SAM, to=[P["oliver"]], subject="Q1 shipments", date=D(4, 9, 18, 30), fmt="plain", cte="7bit",
  text="Hi Oliver,\n\nAttached what we shipped in Q1, to show you our capacity for the panels and tubes." + SIG["sam"],
  atts=[("Q1_2026_shipments.xlsx", "xlsx", make_xlsx(
      [["Brightline Electrical Wholesale Ltd", "LH-PL6060-40", 4800, 7.35], ["Brightline Electrical Wholesale Ltd", "LH-TB18", 36000, 1.18],
       ["Kaya Elektrik", "LH-ST5050", 15000, 4.25], ["VoltMart Trade Supplies Ltd", "LH-DL12", 25000, 1.46]], "Q1 2026",
      header_rows=[["Customer", "SKU", "Qty", "USD/unit"]]))])

M("r6-competitors", "stop", ["brightline", "voltmart"], ["R6"], "en", "two competing accounts visible to each other in To",
  frm=CINDY, to=[C("brightline"), C("voltmart")], subject="New catalogue 2026 + price validity", date=D(1, 6, 10, 0),
  fmt="alt", cte="base64",
  text="Dear Tom, dear Leo,\n\nHappy new year! Attached link to our 2026 catalogue. Current prices are valid until 31 March.\n"
  "\nWishing you a great year." + SIG["cindy"])

M("r6-competitors-cc", "stop", ["alnoor", "gulflumen"], ["R6"], "en", "two competing accounts visible to each other (To/Cc)",
  frm=VIVIAN, to=[C("alnoor")], cc=[C("gulflumen")], subject="Ramadan working hours", date=D(2, 16, 15, 30), fmt="plain",
  cte="quoted-printable",
  text="Dear Khalid, dear Rashid,\n\nRamadan Kareem! During Ramadan I will answer mails from 8 am to 4 pm UAE time. "
  "Urgent matters pls WhatsApp +86 139 2806 4417." + SIG["vivian"])

M("r6-competitors-us", "stop", ["keystone", "prairie"], ["R6"], "en", "two competing accounts visible to each other (To/Cc)",
  frm=SAM, to=[C("keystone", 1)], cc=[C("prairie")], subject="Webinar: DLC 5.1 premium high bays", date=D(3, 30, 21, 0),
  fmt="html", cte="quoted-printable",
  html="<html><body><p>Hi Mark, hi Jennifer,</p><p>Join our 30-min webinar on <b>DLC 5.1 premium</b> high bays, "
  "Thursday 10am CST. We'll cover the new efficacy tiers and rebate programs.</p><p>Sam</p></body></html>")

M("r7-outlook", "stop", ["prairie"], ["R7"], "en", "forwards another account's RFQ (Outlook Original Message) to a prospect",
  frm=SAM, to=[P["mike"]], subject="FW: RFQ linear high bay", date=D(3, 27, 8, 10), fmt="alt", cte="quoted-printable",
  ua="Microsoft Outlook 16.0",
  text="Mike,\n\nSee below, this is the spec most US distributors ask for, you could use the same in your RFQ." + SIG["sam"]
  + outlook_original(C("prairie"), SAM, D(3, 26, 14, 2), "RFQ linear high bay",
                     "Sam,\n\nPlease quote 3,000 pcs linear high bay 165W, 5000K, 0-10V, with 120 deg lens and "
                     "hook kit. Delivery to Dallas by end of June.\n\nJennifer Walsh\nPrairie Electric Distributors"))

M("r7-gmail", "stop", ["voltmart"], ["R7", "R3", "R4"], "en", "forwards another account's order (Gmail style) to an unknown address",
  frm=CINDY, to=[P["kamal"]], subject="Fwd: Order VM-55821", date=D(5, 7, 12, 20), fmt="plain", cte="7bit",
  text="Dear Kamal,\n\nSee below how our UK customer orders, pls send your PO in the same format." + SIG["cindy"]
  + gmail_fwd(C("voltmart"), CINDY, D(5, 6, 16, 44), "Order VM-55821",
              "Cindy,\n\nPlease confirm 2,600 pcs TP36 tri-proof 36W at USD 6.15, delivery Felixstowe by 30 June.\n\nLeo"))

M("r7-apple", "stop", ["nordlys"], ["R7"], "en", "forwards another account's mail (Apple Mail) to a prospect; harmless text",
  frm=ERIC, to=[P["jan"]], subject="Fwd: delivery", date=D(3, 8, 19, 5), fmt="alt", cte="quoted-printable",
  ua="Apple Mail (2.3826.500.181)",
  text="Hi Jan,\n\nJust to show you how our customers feel about the packing :)" + SIG["eric"]
  + apple_fwd(C("nordlys"), ERIC, D(3, 7, 9, 12), "delivery",
              "Hi Eric,\n\nThe container arrived in Oslo yesterday, everything in perfect condition. Thanks!\n\nIngrid"))

M("r7-foxmail", "stop", ["cahaya"], ["R7", "R3", "R4"], "zh", "forwards another account's mail (Foxmail, Chinese headers) to a prospect",
  frm=("梁欣怡", "cindy@lumenhall.cn"), to=[P["chen"]], subject="转发: 筒灯订单确认", date=D(3, 3, 9, 30), fmt="plain",
  charset="utf-8", cte="base64", ua="Foxmail 7.2.25.375",
  text="陈总,\n\n您看一下,印尼客户都是这样下单的,很简单。" + SIGZH["cindy"]
  + foxmail_fwd(C("cahaya"), ("梁欣怡", "cindy@lumenhall.cn"), D(3, 2, 21, 8), "筒灯订单确认",
                "梁小姐,\n\n筒灯12W 1.8万个的订单确认,单价1.32,请安排生产。\n\n林伟明"))

M("r7-cn-outlook", "stop", ["denviet"], ["R7"], "zh", "forwards another account's mail (Chinese Outlook headers) to a prospect",
  frm=("莫慧玲", "vivian@lumenhall.cn"), to=[P["wu"]], subject="FW: ceiling light complaint", date=D(4, 3, 11, 0), fmt="alt",
  charset="utf-8", cte="quoted-printable", ua="Microsoft Outlook 16.0",
  text="吴总,\n\n下面是客户反馈的问题,我们已经解决了,您不用担心吸顶灯的质量。" + SIGZH["vivian"]
  + cn_outlook_fwd(C("denviet"), VIVIAN, D(4, 2, 9, 41), "ceiling light complaint",
                   "Vivian,\n\n有几个吸顶灯的面罩黄了,请检查一下PC料。照片附上。\n\nDuc"))

M("r7-quoted-thread", "stop", ["keystone"], ["R7"], "en", "reply to a prospect reusing another account's thread (quoted headers)",
  frm=SAM, to=[P["mike"]], subject="Re: HB150 sensor option", date=D(3, 10, 23, 0), fmt="alt", cte="7bit",
  text="Hi Mike,\n\nYes, the HB150 takes a plug-in microwave sensor, see the details below." + SIG["sam"]
  + gmail_quote(SAM, D(3, 10, 9, 30), "Hi David,\n\nYes, the plug-in microwave sensor fits, 5.8GHz, 12 m detection at 10 m "
  "height, dim to 20% after 5 min. Extra USD 4.50/pc.\n\nSam"
  + gmail_quote(C("keystone"), D(3, 9, 22, 14), "Sam, can the HB150 take a plug-in microwave sensor? "
  "We need it for a cold storage project.\n\nDavid")))

M("r7-eml-attached", "stop", ["tecnoluce"], ["R7", "R3", "R4"], "en", "another account's order attached as message/rfc822",
  frm=ERIC, to=[P["andrea"]], subject="FW: Ordine PO TL-2026-044", date=D(4, 10, 9, 15), fmt="plain", cte="7bit",
  text="Hi Andrea,\n\nAttached an order mail from another Italian distributor so you see what we need on the PO "
  "(CE declaration, ErP, WEEE no.)." + SIG["eric"],
  atts=[("Ordine PO TL-2026-044.eml", "eml", inner_eml(
      C("tecnoluce"), ERIC, "Ordine PO TL-2026-044", D(4, 9, 16, 0),
      "Buongiorno Eric,\n\nconfermiamo l'ordine PO TL-2026-044:\nLH-TR30 proiettore binario 30W nero, 3.800 pz a EUR 7,10\n"
      "Consegna FOB Shenzhen entro il 20 maggio.\n\nCordiali saluti\nMarco Rinaldi\nTecnoluce S.r.l.",
      "TL2026044.4411@tecnoluce.it"))])

M("r7-to-account", "stop", ["lumidor"], ["R7"], "en", "forwards one account's RFQ to another (non-competing) account",
  frm=SAM, to=[C("mercadoluz")], subject="Fwd: RFQ street light 80W", date=D(3, 28, 22, 40), fmt="plain", cte="quoted-printable",
  text="Hola Alejandro,\n\nBelow the spec that a customer in Brazil asked for, same as your municipal tender, have a look."
  + SIG["sam"] + gmail_fwd(C("lumidor"), SAM, D(3, 27, 18, 5), "RFQ street light 80W",
  "Sam,\n\nPreciso de cotação para luminária pública 80W, 150 lm/W, IP66, protetor de surto 10kV, braço 60mm.\n\nFernanda"))

M("r3-cc-unknown-forwarder", "stop", ["sparky"], ["R3", "R4", "R6"], "en",
  "the account's own PI, but Cc an external forwarder that is not its registered partner reads its figures",
  frm=VIVIAN, to=[C("sparky")], cc=[P["coast"]], subject="PI LH26-0602 + booking request", date=D(4, 28, 11, 15), fmt="plain",
  cte="7bit",
  text="Hi Josh,\n\nPI LH26-0602:\nLH-DL12 12W downlight  14,000 pcs  USD 1.58\nLH-ST5050 strip 24V  8,000 rolls  USD 4.60\n"
  "Total USD 58,920.00.\n\nCoastline team, cargo ready 22 May, 1x40HQ Shekou - Sydney, pls advise the booking." + SIG["vivian"])

M("r3-own-forwarder-consignee", "stop", ["mercadoluz"], ["R3"], "mixed",
  "booking to our own forwarder (unknown external) naming the consignee with product and quantity",
  frm=("梁欣怡", "cindy@lumenhall.cn"), to=[P["dragon"]], subject="订舱 Shekou - Manzanillo 1x40HQ", date=D(5, 28, 15, 0),
  fmt="plain", charset="utf-8", cte="base64",
  text="Amy你好,\n\n麻烦订舱:\nPOL: Shekou  POD: Manzanillo, Mexico\nConsignee: Mercado Luz S.A. de C.V., Guadalajara\n"
  "货物: 24W LED吸顶灯 7,500个 (375箱) + GU10射灯 45,000个 (150箱)\n毛重 9,870 KGS, 58 CBM\nETD 6月12号\n\n谢谢!\nCindy")

M("r3r4-internal-quote", "stop", ["prairie"], ["R3", "R4"], "mixed",
  "forwards an internal thread to a prospect: the quoted boss mail names another account with its price and volume",
  frm=SAM, to=[P["mike"]], subject="RE: HB150 best price", date=D(3, 18, 9, 0), fmt="alt", cte="quoted-printable",
  ua="Microsoft Outlook 16.0",
  text="Hi Mike,\n\nAfter checking with my boss (see below) the best we can do is USD 27.50 for 1,000 pcs, FOB Shenzhen."
  + SIG["sam"] + outlook_reply(BOSS, SAM, D(3, 17, 22, 40), "RE: HB150 best price",
  "Sam,\n\nPrairie Electric 的HB150是25.75, 3000个一单。给Mike不能低于27.50, 他的量只有1000个。\n\n何")
  + outlook_reply(SAM, BOSS, D(3, 17, 20, 5), "HB150 best price", "何总,\n\nMike要1000个HB150, 问26.50能不能做? OK?\n\nSam"))

M("r4-zh-reference", "stop", ["ilumina"], ["R4", "R8"], "zh",
  "third-party phrase (秘鲁的经销商) with the reference account's price and volume: R4 applies to reference accounts",
  frm=("莫慧玲", "vivian@lumenhall.cn"), to=[P["zhao"]], subject="80W路灯报价", date=D(5, 20, 10, 15), fmt="plain",
  charset="gbk", cte="quoted-printable",
  text="赵总,\n\n80W路灯我们给秘鲁的经销商是33.2美金,700个,您那边数量多的话可以更低,1000个以上我们可以谈。" + SIGZH["vivian"])

M("r4-mixed-wan", "stop", ["lagospl"], ["R4"], "mixed", "third-party phrase (拉各斯那边有个客户) with 12万 and price",
  frm=("梁欣怡", "cindy@lumenhall.cn"), to=[P["wu"]], subject="A60 bulb PI", date=D(5, 26, 9, 50), fmt="plain", cte="base64",
  text="吴总, A60 9W bulb 拉各斯那边有个客户一次就下了12万个, price 0.45 USD, 您这边5万个 0.47 OK的话我今天就出PI.\n\nCindy")


# =================================================================== output
CRLF = {"r4-dubai", "r7-outlook", "internal-fwd", "qc-own-docx", "r3r4-xlsx-multi", "offer-prospect", "r2-alnoor",
        "r1-contact-name", "own-es", "r3r4-internal-quote"}  # Outlook-style CRLF line ends, besides those set above
UA_EN = ["Microsoft Outlook 16.0", "Microsoft Outlook 16.0", "Mozilla Thunderbird 128.5.2", "Apple Mail (2.3826.500.181)",
         "iPhone Mail (22E240)", ""]
UA_ZH = ["Foxmail 7.2.25.375", "Foxmail 7.2.23.116", "Microsoft Outlook 16.0", "Coremail Webmail Server Version XT5.0.14"]


def fmt_name(m, raw):
    """Describe the built message: body structure / charset / transfer encoding of its first text part."""
    first = next(p for p in email.message_from_bytes(raw).walk() if p.get_content_maintype() == "text")
    m = dict(m, cte=(first.get("Content-Transfer-Encoding") or "7bit").lower())
    if m.get("atts"):
        base = "mixed+" + "+".join(sorted({k for _, k, _ in m["atts"]}))
    else:
        base = {"plain": "plain", "alt": "alternative", "html": "html-only"}[m.get("fmt", "plain")]
    return "%s/%s/%s%s" % (base, m.get("charset", "utf-8"), m.get("cte", "7bit"), "/crlf" if m.get("linesep") == "\r\n" else "")


def main():
    rng = random.Random(SEED)
    tags = [m["tag"] for m in MSGS]
    assert len(tags) == len(set(tags)), "duplicate tag"
    order = list(range(len(MSGS)))
    rng.shuffle(order)
    out = os.path.join(HERE, "messages")
    os.makedirs(out, exist_ok=True)
    for f in os.listdir(out):
        if f.endswith(".eml"):
            os.remove(os.path.join(out, f))
    labels, meta = [], []
    for n, i in enumerate(order, 1):
        m = dict(MSGS[i])
        if "ua" not in m:
            m["ua"] = rng.choice(UA_ZH if m["lang"] == "zh" else UA_EN)
        else:
            rng.random()  # keep the random stream independent of which messages fix their agent
        if m["tag"] in CRLF:
            m["linesep"] = "\r\n"
        name = "messages/%04d.eml" % n
        raw = build(m, n)
        with open(os.path.join(HERE, name), "wb") as f:
            f.write(raw)
        labels.append({"message": name, "expect": m["expect"], "accounts": m["accounts"], "why": m["why"]})
        meta.append({"message": name, "tag": m["tag"], "expect": m["expect"], "rules": m["rules"], "lang": m["lang"],
                     "format": fmt_name(m, raw)})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for x in labels:
            f.write(json.dumps(x, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "meta.jsonl"), "w", encoding="utf-8") as f:
        for x in meta:
            f.write(json.dumps(x, ensure_ascii=False) + "\n")
    write_readme(meta)


def table(counter, total, title):
    lines = ["| %s | messages | share |" % title, "|---|---:|---:|"]
    for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
        lines.append("| %s | %d | %.0f%% |" % (k, v, 100.0 * v / total))
    return "\n".join(lines)


def write_readme(meta):
    total = len(meta)
    exp = Counter(x["expect"] for x in meta)
    lang = Counter(x["lang"] for x in meta)
    rules = Counter(r for x in meta for r in x["rules"])
    rules_by = Counter("%s %s" % (x["expect"], "+".join(x["rules"]) or "-") for x in meta)
    el = Counter("%s / %s" % (x["expect"], x["lang"]) for x in meta)
    body = Counter(x["format"].split("/")[0] for x in meta)
    cs = Counter(x["format"].split("/")[1] for x in meta)
    cte = Counter(x["format"].split("/")[2] for x in meta)
    crlf = sum(1 for x in meta if x["format"].endswith("/crlf"))
    text = f"""# blind3: a blind held-out corpus (LED lighting exporter)

Outgoing mail of the export sales team of **Zhongshan Lumenhall Lighting Co., Ltd.**, a fictitious LED
lighting maker in Guzhen, Zhongshan (company domains `lumenhall.cn`, `lumenhall-lighting.com`). Written
blind: without looking at guard's code, rules, tests or other corpora, to measure how guard generalises.
All companies, people, domains, phone numbers and figures are invented.

- `registry.toml`: SPEC section 1, version 1. 14 products (SKU, English and Chinese names), 18 accounts in
  15 countries, 3 competitor pairs (brightline/voltmart GB, alnoor/gulflumen AE, keystone/prairie US),
  4 partner domains (forwarders, clearing agent, sister company), 2 reference accounts (lichtwerk, ilumina),
  36 deals; every deal price and every deal quantity is distinct, so a third-party figure matches one deal.
- `messages/NNNN.eml`: {total} messages as a mail client submits them (Bcc header kept where used).
- `labels.jsonl`: SPEC section 5, exactly `message`, `expect`, `accounts`, `why`.
- `meta.jsonl`: per message the rules the label rests on, the language and the MIME format (not read by guard).
- `gen.py` + `gen_lib.py`: deterministic generator (seed {SEED}); `python gen.py` rewrites all of the above
  except `registry.toml`. Needs openpyxl, python-docx, fpdf2 (all in /work/main/.venv).

Labels follow SPEC section 3 (default policy) and its clarifications strictly. Points where that matters:
own figures to an account's registered partner pass; the same figures with a Cc or Bcc to an external address
that is not the account's partner (our own forwarder, an unregistered agent) stop, because someone outside
the account reads them; a reference account may be named (pass) but not with what it buys or its figures
(stop); R6 ignores reference accounts and Bcc; the recipient's own quoted text is not a finding; a figure that
happens to equal a deal quantity but is tied to no third party passes; a country or city is not identity.

## Counts

{table(exp, total, "expect")}

{table(rules_by, total, "expect + rules")}

Rule occurrences (a message can rest on several): {", ".join("%s %d" % kv for kv in sorted(rules.items()))}.

{table(lang, total, "language")}

(`mixed` = Chinese and English in the same text; `other` = German, Spanish, Italian, Portuguese, Turkish.)

{table(el, total, "expect / language")}

Formats: {", ".join("%s %d" % kv for kv in sorted(body.items()))}; charsets: {", ".join("%s %d" % kv for kv in sorted(cs.items()))};
transfer encodings: {", ".join("%s %d" % kv for kv in sorted(cte.items()))}; CRLF line ends: {crlf}.
Non-ASCII subjects and display names are RFC 2047 encoded. Attachments: PDF proformas, XLSX price lists,
packing lists and proformas, DOCX reports/reference lists/agreements, CSV, and one message/rfc822.
"""
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(text)


if __name__ == "__main__":
    main()
