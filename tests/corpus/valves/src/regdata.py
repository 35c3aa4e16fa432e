# Registry data for the Wenzhou valve corpus (fictitious company, accounts, figures).
COMPANY = {"name": "Wenzhou Hengtai Valve & Fittings Co., Ltd.",
           "domains": ["hengtaivalve.com", "hengtai-valve.cn"]}

PRODUCTS = [
    ("BV-316F-50", ["BV-316F-50", "BV316F50", "2 inch 316 flanged ball valve", "DN50 SS316 flanged ball valve", "316不锈钢法兰球阀DN50"]),
    ("BV-304T-25", ["BV-304T-25", "BV304T25", "1 inch 304 threaded ball valve", "DN25 SS304 threaded ball valve", "304丝扣球阀DN25"]),
    ("BV-BR-15", ["BV-BR-15", "BVBR15", "1/2 inch brass ball valve", "DN15 brass ball valve", "黄铜球阀DN15"]),
    ("BV-WCB-100", ["BV-WCB-100", "4 inch WCB flanged ball valve", "DN100 WCB ball valve", "碳钢法兰球阀DN100"]),
    ("EC-BV-20", ["EC-BV-20", "Economy ball valve", "经济型球阀"]),
    ("GV-WCB-100", ["GV-WCB-100", "GVWCB100", "DN100 PN16 gate valve", "4 inch WCB gate valve", "DN100闸阀"]),
    ("GV-WCB-150", ["GV-WCB-150", "DN150 PN16 gate valve", "6 inch WCB gate valve", "DN150闸阀"]),
    ("GV-316-80", ["GV-316-80", "DN80 SS316 gate valve", "3 inch 316 gate valve", "316不锈钢闸阀DN80"]),
    ("KG-150", ["KG-150", "knife gate valve", "刀闸阀"]),
    ("GL-WCB-50", ["GL-WCB-50", "DN50 PN40 globe valve", "2 inch WCB globe valve", "截止阀DN50"]),
    ("GL-304-25", ["GL-304-25", "DN25 SS304 globe valve", "1 inch 304 globe valve"]),
    ("CV-SW-80", ["CV-SW-80", "DN80 swing check valve", "3 inch swing check valve", "旋启式止回阀DN80"]),
    ("CV-DP-100", ["CV-DP-100", "DN100 dual plate check valve", "4 inch wafer check valve", "对夹双瓣止回阀"]),
    ("CV-BR-20", ["CV-BR-20", "3/4 inch brass check valve", "DN20 brass check valve"]),
    ("BF-W-150", ["BF-W-150", "DN150 wafer butterfly valve", "6 inch wafer butterfly valve"]),
    ("BF-W-200", ["BF-W-200", "BFW200", "DN200 wafer butterfly valve", "8 inch wafer butterfly valve", "对夹蝶阀DN200"]),
    ("BF-L-300", ["BF-L-300", "DN300 lug butterfly valve", "12 inch lug butterfly valve", "凸耳蝶阀DN300"]),
    ("YS-50", ["YS-50", "Y strainer", "DN50 Y strainer", "Y型过滤器"]),
    ("EL-304-50", ["EL-304-50", "2 inch 304 elbow", "DN50 SS304 90 degree elbow", "304弯头DN50"]),
    ("EL-316-100", ["EL-316-100", "4 inch 316 elbow", "DN100 SS316 90 degree elbow"]),
    ("TE-304-50", ["TE-304-50", "2 inch 304 equal tee", "DN50 SS304 tee", "304三通DN50"]),
    ("TE-316-80", ["TE-316-80", "3 inch 316 equal tee", "DN80 SS316 tee"]),
    ("RD-304-8050", ["RD-304-8050", "3x2 inch 304 concentric reducer", "DN80xDN50 SS304 reducer", "304同心异径管"]),
    ("RD-316-10080", ["RD-316-10080", "4x3 inch 316 concentric reducer", "DN100xDN80 SS316 reducer"]),
    ("FL-WN-100", ["FL-WN-100", "DN100 PN16 weld neck flange", "4 inch WN flange", "对焊法兰DN100"]),
]

