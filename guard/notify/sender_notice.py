"""The relay's notice to the sender of a held or blocked message ([notify] sender = true).

The relay calls SenderNotifier.notify after the message is logged (on its I/O threads, after
the SMTP reply: a notice never delays or changes what the sender's client is told). The
notice goes to the MAIL FROM address with an empty MAIL FROM (<>), like a bounce, so it can
never cause a loop, and carries the findings' explanations and, for a held message, the
sender's signed single-use override link.

The notice carries guard's safe rewrite (issue 15 item 1, the same as `guard check --fix`): the
text of a version of the mail that guard passes, re-checked before it is offered, or nothing
when no passing rewrite exists.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from guard.links import override_url
from guard.notify import NotifySettings, compose, render, send

log = logging.getLogger("guard.notify")


@dataclass
class SenderNotifier:
    settings: NotifySettings
    upstream: object                      # guard.relay.config.UpstreamConfig
    rule_names: dict[str, str]
    may_release: Callable[[list], bool] = lambda findings: False
    rewriter: Callable[[bytes], str | None] | None = None  # raw -> the safe rewrite's text (see the module note)

    def body(self, *, queue_id: str, verdict, message, mail_from: str, rcpts: list[str], raw: bytes,
             received_at: str) -> str:
        link = None
        if verdict.verdict == "hold" and self.settings.public_url:
            link = override_url(self.settings.public_url, self.settings.secret_key, queue_id, mail_from)
        findings = [{"rule": f.rule, "rule_name": self.rule_names.get(f.rule, f.rule), "explanation": f.explanation,
                     "where": f.where, "text": f.text} for f in verdict.findings if f.action in ("hold", "block")]
        rewrite = None
        if self.rewriter is not None:
            try:
                rewrite = self.rewriter(raw)
            except Exception:  # noqa: BLE001 - a failed rewrite leaves the notice without one
                log.exception("%s: the rewrite failed", queue_id)
        return render(self.settings.sender_template, verdict=verdict.verdict, queue_id=queue_id,
                      subject=getattr(message, "subject", "") or "(no subject)", recipients=rcpts,
                      received_at=received_at, findings=findings, override_url=link,
                      sender_may_release=self.may_release(list(verdict.findings)), rewrite=rewrite)

    def notify(self, *, queue_id: str, verdict, message, mail_from: str, rcpts: list[str], raw: bytes) -> bool:
        """Send the notice; False (logged) when there is nobody to tell or it could not be sent."""
        if not mail_from or "@" not in mail_from:
            return False  # a bounce or a null sender: nobody to tell (and no loop)
        from guard.store.db import utcnow

        if message is None:  # not checked (unparseable, or the check failed): the headers still tell what it was
            message = _headers_only(raw)
        try:
            text = self.body(queue_id=queue_id, verdict=verdict, message=message, mail_from=mail_from,
                             rcpts=rcpts, raw=raw, received_at=utcnow().strftime("%Y-%m-%d %H:%M UTC"))
            what = "Held" if verdict.verdict == "hold" else "Not sent"
            subject = f"{what}: {getattr(message, 'subject', '') or '(no subject)'}"
            content = compose(from_address=self.settings.from_address, to=[mail_from], subject=subject[:200],
                              body=text, about=queue_id, in_reply_to=getattr(message, "message_id", "") or "")
            detail = send(self.upstream, "", [mail_from], content)
        except Exception as e:  # noqa: BLE001 - the message is logged; a lost notice must not break the relay
            log.error("%s: notice to <%s> not sent: %s", queue_id, mail_from, e)
            return False
        log.info("%s: notice sent to <%s>: %s", queue_id, mail_from, detail)
        return True


@dataclass(frozen=True)
class _Headers:
    subject: str
    message_id: str


def _headers_only(raw: bytes) -> _Headers:
    from email import policy
    from email.parser import BytesHeaderParser

    try:
        h = BytesHeaderParser(policy=policy.default).parsebytes(raw)
        return _Headers(str(h.get("Subject", "") or ""), str(h.get("Message-ID", "") or ""))
    except Exception:  # noqa: BLE001 - headers too broken to read: a notice without them
        return _Headers("", "")


def sender_notifier(cfg, settings: NotifySettings, upstream) -> SenderNotifier:
    """The notifier `guard serve` uses: the configuration's policy for rule names and release."""
    from guard.override import sender_may_release
    from guard.policy.rules import load_policy

    policy = load_policy(cfg.rules_dir, cfg.section("rules").get("actions"))
    return SenderNotifier(settings, upstream, {r.id: r.name for r in policy.rules.values()},
                          may_release=lambda findings: sender_may_release(findings, policy),
                          rewriter=safe_rewrite_text(cfg))


def safe_rewrite_text(cfg) -> Callable[[bytes], str | None]:
    """raw -> the text of guard's passing rewrite (guard.report.fix), or None; on an engine of its
    own that follows registry changes like the relay's."""
    from guard.reloading import LiveEngine

    live = LiveEngine(cfg, way="relay")

    def text_of(raw: bytes) -> str | None:
        from guard.report.fix import readable_text, rewrite

        live.refresh()
        fixed = rewrite(raw, live.engine)
        if fixed.raw is None or not fixed.changed:
            return None
        return readable_text(fixed.raw)
    return text_of
