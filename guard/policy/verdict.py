"""What the engine returns: findings and a verdict (SPEC sections 3 and 4)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from guard.mail.model import Unread

ACTIONS = ("pass", "flag", "hold", "block")  # weakest first
STRENGTH = {a: i for i, a in enumerate(ACTIONS)}


def strongest(actions) -> str:
    return max(actions, key=STRENGTH.__getitem__, default="pass")


@dataclass(frozen=True)
class Finding:
    rule: str
    action: str
    account: str | None
    kind: str
    text: str
    where: str
    start: int
    end: int
    explanation: str

    def to_json(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Verdict:
    verdict: str
    findings: tuple[Finding, ...] = ()
    unread: tuple[Unread, ...] = ()
    accounts: tuple[str, ...] = field(default=())  # every account named in a finding

    @classmethod
    def of(cls, findings, unread=()) -> Verdict:
        findings = tuple(findings)
        accounts = tuple(sorted({f.account for f in findings if f.account}))
        return cls(strongest(f.action for f in findings), findings, tuple(unread), accounts)

    def to_json(self, message: str, elapsed_ms: float) -> dict:
        """The SPEC section 4 object for one message."""
        return {
            "message": message,
            "verdict": self.verdict,
            "findings": [f.to_json() for f in self.findings],
            "unread": [{"where": u.where, "reason": u.reason} for u in self.unread],
            "elapsed_ms": round(elapsed_ms, 2),
        }

    def summary(self) -> str:
        """One line a sender can act on, e.g. for an SMTP reply or a header."""
        if not self.findings:
            return "no confidential information of other accounts found"
        top = max(self.findings, key=lambda f: STRENGTH[f.action])
        return f"{top.rule}: {top.explanation}"
