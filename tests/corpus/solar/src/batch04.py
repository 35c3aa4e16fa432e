from lib import M, xlsx, pdf, docx, png, inner
from people import *

# 61 R1 referential (Arabic-market English), Summit
M(frm=KEVIN, to=[("Nasser Al-Qahtani", "nasser@eastern-roads.com.sa")],
  subject="RE: your references in KSA", date="2026-12-11 09:30", client="outlook",
  body="""Dear Eng. Nasser,

Yes sir, they are our valued customer from long time, we are doing business together smoothly. For your tender kindly send the BOQ and we will offer best.

Best Regards
Kevin
-----Original Message-----
From: Nasser Al-Qahtani <nasser@eastern-roads.com.sa>
Sent: Thursday, December 10, 2026 10:45 PM
To: kevin@brightway-solar.com
Subject: your references in KSA

Dear Kevin, the consultant asked if Summit Contracting Est. is your client. Please confirm.
""",
  expect="flag", accounts=["summit"], rules=["R1"],
  why="'they are our valued customer' confirms Summit named in the quoted question; no product or figure")

# 62 R1 + R6: introduces Harbour's contact in Cc to a prospect
M(frm=LILY, to=[("Shane Ryder", "shane@qldsolarpro.com.au")], cc=[("Dean Whitlock", "dean@harbourelectrical.com.au")],
  subject="Re: Solar street lights for Toowoomba subdivision", date="2026-12-11 11:15", client="apple",
  body="""Hi Shane,

As you asked, I've copied Dean here - they are our customer in Brisbane and Dean kindly offered to have a chat with you about working with us.

Dean, Shane is a contractor in Toowoomba; thanks a lot for your time.
""" + SIG_LILY + """
On 10 Dec 2026, at 16:30, Shane Ryder <shane@qldsolarpro.com.au> wrote:

> Lily, could you put me in touch with Harbour Electrical? Would be good to hear how they find you.
""",
  expect="flag", accounts=["harbour"], rules=["R1", "R6"],
  why="confirms Harbour (named in the quoted request) as a customer and shows its contact to a prospect in Cc; Harbour is not reference")

# 63 R1 lower-case misspelled name, English
M(frm=TONY, to=[("Paul Jensen", "paul@jensenelectric.com")],
  subject="Re: Texas distributor?", date="2026-12-11 13:00", client="gmail",
  body="""Hi Paul,

yes, brightpath solar in Houston is one of our accounts, has been for a couple of years. I'd rather not go into what they buy, but happy to help you directly.

Tony
On Fri, 11 Dec 2026 at 07:05, Paul Jensen <paul@jensenelectric.com> wrote:
> Tony, is it true BrightPath Solar buys from you? We're in Austin and would like to talk about a distribution deal.
""",
  expect="flag", accounts=["brightpath"], rules=["R1"],
  why="confirms brightpath (lower case) named in the quoted question as an account; declines to say what it buys; prospect is unknown")

# 64 R1 Chinese Outlook header, Maroc Lumière
M(frm=WANG, to=[("Karim El Idrissi", "karim@casaled.ma")],
  subject="Re: Votre client au Maroc", date="2026-12-11 15:40", client="foxmail",
  body="""Dear Karim,

Oui, Maroc Lumière est notre client. Sorry my French is not good, I write in English: we can not share their business, but for your project we are glad to offer.

Wang Fang
Brightway Solar

发件人: Karim El Idrissi [mailto:karim@casaled.ma]
发送时间: 2026年12月11日 0:12
收件人: wangfang@bwsolar.cn
主题: Votre client au Maroc

Bonjour, est-ce que Maroc Lumière Équipement travaille avec vous ? Merci.
""",
  expect="flag", accounts=["maroclum"], rules=["R1"],
  why="confirms Maroc Lumière (named in the quoted question) is a customer, no product or figure")

# 65 R5 referential: the guys in Brisbane (no figure)
M(frm=KEVIN, to=[("Luke Pearson", "luke@pearsonsparky.com.au")],
  subject="RE: 100W floodlight + high bay quote", date="2026-12-12 09:10", client="outlook",
  body="""Hi Luke,

The 2 items you ask, a wholesaler in Brisbane also buy them from us, so stock is always available in our warehouse.
Quote attach, pls check.
""" + SIG_KEVIN + """
-----Original Message-----
From: Luke Pearson <luke@pearsonsparky.com.au>
Sent: Friday, December 11, 2026 8:45 PM
To: kevin@brightway-solar.com
Subject: 100W floodlight + high bay quote

G'day Kevin, pls quote FL-100 100W floodlight x 200 and HB-150 high bay x 50.
""",
  expect="flag", accounts=[], rules=["R5"],
  why="'the 2 items you ask, a wholesaler in Brisbane also buy them' is a third-party phrase with the quoted products, no identity or figure")

