from lib import *


def build(B):
    # 81 ---- STOP R3 referential, mixed Chinese/English
    inq = """Hi Kevin,
We are a distributor in Manchester. Interested in DB-H4 hydraulic brakes and the
WS-700A road wheelset. Do any UK companies already use them?
Daniel Hughes, NorthWest Cycle Parts"""
    B.add(81, KEVIN, "Daniel Hughes <daniel@nwcycleparts.co.uk>", "RE: DB-H4 + WS-700A",
          dt(11, 11, 10, 40),
          text=f"""Hi Daniel

有的，Freewheel Distribution 也在用这两款，他们是英国很大的distributor，quality no problem.
I send you price tomorrow ok?

{SIG_KEVIN}

{outlook('Daniel Hughes <daniel@nwcycleparts.co.uk>', 'Tuesday, November 10, 2026 4:55 PM', 'Kevin Wu', 'DB-H4 + WS-700A', inq)}""",
          expect="stop", accounts=["freewheel"], rules=["R3"],
          why="names Freewheel Distribution with 这两款 (DB-H4, WS-700A from the quoted inquiry), which it buys")

    # 82 ---- PASS refusal under a quoted question naming Summit
    inq82 = """Max,
Straight question: is Summit getting a better deal on pedals than we are? Renew at 3.15
only if we're the best price in the US.
Luis Carrasco, Trailhead Bicycle"""
    B.add(82, MAX, "Luis Carrasco <luis.c@trailheadbike.com>", "Re: PD-12 renewal",
          dt(11, 11, 15, 0), cc=["Megan Fischer <megan@trailheadbike.com>"],
          text=f"""Hi Luis,

I can't discuss any other company -- that's the same promise we make to you. What I can
do is keep your PD-12 at USD 3.15/pair for 5,000 pairs through June 2027.

{SIG_MAX}

{gmail(11, 11, 8, 20, 'Luis Carrasco <luis.c@trailheadbike.com>', inq82)}""",
          expect="pass", accounts=[], rules=[],
          why="declines to discuss the account named only in Trailhead's own quoted question; Trailhead's own figures")

    # 83 ---- FLAG R10 encrypted PDF to the account itself
    enc = pdf(["PROFORMA INVOICE FC-PI-261112-01", "Hanbit Mobility Co., Ltd.", "MD-350 x 450 sets", "DS-860 x 450 pcs"],
              encrypt="hanbit1112")
    B.add(83, DOCS, "Kim Ji-hoon <jh.kim@hanbitmobility.co.kr>", "PI FC-PI-261112-01 (encrypted)",
          dt(11, 12, 9, 45),
          text="""Dear Mr. Kim,

As requested by your finance team, the PI is password protected. Password: as agreed by phone.

Docs Dept, Fengchi Cycle""",
          atts=[("FC-PI-261112-01.pdf", enc, "application/pdf")],
          expect="flag", accounts=[], rules=["R10"], why="encrypted PDF cannot be read")

    # 84 ---- PASS with image attachment
    B.add(84, CHEN, "李国强 <kq.lee@mybike.com.my>", "电池认证 UN38.3 / 图片", dt(11, 12, 14, 0),
          text=f"""李总：

附件是BT-3613下管电池的外观图片，UN38.3、MSDS和CE报告我们都有，您需要的话我把PDF发您。
电芯是三星21700，容量13Ah，循环寿命800次以上。

{SIG_CHEN}""",
          atts=[("BT-3613_front.png", png(32, 20, (30, 30, 30)), "image/png")],
          expect="pass", accounts=[], rules=[], why="product information and an image, no customer information")

    # 85 ---- STOP R7: Cadence mail attached as .eml to a prospect
    cm = inner("Jonas Becker <j.becker@cadence-bikes.de>", "Lily Zhang <lily@fengchi-cycle.com>",
               "EN 15194 certificate", "Wed, 04 Nov 2026 11:20:00 +0100",
               """Hi Lily,
could you send us the EN 15194 certificate in the new 2026 version? Our TÜV auditor asks
for it. Thanks, Jonas""")
    B.add(85, LILY, "Markus Huber <m.huber@alpen-ebike.at>", "FW: EN 15194 certificate",
          dt(11, 13, 10, 0),
          text=f"""Dear Markus,

Many of our German-speaking customers ask for the same certificate, see attached one such
request for example. I attach the certificate too.

{SIG_LILY}""",
          atts=[("EN 15194 certificate.eml", cm, "message/rfc822"),
                ("EN15194_certificate_2026.pdf", pdf(["EN 15194:2017+A1:2023 test report summary", "Report no. TR-26-0915-FC"]), "application/pdf")],
          expect="stop", accounts=["cadence"], rules=["R7", "R1"],
          why="attaches Cadence's own e-mail (Jonas's address and headers) to a prospect")

    # 86 ---- FLAG R1 contact name
    B.add(86, MAX, "Jordan Pike <jordan@desertdogbikes.com>", "Introduction",
          dt(11, 13, 16, 30),
          text=f"""Hi Jordan,

Megan Fischer told me you were looking for a new frame supplier for your Arizona shops,
so I thought I'd introduce myself. We make alloy and carbon frames, wheelsets and
e-bike drive systems in Zhejiang.

{SIG_MAX}""",
          expect="flag", accounts=["trailhead"], rules=["R1"],
          why="names Megan Fischer, a contact of Trailhead, to a prospect; no product or figure")

    # 87 ---- PASS R8 + R9
    B.add(87, SUNNY, "Felipe Muñoz <felipe@bicisandinas.cl>", "RE: experiencia en Latinoamérica",
          dt(11, 16, 21, 0),
          text=f"""Hola Felipe:

Exportamos a 12 países de Latinoamérica, desde México hasta Chile. Si quiere una
referencia, Andes Bike Colombia aceptó hablar con nuevos clientes.

{SIG_SUNNY}""",
          expect="pass", accounts=[], rules=["R9", "R8"], why="countries only, and a reference account named without products or figures")

    # 88 ---- STOP R4 comparison, third-party phrase only
    B.add(88, LILY, "Anja Roth <a.roth@radhaus-weber.de>", "Re: 2027 hub motor price",
          dt(11, 16, 10, 30),
          text=f"""Dear Anja,

I understand the pressure. But please believe me: our biggest German customer pays about
EUR 2 more per motor than you do, so your price is already very fair.

{SIG_LILY}""",
          expect="stop", accounts=[], rules=["R4"],
          why="a price by comparison about 'our biggest German customer' (third-party phrase); no account named")

    # 89 ---- PASS SibVelo own order, Russian quote
    inq89 = """Анна,
подтвердите, пожалуйста, заказ: 3000 шт. TY-2040F по 10,90 и 600 комплектов HM-750FT
по 112 долларов. Отгрузка через Забайкальск.
Алексей"""
    B.add(89, ANNA, "Алексей Морозов <morozov@sibvelo.ru>", "Re: заказ шины и мотор-колёса",
          dt(11, 17, 9, 20),
          text=f"""Алексей, подтверждаю:
TY-2040F — 3000 шт. × 10,90 USD
HM-750FT — 600 компл. × 112,00 USD
Условия FCA Иу, отгрузка через Забайкальск 10 декабря.

{SIG_ANNA}

вт, 17 нояб. 2026 г. в 7:48, Алексей Морозов <morozov@sibvelo.ru>:
{gt(inq89)}""",
          expect="pass", accounts=[], rules=[], why="SibVelo's own figures sent only to SibVelo")

    # 90 ---- FLAG R5
    B.add(90, MAX, "Stefan Vogel <s.vogel@rennrad-vogel.de>", "Carbon frame samples",
          dt(11, 17, 14, 10),
          text=f"""Hi Stefan,

A dealer in Germany is already testing the FR-C700 carbon road frame with Di2 routing, so
we have the German feedback on hand. Shall I send you a sample in size 54?

{SIG_MAX}""",
          expect="flag", accounts=[], rules=["R5"],
          why="third-party phrase 'a dealer in Germany' with the FR-C700; no identity or figure")

    # 91 ---- STOP R6 block
    B.add(91, KEVIN, ["Sam Oyelaran <sam@kookaburrawheels.com.au>", "Hemi Walker <hemi@pacificstar.co.nz>"],
          "Chinese New Year shipping schedule", dt(11, 18, 10, 0),
          text=f"""Dear Sam, Hemi

Chinese New Year 2027 is 6 Feb. Last shipment before holiday will be 25 Jan, factory
restart 20 Feb. Pls confirm your orders before 20 Dec.

{SIG_KEVIN}""",
          expect="stop", accounts=["kookaburra", "pacificstar"], rules=["R6"],
          why="competitors Kookaburra and Pacific Star visible to each other in To")

    # 92 ---- PASS general statements with figures
    B.add(92, LILY, "Hannah Schulz <hannah@velowerk-berlin.de>", "Re: factory capacity",
          dt(11, 18, 15, 40),
          text=f"""Dear Hannah,

Our factory ships about 40 containers a month in total; most of our customers order one
or two 40HQ a month in season. So 2x40HQ for you in March is easy for us.
Our prices are the same for all EU markets.

{SIG_LILY}""",
          html="""<p>Dear Hannah,</p><p>Our factory ships about <b>40 containers a month</b> in total; most of our customers order one
or two 40HQ a month in season. So 2x40HQ for you in March is easy for us.<br>Our prices are the same for all EU markets.</p>
<p>Best regards,<br>Lily Zhang</p>""",
          expect="pass", accounts=[], rules=["R9"], why="statements about customers in general and total capacity")

    # 93 ---- PASS Northpeak own PI in DOCX
    d93 = docx(["# PROFORMA INVOICE FC-PI-261119-02", "Buyer: Northpeak Bikes Ltd, Calgary AB, Canada",
                "Terms: FOB Ningbo, T/T 30% deposit"],
               table=[["Item", "Qty", "Unit price USD", "Amount USD"], ["HM-500F", "300", "74.00", "22,200.00"],
                      ["DS-860", "300", "21.50", "6,450.00"]])
    B.add(93, DOCS, "Olivia Tremblay <olivia@northpeakbikes.ca>", "PI FC-PI-261119-02",
          dt(11, 19, 9, 10),
          text="""Hi Olivia,

Attached PI for your spring order. Total USD 28,650.00, deposit USD 8,595.00.

Docs Dept, Fengchi Cycle""",
          atts=[("FC-PI-261119-02.docx", d93, "application/vnd.openxmlformats-officedocument.wordprocessingml.document")],
          expect="pass", accounts=[], rules=[], why="Northpeak's own PI sent only to Northpeak")

    # 94 ---- STOP R3 HTML table of installations
    html94 = """<html><body>
<p>Dear Hoshino-san,</p>
<p>You asked where our V-brakes are used in Asia. Some installations:</p>
<table border="1"><tr><th>Market</th><th>Customer</th><th>Product</th></tr>
<tr><td>Thailand</td><td>Siam Velo</td><td>VB-110 V-brake set</td></tr>
<tr><td>Vietnam</td><td>(several shops)</td><td>VB-110</td></tr></table>
<p>Best regards,<br>Lily Zhang</p></body></html>"""
    B.add(94, LILY, "Kenji Hoshino <k.hoshino@hoshino-cycle.co.jp>", "V-brakes in Asia",
          dt(11, 19, 14, 0), html=html94,
          expect="stop", accounts=["siamvelo"], rules=["R3"],
          why="HTML table row names Siam Velo with the VB-110 it buys, sent to Hoshino")

    # 95 ---- PASS internal forward of a Velomir thread
    vm = cnoutlook("Elena Petrova <zakupki@velomir.ru>", "2026年11月19日 16:10", "Anna Lou", "оплата",
                   "Анна, оплату 30% по заказу BT-4817 (1500 шт.) отправили сегодня. Елена")
    B.add(95, ANNA, DOCS, "FW: оплата Velomir - 请查收款", dt(11, 20, 9, 0),
          cc=["Lily Zhang <lily@fengchi-cycle.com>"],
          text=f"""单证部：
Velomir 30%定金说已经付了，请查一下中行账户有没有到，1500个BT-4817，每个162美金。

Anna

{vm}""",
          expect="pass", accounts=[], rules=[], why="internal recipients only")

    # 96 ---- FLAG R6
    B.add(96, MAX, "Emre Yılmaz <emre@anadolubisiklet.com.tr>", "Dinner at Eurasia Bike Show",
          dt(11, 20, 11, 0), cc=["Faisal Al Mansoori <faisal@desertride.ae>"],
          text=f"""Dear Emre, dear Faisal,

You are both in Istanbul for the show next week -- would you like to join our team for
dinner on Thursday 26th at 19:30? It will be a small group.

{SIG_MAX}""",
          expect="flag", accounts=["anadolu", "desertride"], rules=["R6"],
          why="two non-competing accounts visible to each other in To/Cc")

    # 97 ---- STOP R7: Pedal Brasil's mail in the quoted thread to Ciclo Azteca
    pb = cnoutlook("Thiago Almeida <thiago@pedalbrasil.com.br>", "2026年11月18日 22:14",
                   "Sunny Ye <sunny.ye@fengchi-cycle.com>", "RE: catálogo em espanhol",
                   "Oi Sunny, o catálogo em espanhol ficou ótimo, pode usar. Abraço, Thiago")
    B.add(97, SUNNY, "Rodrigo Salinas <rsalinas@cicloazteca.mx>", "RE: catálogo en español",
          dt(11, 21, 9, 30),
          text=f"""Hola Rodrigo:

Le reenvío el catálogo en español. Abajo verá que ya fue revisado.

{SIG_SUNNY}

{pb}""",
          expect="stop", accounts=["pedalbrasil"], rules=["R7", "R1"],
          why="quoted block carries Pedal Brasil's contact address and headers, sent to Ciclo Azteca")

    # 98 ---- PASS: Summit's figures to Summit's partner only
    B.add(98, LILY, "Amy Lin <amy@sz-sourcepro.com>", "Inspection booking - Summit order SO-26-0820",
          dt(11, 23, 10, 0),
          text=f"""Hi Amy,

Summit's order SO-26-0820 is ready for inspection on 26 Nov:
600 pcs FR-E29 frames, 600 sets MD-350, 600 pairs WS-29B.
Please bring the AQL 2.5 sheet Greg sent last time.

{SIG_LILY}""",
          expect="pass", accounts=[], rules=[],
          why="sz-sourcepro.com is Summit's partner, so Summit's own order goes only to Summit's side")

    # 99 ---- FLAG R1 in Korean script
    B.add(99, CHEN, "Park Min-jun <mj.park@seoul-ebike.kr>", "回复: 韩国市场", dt(11, 23, 15, 0),
          text=f"""Park先生您好，

谢谢您的来信。我们在韩国已经有合作伙伴한빛모빌리티，合作很愉快，所以对韩国的KC认证比较熟悉。
欢迎发询价。

{SIG_CHEN}""",
          expect="flag", accounts=["hanbit"], rules=["R1"],
          why="names Hanbit (한빛모빌리티) as a partner to a prospect; no product or figure")

    # 100 ---- PASS: prospect names Ridgeline; reply does not confirm
    inq100 = """Lily,
I used to work at Ridgeline, so I know they buy the HM-250R and BT-3613 from you.
Can we get those two at a similar price?
Chris"""
    B.add(100, LILY, "Chris Fenton <chris@fentonbikes.com.au>", "Re: HM-250R / BT-3613",
          dt(11, 24, 9, 0),
          text=f"""Hi Chris,

Whatever you may have heard, I can't comment on any company. For the HM-250R and BT-3613
you mentioned, our price for 300 sets is USD 91.00 and USD 134.00 FOB Ningbo.

{SIG_LILY}

{gmail(11, 23, 20, 15, 'Chris Fenton <chris@fentonbikes.com.au>', inq100)}""",
          expect="pass", accounts=[], rules=[],
          why="the account and its products appear only in the recipient's quoted words; the reply neither confirms nor compares")
