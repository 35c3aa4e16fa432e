from lib import M, xlsx, pdf, docx, png, inner
from people import *

# 41 R1 Chinese: 是的，他们是我们的客户
M(frm=WANG, to=[("周海", "zhouhai@lagos-huaxing.com")],
  subject="回复: 请问你们给光田能源供货吗", date="2026-12-05 15:10", client="foxmail", charset="gbk", cte="b64", subj_charset="gbk",
  body="""周总您好，

是的，他们是我们的客户，合作好几年了。不过他们的具体业务我们不方便透露，请理解。
您这边尼日利亚的项目需要什么产品，发我清单，我给您报价。

""" + SIG_WANG + """
------------------ 原始邮件 ------------------
发件人: "周海"<zhouhai@lagos-huaxing.com>
发送时间: 2026年12月5日(星期六) 上午11:20
收件人: "王芳"<wangfang@bwsolar.cn>
主题: 请问你们给光田能源供货吗

王经理好，听朋友说拉各斯的光田能源是你们的客户？我们也在拉各斯做工程。
""",
  expect="flag", accounts=["brightfield"], rules=["R1"],
  why="'是的，他们是我们的客户' confirms Brightfield (光田能源) named in the quoted question; no product or figure")

# 42 R2: to Zenith confirming Brightfield
M(frm=KEVIN, to=[("Tunde Adeyemi", "tunde@zenithpower.ng")],
  subject="RE: Brightfield?", date="2026-12-06 09:05", client="outlook",
  body="""Dear Tunde,

yes they are our old customer since 2024, but every customer have own design, we never copy your design to them.
Your 1000 sets AIO100 is in production now, photos tomorrow.

Kevin
-----Original Message-----
From: Tunde Adeyemi <tunde@zenithpower.ng>
Sent: Saturday, December 5, 2026 6:40 PM
To: kevin@brightway-solar.com
Subject: Brightfield?

Kevin, straight question: is Brightfield Energy buying from you? My sales team says so.
""",
  expect="stop", accounts=["brightfield"], rules=["R2"],
  why="to Zenith, confirms its competitor Brightfield (named in the quoted question) is a customer")

# 43 R8 Sonnenweg reference, German
M(frm=LILY, to=[("Markus Huber", "m.huber@alpensolar.at")],
  subject="AW: Referenzkunde in Deutschland?", date="2026-12-06 10:30", client="outlook", charset="windows-1252", cte="qp",
  body="""Sehr geehrter Herr Huber,

gerne: Sonnenweg Solartechnik in Freiburg ist unser Referenzkunde und hat zugestimmt, Anfragen zu beantworten. Ansprechpartner ist Herr Jonas Becker, j.becker@sonnenweg-solar.de.

Zu Ihrer Anfrage für Flachdach-Systeme schicke ich Ihnen morgen die Statik.

Mit freundlichen Grüßen
Lily Chen
Brightway Solar Lighting

-----Ursprüngliche Nachricht-----
Von: Markus Huber <m.huber@alpensolar.at>
Gesendet: Samstag, 5. Dezember 2026 16:02
An: lily.chen@brightway-solar.com
Betreff: Referenzkunde in Deutschland?

Hallo Frau Chen, haben Sie einen Kunden im DACH-Raum, den wir als Referenz anrufen können? Wir interessieren uns für das MK-FL10 Flachdach-System.
""",
  expect="pass", accounts=[], rules=["R8"],
  why="names reference account Sonnenweg and its contact; MK-FL10 is not a product Sonnenweg buys; no figures")

# 44 R3/R4 Martin PI in DOCX sent to a Belgian prospect
d44 = docx(["PROFORMA INVOICE  No. BW-PI-260803",
            "Buyer: Éclairage Martin SARL, 14 rue des Tanneurs, 69007 Lyon, France",
            "Seller: Zhongshan Brightway Solar Lighting Co., Ltd.",
            "Terms: FOB Shenzhen, T/T 30% deposit, 70% before shipment",
            "Bank: HSBC Zhongshan Branch"],
           table=[("Item", "Description", "Qty", "Unit price", "Amount"),
                  ("FL-50", "50W LED floodlight IP65", "6000 pcs", "EUR 4.70", "EUR 28,200.00")],
           table_after=3)
