from lib import M, xlsx, pdf, docx, png, inner
from people import *

# 81 R7 + R3: pastes Pacific Star's mail to a prospect
M(frm=KEVIN, to=[("Grace Lim", "grace.lim@visayaslighting.ph")],
  subject="RE: wall light - Pacific Star supplier?", date="2026-12-17 15:30", client="outlook",
  body="""Hi Grace,

yes, they take this wall light from us, see their confirmation below so you believe me :)
We can offer you the same.

Kevin
-----Original Message-----
From: Joy Villanueva <joy@pacificstar.com.ph>
Sent: Friday, October 2, 2026 11:05 AM
To: kevin@brightway-solar.com
Subject: WL-20 order confirmation

Kevin, confirmed the WL-20 order, please proceed. Joy

-----Original Message-----
From: Grace Lim <grace.lim@visayaslighting.ph>
Sent: Thursday, December 17, 2026 10:44 AM
To: kevin@brightway-solar.com
Subject: wall light - Pacific Star supplier?

Hi Kevin, are you the supplier of Pacific Star's solar wall light WL-20? We'd like the same.
""",
  expect="stop", accounts=["pacificstar"], rules=["R7", "R3"],
  why="confirms Pacific Star (named in the quoted question) takes the WL-20 and quotes its contact's mail with headers")

# 82 R3/R4 Chinese: 比他们便宜一点
M(frm=WANG, to=[("Lê Văn Hùng (黎文雄)", "hung.le@dongnai-solar.vn")],
  subject="回复：550W组件价格", date="2026-12-18 09:20", client="foxmail",
  body="""黎总您好，

可以的，给您的价格可以比他们便宜一点，60美金一块FOB深圳，但是需要整柜，至少1个40HQ。
另外彩钢瓦支架也可以一起配柜。

""" + SIG_WANG + """
在 2026年12月17日 周四 21:10，黎文雄 <hung.le@dongnai-solar.vn> 写道：
> 王经理，听说胡志明的西贡绿光在你们这里拿550W单晶组件，他们什么价？我们要比他们便宜。
""",
  expect="stop", accounts=["saigongreen"], rules=["R3", "R4"],
  why="'比他们便宜一点, 60美金一块' prices the 550W panel by comparison with Saigon Green Light, named in the quoted question")

# 83 R8 Spanish: Andes is a customer and agreed to be reference
M(frm=AMY, to=[("Andrés Cárdenas", "acardenas@electroboyaca.co")],
  subject="RE: ¿Andes Energía es cliente suyo?", date="2026-12-18 11:00", client="outlook",
  body="""Estimado Andrés,

Sí, Andes Energía es cliente nuestro y aceptó ser referencia. Puede escribirle a Camilo Restrepo, él le contará cómo ha sido trabajar con nosotros.
""" + SIG_AMY + """
-----Mensaje original-----
De: Andrés Cárdenas <acardenas@electroboyaca.co>
Enviado el: jueves, 17 de diciembre de 2026 16:20
Para: amy.wu@brightway-solar.com
Asunto: ¿Andes Energía es cliente suyo?

Buenas, ¿Andes Energía es cliente suyo? Nos dijeron que sí.
""",
  expect="pass", accounts=[], rules=["R8"],
  why="confirms the reference account Andes Energía (R1 does not apply to it); no products or figures")

# 84 R8 with the reference contact in Cc
M(frm=LILY, to=[("Joseph Mutua", "jmutua@tsavo-solar.co.ke")], cc=[("Wanjiru Kamau", "wanjiru@savannarenewables.co.ke")],
  subject="Re: Intro to a customer in Nairobi", date="2026-12-18 13:30", client="apple",
  body="""Hi Joseph,

Happy to introduce you to Wanjiru of Savanna Renewables (in Cc), who has kindly agreed to be our reference in Kenya.
Wanjiru, Joseph runs an installation company in Machakos - thanks so much for your time.
""" + SIG_LILY + """
On 18 Dec 2026, at 08:55, Joseph Mutua <jmutua@tsavo-solar.co.ke> wrote:

> Lily, could you connect me with one of your customers in Nairobi?
""",
  expect="pass", accounts=[], rules=["R8"],
  why="introduces the reference account Savanna (R1 and R6 do not apply to it); no products or figures")

