"""A Sent-mail archive made from a known registry, for `guard registry learn` (issue 17).

The trade is bicycle parts (a fictitious exporter in Xiamen), not the sample's. The
registry is written first; then, for every account, the mail a sales team sends it:
replies that quote the buyer's inquiry and signature, quotations and proforma invoices
(PDF, XLSX, DOCX, CSV attachments or a table in the body; an early quote at another price
before the final proforma), shipping and payment follow-ups. And the noise of a real Sent
folder: internal mail, newsletters (List-Unsubscribe, many Bcc), a forwarder, a bank, a
trade fair, a purchase order to our own supplier, prospects who got a brochure only,
buyers writing from gmail.com or qq.com. Deterministic: the same seed gives the same bytes.

    python bench/learn_archive.py --accounts 60 --out /tmp/learnbench
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import mailbox
import random
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

from guard.registry.dump import registry_to_toml
from guard.registry.model import Account, Company, Contact, Deal, Product, Registry

COMPANY = Company("Xiamen Swiftwheel Cycle Parts Co., Ltd.", ("swiftwheel-cycle.cn",))
STAFF = [("Nina Huang", "nina"), ("Leo Wang", "leo"), ("Iris Zheng", "iris"), ("Ben Liu", "ben")]
OUR_SIGNATURE = ("{who}\nSales Manager\nXiamen Swiftwheel Cycle Parts Co., Ltd.\n"
                 "No. 88 Haicang Industrial Road, Xiamen, Fujian, China\nTel +86 592 555 0188 | www.swiftwheel-cycle.cn")
PARTS = [("CR", "aluminium crankset", "set"), ("BB", "sealed bottom bracket", "pc"), ("HB", "riser handlebar", "pc"),
         ("SP", "seatpost clamp", "pc"), ("PD", "platform pedals", "pair"), ("CH", "11-speed chain", "pc"),
         ("CS", "cassette sprocket", "pc"), ("DR", "rear derailleur", "pc"), ("BR", "hydraulic disc brake", "set"),
         ("RT", "disc brake rotor", "pc"), ("HS", "tapered headset", "set"), ("ST", "forged stem", "pc"),
         ("GR", "lock-on grips", "pair"), ("SD", "comfort saddle", "pc"), ("WH", "alloy wheelset", "set"),
         ("TB", "inner tube", "pc"), ("TY", "folding tyre", "pc"), ("KS", "kickstand", "pc"),
         ("FD", "fender set", "set"), ("LT", "LED bike light", "pc")]
WORDS = ("Harbour Summit Ridge Coast Valley Alpine Meridian Northgate Redwood Bluegum Ironbark Kestrel Falcon Granite "
         "Lakeside Pioneer Silverline Tideway Westwind Highland Copper Orchard Bayview Stonebridge Riverside Eastpoint "
         "Kingfisher Sandstone Larch Birchwood Maple Cedar Juniper Heron Osprey Wattle Saltbush Kauri Tussock Fjord "
         "Nordlys Bergen Sierra Pampa Andes Condor Aurora Zenith Vantage Horizon Keystone Anchor Beacon").split()
TRADE = "Cycles|Bike Supply|Cycle Parts|Bicycles|Cycle Imports|Bike Works|Velo|Cycling Trade|Bike Distribution".split("|")
# country, legal form, domain suffix, currency, cities
COUNTRIES = [("AU", "Pty Ltd", "com.au", "AUD", ["Perth", "Brisbane", "Adelaide"], "Australia"),
             ("DE", "GmbH", "de", "EUR", ["Hamburg", "Köln", "Leipzig"], "Germany"),
             ("MX", "S.A. de C.V.", "com.mx", "USD", ["Monterrey", "Guadalajara"], "Mexico"),
             ("GB", "Ltd", "co.uk", "GBP", ["Leeds", "Bristol"], "United Kingdom"),
             ("US", "Inc.", "com", "USD", ["Denver", "Portland"], "USA"),
             ("NL", "B.V.", "nl", "EUR", ["Utrecht", "Rotterdam"], "Netherlands"),
             ("SE", "AB", "se", "EUR", ["Malmö", "Uppsala"], "Sweden"),
             ("PL", "Sp. z o.o.", "pl", "EUR", ["Gdańsk", "Poznań"], "Poland"),
             ("BR", "Ltda", "com.br", "USD", ["Curitiba", "Campinas"], "Brazil"),
             ("NZ", "Limited", "co.nz", "USD", ["Nelson", "Dunedin"], "New Zealand")]
FIRST = "Liam Olivia Noah Emma Lucas Mia Jonas Sofia Mateo Hannah Oskar Freya Diego Isla Tomasz Ava Finn Clara Hugo Ruby".split()
LAST = ("Porter Becker Ramirez Walsh Jensen Novak Silva Brooks Fischer Castillo Lindqvist Kowalski Murray Hughes Bauer "
        "Ortega Nilsson Moreau Patel Reid").split()
FORMATS = ("pdf", "xlsx", "docx", "csv", "body", "html")


def make_registry(n_accounts: int, rng: random.Random) -> tuple[Registry, dict[str, dict]]:
    """The registry and, per account, what the mail needs (city, currency, country name, style)."""
    products = []
    for code, desc, unit in PARTS:
        sku = f"{code}-{rng.randint(100, 989)}"
        products.append((Product(sku, (sku, desc)), unit))
    accounts, extra, used = [], {}, set()
    for i in range(n_accounts):
        country, form, suffix, currency, cities, cname = COUNTRIES[i % len(COUNTRIES)]
        while True:
            stem = f"{rng.choice(WORDS)} {rng.choice(TRADE)}"
            if stem not in used:
                used.add(stem)
                break
        free = i % 9 == 4  # a buyer trading from a free-mail address
        name = f"{stem} {form}"
        label = stem.lower().replace(" ", "")[:14] + rng.choice(["", "", "-bikes", "-trade"])
        domain = f"{label}.{suffix}"
        while domain in used:
            domain = f"{label}{len(used) % 10}.{suffix}"
        used.add(domain)
        people = rng.sample(range(len(FIRST)), rng.randint(1, 3))
        contacts = []
        for k in people:
            first, last = FIRST[k], LAST[(k + i) % len(LAST)]
            email = (f"{first.lower()}.{last.lower()}{i}@{rng.choice(['gmail.com', 'qq.com', 'outlook.com'])}"
                     if free else f"{first.lower()}@{domain}")
            contacts.append(Contact(f"{first} {last}", email))
        if free:
            contacts = contacts[:1]
        deals = []
        when = (dt.date(2026, 3, 1) + dt.timedelta(days=rng.randint(0, 240))).isoformat()  # the proforma's date
        for p, unit in rng.sample(products, rng.randint(1, 4)):
            deals.append(Deal(p.sku, round(rng.uniform(0.8, 180), 2), currency, unit,
                              float(rng.choice([200, 300, 500, 600, 800, 1000, 1200, 1500, 2000, 2400, 3000, 5000])),
                              when))
        aid = f"acct{i:03d}"
        accounts.append(Account(aid, name, (stem,), country, () if free else (domain,), tuple(contacts),
                                deals=tuple(sorted(deals, key=lambda d: d.sku))))
        extra[aid] = {"city": rng.choice(cities), "country_name": cname, "free": free,
                      "format": FORMATS[i % len(FORMATS)], "units": {p.sku: u for p, u in products}}
    by_country: dict[str, list[int]] = {}
    for i, a in enumerate(accounts):
        by_country.setdefault(a.country, []).append(i)
    for idx in by_country.values():
        if len(idx) >= 2:
            a = accounts[idx[0]]
            accounts[idx[0]] = Account(a.id, a.name, a.aliases, a.country, a.domains, a.contacts,
                                       (accounts[idx[1]].id,), deals=a.deals)
    return Registry(COMPANY, tuple(p for p, _ in products), tuple(accounts)), extra


class Writer:
    """Builds the messages of one archive, in date order, with unique Message-IDs."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.n = 0
        self.messages: list[tuple[dt.datetime, bytes]] = []

    def send(self, when: dt.datetime, to: list[tuple[str, str]], subject: str, body: str, *,
             staff: tuple[str, str] | None = None, cc=(), bcc=(), html: str | None = None,
             attachments=(), headers=()) -> None:
        who, local = staff or self.rng.choice(STAFF)
        m = EmailMessage()
        m["From"] = f"{who} <{local}@swiftwheel-cycle.cn>"
        if to:
            m["To"] = ", ".join(f"{n} <{e}>" if n else e for n, e in to)
        if cc:
            m["Cc"] = ", ".join(f"{n} <{e}>" if n else e for n, e in cc)
        if bcc:
            m["Bcc"] = ", ".join(e for _, e in bcc)
        m["Subject"] = subject
        m["Date"] = format_datetime(when)
        self.n += 1
        m["Message-ID"] = f"<sw{self.n:06d}.{self.rng.randint(1000, 9999)}@swiftwheel-cycle.cn>"
        for k, v in headers:
            m[k] = v
        m.set_content(body.replace("{sig}", OUR_SIGNATURE.format(who=who)))
        if html:
            m.add_alternative(html, subtype="html")
        for filename, data, maintype, subtype in attachments:
            m.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
        self.messages.append((when, m.as_bytes(policy=SMTP)))


