"""SQLAlchemy tables of the store. Migrations (alembic) live in guard/store/migrations."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    JSON,
    BigInteger,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class CheckedMessage(Base):
    """Every message guard checked, from any adapter (relay, cli, watch).

    status: what became of it:
      relay:  "delivered" (pass), "flagged" (flag, delivered with headers), "held" (in the
              quarantine), "released" (held, then delivered by an officer), "rejected"
              (held, then rejected by an officer), "blocked" (550 to the sender),
              "tempfail" (4xx to the sender, who still owns it), "refused" (the upstream
              refused it permanently; the sender got that 5xx), "delivering" (logged, the
              upstream has not answered yet), "releasing" (an officer's release in progress)
      watch:  "draft"; cli: "checked"
    raw is kept for flag, hold and block (the console shows it; release delivers it).
    """

    __tablename__ = "messages"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    queue_id: Mapped[str] = mapped_column(String(32), unique=True, nullable=False)
    received_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False, index=True)
    source: Mapped[str] = mapped_column(String(16), nullable=False)  # relay | cli | watch
    mail_from: Mapped[str] = mapped_column(String(320), nullable=False, default="", index=True)
    rcpt_to: Mapped[list] = mapped_column(JSON, nullable=False, default=list)
    rcpt_text: Mapped[str] = mapped_column(Text, nullable=False, default="")  # for LIKE filters
    header_from: Mapped[str] = mapped_column(String(998), nullable=False, default="")
    header_to: Mapped[str] = mapped_column(Text, nullable=False, default="")
    subject: Mapped[str] = mapped_column(Text, nullable=False, default="")
    message_id_header: Mapped[str] = mapped_column(String(998), nullable=False, default="")
    size: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)
    sha256: Mapped[str] = mapped_column(String(64), nullable=False, index=True)
    verdict: Mapped[str] = mapped_column(String(8), nullable=False, index=True)
    status: Mapped[str] = mapped_column(String(16), nullable=False, index=True)
    # when status last changed (release claims a row with "releasing"; a stale claim is an admin's call)
    status_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    rules: Mapped[str] = mapped_column(String(200), nullable=False, default="")  # " R1 R3 " for filters
    accounts: Mapped[str] = mapped_column(Text, nullable=False, default="")  # " fjordhome nordkok "
    elapsed_ms: Mapped[float] = mapped_column(Float, nullable=False, default=0.0)
    unread: Mapped[list] = mapped_column(JSON, nullable=False, default=list)
    parts: Mapped[list] = mapped_column(JSON, nullable=False, default=list)  # [{where, text}], all, if any finding
    attachments: Mapped[list] = mapped_column(JSON, nullable=False, default=list)  # file names
    detail: Mapped[str] = mapped_column(Text, nullable=False, default="")  # e.g. the upstream reply
    # the registry the verdict was made with (guard.reloading: file sha256 prefix or doc<id>:<sha>)
    registry_version: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    raw: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)

    findings: Mapped[list[Finding]] = relationship(
        back_populates="message", cascade="all, delete-orphan", order_by="Finding.id")
    reviews: Mapped[list[Review]] = relationship(
        back_populates="message", cascade="all, delete-orphan", order_by="Review.id")

    __table_args__ = (Index("ix_messages_status_received", "status", "received_at"),
                      # the dashboard's counts per day, verdict and status come from this index alone
                      Index("ix_messages_received_verdict_status", "received_at", "verdict", "status"))


class Finding(Base):
    __tablename__ = "findings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    message_id: Mapped[int] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"), index=True)
    rule: Mapped[str] = mapped_column(String(16), nullable=False, index=True)
    action: Mapped[str] = mapped_column(String(8), nullable=False)
    account: Mapped[str | None] = mapped_column(String(120), nullable=True, index=True)
    kind: Mapped[str] = mapped_column(String(16), nullable=False)
    text: Mapped[str] = mapped_column(Text, nullable=False, default="")
    where: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    start: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    end: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    explanation: Mapped[str] = mapped_column(Text, nullable=False, default="")

    message: Mapped[CheckedMessage] = relationship(back_populates="findings")


class Review(Base):
    """An officer's release or reject of a held message."""

    __tablename__ = "reviews"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    message_id: Mapped[int] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"), index=True)
    decision: Mapped[str] = mapped_column(String(16), nullable=False)  # release | reject
    user: Mapped[str] = mapped_column(String(120), nullable=False)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    reason: Mapped[str] = mapped_column(Text, nullable=False, default="")
    result: Mapped[str] = mapped_column(Text, nullable=False, default="")  # upstream reply on release

    message: Mapped[CheckedMessage] = relationship(back_populates="reviews")


class AuditEntry(Base):
    """Who did what, when: releases, rejects, sign-ins, user and registry changes."""

    __tablename__ = "audit"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False, index=True)
    user: Mapped[str] = mapped_column(String(120), nullable=False)
    action: Mapped[str] = mapped_column(String(40), nullable=False)
    target: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    detail: Mapped[str] = mapped_column(Text, nullable=False, default="")


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(120), unique=True, nullable=False)
    role: Mapped[str] = mapped_column(String(16), nullable=False)  # officer | admin
    password_hash: Mapped[str] = mapped_column(String(300), nullable=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)


