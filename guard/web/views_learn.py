"""/learn: review a draft from `guard registry learn` (accept, edit or reject each entry), then import it.

The officer uploads draft.toml; the page lists every product, account, contact and deal
with where it was learnt from (its "# learnt" comments) and the competitor suggestions.
Each entry has a keep box; names, aliases, countries, contact names, prices and quantities
can be edited. Import applies the decisions, validates the result with guard's loader
and makes it the active registry; the audit log records who imported what, and what was
rejected or edited. Nothing is kept on the server between the two steps: the draft text
travels in the form.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from flask import Blueprint, current_app, flash, g, redirect, render_template, request, url_for

from guard.errors import RegistryError
from guard.registry.dump import registry_to_toml
from guard.registry.learn_write import comments_by_entry
from guard.registry.load import load_registry_text
from guard.registry.model import Contact, Registry
from guard.registry.tables import import_registry
from guard.store.queries import add_audit
from guard.web.auth import require_role

log = logging.getLogger(__name__)
bp = Blueprint("learn", __name__)
MAX_DRAFT = 16 * 1024 * 1024  # a draft of tens of thousands of accounts


def _ctx():
    return current_app.extensions["guard"]


def _read_draft(text: str) -> tuple[Registry | None, str]:
    try:
        return load_registry_text(text, "draft.toml"), ""
    except RegistryError as e:
        return None, "; ".join(e.problems[:10]) + (f" (and {len(e.problems) - 10} more)" if len(e.problems) > 10 else "")


@bp.route("/learn", methods=["GET", "POST"])
@require_role("officer")
def review():
    """GET: the upload form. POST with a file: the draft laid out for review."""
    draft, error, text = None, "", ""
    if request.method == "POST":
        request.max_content_length = MAX_DRAFT
        upload = request.files.get("draft")
        raw = upload.read() if upload else b""
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            error = "The draft is not UTF-8 text."
        if not error and not text.strip():
            error = "Choose the draft.toml that guard registry learn wrote."
        if not error:
            draft, error = _read_draft(text)
    notes = comments_by_entry(text) if draft else {}
    return render_template("learn.html", user=g.user, draft=draft, text=text, notes=notes, error=error)


def _float(value: str, fallback):
    value = value.strip().replace(",", "")
    if not value:
        return None
    try:
        return float(value)
    except ValueError:
        return fallback


def apply_decisions(draft: Registry, form) -> tuple[Registry, list[str], list[str]]:
    """The draft with the form's decisions: (registry, rejected entries, edited entries)."""
    rejected, edited = [], []
    products = []
    for p in draft.products:
        if form.get(f"p.{p.sku}.keep"):
            products.append(p)
        else:
            rejected.append(f"product {p.sku}")
    skus = {p.sku for p in products}
    accounts = []
    for a in draft.accounts:
        key = f"a.{a.id}"
        if not form.get(f"{key}.keep"):
            rejected.append(f"account {a.id}")
            continue
        changes = {}
        name = form.get(f"{key}.name", a.name).strip()
        if name and name != a.name:
            changes["name"] = name
        aliases = tuple(x.strip() for x in form.get(f"{key}.aliases", "; ".join(a.aliases)).split(";") if x.strip())
        if aliases != a.aliases:
            changes["aliases"] = aliases
        country = form.get(f"{key}.country", a.country or "").strip().upper() or None
        if country != a.country:
            changes["country"] = country
        contacts = []
        for i, c in enumerate(a.contacts):
            if not form.get(f"{key}.c{i}.keep"):
                rejected.append(f"contact {c.email} of {a.id}")
                continue
            person = form.get(f"{key}.c{i}.name", c.name).strip()
            if person != c.name:
                edited.append(f"contact {c.email} of {a.id}: name {person!r}")
            contacts.append(Contact(person, c.email))
        deals = []
        for i, d in enumerate(a.deals):
            if not form.get(f"{key}.d{i}.keep") or d.sku not in skus:
                rejected.append(f"deal {d.sku} of {a.id}")
                continue
            price = _float(form.get(f"{key}.d{i}.price", ""), d.price)
            quantity = _float(form.get(f"{key}.d{i}.quantity", ""), d.quantity)
            if (price, quantity) != (d.price, d.quantity):
                edited.append(f"deal {d.sku} of {a.id}: price {price}, quantity {quantity}")
            deals.append(replace(d, price=price, quantity=quantity))
        if contacts != list(a.contacts):
            changes["contacts"] = tuple(contacts)
        if deals != list(a.deals):
            changes["deals"] = tuple(deals)
        edited += [f"account {a.id}: {k} {v!r}" for k, v in changes.items() if k in ("name", "aliases", "country")]
        accounts.append(replace(a, **changes))
    kept = {a.id for a in accounts}
    accounts = [replace(a, competitors=tuple(c for c in a.competitors if c in kept)) for a in accounts]
    return Registry(draft.company, tuple(products), tuple(accounts)), rejected, edited


@bp.route("/learn/import", methods=["POST"])
@require_role("officer")
def import_draft():
    request.max_content_length = MAX_DRAFT
    text = request.form.get("draft_text", "")
    draft, error = _read_draft(text)
    if draft is None:
        flash(f"The draft cannot be read: {error}", "error")
        return redirect(url_for("learn.review"))
    reviewed, rejected, edited = apply_decisions(draft, request.form)
    toml = registry_to_toml(reviewed, comment=f"Reviewed in the console by {g.user.name} from a learnt draft.")
    try:
        registry = load_registry_text(toml, "reviewed draft")
    except RegistryError as e:
        notes = comments_by_entry(text)
        return render_template("learn.html", user=g.user, draft=draft, text=text, notes=notes,
                               error="After your edits the registry is not valid: " + "; ".join(e.problems[:10]))
    ctx = _ctx()
    doc = import_registry(ctx.store, registry, toml, "console: reviewed learnt draft", user=g.user.name)
    detail = (f"document {doc}: kept {len(registry.accounts)} accounts, {len(registry.products)} products; "
              f"rejected {len(rejected)}: {', '.join(rejected[:50])}; edited {len(edited)}: {', '.join(edited[:50])}")
    add_audit(ctx.store, g.user.name, "registry.learn", f"registry document {doc}", detail)
    log.info("console: %s imported a reviewed learnt draft as document %s", g.user.name, doc)
    flash(f"Imported: {len(registry.accounts)} accounts, {len(registry.products)} products "
          f"({len(rejected)} entries rejected, {len(edited)} edited).", "ok")
    return redirect(url_for("admin.registry"))