def _table(a: Account, deals: list[Deal], prices: dict[str, float]) -> tuple[list[str], list[list[str]]]:
    head = ["No.", "Model", "Description", "Qty", "Unit", f"Unit Price ({deals[0].currency})",
            f"Amount ({deals[0].currency})"]
    rows = []
    for i, d in enumerate(deals, 1):
        price = prices[d.sku]
        rows.append([str(i), d.sku, DESCRIPTIONS[d.sku], f"{int(d.quantity):,}", d.unit, f"{price:.2f}",
                     f"{price * d.quantity:,.2f}"])
    return head, rows


DESCRIPTIONS: dict[str, str] = {}


def _document(kind: str, fmt: str, a: Account, deals: list[Deal], prices: dict[str, float], when: dt.date,
              number: str) -> tuple[str, list]:
    """The document's body text (for 'body' and 'html') or attachments."""
    head, rows = _table(a, deals, prices)
    total = sum(prices[d.sku] * d.quantity for d in deals)
    title = f"{kind.upper()} No. {number}"
    meta = [title, f"Date: {when:%d %b %Y}", f"Buyer: {a.name}", f"Currency: {deals[0].currency}"]
    foot = [f"Total: {deals[0].currency} {total:,.2f}", "Payment: 30% T/T deposit, balance before shipment",
            "Xiamen Swiftwheel Cycle Parts Co., Ltd."]
    if fmt == "body":
        lines = meta + [" | ".join(head)] + [" | ".join(r) for r in rows] + foot
        return "\n".join(lines), []
    if fmt == "html":
        cells = "".join(f"<th>{h}</th>" for h in head)
        trs = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
        return ("<p>" + "<br>".join(meta) + f"</p><table><tr>{cells}</tr>{trs}</table><p>"
                + "<br>".join(foot) + "</p>"), []
    name = f"{kind.replace(' ', '_')}_{number}.{fmt}"
    if fmt == "csv":
        text = "\n".join([f'"{x}"' for x in meta] + [",".join(f'"{c}"' for c in r) for r in [head] + rows]) + "\n"
        return "", [(name, text.encode(), "text", "csv")]
    if fmt == "xlsx":
        from openpyxl import Workbook

        wb = Workbook()
        ws = wb.active
        for line in meta:
            ws.append([line])
        for r in [head] + rows:
            ws.append(r)
        for line in foot:
            ws.append([line])
        buf = io.BytesIO()
        wb.save(buf)
        return "", [(name, buf.getvalue(), "application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")]
    if fmt == "docx":
        from docx import Document

        doc = Document()
        for line in meta:
            doc.add_paragraph(line)
        t = doc.add_table(rows=0, cols=len(head))
        for r in [head] + rows:
            cells = t.add_row().cells
            for c, v in zip(cells, r, strict=True):
                c.text = v
        for line in foot:
            doc.add_paragraph(line)
        buf = io.BytesIO()
        doc.save(buf)
        return "", [(name, buf.getvalue(), "application", "vnd.openxmlformats-officedocument.wordprocessingml.document")]
    from fpdf import FPDF

    pdf = FPDF(orientation="L")
    pdf.add_page()
    pdf.set_font("Helvetica", size=9)
    for line in meta:
        pdf.cell(0, 6, _latin(line), new_x="LMARGIN", new_y="NEXT")
    widths = [12, 28, 70, 24, 16, 40, 44]
    for r in [head] + rows:
        for w, v in zip(widths, r, strict=True):
            pdf.cell(w, 7, _latin(v), border=1)
        pdf.ln()
    for line in foot:
        pdf.cell(0, 6, _latin(line), new_x="LMARGIN", new_y="NEXT")
    return "", [(name, bytes(pdf.output()), "application", "pdf")]


