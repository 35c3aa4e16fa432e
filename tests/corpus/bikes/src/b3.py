from lib import *


def build(B):
    # 41 ---- STOP R4: price by comparison, third-party phrase; equals Ridgeline's deal
    inq = """Lily,
We'd take 1,000 sets of the HM-250R if you can match what you give the big
Melbourne importer. No point us paying more than them.
Warren Ellis, E-Wave Australia"""
    B.add(41, LILY, "Warren Ellis <warren@ewave.com.au>", "Re: HM-250R 1000 sets",
          dt(10, 16, 10, 5),
          text=f"""Hi Warren,

Understood. For 1,000 sets you would pay what they pay: USD 86.50/set FOB Ningbo, T/T 30/70.
I can hold this until 31 October.

{SIG_LILY}

{gmail(10, 15, 21, 44, 'Warren Ellis <warren@ewave.com.au>', inq)}""",
          expect="stop", accounts=["ridgeline"], rules=["R4"],
          why="'what they pay' for the Melbourne importer = USD 86.50 for HM-250R, Ridgeline's deal price, tied by a third-party phrase")

    # 42 ---- FLAG R10: text part in an unknown charset
    B.add(42, KEVIN, "Arjun Kapoor <arjun@voltcycles.in>", "catalogue + price",
          dt(10, 16, 13, 12),
          text="""Dear Arjun

pls see our price in the second part of this mail (copy from our system).

Kevin""",
          raw_text_part=("x-fengchi-erp", b"\x8e\xa1\x93\xc6\xf2\x81 HM-500F \x99\x9f 78.0 \xfe\xfd\x8f\x8f BT-4817 \x99\x9f 176.0 \xf0\xf1"),
          expect="flag", accounts=[], rules=["R10"], why="a text part in an unknown charset (x-fengchi-erp) cannot be decoded")

    # 43 ---- PASS R9 French, question names Nord Vélo
    inq43 = """Bonjour Madame,
Travaillez-vous avec Nord Vélo à Lille ? Un ami m'a dit qu'ils achètent chez vous
leurs kits de conversion. Nous sommes un atelier à Amiens.
Cordialement,
Julien Caron — Atelier Vélo Somme"""
    B.add(43, LILY, "Julien Caron <julien@atelier-velo-somme.fr>", "RE: kits de conversion",
          dt(10, 17, 9, 40),
          text=f"""Bonjour Julien,

Merci pour votre message. Nous avons effectivement des clients en France depuis 2018,
mais nous ne communiquons jamais le nom de nos clients, ni ce qu'ils achètent.
Je vous envoie volontiers notre offre pour le kit CK-36250 : EUR 162 le kit, FCA Ningbo,
minimum 50 kits.

Bien cordialement,
Lily Zhang, Fengchi Cycle

Le ven. 16 oct. 2026 à 18:22, Julien Caron <julien@atelier-velo-somme.fr> a écrit :
{gt(inq43)}""",
          expect="pass", accounts=[], rules=["R9"],
          why="refuses to confirm the account named only in the recipient's quoted question; 'clients en France' is R9")

    # 44 ---- STOP R3 French referential
    inq44 = """Bonjour,
Nous cherchons un kit de conversion 36V 250W fiable pour nos vélos de ville, et une
selle carbone SD-R3 pour la gamme route. Avez-vous des références en France ?
Merci
Nicolas Dubois, VéloCité Bruxelles"""
    B.add(44, MAX, "Nicolas Dubois <n.dubois@velocite.be>", "Re: kit conversion + selle",
          dt(10, 17, 15, 5),
          text=f"""Bonjour Nicolas,

Oui, bien sûr : Cycles Martin à Lyon prend exactement ces deux produits chez nous depuis
l'an dernier. Vous pouvez regarder leur site cycles-martin.fr.

Cordialement
Max Hu, Fengchi Cycle

> {inq44.replace(chr(10), chr(10) + '> ')}""",
          expect="stop", accounts=["cyclesmartin"], rules=["R3"],
          why="names Cycles Martin and its site with 'ces deux produits' (CK-36250, SD-R3 from the quoted inquiry), which it buys")

    # 45 ---- FLAG R1 Chinese referential: 是的，他们也是我们的客户
    inq45 = """你好，
我们是奥克兰的华人公司，做电动自行车。请问你们是不是给太平洋之星（Pacific Star）供货？
陈"""
    B.add(45, CHEN, "陈志远 <zy.chen@kiwi-ebike.co.nz>", "回复: 咨询", dt(10, 18, 10, 10),
          text=f"""陈总您好，

是的，他们也是我们的客户。欢迎您来工厂参观，有需要的产品请发询价给我。

{SIG_CHEN}

{cngmail(10, 18, 8, 31, '陈志远 <zy.chen@kiwi-ebike.co.nz>', inq45)}""",
          expect="flag", accounts=["pacificstar"], rules=["R1"],
          why="'他们也是我们的客户' confirms Pacific Star (named in the prospect's question) as a customer; no product or figure")

    # 46 ---- PASS Pacific Star asks about Kookaburra; refusal, own figures
    inq46 = """Hi Kevin,
Two things: 1) please quote 2,500 fat tyres TY-2040F, last price was 11.60.
2) Are you also selling to Kookaburra Wheels in Brisbane? We compete with them on
QLD fat bikes and I don't want to see our tyres in their shop.
Hemi"""
    B.add(46, KEVIN, "Hemi Walker <hemi@pacificstar.co.nz>", "RE: fat tyres + question",
          dt(10, 19, 9, 25),
          text=f"""Hi Hemi

1) 2,500 pcs TY-2040F we can keep USD 11.60, same as last order.
2) Sorry Hemi, we never talk about other customers, not about you to anybody and not about
anybody to you. I hope you understand.

{SIG_KEVIN}

{outlook('Hemi Walker <hemi@pacificstar.co.nz>', 'Monday, 19 October 2026 8:02 AM', 'Kevin Wu <kevin.wu@fengchi-cycle.com>', 'fat tyres + question', inq46)}""",
          expect="pass", accounts=[], rules=[],
          why="Pacific Star's own price; the competitor is named only in its own quoted question and the reply refuses")

    # 47 ---- STOP R7 + R2: Atlas's mail forwarded to its competitor Freewheel
    atl = foxmail("Fiona McLeod <buying@atlascycles.co.uk>", "2026年10月12日(星期一) 下午4:40",
                  "Kevin Wu <kevin.wu@fengchi-cycle.com>", "DB-H4 lever feel",
                  """Kevin, a few dealers report a soft lever on the 4-piston brakes after bleeding.
Is there a recommended bleed procedure? Fiona""")
    B.add(47, KEVIN, "Ben Ashworth <ben@freewheel-dist.co.uk>", "FW: DB-H4 lever feel",
          dt(10, 19, 14, 40),
          text=f"""Hi Ben

another UK customer have this question below, do your dealers also see soft lever after
bleeding? pls tell me so I can tell engineer.

Kevin

{atl}""",
          expect="stop", accounts=["atlas"], rules=["R7", "R2"],
          why="forwards Atlas's mail (Fiona's address in the quoted Foxmail header) to its competitor Freewheel")

    # 48 ---- PASS HTML-only web client quote
    html = """<div style="font-family:Microsoft YaHei,Arial;font-size:14px">Dear Mr. Okafor,<br><br>
<div>Thanks&nbsp;for&nbsp;your&nbsp;inquiry. Our offer:</div><div><br></div>
<div><table border="1" cellspacing="0" cellpadding="3"><tbody>
<tr><td><b>Item</b></td><td><b>Spec</b></td><td><b>Price</b></td></tr>
<tr><td>TY-2620</td><td>26x2.0 MTB tyre, 30TPI</td><td>US$ 4,60/pc</td></tr>
<tr><td>VB-110</td><td>V-brake set, alloy arm</td><td>US$ 3,20/set</td></tr>
<tr><td>PD-12</td><td>alloy flat pedals</td><td>US$ 3,45/pair</td></tr>
</tbody></table></div><div><br></div>
<div>MOQ 1000 pcs per item, 1x20GP mixed is OK. Payment T/T 30% deposit.</div>
<div><br></div><div>Kevin Wu</div><div>Fengchi Cycle</div>
<div><span style="color:#999">发自我的QQ邮箱</span></div></div>"""
    B.add(48, KEVIN, "Chinedu Okafor <chinedu@lagosbikes.com.ng>", "Re: Quotation request - tyres, brakes, pedals",
          dt(10, 20, 11, 11), html=html,
          expect="pass", accounts=[], rules=[], why="ordinary HTML quote to a prospect, no customer information")

    # 49 ---- STOP: Southbound's PI attached to a mail to its competitor Ridgeline
    pi = pdf(["PROFORMA INVOICE No. FC-PI-260805-01", "Buyer: Southbound E-Bikes Pty Ltd, Brunswick VIC 3056",
              "Attn: Mia Costello   Terms: FOB Ningbo, T/T"],
             table=[["Item", "Description", "Qty", "Unit", "Amount"],
                    ["FR-CT26", "step-through city e-bike frame", "800", "USD 64.00", "USD 51,200.00"],
                    ["BT-4817", "48V 17.5Ah rack battery", "800", "USD 168.00", "USD 134,400.00"]])
    B.add(49, DOCS, "Priya Raman <purchasing@ridgelinecycles.com.au>", "PI for your October order",
          dt(10, 20, 16, 30),
          text="""Dear Priya,

Please find attached the PI for your October order. Kindly arrange the deposit.

Best regards
Docs Dept, Fengchi Cycle""",
          atts=[("FC-PI-260805-01.pdf", pi, "application/pdf")],
          expect="stop", accounts=["southbound"], rules=["R2", "R3", "R4"],
          why="wrong PI: Southbound's proforma with its products and prices sent to its competitor Ridgeline")

    # 50 ---- FLAG R5
    B.add(50, MAX, "Harry Dobson <harry@voltmotion.co.uk>", "4-piston brakes",
          dt(10, 21, 10, 0),
          text=f"""Hi Harry,

Good timing -- one of our UK distributors has just reordered the DB-H4 4-piston hydraulic
brake, so we have a production run going in November. If you want to join, sample sets
can ship next week.

{SIG_MAX}""",
          expect="flag", accounts=[], rules=["R5"],
          why="third-party phrase 'one of our UK distributors' with the product; no identity, no figure")

    # 51 ---- PASS R8: reference Fietsland, no figures
    B.add(51, LILY, "Sanne Bakker <sanne@stadfiets.nl>", "Reference in the Netherlands",
          dt(10, 21, 14, 25),
          text=f"""Dear Sanne,

Happy to give you a reference: Fietsland B.V. in Utrecht (www.fietsland.nl) has worked
with us for six years and agreed to speak to new customers. Ask for Daan de Vries.

{SIG_LILY}""",
          expect="pass", accounts=[], rules=["R8"], why="Fietsland is a reference account; naming it is allowed, no products or figures")

    # 52 ---- STOP R3/R7: WeChat chat with Ridgeline's contact pasted to a prospect
    B.add(52, KEVIN, "Ryan Cole <ryan@peakvolt.us>", "customer feedback",
          dt(10, 22, 9, 0),
          text=f"""Hi Ryan

you ask real feedback, I copy from my WeChat with one customer:

[2026-10-09 14:02] Jack Whitfield: mate the DB-H4 brakes are spot on, zero returns
[2026-10-09 14:03] Kevin Wu: great to hear!
[2026-10-09 14:05] Jack Whitfield: motors too, the HM-250R is quiet. book another 1200 for Q1
[2026-10-09 14:05] Kevin Wu: ok will do 👍

{SIG_KEVIN}""",
          expect="stop", accounts=["ridgeline"], rules=["R3", "R4"],
          why="pasted chat names Ridgeline's contact Jack Whitfield with the DB-H4 and HM-250R it buys and its 1200 volume")

    # 53 ---- PASS López's own order, Spanish
    inq53 = """Hola Sunny,
Para la temporada 2027 queremos 800 pares de ruedas WS-700A y 5.000 cubiertas
TY-7028. ¿Mantienen 61,00 y 3,70 EUR? También queremos saber el plazo para 200
cuadros de carbono FR-C700.
Un saludo,
Marta Ruiz — Compras, Bicicletas López"""
    B.add(53, SUNNY, "Marta Ruiz <compras@bicicletaslopez.es>", "RE: pedido temporada 2027",
          dt(10, 22, 20, 40), cc=["Javier López <javier@bicicletaslopez.es>"],
          text=f"""Hola Marta:

Sí, mantenemos EUR 61,00 el par de WS-700A y EUR 3,70 la cubierta TY-7028. Para los 200
cuadros FR-C700 (EUR 265,00) el plazo es de 45 días, porque el molde se usa también para
otras tallas.

{SIG_SUNNY}

El jue, 22 oct 2026 a las 11:05, Marta Ruiz <compras@bicicletaslopez.es> escribió:
{gt(inq53)}""",
          expect="pass", accounts=[], rules=[], why="Bicicletas López's own products and prices sent only to López")

    # 54 ---- FLAG R6: account and prospects in To
    B.add(54, MAX, ["Kim Ji-hoon <jh.kim@hanbitmobility.co.kr>", "park@seoulcycle.kr", "info@busanmobility.co.kr"],
          "Fengchi at Seoul Mobility Show - booth B-212", dt(10, 23, 9, 0),
          text=f"""Dear friends in Korea,

We will exhibit at the Seoul Mobility Show, 12-15 November, booth B-212. We'd be glad to
meet you there and show the new MD-350 mid drive.

{SIG_MAX}""",
          expect="flag", accounts=["hanbit"], rules=["R6"],
          why="account Hanbit and two unknown external addresses visible to each other in To")

    # 55 ---- STOP R6 block: competitors in Cc
    B.add(55, ANNA, "Дмитрий Соколов <sokolov@velomir.ru>", "Приглашение: стенд на выставке в Москве",
          dt(10, 23, 11, 0), cc=["Алексей Морозов <morozov@sibvelo.ru>"],
          text=f"""Коллеги, добрый день!

Приглашаем вас на наш стенд C4-118 на выставке «Мир велосипеда», Москва, 20-22 ноября.
Будем показывать новые мотор-колёса и аккумуляторы.

{SIG_ANNA}""",
          expect="stop", accounts=["velomir", "sibvelo"], rules=["R6"],
          why="competitors Velomir and SibVelo visible to each other in To/Cc")

    # 56 ---- PASS internal forward of a Cadence thread
    cad = outlook("Jonas Becker <j.becker@cadence-bikes.de>", "Thursday, October 22, 2026 3:10 PM",
                  "Lily Zhang <lily@fengchi-cycle.com>", "frame welding",
                  "Lily, two FR-CT26 frames from the July lot show cracks at the seat tube weld. Photos attached. Jonas")
    B.add(56, LILY, [WANG, "QC <qc@fengchibike.cn>"], "FW: frame welding - Cadence complaint",
          dt(10, 23, 14, 0),
          text=f"""王总, QC,

Please see Cadence's complaint below. They bought 1000 FR-CT26 at EUR 58 in July. We need
an 8D report by Monday.

Lily

{cad}""",
          expect="pass", accounts=[], rules=[], why="internal recipients only")

    # 57 ---- FLAG R10: truncated DOCX
    d = docx(["# Distribution Agreement (draft)", "Between Yongkang Fengchi Cycle Technology Co., Ltd. and Nordic E-Move AB.",
              "1. Territory: Sweden, Norway, Finland.", "2. Minimum purchase: 2 x 40HQ per year."])
    B.add(57, LILY, "Erik Lindqvist <erik@nordicemove.se>", "Draft distribution agreement",
          dt(10, 26, 9, 30),
          text=f"""Dear Erik,

Attached our draft agreement for your review.

{SIG_LILY}""",
          atts=[("Distribution_Agreement_draft_v2.docx", broken(d, 0.4), "application/vnd.openxmlformats-officedocument.wordprocessingml.document")],
          expect="flag", accounts=[], rules=["R10"], why="the DOCX attachment is a truncated zip and cannot be read")

    # 58 ---- STOP R4 Chinese: third-party volume, no name
    inq58 = """陈小姐，TY-2620这款外胎你们产能多少？我们一个月大概要8000条，怕你们供不上。
—— 马来西亚 李"""
    B.add(58, CHEN, "李国强 <kq.lee@mybike.com.my>", "回复: TY-2620 产能", dt(10, 26, 15, 10),
          text=f"""李总：

放心，这款我们的老客户每个月订3万条，都是准时出货，您8000条完全没问题。

{SIG_CHEN}

{cngmail(10, 26, 10, 2, '李国强 <kq.lee@mybike.com.my>', inq58)}""",
          expect="stop", accounts=[], rules=["R4"],
          why="a volume stated about '我们的老客户' (third-party phrase) for 这款; no account identified")

    # 59 ---- PASS Rowerpol's own invoice; figures that look like data
    B.add(59, DOCS, "Piotr Nowak <piotr.nowak@rowerpol.pl>", "Commercial invoice FC260505-07 / HS 8714.93",
          dt(10, 27, 10, 0),
          text="""Dear Piotr,

Commercial invoice FC260505-07 for customs:
- HM-500F front hub motor, 500 sets x USD 71.50 = USD 35,750.00, HS 8714.93.00
- VB-110 V-brake set, 8000 sets x USD 3.05 = USD 24,400.00, HS 8714.94.00
Container TGHU 8812306 (1x40HQ), B/L ZIMUNGB1188271, ETA Gdańsk 2 Dec.

Our prices are the same for all EU markets, so the customs value should not raise questions.

Docs Dept, Fengchi Cycle, tel +86-579-8712 3370""",
          expect="pass", accounts=[], rules=["R9"], why="Rowerpol's own figures to Rowerpol; 'same for all EU markets' is general")

    # 60 ---- STOP R2 referential, Spanish
    inq60 = """Hola Sunny,
antes de cerrar el pedido de motores: ¿ustedes trabajan con Pedal Brasil? Ellos
entran fuerte en Chile este año.
Francisca Vidal, Ciclosur"""
    B.add(60, SUNNY, "Francisca Vidal <fvidal@ciclosur.cl>", "RE: pedido motores",
          dt(10, 27, 21, 30),
          text=f"""Hola Francisca:

Sí, son clientes nuestros desde 2024, pero le aseguro que cada cliente tiene su propio
precio y su información es confidencial.

{SIG_SUNNY}

El mar, 27 oct 2026 a las 12:15, Francisca Vidal <fvidal@ciclosur.cl> escribió:
{gt(inq60)}""",
          expect="stop", accounts=["pedalbrasil"], rules=["R2"],
          why="confirms Pedal Brasil (named in the recipient's question), a competitor of Ciclosur, is a customer")
