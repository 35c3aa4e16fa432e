"""A synthetic registry and outgoing mail for the benchmarks (deterministic: same seed, same bytes).

The company is a fictitious outdoor-and-housewares exporter with 200 products. Accounts get
made-up Latin names from random syllables (plus ~10% Chinese company names), 1-3 aliases,
1-2 domains, 1-3 contacts, competitor pairs and 1-3 deals. Messages are plain-text business
mail of 1.5-3 KB (English, Chinese, mixed), ~30% of them naming another account, its domain,
contact, products or figures. Nothing here comes from the sample corpus.

    python bench/synth.py --accounts 1000 --registry /tmp/r.toml --messages 50 --out-dir /tmp/msgs
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
from dataclasses import dataclass
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

from guard.registry.model import Account, Registry
from guard.registry.values import fold

COMPANY = "Hangzhou Brightpeak Home & Outdoor Co., Ltd."
COMPANY_DOMAINS = ("brightpeak-home.cn", "brightpeakoutdoor.com")
STAFF = ("Lily Chen", "Kevin Zhou", "Grace Lin", "Tony Xu", "Amy Sun")

_ONSET = "b br c cl d dr f fl g gr h k kr l m n p pr r s st t tr v w z sk sv j th".split()
_VOWEL = "a e i o u ai ei ou ia y".split()
_CODA = ["", "n", "r", "l", "s", "m", "x", "nt", "rd", "st", "v", "k", "ss", "lt"]
_INDUSTRY = ("Trading Home Housewares Outdoor Living Supply Imports Distribution Retail Goods Hardware "
             "Garden Kitchen Leisure Sourcing Brands Wholesale Interiors Camping Sports").split()
# country, legal suffix, domain suffix, local currency
_COUNTRIES = [
    ("US", "Inc.", "com", "USD"), ("US", "LLC", "com", "USD"), ("CA", "Inc.", "ca", "CAD"),
    ("GB", "Ltd", "co.uk", "GBP"), ("DE", "GmbH", "de", "EUR"), ("FR", "SARL", "fr", "EUR"),
    ("NL", "B.V.", "nl", "EUR"), ("IT", "S.r.l.", "it", "EUR"), ("ES", "S.L.", "es", "EUR"),
    ("SE", "AB", "se", "USD"), ("NO", "AS", "no", "USD"), ("FI", "Oy", "fi", "EUR"),
    ("PL", "Sp. z o.o.", "pl", "EUR"), ("AU", "Pty Ltd", "com.au", "AUD"), ("NZ", "Limited", "co.nz", "NZD"),
    ("JP", "K.K.", "co.jp", "JPY"), ("KR", "Co., Ltd.", "co.kr", "USD"), ("AR", "S.R.L.", "com.ar", "USD"),
    ("BR", "Ltda.", "com.br", "USD"), ("CL", "SpA", "cl", "USD"), ("MX", "S.A. de C.V.", "com.mx", "USD"),
    ("ZA", "(Pty) Ltd", "co.za", "USD"), ("AE", "LLC", "ae", "USD"), ("SG", "Pte. Ltd.", "com.sg", "USD"),
]
_ZH_CITIES = {"上海": "Shanghai", "深圳": "Shenzhen", "广州": "Guangzhou", "宁波": "Ningbo", "厦门": "Xiamen",
              "青岛": "Qingdao", "天津": "Tianjin", "苏州": "Suzhou", "台北": "Taipei", "香港": "Hong Kong",
              "东莞": "Dongguan", "佛山": "Foshan", "温州": "Wenzhou", "义乌": "Yiwu", "南京": "Nanjing"}
_ZH_BRAND = dict(zip("华泰安盛鑫源达隆兴丰恒嘉瑞锦宏昌鼎辉骏捷诚德顺通祥福润美佳优联创朗峰海川晨阳光明博雅易凯",
                     ("hua tai an sheng xin yuan da long xing feng heng jia rui jin hong chang ding hui jun jie "
                      "cheng de shun tong xiang fu run mei jia you lian chuang lang feng hai chuan chen yang "
                      "guang ming bo ya yi kai").split(), strict=True))
_ZH_INDUSTRY = {"贸易": "Trading", "家居": "Home", "实业": "Industrial", "进出口": "Import & Export",
                "户外用品": "Outdoor", "五金": "Hardware", "日用品": "Daily Goods", "电子商务": "E-commerce"}
_TRANSLIT = "维洛兰特森斯卡尔德贝格诺马克菲利普罗伊亚索拉蒂奥"
_FIRST = ("Anna Ben Carla David Elena Felix Greta Hugo Ines Jonas Klara Lars Maria Nils Olga Paul Rosa Sven "
          "Tina Ulf Vera Will Zoe Liam Noah Emma Ava Lucas Mia Leo Sofia Omar Yuki Hana Diego Lucia Aaron "
          "Bianca Chloe Dario Edith Frida Gustav Helga Ivan Julia Kai Luca Marta Nora Oscar Petra Quinn Rafael "
          "Selma Theo Ursula Viktor Wanda Xavier Yara Zeno").split()
_LAST = ("Schmidt Berg Rossi Dubois Novak Jensen Silva Costa Moreau Fischer Larsen Meyer Tanaka Kim Lopez "
         "Garcia Walsh Murphy Olsen Keller Brandt Hoffmann Ricci Marino Nakamura Park Santos Ferreira Lindqvist "
         "Van Dijk Kowalski Nieminen Haugen Petrov Duarte Romero Byrne Lefebvre Vogel Bianchi Sato Horvat "
         "Moller Eriksen Gallo Ortega Quist Ramos Stein Torres Ueda Varga Weber Young Zimmermann").split()
_ABBREV = frozenset("AQL CIF DHL ETA ETD EXW FCL FOB LCL LED PDF QC REACH LFGB PVC HQ GP".split())
_ZH_SURNAME = {"王": "wang", "李": "li", "张": "zhang", "刘": "liu", "陈": "chen", "杨": "yang", "赵": "zhao",
               "黄": "huang", "周": "zhou", "吴": "wu"}
_ZH_GIVEN = {"丽": "li", "伟": "wei", "芳": "fang", "敏": "min", "静": "jing", "磊": "lei", "洋": "yang",
             "艳": "yan", "勇": "yong", "军": "jun", "杰": "jie", "娟": "juan"}
_ITEMS = [("CH", "camp chair", "露营椅"), ("TB", "folding table", "折叠桌"), ("TN", "dome tent", "帐篷"),
          ("SB", "sleeping bag", "睡袋"), ("KT", "kettle", "水壶"), ("PN", "frying pan", "煎锅"),
          ("LT", "LED lantern", "营地灯"), ("CB", "cooler box", "保温箱"), ("HM", "hammock", "吊床"),
          ("UM", "beach umbrella", "沙滩伞"), ("GR", "charcoal grill", "烧烤炉"), ("BK", "storage basket", "收纳篮"),
          ("MT", "yoga mat", "瑜伽垫"), ("BT", "water bottle", "水瓶"), ("KN", "knife set", "刀具套装"),
          ("CT", "cutting board", "砧板"), ("LB", "lunch box", "饭盒"), ("PL", "planter pot", "花盆"),
          ("RK", "shoe rack", "鞋架"), ("ST", "step stool", "折叠凳")]
_ADJ = [("compact", "便携"), ("deluxe", "豪华"), ("ultralight", "超轻"), ("heavy-duty", "加厚"),
        ("family", "家庭"), ("kids", "儿童"), ("premium", "高级"), ("classic", "经典"), ("travel", "旅行"),
        ("pro", "专业")]
_UNITS = {"CH": "pc", "KN": "set", "BK": "set"}
_QTY = (300, 500, 600, 800, 1000, 1200, 1500, 1800, 2000, 2400, 2500, 3000, 3600, 4000, 4800, 5000, 6000,
        7200, 8000, 10000, 12000, 15000, 20000)


def _base(rng: random.Random) -> str:
    while True:
        s = "".join(rng.choice(_ONSET) + rng.choice(_VOWEL) + rng.choice(_CODA) for _ in range(rng.choice((2, 2, 3))))
        if 5 <= len(s) <= 11:
            return s.capitalize()


def _slug(text: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in text.lower().replace("&", "and")).strip("-").replace("--", "-")


class _Names:
    """Folded names already used: guard refuses two accounts sharing a name or alias."""

    def __init__(self) -> None:
        self.used: set[str] = set()
        self.domains: set[str] = set(COMPANY_DOMAINS)

    def take(self, name: str) -> bool:
        key = fold(name)
        if not key or key in self.used:
            return False
        self.used.add(key)
        return True

    def domain(self, stem: str, tld: str) -> str:
        d, n = f"{stem}.{tld}", 1
        while d in self.domains:
            n += 1
            d = f"{stem}{n}.{tld}"
        self.domains.add(d)
        return d


def _products(rng: random.Random) -> list[dict]:
    out = []
    for i, (prefix, item, item_zh) in enumerate(_ITEMS):
        for j, (adj, adj_zh) in enumerate(_ADJ):
            sku = f"{prefix}-{100 + 10 * j + i % 10}"
            names = [sku, sku.replace("-", ""), f"{adj} {item}"]
            if rng.random() < 0.5:
                names.append(adj_zh + item_zh)
            out.append({"sku": sku, "names": names, "unit": _UNITS.get(prefix, "pc"),
                        "base": round(rng.uniform(1.5, 80.0), 2)})
    return out


def _latin_account(rng: random.Random, names: _Names) -> dict:
    country, suffix, tld, currency = rng.choice(_COUNTRIES)
    while True:
        base, shape = _base(rng), rng.random()
        if shape < 0.6:
            short = f"{base} {rng.choice(_INDUSTRY)}"
        elif shape < 0.8:
            short = f"{base} & {_base(rng)}"
        else:
            short = f"{rng.choice(_INDUSTRY)} {base}"
        name = f"{short} {suffix}"
        if names.take(name):
            break
    acronym = "".join(w[0] for w in short.split() if w[0].isalpha()).upper() + rng.choice(("", "I", "T", "G"))
    aliases = [a for a in (short, base, acronym if len(acronym) >= 3 and acronym not in _ABBREV else "")
               if a and rng.random() < 0.7 and names.take(a)]
    if rng.random() < 0.15:
        zh = "".join(rng.sample(_TRANSLIT, rng.choice((3, 4)))) + rng.choice(list(_ZH_INDUSTRY))
        if names.take(zh):
            aliases.append(zh)
    stem = _slug(short)
    domains = [names.domain(stem, tld)]
    if rng.random() < 0.3:
        domains.append(names.domain(_slug(base), "com"))
    contacts = []
    for _ in range(rng.randint(1, 3)):
        first, last = rng.choice(_FIRST), rng.choice(_LAST)
        contacts.append((f"{first} {last}", f"{first.lower()}.{last.lower()}@{domains[0]}"))
    return {"country": country, "currency": currency if rng.random() < 0.3 else "USD", "name": name,
            "aliases": aliases, "domains": domains, "contacts": contacts, "slug": stem}


def _chinese_account(rng: random.Random, names: _Names) -> dict:
    while True:
        city = rng.choice(list(_ZH_CITIES))
        brand = "".join(rng.sample(list(_ZH_BRAND), 2))
        industry = rng.choice(list(_ZH_INDUSTRY))
        name = f"{city}{brand}{industry}有限公司"
        if names.take(name):
            break
    pinyin = "".join(_ZH_BRAND[c] for c in brand).capitalize()
    en = f"{_ZH_CITIES[city]} {pinyin} {_ZH_INDUSTRY[industry]} Co., Ltd."
    aliases = [a for a in (brand + industry, en, f"{pinyin} {_ZH_INDUSTRY[industry]}") if names.take(a)]
    stem = _slug(f"{pinyin}-{_ZH_INDUSTRY[industry]}")
    tld = "com.hk" if city == "香港" else "com.tw" if city == "台北" else rng.choice(("cn", "com.cn", "com"))
    domains = [names.domain(stem, tld)]
    contacts = []
    for _ in range(rng.randint(1, 3)):
        (s, sp), (g, gp) = rng.choice(list(_ZH_SURNAME.items())), rng.choice(list(_ZH_GIVEN.items()))
        contacts.append((s + g, f"{gp}.{sp}@{domains[0]}"))
    country = "HK" if city == "香港" else "TW" if city == "台北" else "CN"
    return {"country": country, "currency": "CNY" if country == "CN" and rng.random() < 0.5 else "USD",
            "name": name, "aliases": aliases, "domains": domains, "contacts": contacts, "slug": stem}


def _q(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)  # a JSON string is a valid TOML basic string here


def _qlist(items) -> str:
    return "[" + ", ".join(_q(s) for s in items) + "]"


def registry_toml(accounts: int, *, seed: int = 1) -> str:
    """The TOML text of a valid registry (SPEC section 1) with `accounts` accounts and 200 products."""
    rng = random.Random(seed)
    names = _Names()
    products = _products(rng)
    for p in products:
        for n in p["names"]:
            names.used.add(fold(n))  # keep account names clear of product names
    accs = [(_chinese_account if rng.random() < 0.1 else _latin_account)(rng, names) for _ in range(accounts)]
    ids: set[str] = set()
    for a in accs:
        aid, n = a["slug"][:40].strip("-"), 1
        while aid in ids:
            n += 1
            aid = f"{a['slug'][:40].strip('-')}-{n}"
        ids.add(aid)
        a["id"] = aid
    out = ["# Synthetic registry for guard's benchmarks (bench/synth.py); every name is made up.",
           "version = 1", "", "[company]", f"name = {_q(COMPANY)}", f"domains = {_qlist(COMPANY_DOMAINS)}", ""]
    for p in products:
        out += ["[[products]]", f"sku = {_q(p['sku'])}", f"names = {_qlist(p['names'])}", ""]
    by_sku = {p["sku"]: p for p in products}
    skus = list(by_sku)
    for i, a in enumerate(accs):
        out += ["[[accounts]]", f"id = {_q(a['id'])}", f"name = {_q(a['name'])}"]
        if a["aliases"]:
            out.append(f"aliases = {_qlist(a['aliases'])}")
        out += [f"country = {_q(a['country'])}", f"domains = {_qlist(a['domains'])}",
                "contacts = [" + ", ".join(f"{{ name = {_q(n)}, email = {_q(e)} }}" for n, e in
                                            dict.fromkeys(a["contacts"])) + "]"]
        if i > 0 and rng.random() < 0.3:
            rivals = {accs[rng.randrange(max(0, i - 50), i)]["id"] for _ in range(rng.randint(1, 2))}
            out.append(f"competitors = {_qlist(sorted(rivals))}")
        if rng.random() < 0.05:
            out.append(f"partners = [{_q(names.domain(a['slug'] + '-logistics', 'com'))}]")
        if rng.random() < 0.03:
            out.append('disclosure = "reference"')
        for sku in rng.sample(skus, rng.randint(1, 3)):
            p = by_sku[sku]
            price = p["base"] * rng.uniform(0.85, 1.15) * (7.1 if a["currency"] == "CNY" else 1.0)
            day = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randrange(300))
            out += ["", "[[accounts.deals]]", f"sku = {_q(sku)}", f"price = {price:.2f}",
                    f"currency = {_q(a['currency'])}", f"unit = {_q(p['unit'])}",
                    f"quantity = {rng.choice(_QTY)}", f"date = {day.isoformat()}"]
        out.append("")
    return "\n".join(out)


# ---- messages ---------------------------------------------------------------------------------

_EN = [
    "Thank you for your mail of {day}. We have checked the production schedule with the factory and can "
    "confirm that the goods will be ready for inspection by {date}.",
    "As discussed on the phone, the carton marks will follow your artwork; please send the final files by the "
    "end of this week so that the printer can start on time.",
    "Our QC team will do the pre-shipment inspection according to AQL 2.5, and we will share the report with "
    "photos of every carton before loading.",
    "The vessel booking is confirmed with closing on {date}; ETD Ningbo is {date2} and the transit time to "
    "your port is about 28 days.",
    "Please find the updated packing list below. The gross weight has changed slightly because the new inner "
    "boxes are made of thicker board.",
    "Regarding the colour samples, the grey fabric is now closer to your Pantone reference. We will courier "
    "two pieces by DHL tomorrow; the tracking number will follow.",
    "Raw material costs have been stable this quarter, so we do not expect any change to the terms we agreed "
    "for the next season.",
    "Our factory will be closed from {date} for the national holiday, so we suggest confirming the next order "
    "before then to keep the delivery date.",
    "The balance payment can be made against the copy of the bill of lading, as usual. Our bank details have "
    "not changed.",
    "We have improved the locking mechanism after your feedback; the new version passed the 10,000 cycle test "
    "at the lab last week.",
    "If you need the test reports (EN 581, REACH, LFGB) for your customs broker, just let me know and I will "
    "send the PDFs.",
    "We would be glad to welcome you at our booth at the trade fair in {month}; hall 9, booth {booth}.",
    "For the new catalogue we are preparing lifestyle photos of the {product}; you are welcome to use them "
    "in your web shop.",
    "Could you please confirm the delivery address for the samples? The last parcel was returned by the courier.",
]
_ZH = [
    "感谢您的来信。我们已经和工厂确认了生产计划，货物预计在{date}前可以验货。",
    "唛头按照您提供的设计稿制作，请在本周内把最终文件发给我们，以便印刷厂安排生产。",
    "我们的质检部门会按照AQL 2.5标准进行出货前检验，装柜前会把带照片的报告发给您。",
    "船期已经订好，截关日是{date}，预计开船时间{date2}，到港大约需要28天。",
    "关于颜色样品，灰色面料已经更接近您给的色卡，明天用快递寄两件给您，单号随后发您。",
    "本季度原材料价格比较稳定，下一季度的条款应该不会有变化。",
    "春节期间工厂放假，建议您在{date}之前确认下一批订单，这样可以保证交期。",
    "尾款还是按照提单副本付款，我们的银行信息没有变化。",
    "根据您的反馈我们改进了锁扣结构，新版本上周在实验室通过了一万次开合测试。",
    "如果报关需要检测报告，请告诉我，我把PDF文件发给您。",
    "新目录正在拍摄{product_zh}的场景图，您可以用在网店上。",
]
_OWN_EN = "For PO {po} we confirm {qty} {unit}s of {product} at {cur} {price} per {unit}, FOB Ningbo, as agreed."
_OWN_ZH = "订单{po}确认：{product_zh}{qty}件，单价{price}{cur}，宁波离岸价。"
_LEAK_EN = [
    "By the way, {other} has just placed a repeat order for {qty} units of {product} at {cur} {price}.",
    "{other} is also sourcing the {product} from us, so the design is well proven in the market.",
    "Our client {other} paid {cur} {price} per piece for the same model last month.",
    "I have copied {contact}, who handled the last shipment for {other}; see also www.{domain}.",
    "Another customer of ours in Europe ordered {qty} pcs of the {product} last week.",
    "You can see how {other} presents the {product} on their website {domain}.",
    "Please do not share this, but {other} gets the {product} at {price} {cur}.",
]
_LEAK_ZH = [
    "{other}上个月订了{qty}个{product_zh}，单价{price}美元。",
    "我们的老客户{other}也在采购{product}，市场反应很好。",
    "另外，{other}（{domain}）的{contact}说他们下个月还会加单。",
    "其他客户的{product_zh}价格是{price}{cur}，数量{qty}件。",
]
_SUBJECTS = ["PO {po} - shipment schedule", "Re: samples of the {product}", "Quotation for the new season",
             "Re: carton marks and labels", "Production update", "回复：订单{po}出货安排", "样品确认", "Inspection report"]


@dataclass(frozen=True)
class SynthMessage:
    """One outgoing message as the relay would receive it, and what it was made to contain."""

    raw: bytes
    envelope_from: str
    envelope_rcpts: tuple[str, ...]
    lang: str        # "en", "zh" or "mixed"
    leaks: bool      # names another account or its figures


def _fill(rng: random.Random, tpl: str, v: dict) -> str:
    return tpl.format(**v, day=rng.choice(("Monday", "Tuesday", "Friday")), month=rng.choice(("April", "October")),
                      date=f"{rng.randint(1, 28)} May", date2=f"{rng.randint(1, 28)} June", booth=rng.randint(10, 99),
                      po=f"BP{rng.randint(24000, 26999)}")


def _values(rng: random.Random, registry: Registry, acc: Account | None) -> dict:
    """Words for the templates: a product and figures from `acc`'s deals (any, for a prospect)."""
    deal = rng.choice(acc.deals) if acc and acc.deals else None
    product = next(p for p in registry.products if p.sku == deal.sku) if deal else rng.choice(registry.products)
    zh = next((n for n in product.names if not n.isascii()), product.names[-1])
    return {"product": rng.choice(product.names), "product_zh": zh, "unit": (deal.unit if deal else None) or "pc",
            "qty": f"{int(deal.quantity):,}" if deal and deal.quantity else f"{rng.choice(_QTY):,}",
            "price": f"{deal.price:.2f}" if deal and deal.price else f"{rng.uniform(2, 60):.2f}",
            "cur": (deal.currency if deal else None) or "USD"}