def _latin(text: str) -> str:
    return text.encode("latin-1", "replace").decode("latin-1")


def _signature(a: Account, c: Contact, extra: dict) -> str:
    if extra["free"]:
        return f"{c.name}\n{a.name}\n{extra['city']}, {extra['country_name']}\nMobile +00 555 {len(c.name)}000"
    return (f"{c.name}\nPurchasing\n{a.name}\n{12 + len(a.name)} Station Road, {extra['city']}\n"
            f"{extra['country_name']}\nwww.{a.domains[0]}")


def account_mail(w: Writer, a: Account, extra: dict, start: dt.datetime) -> None:
    rng = w.rng
    c = a.contacts[0]
    to = [(c.name, c.email)]
    cc = [(x.name, x.email) for x in a.contacts[1:2]] if rng.random() < 0.4 else []
    t = start
    inquiry = (f"Hello,\n\nWe are looking for {', '.join(DESCRIPTIONS[d.sku] for d in a.deals)} for the coming "
               f"season. Please send your best price.\n\nBest regards\n{_signature(a, c, extra)}")
    quoted = "\n".join("> " + line for line in inquiry.splitlines())
    w.send(t, to, "Re: Inquiry bicycle parts",
           f"Dear {c.name.split()[0]},\n\nThank you for your inquiry. Our quotation follows shortly.\n\n{{sig}}\n\n"
           f"On {t - dt.timedelta(days=1):%a, %d %b %Y} {c.name} <{c.email}> wrote:\n{quoted}\n")
    deals = list(a.deals)
    when = dt.date.fromisoformat(min(d.date for d in deals))
    final = {d.sku: d.price for d in deals}
    if rng.random() < 0.5:  # an early quotation at other prices
        early = {d.sku: round(d.price * 1.08, 2) for d in deals}
        _send_document(w, "quotation", extra["format"], a, deals, early, when - dt.timedelta(days=20),
                       t + dt.timedelta(days=2), to, cc)
    _send_document(w, "proforma invoice", extra["format"] if rng.random() < 0.7 else rng.choice(FORMATS), a,
                   deals, final, when, t + dt.timedelta(days=25), to, cc)
    for k, x in enumerate(a.contacts[1:]):  # every contact is written to at least once
        w.send(t + dt.timedelta(days=27 + k), [(x.name, x.email)], "Re: documents",
               f"Dear {x.name.split()[0]},\n\nAs requested, the shipping marks for your order are below.\n\n{{sig}}\n")
    for k, topic in enumerate(rng.sample(["shipment", "payment", "samples", "new catalogue"], 2)):
        body = {"shipment": "Your goods were loaded today; the B/L copy follows once the vessel sails.",
                "payment": "Kindly arrange the balance payment so that we can release the original documents.",
                "samples": "The samples of the new colours were sent by DHL today.",
                "new catalogue": "Our new catalogue is attached for your reference."}[topic]
        w.send(t + dt.timedelta(days=30 + 7 * k), to, f"Re: {topic}", f"Dear {c.name.split()[0]},\n\n{body}\n\n{{sig}}\n")


