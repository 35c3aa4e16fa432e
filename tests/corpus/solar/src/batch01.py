from lib import M, xlsx, pdf, docx, png, inner
from people import *

# 1 seed story, English
M(frm=KEVIN, to=[("Tom Hargreaves", "tom@sparkrite.com.au")],
  subject="RE: Enquiry - 60W all in one + 300W solar flood, Australia",
  date="2026-11-16 10:12", client="outlook",
  body="""Hi Tom,

Thanks for your mail. About the 2 models you want, our customer Sunbelt Lighting in Sydney just ordered them last month, quality is very good and no complain. You can check their web www.sunbeltlighting.com.au , they sell to many council project.

For you first order we can do sample 2pcs each by DHL, sample cost refundable.

Any question pls let me know.
""" + SIG_KEVIN + """
-----Original Message-----
From: Tom Hargreaves <tom@sparkrite.com.au>
Sent: Sunday, November 15, 2026 9:41 PM
To: kevin@brightway-solar.com
Subject: Enquiry - 60W all in one + 300W solar flood, Australia

Hi Kevin,

We are an electrical contractor in Parramatta looking at your BW-AIO60 all-in-one street light and the SFL-300 solar floodlight for a few caravan park jobs.
Before we commit, is there anyone in Australia already using them that we could speak to?

Cheers,
Tom Hargreaves
Sparkrite Electrical
""",
  expect="stop", accounts=["sunbelt"], rules=["R3"],
  why="seed story: names Sunbelt and its web site with 'the 2 models you want' (AIO60 and SFL-300 it buys) to a new Australian buyer")

# 2 seed story, Chinese
M(frm=WANG, to=[("李大卫", "david.li@ausunhome.com.au")],
  subject="回复：彩钢瓦支架和瓦片挂钩询价", date="2026-11-17 15:30", client="foxmail",
  charset="gbk", cte="b64", subj_charset="gbk",
  body="""李总您好，

您问的这2款产品，墨尔本的Outback Solar一直在我们这里拿，已经合作三年了，质量很稳定，您可以放心。
价格方面我明天整理一份报价单给您，FOB深圳，MOQ 200套。

有问题随时微信联系我。
""" + SIG_WANG + """

------------------ 原始邮件 ------------------
发件人: "李大卫"<david.li@ausunhome.com.au>
发送时间: 2026年11月17日(星期二) 上午9:05
收件人: "wangfang"<wangfang@bwsolar.cn>
主题: 彩钢瓦支架和瓦片挂钩询价

王小姐你好，
我们在墨尔本做屋顶光伏安装，想了解一下你们的 MK-TR4 彩钢瓦支架 和 MK-TL2 瓦片挂钩套装。
澳洲有没有客户在用？质量怎么样？
谢谢
李大卫
""",
  expect="stop", accounts=["outback"], rules=["R3"],
  why="Chinese seed story: '这2款产品' refers to MK-TR4/MK-TL2 in the quoted inquiry, and names Outback Solar which buys them")

# 3 R1 referential: yes they are our customer
M(frm=LILY, to=[("Shane Ryder", "shane@qldsolarpro.com.au")],
  subject="Re: Solar street lights for Toowoomba subdivision", date="2026-11-18 08:47", client="apple",
  body="""Hi Shane,

Yes, they are our customer, we have worked together for some years. I hope you understand I can't go into their business, but I'm happy to look after your project directly.

For the subdivision, I'd suggest our 60W all-in-one on 6m poles; I'll send a lighting simulation (DIALux) once you give me the road width and pole spacing.
""" + SIG_LILY + """
On 17 Nov 2026, at 19:22, Shane Ryder <shane@qldsolarpro.com.au> wrote:

> Hi Lily,
> A mate told me Harbour Electrical in Brisbane buys from you - is that right?
> We have a subdivision job near Toowoomba, around 40 street lights, needs to be off-grid.
> Shane
""",
  expect="flag", accounts=["harbour"], rules=["R1"],
  why="'yes, they are our customer' confirms Harbour Electrical named in the quoted question; no product Harbour buys or figure")