def _other(rng: random.Random, registry: Registry, acc: Account | None) -> dict:
    o = rng.choice(registry.accounts)
    while o is acc and len(registry.accounts) > 1:
        o = rng.choice(registry.accounts)
    v = _values(rng, registry, o)
    v.update(other=rng.choice((o.name, *o.aliases)), domain=o.domains[0] if o.domains else "example.org",
             contact=o.contacts[0].name if o.contacts else "their buyer")
    return v


def messages(registry: Registry, count: int, *, seed: int = 2) -> list[SynthMessage]:
    """`count` outgoing messages from the company to registry contacts or unknown prospects."""
    rng = random.Random(seed)
    start = dt.datetime(2026, 3, 2, 8, 0, tzinfo=dt.UTC)
    out = []
    for i in range(count):
        acc = rng.choice(registry.accounts) if registry.accounts and rng.random() < 0.75 else None
        if acc and acc.contacts:
            rcpt, rname = acc.contacts[0].email, acc.contacts[0].name
        else:
            acc, rname = None, ""
            rcpt = f"buyer@{_base(rng).lower()}-prospect.com"
        # mail greets by first name ("Dear Carla,", "王经理，您好！"), never by the full name
        hello = rname.split()[0] if " " in rname else (rname[:1] + "经理" if rname else "")
        lang = rng.choices(("en", "zh", "mixed"), (0.7, 0.15, 0.15))[0]
        leaks = rng.random() < 0.3
        staff = rng.choice(STAFF)
        v = _values(rng, registry, acc)
        target = rng.randint(1400, 2800)
        greet = {"en": f"Dear {hello or 'Sir or Madam'},", "zh": f"{hello or '您好'}，您好！",
                 "mixed": f"Hi {hello or 'there'},"}[lang]
        paras = [greet]
        if acc and rng.random() < 0.6:
            paras.append(_fill(rng, _OWN_ZH if lang == "zh" else _OWN_EN, v))
        leak_at = len(paras) + rng.randint(0, 2) if leaks else -1
        while len("\n\n".join(paras).encode()) < target - 250 or len(paras) <= leak_at:
            if len(paras) == leak_at:
                pool = _LEAK_ZH if lang == "zh" or (lang == "mixed" and rng.random() < 0.5) else _LEAK_EN
                paras.append(_fill(rng, rng.choice(pool), _other(rng, registry, acc)))
            pool = _ZH if lang == "zh" or (lang == "mixed" and rng.random() < 0.5) else _EN
            paras.append(" ".join(_fill(rng, rng.choice(pool), v) for _ in range(rng.randint(1, 3))))
        paras.append(f"Best regards,\n{staff}\nSales Department\n{COMPANY}\nTel. +86 571 8{rng.randint(1000000, 9999999)}"
                     f"\nwww.{COMPANY_DOMAINS[1]}")
        sender = f"{staff.split()[0].lower()}.{staff.split()[1].lower()}@{COMPANY_DOMAINS[0]}"
        m = EmailMessage(policy=SMTP)
        m["From"] = f"{staff} <{sender}>"
        m["To"] = f"{rname} <{rcpt}>" if rname else rcpt
        m["Subject"] = _fill(rng, rng.choice(_SUBJECTS), v)
        m["Date"] = format_datetime(start + dt.timedelta(minutes=7 * i))
        m["Message-ID"] = f"<bench-{seed}-{i}@{COMPANY_DOMAINS[0]}>"
        m.set_content("\n\n".join(paras) + "\n", charset="utf-8")
        out.append(SynthMessage(m.as_bytes(), sender, (rcpt,), lang, leaks))
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description="Write a synthetic registry (and messages) for guard's benchmarks.")
    ap.add_argument("--accounts", type=int, default=1000, help="number of accounts (default 1000)")
    ap.add_argument("--registry", type=Path, required=True, help="where to write registry.toml")
    ap.add_argument("--messages", type=int, default=0, help="also write this many .eml files")
    ap.add_argument("--out-dir", type=Path, help="directory for the .eml files")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    text = registry_toml(args.accounts, seed=args.seed)
    args.registry.write_text(text, encoding="utf-8")
    if args.messages:
        from guard.registry.load import load_registry_text

        out = args.out_dir or args.registry.parent / "messages"
        out.mkdir(parents=True, exist_ok=True)
        reg = load_registry_text(text, str(args.registry))
        for i, msg in enumerate(messages(reg, args.messages, seed=args.seed + 1)):
            (out / f"{i:05d}.eml").write_bytes(msg.raw)


if __name__ == "__main__":
    main()
