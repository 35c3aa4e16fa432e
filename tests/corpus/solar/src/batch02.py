from lib import M, xlsx, pdf, docx, png, inner
from people import *

# 21 R3/R4 price comparison with Daylight named in quote
M(frm=TONY, to=[("Yaw Boateng", "yaw.boateng@ashantisolar.com")],
  subject="Re: 100W solar flood light price for Kumasi", date="2026-11-28 09:10", client="gmail",
  body="""Hi Yaw,

Ok I understand. I can give you a little bit lower than what they pay, USD12.20/set FOB Shenzhen for 500 sets, but please keep this between us.
Battery is 3.2V LiFePO4, 3 years warranty.
""" + SIG_TONY + """
On Fri, 27 Nov 2026 at 18:44, Yaw Boateng <yaw.boateng@ashantisolar.com> wrote:
> Tony, Daylight Ventures sells your SFL-100 solar floodlight in Kumasi and they are cheaper than us in the market.
> What price do you give them? I need better price or I can not compete.
""",
  expect="stop", accounts=["daylight"], rules=["R3", "R4"],
  why="a price given by comparison with 'what they pay', they = Daylight Ventures named in the quoted question")

# 22 R5 Chinese: 同款 with a Malaysian old customer
M(frm=WANG, to=[("陈志明", "zm.chen@megasuria.com.my")],
  subject="回复: 太阳能壁灯 WL-20 询价", date="2026-11-28 14:25", client="foxmail",
  body="""陈先生您好！

同款我们有个马来西亚的老客户一直在卖，市场反馈很好，您可以放心。
感应距离8米，充满电可以亮3个雨天。报价单见附件，FOB深圳。

祝好
""" + SIG_WANG + """
发件人: 陈志明 <zm.chen@megasuria.com.my>
发送时间: 2026年11月28日 10:02
收件人: wangfang@bwsolar.cn
主题: 太阳能壁灯 WL-20 询价

你好，我们想要WL-20太阳能壁灯，先要1000个试单，请报价。
""",
  expect="flag", accounts=[], rules=["R5"],
  why="'同款' refers to WL-20 in the quoted inquiry with a third-party phrase (马来西亚的老客户); no identity or figure")

# 23 pass: accepts the prospect's own target price (which happens to equal a deal figure)
M(frm=KEVIN, to=[("Tran Minh Duc", "duc.tran@hanoilightco.vn")],
  subject="RE: WL-20 target price", date="2026-11-29 10:35", client="outlook",
  body="""Dear Mr Duc,

After check with boss, OK we accept your target USD4.65/pc for 5,000 pcs WL-20, FOB Shenzhen. Color box with your logo free.
Please confirm then I make PI.
""" + SIG_KEVIN + """
-----Original Message-----
From: Tran Minh Duc <duc.tran@hanoilightco.vn>
Sent: Saturday, November 28, 2026 8:20 PM
To: kevin@brightway-solar.com
Subject: WL-20 target price

Kevin, our target price is 4.65 USD for 5000 pcs wall light WL-20. If ok we order next week.
""",
  expect="pass", accounts=[], rules=[],
  why="the recipient's own target price and quantity from its own quoted mail; not tied to any other account")

# 24 R7 Chinese forwarded Saigon Green Light thread
M(frm=WANG, to=[("黄伟", "huangwei@vinasolarbuild.com")],
  subject="转发: 安装照片", date="2026-11-29 16:50", client="foxmail",
  body="""黄总，

下面是之前越南项目的安装照片，您参考一下，支架安装很简单。

""" + SIG_WANG + """
-------- 转发邮件信息 --------
发件人：Nguyen Thi Lan <lan.nguyen@saigongreenlight.vn>
发送日期：2026-10-03 11:24
收件人：wangfang <wangfang@bwsolar.cn>
主题：installation photos

Dear Wang Fang,
Please see photos from our site in Binh Duong. Installation went well, thank you for your support.
Lan
""",
  atts=[{"kind": "bin", "name": "site_photo_01.png", "data": png()}],
  expect="stop", accounts=["saigongreen"], rules=["R7"],
  why="forwards Saigon Green Light's mail with its contact's headers to another buyer")

# 25 R8 Savanna reference
M(frm=LILY, to=[("Peter Mwangi", "pmwangi@rift-electrics.co.ke")],
  subject="Re: Reference in Kenya?", date="2026-11-30 09:20", client="apple",
  body="""Dear Peter,

Sure. Savanna Renewables in Nairobi has kindly agreed to act as our reference. You can reach Wanjiru Kamau on wanjiru@savannarenewables.co.ke - please mention my name.

For your SP150 enquiry, I'll send the quotation with the battery sizing tomorrow.
""" + SIG_LILY + """
On 29 Nov 2026, at 21:03, Peter Mwangi <pmwangi@rift-electrics.co.ke> wrote:

> Hi Lily, do you have anyone in Kenya we can call for a reference? We're evaluating the SP150 split light for a county tender.
""",
  expect="pass", accounts=[], rules=["R8"],
  why="names reference account Savanna Renewables and its contact; SP150 is not a product Savanna buys, no figures")