# 4 pass: Sunbelt's own figures to Sunbelt
M(frm=LILY, to=[("Mark Doherty", "mark@sunbeltlighting.com.au")], cc=[("Priya Nair", "purchasing@sunbeltlighting.com.au")],
  subject="Re: AIO60 repeat order 1200 sets", date="2026-11-18 11:05", client="gmail",
  body="""Hi Mark,

Confirmed - for the repeat 1,200 sets BW-AIO60 we hold USD 38.50/set FOB Shenzhen, same as September. 6m poles also unchanged at USD96/pc for the 300 pcs.
Production 25 days after deposit. I'll send the PI this afternoon.

Priya - please note the new bank account is the same HSBC one as last time, nothing changed.
""" + SIG_LILY + """
On Wed, 18 Nov 2026 at 09:30, Mark Doherty <mark@sunbeltlighting.com.au> wrote:
> Lily,
> We'd like to repeat the September order - 1200 x AIO60 and 300 x 6m poles.
> Can you hold 38.50? Let me know.
> Mark
""",
  expect="pass", accounts=[], rules=[],
  why="Sunbelt's own products, price and volume sent only to Sunbelt")

# 5 R4 third party price, Nigeria
M(frm=KEVIN, to=[("Emeka Nwosu", "emeka.nwosu@gmail.com")],
  subject="RE: split type 150W solar street light quotation", date="2026-11-19 14:20", client="outlook",
  body="""Dear Emeka,

Good day. For this one we can give you same price as our other customer in Lagos, USD142/set FOB Shenzhen, with 12.8V lithium battery inside pole box.
This is our best price, because they order every month we can not give lower than them.

Lead time 20-25days. Payment T/T 30% deposit, balance before loading.
""" + SIG_KEVIN + """
-----Original Message-----
From: Emeka Nwosu <emeka.nwosu@gmail.com>
Sent: Thursday, November 19, 2026 8:03 AM
To: kevin@brightway-solar.com
Subject: split type 150W solar street light quotation

Hello Kevin, pls quote your BW-SP150 split type 150W solar street light, 100 sets, CIF Lagos or FOB. Thanks. Emeka
""",
  expect="stop", accounts=["brightfield"], rules=["R4"],
  why="'for this one' (the quoted SP150) at USD142/set tied to 'our other customer in Lagos' equals Brightfield's deal")

# 6 pass: refusal under a quoted question naming Zenith
M(frm=TONY, to=[("Olumide Bakare", "olumide@sunwaveng.com")],
  subject="Re: supplier question", date="2026-11-19 16:02", client="gmail",
  body="""Dear Olumide,

Sorry, we don't discuss other companies' business - we would treat your information the same way.
What I can say is we ship to Lagos and Abuja regularly and have a good clearing agent at Apapa.

If you share the list of items and quantities you need I will quote today.
""" + SIG_TONY + """
On Thu, 19 Nov 2026 at 13:11, Olumide Bakare <olumide@sunwaveng.com> wrote:
> Hello Tony
> Are you the supplier of Zenith Power? Their 100W all in one looks exactly like yours.
> We want same one.
""",
  expect="pass", accounts=[], rules=["R9"],
  why="refuses to answer the recipient's quoted question about Zenith; says only it ships to Lagos")

# 7 R5: a customer in Germany reordered these
M(frm=KEVIN, to=[("Hans Wolff", "h.wolff@dachprofi-nord.de")],
  subject="AW: tile roof hook kit / tin roof kit", date="2026-11-20 09:15", client="foxmail",
  body="""Dear Hans,

these two model is very popular in Europe, one customer in Poland just reorder them last month again, so you can be sure for quality.
I attach the installation manual. Please check.
""" + SIG_KEVIN + """
发件人: Hans Wolff [mailto:h.wolff@dachprofi-nord.de]
发送时间: 2026年11月19日 17:40
收件人: kevin@brightway-solar.com
主题: tile roof hook kit / tin roof kit

Hello Kevin,
we are roofers in Hamburg and want to test your MK-TL2 tile roof hook kit and the MK-TR4 tin roof mounting kit.
Please send datasheet.
Hans Wolff
""",
  expect="flag", accounts=[], rules=["R5"],
  why="'one customer in Poland just reorder them' refers to the two kits in the quoted inquiry; no identity, no figure")

# 8 R2+R3 to Outback about Sunbelt
M(frm=KEVIN, to=[("Rhys Callaghan", "rhys@outbacksolar.com.au")],
  subject="RE: saw your floodlights at a competitor stand", date="2026-11-20 10:40", client="outlook",
  body="""Hi Rhys,

Yes Sunbelt is buying from us, they take the 300W solar flood only, not the roof kits. So your mounting business no conflict with them, don't worry.

For your Dec order of tin roof kit pls confirm qty asap, factory is very busy before CNY.
""" + SIG_KEVIN + """
-----Original Message-----
From: Rhys Callaghan <rhys@outbacksolar.com.au>
Sent: Friday, 20 November 2026 11:02 AM
To: Kevin Zhou <kevin@brightway-solar.com>
Subject: saw your floodlights at a competitor stand

Kevin, we saw what looked like your floodlights on the Sunbelt Lighting stand at the Sydney expo. Are you supplying them too?
""",
  expect="stop", accounts=["sunbelt"], rules=["R2", "R3"],
  why="to Outback, confirms its competitor Sunbelt and says it buys the 300W solar floodlight (SFL-300)")

