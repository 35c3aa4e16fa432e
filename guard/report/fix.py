"""`guard check --fix`: a version of the draft without the findings, that guard itself passes.

Round by round, each re-checked by the engine: (1) identities alone in a sentence become
neutral words in the sentence's language ("one of our customers", "我们的客户"); in a sentence
that says what another customer buys or pays, the figures, the names and the phrases that tie
them ("our client in Perth") are taken out, and a sentence left with almost nothing is dropped;
quoted mail and attachments that leak are removed with a note; customers who would see each
other move to Bcc; (2, 3) the clauses still found are dropped; (4) the sentences still found
are dropped; (5) the lines still found are dropped. Headers and threading stay. When
no round passes, the result says why and offers nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from guard.mail.model import Message
from guard.policy.verdict import Finding, Verdict
from guard.report.advice import advice_dir, language_of, load_advice
from guard.report.edits import Edit, Plan, apply
from guard.report.explain import _Builder

ROUNDS = 5
GOOD_KEEP = 0.85  # a rewrite keeping this share of the words that were not findings is taken as it is
SHORT = 5       # a sentence that lost words and kept fewer than this is dropped
MIN_WORDS = 3   # a sentence left with fewer words carried only the leak: dropped
_CLAUSE_END = re.compile(r"[,:;，：；、]\s*|\s+[-–—]\s+")
_FINAL = ".!?。！？"
IDENTITY = ("name", "domain", "contact")
CARRIES = ("R3", "R4", "R5")   # a sentence with these says what another customer buys or pays


@dataclass
class FixResult:
    raw: bytes | None            # the rewrite, None when none passes
    verdict: Verdict             # the rewrite's verdict (or the last try's)
    changed: bool
    done: list[str] = field(default_factory=list)    # what was changed, for the sender
    reason: str = ""             # why no passing rewrite could be made


def rewrite(raw: bytes, engine, *, envelope_from: str | None = None,
            envelope_rcpts: tuple[str, ...] = ()) -> FixResult:
    """The safe rewrite of one draft (MessageError when it cannot be parsed)."""
    def check(data: bytes):
        return engine.check_bytes(data, envelope_from=envelope_from, envelope_rcpts=envelope_rcpts)

    first = check(raw)
    if first.verdict.verdict == "pass":
        return FixResult(raw, first.verdict, changed=False)
    languages = load_advice(advice_dir(engine.policy.source))
    best: tuple[float, FixResult] | None = None
    last = None
    for clauses_first in (True, False):  # whole clauses out reads better; single words out keeps more
        fixed = _rounds(raw, first, check, engine, languages, clauses_first)
        if fixed.raw is None:
            last = last or fixed
            continue
        from guard.report.wordkeep import keep_ratio

        kept = keep_ratio(engine, raw, fixed.raw)
        if best is None or kept > best[0]:
            best = (kept, fixed)
        if kept >= GOOD_KEEP:
            break
    return best[1] if best is not None else last


def _rounds(raw: bytes, result, check, engine, languages, clauses_first: bool) -> FixResult:
    current, done = raw, []
    for level in range(1, ROUNDS + 1):
        plan, said = _plan(result.message, result.verdict, engine, languages, level, clauses_first)
        if not plan:
            break
        current, _ = apply(current, plan)
        done += said
        result = check(current)
        if result.verdict.verdict == "pass":
            return FixResult(current, result.verdict, changed=True, done=done)
    left = sorted({f"{f.rule} on \"{' '.join(f.text.split())[:60]}\" ({f.where})" for f in result.verdict.findings})
    return FixResult(None, result.verdict, changed=True, done=done,
                     reason="guard could not make a version that passes; still found: " + "; ".join(left))


def _plan(message: Message, verdict: Verdict, engine, languages, level: int,
          clauses_first: bool = False) -> tuple[Plan, list[str]]:
    from guard.report.advice import sender_text

    draft_lang = language_of(sender_text(message), languages)
    builder = _Builder(message, verdict, engine.index, engine.policy, draft_lang)
    plan, said = Plan(), []
    for item in builder.items():
        if item.where == "recipients":
            emails = _to_bcc(message, engine)
            plan.to_bcc |= emails
            said.append(f"moved {', '.join(sorted(emails))} to Bcc")
        elif item.where.startswith("attachment:"):
            name = item.where.split(":", 1)[1].split("/", 1)[0]  # an archive goes as a whole
            if name not in plan.remove:
                plan.remove.add(name)
                plan.notes.append(draft_lang.say("note", "removed_attachment", name=name))
                said.append(f"removed the attachment {name}")
        elif item.whole and item.part is not None:  # another customer's quoted mail
            plan.edits.append(Edit(message.parts[item.part].text, draft_lang.say("note", "removed_quote")))
            said.append(f"removed the quoted mail at {item.place}")
        elif item.part is not None:
            part = message.parts[item.part]
            sentence = part.text[item.start:item.end]
            if item.where == "subject":
                plan.edits.append(Edit(part.text, _neutral(part.text, 0, item.findings, languages, builder,
                                                           drop_figures=True)))
                said.append("took the names and figures out of the subject")
            elif level == 1 and not any(f.rule in CARRIES for f in item.findings):
                new = _neutral(part.text[:item.end], item.start, item.findings, languages, builder)
                if len(_WORDS.findall(new)) < len(_WORDS.findall(sentence)) and len(_WORDS.findall(new)) < SHORT:
                    new = ""  # "Their site is fjordhome.no." says nothing without the address
                plan.edits.append(Edit(sentence, new))
                said.append(f"{item.place}: wrote neutral words for {', '.join(item.words)}" if new else
                            f"{item.place}: dropped the sentence about {', '.join(item.words)}")
            elif level == 1:
                clauses = clauses_first and _without_clauses(sentence, item.start, item.findings)
                kept = clauses or _without_ties(sentence, item, builder)
                plan.edits.append(Edit(sentence, kept))
                verb = "dropped the words about" if clauses else "took out"
                said.append(f"{item.place}: {verb} {', '.join(item.words)}" if kept else
                            f"{item.place}: dropped the sentence about {', '.join(item.words)}")
            elif level in (2, 3) and (kept := _without_clauses(sentence, item.start, item.findings)):
                plan.edits.append(Edit(sentence, kept))
                said.append(f"{item.place}: dropped the words about {', '.join(item.words)}")
            elif level <= 4:
                plan.edits.append(Edit(sentence, ""))
                said.append(f"{item.place}: dropped the sentence naming {', '.join(item.words)}")
            else:
                for line in _lines_of(part.text, item.findings):
                    plan.edits.append(Edit(line, ""))
                said.append(f"{item.place}: dropped the line(s) with {', '.join(item.words)}")
    return plan, said


_NEXT_WORD = re.compile(r"[ \t]+([^\s,;:()<>\[\]]+)")


def _name_end(text: str, end: int, full_name: str) -> int:
    """Where a short name really ends: "Fjord Home" found, "Fjord Home Interiors" written,
    the following words that are words of the account's full name go with it."""
    words = {w.strip(".,").casefold() for w in full_name.split()}
    while (m := _NEXT_WORD.match(text, end)) and m.group(1).strip(".").casefold() in words:
        end = m.end()
    return end


