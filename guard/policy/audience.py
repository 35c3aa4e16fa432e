"""Who reads a message, and so whose information is "another account's" (SPEC section 2)."""

from __future__ import annotations

from dataclasses import dataclass

from guard.mail.model import Message
from guard.registry.index import Index


@dataclass(frozen=True)
class Audience:
    readers: frozenset[str]             # every address that reads the content
    external: tuple[str, ...]           # readers outside company.domains
    account_of: dict[str, str | None]   # external address -> account (domain, contact or partner)
    own: str | None                     # the one account every external reader belongs to, if any
    recipient_accounts: frozenset[str]  # accounts among the readers (R2 competition)
    internal_only: bool

    @classmethod
    def of(cls, message: Message, index: Index) -> Audience:
        readers = message.reader_emails()
        external = tuple(sorted(e for e in readers if not index.is_internal(e)))
        account_of = {e: index.account_for_address(e) for e in external}
        accounts = set(account_of.values())
        own = None
        if external and len(accounts) == 1 and None not in accounts:
            own = next(iter(accounts))
        return cls(
            readers=readers,
            external=external,
            account_of=account_of,
            own=own,
            recipient_accounts=frozenset(a for a in accounts if a),
            internal_only=bool(readers) and not external,
        )

    def is_other(self, account: str | None) -> bool:
        """Information of this account is a finding: some reader does not belong to it."""
        return account is not None and account != self.own

    def wrote_it(self, author: str, index: Index) -> bool:
        """Quoted text that came from the readers themselves is not held against the sender: the
        author is external and every external reader belongs to the author's account, or the
        author (not an account) is the only external reader. A colleague's quote, or a quote of
        one reader sent on to others, is checked like new text."""
        if not author or index.is_internal(author):
            return False
        author = author.lower()
        acc = index.account_for_address(author)
        if acc is not None:
            return acc == self.own
        return self.external == (author,)