# id, name, aliases, country, domains, contacts, competitors, partners, disclosure, deals
# deal: (sku, price, currency, unit, quantity, date)
ACCOUNTS = [
    dict(id="gulfflow", name="Gulf Flow Control Est.", aliases=["Gulf Flow Control", "Gulf Flow", "海湾流体控制"], country="SA",
         domains=["gulfflow.com.sa"], contacts=[("Faisal Al-Harbi", "faisal@gulfflow.com.sa"), ("Procurement", "purchase@gulfflow.com.sa")],
         competitors=["alnoor"], deals=[("BV-WCB-100", 96.50, "USD", "pc", 400, "2026-09-12"), ("GV-WCB-150", 142.00, "USD", "pc", 260, "2026-10-03"), ("CV-DP-100", 58.40, "USD", "pc", 300, None)]),
    dict(id="alnoor", name="Al Noor Pipe & Valve Trading Co.", aliases=["Al Noor Pipe & Valve", "Al Noor Trading", "阿努尔管阀"], country="SA",
         domains=["alnoorpv.com.sa"], contacts=[("Khalid Rahman", "khalid@alnoorpv.com.sa")],
         competitors=["gulfflow"], deals=[("BV-WCB-100", 98.00, "USD", "pc", 350, "2026-08-20"), ("GL-WCB-50", 47.30, "USD", "pc", 500, None)]),
    dict(id="summit", name="Summit Valves Trading LLC", aliases=["Summit Valves", "Summit Trading", "顶峰阀门"], country="AE",
         domains=["summitvalves.ae"], contacts=[("Rajesh Menon", "rajesh@summitvalves.ae"), ("Aisha Karim", "accounts@summitvalves.ae")],
         competitors=["falcon"], deals=[("BF-W-200", 61.80, "USD", "pc", 600, "2026-07-15"), ("BF-L-300", 128.00, "USD", "pc", 150, None), ("YS-50", 19.60, "USD", "pc", 1000, None)]),
    dict(id="falcon", name="Falcon Energy Supplies FZE", aliases=["Falcon Energy", "Falcon Energy Supplies", "猎鹰能源"], country="AE",
         domains=["falconenergy.ae"], contacts=[("Omar Siddiqui", "omar.s@falconenergy.ae")],
         competitors=["summit"], deals=[("BF-W-200", 62.50, "USD", "pc", 450, "2026-09-01"), ("GV-316-80", 118.00, "USD", "pc", 120, None)]),
    dict(id="parsab", name="Pars Ab Sanat Co.", aliases=["Pars Ab Sanat", "Parsab", "帕尔斯水工"], country="IR",
         domains=["parsabsanat.ir"], contacts=[("Reza Tehrani", "r.tehrani@parsabsanat.ir")],
         deals=[("GV-WCB-100", 71.20, "USD", "pc", 800, "2026-06-30"), ("FL-WN-100", 8.90, "USD", "pc", 3000, None)]),
    dict(id="neftemash", name="OOO NefteMashSnab", aliases=["NefteMashSnab", "НефтеМашСнаб", "ООО «НефтеМашСнаб»", "Neftemash"], country="RU",
         domains=["neftemash.ru"], contacts=[("Дмитрий Волков", "d.volkov@neftemash.ru"), ("Elena Sorokina", "sorokina@neftemash.ru")],
         competitors=["uralarm"], partners=["vostok-cargo.ru"],
         deals=[("GL-WCB-50", 45.80, "USD", "pc", 700, "2026-08-05"), ("BV-316F-50", 37.90, "USD", "pc", 1500, None), ("CV-SW-80", 52.60, "USD", "pc", 400, None)]),
    dict(id="uralarm", name="OOO Ural Armatura", aliases=["Урал Арматура", "Ural Armatura", "乌拉尔阀门"], country="RU",
         domains=["uralarmatura.ru"], contacts=[("Сергей Кузнецов", "kuznetsov@uralarmatura.ru")],
         competitors=["neftemash"], deals=[("GL-WCB-50", 46.50, "USD", "pc", 600, "2026-09-18"), ("GV-WCB-150", 139.00, "USD", "pc", 200, None)]),
    dict(id="atlas", name="Atlas Trade KZ LLP", aliases=["Atlas Trade", "ТОО «Атлас Трейд»", "Атлас Трейд", "阿特拉斯贸易"], country="KZ",
         domains=["atlastrade.kz"], contacts=[("Айгерим Садыкова", "aigerim@atlastrade.kz"), ("Marat Bekov", "m.bekov@atlastrade.kz")],
         deals=[("BV-304T-25", 9.40, "USD", "pc", 5000, "2026-07-22"), ("TE-304-50", 4.15, "USD", "pc", 8000, None), ("EL-304-50", 3.20, "USD", "pc", 12000, None)]),
    dict(id="lopez", name="Valvulas Lopez S.A. de C.V.", aliases=["Valvulas Lopez", "Válvulas López", "Grupo Valvulas Lopez", "洛佩斯阀门"], country="MX",
         domains=["valvulaslopez.com.mx"], contacts=[("Jorge Lopez Medina", "jlopez@valvulaslopez.com.mx"), ("Mariana Ruiz", "compras@valvulaslopez.com.mx")],
         competitors=["hidromex"], deals=[("BV-BR-15", 2.35, "USD", "pc", 20000, "2026-08-28"), ("CV-BR-20", 3.10, "USD", "pc", 10000, None), ("EC-BV-20", 1.85, "USD", "pc", 30000, None)]),
    dict(id="hidromex", name="Hidraulica Mexicana del Norte S.A. de C.V.", aliases=["Hidromex", "Hidráulica Mexicana del Norte", "墨西哥北方液压"], country="MX",
         domains=["hidromex.com.mx"], contacts=[("Alejandro Garza", "agarza@hidromex.com.mx")],
         competitors=["lopez"], deals=[("BV-BR-15", 2.40, "USD", "pc", 15000, "2026-09-09"), ("GV-WCB-100", 73.00, "USD", "pc", 250, None)]),
    dict(id="andesflu", name="Fluidos de los Andes S.A.S.", aliases=["Fluidos de los Andes", "Fluidos Andes", "安第斯流体"], country="CO",
         domains=["fluidosandes.com.co"], contacts=[("Camila Ortiz", "camila.ortiz@fluidosandes.com.co")], disclosure="reference",
         deals=[("BV-316F-50", 39.50, "USD", "pc", 900, "2026-05-14"), ("BF-W-150", 44.70, "USD", "pc", 350, None)]),
    dict(id="pacificstar", name="Pacific Star Mining Supplies SpA", aliases=["Pacific Star Mining", "Pacific Star", "太平洋之星矿业"], country="CL",
         domains=["pacificstar.cl"], contacts=[("Rodrigo Fuentes", "rfuentes@pacificstar.cl")],
         deals=[("KG-150", 186.00, "USD", "pc", 120, "2026-10-10"), ("BF-L-300", 131.50, "USD", "pc", 80, None)]),
    dict(id="crown", name="Crown Petroleum Equipment Ltd", aliases=["Crown Petroleum", "Crown Petroleum Equipment", "皇冠石油设备"], country="NG",
         domains=["crownpetroequip.com.ng"], contacts=[("Chinedu Okafor", "chinedu@crownpetroequip.com.ng")],
         competitors=["delta"], partners=["lagosclearing.com.ng"],
         deals=[("GV-WCB-150", 145.00, "USD", "pc", 180, "2026-08-11"), ("CV-SW-80", 54.00, "USD", "pc", 250, None)]),
    dict(id="delta", name="Delta Oilfield Supplies Nigeria Ltd", aliases=["Delta Oilfield Supplies", "Delta Oilfield", "三角洲油田"], country="NG",
         domains=["deltaoilfield.ng"], contacts=[("Ibrahim Musa", "ibrahim.musa@deltaoilfield.ng"), ("Ngozi Eze", "ngozi@deltaoilfield.ng")],
         competitors=["crown"], deals=[("GV-WCB-150", 143.50, "USD", "pc", 220, "2026-09-25"), ("BV-WCB-100", 97.20, "USD", "pc", 300, None)]),
    dict(id="harvest", name="Harvest Irrigation (Pty) Ltd", aliases=["Harvest Irrigation", "丰收灌溉"], country="ZA",
         domains=["harvestirrigation.co.za"], contacts=[("Pieter Botha", "pieter@harvestirrigation.co.za")],
         deals=[("BF-W-150", 43.90, "USD", "pc", 500, "2026-06-18"), ("YS-50", 18.80, "USD", "pc", 800, None)]),
    dict(id="nusantara", name="PT Nusantara Teknik Mandiri", aliases=["Nusantara Teknik", "Nusantara Teknik Mandiri", "努山塔拉技术"], country="ID",
         domains=["nusantarateknik.co.id"], contacts=[("Budi Santoso", "budi@nusantarateknik.co.id")],
         deals=[("EL-316-100", 14.60, "USD", "pc", 2000, "2026-07-07"), ("RD-316-10080", 11.30, "USD", "pc", 1000, None), ("TE-316-80", 12.90, "USD", "pc", 1200, None)]),
    dict(id="saigonvalve", name="Saigon Valve Company Limited", aliases=["Saigon Valve", "Van Sai Gon", "Van Sài Gòn", "西贡阀门"], country="VN",
         domains=["vansaigon.vn"], contacts=[("Nguyen Van Hai", "hai.nguyen@vansaigon.vn")],
         deals=[("BV-304T-25", 9.60, "USD", "pc", 3000, "2026-08-02"), ("GL-304-25", 11.80, "USD", "pc", 1500, None)]),
    dict(id="wisla", name="Wisla Armatura Sp. z o.o.", aliases=["Wisla Armatura", "Wisła Armatura", "维斯瓦阀门"], country="PL",
         domains=["wisla-armatura.pl"], contacts=[("Tomasz Nowak", "t.nowak@wisla-armatura.pl")], disclosure="reference",
         deals=[("BV-316F-50", 36.80, "EUR", "pc", 1000, "2026-09-30"), ("RD-304-8050", 5.40, "EUR", "pc", 4000, None)]),
    dict(id="anadolu", name="Anadolu Vana Sanayi ve Ticaret A.S.", aliases=["Anadolu Vana", "阿纳多卢阀门"], country="TR",
         domains=["anadoluvana.com.tr"], contacts=[("Mehmet Yilmaz", "mehmet@anadoluvana.com.tr")],
         competitors=["ozkan"], deals=[("BF-W-150", 42.60, "USD", "pc", 700, "2026-07-29"), ("GV-316-80", 115.00, "USD", "pc", 100, None)]),
    dict(id="ozkan", name="Ozkan Tesisat Malzemeleri Ltd. Sti.", aliases=["Ozkan Tesisat", "Özkan Tesisat", "厄兹坎安装"], country="TR",
         domains=["ozkantesisat.com.tr"], contacts=[("Ayse Ozkan", "ayse@ozkantesisat.com.tr")],
         competitors=["anadolu"], deals=[("BF-W-150", 43.20, "USD", "pc", 500, "2026-10-14"), ("TE-304-50", 4.30, "USD", "pc", 6000, None)]),
    dict(id="southernpipe", name="Southern Pipeline Supplies Pty Ltd", aliases=["Southern Pipeline Supplies", "Southern Pipeline", "南方管道"], country="AU",
         domains=["southernpipeline.com.au"], contacts=[("Mark Thompson", "mark@southernpipeline.com.au"), ("Accounts", "accounts@southernpipeline.com.au")],
         competitors=["bluegum"], partners=["oceanlinkfreight.com.au"],
         deals=[("BV-316F-50", 38.60, "USD", "pc", 1200, "2026-08-19"), ("GV-316-80", 116.50, "USD", "pc", 150, None), ("EL-316-100", 14.90, "USD", "pc", 2500, None)]),
    dict(id="bluegum", name="Bluegum Valves & Fittings Pty Ltd", aliases=["Bluegum Valves", "Bluegum V&F", "蓝桉阀门"], country="AU",
         domains=["bluegumvalves.com.au"], contacts=[("Sarah O'Connell", "sarah@bluegumvalves.com.au")],
         competitors=["southernpipe"], deals=[("BV-316F-50", 39.20, "USD", "pc", 800, "2026-09-22"), ("CV-DP-100", 57.80, "USD", "pc", 240, None)]),
    dict(id="fluidesrhone", name="Fluides Rhone Distribution SARL", aliases=["Fluides Rhone", "Fluides Rhône", "罗纳流体"], country="FR",
         domains=["fluides-rhone.fr"], contacts=[("Julien Mercier", "j.mercier@fluides-rhone.fr")],
         deals=[("BV-304T-25", 8.70, "EUR", "pc", 4000, "2026-06-25"), ("YS-50", 17.90, "EUR", "pc", 600, None)]),
    dict(id="maghreb", name="Maghreb Robinetterie Industrielle SARL", aliases=["Maghreb Robinetterie", "MRI Casablanca", "马格里布阀门"], country="MA",
         domains=["maghrebrob.ma"], contacts=[("Youssef Benali", "y.benali@maghrebrob.ma")],
         deals=[("GV-WCB-100", 72.40, "USD", "pc", 300, "2026-07-03"), ("CV-SW-80", 53.30, "USD", "pc", 200, None)]),
    dict(id="pionero", name="Pionero Industrial S.A.C.", aliases=["Pionero Industrial", "秘鲁先锋工业"], country="PE",
         domains=["pioneroindustrial.pe"], contacts=[("Luis Quispe", "lquispe@pioneroindustrial.pe")],
         deals=[("KG-150", 182.00, "USD", "pc", 90, "2026-08-08"), ("BV-316F-50", 39.80, "USD", "pc", 600, None)]),
    dict(id="orient", name="Orient Valve Trading Co., Ltd.", aliases=["Orient Valve", "東方閥門貿易", "东方阀门贸易", "東方閥門"], country="TW",
         domains=["orientvalve.com.tw"], contacts=[("林建宏", "jh.lin@orientvalve.com.tw")],
         deals=[("EL-304-50", 3.05, "USD", "pc", 15000, "2026-09-15"), ("RD-304-8050", 5.95, "USD", "pc", 5000, None)]),
    dict(id="kazneft", name="KazNeftSnab LLP", aliases=["KazNeftSnab", "КазНефтьСнаб", "哈油供应"], country="KZ",
         domains=["kazneftsnab.kz"], contacts=[("Ерлан Жумабаев", "yerlan@kazneftsnab.kz")],
         competitors=["atlas"], deals=[("BV-304T-25", 9.55, "USD", "pc", 4000, "2026-10-20"), ("GL-WCB-50", 46.90, "USD", "pc", 300, None)]),
]