# 66 R5 Chinese/English mixed
M(frm=TONY, to=[("Ali Raza", "ali.raza@islamabadsolar.pk")],
  subject="Re: garden light GL-10", date="2026-12-12 11:30", client="gmail",
  body="""Hi Ali,

这款 garden light 我们有个老客户在 Karachi 一直在卖, market feedback very good. Sample can send next week, you pay DHL only.

Tony
On Sat, 12 Dec 2026 at 09:12, Ali Raza <ali.raza@islamabadsolar.pk> wrote:
> Tony, need GL-10 solar garden light samples, 2 pcs. Is it popular in Pakistan?
""",
  expect="flag", accounts=[], rules=["R5"],
  why="'这款 garden light 我们有个老客户在 Karachi 一直在卖' - third-party phrase with the quoted GL-10, no identity or figure")

# 67 R5 French
M(frm=LILY, to=[("Aminata Traoré", "a.traore@sahelenergie.ml")],
  subject="Re: Lampadaire split 150W", date="2026-12-12 14:00", client="apple", charset="iso-8859-1", cte="qp",
  body="""Bonjour Madame Traoré,

Ce modèle est déjà installé chez un de nos clients en Afrique de l'Ouest, sur une route de 12 km, depuis un an sans panne.
Je vous envoie la fiche technique et les photos demain.

Cordialement,
Lily Chen

Le 12 déc. 2026 à 09:40, Aminata Traoré <a.traore@sahelenergie.ml> a écrit :
> Bonjour, nous cherchons le lampadaire SP150 split 150W pour Bamako. Avez-vous des références ?
""",
  expect="flag", accounts=[], rules=["R5"],
  why="'ce modèle est installé chez un de nos clients' refers to the quoted SP150; no identity or figure")

# 68 R10 + R5: encrypted PDF and 'our customer in Kenya uses the same'
M(frm=KEVIN, to=[("Daniel Kiptoo", "dkiptoo@eldoretpower.co.ke")],
  subject="RE: MPPT controller 20A", date="2026-12-13 10:00", client="outlook",
  body="""Dear Daniel,

Our customer in Uganda use the same controller for their street light projects, no problem with it.
Datasheet attach, it is protected, password is your company name in small letters.
""" + SIG_KEVIN + """
-----Original Message-----
From: Daniel Kiptoo <dkiptoo@eldoretpower.co.ke>
Sent: Saturday, December 12, 2026 7:33 PM
To: kevin@brightway-solar.com
Subject: MPPT controller 20A

Kevin, please send datasheet of MPPT-20 controller.
""",
  atts=[{"kind": "pdf", "name": "MPPT-20_datasheet.pdf",
         "data": pdf(["MPPT-20 20A MPPT solar charge controller", "12/24V auto, max PV 100V"], encrypt="eldoret")}],
  expect="flag", accounts=[], rules=["R5", "R10"],
  why="third-party phrase with the quoted MPPT-20 (no identity or figure) and an encrypted PDF")

# 69 R10 + R5 Chinese: corrupt xlsx
_x = xlsx([("报价", [("型号", "数量", "单价"), ("MK-GR6", 20, 330)])])
M(frm=WANG, to=[("孙先生", "sun@nanfei-energy.co.za")],
  subject="回复：地面支架报价", date="2026-12-13 14:20", client="foxmail",
  body="""孙先生您好，

这套地面支架南非有客户一直在用，抗风等级没问题。报价表见附件。

""" + SIG_WANG + """
在 2026年12月13日 周日 09:15，孙先生 <sun@nanfei-energy.co.za> 写道：
> 王小姐，请报MK-GR6地面支架20套，约翰内斯堡。
""",
  atts=[{"kind": "bin", "name": "地面支架报价.xlsx", "data": _x[:-700]}],
  expect="flag", accounts=[], rules=["R5", "R10"],
  why="'这套地面支架南非有客户一直在用' (third-party phrase + quoted MK-GR6, no identity or figure) and a truncated XLSX")

# 70 R10 + R1: 'yes they are our customer' and an encrypted PDF
M(frm=TONY, to=[("Akua Asante", "akua@goldcoastlights.com.gh")],
  subject="Re: Daylight Ventures / catalogue", date="2026-12-14 09:40", client="gmail",
  body="""Hi Akua,

Yes, they are our customer in Accra. Nothing more I can say about them, sorry.
Our new catalogue is attached - password is brightway2027.

Tony
On Mon, 14 Dec 2026 at 08:02, Akua Asante <akua@goldcoastlights.com.gh> wrote:
> Tony, do you work with Daylight Ventures? Also send your new catalogue please.
""",
  atts=[{"kind": "pdf", "name": "Brightway_Catalogue_2027.pdf",
         "data": pdf(["Brightway Solar Lighting Catalogue 2027", "All-in-one street lights, split street lights, floodlights, mounting kits"], encrypt="brightway2027")}],
  expect="flag", accounts=["daylight"], rules=["R1", "R10"],
  why="confirms Daylight Ventures (named in the quoted question) as a customer; encrypted PDF catalogue")