M(frm=KEVIN, to=[("Thomas Dubois", "t.dubois@luminabel.be")],
  subject="PI format", date="2026-12-06 14:00", client="outlook",
  body="""Dear Thomas,

you ask how our PI look like, I attach one example. Your PI will be same format.
""" + SIG_KEVIN,
  atts=[{"kind": "bin", "name": "PI_BW-PI-260803.docx", "data": d44}],
  expect="stop", accounts=["martin"], rules=["R3", "R4"],
  why="a proforma invoice of Éclairage Martin (its name, FL-50, 6000 pcs at EUR 4.70) attached to mail to another buyer")

# 45 R5: the same ones work for a client in Ecuador
M(frm=AMY, to=[("Felipe Araya", "faraya@ingsolar.cl")],
  subject="RE: 200W split - fotos de proyectos", date="2026-12-07 09:30", client="outlook",
  body="""Hola Felipe,

Los mismos que usted pidió están funcionando en un proyecto de un cliente en Ecuador desde marzo, le adjunto fotos de noche.
El tiempo de autonomía es de 3 noches.
""" + SIG_AMY + """
-----Mensaje original-----
De: Felipe Araya <faraya@ingsolar.cl>
Enviado el: domingo, 6 de diciembre de 2026 22:10
Para: amy.wu@brightway-solar.com
Asunto: 200W split - fotos de proyectos

Amy, ¿tiene fotos de instalaciones reales del BW-SP200 de 200W?
""",
  atts=[{"kind": "bin", "name": "proyecto_noche.png", "data": png()}],
  expect="flag", accounts=[], rules=["R5"],
  why="'los mismos que usted pidió' (SP200 in the quoted mail) with 'un cliente en Ecuador'; no identity or figure")

# 46 pass: Keystone's own quoted words name BrightPath; reply refuses
M(frm=KEVIN, to=[("Brandon Miller", "bmiller@keystone-electric.com")],
  subject="RE: ballast kit price match", date="2026-12-07 11:15", client="outlook",
  body="""Hi Brandon,

Sorry, I can't comment on other buyer's prices, same as I never tell anybody yours.
For your side, FL-200 we keep USD18.60/pc for the 1200 pcs as agreed, and I can quote the ballast kit separately when you send me the roof layout.

Kevin
-----Original Message-----
From: Brandon Miller <bmiller@keystone-electric.com>
Sent: Sunday, December 6, 2026 3:22 PM
To: kevin@brightway-solar.com
Subject: ballast kit price match

Kevin, I hear BrightPath Solar is getting the MK-FL10 ballast kit from you at 19.40. Match that for us and we'll add it to our FL-200 order.
""",
  expect="pass", accounts=[], rules=[],
  why="BrightPath appears only in Keystone's own quoted words; the reply refuses and gives Keystone's own figures")

# 47 R3/R4 Portuguese: same price we give them
M(frm=AMY, to=[("Juliana Rocha", "juliana@refletorbrasil.com.br")],
  subject="Re: Refletor solar 300W - mesmo preço da Luz do Sol?", date="2026-12-07 13:40", client="gmail",
  body="""Olá Juliana,

Posso te dar o mesmo preço que damos para eles, desde que o pedido seja de pelo menos 1 container 40HQ. Pagamento 30% adiantado.
Me avise.

Amy
Em seg., 7 de dez. de 2026 às 09:12, Juliana Rocha <juliana@refletorbrasil.com.br> escreveu:
> Amy, sabemos que a Luz do Sol compra o refletor solar SFL-300 de vocês. Queremos o mesmo preço que eles pagam.
""",
  expect="stop", accounts=["luzdosol"], rules=["R3", "R4"],
  why="'o mesmo preço que damos para eles' gives Luz do Sol's price (named in the quoted mail) by comparison")

