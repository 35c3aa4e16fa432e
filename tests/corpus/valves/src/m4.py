from lib import *

MARK = ("Mark Thompson", "mark@southernpipeline.com.au")
SARAH = ("Sarah O'Connell", "sarah@bluegumvalves.com.au")
CHINEDU = ("Chinedu Okafor", "chinedu@crownpetroequip.com.ng")
IBRAHIM = ("Ibrahim Musa", "ibrahim.musa@deltaoilfield.ng")
LIN = ("林建宏", "jh.lin@orientvalve.com.tw")
HAI = ("Nguyen Van Hai", "hai.nguyen@vansaigon.vn")
YOUSSEF = ("Youssef Benali", "y.benali@maghrebrob.ma")
RAJESH = ("Rajesh Menon", "rajesh@summitvalves.ae")
OMAR = ("Omar Siddiqui", "omar.s@falconenergy.ae")
BUDI = ("Budi Santoso", "budi@nusantarateknik.co.id")
TUNDE = ("Tunde Adeyemi", "tunde@rivgasprojects.com.ng")


def build():
    # 91 R4 Kano client price = delta deal
    mk(91, "lily", [TUNDE], "Re: Re: 4\" ball valves price",
       "Dear Tunde\n\nour Kano client paid 97.2 usd each for the 4 inch ball valves, so for you I can give 98 for smaller qty.\n",
       "stop", ["delta"], ["R4"], "97.20, Delta's BV-WCB-100 price, tied to 'our Kano client'")

    # 92 R4 volume about third party, no name
    mk(92, "kevin", [("Saeed Al-Qahtani", "saeed@riyadhpipes.com.sa")], "Re: capacity",
       "Saeed,\n\nNo worries about capacity. Another customer in Jeddah takes 1x40'HQ of gate valves every month from us and we have never been late.\n",
       "stop", [], ["R4"], "a volume stated about another customer (third-party phrase); names no account")

    # 93 description own to nusantara
    mk(93, "kevin", [BUDI], "Re: 4 inch 316 elbows - next lot",
       "Hi Budi,\n\nThe 4 inch 316 elbows for your next lot: 2,000 pcs at USD 14.60, plus the 4x3 reducers x 1,000 at 11.30 and 3\" 316 tees x 1,200 at 12.90. Same as the PO in July.\n",
       "pass", [], [], "Nusantara's own products and figures, by description")

    # 94 R3 description to Indonesian prospect
    mk(94, "kevin", [("Andi Wijaya", "procurement@majuindosteel.co.id")], "Re: 316 fittings",
       "Hi Andi,\n\nSure, we are strong in 316 buttweld fittings. Nusantara Teknik in Jakarta takes the DN100 SS316 90 degree elbows from us every quarter, you may have seen them on their projects.\n",
       "stop", ["nusantara"], ["R3"], "names Nusantara Teknik with the elbow it buys")

    # 95 HTML-only own table to summit
    html = ("<html><body><div style=\"font-family:Arial\"><p>Dear Rajesh,</p><p>Please see the confirmed prices for your Q1 order:</p>"
            "<table border=\"1\" cellpadding=\"4\"><tr><th>Item</th><th>Qty</th><th>USD/pc</th></tr>"
            "<tr><td>BF-W-200 8&quot; wafer butterfly</td><td>600</td><td>61.80</td></tr><tr><td>BF-L-300 12&quot; lug butterfly</td><td>150</td><td>128.00</td></tr>"
            "<tr><td>YS-50 Y strainer</td><td>1,000</td><td>19.60</td></tr></table><p>&nbsp;</p><div>Best regards,<br>Kevin Zhang<br>Hengtai Valve</div></div></body></html>")
    mk(95, "kevin", [RAJESH], "Q1 confirmed prices", None, "pass", [], [], "HTML-only mail with Summit's own figures", html=html, html_only=True)

    # 96 HTML table leak to falcon
    html = ("<html><body><div>Hi Omar,</div><div>&nbsp;</div><div>As discussed, our price benchmark for the 8&quot; wafer butterfly in UAE:</div>"
            "<table border=\"1\"><tr><td><b>Buyer</b></td><td><b>Item</b></td><td><b>Qty</b></td><td><b>USD</b></td></tr>"
            "<tr><td>Summit Valves</td><td>BF-W-200</td><td>600</td><td>61.80</td></tr><tr><td>Falcon Energy</td><td>BF-W-200</td><td>450</td><td>62.50</td></tr></table>"
            "<div>&nbsp;</div><div>So you see the difference is only the quantity.</div><div>Kevin</div></body></html>")
    mk(96, "kevin", [OMAR], "DN200 price benchmark", None, "stop", ["summit"], ["R2", "R3", "R4"],
       "HTML table shows Falcon its competitor Summit's product, quantity and price", html=html, html_only=True)

    # 97 weak English own quote to bluegum
    mk(97, "lily", [SARAH], "quotation 4\" dual plate check",
       "Dear Sarah\n\nfor the 4\" dual plate check valve, price still 57.8usd/pc, 240pcs, FOB Wenzhou. Delivery 30days after deposit. If you add 2\" 316 ball valve to same container we can give free the wooden case.\n",
       "pass", [], [], "Bluegum's own price and quantity sent to Bluegum")

    # 98 weak English leak to crown
    mk(98, "lily", [CHINEDU], "Re: gate valve price too high",
       "Dear Chinedu\n\nI understand, but Delta Oilfield also buy this gate valve from us, they price is 143.5, only little lower than you because they take 220pcs.\n",
       "stop", ["delta"], ["R2", "R3", "R4"], "names competitor Delta with the gate valve it buys, its price and quantity")

    # 99 Chinese own, full-width punctuation
    mk(99, "wang", [LIN], "EL-304-50 報價確認",
       "林先生您好：\n\nEL-304-50（304彎頭DN50）每個3.05美金，一萬五千個；RD-304-8050同心異徑管每個5.95美金，五千個。FOB溫州，T/T 30%定金。\n請確認，謝謝！\n",
       "pass", [], [], "Orient's own figures sent to Orient")

    # 100 两万 R4 to Chinese-run importer in Mexico
    mk(100, "wang", [("吴先生", "wu@sinomex.com.mx")], "回复: 黄铜球阀 1/2寸",
       "吴总您好：\n\n1/2寸黄铜球阀我们量很大，墨西哥那边有个老客户每次订两万个，所以价格可以做得很低。您这边首单多少？\n",
       "stop", ["lopez"], ["R4"], "20,000 pcs (Lopez's BV-BR-15 volume) tied to 'an old customer in Mexico'")

    # 101 competitor name only in subject
    mk(101, "ivan", [("Ерлан Жумабаев", "yerlan@kazneftsnab.kz")], "Re: Atlas Trade - график отгрузки",
       "Ерлан, добрый день!\n\nВаш контейнер будет готов 20 ноября. Сообщу номер вагона, как только получу.\n",
       "stop", ["atlas"], ["R2"], "subject names Atlas Trade, a competitor of KazNeftSnab")

    # 102 Vietnamese subject RFC 2047 own
    mk(102, "lily", [HAI], "Xác nhận đơn hàng / Order confirmation BV-304T-25",
       "Dear Mr Hai\n\nCảm ơn anh! We confirm 3,000pcs BV-304T-25 at 9.60usd and 1,500pcs GL-304-25 at 11.80usd. Shipping to Cat Lai port.\n",
       "pass", [], [], "Saigon Valve's own figures; encoded subject")

    # 103 gb2312 R9 to Singapore prospect
    mk(103, "wang", [("李经理", "li@sgpipeline.com.sg")], "回复: 东南亚市场",
       "李经理您好：\n\n是的，我们出口到东南亚多个国家，包括新加坡、马来西亚、印尼和越南，已经有十多年了。具体客户信息不方便透露，请谅解。\n",
       "pass", [], ["R9"], "says it exports to Southeast Asia, no identity or figures", charset="gb2312", sig=False)

    # 104 long top-posted thread with gulfflow
    t1 = q_outlook("Faisal Al-Harbi", "faisal@gulfflow.com.sa", "Sunday, 25 October 2026 9:30 AM", "Kevin Zhang", "RE: 4\" WCB ball valves - SASO",
                   "Kevin,\nSASO certificate received, thanks. Can you hold 96.50 for 400 pcs if we confirm this week?\nAlso the 6\" gate valves x 260, same 142.00?\n\nFaisal")
    t2 = q_outlook("Kevin Zhang", "kevin.zhang@hengtaivalve.com", "Thursday, 22 October 2026 5:15 PM", "Faisal Al-Harbi", "4\" WCB ball valves - SASO",
                   "Dear Faisal,\nSASO certificate attached. Price for the 4\" WCB ball valve BV-WCB-100 is USD 96.50.\nKevin")
    mk(104, "kevin", [("Faisal Al-Harbi", "faisal@gulfflow.com.sa")], "RE: RE: 4\" WCB ball valves - SASO",
       "Faisal,\n\nYes to both: 96.50 x 400 and 142.00 x 260. Dual plate checks x 300 at 58.40 as before.\n" + SIG["kevin"] + t1 + t2,
       "pass", [], [], "long thread with Gulf Flow, its own figures only", sig=False)

    # 105 reference list PDF with non-reference accounts and products
    ref = pdf(["HENGTAI VALVE - PROJECT REFERENCES 2024-2026", ""],
              table=[("Customer", "Country", "Products"), ("Pacific Star Mining Supplies SpA", "Chile", "KG-150 knife gate valves, BF-L-300"),
                     ("Crown Petroleum Equipment Ltd", "Nigeria", "GV-WCB-150 gate valves, CV-SW-80"), ("Fluidos de los Andes S.A.S.", "Colombia", "BF-W-150")])
    mk(105, "kevin", [("Andi Wijaya", "procurement@majuindosteel.co.id")], "Our reference list",
       "Hi Andi,\n\nAttached our reference list as requested for your tender.\n",
       "stop", ["pacificstar", "crown", "andesflu"], ["R3", "R8"], "reference list PDF names accounts with the products they buy (R3 applies to the reference account too)",
       atts=[("Hengtai_references.pdf", ref)])

    # 106 reference list with only reference accounts, no products
    ref = pdf(["HENGTAI VALVE - CUSTOMERS WHO AGREED TO BE CONTACTED", "",
               "Fluidos de los Andes S.A.S. (Bogotá, Colombia) - Camila Ortiz",
               "Wisla Armatura Sp. z o.o. (Gdańsk, Poland) - Tomasz Nowak", "", "We also export to 40+ countries across the Middle East, Africa, CIS and Latin America."])
    mk(106, "kevin", [("Emre Kaya", "emre@kayamuhendislik.com.tr")], "References",
       "Dear Emre,\n\nAttached the list of customers who agreed to be contacted as references.\n",
       "pass", [], ["R8", "R9"], "only reference accounts named, no products or figures", atts=[("references_public.pdf", ref)])

    # 107 R9 French to Moroccan prospect
    mk(107, "kevin", [("Karim Alaoui", "k.alaoui@tanger-fluides.ma")], "RE: Exportez-vous au Maroc ?",
       "Bonjour M. Alaoui,\n\nOui, nous exportons au Maroc, en Algérie et en Tunisie depuis 2015. Nous travaillons avec plusieurs distributeurs, mais Tanger est encore libre.\n\nCordialement,",
       "pass", [], ["R9"], "says it exports to Morocco, no identity or figures")

    # 108 French own to maghreb
    mk(108, "kevin", [YOUSSEF], "Commande clapets DN80",
       "Bonjour Youssef,\n\nC'est noté : deux cents clapets à battant DN80 à 53,30 USD pièce, avec les trois cents vannes DN100. Paiement 30 % à la commande.\n\nBonne fête et à bientôt,",
       "pass", [], [], "Maghreb's own order figures in words and digits")

    # 109 'pioneros' ordinary word, to lopez
    mk(109, "sofia", [("Mariana Ruiz", "compras@valvulaslopez.com.mx")], "Nueva válvula económica",
       "Mariana:\n\nFuimos pioneros en Wenzhou con la válvula económica de asiento PTFE reforzado; le mando muestras de la nueva EC-BV-20 mejorada la próxima semana, al mismo precio de 1,85.\n",
       "pass", [], [], "'pioneros' is an ordinary word; EC-BV-20 at 1.85 is Lopez's own deal")

    # 110 R3/R4 rounded figures Saigon Valve
    mk(110, "lily", [("Tran Minh Duc", "duc.tran@hanoiflow.vn")], "Re: price 1 inch 304 threaded",
       "Dear Mr Duc\n\nSaigon Valve took 3k of the 1 inch 304 threaded ball valve at 9.6, so I can not give you lower than that for 1k.\n",
       "stop", ["saigonvalve"], ["R3", "R4"], "names Saigon Valve with its product, 3,000 pcs (3k) and 9.60")

    # 111 5k own to atlas
    mk(111, "ivan", [("Marat Bekov", "m.bekov@atlastrade.kz")], "Re: next order",
       "Marat,\n\nOK, 5k pcs of the 1\" 304 threaded again at 9.40, plus 8k tees and 12k elbows. I'll prepare the PI.\n",
       "pass", [], [], "Atlas Trade's own figures in 5k/8k/12k form")

    # 112 R6 flag unknown Cc (customs broker not a partner)
    mk(112, "sofia", [("Mariana Ruiz", "compras@valvulaslopez.com.mx")], "Booking confirmado",
       "Mariana, Sr. Hernández:\n\nEl booking está confirmado para el 14 de noviembre. Les enviaremos el B/L borrador en cuanto lo tengamos.\n",
       "flag", ["lopez"], ["R6"], "the account and an unknown external address visible to each other",
       cc=[("Raúl Hernández", "raul@aduanasmanzanillo.mx")])

    # 113 R6 block competitors in To
    mk(113, "kevin", [MARK, SARAH], "New item: DN300 lug butterfly valves",
       "Hi both,\n\nWe now have DN300 lug butterfly valves with AS 4087 PN16 drilling. Samples available from December.\n",
       "stop", ["southernpipe", "bluegum"], ["R6"], "two competing Australian accounts visible to each other in To")

    # 114 R7 '>' quote of summit to falcon
    mk(114, "kevin", [OMAR], "Re: EPDM vs NBR seat",
       "Omar,\n\nPlease see the question below from another distributor and our answer, same applies to your project.\n\n"
       + q_gmail("Rajesh Menon", "rajesh@summitvalves.ae", "Wed, 28 Oct 2026 at 14:02", "Kevin, is EPDM ok for 90C water? Or should we go NBR?\nRajesh")
       + "\nEPDM is fine to 120C; NBR only to 80C.\n",
       "stop", ["summit"], ["R7", "R2"], "quotes the header of Summit's contact (competitor of Falcon)")

    # 115 R7 kazneft headers to atlas
    mk(115, "ivan", [("Айгерим Садыкова", "aigerim@atlastrade.kz")], "Fwd: сертификат ЕАС",
       "Айгерим, пересылаю ответ по сертификату ЕАС, вопрос был тот же.\n"
       + q_fwd("Ерлан Жумабаев", "yerlan@kazneftsnab.kz", "пн, 26 окт. 2026 г. в 11:30", "Ivan Liu <ivan.liu@hengtaivalve.com>", "сертификат ЕАС",
               "Иван, декларация ЕАС на краны действует до какого числа?"),
       "stop", ["kazneft"], ["R7", "R2"], "forwards KazNeftSnab's correspondence to its competitor Atlas Trade")

    # 116 R7 fluidesrhone quoted to maghreb
    mk(116, "kevin", [YOUSSEF], "TR: Marquage CE vannes",
       "Bonjour Youssef,\n\nJe vous transmets l'échange ci-dessous sur le marquage CE, la réponse est valable pour vous.\n"
       + q_outlook("Julien Mercier", "j.mercier@fluides-rhone.fr", "mardi 20 octobre 2026 10:12", "Kevin Zhang", "Marquage CE",
                   "Kevin, les vannes sont-elles marquées CE selon la DESP 2014/68/UE ? Julien"),
       "stop", ["fluidesrhone"], ["R7"], "quoted Outlook headers of Fluides Rhone's contact sent to Maghreb")

    # 117 R9 Russian
    mk(117, "ivan", [("Данияр Ахметов", "info@shymkentprom.kz")], "Re: Поставляете в Узбекистан?",
       "Данияр,\n\nДа, мы поставляем в Казахстан, Узбекистан и Россию, доставка ж/д через Хоргос. Цены одинаковые для всех рынков СНГ.\n",
       "pass", [], ["R9"], "says it exports to CIS countries, no identity or figures")

    # 118 R9 Gulf
    mk(118, "lily", [("Vikram Shah", "vikram@jafzaflowtech.ae")], "Re: experience Middle East",
       "Dear Vikram\n\nyes we have customers in Saudi Arabia, UAE, Oman and Qatar, many years. We know ADNOC and Aramco vendor requirement.\n",
       "pass", [], ["R9"], "says it has customers in Gulf countries, no identity or figures")

    # 119 R9 40 countries + tracking numbers
    mk(119, "kevin", [("Andi Wijaya", "procurement@majuindosteel.co.id")], "Samples sent",
       "Hi Andi,\n\nSamples sent by DHL 4418 2301 87 today, 3.2 kg. We export to 40 countries, so don't worry about SNI or other documentation.\n",
       "pass", [], ["R9"], "general export statement; tracking number and weight are not deal figures")

    # 120 R5 referring to products named in the quoted inquiry
    mk(120, "lily", [("Andi Wijaya", "procurement@majuindosteel.co.id")], "Re: 4\" 316 elbows and 4x3 reducers",
       "Dear Andi\n\na customer of ours in Surabaya just ordered these two models, quality no problem.\n\n"
       + q_gmail("Andi Wijaya", "procurement@majuindosteel.co.id", "Mon, 2 Nov 2026 at 16:40", "Lily, please quote 4\" SS316 90 degree elbows and 4x3 316 concentric reducers, 500 pcs each."),
       "flag", [], ["R5"], "third-party phrase referring to the two products named in the quoted inquiry; no identity or figure")

    # 121 product only datasheet to prospect
    ds = docx(["DATASHEET GV-WCB-100 - DN100 PN16 gate valve", "Body: ASTM A216 WCB; Trim: 13Cr; Face to face: 229 mm (EN 558 S14)", "Test: API 598, shell 24 bar, seat 17.6 bar"])
    mk(121, "kevin", [("Hossein Karimi", "h.karimi@tabrizvalve.ir")], "Datasheet DN100 PN16 gate valve",
       "Dear Mr. Karimi,\n\nDatasheet for GV-WCB-100 attached. Weight 31 kg, MOQ 50 pcs.\n",
       "pass", [], [], "product datasheet only, no customer", atts=[("Datasheet_GV-WCB-100.docx", ds)])

    # 122 Spanish own to pionero, in words
    mk(122, "sofia", [("Luis Quispe", "lquispe@pioneroindustrial.pe")], "RE: Pedido válvulas de cuchilla",
       "Luis:\n\nConfirmamos noventa válvulas de cuchilla KG-150 a 182 USD y seiscientas válvulas de bola 2\" 316 bridadas a 39,80. Plazo: 40 días.\n",
       "pass", [], [], "Pionero's own order figures")

    # 123 'harvest irrigation' ordinary sense, to nusantara
    mk(123, "kevin", [BUDI], "Re: valves for plantation project",
       "Hi Budi,\n\nFor your palm oil client, the post-harvest irrigation lines normally use PN10 wafer butterfly valves; DN150 is enough for the main header. I'll send options.\n",
       "pass", [], [], "'harvest irrigation' is used in its ordinary sense, not the account")

    # 124 'Lopez' surname of a colleague, to hidromex
    mk(124, "sofia", [("Alejandro Garza", "agarza@hidromex.com.mx")], "Nueva ejecutiva de cuenta",
       "Alejandro:\n\nA partir de diciembre su cuenta la lleva también mi compañera Ana López (ana.lopez@hengtaivalve.com). Yo sigo en copia.\n",
       "pass", [], [], "López is a colleague's surname, not the competitor")

    # 125 internal to second domain
    mk(125, "lily", [STAFF["docs"]], "pls make PI for Crown and Delta",
       "docs team\n\npls make PI: Crown Petroleum GV-WCB-150 180pcs 145usd; Delta Oilfield GV-WCB-150 220pcs 143.5usd + BV-WCB-100 300pcs 97.2usd.\n",
       "pass", [], [], "internal mail to the company's other domain")

    # 126 CSV deal export attached to prospect
    csv = ("customer,item,qty,usd\nAtlas Trade KZ LLP,BV-304T-25,5000,9.40\nKazNeftSnab LLP,BV-304T-25,4000,9.55\nSaigon Valve Company Limited,BV-304T-25,3000,9.60\n")
    mk(126, "ivan", [("Данияр Ахметов", "info@shymkentprom.kz")], "Re: цены на краны 1\"",
       "Данияр, цены во вложении.\n",
       "stop", ["atlas", "kazneft", "saigonvalve"], ["R3", "R4"], "CSV export of other accounts' deals attached by mistake",
       atts=[("export_BV-304T-25.csv", csv)])

    # 127 reply to bluegum quoting her words naming competitor; new text general
    mk(127, "kevin", [SARAH], "Re: pricing fairness",
       "Hi Sarah,\n\nOur prices depend on volume only, the same scale for every distributor. If you go to 1,200 pcs per order your unit price drops accordingly.\n\n"
       + q_gmail("Sarah O'Connell", "sarah@bluegumvalves.com.au", "Mon, 2 Nov 2026 at 07:45", "Kevin, I heard Southern Pipeline gets a better price than us. Is that true?"),
       "pass", [], [], "the competitor is named only in the recipient's own quoted words; the reply is a general pricing statement")

    # 128 R5 'those you asked about'
    mk(128, "kevin", [("Daniel Reeves", "dan@ozfluidtech.com.au")], "Re: dual plate check valves",
       "Hi Dan,\n\nA customer of ours in Perth orders those you asked about regularly, never had a return.\n\n"
       + q_gmail("Daniel Reeves", "dan@ozfluidtech.com.au", "Mon, 2 Nov 2026 at 11:02", "Kevin, are your 4\" dual plate check valves any good? Anybody in Australia using them?"),
       "flag", [], ["R5"], "third-party phrase referring to the product in the quoted question; no identity or figure")

    # 129 R3 Chinese name + product, to competitor? to a Chinese-speaking prospect in Malaysia
    mk(129, "wang", [("黄先生", "huang@kl-pipeworks.com.my")], "回复: 316法兰球阀",
       "黄先生：\n\n316不锈钢法兰球阀DN50我们做得很多，澳洲的南方管道和蓝桉阀门都从我们这里进这款。\n",
       "stop", ["southernpipe", "bluegum"], ["R3"], "names two Australian accounts in Chinese with the ball valve they buy")

    # 130 pass own to harvest, weak English, Harvest Expo-like trap not used; Crown trap
    mk(130, "lily", [("Pieter Botha", "pieter@harvestirrigation.co.za")], "Re: Y strainer + butterfly",
       "Dear Pieter\n\nok, 800pcs Y strainer 18.8usd and 500pcs DN150 butterfly 43.9usd, same like last order. The crown of the disc we make thicker now, no extra cost.\n",
       "pass", [], [], "Harvest's own figures; 'crown' is a part of the disc")