def _spans(text: str, findings, builder) -> set[tuple[int, int, str]]:
    out = set()
    for f in findings:
        if f.end <= f.start:
            continue
        end = f.end
        if f.kind == "name" and f.account:
            end = _name_end(text, end, builder.name(f.account))
        out.add((f.start, end, f.kind))
    return out


def _merged(spans) -> list[tuple[int, int]]:
    """Overlapping spans as one, so removing them right to left never cuts twice."""
    out: list[list[int]] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1]:
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return [(a, b) for a, b in out]


def _neutral(text: str, start: int, findings: tuple[Finding, ...], languages, builder,
             drop_figures: bool = False) -> str:
    """text[start:] with each identity replaced by neutral words in its sentence's language."""
    sentence = text[start:]
    lang = language_of(sentence, languages)
    kinds = {(a, b): k for a, b, k in sorted(_spans(text, findings, builder), key=lambda x: x[2] not in IDENTITY)}
    spans = [(a, b, kinds.get((a, b), next(k for (x, y), k in kinds.items() if x >= a and y <= b)))
             for a, b in sorted(_merged({(a, b) for a, b in kinds if a >= start}), reverse=True)]
    out = text
    used_name = False
    for a, b, kind in spans:
        if kind in IDENTITY:
            key = "domain" if kind == "domain" or "@" in out[a:b] else ("contact" if kind == "contact" else "name")
            word = lang.say("neutral", key)
            if key == "name":  # one neutral phrase a sentence: "one of our customers, one of our customers"
                word, used_name = ("" if used_name else word), True
        elif kind in ("price", "quantity") and drop_figures:
            word = lang.say("neutral", "figure")
        else:
            word = lang.say("neutral", "name") if kind == "name" else ""
        if a == start and word:  # the sentence starts with it
            word = word[:1].upper() + word[1:]
        out = out[:a] + word + out[b:]
    return out[start:]


