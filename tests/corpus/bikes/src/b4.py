from lib import *


def build(B):
    # 61 ---- PASS R9
    B.add(61, LILY, "Bella Nguyen <bella@urbanglide.com.au>", "Re: Do you ship to Australia?",
          dt(10, 28, 9, 15),
          text=f"""Hi Bella,

Yes, we have customers in Australia and New Zealand and ship there every month, usually
via Melbourne or Sydney. All our batteries come with UN38.3 and MSDS for sea freight.

If you send me your target models and quantities I will prepare a quotation.

{SIG_LILY}""",
          html="""<html><body><div dir="ltr"><div>Hi Bella,</div><div><br></div>
<div>Yes, we have customers in Australia and New Zealand and ship there every month, usually
via Melbourne or Sydney. All our batteries come with UN38.3 and MSDS for sea freight.</div><div><br></div>
<div>If you send me your target models and quantities I will prepare a quotation.</div><div><br></div>
<div>Best regards,<br>Lily Zhang | Sales Manager<br>Yongkang Fengchi Cycle Technology Co., Ltd.<br>
Tel: +86-579-8712 3366&nbsp; Mob/WhatsApp: +86 138 5791 2046</div></div></body></html>""",
          expect="pass", accounts=[], rules=["R9"], why="says only that we ship to Australia and NZ")

    # 62 ---- FLAG R1 referential
    inq62 = """Hi Max,
Before we go further - is Northpeak Bikes your customer? We are in the same province
and I'd rather know.
Ethan Roy, Prairie E-Bikes, Calgary"""
    B.add(62, MAX, "Ethan Roy <ethan@prairie-ebikes.ca>", "Re: quick question",
          dt(10, 28, 15, 40),
          text=f"""Hi Ethan,

Yes, Northpeak have been with us since 2024. We treat every customer's information as
confidential, yours included.

{SIG_MAX}

{gmail(10, 28, 9, 12, 'Ethan Roy <ethan@prairie-ebikes.ca>', inq62)}""",
          expect="flag", accounts=["northpeak"], rules=["R1"],
          why="confirms Northpeak (named in the question) is a customer; no product or figure")

    # 63 ---- STOP R4 Chinese comparison
    inq63 = """陈经理，
听说岭线单车在你们这里拿后驱电机？我们量没有他们大，但是价格能不能比他们便宜一点？
-- 珀斯 周"""
    B.add(63, CHEN, "周明 <zhou.ming@perth-emoto.com.au>", "回复：后驱电机价格", dt(10, 29, 11, 0), subject_charset="gb2312", charset="gb2312",
          text=f"""周总您好，

是的。您这边如果一次下500套，我可以给您比他们便宜3%，这个价格请一定保密。

{SIG_CHEN}

{cnoutlook('周明 <zhou.ming@perth-emoto.com.au>', '2026年10月29日 9:26', '陈静', '后驱电机价格', inq63)}""",
          expect="stop", accounts=["ridgeline"], rules=["R4", "R3"],
          why="confirms Ridgeline (named in the question) buys the hub motor and quotes a price relative to theirs ('比他们便宜3%')")

    # 64 ---- PASS: 'the same two models' referring to the recipient's own order
    inq64 = """Hi Lily,
Please book the same as last time for January: HM-250R and BT-3613, 900 each,
plus 900 DS-860 displays.
Oliver"""
    B.add(64, LILY, "Oliver Grant <oliver.grant@atlascycles.co.uk>", "Re: January booking",
          dt(10, 29, 16, 5), cc=["Fiona McLeod <buying@atlascycles.co.uk>"],
          text=f"""Hi Oliver,

Booked: the same two models as your last order, 900 each, at the same prices you paid
(USD 84.00 and 131.00), plus 900 DS-860 at USD 19.90. Ready 8 January.

{SIG_LILY}

{gmail(10, 29, 8, 40, 'Oliver Grant <oliver.grant@atlascycles.co.uk>', inq64)}""",
          expect="pass", accounts=[], rules=[],
          why="'the same two models' and 'same prices you paid' refer to Atlas's own order, sent only to Atlas")

    # 65 ---- STOP R7: López's quoted thread sent to Cicli Rossi
    lop = """Hola Sunny, nos vemos el martes en Eurobike, stand de Fengchi a las 11h.
Saludos, Javier López"""
    B.add(65, SUNNY, "Marco Rossi <marco@ciclirossi.it>", "Re: meeting at Eurobike",
          dt(10, 30, 10, 20),
          text=f"""Hi Marco,

Tuesday at 11 is taken, as you can see below -- could you come at 14:00 instead?

Sunny

El vie, 30 oct 2026 a las 8:02, Javier López <javier@bicicletaslopez.es> escribió:
{gt(lop)}""",
          expect="stop", accounts=["lopez"], rules=["R7", "R1"],
          why="quotes Bicicletas López's mail (Javier's address in the quote header) to Cicli Rossi")

    # 66 ---- FLAG R5 Russian referential
    inq66 = """Анна, здравствуйте.
Нас интересуют эти аккумуляторы 48V 17.5Ah, которые вы показывали в каталоге.
Их уже кто-то берёт в СНГ?
Руслан, Алматы"""
    B.add(66, ANNA, "Руслан Ахметов <ruslan@almaty-velo.kz>", "Re: аккумуляторы 48V",
          dt(10, 30, 14, 45),
          text=f"""Руслан, добрый день!

Да, один наш клиент в Казахстане уже заказывал эти аккумуляторы, отзывы хорошие.
Подробности по цене вышлю завтра.

{SIG_ANNA}

пт, 30 окт. 2026 г. в 12:10, Руслан Ахметов <ruslan@almaty-velo.kz>:
{gt(inq66)}""",
          expect="flag", accounts=[], rules=["R5"],
          why="'один наш клиент в Казахстане' with 'эти аккумуляторы' from the quoted inquiry; no identity or figure")

    # 67 ---- PASS payment reminder to Desert Ride
    B.add(67, DOCS, "Faisal Al Mansoori <faisal@desertride.ae>", "Payment reminder INV FC260905-02",
          dt(11, 2, 9, 0),
          text="""Dear Mr. Faisal,

Kind reminder: the balance of invoice FC260905-02 (250 sets HM-750FT @ USD 121.00 and
1000 pcs TY-2040F @ USD 12.10) -- USD 29,645.00 -- was due on 28 Oct. Please arrange
payment to our Bank of China account ending 6618 and send us the swift copy.

Docs Dept / 单证部, Fengchi Cycle""",
          expect="pass", accounts=[], rules=[], why="Desert Ride's own invoice figures sent only to Desert Ride")

    # 68 ---- PASS R8 Spanish
    B.add(68, SUNNY, "Luis Herrera <lherrera@bicimex.com.mx>", "RE: referencias",
          dt(11, 2, 22, 0),
          text=f"""Hola Luis:

Con gusto. Nuestro cliente de referencia en Latinoamérica es Andes Bike Colombia; puede
escribir a Carolina Restrepo, que le contará cómo funciona nuestra posventa y la garantía.

{SIG_SUNNY}""",
          expect="pass", accounts=[], rules=["R8"], why="reference account Andes Bike named, no products or figures")

    # 69 ---- STOP: workbook with a Turkish customer's sheet, sent to Siam Velo
    wb = xlsx([("Siam Velo", [["Item", "Qty", "USD/unit", "Amount"], ["VB-110", 6000, 2.95, 17700], ["TY-2620", 5000, 4.25, 21250]]),
               ("TR-price", [["Anadolu Bisiklet A.S. - 2026-07"], ["FR-A275", "27.5 alloy MTB frame", 1200, 37.80],
                             ["DB-M2", "mechanical disc brake", 2500, 8.10]]),
               ("Bank", [["Beneficiary", "Yongkang Fengchi Cycle Technology Co., Ltd."], ["Bank", "Bank of China Yongkang Branch"]])])
    B.add(69, KEVIN, "Nattapong Srisuk <nattapong@siamvelo.co.th>", "PI + bank info",
          dt(11, 3, 10, 10),
          text=f"""Dear Nattapong

attach the PI excel, sheet 1 is your order, sheet 3 bank info. pls arrange 30% deposit.

{SIG_KEVIN}""",
          atts=[("PI_SiamVelo_Nov.xlsx", wb, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")],
          expect="stop", accounts=["anadolu"], rules=["R3", "R4"],
          why="the workbook carries a 'TR-price' sheet with Anadolu Bisiklet's products, quantities and prices")

    # 70 ---- FLAG R10 broken zip archive
    import io, zipfile
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w") as z:
        zi = zipfile.ZipInfo("photos/readme.txt", (2026, 9, 1, 9, 0, 0))
        z.writestr(zi, "Product photos HM-750FT, TY-2040F. " * 60)
    B.add(70, MAX, "Omar Haddad <omar@gulfwheels.sa>", "product photos (zip)",
          dt(11, 3, 13, 0),
          text=f"""Dear Omar,

Attached the product photos in a zip as requested.

{SIG_MAX}""",
          atts=[("Fengchi_photos.zip", broken(bio.getvalue(), 0.5), "application/zip")],
          expect="flag", accounts=[], rules=["R10"], why="the zip archive is truncated and cannot be read")

    # 71 ---- PASS: 'desert ride' used in its ordinary sense
    B.add(71, MAX, "Omar Haddad <omar@gulfwheels.sa>", "Fat bike motor for the Saudi market",
          dt(11, 4, 9, 20),
          text=f"""Dear Omar,

For sand, our HM-750FT 750W fat tyre hub motor with the 20x4.0 fat tyre is the right
choice -- enough torque for a long desert ride without overheating, IP65 sealed.
List price USD 124/set FOB Ningbo, MOQ 50 sets.

{SIG_MAX}""",
          expect="pass", accounts=[], rules=[],
          why="'desert ride' is the ordinary phrase, not the account Desert Ride Trading; list price only")

    # 72 ---- STOP R3 referential, long thread
    inq72a = """Max,
Thanks for the samples. The HM-500F front motor and the DS-860 display work well
together on our test bike. One concern: winter. Has anyone used this combination
in Canadian conditions, -20°C?
Liam O'Connor, Maple Volt Inc., Winnipeg"""
    inq72b = """Liam,
The HM-500F is rated -20°C to 50°C, the display LCD to -20°C. Let me check field
feedback for you.
Max"""
    B.add(72, MAX, "Liam O'Connor <liam@maplevolt.ca>", "Re: Re: winter use",
          dt(11, 4, 15, 0),
          text=f"""Liam,

Checked: Northpeak Bikes out in Calgary have been running that exact combo for two winters,
no display failures reported. So I think you are safe.

Max

{gmail(11, 3, 10, 5, 'Max Hu <max.hu@fengchi-cycle.com>', inq72b + chr(10) + chr(10) + gmail(11, 2, 18, 30, "Liam O'Connor <liam@maplevolt.ca>", inq72a))}""",
          expect="stop", accounts=["northpeak"], rules=["R3"],
          why="names Northpeak with 'that exact combo' (HM-500F + DS-860 named in the thread), which it buys")

    # 73 ---- PASS internal with WeChat log
    B.add(73, KEVIN, [CHEN, "Lily Zhang <lily@fengchi-cycle.com>"], "Sam 微信记录 - Kookaburra 要降价",
          dt(11, 5, 9, 30),
          text="""陈静, Lily

Kookaburra的Sam昨天微信上说的，大家看一下：
[11-04 17:20] Sam: Kevin, Pacific Star is selling fat bikes in QLD cheaper than us
[11-04 17:21] 我: we dont give them special price
[11-04 17:25] Sam: need WS-29B at 89 not 92 or we move 500 pairs elsewhere

WS-29B 现在92美金，500对。能不能降到89？

Kevin""",
          expect="pass", accounts=[], rules=[], why="internal recipients only")

    # 74 ---- FLAG R1: web site written out
    B.add(74, KEVIN, "Alessandro Bianchi <a.bianchi@veloroma.it>", "our customer in Italy",
          dt(11, 5, 14, 0),
          text=f"""Dear Alessandro

you ask if we have experience in Italy, yes, pls check ciclirossi dot it, they are our
customer many years, very good partner. You can trust our quality.

{SIG_KEVIN}""",
          expect="flag", accounts=["ciclirossi"], rules=["R1"],
          why="gives Cicli Rossi's web site (written 'ciclirossi dot it') as a customer; no product or figure")

    # 75 ---- PASS R9 Russian
    B.add(75, ANNA, "Олег Белов <belov@velodom.by>", "Re: поставки в Беларусь",
          dt(11, 6, 10, 15),
          text=f"""Олег, здравствуйте!

Да, у нас есть клиенты в России, Казахстане и Беларуси, отгружаем через Забайкальск и
морем через Санкт-Петербург. Имена клиентов мы не раскрываем, как и ваше не раскроем.

{SIG_ANNA}""",
          expect="pass", accounts=[], rules=["R9"], why="says only that we have customers in these countries")

    # 76 ---- STOP R2
    B.add(76, LILY, "Camille Lefebvre <camille@nordvelo.fr>", "Visit to Lille",
          dt(11, 6, 16, 30),
          text=f"""Dear Camille,

Our GM and I will be in France from 23 to 27 November. We see Hugo Martin in Lyon on the
24th and could come to Lille on the 26th -- would that work for you?

{SIG_LILY}""",
          expect="stop", accounts=["cyclesmartin"], rules=["R2"],
          why="names Hugo Martin, contact of Cycles Martin, competitor of the recipient Nord Vélo")

    # 77 ---- PASS Chinese newsletter in Bcc, R9
    B.add(77, CHEN, CHEN, "风驰车业2027新品 | 中置电机、彩屏仪表", dt(11, 9, 9, 0),
          bcc=["huang@syd-ebike.com.au", "liu@sg-moto.com", "chen@vancouver-ebike.ca", "li@kl-velo.com.my"],
          html="""<div>各位海外的朋友们好：</div><div>&nbsp;</div>
<div>风驰车业2027新品已经上线：MD-350中置电机（85Nm）、DS-860彩屏仪表、BT-4817后货架电池。</div>
<div>我们目前出口到40多个国家和地区，欧洲、澳洲、北美都有稳定的客户。</div>
<div>公开价：MD-350 每套248美金 FOB宁波，DS-860 每个23美金。</div>
<div>&nbsp;</div><div>陈静 | 永康风驰车业科技有限公司 | 0579-8712 3369</div>""",
          expect="pass", accounts=[], rules=["R9"], why="newsletter in Bcc: '出口到40多个国家' and public list prices only")

    # 78 ---- FLAG R5 Chinese referential
    inq78 = """Chen Jing,
We are a new brand in Texas. We want FR-E29 frame and MD-350 mid drive, 100 sets trial.
Does anyone in the US already use these?
Brian"""
    B.add(78, CHEN, "Brian Walsh <brian@lonestar-emtb.com>", "Re: FR-E29 + MD-350",
          dt(11, 9, 15, 20),
          text=f"""Hi Brian，

有的，one US customer just order these 2 items last month，feedback很好。
100套trial no problem，我下周发PI给你。

陈静 Chen Jing
Fengchi Cycle

{gmail(11, 9, 8, 45, 'Brian Walsh <brian@lonestar-emtb.com>', inq78)}""",
          expect="flag", accounts=[], rules=["R5"],
          why="'one US customer' with 'these 2 items' (FR-E29, MD-350 from the quoted inquiry); no identity or figure")

    # 79 ---- STOP: DOCX with a reference account's figures
    d79 = docx(["# Quotation comparison - FR-A275 frame",
                "Prepared for Anadolu Bisiklet, November 2026.",
                "Your current price compared with other markets:"],
               table=[["Customer", "Model", "Qty", "USD/pc"],
                      ["Anadolu Bisiklet", "FR-A275", "1200", "37.80"],
                      ["Cape Cycle Imports (ZA)", "FR-A275", "700", "39.50"]])
    B.add(79, LILY, "Emre Yılmaz <emre@anadolubisiklet.com.tr>", "FR-A275 price - you have the best level",
          dt(11, 10, 10, 0),
          text=f"""Dear Emre,

You asked whether your frame price is competitive. Please see the attached comparison --
you are below our other market.

{SIG_LILY}""",
          atts=[("FR-A275_comparison.docx", d79, "application/vnd.openxmlformats-officedocument.wordprocessingml.document")],
          expect="stop", accounts=["capecycle"], rules=["R3", "R4", "R8"],
          why="the DOCX shows reference account Cape Cycle's FR-A275 quantity and price; R3/R4 apply to reference accounts")

    # 80 ---- PASS refusal under question naming Pacific Star
    inq80 = """Dear Max,
What price do you give Pacific Star for the fat tyres? We are bigger than them in the
Gulf and expect a better price than 12.10.
Faisal"""
    B.add(80, MAX, "Faisal Al Mansoori <faisal@desertride.ae>", "Re: fat tyre price",
          dt(11, 10, 14, 30),
          text=f"""Dear Faisal,

I'm sorry, I can't share any other customer's prices -- just as we never share yours.
For 2,000 pcs TY-2040F I can improve your price to USD 11.90/pc FOB Ningbo.

{SIG_MAX}

{gmail(11, 10, 9, 2, 'Faisal Al Mansoori <faisal@desertride.ae>', inq80)}""",
          expect="pass", accounts=[], rules=[],
          why="refuses under a quoted question naming Pacific Star; quotes Desert Ride its own price")