# 85 R8 Chinese/German mix, Sonnenweg
M(frm=WANG, to=[("刘建国", "liu@rhein-pv-handel.de")],
  subject="回复: 德国参考客户", date="2026-12-18 15:00", client="foxmail",
  body="""刘总您好，

是的，Sonnenweg是我们的客户，他们同意做我们的参考客户。您可以联系 Herr Jonas Becker（j.becker@sonnenweg-solar.de），说是王芳介绍的就可以。

""" + SIG_WANG + """
------------------ 原始邮件 ------------------
发件人: "刘建国"<liu@rhein-pv-handel.de>
发送时间: 2026年12月18日(星期五) 上午8:40
收件人: "wangfang"<wangfang@bwsolar.cn>
主题: 德国参考客户

王经理，Sonnenweg Solartechnik 是你们的客户吗？能不能介绍一下？
""",
  expect="pass", accounts=[], rules=["R8"],
  why="confirms and names the reference account Sonnenweg and its contact; no products or figures")

# 86 R8 English, Andes, answering a quoted question
M(frm=AMY, to=[("Roberto Castillo", "rcastillo@panalux.com.pa")],
  subject="Re: Do you supply Andes Energia?", date="2026-12-19 10:00", client="gmail",
  body="""Hi Roberto,

Yes, they are our customer, and they are happy to take a call from you - Camilo Restrepo, camilo@andesenergia.co.
We also export to Panama, Costa Rica and Guatemala.

Amy
On Fri, 18 Dec 2026 at 17:30, Roberto Castillo <rcastillo@panalux.com.pa> wrote:
> Amy, do you supply Andes Energia in Medellin? We know them from a tender.
""",
  expect="pass", accounts=[], rules=["R8", "R9"],
  why="confirms the reference account Andes and gives its contact; no products or figures")

# 87 R8 + R9: Savanna as East Africa reference
M(frm=TONY, to=[("Grace Namutebi", "grace@kampalasunpower.ug")],
  subject="Re: references in East Africa", date="2026-12-19 12:00", client="outlook",
  body="""Dear Grace,

We export to Kenya, Uganda and Tanzania. Our reference customer in the region is Savanna Renewables in Nairobi - Mr Otieno Ouma (ouma@savannarenewables.co.ke) can tell you about our service and after-sales.
""" + SIG_TONY + """
-----Original Message-----
From: Grace Namutebi <grace@kampalasunpower.ug>
Sent: Saturday, December 19, 2026 8:02 AM
To: tony.liang@brightway-solar.com
Subject: references in East Africa

Tony, do you have any reference in East Africa? We need it for a World Bank funded project.
""",
  expect="pass", accounts=[], rules=["R8", "R9"],
  why="names the reference account Savanna and its contact, no products or figures; exporting to East Africa is R9")

# 88 R9 Chinese refusal under a question naming Outback
M(frm=WANG, to=[("张伟", "zhangwei@sydney-huaan.com.au")],
  subject="回复：屋顶支架询价", date="2026-12-19 14:30", client="foxmail", charset="gbk", cte="qp",
  body="""张总您好，

我们在澳洲有不少客户，不过客户的信息我们一律不方便透露，就像我们也会保护您的信息一样，请理解。
您要的支架产品，我明天给您报价。

""" + SIG_WANG + """
发件人: 张伟 <zhangwei@sydney-huaan.com.au>
发送时间: 2026年12月19日 10:12
收件人: wangfang@bwsolar.cn
主题: 你们是不是给澳洲内陆太阳能供货

王小姐，听说澳洲内陆太阳能（Outback Solar）的屋顶支架是你们做的？
""",
  expect="pass", accounts=[], rules=["R9"],
  why="says it has customers in Australia and declines the recipient's quoted question about Outback")