_WORDS = re.compile(r"[\u3400-\u9fff]|[^\W_\u3400-\u9fff]+")
_LEADING = re.compile(r"^[\s,;:，；：、)\]）-]+")


def _without_ties(sentence: str, item, builder) -> str:
    """The sentence without its findings and what tied them: the named accounts and the
    third-party phrases in it; "" when fewer than MIN_WORDS words would be left."""
    pe = builder.evidence(item.part)
    a0, b0 = item.start, item.end
    text = builder.message.parts[item.part].text
    spans = {(a, b) for a, b, _ in _spans(text, item.findings, builder)}
    spans |= {(e.start, e.end) for e in pe.phrases if a0 <= e.start < b0}
    spans |= {(e.start, e.end) for e in pe.identities if a0 <= e.start < b0}
    out = sentence
    for a, b in sorted(_merged(spans), reverse=True):
        a, b = max(a, a0) - a0, min(b, b0) - a0
        if b > a:
            out = out[:a] + " " + out[b:]
    out = _LEADING.sub("", " ".join(out.split()))
    out = re.sub(r"\(\s*\)|（\s*）|\s+(?=[,.;:!?，。；：！？])", "", out)
    if len(_WORDS.findall(out)) < MIN_WORDS:
        return ""
    return out[:1].upper() + out[1:] if sentence[:1].isupper() else out


def _without_clauses(sentence: str, offset: int, findings: tuple[Finding, ...]) -> str:
    """The sentence without its clauses that hold a finding; "" when none would be left."""
    cuts = [0] + [m.end() for m in _CLAUSE_END.finditer(sentence)] + [len(sentence)]
    clauses = [(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if b > a]
    spans = [(f.start - offset, f.end - offset) for f in findings if f.end > f.start]
    kept = [(a, b) for a, b in clauses if not any(x < b and y > a for x, y in spans)]
    if not kept or len(kept) == len(clauses):
        return ""
    text = "".join(sentence[a:b] for a, b in kept).strip()
    text = text.rstrip(",:;，：；、-–— ")
    end = sentence.rstrip()[-1:]
    if end in _FINAL and not text.endswith(end):
        text += end
    return text[:1].upper() + text[1:] if sentence[:1].isupper() else text


def _lines_of(text: str, findings: tuple[Finding, ...]) -> list[str]:
    lines = []
    for f in findings:
        a = text.rfind("\n", 0, f.start) + 1
        b = text.find("\n", f.end)
        line = text[a:b if b >= 0 else len(text)]
        if line.strip() and line not in lines:
            lines.append(line)
    return lines


def _to_bcc(message: Message, engine) -> set[str]:
    """Visible outsiders other than the first party addressed: they go to Bcc."""
    from guard.policy.audience import Audience

    audience = Audience.of(message, engine.index)
    parties: dict[str, list[str]] = {}
    for a in message.visible_recipients:
        if engine.index.is_internal(a.email):
            continue
        party = audience.account_of.get(a.email) or f"?{a.email}"
        parties.setdefault(party, []).append(a.email)
    keep = next(iter(parties), None)
    return {e for p, es in parties.items() if p != keep for e in es}


def readable_text(raw: bytes) -> str:
    """The text a reader sees of a message: its plain part, else its HTML part as text."""
    import email
    from email import policy

    from guard.mail.html import html_to_text

    msg = email.message_from_bytes(raw, policy=policy.default)
    body = msg.get_body(preferencelist=("plain", "html"))
    if body is None:
        return ""
    text = body.get_content()
    return html_to_text(text) if body.get_content_type() == "text/html" else text