class WebSession(Base):
    """A console sign-in: the cookie names it, sign-out deletes it, so a copied cookie dies with it.
    Only a hash of the cookie's token is kept (a read of the table gives no one a session)."""

    __tablename__ = "web_sessions"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_name: Mapped[str] = mapped_column(String(120), nullable=False, index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False, index=True)


class DraftState(Base):
    """What the Drafts watcher has already checked, so a restart never warns twice."""

    __tablename__ = "draft_state"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    mailbox: Mapped[str] = mapped_column(String(120), nullable=False)
    folder: Mapped[str] = mapped_column(String(300), nullable=False)
    uidvalidity: Mapped[int] = mapped_column(BigInteger, nullable=False)
    uid: Mapped[int] = mapped_column(BigInteger, nullable=False)
    content_hash: Mapped[str] = mapped_column(String(64), nullable=False)
    verdict: Mapped[str] = mapped_column(String(8), nullable=False)
    checked_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    # Added by the watcher (issue 6): versions of one draft share a key (its Message-ID),
    # and a new version with the same findings as the last one is tagged, not warned again.
    draft_key: Mapped[str] = mapped_column(String(300), nullable=False, default="", server_default="")
    findings_hash: Mapped[str] = mapped_column(String(64), nullable=False, default="", server_default="")

    __table_args__ = (UniqueConstraint("mailbox", "folder", "uidvalidity", "uid"),
                      Index("ix_draft_state_mailbox_key", "mailbox", "draft_key"),
                      Index("ix_draft_state_mailbox_hash", "mailbox", "content_hash"))


class RegistryDocument(Base):
    """The imported registry. The whole validated file is kept as TOML text (the source of
    truth, re-validated on load) next to normalised rows for listing and SQL queries."""

    __tablename__ = "registry_documents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    imported_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    source: Mapped[str] = mapped_column(String(500), nullable=False, default="")
    sha256: Mapped[str] = mapped_column(String(64), nullable=False)
    toml: Mapped[str] = mapped_column(Text, nullable=False)


class RegistryAccount(Base):
    __tablename__ = "registry_accounts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("registry_documents.id", ondelete="CASCADE"), index=True)
    account_id: Mapped[str] = mapped_column(String(120), nullable=False)
    name: Mapped[str] = mapped_column(Text, nullable=False)
    country: Mapped[str] = mapped_column(String(2), nullable=False, default="")
    disclosure: Mapped[str] = mapped_column(String(16), nullable=False, default="confidential")
    aliases: Mapped[list] = mapped_column(JSON, nullable=False, default=list)
    domains: Mapped[list] = mapped_column(JSON, nullable=False, default=list)
    partners: Mapped[list] = mapped_column(JSON, nullable=False, default=list)
    competitors: Mapped[list] = mapped_column(JSON, nullable=False, default=list)
    contacts: Mapped[list] = mapped_column(JSON, nullable=False, default=list)  # [{name, email}]
    deals: Mapped[list] = mapped_column(JSON, nullable=False, default=list)  # [{sku, price, ...}]

    __table_args__ = (UniqueConstraint("document_id", "account_id"),)


class OverrideRequest(Base):
    """A request to release a held message, with the requester's justification (issue 15).

    by: "sender:<MAIL FROM address>" (through a signed link) or an admin ("cli:NAME", a console
    user). state: pending -> released | declined; a sender whose findings all come from rules
    with sender_may_release releases alone (state released, decided_by the sender).
    """

    __tablename__ = "override_requests"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    message_id: Mapped[int] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    by: Mapped[str] = mapped_column(String(340), nullable=False)
    via: Mapped[str] = mapped_column(String(16), nullable=False)  # link | cli | console
    reason: Mapped[str] = mapped_column(Text, nullable=False)
    state: Mapped[str] = mapped_column(String(16), nullable=False, index=True)
    decided_by: Mapped[str] = mapped_column(String(340), nullable=False, default="")
    decided_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")


class UsedLink(Base):
    """Signed single-use links already used: the nonce's row makes a second use fail."""

    __tablename__ = "used_links"

    nonce: Mapped[str] = mapped_column(String(64), primary_key=True)
    purpose: Mapped[str] = mapped_column(String(32), nullable=False)
    used_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)


class SavedView(Base):
    """A console user's named log query (the query string of /log), e.g. "held for Nordkök"."""

    __tablename__ = "saved_views"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    user: Mapped[str] = mapped_column(String(120), nullable=False)
    name: Mapped[str] = mapped_column(String(80), nullable=False)
    query: Mapped[str] = mapped_column(Text, nullable=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)

    __table_args__ = (UniqueConstraint("user", "name"),)
