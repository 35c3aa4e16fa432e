from lib import *


def build(B):
    # 21 ---- STOP R3, referential identity and products
    inq = """Max -

Quick one before I send the PO. Do you supply Trailhead Bikes? We're a new hardtail
brand in Colorado and want to run the FR-A275 frame with your DB-M2 mechanical
discs. If Trailhead is already on that combo I'd feel a lot better.

Thanks,
Cody Brandt
Switchback Cycles LLC, Boulder CO"""
    B.add(21, MAX, "Cody Brandt <cody@switchbackcycles.com>", "Re: FR-A275 + DB-M2 for hardtails",
          dt(9, 28, 8, 10),
          text=f"""Hi Cody,

Yes -- they've been running both of those on their hardtail line since spring, no
warranty issues so far. So you are in good company.

PI will follow today.

{SIG_MAX}

{gmail(9, 27, 19, 58, 'Cody Brandt <cody@switchbackcycles.com>', inq)}""",
          expect="stop", accounts=["trailhead"], rules=["R3"],
          why="confirms Trailhead (named in the prospect's question) runs 'both of those' (FR-A275, DB-M2), which it buys")

    # 22 ---- PASS R9 Chinese refusal; question names Radhaus
    inq22 = """陈经理：
你好！我们是德国汉堡的华人贸易公司。听说你们给韦伯车行（Radhaus Weber）供货？
我们也想做250W后驱电机，能不能给个跟他们一样的价格？
王磊"""
    B.add(22, CHEN, "王磊 <wanglei@hanse-trade.de>", "回复：250W后驱电机报价", dt(9, 28, 14, 44), subject_charset="gbk",
          text=f"""王先生您好！

不好意思，客户的信息我们都是保密的，是不是给谁供货不方便回答，希望您理解，以后您的信息我们也一样保密。
我们在德国确实有好几个客户，产品都有CE认证。

HM-250R 的报价：100套起订，每套89美金 FOB宁波，交期35天。

{SIG_CHEN}

{foxmail('王磊 <wanglei@hanse-trade.de>', '2026年9月28日(星期一) 上午9:12', '陈静 <chenjing@fengchibike.cn>', '250W后驱电机报价', inq22)}""",
          charset="gbk",
          expect="pass", accounts=[], rules=["R9"],
          why="declines to confirm the account named only in the recipient's quoted question; says only 'we have customers in Germany'")

    # 23 ---- STOP R2+R4 referential comparison to Radhaus about Cadence
    inq23 = """Hi Lily,

a quick question between us: are you still supplying Cadence? At the Eurobike I heard
they got a much better battery price than we do. If that is true we need to talk.

Klaus Weber
Radhaus Weber GmbH"""
    B.add(23, LILY, "Klaus Weber <klaus@radhaus-weber.de>", "Re: battery price",
          dt(9, 29, 9, 5),
          text=f"""Dear Klaus,

Please don't worry -- yes we still work with them, but honestly your Hailong battery price
is already about 5% lower than what they pay for their rack battery. We always look after
long-term partners like Radhaus.

{SIG_LILY}

{gmail(9, 28, 22, 17, 'Klaus Weber <klaus@radhaus-weber.de>', inq23)}""",
          expect="stop", accounts=["cadence"], rules=["R2", "R3", "R4"],
          why="confirms the competitor Cadence (named in Klaus's question), ties it to the rack battery it buys and compares its price ('5% lower than what they pay')")

    # 24 ---- FLAG R10: truncated XLSX
    good = xlsx([("Quote", [["Model", "Qty", "USD"], ["TY-2620", 5000, 4.45], ["PD-12", 2000, 3.40]])])
    B.add(24, KEVIN, "Nguyen Van Hai <hai.nguyen@saigonbike.vn>", "quotation tyres and pedals",
          dt(9, 29, 11, 20),
          text=f"""Dear Mr. Hai

pls find the quotation in attach. any question pls tell me.

{SIG_KEVIN}""",
          atts=[("Quotation_SaigonBike.xlsx", broken(good, 0.5), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")],
          expect="flag", accounts=[], rules=["R10"], why="the XLSX attachment is a truncated zip and cannot be read")

    # 25 ---- PASS Hoshino's own figures, its quoted inquiry
    inq25 = """Dear Ms. Zhang,

Thank you for the last shipment. For the next lot we would like to order again
1,000 pcs of SD-R3 carbon rail saddle and 400 pairs WS-700A wheelset.
Could you confirm same price USD 16.80 and USD 59.00?

Best regards,
Kenji Hoshino
Hoshino Cycle K.K. / 星野サイクル株式会社
Osaka, Japan"""
    B.add(25, LILY, "Kenji Hoshino <k.hoshino@hoshino-cycle.co.jp>", "Re: Re-order SD-R3 / WS-700A",
          dt(9, 29, 15, 30),
          text=f"""Dear Hoshino-san,

Confirmed: SD-R3 x 1,000 pcs at USD 16.80 and WS-700A x 400 pairs at USD 59.00, FOB
Shanghai as usual. Production can start on 12 Oct, ready around 10 Nov.

{SIG_LILY}

{outlook2('Kenji Hoshino <k.hoshino@hoshino-cycle.co.jp>', 'Tuesday, September 29, 2026 10:41 AM', 'Lily Zhang <lily@fengchi-cycle.com>', 'Re-order SD-R3 / WS-700A', inq25)}""",
          expect="pass", accounts=[], rules=[], why="Hoshino's own products and prices sent only to Hoshino")

    # 26 ---- STOP R7: Formosa's mail attached as .eml, sent to a Taiwanese prospect
    fm = inner("林志明 <cmlin@formosabike.com.tw>", "陳靜 <chenjing@fengchibike.cn>",
               "出貨時間確認", "Mon, 21 Sep 2026 10:02:00 +0800",
               """陳小姐您好：

上批貨已收到，包裝沒有問題。下一批請照原來的時間安排，十月中旬出貨即可。
謝謝

林志明
福爾摩沙單車零件股份有限公司
台中市西屯區""")
    B.add(26, CHEN, "張雅婷 <yating@velotech-tw.com>", "轉寄: 出貨時間確認", dt(9, 30, 10, 15),
          text=f"""張小姐您好：

您問我們交期是否準時，附件是一位台灣客戶上週的回信，您可以參考。我們的交期一向很準。

陳靜 Chen Jing
外貿部 | 永康風馳車業科技有限公司
電話: 0579-8712 3369""",
          charset="big5",
          atts=[("出貨時間確認.eml", fm, "message/rfc822")],
          expect="stop", accounts=["formosa"], rules=["R7", "R1"],
          why="attaches Formosa's own e-mail (its contact's address and headers) to a prospect")

    # 27 ---- PASS ordinary sample follow-up
    B.add(27, MAX, "Sophie Laurent <sophie@roulib.fr>", "Samples sent - DHL 4821 9937 60",
          dt(9, 30, 17, 5),
          text=f"""Hi Sophie,

The two sample sets (1x HM-250R with CT-15A controller and DS-860 display, 1x DB-H4 brake
set) left today by DHL, AWB 4821 9937 60, 5.8 kg. Sample charge USD 260 will be
refunded on your first order above 100 sets.

{SIG_MAX}""",
          html="""<div style="font-family:Calibri">Hi Sophie,<br><br>The two sample sets (1x HM-250R with CT-15A controller and DS-860 display,
1x DB-H4 brake set) left today by DHL, AWB <b>4821 9937 60</b>, 5.8&nbsp;kg. Sample charge USD&nbsp;260 will be refunded
on your first order above 100 sets.<br><br>Max Hu<br>Export Sales | Fengchi Cycle<br>+86 177 5790 3312</div>""",
          expect="pass", accounts=[], rules=[], why="ordinary sample mail, no customer information")

    # 28 ---- FLAG R1 plain identity
    B.add(28, LILY, "Takumi Sato <sato@cycle-base.jp>", "Introduction - Fengchi Cycle",
          dt(10, 8, 9, 30),
          text=f"""Dear Mr. Sato,

Nice to meet you at the Cycle Mode show. As I mentioned, we already work with Hoshino Cycle
in Osaka, so we know the Japanese quality requirements (JIS, BAA) very well.

Attached is our catalogue. I look forward to your inquiry.

{SIG_LILY}""",
          expect="flag", accounts=["hoshino"], rules=["R1"],
          why="names the account Hoshino Cycle to a prospect, without products or figures")

    # 29 ---- STOP R2/R3/R4: CSV stock report with the competitor's lines
    rows = [["order_no", "customer", "model", "qty", "unit_price", "currency", "etd"],
            ["SO-26-0611", "Kookaburra Wheels", "WS-29B", "500", "92.00", "USD", "2026-10-20"],
            ["SO-26-0611", "Kookaburra Wheels", "TY-2620", "6000", "4.35", "USD", "2026-10-20"],
            ["SO-26-0702", "Pacific Star Trading", "TY-2040F", "2000", "11.60", "USD", "2026-10-08"],
            ["SO-26-0702", "Pacific Star Trading", "HM-750FT", "400", "118.00", "USD", "2026-10-08"]]
    B.add(29, KEVIN, "Sam Oyelaran <sam@kookaburrawheels.com.au>", "production status",
          dt(10, 9, 14, 0),
          text=f"""Hi Sam

as request here is production status export from our ERP. your order SO-26-0611 will
finish on 15 Oct, ship 20 Oct.

{SIG_KEVIN}""",
          atts=[("production_status_oct.csv", csvb(rows), "text/csv")],
          expect="stop", accounts=["pacificstar"], rules=["R2", "R3", "R4"],
          why="the CSV export lists competitor Pacific Star's orders with products, quantities and prices")

    # 30 ---- PASS R8 reference
    B.add(30, SUNNY, "Thiago Nunes <thiago.nunes@bikevix.com.br>", "Reference customer",
          dt(10, 9, 21, 15),
          text=f"""Hi Thiago,

Sure. Cape Cycle Imports in Cape Town has agreed to act as a reference for us -- you can
call Ruan van der Merwe, he speaks Portuguese a little too :) His e-mail is
ruan@capecycle.co.za. They have been our customer since 2021.

{SIG_SUNNY}""",
          expect="pass", accounts=[], rules=["R8"],
          why="Cape Cycle is a reference account: name and contact may be given, no products or figures")

    # 31 ---- STOP R8 does not cover figures: reference account with products and volume
    B.add(31, LILY, "Lukas Janssen <lukas@fietsplus.be>", "Re: saddles and V-brakes",
          dt(10, 10, 10, 0),
          text=f"""Dear Lukas,

For a reference in Benelux you can contact Daan at Fietsland in Utrecht. They buy our
comfort saddle and the VB-110 V-brake set from us, about four thousand sets of each
every spring, so they know the products well.

{SIG_LILY}""",
          expect="stop", accounts=["fietsland"], rules=["R3", "R4", "R8"],
          why="Fietsland is a reference account, but its products and volume (4000) still may not be told")

    # 32 ---- FLAG R5 Chinese referential
    inq32 = """陈小姐：
你们的MD-350中置电机噪音大不大？我们要装在城市车上，先要50套样机。
刘"""
    B.add(32, CHEN, "刘洋 <liuyang@ebike-sg.com>", "回复: MD-350 中置电机", dt(10, 10, 15, 20),
          text=f"""刘总好，

这款我们一个老客户一直在用，装在城市车和山地车上都有，反馈噪音很小，您可以放心。
50套样机没问题，下周可以安排。

{SIG_CHEN}

{cngmail(10, 10, 11, 5, '刘洋 <liuyang@ebike-sg.com>', inq32)}""",
          expect="flag", accounts=[], rules=["R5"],
          why="'我们一个老客户' with 这款 (MD-350 from the quoted inquiry); no identity, no figure")

    # 33 ---- PASS: Summit's own figures; general statement about customers
    inq33 = """Lily,
Can you confirm the Q1 numbers: 600 FR-E29 frames, 600 MD-350 kits and 600 pairs
WS-29B, same prices as August (142 / 236 / 88.50)? Also, how big are most of your
US orders - are we small fish?
Greg"""
    B.add(33, LILY, ["Greg Halvorsen <greg@summitcyclesupply.com>"], "Re: Q1 numbers",
          dt(10, 12, 8, 20), cc=["Dana Ortiz <dana.ortiz@summitcyclesupply.com>", "Amy Lin <amy@sz-sourcepro.com>"],
          text=f"""Hi Greg,

Confirmed, 600 / 600 / 600 at USD 142.00, 236.00 and 88.50, FOB Ningbo, ready mid-January.
And no, you're not small fish -- most of our customers order one or two containers a
quarter, and you are above that.

Amy from SourcePro can do the pre-shipment inspection as usual.

{SIG_LILY}

{gmail(10, 11, 18, 2, 'Greg Halvorsen <greg@summitcyclesupply.com>', inq33)}""",
          expect="pass", accounts=[], rules=["R9"],
          why="Summit's own figures to Summit and its partner SourcePro; 'most of our customers' is a general statement")

    # 34 ---- STOP R4 third-party volume, no name in thread
    inq34 = """Kevin,
Someone at the Melbourne bike expo told me you supply a big e-bike importer down
there. How much do they buy? I want to know if you can handle our volume.
Josh"""
    B.add(34, KEVIN, "Josh Murray <josh@coastalcruisers.com.au>", "RE: capacity",
          dt(10, 12, 13, 45),
          text=f"""Hi Josh

yes the guys in Melbourne you asked about take around 3 container every quarter from us, so
your volume is no problem for our factory, we have 3 assembly line.

{SIG_KEVIN}

-----Original Message-----
From: Josh Murray <josh@coastalcruisers.com.au>
Sent: Monday, October 12, 2026 9:03 AM
To: Kevin Wu
Subject: capacity

{inq34}""",
          expect="stop", accounts=[], rules=["R4"],
          why="states the volume of a customer tied by a third-party phrase ('the guys in Melbourne'); no account named")

    # 35 ---- PASS internal, Chinese
    B.add(35, ANNA, [WANG, "Lily Zhang <lily@fengchi-cycle.com>"], "Веломир和СибВело报价对比",
          dt(10, 13, 9, 0),
          text="""王总，Lily：

俄罗斯两家客户对比一下：
Velomir（Веломир）：BT-4817 每个162美金，HM-500F 每套69美金，各1500。
SibVelo（Сибвело）：胖胎TY-2040F 10.9美金，3000条；750W胖胎电机112美金，600套。
两家是竞争关系，莫斯科展会上千万不要安排在同一个时间段见面。

Anna""",
          expect="pass", accounts=[], rules=[], why="internal recipients only")

    # 36 ---- PASS ordinary words freewheel / cadence / atlas
    inq36 = """Hi Max,
Does the 250W hub motor work with a freewheel or does it need a cassette? And does
your controller support a cadence sensor only, or torque sensor too?
Regards, Ian Price, Brightway E-Bikes (Bristol)"""
    B.add(36, MAX, "Ian Price <ian@brightway-ebikes.co.uk>", "Re: hub motor tech questions",
          dt(10, 13, 16, 10),
          text=f"""Hi Ian,

The HM-250R comes in two versions: threaded for a 7-speed freewheel, or with a splined
body for an 8-11 speed cassette. The CT-15A sine wave controller reads a 12-magnet
cadence sensor by default; the torque sensor version is CT-15A-T (+USD 9).

For the UK we ship in 1x20GP or LCL via Felixstowe. See also our dealer atlas (map of
service points) at www.fengchi-cycle.com/service.

{SIG_MAX}

{gmail(10, 13, 9, 51, 'Ian Price <ian@brightway-ebikes.co.uk>', inq36)}""",
          expect="pass", accounts=[], rules=[],
          why="'freewheel', 'cadence', 'atlas' used in their ordinary sense; no customer information")

    # 37 ---- STOP R2 in Russian
    B.add(37, ANNA, "Алексей Морозов <morozov@sibvelo.ru>", "Визит на завод",
          dt(10, 14, 10, 30),
          text=f"""Алексей, добрый день!

Будем рады видеть вас на заводе 3 ноября. Единственное -- 4 и 5 ноября у нас будут
коллеги из Веломира, поэтому лучше приехать 2-го или 3-го, чтобы вы не пересеклись.

{SIG_ANNA}""",
          charset="utf-8", cte="quoted-printable",
          expect="stop", accounts=["velomir"], rules=["R2"],
          why="names Velomir (Веломира), competitor of the recipient SibVelo")

    # 38 ---- FLAG R6: account + unknown external visible
    B.add(38, MAX, "Piotr Nowak <piotr.nowak@rowerpol.pl>", "Intro - service partner in Kraków",
          dt(10, 14, 12, 0), cc=["Tomasz Wiśniewski <t.wisniewski@veloteka.pl>"],
          text=f"""Hi Piotr,

As discussed, I copy Tomasz from Veloteka, who is starting a repair workshop in Kraków and
could handle warranty service in southern Poland. I'll let you two talk directly.

{SIG_MAX}""",
          expect="flag", accounts=["rowerpol"], rules=["R6"],
          why="account Rowerpol and an unknown external address visible to each other in To/Cc")

    # 39 ---- STOP R7: old Summit thread left quoted under a reply to a prospect
    old = outlook("Greg Halvorsen <greg@summitcyclesupply.com>", "Thursday, August 20, 2026 5:12 PM",
                  "Kevin Wu <kevin.wu@fengchi-cycle.com>", "RE: e-MTB spec sheet",
                  """Kevin, thanks, the spec sheet is what we needed. Please send the
same PDF in the new format with our logo removed.
Greg""")
    B.add(39, KEVIN, "Ryan Cole <ryan@peakvolt.us>", "RE: e-MTB spec sheet",
          dt(10, 15, 9, 10),
          text=f"""Hi Ryan

attached spec sheet for our e-MTB frame FR-E29 and mid drive, pls check.

{SIG_KEVIN}

{old}""",
          atts=[("FR-E29_spec.pdf", pdf(["FR-E29 29er e-MTB frame", "6061-T6, boost 148x12, 160mm travel, ISCG05",
                                          "Battery: integrated downtube, 500-720Wh"]), "application/pdf")],
          expect="stop", accounts=["summit"], rules=["R7", "R1"],
          why="quotes Summit's correspondence (Greg's address and Outlook headers) to a prospect")

    # 40 ---- PASS Spanish, Ciclo Azteca own prices; 'López' as the recipient's colleague
    inq40 = """Hola Sunny,
¿Nos puede confirmar el precio de las llantas TY-2620 (10,000 pzas) y los cuadros
FR-A275 (1,000 pzas)? El Sr. López de nuestro depto. de importación necesita la
proforma para el pedimento.
Rodrigo Salinas
Ciclo Azteca"""
    B.add(40, SUNNY, "Rodrigo Salinas <rsalinas@cicloazteca.mx>", "RE: precios llantas y cuadros",
          dt(10, 15, 22, 5), cc=["Ana López <importaciones@cicloazteca.mx>"],
          text=f"""Hola Rodrigo, hola Ana:

Confirmo: TY-2620 x 10,000 pzas a USD 4.10 y FR-A275 x 1,000 pzas a USD 36.90, FOB Ningbo.
Le mando la proforma al Sr. López hoy mismo para el pedimento.

{SIG_SUNNY}

El mié, 15 oct 2026 a las 9:40, Rodrigo Salinas (<rsalinas@cicloazteca.mx>) escribió:
{gt(inq40)}""",
          expect="pass", accounts=[], rules=[],
          why="Ciclo Azteca's own figures to Ciclo Azteca; 'López' is the recipient's colleague, not Bicicletas López")