# 26 R3 mixed: they take the same two models
M(frm=TONY, to=[("Hendra Wijaya", "hendra@surya-mandiri.co.id")],
  subject="Re: Supplier of Cahaya Terang?", date="2026-11-30 11:45", client="gmail",
  body="""Hi Hendra,

Yes 他们是我们的客户, they take the same two models from us, 质量没问题的. For you we can start from 100 sets trial order.
I will send you quotation after lunch.

Tony
On Mon, 30 Nov 2026 at 10:05, Hendra Wijaya <hendra@surya-mandiri.co.id> wrote:
> Dear Tony,
> Do you supply Cahaya Terang in Surabaya? We want the AIO60 all-in-one and the LiFePO4 12.8V60Ah battery like them.
> Thanks
""",
  expect="stop", accounts=["cahaya"], rules=["R3"],
  why="confirms Cahaya Terang (named in the quoted question) and says 'they take the same two models' (AIO60, LFP-1260 it buys)")

# 27 R1 Portuguese
M(frm=AMY, to=[("Carlos Menezes", "carlos@solnordeste.com.br")],
  subject="Re: Fornecedor da Luz do Sol?", date="2026-11-30 20:10", client="gmail",
  body="""Olá Carlos,

Sim, são nossos clientes há alguns anos. Não posso dar detalhes do negócio deles, espero que entenda.
Para o seu projeto de postes solares em Recife, posso cotar o modelo AIO100 com poste de 8 m.

Abraços,
Amy Wu
Brightway Solar Lighting

Em seg., 30 de nov. de 2026 às 14:32, Carlos Menezes <carlos@solnordeste.com.br> escreveu:
> Boa tarde Amy, vocês fornecem para a Luz do Sol Distribuidora em São Paulo?
> Obrigado
""",
  expect="flag", accounts=["luzdosol"], rules=["R1"],
  why="'Sim, são nossos clientes' confirms Luz do Sol named in the quoted question; products offered are not ones it buys")

# 28 pass: customers in general
M(frm=LILY, to=[("Ben Carter", "ben@carterlighting.com.au")],
  subject="Re: Pricing consistency", date="2026-12-01 08:30", client="apple",
  body="""Hi Ben,

Our prices are the same for all markets - we don't do special deals for one country. Most of our customers order one or two containers a month, but we are happy to start with a mixed 20GP.
Yes, we have customers in Australia and we know the AS/NZS requirements well.
""" + SIG_LILY + """
On 30 Nov 2026, at 17:15, Ben Carter <ben@carterlighting.com.au> wrote:
> Lily, how do I know other Aussie buyers aren't getting a better price than me? What do your customers usually order?
""",
  expect="pass", accounts=[], rules=["R9"],
  why="statements about customers in general and exporting to Australia")

# 29 R2: to BrightPath confirming Keystone
M(frm=KEVIN, to=[("Kyle Jennings", "kyle@brightpathsolar.com")],
  subject="RE: quick question", date="2026-12-01 22:15", client="outlook",
  body="""Hi Kyle,

yes they are, but don't worry, you are our first partner in Texas and we treat you first always.
The ballast kit container will load on 8th Dec as plan.

Kevin
-----Original Message-----
From: Kyle Jennings <kyle@brightpathsolar.com>
Sent: Tuesday, December 1, 2026 7:50 AM
To: kevin@brightway-solar.com
Subject: quick question

Kevin - is Keystone Electric one of your customers? One of their reps mentioned your factory name.
""",
  expect="stop", accounts=["keystone"], rules=["R2"],
  why="to BrightPath, 'yes they are' confirms its competitor Keystone (named in the quoted question) is a customer")

# 30 pass: Solaris' own order, Spanish, a customs broker named López
M(frm=AMY, to=[("Héctor Ramírez", "hramirez@gruposolaris.com.mx")], cc=[("Paola Mendoza", "pmendoza@gruposolaris.com.mx")],
  subject="RE: Pedido AIO60 1.500 sets - documentos", date="2026-12-02 09:00", client="outlook",
  body="""Estimado Héctor,

Confirmo su pedido: 1.500 sets BW-AIO60 a USD 37,90/set FOB Shenzhen y 6.000 pzs de lámpara de pared WL-20 a USD 4,80.
Los documentos originales los mandamos por DHL a su agente aduanal, Lic. Pedro López, guía 7723 4410 9821.

Paola: la factura comercial va con el número BW-INV-261202.
""" + SIG_AMY,
  expect="pass", accounts=[], rules=[],
  why="Solaris' own order figures sent to Solaris; the customs broker's surname López is not Iluminación López")