# 71 R10 + R6: two accounts in To, encrypted PDF
M(frm=LILY, to=[("Fernanda Costa", "fernanda@luzdosol.com.br"), ("Ignacio Fuentes", "ifuentes@faroaustral.cl")],
  subject="Brightway 2027 technical catalogue", date="2026-12-14 11:00", client="apple",
  body="""Dear Fernanda, dear Ignacio,

Attached our 2027 technical catalogue. Password as usual.
""" + SIG_LILY,
  atts=[{"kind": "pdf", "name": "Technical_Catalogue_2027.pdf",
         "data": pdf(["Technical catalogue 2027"], encrypt="bw-latam")}],
  expect="flag", accounts=["luzdosol", "faro"], rules=["R6", "R10"],
  why="Luz do Sol and Faro Austral (not competitors) visible to each other in To; encrypted PDF")

# 72 R10 pure: unknown charset in HTML part
M(frm=KEVIN, to=[("Mike Chen", "mike.chen@torontosolarhub.ca")],
  subject="Re: shipping schedule", date="2026-12-14 15:10", client="web", charset="bogus", cte="b64",
  html="""<html><body><p>Mike 你好，</p><p>船期已确认，12月28日开船，预计1月20日到温哥华。</p><p>Kevin</p></body></html>""",
  expect="flag", accounts=[], rules=["R10"],
  why="the HTML part declares an unknown charset and cannot be decoded")

# 73 R6 flag: account + unknown forwarder (not its partner) visible
M(frm=TONY, to=[("Kwame Mensah", "kwame@daylightventures.com.gh")], cc=[("Ops Team", "ops@tema-cargolink.com")],
  subject="Booking for next shipment - Tema", date="2026-12-15 10:00", client="outlook",
  body="""Dear Kwame,

As you asked I copy your new forwarder here. Cargo ready 22 Dec; please advise the booking number and vessel once confirmed.
""" + SIG_TONY,
  expect="flag", accounts=["daylight"], rules=["R6"],
  why="Daylight Ventures and an unknown external forwarder (not a registered partner) visible to each other; no deal figures")

# 74 R6 stop: competitors Lopez and Solaris both in Cc
M(frm=AMY, to=[("Rafael López", "rafael@iluminacionlopez.mx")], cc=[("Héctor Ramírez", "hramirez@gruposolaris.com.mx")],
  subject="Aviso: cierre de fábrica por Año Nuevo Chino", date="2026-12-15 12:00", client="outlook",
  body="""Estimados clientes,

Les informamos que la fábrica cerrará del 1 al 20 de febrero de 2027 por el Año Nuevo Chino. Pedidos con anticipo antes del 31 de diciembre se embarcan antes del feriado.
""" + SIG_AMY,
  expect="stop", accounts=["lopez", "solaris"], rules=["R6"],
  why="competitors Iluminación López and Grupo Solaris visible to each other in To/Cc")

# 75 R2 referential: to Sunbelt, answering its question about Outback
M(frm=KEVIN, to=[("Mark Doherty", "mark@sunbeltlighting.com.au")],
  subject="RE: are you selling to Outback Solar?", date="2026-12-15 14:30", client="outlook",
  body="""Hi Mark,

Yes they are our customer also, but only for roof mounting system, not street light. So no conflict with you.

Kevin
-----Original Message-----
From: Mark Doherty <mark@sunbeltlighting.com.au>
Sent: Tuesday, December 15, 2026 10:10 AM
To: kevin@brightway-solar.com
Subject: are you selling to Outback Solar?

Kevin, one of our installers says Outback Solar in Melbourne buys from you. True?
""",
  expect="stop", accounts=["outback"], rules=["R2", "R3"],
  why="to Sunbelt, confirms its competitor Outback (named in the quoted question) and says it buys roof mounting kits")

# 76 R2 referential, Chinese mixed, to Cape Sunworks about Atlas
M(frm=TONY, to=[("Liezl Botha", "liezl@capesunworks.co.za")],
  subject="Re: Atlas?", date="2026-12-16 09:00", client="gmail",
  body="""Hi Liezl,

是的 they are, but we keep every customer's info private, same for you. 放心.
Your flat roof kits will be ready on 28 Dec.

Tony
On Wed, 16 Dec 2026 at 07:40, Liezl Botha <liezl@capesunworks.co.za> wrote:
> Tony, is Atlas Solar also your customer? They're quoting our clients with what looks like your panels.
""",
  expect="stop", accounts=["atlas"], rules=["R2"],
  why="to Cape Sunworks, confirms its competitor Atlas Solar (named in the quoted question) is a customer")

