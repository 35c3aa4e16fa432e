from lib import *

MARK = ("Mark Thompson", "mark@southernpipeline.com.au")
SARAH = ("Sarah O'Connell", "sarah@bluegumvalves.com.au")
CHINEDU = ("Chinedu Okafor", "chinedu@crownpetroequip.com.ng")
IBRAHIM = ("Ibrahim Musa", "ibrahim.musa@deltaoilfield.ng")
AYSE = ("Ayse Ozkan", "ayse@ozkantesisat.com.tr")
MEHMET = ("Mehmet Yilmaz", "mehmet@anadoluvana.com.tr")
LIN = ("林建宏", "jh.lin@orientvalve.com.tw")
HAI = ("Nguyen Van Hai", "hai.nguyen@vansaigon.vn")
YOUSSEF = ("Youssef Benali", "y.benali@maghrebrob.ma")


def build():
    # 58 R10 unknown charset, Chinese-ish bytes with unknown label
    part = MIMEBase("text", "plain")
    part.set_param("charset", "x-gb-foxmail-9")
    part.set_payload(bytes([0xb9, 0xfe, 0x81, 0x30, 0xff, 0xfe, 0xa0, 0x8f, 0xd4, 0x7f, 0xe3, 0x9a, 0x0a] * 15))
    encoders.encode_base64(part)
    mk(58, "wang", [("Budi Santoso", "budi@nusantarateknik.co.id")], "Re: inspection report",
       "Budi, inspection notes from QC below (copied from our old system).\n",
       "flag", [], ["R10"], "text part with an unknown charset label and undecodable bytes", raw_parts=[part])

    # 59 image only to falcon — pass
    mk(59, "kevin", [("Omar Siddiqui", "omar.s@falconenergy.ae")], "Photo: DN200 butterfly disc",
       "Omar, photo of the disc finish before assembly, as you asked.\n",
       "pass", [], [], "an image attachment alone is not unread content", atts=[("disc_finish.png", png_bytes())])

    # 60 R10 encrypted pdf to prospect with clean body
    mk(60, "kevin", [("Andi Wijaya", "procurement@majuindosteel.co.id")], "Company profile & certificates",
       "Hi Andi,\n\nOur ISO 9001 / CE / API 6D certificates attached in one protected file (password sent by WhatsApp).\n",
       "flag", [], ["R10"], "encrypted PDF attachment", atts=[("Hengtai_certificates.pdf", pdf(["ISO 9001:2015 certificate", "API 6D licence 6D-1187"], encrypt="wa-only"))])

    # 61 R10 truncated zip to orient
    import zipfile as _z, io as _io
    b = _io.BytesIO()
    with _z.ZipFile(b, "w") as z:
        zi = _z.ZipInfo("drawings/EL-304-50.txt", date_time=(2026, 1, 1, 0, 0, 0))
        z.writestr(zi, "EL-304-50 90deg LR elbow SCH10S\n" * 200)
    mk(61, "wang", [LIN], "圖紙壓縮包",
       "林先生您好，\n图纸打包发给您，请查收。\n",
       "flag", [], ["R10"], "attached zip archive is truncated", atts=[("drawings.zip", b.getvalue()[:300])])

    # 62 R10 gbk text labelled with unknown charset
    part = MIMEBase("text", "plain")
    part.set_param("charset", "x-cp20936-ext")
    part.set_payload("质检报告：阀体壳体试验合格，密封试验合格。".encode("gbk") + bytes([0x80, 0xff, 0xfe, 0x81]))
    encoders.encode_base64(part)
    mk(62, "wang", [HAI], "QC report",
       "Mr. Hai, QC report below.\n",
       "flag", [], ["R10"], "text part declared in an unknown charset", raw_parts=[part])

    # 63 R6 flag: account + unknown prospect in Cc
    mk(63, "kevin", [("Budi Santoso", "budi@nusantarateknik.co.id")], "Factory visit Surabaya team",
       "Hi Budi, hi Andi,\n\nI will be in Surabaya 3-5 Dec. If convenient I can visit both of you on the 4th. Please let me know what time suits.\n",
       "flag", ["nusantara"], ["R6"], "an account and an unknown external address visible to each other",
       cc=[("Andi Wijaya", "procurement@majuindosteel.co.id")])

    # 64 R6 flag: two non-competing accounts To/Cc
    mk(64, "wang", [LIN], "年底放假通知 / Holiday notice",
       "各位客户：\n春节放假时间：2027年1月30日至2月15日。请提前安排订单。\nDear customers, our Chinese New Year holiday is 30 Jan - 15 Feb 2027.\n",
       "flag", ["orient", "maghreb"], ["R6"], "two non-competing accounts visible to each other in To/Cc", cc=[YOUSSEF])

    # 65 R6 block: competitors To/Cc
    mk(65, "kevin", [MEHMET], "Valve Expo Istanbul - our stand",
       "Dear friends,\n\nWe will exhibit at the Istanbul installation fair, Hall 9 stand 912. Happy to meet you both there.\n",
       "stop", ["anadolu", "ozkan"], ["R6"], "two competing Turkish accounts visible to each other", cc=[AYSE])

    # 66 R6 flag: pacificstar + pionero visible
    mk(66, "sofia", [("Rodrigo Fuentes", "rfuentes@pacificstar.cl")], "Invitación Expomin 2027",
       "Estimados Rodrigo y Luis:\n\nEstaremos en Expomin en Santiago, abril 2027. Los esperamos en nuestro stand.\n",
       "flag", ["pacificstar", "pionero"], ["R6"], "two non-competing accounts visible in To/Cc", cc=[("Luis Quispe", "lquispe@pioneroindustrial.pe")])

    # 67 R6 block: crown + delta
    mk(67, "lily", [CHINEDU], "Christmas greetings",
       "Dear friends\n\nMerry Christmas and happy new year! Thank you for support in 2026.\n",
       "stop", ["crown", "delta"], ["R6"], "two competing Nigerian accounts visible to each other", cc=[IBRAHIM])

    # 68 R7 forwarded .eml of southernpipe to bluegum
    inner = raw_eml("Mark Thompson <mark@southernpipeline.com.au>", "Kevin Zhang <kevin.zhang@hengtaivalve.com>", "Claim - leaking seats on 3\" gate valves",
                    "Kevin,\nTwo of the GV-316-80 leaked at seat test on site. Please advise.\nMark", "Mon, 19 Oct 2026 08:12:00 +1100", "<a1b2@southernpipeline.com.au>")
    mk(68, "kevin", [SARAH], "FW: seat leakage - how we handle claims",
       "Hi Sarah,\n\nYou asked how we handle claims. Attached an example of a claim we had last month and how it was solved (replacement within 2 weeks).\n",
       "stop", ["southernpipe"], ["R7", "R2", "R3"], "attached .eml is correspondence of Southern Pipeline, Bluegum's competitor, naming its product",
       atts=[("claim_example.eml", inner)])

    # 69 R7 Outlook quoted headers of harvest to SA prospect
    mk(69, "lily", [("Johan de Wet", "johan@capeagriflow.co.za")], "FW: delivery time to Durban",
       "Dear Johan\n\nsee below our answer about delivery time to Durban, same for you.\n"
       + q_outlook("Pieter Botha", "pieter@harvestirrigation.co.za", "Tuesday, 6 October 2026 2:40 PM", "Lily Chen", "delivery time to Durban",
                   "Lily, how many days from Ningbo to Durban usually? Pieter")
       + "\n> about 28-32 days sea, plus 5 days customs.\n",
       "stop", ["harvest"], ["R7"], "quoted Outlook headers of Harvest's contact forwarded to a prospect")

    # 70 R7 Foxmail headers of saigonvalve forwarded to orient
    mk(70, "wang", [LIN], "转发: 丝扣球阀包装问题",
       "林先生，\n下面是越南客户关于包装的邮件，他们建议每箱50个，您看是否也用这个方式？\n"
       + q_foxmail("Nguyen Van Hai", "hai.nguyen@vansaigon.vn", "2026年10月22日(星期四) 下午3:15", "\"王建国\"<wangjg@hengtaivalve.com>", "packing",
                   "Mr Wang, please pack 50 pcs per carton, cartons too heavy last time. Hai"),
       "stop", ["saigonvalve"], ["R7"], "forwards Saigon Valve's mail (its contact's Foxmail headers) to Orient Valve")

    # 71 R7 + R8 Gmail quoted of andesflu to pionero
    mk(71, "sofia", [("Luis Quispe", "lquispe@pioneroindustrial.pe")], "Fwd: certificado 3.1",
       "Luis, le reenvío lo que preguntó otro cliente sobre los certificados 3.1, le sirve la misma respuesta.\n"
       + q_fwd("Camila Ortiz", "camila.ortiz@fluidosandes.com.co", "Mon, 5 Oct 2026 at 10:20", "Sofia Huang <sofia@hengtaivalve.com>", "certificado 3.1",
               "Sofia, ¿los certificados EN 10204 3.1 vienen con cada lote? Camila"),
       "stop", ["andesflu"], ["R7", "R8"], "forwarded correspondence of the reference account Fluidos de los Andes; R7 applies to references")

    # 72 R7 Apple Mail Chinese header, ozkan forwarded to anadolu
    mk(72, "kevin", [MEHMET], "Fwd: test certificate format",
       "Mehmet,\n\nThis is the certificate format another Turkish customer accepted, please check if OK for you.\n"
       + q_apple_cn("Ayse Ozkan", "ayse@ozkantesisat.com.tr", "2026年10月12日 周一 15:20", "Kevin, the 3.1 certificate format is fine for us. Ayse"),
       "stop", ["ozkan"], ["R7", "R2"], "quotes Ozkan (competitor) with its contact's header to Anadolu")

    # 73 reply quoting recipient's own message (Gmail) to maghreb
    mk(73, "kevin", [YOUSSEF], "Re: Délai de livraison vannes DN100",
       "Bonjour Youssef,\n\nOui, les 300 vannes à opercule DN100 PN16 à 72,40 USD partent le 20 novembre, arrivée Casablanca vers le 22 décembre.\n\n"
       + q_gmail("Youssef Benali", "y.benali@maghrebrob.ma", "lun. 2 nov. 2026 à 09:15", "Bonjour Kevin,\nPouvez-vous confirmer la date d'expédition des 300 vannes DN100 ?\nYoussef"),
       "pass", [], [], "reply to Maghreb quoting its own message with its own figures")

    # 74 partner forwarder of neftemash with its figures
    mk(74, "ivan", [("Восток-Карго", "ops@vostok-cargo.ru")], "НефтеМашСнаб - данные для брони",
       "Коллеги, добрый день!\n\nДля груза НефтеМашСнаб: клапаны GL-WCB-50 700 шт., CV-SW-80 400 шт., 38 паллет, 9,2 т брутто. Инвойс на 53 100 USD. Готовность 15.11.\n",
       "pass", [], [], "NefteMashSnab's figures sent to its registered forwarder (partner)")

    # 75 neftemash packing list to unknown forwarder
    pl = docx(["PACKING LIST HT-PL-2611-NM", "Consignee: OOO NefteMashSnab, Moscow"],
              table=[("Item", "Qty", "Unit USD"), ("GL-WCB-50", "700", "45.80"), ("CV-SW-80", "400", "52.60")])
    mk(75, "ivan", [("Silkway Express", "booking@silkway-express.kz")], "Запрос ставки Нинбо - Москва",
       "Добрый день!\n\nПросим ставку ж/д Нинбо — Москва для груза по вложенному упаковочному листу.\n",
       "stop", ["neftemash"], ["R3", "R4"], "a packing list of NefteMashSnab with its products and prices sent to an unknown forwarder",
       atts=[("PL_HT-PL-2611-NM.docx", pl)])

    # 76 internal forward with other accounts' headers
    mk(76, "lily", [STAFF["kevin"]], "FW: claim Bluegum",
       "Kevin pls check below, Sarah angry.\n"
       + q_outlook("Sarah O'Connell", "sarah@bluegumvalves.com.au", "Monday, 2 November 2026 7:01 AM", "Lily Chen", "claim",
                   "Lily, 12 of the 800 ball valves have scratched flanges. We want a credit of USD 470.40."),
       "pass", [], [], "internal forward only; internal mail may discuss customers")

    # 77 R1 Vietnam prospect
    mk(77, "lily", [("Tran Minh Duc", "duc.tran@hanoiflow.vn")], "Re: agent in Vietnam?",
       "Dear Mr Duc\n\nIn Vietnam we work with Saigon Valve in HCMC since 2021, so for south Vietnam we have agent already. North Vietnam is open, we are happy to talk.\n",
       "flag", ["saigonvalve"], ["R1"], "names Saigon Valve to a prospect, no products or figures")

    # 78 R1 contact name only
    mk(78, "kevin", [("Emre Kaya", "emre@kayamuhendislik.com.tr")], "Re: recommendation",
       "Dear Emre,\n\nGlad Mehmet Yilmaz recommended us. We'd be happy to quote once you send the spec sheet.\n",
       "flag", ["anadolu"], ["R1"], "names Anadolu's contact Mehmet Yilmaz to a prospect")

    # 79 R1 in big5 to Taiwan prospect
    mk(79, "wang", [("陳先生", "chen.yh@hsinfluid.com.tw")], "回覆: 台灣代理",
       "陳先生您好：\n\n我們在台灣的合作夥伴是東方閥門，已經合作五年了。您那邊是南部，我們可以談。\n\n王建國 Wang Jianguo\n溫州恆泰閥門管件有限公司 外貿部\n手機: 137 3677 9120\n",
       "flag", ["orient"], ["R1"], "names Orient Valve in Chinese (Big5) to a prospect, no product or figure", charset="big5", sig=False)

    # 80 R1 website without www, Russian
    mk(80, "ivan", [("Данияр Ахметов", "info@shymkentprom.kz")], "Re: дилер в Казахстане",
       "Данияр, добрый день!\n\nВ Алматы у нас есть партнёр, можете посмотреть atlastrade.kz. В Шымкенте пока никого нет, так что давайте работать.\n",
       "flag", ["atlas"], ["R1"], "Atlas Trade's web site given to a prospect without products or figures")

    # 81 R1 contact email
    mk(81, "kevin", [("Hossein Karimi", "h.karimi@tabrizvalve.ir")], "Re: reference in Iran",
       "Dear Mr. Karimi,\n\nYou can write to Mr. Tehrani, r.tehrani@parsabsanat.ir, he knows our quality well.\n",
       "flag", ["parsab"], ["R1"], "gives Pars Ab Sanat's contact address to a prospect")

    # 82 R8 pass Wisla reference
    mk(82, "kevin", [("Katarzyna Wójcik", "k.wojcik@armaterm.pl")], "Re: references in Poland",
       "Dear Katarzyna,\n\nWisła Armatura in Gdańsk has agreed to act as our reference in Poland. Please contact Tomasz Nowak, t.nowak@wisla-armatura.pl.\n",
       "pass", [], ["R8"], "reference account named with contact; no products or figures")

    # 83 R8 + R4 Wisla volume
    mk(83, "kevin", [("Katarzyna Wójcik", "k.wojcik@armaterm.pl")], "Re: Re: references in Poland",
       "Katarzyna,\n\nTo give you an idea of size: Wisla Armatura takes 1000 pcs a year of the 2\" 316 flanged ball valve, at EUR 36.80.\n",
       "stop", ["wisla"], ["R8", "R3", "R4"], "reference account's product, volume and price stay confidential")

    # 84 R8 pass Spanish to pionero naming andesflu
    mk(84, "sofia", [("Luis Quispe", "lquispe@pioneroindustrial.pe")], "RE: ¿clientes en Sudamérica?",
       "Luis:\n\nClaro, uno de nuestros clientes más antiguos es Fluidos de los Andes en Colombia; ellos aceptaron dar referencias. Le paso el contacto si quiere.\n",
       "pass", [], ["R8"], "names the reference account Fluidos de los Andes, no products or figures")

    # 85 R8 + R3 product of reference
    mk(85, "sofia", [("Andrés Paredes", "aparedes@quitoflow.com.ec")], "RE: mariposa DN150",
       "Andrés:\n\nFluidos de los Andes usa nuestras válvulas de mariposa tipo wafer DN150 en casi todos sus proyectos de agua en Bogotá.\n",
       "stop", ["andesflu"], ["R8", "R3"], "names the reference account with the product it buys; R3 still applies")

    # 86 R5 Chinese
    mk(86, "wang", [("黄先生", "huang@kl-pipeworks.com.my")], "回复: 对夹蝶阀询价",
       "黄先生您好：\n\n我们的老客户也在用这款对夹蝶阀DN150，反馈很好，密封圈是EPDM的，可以换NBR。\n",
       "flag", [], ["R5"], "third-party phrase (我们的老客户) with the product, no identity, no figure", charset="gb2312")

    # 87 R5 Russian
    mk(87, "ivan", [("Данияр Ахметов", "info@shymkentprom.kz")], "Re: краны шаровые 1\"",
       "Данияр,\n\nНаш дилер в Алматы тоже берёт эти шаровые краны 1\" из нержавейки 304, нареканий нет.\n",
       "flag", [], ["R5"], "third-party phrase with the product, no identity or figure")

    # 88 R5 Spanish
    mk(88, "sofia", [("Ignacio Vera", "compras@minerasur.cl")], "RE: válvulas de cuchilla",
       "Ignacio:\n\nNuestro distribuidor en Lima compró las mismas válvulas de cuchilla para relaves, funcionan muy bien con pulpa.\n",
       "flag", [], ["R5"], "third-party phrase (nuestro distribuidor en Lima) with the product, no identity or figure")

    # 89 R5 weak English
    mk(89, "lily", [("Johan de Wet", "johan@capeagriflow.co.za")], "Re: Y strainer",
       "Dear Johan\n\nother customer in Durban also use this Y strainer for irrigation, no problem since 2 years.\n",
       "flag", [], ["R5"], "third-party phrase with the product, no identity or figure")

    # 90 R5 Kano client
    mk(90, "kevin", [("Tunde Adeyemi", "tunde@rivgasprojects.com.ng")], "Re: 4\" ball valves",
       "Tunde,\n\nOur Kano client uses the same 4\" WCB ball valves on their depot, very happy with them.\n",
       "flag", [], ["R5"], "third-party phrase with product, no identity or figure")
