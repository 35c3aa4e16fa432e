"""The report a sender reads in ten seconds, built once from a verdict and the parsed message.

Consequence first, then one item per thing to change: the findings grouped by the sentence,
quoted mail or attached document to change, in text order, each with its place, the words in
context ([marked]), the tie that made them a finding, and the fix, in the draft's language.
The CLI prints `Report.text()`, the watcher's warning uses `Report.lines()`, the relay's bounce
can use `Report.one_line()` (ASCII-safe there), the console `Report.items`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import click

from guard.detect.scopes import Scopes
from guard.mail.model import Message, Part
from guard.policy.verdict import STRENGTH, Finding, Verdict, strongest
from guard.report.advice import Advice, advice_for
from guard.report.places import part_of, place

CONTEXT = 70          # characters of context either side of the marked words
KIND_ORDER = ("recipients", "forwarded", "name", "domain", "contact", "product", "price", "quantity",
              "third-party", "unread")
WHOLE_PART_RULES = ("R3", "R4", "R7")


@dataclass(frozen=True)
class Item:
    """One thing to change: a sentence, a quoted mail, an attached document, the recipients."""

    place: str
    where: str
    part: int | None          # index into message.parts (None: recipients, unread)
    start: int                # the span to change in that part's text
    end: int
    context: str              # the words in context, each finding [marked]
    words: tuple[str, ...]    # the words found, in text order, deduplicated
    why: str
    tie: str
    fix: str
    action: str
    rules: tuple[str, ...]
    accounts: tuple[str, ...]
    whole: bool = False       # the whole part is the thing to remove (a document, a quote)
    findings: tuple[Finding, ...] = field(default=(), repr=False)


@dataclass(frozen=True)
class Report:
    verdict: str
    language: str
    consequence: str
    headline: str
    items: tuple[Item, ...]
    unread: tuple[str, ...]

    def lines(self, color: bool = False) -> list[str]:
        """The numbered items, each as a few lines (no consequence line)."""
        out: list[str] = []
        for n, it in enumerate(self.items, 1):
            ctx = _colour_marks(it.context) if color else it.context
            out.append(f"{n}. {_style(it.place, bold=True, on=color)}: {ctx}")
            why = it.why + (f" ({it.tie})" if it.tie else "")
            out.append(f"   {why}")
            out.append(f"   -> {it.fix}")
            out.append(f"   {_style(', '.join(it.rules) + ' · ' + it.action, dim=True, on=color)}")
        out.extend(self.unread)
        return out

    def text(self, name: str, color: bool = False) -> str:
        head = f"{name}: {_style(self.verdict.upper(), fg=_VERDICT_COLOUR.get(self.verdict), bold=True, on=color)}"
        head += f"  {self.consequence}"
        if not self.items and not self.unread:
            return head
        body = [f"  {line}" for line in self.lines(color)]
        return "\n".join([head, f"  {self.headline}", *body])

    def to_dict(self) -> dict:
        """Plain values for a template or a page (the console, a notification mail)."""
        return {"verdict": self.verdict, "language": self.language, "consequence": self.consequence,
                "headline": self.headline, "unread": list(self.unread),
                "items": [{"place": it.place, "where": it.where, "context": it.context, "words": list(it.words),
                           "why": it.why, "tie": it.tie, "fix": it.fix, "action": it.action,
                           "rules": list(it.rules), "accounts": list(it.accounts), "whole": it.whole}
                          for it in self.items]}

    def reply_lines(self, most: int = 5, width: int = 200) -> list[str]:
        """Short lines for a multi-line SMTP reply (the relay's 550): the consequence, then
        "N. place: fix" per item. The caller still makes them protocol-safe (relay.replies)."""
        out = [self.consequence]
        for n, it in enumerate(self.items[:most], 1):
            line = f"{n}. {it.place}: {it.fix}"
            out.append(line if len(line) <= width else line[: width - 3] + "...")
        if len(self.items) > most:
            out.append(f"... and {len(self.items) - most} more")
        return out

    def one_line(self, limit: int = 300) -> str:
        """Consequence and the first things to change on one line (an SMTP reply, a header)."""
        parts = [self.consequence] + [f"{it.place}: {it.fix}" for it in self.items[:3]]
        text = " ".join(parts)
        return text if len(text) <= limit else text[: limit - 3] + "..."


_VERDICT_COLOUR = {"block": "red", "hold": "red", "flag": "yellow", "pass": "green"}


def _style(text: str, on: bool, **kw) -> str:
    return click.style(text, **{k: v for k, v in kw.items() if v is not None}) if on else text


def _colour_marks(text: str) -> str:
    out, depth = [], 0
    for ch in text:
        if ch == "[" and depth == 0:
            out.append(click.style("[", fg="red", bold=True, reset=False))
            depth = 1
        elif ch == "]" and depth == 1:
            out.append("]" + click.style("", reset=True))
            depth = 0
        else:
            out.append(ch)
    return "".join(out)


# ---- building ------------------------------------------------------------------------------------

def build_report(message: Message, verdict: Verdict, index, policy, *, language: str | None = None) -> Report:
    """The report for one checked message; `index` and `policy` are the engine's (ties are looked up;
    without them the report names accounts by id and gives no ties). `language` forces one
    (an SMTP reply is ASCII: the relay asks for "en"); by default it is the draft's."""
    if language:
        from guard.report.advice import advice_dir, load_advice

        languages = load_advice(advice_dir(getattr(policy, "source", None)))
        adv = languages.get(language) or advice_for(message, getattr(policy, "source", None))
    else:
        adv = advice_for(message, getattr(policy, "source", None))
    builder = _Builder(message, verdict, index, policy, adv)
    items = builder.items()
    unread = tuple(adv.say("headline", "unread", place=u.where, words=u.reason) for u in verdict.unread
                   if not any(it.where == u.where and "R10" in it.rules for it in items))
    return Report(verdict.verdict, adv.language, adv.say("consequence", verdict.verdict),
                  adv.say("headline", "count", n=str(len(items))), tuple(items), unread)