# 48 R6 two non-competing accounts in To/Cc (new mail, no quote)
M(frm=TONY, to=[("Budi Santoso", "budi@cahayaterang.co.id")], cc=[("Nguyen Thi Lan", "lan.nguyen@saigongreenlight.vn")],
  subject="ASEAN installer training - Zhongshan, 11-12 January", date="2026-12-07 16:00", client="outlook",
  body="""Dear Budi, dear Ms Lan,

As promised, here is the plan for the installer training at our factory on 11-12 January: day 1 battery and controller settings, day 2 pole foundation and commissioning.
Hotel: Crowne Plaza Zhongshan, we pick you up at Zhuhai airport.
""" + SIG_TONY,
  expect="flag", accounts=["cahaya", "saigongreen"], rules=["R6"],
  why="Cahaya Terang and Saigon Green Light (not competitors) visible to each other in To/Cc")

# 49 pass Spanish: refusal under a quoted question naming Grupo Solaris
M(frm=AMY, to=[("Ricardo Ibarra", "ribarra@ledpuebla.mx")],
  subject="RE: ¿Tienen clientes en México?", date="2026-12-08 09:00", client="outlook",
  body="""Estimado Ricardo,

Sí, tenemos clientes en México desde 2015, en varias ciudades. Por política de la empresa no comentamos sobre empresas específicas, igual que protegeríamos la información de ustedes.
Con gusto le envío el catálogo y la lista de precios públicos.
""" + SIG_AMY + """
-----Mensaje original-----
De: Ricardo Ibarra <ribarra@ledpuebla.mx>
Enviado el: lunes, 7 de diciembre de 2026 19:30
Para: amy.wu@brightway-solar.com
Asunto: ¿Tienen clientes en México?

Hola, ¿tienen clientes en México? ¿Grupo Solaris es cliente de ustedes?
""",
  expect="pass", accounts=[], rules=["R9"],
  why="says it has customers in Mexico and declines the recipient's quoted question about Grupo Solaris")

# 50 R3 Spanish: yes, it is one of their main models
M(frm=AMY, to=[("Alejandra Vega", "avega@solarbajio.mx")],
  subject="RE: Luminaria 60W todo en uno", date="2026-12-08 10:30", client="gmail",
  body="""Hola Alejandra,

Sí, es uno de sus modelos principales con nosotros. Para ustedes puedo ofrecer el mismo equipo con su marca en la carcasa.
""" + SIG_AMY + """
El lun, 7 dic 2026 a las 20:15, Alejandra Vega (<avega@solarbajio.mx>) escribió:
> Amy, ¿Grupo Solaris les compra la luminaria AIO60 todo en uno de 60W? La vimos en su catálogo.
""",
  expect="stop", accounts=["solaris"], rules=["R3"],
  why="confirms Grupo Solaris (named in the quoted question) buys the AIO60 ('uno de sus modelos principales')")

# 51 pass: Atlas' own figures; its quoted mail names Cape Sunworks
M(frm=TONY, to=[("Thandi Mokoena", "orders@atlassolar.co.za")], cc=[("Pieter van Wyk", "pieter@atlassolar.co.za")],
  subject="Re: Ground mount + 550W panels - Jan shipment", date="2026-12-08 12:00", client="gmail",
  body="""Hi Thandi,

Noted. We keep the ground mounting kit at USD310/set for the 120 sets and the 550W panels at USD61/pc for 2,160 pcs (4 x 40HQ). ETD Shenzhen 10 January.
About the market, I understand the pressure. Our prices to you are fixed for the year.
""" + SIG_TONY + """
On Tue, 8 Dec 2026 at 08:15, Thandi Mokoena <orders@atlassolar.co.za> wrote:
> Tony, please confirm the Jan shipment: 120 x MK-GR6 at 310 and 2160 x PV-550M at 61.
> Cape Sunworks is undercutting us on panels in the Western Cape, so we need you to hold these prices.
""",
  expect="pass", accounts=[], rules=[],
  why="Atlas' own figures to Atlas; Cape Sunworks appears only in Atlas' own quoted words")

# 52 R10 corrupt DOCX
_d = docx(["PACKING LIST", "200 cartons FL-100"])
M(frm=KEVIN, to=[("Ahmed Farouk", "ahmed.farouk@cairoledhouse.com")],
  subject="packing list draft", date="2026-12-08 14:45", client="outlook",
  body="""Dear Ahmed,

pls check the packing list draft attach. if ok we book the container.
""" + SIG_KEVIN,
  atts=[{"kind": "bin", "name": "Packing_List_draft.docx", "data": _d[:1500]}],
  expect="flag", accounts=[], rules=["R10"],
  why="the DOCX attachment is truncated and cannot be read")

