from lib import *

DAN = ("Daniel Reeves", "dan@ozfluidtech.com.au")
MARK = ("Mark Thompson", "mark@southernpipeline.com.au")
SARAH = ("Sarah O'Connell", "sarah@bluegumvalves.com.au")


def build():
    # 1 seed story, English
    mk(1, "lily", [DAN], "Re: Enquiry - 2\" SS316 flanged ball valves + DN80 316 gate valves",
       "Hi Daniel,\n\nThanks for your enquiry. About reference in Australia, you can contact our customer Southern Pipeline Supplies, web site www.southernpipeline.com.au , Mr. Mark is purchasing manager there.\n"
       "The 2 models you want, our customer just ordered them again last month, quality is very good, no any complain.\n\nPrice I will send you tomorrow after check with boss.\n"
       + SIG["lily"] + "\n" +
       q_gmail("Daniel Reeves", "dan@ozfluidtech.com.au", "Thu, 29 Oct 2026 at 10:14",
               "Hi Lily,\n\nWe are a new distributor in Geelong. Please quote:\n- 2\" SS316 flanged ball valve, Class 150, 300 pcs\n- DN80 SS316 gate valve, PN16, 60 pcs\n\nAlso, do you have a customer in Australia we can talk to? Would like a reference before first order.\n\nCheers\nDan"),
       "stop", ["southernpipe"], ["R3"], "names Southern Pipeline and its web site and says it just ordered the two models the prospect asked for", sig=False)

    # 2 seed story, Chinese (Taiwan prospect)
    mk(2, "wang", [("陳先生", "chen.yh@hsinfluid.com.tw")], "回复: 詢價 304彎頭 DN50",
       "陈先生您好：\n\n感谢询价！304弯头DN50我们是长期做的，台湾我们的老客户東方閥門贸易一直在订这款，每次一万五千个左右，质量您可以放心。\n价格明天报给您。\n"
       + SIG["wang"] +
       q_apple_cn("陳先生", "chen.yh@hsinfluid.com.tw", "2026年10月28日 周三 14:05",
                  "王先生您好，\n我們需要304彎頭DN50，SCH10S，數量約一萬個，請報FOB溫州價。\n另外請問你們在台灣有客戶嗎？"),
       "stop", ["orient"], ["R3", "R4"], "names Orient Valve with the elbow it buys and its 15,000 pcs volume to a Taiwanese prospect", sig=False)

    # 3 R9 pass, Australia
    mk(3, "kevin", [DAN], "Re: Australian references",
       "Hi Dan,\n\nYes, we have been exporting to Australia since 2017 and have several distributors there, mostly in VIC and WA. "
       "I'm sorry but we don't give out our customers' names or contacts -- we would do the same for you once you buy from us.\n\n"
       "What I can do is send you our WaterMark / AS 4087 test reports and a video call from the workshop any day you like.\n\nRegards,",
       "pass", [], ["R9"], "says only that the company exports to Australia and refuses to name customers")

    # 4 own figures to southernpipe, quoting Mark
    mk(4, "kevin", [MARK], "RE: Repeat order BV-316F-50 / EL-316-100",
       "Hi Mark,\n\nConfirmed: BV-316F-50 at USD 38.60/pc, 1,200 pcs, and EL-316-100 4\" 316 elbows at USD 14.90/pc, 2,500 pcs, FOB Wenzhou. "
       "GV-316-80 stays at 116.50 for the 150 pcs. PI to follow today from our docs team.\n\nDelivery 35 days after deposit.\n"
       + SIG["kevin"] +
       q_outlook("Mark Thompson", "mark@southernpipeline.com.au", "Friday, 30 October 2026 4:12 PM", "Kevin Zhang", "Repeat order BV-316F-50 / EL-316-100",
                 "Kevin,\nPlease confirm same prices as last time for 1200 x BV-316F-50 and 2500 x EL-316-100. Also 150 x GV-316-80.\nMark"),
       "pass", [], [], "the account's own prices and quantities sent to that account, quoting its own message", sig=False)

    # 5 R2: competitor named to bluegum
    mk(5, "lily", [SARAH], "visit next week",
       "Dear Sarah,\n\nWelcome to our factory on 12 Nov! Pick up from Wenzhou airport no problem.\n"
       "Only one thing: 12 Nov morning Mark from Southern Pipeline also come to visit, so we arrange you in afternoon, hope ok for you.\n",
       "stop", ["southernpipe"], ["R2"], "tells Bluegum that its competitor Southern Pipeline (and its contact) visits the factory")

    # 6 R1 Spanish, Chile prospect
    mk(6, "sofia", [("Ignacio Vera", "compras@minerasur.cl")], "RE: Cotización filtros Y DN50",
       "Estimado Ignacio:\n\nAdjunto enviaremos la cotización de los filtros Y DN50 mañana.\n\n"
       "Respecto a su pregunta: sí, en Chile trabajamos desde 2023 con Pacific Star Mining, en Antofagasta. No puedo darle más detalles de ellos, espero que lo entienda.\n",
       "flag", ["pacificstar"], ["R1"], "names the Chilean account Pacific Star Mining to a prospect, without its products or figures (prospect asked for Y strainers, which it does not buy)")

    # 7 vessel trap: MSC PACIFIC STAR, to hidromex own
    mk(7, "sofia", [("Alejandro Garza", "agarza@hidromex.com.mx")], "Aviso de embarque / Shipping advice PO HMX-2611",
       "Estimado Alejandro:\n\nSu pedido ya está embarcado:\n\n  Buque / Vessel: MSC PACIFIC STAR  V.245E\n  Naviera: MSC\n  POL: Ningbo   POD: Manzanillo, MX\n  ETD: 06-Nov-2026   ETA: 04-Dec-2026\n  B/L: MEDUWZ8812045\n"
       "  Contenido: 15,000 pcs BV-BR-15 (USD 2.40) + 250 pcs GV-WCB-100 (USD 73.00)\n\nLos documentos originales los enviaremos por DHL (guía 4418 2290 61).\n",
       "pass", [], [], "shipping advice to Hidromex with its own order; Pacific Star is the vessel's name")

    # 8 "Summit" as conference, to falcon (competitor of summit)
    mk(8, "kevin", [("Omar Siddiqui", "omar.s@falconenergy.ae")], "Meeting in Abu Dhabi",
       "Hi Omar,\n\nGood news, my visa is done. I will be at the Middle East Valve Summit at ADNEC on 17-18 Nov, stand C-214. "
       "If you have time on the 18th after the summit closes we can have dinner and talk about your DN200 wafer butterfly order for Q1.\n\nBest,",
       "pass", [], [], "'Summit' is a conference; the DN200 butterfly order is Falcon's own")

    # 9 R5 Nigeria prospect
    mk(9, "kevin", [("Tunde Adeyemi", "tunde@rivgasprojects.com.ng")], "Re: 6\" gate valves for flowstation",
       "Hello Tunde,\n\nThe DN150 PN16 gate valves in WCB are one of our main items. Another customer of ours in Port Harcourt just ordered the same valves for a flowstation upgrade and they were very satisfied with the pressure test results.\n\n"
       "I attach nothing today; datasheet and API 598 test procedure follow on Monday.\n",
       "flag", [], ["R5"], "third-party phrase (a customer in Port Harcourt) with the product, no identity, no figure")

    # 10 R4 third-party + price+qty (crown deal)
    mk(10, "lily", [("Tunde Adeyemi", "tunde@rivgasprojects.com.ng")], "Re: Re: 6\" gate valves for flowstation - price",
       "Dear Tunde\n\nfor price, our Lagos client paid USD145 each for the 6 inch gate valve, they take 180pcs. For you we can do same if qty is same.\n\nThanks\n",
       "stop", ["crown"], ["R4"], "price 145 and 180 pcs of Crown's GV-WCB-150 deal tied to 'our Lagos client'")

    # 11 R6 flag: two non-competing accounts in To
    mk(11, "lily", [("Pieter Botha", "pieter@harvestirrigation.co.za"), ("Budi Santoso", "budi@nusantarateknik.co.id")], "Factory holiday notice",
       "Dear friends,\n\nPlease note our factory will have maintenance shutdown from 23 Nov to 26 Nov 2026. Orders confirmed before 20 Nov are not affected.\n\nSorry for any inconvenience.\n",
       "flag", ["harvest", "nusantara"], ["R6"], "two non-competing accounts visible to each other in To")

    # 12 R6 block: competitors in To
    mk(12, "kevin", [("Faisal Al-Harbi", "faisal@gulfflow.com.sa"), ("Khalid Rahman", "khalid@alnoorpv.com.sa")], "New catalogue 2027 - Hengtai Valve",
       "Dear Sirs,\n\nPlease find our 2027 catalogue link here: https://www.hengtaivalve.com/catalogue2027.pdf\nNew items: full-bore 3PC ball valves and DN300 lug butterfly valves with EPDM seat.\n\nRamadan is early next year, so please send Q1 orders before 15 Jan.\n",
       "stop", ["gulfflow", "alnoor"], ["R6"], "two competing Saudi accounts visible to each other in To")

    # 13 R7 forwarded nusantara thread to Indonesian prospect
    mk(13, "kevin", [("Andi Wijaya", "procurement@majuindosteel.co.id")], "FW: wall thickness 4\" elbow",
       "Hi Andi,\n\nSee below the explanation our engineer gave on the wall thickness question, same answer for you.\n\n"
       + q_fwd("Budi Santoso", "budi@nusantarateknik.co.id", "Tue, 13 Oct 2026 at 09:41", "Kevin Zhang <kevin.zhang@hengtaivalve.com>", "wall thickness 4\" elbow",
               "Kevin,\nFor SCH40S is the wall thickness measured at the intrados or extrados? Our client's inspector asks.\nBudi")
       + "\n> Budi, measured at the thinnest point, normally intrados, min 87.5% of nominal per ASME B16.9.\n",
       "stop", ["nusantara"], ["R7"], "forwards Nusantara's correspondence (its contact's headers) to a prospect, though the text is technical only")

    # 14 R10 encrypted PDF to own account
    mk(14, "docs", [("Nguyen Van Hai", "hai.nguyen@vansaigon.vn")], "PI HT-PI-261104 (password protected)",
       "Dear Mr. Hai,\n\nAttached the PI for your order. The password is the last 6 digits of your phone as usual.\n",
       "flag", [], ["R10"], "encrypted PDF attachment cannot be read",
       atts=[("HT-PI-261104.pdf", pdf(["PROFORMA INVOICE HT-PI-261104", "Buyer: Saigon Valve Company Limited", "BV-304T-25  3000 pcs  USD 9.60"], encrypt="338072"))])

    # 15 R8 pass reference named with contact
    mk(15, "sofia", [("Andrés Paredes", "aparedes@quitoflow.com.ec")], "RE: Referencias en la región",
       "Estimado Andrés:\n\nCon gusto. Puede pedir referencias a Fluidos de los Andes en Bogotá; la Sra. Camila Ortiz (camila.ortiz@fluidosandes.com.co) aceptó atender consultas de nuevos clientes.\n"
       "Ellos trabajan con nosotros desde 2019.\n",
       "pass", [], ["R8"], "reference account named with its contact; no products or figures")

    # 16 R8 + R3/R4: reference with price
    mk(16, "sofia", [("Andrés Paredes", "aparedes@quitoflow.com.ec")], "RE: RE: Referencias en la región - precio",
       "Andrés,\n\nPara que tenga una idea: Fluidos de los Andes compra la válvula de bola 2\" inox 316 bridada a 39,50 USD la pieza, unas novecientas piezas al año. Para Ecuador podemos igualar ese precio.\n",
       "stop", ["andesflu"], ["R8", "R3", "R4"], "reference account may be named but its product, price 39.50 and volume 900 stay confidential")

    # 17 Russian, own figures to neftemash
    mk(17, "ivan", [("Дмитрий Волков", "d.volkov@neftemash.ru")], "Re: Счёт на клапаны DN50 PN40",
       "Дмитрий, добрый день!\n\nПодтверждаю: клапан запорный GL-WCB-50 DN50 PN40 — 700 шт. по 45,80 USD, FOB Нинбо. Плюс обратные клапаны CV-SW-80, 400 шт. по 52,60.\n"
       "Инвойс пришлю сегодня вечером. Отгрузка через Восток-Карго, как обычно.\n",
       "pass", [], [], "NefteMashSnab's own figures sent to NefteMashSnab")

    # 18 R4 Russian third-party with uralarm figures
    mk(18, "ivan", [("Павел Гришин", "zakupki@promarm-nsk.ru")], "Re: Запрос: клапаны запорные DN50 PN40",
       "Павел, здравствуйте!\n\nПо цене ориентир такой: наш дилер в Екатеринбурге берёт такие же клапаны DN50 PN40 по 46,50 долларов, партия — шестьсот штук. "
       "Для Новосибирска можем дать такие же условия при таком же объёме.\n",
       "stop", ["uralarm"], ["R4"], "price 46.50 and 600 pcs of Ural Armatura's GL-WCB-50 deal tied to 'our dealer in Yekaterinburg'")

    # 19 R2 Russian: competitor named
    mk(19, "ivan", [("Сергей Кузнецов", "kuznetsov@uralarmatura.ru")], "Re: Выставка Армагаз",
       "Сергей, добрый день!\n\nНа выставке в Москве наш стенд был рядом со стендом НефтеМашСнаб, их коммерческий директор заходил к нам поговорить. Так что не удивляйтесь, если увидите нас вместе на фото :)\n\nДо встречи в декабре.\n",
       "stop", ["neftemash"], ["R2"], "names NefteMashSnab, a competitor of the recipient account")

    # 20 Atlas Copco trap to neftemash
    mk(20, "ivan", [("Elena Sorokina", "sorokina@neftemash.ru")], "Испытания шаровых кранов",
       "Елена, добрый день!\n\nПрисылаю видео гидроиспытаний ваших шаровых кранов BV-316F-50. Воздух для пневмоиспытаний даёт компрессор Atlas Copco GA37, манометры поверены.\n"
       "Протоколы испытаний приложу к документам на отгрузку.\n",
       "pass", [], [], "Atlas is a compressor brand here; the ball valves are NefteMashSnab's own order")

    # 21 R10 unknown charset
    from email.mime.text import MIMEText as _T
    from email.mime.multipart import MIMEMultipart as _M
    data = bytes([0x8e, 0xa1, 0xf3, 0x9c, 0xd7, 0x81, 0xae, 0xfe, 0x9b, 0xc4, 0x20, 0xa9, 0xf1, 0x88, 0xbe, 0xd2, 0x0a] * 12)
    part = MIMEBase("text", "plain")
    part.set_param("charset", "x-hengtai-legacy")
    part.set_payload(data)
    encoders.encode_base64(part)
    mk(21, "sofia", [("Mariana Ruiz", "compras@valvulaslopez.com.mx")], "Lista de empaque",
       "Mariana, adjunto la lista de empaque exportada del sistema viejo.\n",
       "flag", [], ["R10"], "a text part in an unknown charset that cannot be decoded", raw_parts=[part])

    # 22 Spanish own figures to lopez
    mk(22, "sofia", [("Jorge Lopez Medina", "jlopez@valvulaslopez.com.mx")], "Re: Pedido válvulas de latón 1/2\"",
       "Estimado Jorge:\n\nConfirmado el pedido: veinte mil piezas de la válvula de bola de latón de 1/2\" (BV-BR-15) a 2,35 USD, y diez mil check de latón 3/4\" a 3,10 USD. "
       "La económica EC-BV-20 queda en 1,85 USD para las 30K.\n\nSaludos a la familia López.\n",
       "pass", [], [], "Valvulas Lopez's own figures sent to it")

    # 23 R2 Spanish
    mk(23, "sofia", [("Alejandro Garza", "agarza@hidromex.com.mx")], "RE: pregunta",
       "Alejandro,\n\nSí, Válvulas López también es cliente nuestro desde hace años, pero como comprenderá no puedo darle información sobre ellos, igual que nunca daría la suya.\n",
       "stop", ["lopez"], ["R2"], "confirms Valvulas Lopez as a customer to its competitor Hidromex")

    # 24 R4 Spanish third-party price to hidromex
    mk(24, "sofia", [("Alejandro Garza", "agarza@hidromex.com.mx")], "RE: precio latón 1/2",
       "Alejandro:\n\nEl precio de 2,40 es correcto para 15 mil. Si sube a 20 mil piezas le puedo hacer 2,35 USD, que es lo que paga nuestro distribuidor en Guadalajara.\n",
       "stop", ["lopez"], ["R4"], "price 2.35 and 20,000 pcs of Lopez's brass ball valve deal tied to 'our distributor in Guadalajara'")

    # 25 R9 Spanish
    mk(25, "sofia", [("Ignacio Vera", "compras@minerasur.cl")], "RE: ¿Exportan a Chile?",
       "Hola Ignacio,\n\nSí, exportamos a Chile, Perú y Colombia desde hace más de 10 años, con certificados de origen para el TLC Chile-China. "
       "Nuestros precios son iguales para todos los mercados; lo que cambia es el flete.\n",
       "pass", [], ["R9"], "exports to Chile in general, prices same for all markets")

    # 26 R5 French
    mk(26, "kevin", [("Claire Dubois", "achats@hydro-alpes.fr")], "RE: Filtres en Y DN50 - demande de prix",
       "Bonjour Claire,\n\nMerci pour votre demande. Notre client de Lyon a déjà commandé ces filtres en Y et il en est très satisfait, aucun retour depuis deux ans.\n"
       "Je vous envoie l'offre demain.\n\nCordialement,",
       "flag", [], ["R5"], "third-party phrase (our client in Lyon) with the product, no identity and no figure")

    # 27 R4 French
    mk(27, "kevin", [("Claire Dubois", "achats@hydro-alpes.fr")], "RE: RE: Filtres en Y DN50 - offre",
       "Bonjour Claire,\n\nPour vous situer : notre client de Lyon les paie 17,90 EUR pièce, six cents pièces par commande. Je peux vous proposer le même prix à partir de 600 pièces.\n\nCordialement,",
       "stop", ["fluidesrhone"], ["R4"], "price 17.90 EUR and 600 pcs of Fluides Rhone's Y strainer deal tied to 'notre client de Lyon'")