# 89 R9 Arabic-market English refusal
M(frm=KEVIN, to=[("Majed Al-Shammari", "majed@hail-lighting.sa")],
  subject="RE: supplier for Hail projects", date="2026-12-20 09:00", client="outlook",
  body="""Dear Majed,

We are supplying to many contractors in KSA since 2018 mashallah, but kindly understand we cannot share names of our clients, same we will never share your name.
Please send your requirement, we will revert same day.

Kevin
-----Original Message-----
From: Majed Al-Shammari <majed@hail-lighting.sa>
Sent: Saturday, December 19, 2026 11:40 PM
To: kevin@brightway-solar.com
Subject: Summit Contracting

Dear Kevin, are you supplying Summit Contracting? We are doing similar projects in Hail.
""",
  expect="pass", accounts=[], rules=["R9"],
  why="refuses to confirm Summit (named only in the recipient's quoted question); says it supplies contractors in KSA")

# 90 pass: ordinary words zenith / daylight / harbour / savanna
M(frm=LILY, to=[("Kofi Owusu", "kofi@tamalegreen.com.gh")],
  subject="Re: panel tilt and night hours", date="2026-12-20 10:30", client="apple",
  body="""Hi Kofi,

Tamale is at about 9.4°N, so the sun is close to its zenith at noon most of the year - a 10-15° tilt is enough, mainly for self-cleaning in the dust season.
The lights switch on by a daylight sensor (dusk-to-dawn) and dim to 30% after midnight. In the savanna climate up north, the dry Harmattan months are actually the best for charging.
The container will arrive at Tema harbour; from there trucking to Tamale is about 2 days.
""" + SIG_LILY + """
On 19 Dec 2026, at 15:20, Kofi Owusu <kofi@tamalegreen.com.gh> wrote:

> Lily, what tilt should the panels have in Tamale? And how do the lights switch on?
""",
  expect="pass", accounts=[], rules=[],
  why="'zenith', 'daylight', 'savanna' and 'harbour' used as ordinary words; no account information")

# 91 pass Chinese: recipient's own target price and volume
M(frm=WANG, to=[("陈国强", "chen.gq@perth-hongda.com.au")],
  subject="回复: 彩钢瓦支架 2x40HQ 目标价", date="2026-12-20 14:00", client="foxmail",
  body="""陈总您好，

老板已经同意了，按您的目标价21.4美金一套，2*40HQ，FOB深圳。下周一给您PI。

""" + SIG_WANG + """
在 2026年12月20日 周日 09:30，陈国强 <chen.gq@perth-hongda.com.au> 写道：
> 王小姐，彩钢瓦支架MK-TR4，我们要两个40HQ，目标价21.4美金一套，可以的话马上下单。
""",
  expect="pass", accounts=[], rules=[],
  why="the recipient's own target price and volume from its quoted mail; no account tied to the figure")

# 92 pass internal forward of a Sunbelt thread
M(frm=KEVIN, to=[JASON], cc=[WANG],
  subject="FW: AIO60 repeat order 1200 sets", date="2026-12-21 09:00", client="foxmail",
  body="""Jason, 王芳，

Sunbelt repeat 1200套 AIO60，38.5美金，和9月一样。请安排生产计划。

Kevin

发件人: Mark Doherty <mark@sunbeltlighting.com.au>
发送时间: 2026年11月18日 9:30
收件人: kevin@brightway-solar.com
主题: AIO60 repeat order 1200 sets

Lily, We'd like to repeat the September order - 1200 x AIO60 and 300 x 6m poles. Can you hold 38.50?
""",
  expect="pass", accounts=[], rules=[],
  why="internal-only forward of a customer thread")

