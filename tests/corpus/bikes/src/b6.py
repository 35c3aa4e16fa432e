from lib import *


def build(B):
    # 101 ---- STOP R3 seed retold, lower case, hyphenated name
    inq = """hi lily, we're opening e-bike store in hobart. need 250W rear motor + 36v downtube
battery, maybe 100 sets. who else in aus uses them? - Mick"""
    B.add(101, LILY, "Mick Doyle <mick@taswheels.com.au>", "Re: motor + battery",
          dt(11, 24, 14, 30),
          text=f"""Hi Mick,

quite a few shops, the main one is ridge-line cycles in melbourne -- they've reordered
those exact two parts three times this year, so you know it works in Aussie conditions.

{SIG_LILY}

{gmail(11, 24, 11, 3, 'Mick Doyle <mick@taswheels.com.au>', inq)}""",
          expect="stop", accounts=["ridgeline"], rules=["R3"],
          why="'ridge-line cycles' (Ridgeline, lower case, hyphenated) with 'those exact two parts' from the quoted inquiry")

    # 102 ---- FLAG R10 truncated PDF
    good = pdf(["Packing list PL-261125-01", "40 cartons HM-250R, 2 sets per carton, G.W. 19.5 kg"])
    B.add(102, DOCS, "Dmitri Volkov <dv@ecoride-eu.com>", "Packing list PL-261125-01",
          dt(11, 25, 9, 0),
          text="""Dear Dmitri,

Please find the packing list attached.

Docs Dept, Fengchi Cycle""",
          atts=[("PL-261125-01.pdf", broken(good, 0.35), "application/pdf")],
          expect="flag", accounts=[], rules=["R10"], why="the PDF attachment is truncated and cannot be read")

    # 103 ---- PASS Nord Vélo own prices, French
    B.add(103, LILY, "Camille Lefebvre <camille@nordvelo.fr>", "Re: commande printemps 2027",
          dt(11, 25, 10, 20),
          text=f"""Bonjour Camille,

C'est noté : 250 kits CK-36250 à EUR 155,00 et 4 000 pneus TY-7028 à EUR 3,90, livraison
FCA Ningbo fin février. La facture proforma suit demain.

Bien cordialement,
Lily Zhang""",
          expect="pass", accounts=[], rules=[], why="Nord Vélo's own figures to Nord Vélo")

    # 104 ---- STOP R4 Russian referential, price same as named account
    inq104 = """Анна, добрый день.
Мы знаем, что Веломир берёт у вас аккумуляторы BT-4817. Дайте нам такую же цену,
объём будет 500 шт.
Нурлан, Астана"""
    B.add(104, ANNA, "Нурлан Сейткали <nurlan@astana-bike.kz>", "Re: цена BT-4817",
          dt(11, 26, 10, 0),
          text=f"""Нурлан, здравствуйте!

Хорошо, для вас цена будет такая же, как у них — 162 доллара за штуку, FCA Иу.
Только, пожалуйста, не говорите об этом никому.

{SIG_ANNA}

чт, 26 нояб. 2026 г. в 8:31, Нурлан Сейткали <nurlan@astana-bike.kz>:
{gt(inq104)}""",
          expect="stop", accounts=["velomir"], rules=["R4", "R3"],
          why="'такая же, как у них — 162' gives Velomir's BT-4817 price (Velomir named in the quoted question)")

    # 105 ---- FLAG R5 French referential
    inq105 = """Bonjour,
Je cherche une roue route 700C en aluminium, votre WS-700A. Est-elle déjà vendue en
Europe ?
Paul Girard, Cycles Girard (Annecy)"""
    B.add(105, SUNNY, "Paul Girard <paul@cyclesgirard.fr>", "RE: roue WS-700A",
          dt(11, 26, 15, 15),
          text=f"""Bonjour Paul,

Oui, un de nos clients en Espagne a commandé la même roue le mois dernier, il en est très
satisfait. Je vous envoie la fiche technique.

Sunny Ye, Fengchi Cycle

Le jeu. 26 nov. 2026 à 09:02, Paul Girard <paul@cyclesgirard.fr> a écrit :
{gt(inq105)}""",
          expect="flag", accounts=[], rules=["R5"],
          why="'un de nos clients en Espagne' with 'la même roue' (WS-700A from the quoted inquiry); no identity or figure")

    # 106 ---- PASS general Spanish
    B.add(106, SUNNY, "Luis Herrera <lherrera@bicimex.com.mx>", "RE: volumen mínimo",
          dt(11, 27, 21, 0),
          text=f"""Hola Luis:

El pedido mínimo es de 100 juegos por modelo. La mayoría de nuestros clientes piden un
contenedor de 40HQ cada dos meses, pero empezar con medio contenedor está bien.

{SIG_SUNNY}""",
          expect="pass", accounts=[], rules=["R9"], why="general statement about customers")

    # 107 ---- STOP R7: Southbound's quoted mail to Kookaburra
    sb = outlook("Tom Bradley <tom@southbound-ebikes.com.au>", "Friday, 27 November 2026 10:15 AM",
                 "Kevin Wu", "pallet height", "Kevin, please keep pallets under 1.8 m, our racking is low. Tom")
    B.add(107, KEVIN, "Sam Oyelaran <sam@kookaburrawheels.com.au>", "RE: pallet height",
          dt(11, 30, 9, 10),
          text=f"""Hi Sam

you also want low pallet? other customer ask under 1.8m like below. pls confirm.

{SIG_KEVIN}

{sb}""",
          expect="stop", accounts=["southbound"], rules=["R7", "R1"],
          why="quotes Southbound's mail (Tom's address in the Outlook header) to Kookaburra")

    # 108 ---- PASS CSV packing list for Hoshino's own order
    pl = csvb([["carton_no", "model", "qty", "gw_kg", "size_cm"],
               ["1-100", "SD-R3", "10", "4.2", "52x36x30"],
               ["101-300", "WS-700A", "2", "6.8", "72x72x18"]])
    B.add(108, DOCS, "Kenji Hoshino <k.hoshino@hoshino-cycle.co.jp>", "Packing list for INV FC261110-04",
          dt(11, 30, 14, 0),
          text="""Dear Hoshino-san,

Packing list in CSV attached (300 cartons, 1,000 SD-R3 and 400 pairs WS-700A).

Docs Dept, Fengchi Cycle""",
          atts=[("packing_list_FC261110-04.csv", pl, "text/csv")],
          expect="pass", accounts=[], rules=[], why="Hoshino's own packing list to Hoshino")

    # 109 ---- FLAG R1 in Chinese alias
    B.add(109, CHEN, "吴海 <wuhai@munich-ebike.de>", "回复: 合作咨询", dt(12, 1, 10, 0),
          text=f"""吴总您好，

德国的卡登斯也是我们的客户，我们对德国市场的要求（StVZO、EN 15194）很熟悉。欢迎您来永康看厂。

{SIG_CHEN}""",
          expect="flag", accounts=["cadence"], rules=["R1"],
          why="names Cadence by its Chinese alias 卡登斯 to a prospect; no product or figure")

    # 110 ---- PASS R8 Chinese
    B.add(110, CHEN, "Kwame Mensah <kwame@accra-cycles.com.gh>", "Re: reference in Africa",
          dt(12, 1, 15, 0),
          text=f"""Dear Kwame，

您要的非洲参考客户：Cape Cycle Imports（南非开普敦），联系人 Ruan van der Merwe，
ruan@capecycle.co.za。他们同意给新客户做推荐。

陈静 Chen Jing, Fengchi Cycle""",
          expect="pass", accounts=[], rules=["R8"], why="reference account Cape Cycle named with its contact; no products or figures")

    # 111 ---- STOP R3/R4 HTML-only references table
    html = """<div>Dear Mr. Tanaka,</div><div>&nbsp;</div>
<div>Some of our drive-system references in Asia:</div>
<table border="1" cellpadding="3"><tr><td>Hanbit Mobility (Korea)</td><td>MD-350 mid drive</td><td>450&nbsp;sets / season</td></tr>
<tr><td>Taiwan</td><td>controllers</td><td>&nbsp;</td></tr></table>
<div>&nbsp;</div><div>Max Hu, Fengchi Cycle</div>"""
    B.add(111, MAX, "Hiroshi Tanaka <tanaka@e-cycle-nagoya.jp>", "Drive system references",
          dt(12, 2, 9, 0), html=html,
          expect="stop", accounts=["hanbit"], rules=["R3", "R4"],
          why="table row names Hanbit Mobility with the MD-350 it buys and its 450-set volume")

    # 112 ---- PASS internal
    B.add(112, WANG, [LILY, KEVIN, CHEN, SUNNY, ANNA, MAX], "年底客户回顾会议 12月18日",
          dt(12, 2, 17, 0),
          text="""各位：

12月18日下午两点开年底客户回顾会，每人准备自己负责客户的数据：
Lily — Ridgeline, Atlas, Cadence, Summit；Kevin — Southbound, Kookaburra, Pacific Star；
陈静 — Formosa及华人客户；Sunny — 拉美；Anna — 俄罗斯；Max — 北美、韩国、日本。
重点讲Ridgeline和Southbound两家的价格差。

王建国""",
          expect="pass", accounts=[], rules=[], why="internal recipients only")

    # 113 ---- STOP R4 referential: same price as the named account
    inq113 = """Hola Sunny,
Somos una tienda en Valencia. Nos ofrece la cubierta TY-7028 a 3,95 EUR. ¿Bicicletas
López consigue mejor precio que éste?
Pablo Navarro"""
    B.add(113, SUNNY, "Pablo Navarro <pablo@bicivalencia.es>", "RE: precio TY-7028",
          dt(12, 3, 20, 0),
          text=f"""Hola Pablo:

No mucho mejor: ellos pagan 3,70 EUR por la misma cubierta, pero compran 5.000 unidades.
Si usted llega a 3.000, le puedo dejar 3,80.

{SIG_SUNNY}

El jue, 3 dic 2026 a las 10:40, Pablo Navarro <pablo@bicivalencia.es> escribió:
{gt(inq113)}""",
          expect="stop", accounts=["lopez"], rules=["R4", "R3"],
          why="'ellos pagan 3,70 ... compran 5.000' gives Bicicletas López's TY-7028 price and volume (López named in the quoted question)")

    # 114 ---- FLAG R5 referential
    inq114 = """Dear Max,
Is this mid drive (MD-350) used by any brand in Korea? We need KC certified.
Lee Sang-woo, Daegu E-Mobility"""
    B.add(114, MAX, "Lee Sang-woo <sw.lee@daegu-emobility.kr>", "Re: MD-350 in Korea",
          dt(12, 3, 10, 30),
          text=f"""Dear Mr. Lee,

Yes, a Korean e-bike brand has been using this mid drive since last year, and the KC
certificate is available. I'll send the test report.

{SIG_MAX}

{gmail(12, 3, 8, 10, 'Lee Sang-woo <sw.lee@daegu-emobility.kr>', inq114)}""",
          expect="flag", accounts=[], rules=["R5"],
          why="'a Korean e-bike brand' with 'this mid drive' from the quoted inquiry; no identity or figure")

    # 115 ---- PASS sample approval with DOCX spec
    d115 = docx(["# Approved sample spec - SD-210 comfort saddle", "Colour: black/grey, memory foam 35 mm, steel rail",
                 "Logo: customer logo embossed at rear", "Packing: 1 pc / polybag, 20 pcs / carton"])
    B.add(115, LILY, "Sanne Bakker <sanne@stadfiets.nl>", "Sample approved - SD-210",
          dt(12, 4, 9, 40),
          text=f"""Dear Sanne,

Thank you for approving the sample. Attached the approved spec sheet; mass production can
start once we receive the 30% deposit.

{SIG_LILY}""",
          atts=[("SD-210_approved_spec.docx", d115, "application/vnd.openxmlformats-officedocument.wordprocessingml.document")],
          expect="pass", accounts=[], rules=[], why="ordinary mail to a prospect, no customer information")

    # 116 ---- PASS refusal to Velomir under question naming SibVelo
    inq116 = """Анна, вы ведь продаёте и СибВело? Они предлагают такие же fat-bike мотор-колёса
дешевле нас. Какие у них цены?
Дмитрий"""
    B.add(116, ANNA, "Дмитрий Соколов <sokolov@velomir.ru>", "Re: цены конкурентов",
          dt(12, 4, 11, 0), cc=["Ivan Kozlov <kozlov@transsib-cargo.ru>"],
          text=f"""Дмитрий, добрый день!

Мы никогда не обсуждаем других клиентов и их цены — так же, как не обсуждаем ваши.
По вашему заказу: BT-4817 остаётся 162 USD, HM-500F — 69 USD, 1500 шт.

{SIG_ANNA}

пт, 4 дек. 2026 г. в 9:12, Дмитрий Соколов <sokolov@velomir.ru>:
{gt(inq116)}""",
          expect="pass", accounts=[], rules=[],
          why="refuses to talk about SibVelo, named only in Velomir's quoted question; Velomir's own prices to Velomir and its forwarder")

    # 117 ---- FLAG R10 undecodable text part
    B.add(117, KEVIN, "Nguyen Van Hai <hai.nguyen@saigonbike.vn>", "price update",
          dt(12, 7, 10, 0),
          text="Dear Mr. Hai\n\nsee price update below.\n\nKevin",
          raw_text_part=("gb2312", b"\xff\xfe\xfa\xfb\xfc HM-500F \xff\xff\x80\x80 VB-110 \xfe\xfe\x81\x30\x81"),
          expect="flag", accounts=[], rules=["R10"], why="a text part labelled gb2312 whose bytes cannot be decoded")

    # 118 ---- PASS to Andes Bike itself, own prices
    B.add(118, SUNNY, "Carolina Restrepo <carolina@andesbike.com.co>", "RE: renovación precios 2027",
          dt(12, 7, 21, 30),
          text=f"""Hola Carolina:

Para 2027 mantenemos sus precios: kit CK-36250 a USD 139,00 (300 kits) y frenos DB-M2 a
USD 7,60 (2.000 juegos). Gracias otra vez por recibir a los clientes que le enviamos.

{SIG_SUNNY}""",
          expect="pass", accounts=[], rules=[], why="Andes Bike's own figures to Andes Bike")

    # 119 ---- STOP R7 + R6: Hoshino in Cc, its thread quoted, to a prospect
    hq = outlook("Kenji Hoshino <k.hoshino@hoshino-cycle.co.jp>", "Monday, December 7, 2026 9:02 AM",
                 "Lily Zhang", "saddle colours", "Lily-san, black and white are fine for us. Hoshino")
    B.add(119, LILY, "Takumi Sato <sato@cycle-base.jp>", "RE: saddle colours",
          dt(12, 8, 10, 0), cc=["Marco Rossi <marco@ciclirossi.it>"],
          text=f"""Dear Mr. Sato, dear Marco,

As you can see from Hoshino-san's note below, black and white are the standard colours
for the SD-R3 this season, so you will both get the same.

{SIG_LILY}

{hq}""",
          expect="stop", accounts=["hoshino", "ciclirossi"], rules=["R7", "R3", "R6"],
          why="quotes Hoshino's mail (its Outlook header and address) and ties Hoshino to the SD-R3 it buys; Cicli Rossi and a prospect are visible to each other in To/Cc")

    # 120 ---- PASS to Formosa, big5, own order
    B.add(120, CHEN, "林志明 <cmlin@formosabike.com.tw>", "回覆: 控制器訂單", dt(12, 8, 15, 0), subject_charset="big5",
          text="""林先生您好：

CT-15A 控制器 2000 個，每個 12.60 美元；BT-3613 電池 500 個，每個 125 美元，已排產，
預計 12 月 28 日出貨。

陳靜 Chen Jing
永康風馳車業科技有限公司""",
          charset="big5",
          expect="pass", accounts=[], rules=[], why="Formosa's own figures to Formosa")
