from lib import *

MARK = ("Mark Thompson", "mark@southernpipeline.com.au")
SARAH = ("Sarah O'Connell", "sarah@bluegumvalves.com.au")
CHINEDU = ("Chinedu Okafor", "chinedu@crownpetroequip.com.ng")
IBRAHIM = ("Ibrahim Musa", "ibrahim.musa@deltaoilfield.ng")
AYSE = ("Ayse Ozkan", "ayse@ozkantesisat.com.tr")
MEHMET = ("Mehmet Yilmaz", "mehmet@anadoluvana.com.tr")


def build():
    # 28 WeChat log with bluegum pasted to southernpipe
    mk(28, "lily", [MARK], "Re: why price different?",
       "Hi Mark\n\nI think you misunderstand, I paste the chat so you see we not give lower price to others, it is only because qty:\n\n"
       "[WeChat] Sarah O'Connell (Bluegum) 2026-09-20 10:02\nok 39.2usd for the 2 inch 316 flanged, 800pcs, confirm\n"
       "[WeChat] Lily Chen 2026-09-20 10:05\nconfirmed Sarah, PI today\n[WeChat] Sarah O'Connell (Bluegum) 2026-09-20 10:06\n👍\n\n"
       "So you see, your price 38.6 is lower because 1200pcs.\n",
       "stop", ["bluegum"], ["R2", "R3", "R4"], "pasted chat names the competitor Bluegum with the ball valve it buys, 39.20 and 800 pcs")

    # 29 WeChat log internal
    mk(29, "wang", [STAFF["boss"]], "林先生微信记录 东方阀门",
       "陈总，\n东方阀门林先生的微信记录贴在下面，他想把304弯头价格从3.05降到2.95，数量一万五千不变。您看能不能接受？\n\n"
       "林建宏 10-30 09:12\n王先生，今年鋼價跌了，彎頭DN50能否再降一點？\n王建国 10-30 09:20\n林先生，我问一下老板\n林建宏 10-30 09:21\n2.95可以的話馬上下單\n",
       "pass", [], [], "internal mail only; customers may be discussed freely")

    # 30 WhatsApp log of own chat back to delta
    mk(30, "kevin", [IBRAHIM], "Summary of our WhatsApp call",
       "Hi Ibrahim,\n\nFor the record, here is what we agreed on WhatsApp this morning:\n\n"
       "[09:14, 02/11/2026] Ibrahim Musa: Kevin can you hold 143.5 for the 6\" gate valves if we go 220 pcs\n"
       "[09:16, 02/11/2026] Kevin Zhang: yes, and 97.20 for 4\" ball valve x 300\n[09:17, 02/11/2026] Ibrahim Musa: deal, send PI\n\nPI attached by our docs dept shortly.\n",
       "pass", [], [], "Delta's own chat and figures sent back to Delta")

    # 31 R2/R3/R4 8k tees to kazneft (competitor of atlas)
    mk(31, "ivan", [("Ерлан Жумабаев", "yerlan@kazneftsnab.kz")], "Re: тройники 304 DN50",
       "Ерлан, добрый день!\n\nЧестно скажу, Атлас Трейд берёт у нас эти тройники по 8k штук за раз, поэтому у них цена ниже. Если возьмёте такой же объём — обсудим.\n",
       "stop", ["atlas"], ["R2", "R3", "R4"], "names Atlas Trade (competitor of KazNeftSnab) with the tees it buys and its 8,000 pcs volume")

    # 32 about 4.2k usd own total to atlas
    mk(32, "ivan", [("Marat Bekov", "m.bekov@atlastrade.kz")], "Balance payment",
       "Marat, hello!\n\nThe balance for the last shipment is about 4.2k usd (exact USD 4,186.00 per invoice HT-2026-1093). Please arrange T/T before 10 Nov so we can release the B/L.\n",
       "pass", [], [], "Atlas Trade's own balance sent to Atlas Trade")

    # 33 six hundred pcs summit to unknown UAE prospect
    mk(33, "kevin", [("Vikram Shah", "vikram@jafzaflowtech.ae")], "Re: 8\" wafer butterfly valves",
       "Hi Vikram,\n\nTo give you a benchmark: Summit Valves in Jebel Ali orders six hundred pcs of the 8 inch wafer butterfly each time, at 61.8 USD. We can offer you the same if the quantity is similar.\n",
       "stop", ["summit"], ["R3", "R4"], "names Summit Valves with its DN200 butterfly product, 600 pcs and 61.80")

    # 34 summitvalves dot ae to prospect
    mk(34, "lily", [("Vikram Shah", "vikram@jafzaflowtech.ae")], "Re: distributor in Dubai?",
       "Dear Vikram\n\nyes we have distributor in Dubai already, you can check summitvalves dot ae . But you are in Sharjah so maybe no conflict, we can discuss.\n",
       "flag", ["summit"], ["R1"], "Summit's web site written loosely, no product or figure")

    # 35 blue-gum valves lower case to prospect
    mk(35, "lily", [("Daniel Reeves", "dan@ozfluidtech.com.au")], "Re: Re: Enquiry",
       "Hi Dan\n\nsorry for my colleague mistake before. In Melbourne area we have also customer blue-gum valves, but please not contact them, we not have their permission.\n",
       "flag", ["bluegum"], ["R1"], "Bluegum named hyphen-split in lower case, no product or figure")

    # 36 typo'd competitor name to lopez
    mk(36, "sofia", [("Jorge Lopez Medina", "jlopez@valvulaslopez.com.mx")], "RE: lista de precios 2027",
       "Jorge,\n\nLa lista 2027 sale la próxima semana. Le aviso que Hidraulica Mexicana del Nrote también nos pidió la lista, pero usted tiene prioridad como siempre.\n",
       "stop", ["hidromex"], ["R2"], "names Hidromex (with a one-letter typo), a competitor of Valvulas Lopez")

    # 37 reply leak by reference: same two models + volume
    inq = ("Hi Kevin,\nDo you supply Bluegum Valves? We'd like to stock the same items as them so that installers can swap.\nRegards, Tom")
    mk(37, "kevin", [("Tom Hadley", "tom@hadleyplumbing.com.au")], "Re: Do you supply Bluegum?",
       "Hi Tom,\n\nYes, they take the same two models from us, the 2\" 316 flanged ball valve and the 4\" dual plate check, around 800 pcs of the ball valve per order.\n\n"
       + q_gmail("Tom Hadley", "tom@hadleyplumbing.com.au", "Sat, 31 Oct 2026 at 08:22", inq),
       "stop", ["bluegum"], ["R3", "R4"], "confirms, about the Bluegum named in the inquiry, its two products and its 800 pcs volume")

    # 38 yes they are our customer
    mk(38, "kevin", [("Tom Hadley", "tom@hadleyplumbing.com.au")], "Re: Do you supply Bluegum?",
       "Hi Tom,\n\nYes, they are our customer, but I can't say more than that. Happy to quote you for whatever you need.\n\n"
       + q_gmail("Tom Hadley", "tom@hadleyplumbing.com.au", "Sat, 31 Oct 2026 at 08:22", "Hi Kevin,\nDo you supply Bluegum Valves? Just want to know who else you work with here.\nRegards, Tom"),
       "flag", ["bluegum"], ["R1"], "confirms that the Bluegum named by the prospect is a customer, without products or figures")

    # 39 同款 + same price to Taiwan prospect
    mk(39, "wang", [("陳先生", "chen.yh@hsinfluid.com.tw")], "回复: 同款彎頭",
       "陈先生，\n\n是的，同款我们有现货，价格和给他们的一样，您放心。\n" + SIG["wang"] +
       q_apple_cn("陳先生", "chen.yh@hsinfluid.com.tw", "2026年10月30日 周五 11:40",
                  "王先生，\n聽說東方閥門是在你們那邊進304彎頭DN50的，我們要跟他們一樣的規格。"),
       "stop", ["orient"], ["R3", "R4"], "confirms the elbow Orient Valve buys (named by the prospect) and offers Orient's price by comparison", sig=False)

    # 40 same price we give them, to falcon
    mk(40, "kevin", [("Omar Siddiqui", "omar.s@falconenergy.ae")], "RE: DN200 butterfly price",
       "Omar,\n\nUnderstood. You will get the same price we give them, no more no less. I'll send the revised PI.\n\n"
       + q_outlook("Omar Siddiqui", "omar.s@falconenergy.ae", "Sunday, 1 November 2026 11:03 AM", "Kevin Zhang", "DN200 butterfly price",
                   "Kevin,\nWhat price do you give Summit Valves for the DN200 wafer butterfly? I don't want to pay more than them.\nOmar"),
       "stop", ["summit"], ["R2", "R4"], "gives Falcon the price of its competitor Summit (named in the quoted question) by comparison", sig=False)

    # 41 3 containers a quarter about gulfflow
    mk(41, "kevin", [("Saeed Al-Qahtani", "saeed@riyadhpipes.com.sa")], "Re: Gulf Flow",
       "Dear Saeed,\n\nYes, Gulf Flow has been with us for six years, they order about 3 containers a quarter from us. That is why we know the Saudi specs well.\n\n"
       + q_gmail("Saeed Al-Qahtani", "saeed@riyadhpipes.com.sa", "Sun, 1 Nov 2026 at 13:10", "Is Gulf Flow Control your customer? They told a contractor they buy from Wenzhou."),
       "stop", ["gulfflow"], ["R1", "R4"], "names Gulf Flow and states its volume (3 containers a quarter)")

    # 42 general customers statement
    mk(42, "kevin", [("Saeed Al-Qahtani", "saeed@riyadhpipes.com.sa")], "Re: lead time",
       "Dear Saeed,\n\nMost of our customers in the Gulf order 2 containers a month, so we keep WCB castings in stock and lead time is 25-30 days for standard gate and ball valves.\n",
       "pass", [], ["R9"], "a statement about customers in general, no identity or account figures")

    # 43 newsletter in Bcc with public list price
    mk(43, "kevin", [STAFF["kevin"]], "Hengtai Valve - Q1 2027 promotion",
       "Dear valued partner,\n\nOur public list price for Q1 2027:\n  BV-316F-50 2\" SS316 flanged ball valve Class 150 ...... USD 42.00/pc\n  BF-W-200 8\" wafer butterfly valve EPDM ................ USD 66.00/pc\n  YS-50 DN50 Y strainer .................................. USD 21.50/pc\n"
       "MOQ 100 pcs per item, FOB Wenzhou, T/T 30% deposit.\n\nUnsubscribe: reply 'remove'.\n",
       "pass", [], [], "newsletter with the public list price, all recipients in Bcc",
       bcc=["dan@ozfluidtech.com.au", "vikram@jafzaflowtech.ae", "rajesh@summitvalves.ae", "omar.s@falconenergy.ae", "tom@hadleyplumbing.com.au", "saeed@riyadhpipes.com.sa"])

    # 44 numbers that look like figures, to harvest own
    mk(44, "lily", [("Pieter Botha", "pieter@harvestirrigation.co.za")], "Docs for shipment HT-2026-1180",
       "Dear Pieter\n\nDocs for your shipment:\n- Invoice HT-2026-1180, HS code 8481.80.90\n- B/L COSU6245018800, 2x20GP, 145 cartons, G.W. 9,860 kg\n- DHL 4418 2298 01 for originals\n"
       "Containers: CSNU 180612-3, TGHU 143550-8\nETA Durban 28 Nov.\n",
       "pass", [], [], "own shipment docs; invoice, HS, B/L and container numbers are not deal figures")

    # 45 Niger Delta trap to crown
    mk(45, "kevin", [CHINEDU], "Re: sour service gate valves",
       "Hi Chinedu,\n\nFor your Niger Delta projects with H2S, we can supply the 6\" gate valves to NACE MR0175 with extra hardness test, +8% on your USD 145.00 price.\n"
       "Also I will stay at the Crowne Plaza in Lagos 20-22 Nov, we can meet there.\n",
       "pass", [], [], "'Delta' is the region and Crown(e) a hotel; the gate valve price is Crown's own")

    # 46 Al Noor hotel trap to gulfflow
    mk(46, "kevin", [("Faisal Al-Harbi", "faisal@gulfflow.com.sa")], "Visit to Dammam",
       "Dear Faisal,\n\nMy colleague and I land in Dammam on 24 Nov. We booked the hotel near Al Noor mosque, walking distance to your office I think.\n"
       "Could we see the DN150 gate valves that were stored outdoors? We want to check the paint.\n\nJazak Allah khair,",
       "pass", [], [], "'Al Noor' is a mosque near the hotel, not the competitor; the gate valves are Gulf Flow's own")

    # 47 OOCL trap to atlas
    mk(47, "ivan", [("Айгерим Садыкова", "aigerim@atlastrade.kz")], "Booking: OOCL via Lianyungang",
       "Айгерим, добрый день!\n\nБукинг подтверждён: Orient Overseas Container Line (OOCL), 1x40'HQ до Лянъюньгана, далее ж/д до Алматы-1. "
       "В контейнере ваши 5000 кранов BV-304T-25 и 12000 отводов.\n",
       "pass", [], [], "'Orient' is the shipping line; goods and figures are Atlas Trade's own")

    # 48 internal discussion of customers
    mk(48, "kevin", [STAFF["boss"], STAFF["lily"]], "Q4 price review - AU & Gulf",
       "Boss, Lily,\n\nQuick summary before tomorrow's meeting:\n- Southern Pipeline BV-316F-50 38.60 x 1200, Bluegum 39.20 x 800. Sarah will find out soon if we keep the gap.\n"
       "- Gulf Flow 96.50 vs Al Noor 98.00 for the 4\" WCB ball valve.\n- Summit 61.80 vs Falcon 62.50 for DN200 butterfly.\n\nProposal: align on the higher price in Q1.\n",
       "pass", [], [], "internal recipients only")

    # 49 internal Chinese gbk
    mk(49, "wang", [STAFF["boss"]], "西贡阀门和哈油的报价",
       "陈总：\n西贡阀门的304丝扣球阀DN25现在是9.6美金，三千个；哈油是9.55，四千个。越南那边问能不能降到9.4，跟阿特拉斯一样。请您定一下。\n",
       "pass", [], [], "internal mail in GBK discussing customers", charset="gbk")

    # 50 xlsx with a leftover competitor sheet, to ozkan
    wb = xlsx([("Price list 2027", [("Item", "Description", "USD/pc"), ("BF-W-150", "DN150 wafer butterfly valve", 43.20), ("TE-304-50", "2\" 304 equal tee", 4.30)]),
               ("Anadolu", [("Customer", "Anadolu Vana"), ("Item", "Qty", "USD"), ("BF-W-150", 700, 42.60), ("GV-316-80", 100, 115.00)])])
    mk(50, "kevin", [AYSE], "Price list 2027",
       "Dear Ayse,\n\nAttached the 2027 price list as promised. Prices valid until 31 March 2027.\n",
       "stop", ["anadolu"], ["R2", "R3", "R4"], "workbook to Ozkan still holds a sheet with its competitor Anadolu's products, prices and quantities",
       atts=[("Hengtai_pricelist_2027.xlsx", wb)])

    # 51 clean xlsx to ozkan
    wb = xlsx([("Ozkan", [("Item", "Qty", "USD"), ("BF-W-150", 500, 43.20), ("TE-304-50", 6000, 4.30)]), ("Terms", [("FOB Wenzhou",), ("T/T 30% deposit, 70% before shipment",)])])
    mk(51, "kevin", [AYSE], "PO confirmation sheet",
       "Ayse,\n\nConfirmation sheet for your order attached (2 sheets: items + terms).\n",
       "pass", [], [], "Ozkan's own figures in an attached workbook", atts=[("Ozkan_PO_confirmation.xlsx", wb)])

    # 52 PI of delta attached to crown
    pi = pdf(["WENZHOU HENGTAI VALVE & FITTINGS CO., LTD.", "PROFORMA INVOICE No. HT-PI-260925-D", "Buyer: Delta Oilfield Supplies Nigeria Ltd, Port Harcourt", "Date: 25 Sep 2026"],
             table=[("Item", "Description", "Qty", "USD/pc", "Amount"), ("GV-WCB-150", "6\" WCB gate valve PN16", 220, "143.50", "31,570.00"), ("BV-WCB-100", "4\" WCB ball valve", 300, "97.20", "29,160.00")])
    mk(52, "lily", [CHINEDU], "PI for your gate valves",
       "Dear Chinedu\n\nplease see PI attached, pls check and sign back.\n",
       "stop", ["delta"], ["R2", "R3", "R4"], "the attached PI belongs to Delta, a competitor of the recipient Crown",
       atts=[("PI_HT-PI-260925-D.pdf", pi)])

    # 53 docx PI to harvest own
    d = docx(["PROFORMA INVOICE HT-PI-261102-H", "Buyer: Harvest Irrigation (Pty) Ltd, Stellenbosch", "Terms: CIF Durban, T/T 30/70"],
             table=[("Item", "Qty", "USD/pc"), ("BF-W-150", "500", "43.90"), ("YS-50", "800", "18.80")])
    mk(53, "docs", [("Pieter Botha", "pieter@harvestirrigation.co.za")], "PI HT-PI-261102-H",
       "Dear Pieter,\n\nPlease find the PI attached in Word format as you asked.\n",
       "pass", [], [], "Harvest's own PI sent to Harvest", atts=[("PI_HT-PI-261102-H.docx", d)])

    # 54 CSV to crown's partner (clearing agent)
    csv = "PO,Item,Description,Qty,Unit price USD,Cartons\nCPE-0811,GV-WCB-150,6in WCB gate valve,180,145.00,45\nCPE-0811,CV-SW-80,3in swing check valve,250,54.00,50\n"
    mk(54, "lily", [("Clearing Dept", "docs@lagosclearing.com.ng")], "Crown Petroleum - packing details for Form M",
       "Dear Sir\n\nAs requested by Mr. Chinedu, attach packing details for Crown Petroleum shipment, for Form M and PAAR.\n",
       "pass", [], [], "Crown's own figures sent to Crown's registered clearing agent (partner)", atts=[("CPE-0811_packing.csv", csv)])

    # 55 R10 corrupt xlsx to summit
    good = xlsx([("Quote", [("BF-W-200", 600, 61.80)])])
    mk(55, "kevin", [("Rajesh Menon", "rajesh@summitvalves.ae")], "Quotation Q-2611-SV",
       "Rajesh,\n\nQuotation attached. Let me know if it doesn't open, our server has been acting up.\n",
       "flag", [], ["R10"], "attached XLSX is truncated and cannot be read", atts=[("Q-2611-SV.xlsx", good[: len(good) // 2])])

    # 56 R10 corrupt docx to pionero
    good = docx(["Contrato de suministro", "Válvulas de cuchilla KG-150"])
    mk(56, "sofia", [("Luis Quispe", "lquispe@pioneroindustrial.pe")], "Contrato de suministro 2027",
       "Estimado Luis:\n\nAdjunto el borrador del contrato para su revisión.\n",
       "flag", [], ["R10"], "attached DOCX is a truncated zip", atts=[("Contrato_Pionero_2027.docx", good[:1500])])

    # 57 R10 encrypted drawing PDF to anadolu
    mk(57, "kevin", [MEHMET], "GA drawing GV-316-80",
       "Hi Mehmet,\n\nGA drawing attached, password 'hengtai2026'.\n",
       "flag", [], ["R10"], "encrypted PDF", atts=[("GA_GV-316-80.pdf", pdf(["GA drawing GV-316-80 DN80 PN16", "Face to face 203 mm"], encrypt="hengtai2026"))])