# 53 R7: reused an old Zenith thread as a template
M(frm=KEVIN, to=[("Ifeanyi Obi", "ifeanyi@obiprojects.com.ng")],
  subject="RE: SFL-100 spec sheet", date="2026-12-09 09:20", client="outlook",
  body="""Dear Ifeanyi,

pls find the spec sheet of SFL-100 below link, also the IES file.
https://www.brightway-solar.com/download/SFL-100.pdf

Kevin
-----Original Message-----
From: Grace Eze <grace.eze@zenithpower.ng>
Sent: Thursday, September 10, 2026 2:05 PM
To: kevin@brightway-solar.com
Subject: SFL-100 spec sheet

Hi Kevin, please send the SFL-100 spec sheet and IES file. Thanks, Grace
""",
  expect="stop", accounts=["zenith"], rules=["R7"],
  why="the quoted block carries Zenith's contact headers (an old Zenith thread reused) sent to another Nigerian buyer")

# 54 pass: HTML-only French to Maroc Lumière with its own figures
M(frm=LILY, to=[("Youssef Benali", "y.benali@maroclumiere.ma")],
  subject="Re: Commande SP150 - 260 ensembles", date="2026-12-09 10:10", client="web",
  html="""<div style="font-family:Calibri,sans-serif;font-size:11pt">Bonjour Youssef,<br><br>
Je vous confirme&nbsp;: <b>260 ensembles SP150</b> (lampadaire solaire split 150W) à <b>145,00&nbsp;USD</b> FOB Shenzhen, livraison fin janvier.<br>
Le certificat d'origine sera fait par la CCPIT.<br><br>Cordialement,<br>Lily Chen<br>Brightway Solar Lighting</div>
<div><br></div>
<div style="border-left:2px solid #1010ff;padding-left:8px;color:#555">Le mar. 8 déc. 2026 à 17:05, Youssef Benali &lt;y.benali@maroclumiere.ma&gt; a écrit&nbsp;:<br>
Bonjour Lily, merci de confirmer 260 x SP150 à 145 USD. Youssef</div>""",
  expect="pass", accounts=[], rules=[],
  why="Maroc Lumière's own order figures sent to Maroc Lumière (HTML-only)")

# 55 R1: web site written with 'dot'
M(frm=KEVIN, to=[("Usman Tariq", "usman.tariq@lahoregreenpower.pk")],
  subject="RE: customer in Pakistan?", date="2026-12-09 11:40", client="outlook",
  body="""Dear Usman,

Yes you can visit Karachi Solar House, they are our customer in Karachi for long time. Web is solarhouse dot pk. I think they will show you the lights installed at their office.

Kevin
-----Original Message-----
From: Usman Tariq <usman.tariq@lahoregreenpower.pk>
Sent: Wednesday, December 9, 2026 9:02 AM
To: kevin@brightway-solar.com
Subject: customer in Pakistan?

Hi Kevin, is there any customer in Pakistan where we can see your lights working before we order?
""",
  expect="flag", accounts=["solarhouse"], rules=["R1"],
  why="names Karachi Solar House and its web site (written with 'dot') to a prospect; no product or figure")

# 56 R4: volume in words, third party, NZ prospect asks about AIO60
M(frm=LILY, to=[("Hamish Reid", "hamish@kiwisparks.co.nz")],
  subject="Re: BW-AIO60 for rural driveways", date="2026-12-09 13:20", client="apple",
  body="""Hi Hamish,

This model is well proven down under - our importer in Sydney takes around twelve hundred sets of it every quarter, with very few returns.
For NZ I'd suggest the same spec with the bigger battery option for the South Island winters.
""" + SIG_LILY + """
On 9 Dec 2026, at 10:44, Hamish Reid <hamish@kiwisparks.co.nz> wrote:

> Hi Lily, we're considering the BW-AIO60 for rural driveways. Is it proven in our part of the world?
""",
  expect="stop", accounts=["sunbelt"], rules=["R4"],
  why="'our importer in Sydney takes around twelve hundred sets' of the quoted AIO60 matches Sunbelt's 1,200-set deal")