def report_for(result, engine, *, language: str | None = None) -> Report:
    """The report for an Engine.check_bytes() result (what the relay and the watcher hold)."""
    return build_report(result.message, result.verdict, engine.index, engine.policy, language=language)


class _Builder:
    def __init__(self, message: Message, verdict: Verdict, index, policy, adv: Advice):
        self.message, self.verdict, self.index, self.policy, self.adv = message, verdict, index, policy, adv
        self._evidence: dict[int, object] = {}
        self._audience = None

    def name(self, account: str | None) -> str:
        if self.index is None:
            return account or ""
        acc = self.index.account(account) if account else None
        return acc.name if acc is not None else ""

    def where_say(self, key: str, **values: str) -> str:
        return self.adv.say("place", key, **values)

    # -- grouping
    def items(self) -> list[Item]:
        groups: dict[tuple, list[Finding]] = {}
        order: dict[tuple, tuple] = {}
        whole = self._whole_parts()
        scopes: dict[int, Scopes] = {}
        for f in self.verdict.findings:
            i = part_of(f, self.message)
            if f.where == "recipients" or f.kind == "recipients":
                key = ("recipients",)
                pos = (-1, 0)
            elif f.kind == "unread" or i is None:
                key = ("unread", f.where)
                pos = (len(self.message.parts), 0)
            elif f.where in whole:
                key = ("whole", f.where)
                pos = (min(j for j, p in enumerate(self.message.parts) if p.where == f.where), 0)
            elif i in whole:
                key = ("whole-part", i)
                pos = (i, 0)
            else:
                part = self.message.parts[i]
                sc = scopes.setdefault(i, Scopes(part.text, lines_are_breaks=part.tabular or part.html,
                                                 tabular=part.tabular))
                key = ("sentence", i, sc.of(f.start))
                pos = (i, f.start)
            groups.setdefault(key, []).append(f)
            order[key] = min(order.get(key, pos), pos)
        return [self._item(key, fs, scopes) for key, fs in sorted(groups.items(), key=lambda kv: order[kv[0]])]

    def _whole_parts(self) -> set:
        """Attachments that belong to one other account (their where) and quoted mail of one (their index)."""
        out: set = set()
        by_where: dict[str, list[Finding]] = {}
        for f in self.verdict.findings:
            by_where.setdefault(f.where, []).append(f)
        for where, fs in by_where.items():
            if where.startswith("attachment:"):
                strong = [f for f in fs if f.rule in WHOLE_PART_RULES and f.account]
                if strong and len({f.account for f in strong}) == 1:
                    out.add(where)
        for f in self.verdict.findings:
            if f.rule == "R7" and f.where == "quoted":
                i = part_of(f, self.message)
                if i is not None:
                    out.add(i)
        return out

    # -- one item
    def _item(self, key: tuple, fs: list[Finding], scopes: dict[int, Scopes]) -> Item:
        fs = sorted(fs, key=lambda f: (f.start, -STRENGTH[f.action]))
        action = strongest(f.action for f in fs)
        rules = tuple(sorted({f.rule for f in fs}, key=lambda r: (len(r), r)))
        accounts = tuple(dict.fromkeys(f.account for f in fs if f.account))
        account = self.name(accounts[0]) if accounts else ""
        words = tuple(dict.fromkeys(" ".join(f.text.split()) for f in fs if f.text and f.end > f.start))
        first = fs[0]
        kinds = sorted({f.kind for f in fs}, key=lambda k: KIND_ORDER.index(k) if k in KIND_ORDER else 99)
        if key[0] == "recipients":
            return Item(self.where_say("recipients"), "recipients", None, 0, 0,
                        "; ".join(dict.fromkeys(f.text for f in fs)), words, self._why("R6", fs), "",
                        self.adv.say("fix", "recipients"), action, rules, accounts, findings=tuple(fs))
        if key[0] == "unread":
            return Item(place(first, self.message, self.where_say), first.where, None, 0, 0, first.text, words,
                        self.adv.say("why", "R10"), "", self.adv.say("fix", "unread"), action, rules, accounts,
                        findings=tuple(fs))
        i = part_of(first, self.message)
        part = self.message.parts[i]
        if key[0] in ("whole", "whole-part"):
            spans = [f for f in fs if f.end > f.start]
            ctx = _context(part.text, spans[:1]) if spans else ""
            if key[0] == "whole" and part.document:
                name = first.where.split(":", 1)[1]
                why = self.adv.say("why", "document", account=account)
                tie = self.adv.say("tie", "document", account=account)
                fix = self.adv.say("fix", "document", name=name, account=account)
                where_place = place(first, self.message, self.where_say)
            else:
                why = self.adv.say("why", "R7", account=account)
                addr = next((f.text for f in fs if f.rule == "R7"), "")
                tie = self.adv.say("tie", "address", account=account, words=addr) if addr else ""
                fix = self.adv.say("fix", "forwarded", account=account)
                where_place = place(first, self.message, self.where_say)
            start, end = (0, len(part.text)) if key[0] == "whole-part" else (0, 0)
            return Item(where_place, first.where, i, start, end, ctx, words, why, tie, fix, action, rules,
                        accounts, whole=True, findings=tuple(fs))
        sc = scopes[i]
        s = key[2]
        start, end = _sentence_span(part.text, sc, s)
        ctx = _context(part.text, [f for f in fs if f.end > f.start], start, end)
        top = max(fs, key=lambda f: (STRENGTH[f.action], f.rule in ("R3", "R4", "R2")))
        ranked = [r for r in ("R2", "R3", "R4", "R7", "R5", "R11", "R1") if r in rules] or [top.rule]
        why = "; ".join(dict.fromkeys(self._why(r, fs) for r in ranked[:2]))
        tie = self._tie(top, i, part, sc, s)
        fix = " ".join(dict.fromkeys(self.adv.say("fix", k, account=account) for k in kinds))
        return Item(place(first, self.message, self.where_say), first.where, i, start, end, ctx, words, why, tie,
                    fix, action, rules, accounts, findings=tuple(fs))

    def _why(self, rule: str, fs: list[Finding]) -> str:
        if self.index is None:  # no registry at hand: the rule's own explanation names the account
            return next((f.explanation for f in fs if f.rule == rule), "")
        acc = next((f.account for f in fs if f.rule == rule and f.account), None)
        account = self.name(acc)
        if rule == "R4" and not account:
            return self.adv.say("why", "R4_unnamed")
        competitor = ""
        if rule == "R2" and acc and self.index is not None:
            rivals = self.index.competitors.get(acc, frozenset()) & self.audience().recipient_accounts
            competitor = ", ".join(sorted(self.name(r) for r in rivals))
        return self.adv.say("why", rule, account=account, competitor=competitor) or next(
            (f.explanation for f in fs if f.rule == rule), "")

    def audience(self):
        if self._audience is None:
            from guard.policy.audience import Audience

            self._audience = Audience.of(self.message, self.index)
        return self._audience

    def evidence(self, i: int):
        if i not in self._evidence:
            from guard.policy.evidence import collect

            self._evidence[i] = collect(self.message.parts[i], self.index, self.policy, self.audience())
        return self._evidence[i]

    def _named_in_quotes(self, account: str | None) -> bool:
        """Whether the quoted thread names the account (what "they" in the answer refers to)."""
        return account is not None and any(
            e.account == account for i, p in enumerate(self.message.parts) if p.origin == "quoted"
            for e in self.evidence_all(i))

    def evidence_all(self, i: int):
        """Every identity in a part, the recipients' own included (collect() keeps only others')."""
        from guard.detect.names import find_domains, find_names

        text = self.message.parts[i].text
        return [e for e in find_names(text, self.index) + find_domains(text, self.index) if e.is_identity]

    def _tie(self, f: Finding, i: int, part: Part, sc: Scopes, s: int) -> str:
        """The words that made these words a finding, and where they are."""
        if f.rule not in ("R3", "R4", "R5", "R2") or self.index is None:
            return ""
        say = self.adv.say
        if f.rule == "R2":
            rivals = self.index.competitors.get(f.account, frozenset()) & self.audience().recipient_accounts
            return say("tie", "competitor", account=self.name(f.account),
                       competitor=", ".join(sorted(self.name(r) for r in rivals)))
        pe = self.evidence(i)
        same = "row" if s in sc.rows else "same"
        if f.rule in ("R3", "R5"):
            products = [e for e in pe.products if sc.of(e.start) == s and not (f.start <= e.start < f.end)]
            if products:
                return say("tie", same, words=_quote(products))
            if f.rule == "R5":
                phrases = [e for e in pe.phrases if sc.of(e.start) == s and not (f.start <= e.start < f.end)]
                return say("tie", same, words=_quote(phrases)) if phrases else ""
            figs = [e for e in pe.figures if sc.of(e.start) == s]
            if figs:
                return say("tie", same, words=_quote(figs))
            if f.kind == "product" and self._named_in_quotes(f.account):
                return say("tie", "thread", account=self.name(f.account))
            return say("tie", "message")
        # R4: a name or a third-party phrase in the sentence or next to it, or the document's owner
        for reach, label in ((0, same), (-1, "previous"), (1, "next")):
            near = [e for e in pe.identities if sc.of(e.start) == s + reach and e.account == f.account]
            near += [e for e in pe.phrases if sc.of(e.start) == s + reach]
            near = [e for e in near if not (f.start <= e.start < f.end)]
            if near:
                return say("tie", label, words=_quote(near))
        if pe.owners and f.account in pe.owners:
            return say("tie", "document", account=self.name(f.account))
        return say("tie", "deal", account=self.name(f.account)) if f.account else ""