# 93 pass: Harbour's own figures; its quoted mail names Outback
M(frm=LILY, to=[("Dean Whitlock", "dean@harbourelectrical.com.au")],
  subject="Re: FL-100 pricing for 2027", date="2026-12-21 10:30", client="gmail",
  body="""Hi Dean,

I can't comment on what others sell at, but for you we hold USD9.60/pc on the FL-100 for the 4,000 pcs, and HB-150 stays at USD14.20 for the 1,000 pcs through June 2027.
""" + SIG_LILY + """
On Mon, 21 Dec 2026 at 08:10, Dean Whitlock <dean@harbourelectrical.com.au> wrote:
> Lily, Outback Solar is selling floodlights cheaper than us in Brisbane now. Can you sharpen the FL-100 (4000 pcs at 9.60) and HB-150 (1000 at 14.20)?
""",
  expect="pass", accounts=[], rules=[],
  why="Harbour's own figures to Harbour; Outback appears only in Harbour's own quoted words")

# 94 pass: product names alone
M(frm=TONY, to=[("Stefan Novak", "stefan@novakelektro.cz")],
  subject="Re: product overview", date="2026-12-21 13:00", client="outlook",
  body="""Hi Stefan,

Short overview as asked:
- BW-AIO60: 60W all in one solar street light, 3.2V 30Ah LiFePO4, radar sensor, 4-6m mounting height
- SFL-300: 300W solar floodlight with remote control, 6V 20W panel
- MK-TR4: tin roof mounting kit, aluminium 6005-T5, SUS304 bolts, for trapezoidal sheets
- MK-TL2: tile roof hook kit, adjustable hooks for Czech/Slovak tiles
Datasheets attached. MOQ 100 sets per model.
""" + SIG_TONY + """
-----Original Message-----
From: Stefan Novak <stefan@novakelektro.cz>
Sent: Monday, December 21, 2026 9:15 AM
To: tony.liang@brightway-solar.com
Subject: product overview

Tony, can you give me a short overview of street lights, floodlights and roof kits?
""",
  expect="pass", accounts=[], rules=[],
  why="product names and specs alone, no customer mentioned")

# 95 pass Chinese domestic list price in RMB
M(frm=WANG, to=[("吴经理", "wu@yiwu-guangming.cn")],
  subject="回复：国内出厂价", date="2026-12-21 15:30", client="foxmail", charset="gb2312", cte="b64",
  body="""吴经理您好，

我们的出厂价（含税，不含运费）：
60W一体化太阳能路灯 RMB 298元/套
300W太阳能投光灯 RMB 215元/套
100W投光灯 RMB 76元/个
起订量每款50套。

""" + SIG_WANG + """
在 2026年12月21日 周一 11:00，吴经理 <wu@yiwu-guangming.cn> 写道：
> 王经理，请发一下国内出厂价。
""",
  expect="pass", accounts=[], rules=[],
  why="the company's own domestic list prices in RMB (gb2312); no customer")

# 96 pass: Lopez's figures to Lopez's agent (partner)
M(frm=AMY, to=[("Marisol Rivas", "marisol@agenciarivas.com.mx")],
  subject="Pedido Iluminación López - 3.000 sets AIO30 + 10.000 lámparas de jardín", date="2026-12-22 09:00", client="outlook",
  body="""Hola Marisol,

Para el pedido de Iluminación López: 3.000 sets BW-AIO30 a USD 19,60 y 10.000 pzs GL-10 a USD 3,45, FOB Shenzhen.
La mercancía estará lista el 8 de enero para su inspección.
""" + SIG_AMY,
  expect="pass", accounts=[], rules=[],
  why="Iluminación López's own order sent to its agent, a registered partner domain")

# 97 pass: Sunbelt's forwarder (partner)
M(frm=TONY, to=[("Bookings", "bookings@sydfreight.com.au")],
  subject="Sunbelt Lighting - shipment 1200 sets AIO60 + 300 poles", date="2026-12-22 11:00", client="outlook",
  body="""Hi team,

Shipment for Sunbelt Lighting: 1,200 sets BW-AIO60 (120 cartons) and 300 pcs 6m poles, 1x40HQ + 1x20GP, cargo ready 5 Jan at Shenzhen.
Invoice value USD 75,000 (1200 x 38.50 + 300 x 96.00). Please send booking.
""" + SIG_TONY,
  expect="pass", accounts=[], rules=[],
  why="Sunbelt's shipment details sent only to its registered forwarder (partner domain)")