def _send_document(w: Writer, kind: str, fmt: str, a: Account, deals, prices, doc_date, sent, to, cc) -> None:
    number = f"SW{sent:%y%m}{w.n:04d}"
    body_doc, attachments = _document(kind, fmt, a, deals, prices, doc_date, number)
    greeting = f"Dear {a.contacts[0].name.split()[0]},\n\nPlease find our {kind} {number} "
    if fmt == "body":
        w.send(sent, to, f"{kind.title()} {number}", greeting + "below.\n\n" + body_doc + "\n\n{sig}\n", cc=cc)
    elif fmt == "html":
        w.send(sent, to, f"{kind.title()} {number}", greeting + "below (HTML).\n\n{sig}\n", cc=cc,
               html=f"<html><body><p>{greeting}below.</p>{body_doc}</body></html>")
    else:
        w.send(sent, to, f"{kind.title()} {number}", greeting + "attached.\n\n{sig}\n", cc=cc,
               attachments=attachments)


def noise(w: Writer, registry: Registry, t0: dt.datetime, count: int) -> None:
    rng = w.rng
    colleagues = [(n, f"{local}@swiftwheel-cycle.cn") for n, local in STAFF]
    outsiders = [("Pacific Link Logistics Ltd", "booking@pacificlink-logistics.hk", "booking request"),
                 ("Harbour Trust Bank", "trade.finance@harbourtrustbank.com", "L/C amendment"),
                 ("Eurobike Fair Services", "exhibitors@cyclefair-events.de", "booth 12B"),
                 ("Tong Forging Factory", "sales@tongforging.cn", "purchase order")]
    for i in range(count):
        t = t0 + dt.timedelta(hours=7 * i)
        kind = i % 6
        if kind in (0, 1):
            a = rng.choice(registry.accounts)
            w.send(t, [rng.choice(colleagues)], f"FW: {a.aliases[0]} order",
                   f"Please check the stock for {a.name}; they asked about {a.deals[0].sku}.\n\n{{sig}}\n")
        elif kind == 2:
            w.send(t, [("", "news@swiftwheel-cycle.cn")], "Swiftwheel news: new season catalogue",
                   "Dear partner,\n\nOur new catalogue is out. Prices from USD 1.20.\n\n{sig}\n",
                   bcc=[("", x.email) for a in rng.sample(registry.accounts, min(12, len(registry.accounts))) for x in a.contacts[:1]],
                   headers=[("List-Unsubscribe", "<mailto:unsubscribe@swiftwheel-cycle.cn>"), ("Precedence", "bulk")])
        elif kind == 3:
            name, email, topic = rng.choice(outsiders)
            body = f"Dear {name} team,\n\nRegarding the {topic}: please see the details below.\n"
            if topic == "purchase order":
                body += ("Purchase Order PO-7781\nItem | Description | Qty | Unit Price (CNY) | Amount (CNY)\n"
                         "1 | forged crank arm blank | 5,000 | 8.20 | 41,000.00\n")
            elif topic == "booking request":
                body += "Packing list\nModel | Cartons | Qty | Gross weight\nCR-1 | 120 | 2,400 | 1,850 kg\n"
            w.send(t, [("", email)], topic.title(), body + "\n{sig}\n")
        elif kind == 4:
            first, last = rng.choice(FIRST), rng.choice(LAST)
            email = f"{first.lower()}@{rng.choice(WORDS).lower()}-{rng.choice(['cycles', 'sport'])}.com"
            w.send(t, [(f"{first} {last}", email)], "Re: catalogue request",
                   f"Dear {first},\n\nThank you for visiting our booth. Our catalogue is attached; we look "
                   f"forward to your inquiry.\n\n{{sig}}\n")
        else:
            w.send(t, [rng.choice(colleagues)], "Weekly sales meeting", "Agenda: container plan, new moulds.\n\n{sig}\n")


