from lib import *


def build(B):
    # 1 ---- the seed story, English, Kevin's weak English
    inq = """Hi Kevin,

Thanks for the catalogue. We are a new e-bike brand in Geelong, planning our
first container. We are interested in the HM-250R rear hub motor and the
BT-3613 downtube battery, around 300 sets to start.

Before we commit, do you already sell these in Australia? If possible I'd like
to talk to one of your Australian customers about quality and after-sales.

Cheers,
Nathan Reilly
Greenvolt Bikes
0412 558 903"""
    B.add(1, KEVIN, "Nathan Reilly <nathan@greenvolt-bikes.com.au>",
          "RE: hub motor + battery enquiry", dt(9, 14, 9, 42),
          text=f"""Hi Nathan

Yes sure. Our customer in Melbourne is Ridgeline Cycles, website www.ridgelinecycles.com.au ,
you can ask Jack there. the 2 models you want, they just order again last month, quality
is very good no complain. So you can trust us no problem.

For 300 sets we can do, I send PI tomorrow.

{SIG_KEVIN}

{gmail(9, 13, 16, 5, 'Nathan Reilly <nathan@greenvolt-bikes.com.au>', inq)}""",
          expect="stop", accounts=["ridgeline"], rules=["R3"],
          why="names Ridgeline and its site and says it just reordered 'the 2 models you want' (HM-250R, BT-3613 from the quoted inquiry), which it buys")

    # 2 ---- the seed story in Chinese, Chen Jing to a Chinese-run importer in Sydney
    inq2 = """陈小姐您好，
我们是悉尼的华人电动车进口商，想订你们的250W后驱电机和36V13Ah下管电池，
先要一个20GP试试。请问你们在澳洲有客户吗？价格能不能跟他们一样？
谢谢
黄先生  澳华电动车"""
    B.add(2, CHEN, "黄伟 <david.huang@aohua-ebike.com.au>", "回复: 询价 后驱电机+下管电池",
          dt(9, 15, 14, 20), subject_charset="gb2312",
          text=f"""黄先生您好，

有的，墨尔本的岭线单车（Ridgeline）是我们老客户，合作三年了。您要的这两款他们每次都是一起下单的，
价格可以给您跟他们一样的，质量您放心。

20GP大概能装480套左右，报价单明天发您。

{SIG_CHEN}

{cnoutlook('黄伟 <david.huang@aohua-ebike.com.au>', '2026年9月15日 10:03', '陈静 <chenjing@fengchibike.cn>', '询价 后驱电机+下管电池', inq2)}""",
          charset="gb18030",
          expect="stop", accounts=["ridgeline"], rules=["R3", "R4"],
          why="names 岭线单车/Ridgeline as buying 这两款 (the motor and battery from the quoted inquiry) and offers 'the same price as them'")

    # 3 ---- PASS: refusal under a quoted question that names another account
    inq3 = """Hello Lily,

Do you supply Ridgeline Cycles in Melbourne? A friend told me they buy their
hub motors from you. If so, can we get the same deal they have?

Regards
Aaron Fitzgerald | Voltline Imports
Sydney NSW"""
    B.add(3, LILY, "Aaron Fitzgerald <aaron@voltline.com.au>", "Re: hub motors - Australian supply?",
          dt(9, 16, 11, 8),
          text=f"""Dear Aaron,

Thanks for your mail. I'm afraid we never confirm or discuss who our customers are --
we would treat your business the same way. What I can tell you is that we have been
shipping e-bike drive systems to Australia since 2019 and our motors carry CE and
EN 15194 test reports.

Our standard price for the HM-250R 250W rear hub motor is USD 91.00/set FOB Ningbo,
MOQ 100 sets, lead time 35 days after deposit.

{SIG_LILY}

{gmail(9, 15, 20, 31, 'Aaron Fitzgerald <aaron@voltline.com.au>', inq3)}""",
          expect="pass", accounts=[], rules=["R9"],
          why="refuses to confirm the account named only in the recipient's quoted question; says only that it ships to Australia; list price is not a deal figure")

    # 4 ---- PASS: Ridgeline's own PI to Ridgeline
    pi = pdf(["PROFORMA INVOICE  No. FC-PI-260910-03", "Buyer: Ridgeline Cycles Pty Ltd, 14 Kembla St, Melbourne VIC",
              "Date: 2026-09-10    Terms: FOB Ningbo, T/T 30% deposit, 70% against B/L copy"],
             table=[["Item", "Description", "Qty", "Unit price", "Amount"],
                    ["HM-250R", "250W rear hub motor, 36V, 7-speed freewheel", "1200 set", "USD 86.50", "USD 103,800.00"],
                    ["BT-3613", "36V 13Ah downtube battery, Samsung cells", "1200 pc", "USD 128.00", "USD 153,600.00"],
                    ["", "", "", "Total", "USD 257,400.00"]])
    B.add(4, LILY, ["Jack Whitfield <jack@ridgelinecycles.com.au>"], "PI FC-PI-260910-03 Ridgeline - motors & batteries",
          dt(9, 10, 16, 45), cc=["Priya Raman <purchasing@ridgelinecycles.com.au>"],
          text=f"""Hi Jack, Priya,

Please find attached the PI for the Q4 order as agreed on the call:
1200 sets HM-250R @ USD 86.50 and 1200 pcs BT-3613 @ USD 128.00, FOB Ningbo.
Deposit 30% = USD 77,220.00. Bank details are on page 1.

Bayside Freight can collect from our warehouse from 20 Oct.

{SIG_LILY}
{DISCLAIMER}""",
          atts=[("FC-PI-260910-03.pdf", pi, "application/pdf")],
          expect="pass", accounts=[], rules=[], why="Ridgeline's own PI and figures sent only to Ridgeline")

    # 5 ---- FLAG R1 referential: "yes, they are our customer"
    inq5 = """Dzień dobry / Hello,

we are a bike shop chain from Kraków. A friend gave us your name -- do you supply
Rowerpol? Separately, we need a quote for 150 sets of the 500W front motor.

Best regards
Tomasz Wiśniewski
Veloteka Sp.j."""
    B.add(5, MAX, "Tomasz Wiśniewski <t.wisniewski@veloteka.pl>", "Re: front motors 500W",
          dt(9, 17, 9, 15),
          text=f"""Hi Tomasz,

Yes, they are our customer for several years already.

About your 150 sets of the HM-500F, no problem, price is USD 76/set EXW Yongkang or
USD 77.5/set FOB Ningbo. Delivery 30-35 days.

{SIG_MAX}

{gmail(9, 16, 13, 40, 'Tomasz Wiśniewski <t.wisniewski@veloteka.pl>', inq5)}""",
          expect="flag", accounts=["rowerpol"], rules=["R1"],
          why="new text confirms Rowerpol (named in the prospect's question) is a customer; no product tied to them in the new text and no figure of theirs")

    # 6 ---- STOP R2: to Southbound, naming its competitor
    B.add(6, KEVIN, "Mia Costello <mia.costello@southbound-ebikes.com.au>", "RE: frame colour samples",
          dt(9, 18, 15, 2),
          text=f"""Hi Mia,

Samples of the step-through frame in sage green and matte black are ready, we send by DHL
tomorrow, tracking I will give you.

By the way next week our boss will go to Melbourne to visit Ridgeline, if you are free he
also can visit you on Thursday 24th? Please let me know.

{SIG_KEVIN}""",
          expect="stop", accounts=["ridgeline"], rules=["R2"],
          why="names Ridgeline, a competitor of the recipient account Southbound")

    # 7 ---- PASS internal discussion
    B.add(7, LILY, [WANG, CHEN], "Melbourne trip - Ridgeline vs Southbound pricing",
          dt(9, 18, 18, 30),
          text="""王总, 陈静,

Before your trip: Ridgeline pays USD 86.50 for HM-250R and 128 for BT-3613 (1200 sets Q4).
Southbound is on FR-CT26 at 64 and BT-4817 at 168, 800 pcs. They compete directly in
Melbourne, so please do NOT mention one to the other. Southbound asked for 3% off; I
think we can give 1.5% if they take a full 40HQ.

Lily""",
          expect="pass", accounts=[], rules=[], why="internal recipients only")

    # 8 ---- STOP R4: price tied by third-party phrase, matches Summit's deal
    inq8 = """Lily,
We're looking at your FR-E29 e-MTB frame for MY2027. What is your best price
for 500 pcs? We know you ship to other US brands.
Megan"""
    B.add(8, LILY, "Megan Fischer <megan@trailheadbike.com>", "Re: FR-E29 pricing for MY2027",
          dt(9, 19, 8, 55),
          text=f"""Hi Megan,

For 500 pcs I can offer you exactly what the other US brand we supply pays on its current
order: USD 142.00/pc FOB Ningbo. That is our best level and frankly lower than our list.

Sample frame can ship this week.

{SIG_LILY}

{gmail(9, 18, 17, 12, 'Megan Fischer <megan@trailheadbike.com>', inq8)}""",
          expect="stop", accounts=["summit"], rules=["R4"],
          why="USD 142 for FR-E29 is Summit's deal price, tied to it by 'the other US brand we supply'")

    # 9 ---- PASS newsletter Bcc, ordinary words Summit / cadence / freewheel / atlas
    html9 = """<html><body style="font-family:Arial">
<div style="background:#0b3d2e;color:#fff;padding:12px"><h2>Fengchi Cycle &ndash; 2027 Collection</h2></div>
<div>Dear partner,</div><div>&nbsp;</div>
<div>Our new catalogue is out! Highlights for 2027:</div>
<ul>
<li><b>MD-350</b> mid drive motor with torque <i>and</i> cadence sensor, 85Nm</li>
<li><b>HM-250R</b> rear hub motor now with cassette or 7-speed freewheel option</li>
<li><b>DS-860</b> colour display, Bluetooth app</li>
<li><b>BT-4817</b> rack battery, UN38.3 certified</li>
</ul>
<div>Public FOB price list 2027 (USD):</div>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Model</th><th>MOQ</th><th>List FOB Ningbo</th></tr>
<tr><td>HM-250R</td><td>100 sets</td><td>91.00</td></tr>
<tr><td>MD-350</td><td>50 sets</td><td>248.00</td></tr>
<tr><td>DS-860</td><td>100 pcs</td><td>23.00</td></tr>
<tr><td>BT-4817</td><td>50 pcs</td><td>176.00</td></tr>
</table>
<div>&nbsp;</div>
<div>Meet us at the <b>Taipei Cycle</b> show, Hall N, booth N0517, or at the Asia E-Mobility Summit in Shanghai.
Reach the summit of performance with our new road atlas of dealers&hellip; just kidding, but the catalogue is great.</div>
<div>&nbsp;</div><div>Lily Zhang, Fengchi Cycle &middot; www.fengchi-cycle.com &middot; +86-579-8712 3366</div>
<div style="font-size:9px;color:#888">To unsubscribe reply &quot;remove&quot;.</div>
</body></html>"""
    B.add(9, LILY, "Lily Zhang <lily@fengchi-cycle.com>", "Fengchi Cycle 2027 collection & public price list",
          dt(9, 20, 10, 0), html=html9,
          bcc=["info@velocita-bikes.com", "buyer@ebikeworld.in", "sales@greenvolt-bikes.com.au",
               "purchase@ecoride.co.nz", "info@biciurbana.pe"],
          expect="pass", accounts=[], rules=[],
          why="newsletter with public list prices in Bcc to prospects; Summit/atlas/cadence/freewheel are ordinary words here")

    # 10 ---- FLAG R10: encrypted PDF price list
    enc = pdf(["Fengchi Cycle dealer price list 2027 - confidential", "HM-250R ... USD 89.00", "MD-350 ... USD 241.00"],
              encrypt="fc2027")
    B.add(10, MAX, "Rahul Mehta <rahul@zipwheels.in>", "Dealer price list (password protected)",
          dt(9, 21, 11, 30),
          text=f"""Dear Rahul,

As discussed on WhatsApp, attached our dealer price list. The password I will send
you separately by WhatsApp.

{SIG_MAX}""",
          atts=[("Fengchi_dealer_pricelist_2027.pdf", enc, "application/pdf")],
          expect="flag", accounts=[], rules=["R10"], why="encrypted PDF attachment cannot be read")

    # 11 ---- STOP R7: forwarding Atlas's correspondence (harmless text) to a UK prospect
    atl = """Hi Kevin,

Boxes arrived fine this time, the extra foam corners on the battery cartons
made a big difference. Pallets were wrapped well. Please keep this packing
for all future shipments.

Oliver Grant
Atlas Cycle Distribution Ltd
Unit 7, Riverside Park, Leeds LS10 1QE"""
    B.add(11, KEVIN, "Harry Dobson <harry@voltmotion.co.uk>", "FW: packing feedback",
          dt(9, 22, 10, 12),
          text=f"""Hi Harry

You ask about our packing for UK, see below feedback from one customer, so you know
our packing is safe. Same we will do for you.

Kevin

{fwd('Oliver Grant <oliver.grant@atlascycles.co.uk>', 'Tue, 8 Sep 2026 09:14', 'Re: shipment FC2608 packing', 'Kevin Wu <kevin.wu@fengchi-cycle.com>', atl)}""",
          expect="stop", accounts=["atlas"], rules=["R7", "R1"],
          why="forwards Atlas's mail with its contact's address and signature to a prospect")

    # 12 ---- FLAG R5 referential, Spanish
    inq12 = """Estimada Sunny,
Somos distribuidores en Lima. Nos interesan el kit de conversión 36V 250W y los
frenos de disco mecánicos DB-M2. ¿Ya los vende en Sudamérica?
Saludos,
Jorge Quispe
BiciUrbana Perú"""
    B.add(12, SUNNY, "Jorge Quispe <jquispe@biciurbana.pe>", "RE: kit de conversión y frenos",
          dt(9, 22, 21, 40),
          text=f"""Estimado Jorge:

Sí, un cliente nuestro en Chile acaba de pedir justamente estos dos modelos, y están muy
contentos con la calidad. Le envío la cotización formal mañana por la mañana (hora de Lima).

{SIG_SUNNY}

{gmail(9, 22, 10, 2, 'Jorge Quispe <jquispe@biciurbana.pe>', inq12)}""",
          expect="flag", accounts=[], rules=["R5"],
          why="'un cliente nuestro en Chile' with 'estos dos modelos' (the products of the quoted inquiry); no identity, no figure")

    # 13 ---- PASS: Cadence's own inquiry quoted, own prices
    inq13 = """Hallo Lily,

für die Saison 2027 brauchen wir wieder 1000 Stück FR-CT26 Tiefeinsteiger-Rahmen,
1000 Akkus BT-4817 und 1000 Controller CT-15A. Können Sie die Preise vom Juli halten
(58,00 / 149,00 / 13,20 EUR)?

Viele Grüße
Sabine Hoff
Einkauf, Cadence Bikes GmbH"""
    B.add(13, LILY, "Sabine Hoff <einkauf@cadence-bikes.de>", "AW: Saison 2027 - Rahmen, Akkus, Controller",
          dt(9, 23, 9, 20), cc=["Jonas Becker <j.becker@cadence-bikes.de>"],
          text=f"""Hallo Sabine,

good news: yes, we can hold the July prices for 2027 --
FR-CT26 EUR 58.00, BT-4817 EUR 149.00, CT-15A EUR 13.20, 1000 pcs each, FCA Ningbo.
Battery cells price went up a little but we keep it for you.

Hansa Spedition can book the same as last time.

{SIG_LILY}

Am 22.09.2026 um 16:48 schrieb Sabine Hoff <einkauf@cadence-bikes.de>:
{gt(inq13)}""",
          expect="pass", accounts=[], rules=[], why="Cadence's own products, prices and volumes sent only to Cadence")

    # 14 ---- STOP R3 referential, Russian
    inq14 = """Здравствуйте, Анна!

Мы дистрибьютор из Екатеринбурга. Интересуют аккумуляторы BT-4817 и передние
мотор-колёса HM-500F. Скажите, вы работаете с Веломиром? Их продукция похожа.

С уважением,
Игорь Кузнецов
ЭлектроДрайв"""
    B.add(14, ANNA, "Игорь Кузнецов <kuznetsov@elektrodrive.ru>", "Re: аккумуляторы и мотор-колёса",
          dt(9, 23, 13, 5), subject_charset="koi8-r",
          text=f"""Игорь, добрый день!

Да, работаем, они берут у нас те же две модели уже второй год. Качество стабильное,
рекламаций почти нет. Коммерческое предложение пришлю сегодня вечером.

{SIG_ANNA}

ср, 23 сент. 2026 г. в 11:47, Игорь Кузнецов <kuznetsov@elektrodrive.ru>:
{gt(inq14)}""",
          charset="koi8-r",
          expect="stop", accounts=["velomir"], rules=["R3"],
          why="confirms Velomir (named in the prospect's question) takes 'the same two models' (BT-4817, HM-500F), which it buys")

    # 15 ---- PASS R8: reference account named with contact
    B.add(15, SUNNY, "Jorge Quispe <jquispe@biciurbana.pe>", "Referencia en Colombia",
          dt(9, 24, 20, 10),
          text=f"""Estimado Jorge:

Como me pidió una referencia en la región: puede hablar con Carolina Restrepo de
Andes Bike Colombia (carolina@andesbike.com.co, www.andesbike.com.co). Ella aceptó
atender a nuestros nuevos clientes y le puede contar cómo trabajamos.

{SIG_SUNNY}""",
          expect="pass", accounts=[], rules=["R8"],
          why="Andes Bike is a reference account; naming it and its contact is allowed, no products or figures")

    # 16 ---- STOP: workbook with another account's sheet left in
    wb16 = xlsx([
        ("Hanbit 2027", [["Model", "Description", "Qty", "Unit price USD"],
                         ["MD-350", "mid drive motor 250W 85Nm", 450, 229.00],
                         ["DS-860", "colour display", 450, 20.40]]),
        ("Hoshino", [["Customer", "Hoshino Cycle K.K."], ["Model", "Qty", "USD"],
                     ["SD-R3", 1000, 16.80], ["WS-700A", 400, 59.00]]),
        ("Notes", [["Prices FOB Ningbo, valid to 2026-12-31"]]),
    ])
    B.add(16, MAX, "Kim Ji-hoon <jh.kim@hanbitmobility.co.kr>", "2027 price confirmation",
          dt(9, 24, 10, 33),
          text=f"""Dear Mr. Kim,

Attached the 2027 price confirmation for the mid drive motor and display, same as
our meeting. Please check and sign back.

{SIG_MAX}""",
          atts=[("Price_confirmation_2027.xlsx", wb16, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")],
          expect="stop", accounts=["hoshino"], rules=["R3", "R4"],
          why="the workbook still has a 'Hoshino' sheet with Hoshino's products, quantities and prices")

    # 17 ---- PASS: shipping notice to Pacific Star, numbers that look like figures
    B.add(17, DOCS, "Rachel Young <accounts@pacificstar.co.nz>", "Shipping advice - INV FC260701-12 / B/L NGBAKL2609118",
          dt(9, 25, 15, 0), cc=["Hemi Walker <hemi@pacificstar.co.nz>"],
          text="""Dear Rachel,

Your goods have been loaded:

Invoice:   FC260701-12
B/L no.:   NGBAKL2609118   Vessel: MSC LORETO V.238S
Container: MSKU 7734112, 1x40'HQ, seal 2026118
ETD Ningbo 26 Sep, ETA Auckland 14 Oct
HS codes:  8714.93 (hub motors), 4011.50 (fat tyres)
Content:   2000 pcs TY-2040F @ USD 11.60, 400 sets HM-750FT @ USD 118.00

Balance USD 53,400.00 due against B/L copy. Original docs by DHL 1765 2281 04.

Regards,
Docs Dept / 单证部
Fengchi Cycle  +86-579-8712 3370""",
          expect="pass", accounts=[], rules=[], why="Pacific Star's own shipment figures sent only to Pacific Star")

    # 18 ---- FLAG R6: holiday notice with several customers visible in To
    B.add(18, LILY, ["Marco Rossi <marco@ciclirossi.it>", "Javier López <javier@bicicletaslopez.es>",
                     "Kenji Hoshino <k.hoshino@hoshino-cycle.co.jp>"],
          "Holiday notice - National Day 1-7 October", dt(9, 25, 9, 0),
          text=f"""Dear friends,

Please note our office and factory will be closed for China's National Day holiday from
1 to 7 October. Orders confirmed before 28 Sep will be shipped as planned.

{SIG_LILY}""",
          expect="flag", accounts=["ciclirossi", "lopez", "hoshino"], rules=["R6"],
          why="three non-competing accounts visible to each other in To")

    # 19 ---- STOP R6 block: competitors in To
    B.add(19, LILY, ["Oliver Grant <oliver.grant@atlascycles.co.uk>", "Ben Ashworth <ben@freewheel-dist.co.uk>"],
          "Battery cell cost increase from November", dt(9, 26, 10, 15),
          text=f"""Dear Oliver, dear Ben,

Due to the rise in 21700 cell prices we have to adjust battery prices by 4% for orders
confirmed after 1 November. Motors, brakes and wheelsets are not affected.

{SIG_LILY}""",
          expect="stop", accounts=["atlas", "freewheel"], rules=["R6"],
          why="Atlas and Freewheel, competitors, visible to each other in To")

    # 20 ---- PASS tempting: quoted question names Southbound, refusal, own quote
    inq20 = """Hi Kevin,
Do you supply Southbound E-Bikes? They sell the rack battery BT-4817 and I think
it's yours. What is your price for 200 pcs?
Luke"""
    B.add(20, KEVIN, "Luke Tran <luke@e-cargo.net.au>", "RE: BT-4817 rack battery",
          dt(9, 26, 16, 20),
          text=f"""Hi Luke

Sorry we can not tell about other company, it is our rule. For the rack battery you ask,
200pcs price is USD 174/pc FOB Ningbo, with charger 2A. MOQ 50pcs.

{SIG_KEVIN}

-----Original Message-----
From: Luke Tran <luke@e-cargo.net.au>
Sent: Friday, 25 September 2026 19:02
To: Kevin Wu <kevin.wu@fengchi-cycle.com>
Subject: BT-4817 rack battery

{inq20}""",
          expect="pass", accounts=[], rules=[],
          why="declines to talk about the account named only in the recipient's quoted question; its own quote, not Southbound's figure")