# 77 R2 referential, Arabic-market English, to Desert Star about Al Noor
M(frm=KEVIN, to=[("Imran Qureshi", "imran@desertstar-em.ae")],
  subject="RE: Al Noor", date="2026-12-16 11:20", client="outlook",
  body="""Dear Imran bhai,

Yes they are dealing with us since 2025, but their items are different from yours, they are not taking high bay from us. Don't worry.

Kevin
-----Original Message-----
From: Imran Qureshi <imran@desertstar-em.ae>
Sent: Wednesday, December 16, 2026 9:30 AM
To: kevin@brightway-solar.com
Subject: Al Noor

Kevin, Al Noor Lighting is telling the market they buy from the same factory as us. Is it correct?
""",
  expect="stop", accounts=["alnoor"], rules=["R2"],
  why="to Desert Star, confirms its competitor Al Noor (named in the quoted question) is a customer")

# 78 R7 + R2 + R3: forwards Outback's thread to Sunbelt with 'they take the same'
M(frm=KEVIN, to=[("Priya Nair", "purchasing@sunbeltlighting.com.au")],
  subject="FW: AIO100 sample feedback", date="2026-12-16 15:00", client="outlook",
  body="""Hi Priya,

See below feedback on the AIO100 from another Aussie buyer, they take the same model as you will order, so you can see it is good in Aussie weather.

Kevin
-----Original Message-----
From: Jenny Tran <jenny.tran@outbacksolar.com.au>
Sent: Monday, November 30, 2026 3:12 PM
To: kevin@brightway-solar.com
Subject: AIO100 sample feedback

Hi Kevin, the AIO100 samples ran 5 nights on one charge in our test yard. Happy to go ahead with the 600 sets.
Jenny
""",
  expect="stop", accounts=["outback"], rules=["R7", "R2", "R4"],
  why="forwards Outback's mail (its contact's headers, its 600-set AIO100 order) to its competitor Sunbelt")

# 79 R7 + R2: forwards a Zenith thread to Brightfield
M(frm=TONY, to=[("Chinedu Okafor", "chinedu@brightfield.com.ng")],
  subject="Fw: Re: installation manual", date="2026-12-17 09:30", client="outlook",
  body="""Chinedu,

The manual you asked for is in the mail below, the same one we sent to the other Lagos buyer who asked the same question. Download link still valid.

Tony

________________________________
From: Tony Liang <tony.liang@brightway-solar.com>
Sent: Tuesday, October 20, 2026 11:00
To: Tunde Adeyemi <tunde@zenithpower.ng>
Subject: Re: installation manual

Tunde, here is the link: https://www.brightway-solar.com/download/manual_AIO.pdf

________________________________
From: Tunde Adeyemi <tunde@zenithpower.ng>
Sent: Tuesday, October 20, 2026 09:14
To: Tony Liang <tony.liang@brightway-solar.com>
Subject: installation manual

Tony, my installers need the manual for the all-in-one lights.
""",
  expect="stop", accounts=["zenith"], rules=["R7", "R2"],
  why="forwards correspondence with Zenith's contact headers to its competitor Brightfield")

# 80 R7 + R3 referential: reply to a prospect quoting an Al Noor mail
M(frm=KEVIN, to=[("Omar Siddiqui", "omar@brightline-me.com")],
  subject="RE: 200W floodlight - same as Al Noor?", date="2026-12-17 12:10", client="outlook",
  body="""Dear Omar,

Yes same one, they order this floodlight from us. See below their mail, they are happy with it.

Kevin
-----Original Message-----
From: Sameer Khan <sameer@alnoorlighting.ae>
Sent: Sunday, November 8, 2026 10:20 AM
To: kevin@brightway-solar.com
Subject: FL-200 feedback

Kevin, FL-200 installed at the Sharjah project, client is satisfied.

-----Original Message-----
From: Omar Siddiqui <omar@brightline-me.com>
Sent: Thursday, December 17, 2026 9:00 AM
To: kevin@brightway-solar.com
Subject: 200W floodlight - same as Al Noor?

Kevin, is your FL-200 the same one Al Noor Lighting is selling?
""",
  expect="stop", accounts=["alnoor"], rules=["R7", "R3"],
  why="confirms Al Noor (named in the quoted question) orders the FL-200 and quotes Al Noor's own mail with its contact's headers")