# 9 pass newsletter Bcc with list prices
M(frm=LILY, to=[("Brightway Sales", "sales@brightway-solar.com")],
  bcc=["purchasing@sunbeltlighting.com.au", "kwame@daylightventures.com.gh", "info@luxandes.pe",
       "buyer@solartech-ke.com", "import@lumenwest.co.nz", "ventas@alumbradosur.com.ar"],
  subject="Brightway Solar - December price list & CNY production schedule", date="2026-11-21 09:00", client="web",
  html="""<html><body><div style="font-family:Arial">
<p>Dear partner,</p>
<p>Please find our <b>public list prices</b> for Q1 2027 below (FOB Shenzhen, MOQ 100 sets):</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Model</th><th>Description</th><th>List price</th></tr>
<tr><td>BW-AIO30</td><td>30W all-in-one solar street light</td><td>USD 24.00/set</td></tr>
<tr><td>BW-AIO60</td><td>60W all-in-one solar street light</td><td>USD 45.00/set</td></tr>
<tr><td>BW-AIO100</td><td>100W all-in-one solar street light</td><td>USD 66.00/set</td></tr>
<tr><td>SFL-300</td><td>300W solar floodlight</td><td>USD 33.00/set</td></tr>
<tr><td>FL-100</td><td>100W LED floodlight IP66</td><td>USD 11.50/pc</td></tr>
</table>
<p>Factory closes for Chinese New Year from <b>Feb 1 to Feb 20, 2027</b>. Orders with deposit before Dec 31 ship before the holiday.</p>
<p>We now export to more than 60 countries. Thank you for your support!</p>
<p>Lily Chen<br>Brightway Solar Lighting<br>www.brightway-solar.com</p>
<p style="font-size:10px;color:#888">To unsubscribe reply &quot;unsubscribe&quot;.</p>
</div></body></html>""",
  expect="pass", accounts=[], rules=["R9"],
  why="newsletter with the company's public list prices; customers only in Bcc")

# 10 R10 encrypted PDF
M(frm=TONY, to=[("Ali Hassan", "ali.hassan@najmlights.com")],
  subject="Brightway price list 2027 (password protected)", date="2026-11-21 13:30", client="outlook",
  body="""Dear Ali,

As discussed on WhatsApp, attached our 2027 price list for street lights and floodlights. The file is protected, password I sent to your WhatsApp.
""" + SIG_TONY,
  atts=[{"kind": "pdf", "name": "Brightway_PriceList_2027.pdf",
         "data": pdf(["Brightway Solar Lighting - Price List 2027", "BW-AIO60  USD 45.00/set", "FL-200  USD 21.00/pc"], encrypt="bw2027")}],
  expect="flag", accounts=[], rules=["R10"],
  why="encrypted PDF attachment cannot be read")

# 11 R7 forwarded Al Noor thread to a Dubai prospect
M(frm=KEVIN, to=[("Omar Siddiqui", "omar@brightline-me.com")],
  subject="FW: catalogue request", date="2026-11-22 10:05", client="outlook",
  body="""Dear Omar,

pls see below, I forward you the catalogue which I sent before. All models inside.
""" + SIG_KEVIN + """
-----Original Message-----
From: Kevin Zhou <kevin@brightway-solar.com>
Sent: Monday, October 12, 2026 4:18 PM
To: 'Faisal Rahman' <faisal@alnoorlighting.ae>
Subject: RE: catalogue request

Dear Faisal, attached the newest catalogue. Thanks.

-----Original Message-----
From: Faisal Rahman <faisal@alnoorlighting.ae>
Sent: Monday, October 12, 2026 1:02 PM
To: kevin@brightway-solar.com
Subject: catalogue request

Kevin, please send me your latest catalogue incl. floodlights. Regards, Faisal
""",
  expect="stop", accounts=["alnoor"], rules=["R7"],
  why="forwards Al Noor's correspondence (its contact's headers) to another Dubai buyer")