# 31 R3/R4: workbook with a leftover Faro Austral sheet
wb31 = xlsx([
    ("Cotización", [("Modelo", "Descripción", "Cantidad", "Precio USD FOB"),
                    ("BW-AIO100", "Luminaria solar todo en uno 100W", 300, 61.50),
                    ("POLE-6", "Poste galvanizado 6 m", 300, 102.00)]),
    ("Faro Austral", [("Cliente: Faro Austral SpA - Punta Arenas", "", "", ""),
                      ("Modelo", "Cantidad", "Precio", "Fecha"),
                      ("BW-AIO100", 900, 55.40, "2026-09-05"),
                      ("POLE-6", 900, 94.00, "2026-09-05")]),
])
M(frm=AMY, to=[("Rodrigo Sepúlveda", "rsepulveda@lucesdelsur.cl")],
  subject="Cotización luminarias solares 100W - Temuco", date="2026-12-02 12:30", client="outlook",
  body="""Estimado Rodrigo,

Adjunto la cotización para las 300 luminarias AIO100 con postes de 6 m. Validez 30 días.
""" + SIG_AMY,
  atts=[{"kind": "bin", "name": "Cotizacion_Temuco_AIO100.xlsx", "data": wb31}],
  expect="stop", accounts=["faro"], rules=["R3", "R4"],
  why="the workbook has a leftover sheet naming Faro Austral with its AIO100/POLE-6 prices and volumes")

# 32 R6 account + unknown consultant in Cc
M(frm=TONY, to=[("Pieter van Wyk", "pieter@atlassolar.co.za")], cc=[("Nadia Pillay", "nadia@windcalc-eng.co.za")],
  subject="Wind load certificate - meeting Tuesday", date="2026-12-02 15:05", client="outlook",
  body="""Hi Pieter, hi Nadia,

Thanks for arranging. Let's do the Teams call on Tuesday 8 Dec, 10:00 SAST / 16:00 Beijing.
Our engineer Mr. Zhao will present the SANS 10160 calculation method and the test report for the clamps.
""" + SIG_TONY,
  expect="flag", accounts=["atlas"], rules=["R6"],
  why="Atlas and an unknown external consultant are visible to each other in To/Cc; no Atlas deal info in the text")

# 33 R9 Arabic-market English
M(frm=KEVIN, to=[("Salim Al Balushi", "salim@muscat-ledtech.om")],
  subject="RE: Solar street light supplier for Oman", date="2026-12-03 10:00", client="outlook",
  body="""Dear Sir Salim,

Greetings from Brightway!!
Yes sir we are having many customers in GCC - UAE, KSA, Qatar, Kuwait - and our lights are working in 50 deg C without problem.
Kindly share your BOQ and drawing, we will revert with best offer inshallah.
""" + SIG_KEVIN + """
-----Original Message-----
From: Salim Al Balushi <salim@muscat-ledtech.om>
Sent: Wednesday, December 2, 2026 11:45 PM
To: kevin@brightway-solar.com
Subject: Solar street light supplier for Oman

Dear Kevin, do you have experience in GCC market? High temperature is big issue.
""",
  expect="pass", accounts=[], rules=["R9"],
  why="says the company has customers in GCC countries; no identity or figures")

# 34 R3: yes Desert Star orders this high bay
M(frm=KEVIN, to=[("Rashid Mahmood", "rashid@alwaha-trading.ae")],
  subject="RE: UFO high bay seen at Desert Star warehouse", date="2026-12-03 12:40", client="outlook",
  body="""Dear Rashid,

yes Desert Starr order this high bay from us regular, also the 100W flood. Same factory same quality, we can supply you also no problem.
Kindly tell qty.

Kevin
-----Original Message-----
From: Rashid Mahmood <rashid@alwaha-trading.ae>
Sent: Thursday, December 3, 2026 10:12 AM
To: kevin@brightway-solar.com
Subject: UFO high bay seen at Desert Star warehouse

Kevin, I saw your UFO high bay 150W at Desert Star Electromechanical warehouse in Al Quoz. Do they buy from you?
""",
  expect="stop", accounts=["desertstar"], rules=["R3"],
  why="names Desert Star (misspelt 'Desert Starr', named correctly in the quoted question) with the high bay and 100W flood it buys")

# 35 R10 unknown charset
M(frm=WANG, to=[("林先生", "lin@lumenasia-hk.com")],
  subject="Re: 样品寄送时间", date="2026-12-03 16:20", client="qq",
  charset="bogus", cte="b64",
  body="""林先生您好，
样品已经安排，下周一顺丰寄出，单号出来后发您。
谢谢！
""",
  expect="flag", accounts=[], rules=["R10"],
  why="the text part declares an unknown charset and cannot be decoded reliably")