def _quote(evidence, most: int = 3) -> str:
    """The tie's words, widest first where one lies inside another ("我们的老客户", not also "老客户")."""
    spans = sorted(evidence, key=lambda e: (e.start, -e.end))
    kept = []
    for e in spans:
        if kept and e.end <= kept[-1].end:
            continue
        if kept and e.start <= kept[-1].end + 1:  # touching pieces of one description: one phrase
            continue
        kept.append(e)
    return ", ".join(list(dict.fromkeys(" ".join(e.text.split()) for e in kept))[:most])


def _sentence_span(text: str, sc: Scopes, s: int) -> tuple[int, int]:
    start = sc.bounds[s - 1] if s > 0 else 0
    end = sc.bounds[s] if s < len(sc.bounds) else len(text)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _context(text: str, spans: list[Finding], start: int | None = None, end: int | None = None) -> str:
    """The sentence (or the text around the spans) on one line, each span [marked]."""
    spans = sorted({(f.start, f.end) for f in spans if 0 <= f.start < f.end <= len(text)})
    merged: list[list[int]] = []
    for a, b in spans:
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    if not merged:
        return " ".join(text[start or 0:end or 0].split())
    a = merged[0][0] - CONTEXT if start is None else max(start, merged[0][0] - CONTEXT)
    b = merged[-1][1] + CONTEXT if end is None else min(end, merged[-1][1] + CONTEXT)
    a, b = max(0, a), min(len(text), b)
    out, pos = [], a
    for x, y in merged:
        if x < a or y > b:
            continue
        out.append(text[pos:x] + "[" + text[x:y] + "]")
        pos = y
    out.append(text[pos:b])
    lead = "…" if a > (start if start is not None else 0) else ""
    trail = "…" if b < (end if end is not None else len(text)) else ""
    return lead + " ".join("".join(out).split()) + trail