# 12 R8 reference in Spanish
M(frm=AMY, to=[("Luis Paredes", "lparedes@ingelec-peru.com")],
  subject="RE: Referencias de clientes en Sudamérica", date="2026-11-23 18:40", client="outlook",
  body="""Estimado Luis,

Con gusto. Puede contactar a Camilo Restrepo de Andes Energía en Colombia (camilo@andesenergia.co); ellos aceptaron ser referencia y le pueden contar su experiencia con nosotros en proyectos municipales.

Sobre su consulta del AIO100, le envío la cotización mañana.
""" + SIG_AMY + """
-----Mensaje original-----
De: Luis Paredes <lparedes@ingelec-peru.com>
Enviado el: lunes, 23 de noviembre de 2026 10:15
Para: amy.wu@brightway-solar.com
Asunto: Referencias de clientes en Sudamérica

Hola Amy, ¿tiene algún cliente en la región que nos pueda dar referencias? Estamos evaluando 300 luminarias BW-AIO100 para Arequipa.
Saludos, Luis
""",
  expect="pass", accounts=[], rules=["R8"],
  why="names the reference account Andes Energía and its contact, no products it buys or figures")

# 13 R3/R4 price stated about Summit, named in quoted question
M(frm=KEVIN, to=[("Fahad Al-Otaibi", "fahad@najd-infra.com")],
  subject="RE: 200W split street light price", date="2026-11-24 11:11", client="outlook",
  body="""Dear Fahad,

I can not tell you exactly, but they are around 170ish because big qty, more than 600 sets. For you first order 100 sets we can do USD185/set CIF Dammam.

Thanks
Kevin
-----Original Message-----
From: Fahad Al-Otaibi <fahad@najd-infra.com>
Sent: Tuesday, November 24, 2026 9:30 AM
To: kevin@brightway-solar.com
Subject: 200W split street light price

Kevin, we know Summit Contracting in Riyadh buys the 200W split light from you. What price they pay? We want same.
""",
  expect="stop", accounts=["summit"], rules=["R3", "R4"],
  why="'they are around 170ish ... more than 600 sets' states Summit's price and volume; Summit named in the quoted question")

# 14 internal
M(frm=KEVIN, to=[JASON], cc=[LILY],
  subject="Sunbelt vs Outback pricing - need your decision", date="2026-11-24 15:45", client="outlook",
  body="""Jason,

Outback ask AIO100 at 56 again for 600 sets, but Sunbelt pay 38.5 for AIO60 and they will know if we open the AIO100 to Outback lower than list.
Both are Sydney/Melbourne, they see each other at every expo. Pls decide if we keep 56 for Outback.

Kevin
""",
  expect="pass", accounts=[], rules=[],
  why="internal-only discussion of customers")

# 15 R6 two non-competing accounts in To
M(frm=TONY, to=[("Kwame Mensah", "kwame@daylightventures.com.gh"), ("Mahmoud Saleh", "m.saleh@niledelta-electric.com.eg")],
  subject="Invitation - Canton Fair Spring 2027, booth 11.2 C15", date="2026-11-25 09:30", client="outlook",
  body="""Dear friends,

We are happy to invite you to visit our booth at Canton Fair Phase 1 (April 15-19, 2027), Hall 11.2 booth C15.
New products: 2nd generation all-in-one with radar sensor, and the new 300W solar floodlight housing.
Please tell me your travel dates so I can arrange hotel and factory visit.
""" + SIG_TONY,
  expect="flag", accounts=["daylight", "niledelta"], rules=["R6"],
  why="two customer accounts (Daylight Ventures, Nile Delta Electric) visible to each other in To; they do not compete")

# 16 R3 Spanish: yes, Lopez buys exactly that model
M(frm=AMY, to=[("Jorge Salinas", "jsalinas@electromonterrey.mx")],
  subject="RE: Reflectores LED 200W - ¿proveedor de López?", date="2026-11-25 19:20", client="gmail",
  body="""Hola Jorge,

Sí, ellos compran con nosotros exactamente ese modelo desde hace dos años, sin reclamos de calidad. Le puedo mandar muestra la próxima semana.
""" + SIG_AMY + """
El mié, 25 nov 2026 a las 11:02, Jorge Salinas (<jsalinas@electromonterrey.mx>) escribió:
> Buenas tardes Amy,
> ¿Ustedes le venden a Iluminación López? Queremos los mismos reflectores FL-200 de 200W que ellos venden en Guadalajara.
> Saludos
""",
  expect="stop", accounts=["lopez"], rules=["R3"],
  why="confirms Iluminación López (named in the quoted question) buys 'exactly that model', the FL-200 it has deals for")