# 36 R3/R4 Chinese: volume about Solar House and price by comparison
M(frm=WANG, to=[("赵经理", "zhao@gz-tongda-trade.com")],
  subject="回复：卡拉奇客户的投光灯价格", date="2026-12-04 09:45", client="foxmail",
  body="""赵经理，

他们每次拿4000套左右，具体价格我不方便说。给您的价格会比他们稍高一点，13.2美金一套FOB深圳，因为您的量是300套。
希望理解。

""" + SIG_WANG + """
发件人: 赵经理 <zhao@gz-tongda-trade.com>
发送时间: 2026年12月4日 8:30
收件人: wangfang@bwsolar.cn
主题: 卡拉奇客户的投光灯价格

王小姐，卡拉奇的Solar House从你们这里拿100W太阳能投光灯，他们什么价？我们的巴基斯坦客户想要一样的。
""",
  expect="stop", accounts=["solarhouse"], rules=["R3", "R4"],
  why="'他们每次拿4000套左右' states Solar House's volume (named in the quoted question) and prices by comparison")

# 37 pass: ordinary words summit / atlas / pacific
M(frm=LILY, to=[("Ryan MacLeod", "ryan@northernlumen.ca")],
  subject="Meeting at the Solar Summit in Las Vegas", date="2026-12-04 11:00", client="apple",
  body="""Hi Ryan,

Great to hear you'll be at the Solar Summit in Las Vegas too. I'll bring samples of the 100W all-in-one.
About your question on winter performance: we size the battery with the NASA irradiance atlas for your latitude, so for Winnipeg we would recommend the bigger 410W panel kit.
I fly in across the Pacific on Feb 8, so any day after that works.
""" + SIG_LILY,
  expect="pass", accounts=[], rules=[],
  why="'Summit', 'atlas' and 'Pacific' used as ordinary words; no account information")

# 38 R7 attached .eml of Greenfield
e38 = inner("Oliver Hughes <oliver.hughes@greenfield-elec.co.uk>", "Lily Chen <lily.chen@brightway-solar.com>",
            "Carton marking for 10k FL-50", "Mon, 14 Sep 2026 10:12:00 +0100",
            "Hi Lily,\n\nFor our 10k FL-50 order please print the carton as follows: our logo top, CE/UKCA marks, barcode on the short side.\nThanks,\nOliver\n")
M(frm=LILY, to=[("Emma Walsh", "emma.walsh@lumenhouse.co.uk")],
  subject="Fwd: carton marking example", date="2026-12-04 14:30", client="apple",
  body="""Hi Emma,

As an example of how UK buyers usually specify carton marking, I attach a mail we received before. You can send us yours in the same way.
""" + SIG_LILY,
  atts=[{"kind": "eml", "name": "Carton marking for 10k FL-50.eml", "msg": e38}],
  expect="stop", accounts=["greenfield"], rules=["R7", "R3"],
  why="attaches Greenfield's own mail (its contact's headers) with its FL-50 order volume to another UK buyer")

# 39 R5 Arabic-market English
M(frm=KEVIN, to=[("Abdullah Qasim", "abdullah@qasimelectric.qa")],
  subject="RE: UFO high bay 150W", date="2026-12-05 10:20", client="outlook",
  body="""Dear Brother Abdullah,

Same model one of our client in Dubai is using for a mall parking, very satisfied, no any failure from 1 year.
Please find attached the IES file and datasheet.
""" + SIG_KEVIN + """
-----Original Message-----
From: Abdullah Qasim <abdullah@qasimelectric.qa>
Sent: Friday, December 4, 2026 9:14 PM
To: kevin@brightway-solar.com
Subject: UFO high bay 150W

Dear Kevin, need 200 pcs HB-150 UFO high bay for warehouse in Doha. Pls send datasheet and IES.
""",
  expect="flag", accounts=[], rules=["R5"],
  why="'same model one of our client in Dubai is using' refers to the quoted HB-150; no identity or figure")

# 40 pass: Brightfield's own figures to its agent (partner domain)
M(frm=TONY, to=[("Segun Akande", "segun@ekosourcing.ng")],
  subject="Brightfield order BF-2611 - inspection", date="2026-12-05 13:00", client="outlook",
  body="""Dear Segun,

For Brightfield's order BF-2611 (450 sets SP150 split type at USD142/set, 450 pcs LFP-1260 battery and 450 pcs 8m poles), goods will be ready for your inspection on 14 Dec.
Please confirm your inspector's name for the factory gate pass.
""" + SIG_TONY,
  expect="pass", accounts=[], rules=[],
  why="Brightfield's own order details sent to its agent, a partner domain of Brightfield")
