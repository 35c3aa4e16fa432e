"""The registry in the store: imported documents, kept for audit; the newest is the active one.

Each import stores the whole validated registry as TOML text (the source of truth,
re-validated whenever it is loaded, so a document that no longer validates is never
used silently) plus one RegistryAccount row per account for listing and SQL queries.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, inspect, select
from sqlalchemy.exc import SQLAlchemyError

from guard.cache import cached
from guard.errors import GuardError, StoreError
from guard.registry.dump import registry_to_toml
from guard.registry.index import Index, build_index
from guard.registry.load import load_registry_text
from guard.registry.model import Account, Registry
from guard.store.db import utcnow
from guard.store.schema import AuditEntry, RegistryAccount, RegistryDocument

__all__ = ["DocumentInfo", "active_document", "compiled_registry_from_store", "import_registry", "load_registry_from_store",
           "registry_to_toml"]


@dataclass(frozen=True)
class DocumentInfo:
    """One imported registry document, without its text."""

    id: int
    imported_at: datetime
    source: str
    sha256: str
    accounts: int


def _counts(registry: Registry) -> str:
    deals = sum(len(a.deals) for a in registry.accounts)
    return f"{len(registry.accounts)} accounts, {len(registry.products)} products, {deals} deals"


def _row(document_id: int, a: Account) -> RegistryAccount:
    return RegistryAccount(
        document_id=document_id, account_id=a.id, name=a.name, country=a.country or "",
        disclosure=a.disclosure, aliases=list(a.aliases), domains=list(a.domains), partners=list(a.partners),
        competitors=list(a.competitors),
        contacts=[{"name": c.name, "email": c.email} for c in a.contacts],
        deals=[{k: getattr(d, k) for k in ("sku", "price", "currency", "unit", "quantity", "date")}
               for d in a.deals],
    )


def import_registry(store, registry: Registry, toml_text: str, source: str, *, user: str | None = None) -> int:
    """Store `registry` (validated from `toml_text`) as the new active document; returns its id.

    One transaction: the document, its account rows and an audit entry, or nothing.
    The text is validated again first, so the store never holds a document that does
    not load back to this registry.
    """
    reloaded = load_registry_text(toml_text, source)
    if (reloaded.company, reloaded.products, reloaded.accounts) != \
            (registry.company, registry.products, registry.accounts):
        raise GuardError(f"{source}: the registry text does not match the registry being imported")
    with store.session() as s:
        doc = RegistryDocument(imported_at=utcnow(), source=source[:500], toml=toml_text,
                               sha256=hashlib.sha256(toml_text.encode("utf-8")).hexdigest())
        s.add(doc)
        s.flush()
        s.add_all(_row(doc.id, a) for a in registry.accounts)
        s.add(AuditEntry(at=utcnow(), user=(user or os.getenv("USER") or "cli")[:120],
                         action="registry.import", target=source[:300],
                         detail=f"registry document {doc.id}: {_counts(registry)}, sha256 {doc.sha256[:16]}"))
    return doc.id


def _has_registry_table(store) -> bool:
    try:
        return inspect(store.engine).has_table(RegistryDocument.__tablename__)
    except SQLAlchemyError as e:
        raise StoreError(f"cannot reach store {store.display_url}: {str(e).splitlines()[0]}") from e


def _no_registry(store) -> StoreError:
    return StoreError(f"no registry imported yet into {store.display_url}: run `guard registry import FILE`")


def active_document(store) -> DocumentInfo | None:
    """The newest imported document (the one guard uses), or None when nothing was imported."""
    if not _has_registry_table(store):
        return None
    with store.session() as s:
        doc = s.scalars(select(RegistryDocument).order_by(RegistryDocument.id.desc()).limit(1)).first()
        if doc is None:
            return None
        n = s.scalar(select(func.count()).select_from(RegistryAccount).where(RegistryAccount.document_id == doc.id))
        return DocumentInfo(doc.id, doc.imported_at, doc.source, doc.sha256, n or 0)


def load_registry_from_store(store) -> Registry:
    """The active registry, re-validated; StoreError when none was imported yet."""
    label, text = _active_document(store)
    return load_registry_text(text, label)


def compiled_registry_from_store(store) -> tuple[Registry, Index]:
    """The active registry and its index, from guard's disk cache while the stored document is
    unchanged (validating and indexing 100k accounts takes seconds); StoreError when none yet."""
    label, text = _active_document(store)

    def build() -> tuple[Registry, Index]:
        registry = load_registry_text(text, label)
        return registry, build_index(registry)
    return cached("registry", f"store\0{label}\0{hashlib.sha256(text.encode()).hexdigest()}", build)


def _active_document(store) -> tuple[str, str]:
    """(its name in problems, TOML text) of the latest imported registry document."""
    if not _has_registry_table(store):
        raise _no_registry(store)
    with store.session() as s:
        doc = s.scalars(select(RegistryDocument).order_by(RegistryDocument.id.desc()).limit(1)).first()
        if doc is None:
            raise _no_registry(store)
        return f"{doc.source or 'registry'} (store document {doc.id})", doc.toml