# 98 pass: WeChat chat pasted, with the prospect itself
M(frm=WANG, to=[("Kevin Tan", "kevintan@klsolarmart.com.my")],
  subject="微信聊天记录确认 / WeChat chat confirmation", date="2026-12-22 14:00", client="qq",
  body="""Kevin Tan 您好，

把我们昨天微信聊的内容整理一下，请确认：

[2026-12-21 16:02] Kevin Tan: 我们要 30W小路灯 800套，还有 草坪灯 3000个
[2026-12-21 16:05] 王芳: 好的，30W小路灯 22.8美金/套，草坪灯 3.9美金/个，FOB深圳
[2026-12-21 16:07] Kevin Tan: 800 sets 可以 22.5 吗？
[2026-12-21 16:10] 王芳: 老板说可以，22.5，但是定金30%
[2026-12-21 16:11] Kevin Tan: OK deal 👍

没问题的话我今天出PI。
""" + SIG_WANG,
  expect="pass", accounts=[], rules=[],
  why="a pasted WeChat chat with the recipient itself, only its own quantities and prices")

# 99 pass: Zenith's own order as CSV
M(frm=TONY, to=[("Grace Eze", "grace.eze@zenithpower.ng")],
  subject="Re: order status export", date="2026-12-23 09:30", client="gmail",
  body="""Hi Grace,

Attached the export of your open orders from our ERP as requested.

Tony
On Tue, 22 Dec 2026 at 17:40, Grace Eze <grace.eze@zenithpower.ng> wrote:
> Tony, can you send a CSV of our open orders for our year-end audit?
""",
  atts=[{"kind": "csv", "name": "zenith_open_orders.csv",
         "text": "order_no,customer,sku,qty,unit_price_usd,status\nZP-2609-01,Zenith Power Solutions Ltd,BW-AIO100,1000,57.50,in production\nZP-2609-02,Zenith Power Solutions Ltd,SFL-100,3000,12.30,ready\n"}],
  expect="pass", accounts=[], rules=[],
  why="Zenith's own open orders (CSV) sent to Zenith")

# 100 pass R9: customers in general, long thread of the recipient's own numbers
M(frm=KEVIN, to=[("Moses Banda", "moses@lusakabrightworks.co.zm")],
  subject="RE: RE: RE: first order advice", date="2026-12-23 11:00", client="outlook",
  body="""Dear Moses,

Most of our buyers in Africa start with 1x20GP mixed container and then go to 40HQ after the market test, so your plan of 150 sets AIO60 + 150 sets SFL-100 is very normal.
We export to Zambia, Malawi and Zimbabwe already, the documents for Lusaka via Dar es Salaam port is no problem.
Call me any time +86 159 1866 3302.
""" + SIG_KEVIN + """
-----Original Message-----
From: Moses Banda <moses@lusakabrightworks.co.zm>
Sent: Wednesday, December 23, 2026 7:10 AM
To: kevin@brightway-solar.com
Subject: RE: RE: first order advice

Kevin, so we plan 150 sets AIO60 and 150 sets SFL-100 in one 20GP. Is that how other buyers start?

-----Original Message-----
From: Kevin Zhou <kevin@brightway-solar.com>
Sent: Tuesday, December 22, 2026 4:30 PM
To: Moses Banda <moses@lusakabrightworks.co.zm>
Subject: RE: first order advice

Dear Moses, for 20GP you can load about 300 sets all-in-one lights. Kevin

-----Original Message-----
From: Moses Banda <moses@lusakabrightworks.co.zm>
Sent: Tuesday, December 22, 2026 9:00 AM
To: kevin@brightway-solar.com
Subject: first order advice

Hi Kevin, how much can a 20GP hold?
""",
  expect="pass", accounts=[], rules=["R9"],
  why="statements about customers in general and countries exported to; only the recipient's own figures")