# 57 pass: Desert Star's own PI (PDF) to Desert Star
p57 = pdf(["PROFORMA INVOICE  No. BW-PI-261209",
           "Buyer: Desert Star Electromechanical LLC, Al Quoz Industrial 3, Dubai, UAE",
           "Terms: CIF Jebel Ali, T/T 30% deposit"],
          table=[("Item", "Qty", "Unit price USD", "Amount USD"),
                 ("HB-150 UFO high bay 150W", "2000", "14.60", "29,200.00"),
                 ("FL-100 100W LED floodlight", "5000", "9.75", "48,750.00")])
M(frm=TONY, to=[("Leena Joseph", "purchase@desertstar-em.ae")],
  subject="PI BW-PI-261209 - high bay + floodlights", date="2026-12-09 15:30", client="outlook",
  body="""Dear Leena,

Please find attached PI for your order. Kindly arrange the 30% deposit, production starts upon receipt.
""" + SIG_TONY,
  atts=[{"kind": "bin", "name": "PI_BW-PI-261209.pdf", "data": p57}],
  expect="pass", accounts=[], rules=[],
  why="Desert Star's own PI with its own figures sent to Desert Star")

# 58 R5 traditional Chinese big5
M(frm=WANG, to=[("何先生", "ho@kowloon-lighting.com.hk")],
  subject="回覆: 工礦燈 HB-150 報價", date="2026-12-10 10:05", client="foxmail",
  charset="big5", cte="b64", subj_charset="big5",
  body="""何先生您好：

這款我們有香港的客戶一直在用，用在貨倉，反饋很好。
報價：FOB深圳，MOQ 100個，交期15天。

王芳
中山明途太陽能照明

> 發件人: 何先生 <ho@kowloon-lighting.com.hk>
> 主題: 工礦燈 HB-150 報價
> 請報HB-150 UFO工礦燈150W，300個。
""",
  expect="flag", accounts=[], rules=["R5"],
  why="'這款' refers to HB-150 in the quoted inquiry with 'a Hong Kong customer'; no identity or figure (big5)")

# 59 R6 competing accounts visible to each other
M(frm=TONY, to=[("Faisal Rahman", "faisal@alnoorlighting.ae"), ("Imran Qureshi", "imran@desertstar-em.ae")],
  subject="Middle East distributor dinner - Light Middle East 2027", date="2026-12-10 12:00", client="outlook",
  body="""Dear Faisal, dear Imran,

Our GM Jason will be in Dubai for Light Middle East in January. We'd like to invite you both to a dinner on 13 Jan at 8pm, Al Hadheerah.
Please confirm your attendance.
""" + SIG_TONY,
  expect="stop", accounts=["alnoor", "desertstar"], rules=["R6"],
  why="Al Noor and Desert Star, which compete, are visible to each other in To")

# 60 pass: HS code, tracking numbers, invoice numbers
M(frm=KEVIN, to=[("Chidi Okeke", "chidi@okekeimports.com.ng")],
  subject="RE: documents for clearing", date="2026-12-10 14:20", client="outlook",
  body="""Dear Chidi,

For your clearing: HS code 9405.42.90 for the street lights, 8541.43 for panels. Commercial invoice BW-INV-261210-07, B/L No. COSU6241800452.
Original documents by DHL AWB 4418 2290 65, ETA Lagos 18 Dec.
We ship to Nigeria every week so the documents format is well known by Apapa customs.
""" + SIG_KEVIN + """
-----Original Message-----
From: Chidi Okeke <chidi@okekeimports.com.ng>
Sent: Thursday, December 10, 2026 11:00 AM
To: kevin@brightway-solar.com
Subject: documents for clearing

Kevin pls send HS codes and AWB for my 300 sets order.
""",
  expect="pass", accounts=[], rules=["R9"],
  why="HS codes, invoice and tracking numbers for the recipient's own order; 'we ship to Nigeria' is R9")
