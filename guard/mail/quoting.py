"""Split a body into what the sender wrote and what they quote or forward.

R7 fires on another account's quoted correspondence, and R1-R5 read quoted
text differently from new text, so each quoted segment carries who wrote it
(`author`) and every address in its quote header (`header_addresses`).

Recognised, in English, Chinese and the main European languages:
  "> " prefixed lines (nested), with the attribution line before them
      ("On ... wrote:", "Am ... schrieb", "Le ... a écrit", "在 ... 写道：", wrapped on 2 lines too);
  separators that quote everything below them ("-----Original Message-----",
      "---------- Forwarded message ---------", "Begin forwarded message:",
      "------------------ 原始邮件 ------------------", "-------- 转发邮件 --------", ...);
  mail header blocks (From:/Sent:/To:/Subject:, 发件人：/发送时间：/收件人：/主题：, ...).
Quote markers are stripped; header and attribution lines stay in the quoted
text so findings can point at them. Unprefixed text after a ">" block stays
new (interleaved replies, a signature after a quoted forward).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from guard.mail.addresses import find_emails

MAX_QUOTE_DEPTH = 8
_HEADER_BLOCK_LINES = 30
_ATTRIBUTION_CHARS = 500

_QUOTE_PREFIX = re.compile(r"^[ \t]{0,3}>")
_SEPARATOR = re.compile(
    r"^[\s*]*[-_=]{2,}[\s*]*(?:original(?:\s+message)?|forwarded(?:\s+message)?|reply\s+message"
    r"|message\s+d'origine|message\s+transf[ée]r[ée]|mensaje\s+original|mensaje\s+reenviado"
    r"|urspr[üu]ngliche\s+nachricht|weitergeleitete\s+nachricht|messaggio\s+originale|mensagem\s+original"
    r"|oorspronkelijk\s+bericht|原始邮件|原始郵件|原邮件|转发邮件|轉寄郵件|转发的邮件|回复邮件)"
    r"[\s*]*[-_=]{2,}[\s*]*$", re.IGNORECASE)
_BEGIN_FORWARD = re.compile(
    r"^\s*(?:begin\s+forwarded\s+message|anfang\s+der\s+weitergeleiteten\s+nachricht"
    r"|d[ée]but\s+du\s+message\s+r[ée]exp[ée]di[ée]|inicio\s+del\s+mensaje\s+reenviado"
    r"|转发的邮件|以下为转发邮件)\s*[:：]\s*$", re.IGNORECASE)
_RULE = re.compile(r"^\s*[-_=]{8,}\s*$")

_FROM_KEYS = r"from|发件人|發件人|寄件者|寄件人|von|de|exp[ée]diteur|da|van|от|差出人"
_OTHER_KEYS = (r"sent|date|to|cc|bcc|subject|reply-to|sender|发送时间|發送時間|时间|時間|日期|收件人|收件者|抄送"
               r"|副本|密送|主题|主旨|回复|gesendet|datum|an|betreff|envoy[ée]|[àa]|objet|enviado|fecha|para"
               r"|asunto|inviato|oggetto|verzonden|aan|onderwerp|отправлено|кому|тема|送信日時|宛先|件名")
_KEY_LINE = re.compile(rf"^\s*\*{{0,2}}({_FROM_KEYS}|{_OTHER_KEYS})\s*\*{{0,2}}\s*[:：]", re.IGNORECASE)
_FROM_LINE = re.compile(rf"^\s*\*{{0,2}}(?:{_FROM_KEYS})\s*\*{{0,2}}\s*[:：]", re.IGNORECASE)
_SUBJECT_KEY = re.compile(r"^\s*\*{0,2}(?:subject|主题|主旨|betreff|objet|asunto|oggetto|onderwerp|тема|件名)",
                          re.IGNORECASE)

_WROTE = r"(?:wrote|schrieb|a\s+[ée]crit|escribi[óo]|ha\s+scritto|escreveu|schreef|写道|寫道|書きました|napisał|написал[а]?|пишет)"
_ATTRIBUTION_STRICT = re.compile(
    rf"^\s*(?:(?:on|am|le|el|il|em|op|w\s+dniu)\s.{{0,300}}?{_WROTE}.{{0,120}}?|在.{{0,300}}?(?:写道|寫道))\s*[:：]\s*$",
    re.IGNORECASE)
_ATTRIBUTION_LOOSE = re.compile(rf"^.{{0,300}}{_WROTE}.{{0,120}}?[:：]\s*$", re.IGNORECASE)
# Gmail in Russian and others write no verb: "пт, 4 дек. 2026 г. в 9:12, Имя <a@b.ru>:" before the ">" run
_ATTRIBUTION_ADDRESS = re.compile(r"^.{0,300}\d.{0,300}<[^<>@\s]+@[^<>\s]+>\s*[:：]\s*$")


@dataclass(frozen=True)
class Segment:
    """A run of body text: new, or quoted from `author` (an address, "" when unknown)."""

    text: str
    origin: str = "new"
    author: str = ""
    header_addresses: tuple[str, ...] = ()


def split_quotes(text: str) -> list[Segment]:
    """The body as segments, in order; their texts joined are the body without quote markers."""
    if not text:
        return []
    segments = _split(text.splitlines(keepends=True), 0)
    return _merge(segments)


def strip_one_level(line: str) -> str:
    m = _QUOTE_PREFIX.match(line)
    if not m:
        return line
    rest = line[m.end():]
    return rest[1:] if rest[:1] == " " else rest


@dataclass
class _Who:
    origin: str = "new"
    author: str = ""
    addresses: tuple[str, ...] = ()


def _split(lines: list[str], depth: int) -> list[Segment]:
    out: list[Segment] = []
    who = _Who()
    buf: list[str] = []
    i, n = 0, len(lines)
    while i < n:
        line = lines[i]
        if _QUOTE_PREFIX.match(line):
            end = _quote_run_end(lines, i)
            attribution = _pop_attribution(buf)
            _flush(out, buf, who)
            buf = []
            out.extend(_quoted_run(lines[i:end], attribution, depth))
            i = end
            continue
        found = _quote_start(lines, i)
        if found is not None:
            end, start_who = found
            if buf and _RULE.match(buf[-1]):  # Outlook's "____" rule above its header block
                header = [buf.pop()]
            else:
                header = []
            _flush(out, buf, who)
            who = start_who
            buf = header + lines[i:end]
            i = end
            continue
        buf.append(line)
        i += 1
    _flush(out, buf, who)
    return out


def _flush(out: list[Segment], buf: list[str], who: _Who) -> None:
    if buf:
        out.append(Segment("".join(buf), who.origin, who.author, who.addresses))


def _quote_run_end(lines: list[str], i: int) -> int:
    """End of a run of ">" lines; blank lines inside the run belong to it, trailing ones do not."""
    end = i
    j = i
    while j < len(lines):
        if _QUOTE_PREFIX.match(lines[j]):
            end = j = j + 1
        elif not lines[j].strip():
            j += 1
        else:
            break
    return end


def _quoted_run(run: list[str], attribution: tuple[list[str], _Who] | None, depth: int) -> list[Segment]:
    """A ">" run: strip one level, split what is inside, and say who wrote its unattributed text."""
    inner = [strip_one_level(x) for x in run]
    head, who = attribution if attribution is not None else ([], _Who("quoted"))
    if depth + 1 >= MAX_QUOTE_DEPTH:
        segments = [Segment("".join(inner))]
    else:
        segments = _split(inner, depth + 1)
    result = [replace(s, origin="quoted", author=who.author, header_addresses=who.addresses)
              if s.origin == "new" else s for s in segments]
    if head:
        if result and result[0].origin == "quoted" and result[0].author == who.author:
            result[0] = replace(result[0], text="".join(head) + result[0].text)
        else:
            result.insert(0, Segment("".join(head), "quoted", who.author, who.addresses))
    return result


def _pop_attribution(buf: list[str]) -> tuple[list[str], _Who] | None:
    """Take the attribution line(s) ("On ... wrote:") and the blank lines after them off the buffer."""
    k = len(buf)
    while k > 0 and not buf[k - 1].strip():
        k -= 1
    if k == 0 or not _ends_with_colon(buf[k - 1]):
        return None
    for take, pattern in ((2, _ATTRIBUTION_STRICT), (1, _ATTRIBUTION_LOOSE), (2, _ATTRIBUTION_LOOSE),
                          (1, _ATTRIBUTION_ADDRESS), (2, _ATTRIBUTION_ADDRESS)):
        if k - take < 0:
            continue
        if not all(x.strip() for x in buf[k - take:k]):
            continue
        joined = " ".join(x.strip() for x in buf[k - take:k])
        if len(joined) <= _ATTRIBUTION_CHARS and pattern.match(joined):
            head = buf[k - take:]
            del buf[k - take:]
            emails = tuple(find_emails(joined))
            return head, _Who("quoted", emails[0] if emails else "", emails)
    return None


def _quote_start(lines: list[str], i: int) -> tuple[int, _Who] | None:
    """Does unprefixed quoted text start at line i? -> (end of its header lines, who wrote it)."""
    line = lines[i]
    stripped = line.strip()
    if not stripped or len(stripped) > 400:
        return None
    if _SEPARATOR.match(stripped) or _BEGIN_FORWARD.match(stripped):
        j = i + 1
        if j < len(lines) and not lines[j].strip() and j + 1 < len(lines) and _FROM_LINE.match(lines[j + 1]):
            j += 1
        block = _header_block(lines, j)
        if block is None:
            return i + 1, _Who("quoted")
        return block
    if _FROM_LINE.match(line):
        return _header_block(lines, i)
    for take in (1, 2):
        if i + take > len(lines):
            break
        if not _ends_with_colon(lines[i + take - 1]) or not lines[i + take - 1].strip():
            continue
        joined = " ".join(x.strip() for x in lines[i:i + take])
        if len(joined) > _ATTRIBUTION_CHARS:
            break
        if _ATTRIBUTION_STRICT.match(joined) or (_ATTRIBUTION_LOOSE.match(joined) and "@" in joined):
            if _next_is_quote(lines, i + take):
                return None  # the ">" run that follows takes it as its attribution
            emails = tuple(find_emails(joined))
            return i + take, _Who("quoted", emails[0] if emails else "", emails)
    return None


def _ends_with_colon(line: str) -> bool:
    return line.rstrip().endswith((":", "："))


def _next_is_quote(lines: list[str], j: int) -> bool:
    while j < len(lines) and not lines[j].strip():
        j += 1
    return j < len(lines) and bool(_QUOTE_PREFIX.match(lines[j]))


def _header_block(lines: list[str], i: int) -> tuple[int, _Who] | None:
    """A From:/Sent:/To:/Subject: block starting at line i -> (its end, who); None if it is not one."""
    if i >= len(lines) or not _FROM_LINE.match(lines[i]):
        return None
    keys = 0
    end = i
    seen_subject = False
    address_text: list[str] = []
    j = i
    while j < len(lines) and j - i < _HEADER_BLOCK_LINES:
        line = lines[j]
        if not line.strip():
            break
        if _KEY_LINE.match(line):
            keys += 1
            seen_subject = seen_subject or bool(_SUBJECT_KEY.match(line))
            if not _SUBJECT_KEY.match(line):
                address_text.append(line)
        elif seen_subject or keys == 0:
            break
        elif address_text:  # continuation of a wrapped To:/Cc: line
            address_text.append(line)
        j += 1
        end = j
    if keys < 2:
        return None
    from_emails = find_emails(lines[i])
    emails = tuple(find_emails(" ".join(address_text)))
    return end, _Who("quoted", from_emails[0] if from_emails else "", emails)


def _merge(segments: list[Segment]) -> list[Segment]:
    out: list[Segment] = []
    for s in segments:
        if out and (out[-1].origin, out[-1].author, out[-1].header_addresses) == (
                s.origin, s.author, s.header_addresses):
            out[-1] = replace(out[-1], text=out[-1].text + s.text)
        else:
            out.append(s)
    return out