# 17 pass Greenfield own figures, multipart
M(frm=LILY, to=[("Sarah Patel", "buying@greenfield-elec.co.uk")],
  subject="Re: FL-50 10k pcs + garden lights", date="2026-11-26 10:00", client="gmail",
  body="""Hi Sarah,

Thanks - for 10,000 pcs FL-50 we keep USD 4.85/pc, and the garden light GL-10 at USD 3.50 for 15k pcs as per your November PO. Both FOB Shenzhen.
The UKCA marking files are attached to the PI.

Best regards,
Lily
> On 26 Nov 2026, Sarah Patel <buying@greenfield-elec.co.uk> wrote:
> Lily, please confirm 10k FL-50 at 4.85 and 15k GL-10 at 3.50. Thanks, Sarah
""",
  html="""<div dir="ltr">Hi Sarah,<br><br>Thanks - for <b>10,000 pcs FL-50</b> we keep <b>USD 4.85/pc</b>, and the garden light GL-10 at USD&nbsp;3.50 for 15k pcs as per your November PO. Both FOB Shenzhen.<br>The UKCA marking files are attached to the PI.<br><br>Best regards,<br>Lily<br><blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">On 26 Nov 2026, Sarah Patel &lt;buying@greenfield-elec.co.uk&gt; wrote:<br>Lily, please confirm 10k FL-50 at 4.85 and 15k GL-10 at 3.50. Thanks, Sarah</blockquote></div>""",
  expect="pass", accounts=[], rules=[],
  why="Greenfield's own prices and volumes sent to Greenfield, quoting its own mail")

# 18 R4 third party volume, Manila
M(frm=KEVIN, to=[("Mark Anthony Reyes", "ma.reyes@luzonbright.ph")],
  subject="RE: Mini 30W solar street light", date="2026-11-26 13:40", client="outlook",
  body="""Dear Mark,

This model is best seller in Philippines, our client in Manila take about 2,000 sets of it every order. So no problem for quality and the solar panel is enough for rainy season.
Price for you USD 22.5/set FOB, MOQ 200 sets.
""" + SIG_KEVIN + """
-----Original Message-----
From: Mark Anthony Reyes <ma.reyes@luzonbright.ph>
Sent: Thursday, November 26, 2026 10:11 AM
To: kevin@brightway-solar.com
Subject: Mini 30W solar street light

Hi, pls quote BW-AIO30 Mini 30W, 200 sets, for barangay roads. Is it good for rainy season?
""",
  expect="stop", accounts=["pacificstar"], rules=["R4"],
  why="'our client in Manila take about 2,000 sets' of the quoted AIO30 matches Pacific Star's deal volume")

# 19 R10 corrupt xlsx
_good = xlsx([("Quote", [("Model", "Qty", "Price"), ("FL-100", 500, 11.2), ("FL-200", 300, 20.5)])])
M(frm=TONY, to=[("Diego Ferreira", "diego@luzprojetos.com.br")],
  subject="Cotação refletores LED", date="2026-11-27 10:30", client="outlook",
  body="""Hi Diego,

Attached quotation for FL-100 and FL-200 as requested. Any problem to open please tell me.
""" + SIG_TONY,
  atts=[{"kind": "bin", "name": "Quotation_Diego_FL.xlsx", "data": _good[: len(_good) // 2]}],
  expect="flag", accounts=[], rules=["R10"],
  why="the XLSX attachment is a truncated zip and cannot be read")

# 20 R9 French
M(frm=LILY, to=[("Mamadou Diallo", "m.diallo@senelec-partenaires.sn")],
  subject="Re: Clients au Maroc ?", date="2026-11-27 16:15", client="apple", charset="iso-8859-1", cte="qp",
  body="""Bonjour Monsieur Diallo,

Oui, nous exportons au Maroc, en Côte d'Ivoire et au Sénégal depuis près de 10 ans, surtout des lampadaires solaires tout-en-un pour les communes.
Par respect pour nos clients nous ne communiquons pas leurs noms, mais je peux vous envoyer des photos de projets.

Cordialement,
Lily Chen
Brightway Solar Lighting

Le 27 nov. 2026 à 11:20, Mamadou Diallo <m.diallo@senelec-partenaires.sn> a écrit :

> Bonjour Madame Chen,
> Avez-vous déjà des clients au Maroc ou en Afrique de l'Ouest ?
> Cordialement
""",
  expect="pass", accounts=[], rules=["R9"],
  why="says the company exports to Morocco and West Africa, no names or figures")