def build(n_accounts: int = 60, noise_messages: int = 120, seed: int = 17):
    rng = random.Random(seed)
    registry, extra = make_registry(n_accounts, rng)
    for p in registry.products:
        DESCRIPTIONS[p.sku] = p.names[1]
    w = Writer(rng)
    t0 = dt.datetime(2026, 1, 5, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))
    for i, a in enumerate(registry.accounts):
        account_mail(w, a, extra[a.id], t0 + dt.timedelta(days=i % 90, hours=i))
    noise(w, registry, t0, noise_messages)
    w.messages.sort(key=lambda x: x[0])
    return registry, [raw for _, raw in w.messages]


def write_archive(out: Path, registry: Registry, messages: list[bytes]) -> None:
    """registry.toml and the same messages as Sent.mbox, Sent.maildir and Sent.eml/ (replaced)."""
    import shutil

    for old in ("Sent.mbox", "Sent.maildir", "Sent.eml"):
        p = out / old
        if p.is_dir():
            shutil.rmtree(p)
        elif p.exists():
            p.unlink()
    out.mkdir(parents=True, exist_ok=True)
    (out / "registry.toml").write_text(registry_to_toml(registry, comment="The registry the archive was made from."),
                                       encoding="utf-8")
    box = mailbox.mbox(str(out / "Sent.mbox"))
    box.lock()
    for raw in messages:
        box.add(raw)
    box.flush()
    box.unlock()
    md = mailbox.Maildir(str(out / "Sent.maildir"), create=True)
    for raw in messages:
        md.add(raw)
    eml = out / "Sent.eml"
    eml.mkdir(exist_ok=True)
    for i, raw in enumerate(messages):
        (eml / f"{i:05d}.eml").write_bytes(raw)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--accounts", type=int, default=60)
    ap.add_argument("--noise", type=int, default=120, help="noise messages (internal, bulk, non-customers)")
    ap.add_argument("--seed", type=int, default=17)
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    registry, messages = build(args.accounts, args.noise, args.seed)
    write_archive(args.out, registry, messages)
    print(f"{len(messages)} messages from {len(registry.accounts)} accounts in {args.out}")


if __name__ == "__main__":
    main()
