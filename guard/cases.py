"""Reported mistakes become labelled cases (SPEC section 5) that `guard eval` scores.

An officer (or the sender, through the override link) says guard was wrong about one
message: a false alarm (it should have passed) or a miss (it should have been flagged or
stopped). The kept message goes to CASES/messages/, its label is appended to
CASES/labels.jsonl, and CASES/registry.toml is the registry guard checked it against, so
`guard eval CASES` turns each reported mistake into a regression test of the company's own
rules. On request the message's parties are anonymised first (see anonymise()).
"""

from __future__ import annotations

import json
import os
import re
import threading
from dataclasses import dataclass
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path

from guard.errors import GuardError

EXPECTS = ("pass", "flag", "stop")
ADDRESS_HEADERS = ("From", "Sender", "Reply-To", "To", "Cc", "Bcc")
_lock = threading.Lock()  # one writer of labels.jsonl per process; appends are single writes anyway


class CaseError(GuardError):
    """The case cannot be written: no kept message, bad expectation, unwritable folder."""


@dataclass(frozen=True)
class CaseReport:
    queue_id: str
    verdict: str              # what guard said: pass | flag | hold | block
    expect: str               # what it should have said: pass | flag | stop
    why: str
    reported_by: str          # a console user, or "sender:<address>"
    accounts: tuple[str, ...] = ()  # whose information leaks (for a miss)
    anonymise: bool = False


@dataclass(frozen=True)
class WrittenCase:
    message: str              # "messages/<qid>.eml", relative to the folder
    label: dict


def got(verdict: str) -> str:
    """A verdict as SPEC section 5 scores it: hold and block are both "stop"."""
    return "stop" if verdict in ("hold", "block") else verdict


def kind_of(report: CaseReport) -> str:
    return "false alarm" if report.expect == "pass" else "miss" if got(report.verdict) == "pass" else "wrong verdict"


def write_case(cases_dir: Path, raw: bytes, report: CaseReport, *, registry_toml: str | None) -> WrittenCase:
    """Write the message, its label and (when given) the registry into `cases_dir`."""
    if report.expect not in EXPECTS:
        raise CaseError(f"expect must be one of {', '.join(EXPECTS)}, not {report.expect!r}")
    if report.expect == got(report.verdict):
        raise CaseError(f"guard already said {report.verdict}: there is no mistake to report")
    if not report.why.strip():
        raise CaseError("say why guard was wrong; the reason is the case's description")
    if not raw:
        raise CaseError(f"{report.queue_id}: the message was not kept, so it cannot become a case")
    data = anonymise(raw) if report.anonymise else raw
    accounts = [] if report.expect == "pass" else sorted({a.strip() for a in report.accounts if a.strip()})
    try:
        with _lock:
            (cases_dir / "messages").mkdir(parents=True, exist_ok=True)
            name = _free_name(cases_dir / "messages", report.queue_id)
            (cases_dir / "messages" / name).write_bytes(data)
            label = {"message": f"messages/{name}", "expect": report.expect, "accounts": accounts,
                     "why": f"{kind_of(report)} reported by {report.reported_by}: {report.why.strip()}",
                     "queue_id": report.queue_id, "verdict": report.verdict, "anonymised": report.anonymise}
            with open(cases_dir / "labels.jsonl", "a", encoding="utf-8") as f:
                f.write(json.dumps(label, ensure_ascii=False) + "\n")
            if registry_toml is not None:
                _write_if_changed(cases_dir / "registry.toml", registry_toml)
    except OSError as e:
        raise CaseError(f"cannot write the case into {cases_dir}: {e.strerror or e}") from None
    return WrittenCase(label["message"], label)


def _free_name(folder: Path, queue_id: str) -> str:
    safe = re.sub(r"[^A-Za-z0-9_-]", "_", queue_id) or "case"
    name, n = f"{safe}.eml", 1
    while (folder / name).exists():  # reported twice (say once as a miss, once corrected): keep both
        n += 1
        name = f"{safe}-{n}.eml"
    return name


def _write_if_changed(path: Path, text: str) -> None:
    """The registry the cases are scored against: the newest one the console uses."""
    if path.exists() and path.read_text(encoding="utf-8") == text:
        return
    tmp = path.with_suffix(".tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


# ---------------------------------------------------------------- anonymising

@dataclass
class _Parties:
    """Consistent stand-ins: the Nth party is personN@ its own domain and "Person N"."""

    addresses: dict[str, str]

    def person(self, address: str) -> str:
        key = address.lower()
        if key not in self.addresses:
            self.addresses[key] = f"Person {len(self.addresses) + 1}"
        return self.addresses[key]


def anonymise(raw: bytes) -> bytes:
    """The message with its parties' addresses and names replaced, the same way everywhere.

    The parties are everyone in From, Sender, Reply-To, To, Cc and Bcc. Each gets a stand-in
    "Person N" with the address personN@<their own domain>: the domain is kept because it
    says which company (and so which account) a party belongs to, which the rules need. Their
    addresses, full names and the words of their names are replaced in every header above,
    the subject and every text part (plain, HTML, text attachments); other attachments are
    kept as they are.
    """
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    assert isinstance(msg, EmailMessage)
    parties = _Parties({})
    replace: dict[str, str] = {}
    for header in ADDRESS_HEADERS:
        for value in msg.get_all(header, []):
            for a in getattr(value, "addresses", ()):
                if not a.addr_spec or "@" not in a.addr_spec:
                    continue
                person = parties.person(a.addr_spec)
                n = person.split()[-1]
                replace[a.addr_spec] = f"person{n}@{a.domain}"
                if a.display_name:
                    replace[a.display_name] = person
                    for word in re.findall(r"\w{3,}", a.display_name):
                        replace.setdefault(word, person)
    if not replace:
        return raw
    pattern = re.compile("|".join(rf"(?<!\w){re.escape(k)}(?!\w)" for k in sorted(replace, key=len, reverse=True)),
                         re.IGNORECASE)
    lower = {k.lower(): v for k, v in replace.items()}

    def sub(text: str) -> str:
        return pattern.sub(lambda m: lower.get(m.group(0).lower(), m.group(0)), text)

    for header in ADDRESS_HEADERS:
        values = msg.get_all(header, [])
        if not values:
            continue
        people = [Address(sub(a.display_name) if a.display_name else "", addr_spec=sub(a.addr_spec))
                  for v in values for a in getattr(v, "addresses", ()) if a.addr_spec]
        del msg[header]
        msg[header] = people
    if msg["Subject"] is not None:
        subject = sub(str(msg["Subject"]))
        del msg["Subject"]
        msg["Subject"] = subject
    for part in msg.walk():
        if part.is_multipart() or part.get_content_maintype() != "text":
            continue
        try:
            text = part.get_content()
        except (LookupError, ValueError, AssertionError):
            continue  # an unknown charset: left as it is (guard reads it as unread, R10)
        new = sub(text)
        if new != text:
            part.set_content(new, subtype=part.get_content_subtype(), charset="utf-8",
                             disposition=part.get_content_disposition(), filename=part.get_filename())
    return msg.as_bytes(policy=policy.SMTP)