def toml_str(s):
    return '"' + s.replace('\\', '\\\\').replace('"', '\\"') + '"'


def write_registry(path):
    out = ["# Registry for the Wenzhou valve blind corpus (SPEC section 1, version 1).",
           "# Fictitious company, accounts, contacts and figures.", "version = 1", "",
           "[company]", "name = " + toml_str(COMPANY["name"]),
           "domains = [" + ", ".join(toml_str(d) for d in COMPANY["domains"]) + "]", ""]
    for sku, names in PRODUCTS:
        out += ["[[products]]", "sku = " + toml_str(sku), "names = [" + ", ".join(toml_str(n) for n in names) + "]", ""]
    for a in ACCOUNTS:
        out += ["[[accounts]]", "id = " + toml_str(a["id"]), "name = " + toml_str(a["name"]),
                "aliases = [" + ", ".join(toml_str(n) for n in a["aliases"]) + "]",
                "country = " + toml_str(a["country"]),
                "domains = [" + ", ".join(toml_str(n) for n in a["domains"]) + "]",
                "contacts = [" + ", ".join("{ name = %s, email = %s }" % (toml_str(n), toml_str(e)) for n, e in a["contacts"]) + "]"]
        if a.get("competitors"):
            out.append("competitors = [" + ", ".join(toml_str(n) for n in a["competitors"]) + "]")
        if a.get("partners"):
            out.append("partners = [" + ", ".join(toml_str(n) for n in a["partners"]) + "]")
        out.append("disclosure = " + toml_str(a.get("disclosure", "confidential")))
        out.append("")
        for sku, price, cur, unit, qty, date in a["deals"]:
            out += ["[[accounts.deals]]", "sku = " + toml_str(sku), "price = %.2f" % price, "currency = " + toml_str(cur),
                    "unit = " + toml_str(unit), "quantity = %d" % qty]
            if date:
                out.append("date = " + toml_str(date))
            out.append("")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out))
