"""Reference pages (audit log, registry, rules) and user management (admins only)."""

from __future__ import annotations

import logging
import tomllib
from dataclasses import dataclass

from flask import Blueprint, current_app, flash, g, redirect, render_template, request, url_for

from guard.errors import GuardError
from guard.policy.rules import DEFAULT_DIR
from guard.web import queries, users
from guard.web.auth import require_role

log = logging.getLogger(__name__)
bp = Blueprint("admin", __name__)
DEFAULT_RULES = DEFAULT_DIR / "default.toml"


def _ctx():
    return current_app.extensions["guard"]


@bp.route("/audit")
def audit():
    ctx = _ctx()
    size = ctx.settings.page_size
    try:
        page = max(1, int(request.args.get("page", "1")))
    except ValueError:
        page = 1
    action = request.args.get("action", "").strip() or None
    who = request.args.get("user", "").strip() or None
    rows, total = queries.audit_log(ctx.store, size, (page - 1) * size, user=who, action=action)
    return render_template("audit.html", user=g.user, rows=rows, total=total, page=page,
                           pages=max(1, -(-total // size)), args=request.args)


@bp.route("/registry")
def registry():
    ctx = _ctx()
    reg, error = None, ""
    if ctx.registry_loader is None:
        error = "No registry is configured: set [registry] file, or import one with guard registry import."
    else:
        try:
            reg = ctx.registry_loader()
        except GuardError as e:
            error = f"Error: {e}"
    competitors = {a.id: sorted(reg.competitors_of(a.id)) for a in reg.accounts} if reg else {}
    return render_template("registry.html", user=g.user, reg=reg, error=error, competitors=competitors,
                           recent=queries.recent_findings_by_account(ctx.store))


@dataclass(frozen=True)
class RuleLine:
    id: str
    action: str
    name: str
    needs: tuple[str, ...] = ()
    notes: str = ""


def _field(obj, name: str, default=""):
    return obj.get(name, default) if isinstance(obj, dict) else getattr(obj, name, default)


def describe_policy(policy) -> list[RuleLine]:
    """The rules a Policy exposes (policy.rules: id -> Rule), or the [[rule]] tables of default.toml."""
    rules = _field(policy, "rules", None) or _field(policy, "rule", None) or []
    items = rules.values() if isinstance(rules, dict) else rules
    out = []
    for rule in items:
        notes = []
        if _field(rule, "competitor_action", None):
            notes.append(f"{_field(rule, 'competitor_action')} where the account competes with a recipient")
        if _field(rule, "reference_accounts", True) is False:
            notes.append("not applied to reference accounts (R8)")
        out.append(RuleLine(str(_field(rule, "id")), str(_field(rule, "action")),
                            str(_field(rule, "name") or _field(rule, "description") or ""),
                            tuple(_field(rule, "needs", ()) or ()), "; ".join(notes)))
    return sorted(out, key=lambda r: (len(r.id), r.id))


@bp.route("/rules")
def rules():
    ctx = _ctx()
    lines, error, source = [], "", ""
    try:
        if ctx.policy_loader is not None:
            policy = ctx.policy_loader()
            lines = describe_policy(policy)
            source = str(_field(policy, "source", "") or "")
        if not lines and DEFAULT_RULES.exists():
            lines = describe_policy(tomllib.loads(DEFAULT_RULES.read_text(encoding="utf-8")))
            source = source or str(DEFAULT_RULES)
    except (GuardError, OSError, tomllib.TOMLDecodeError) as e:
        error = f"Error: {e}"
    return render_template("rules.html", user=g.user, lines=lines, error=error, source=source)


@bp.route("/users", methods=["GET", "POST"])
@require_role("admin")
def users_page():
    ctx = _ctx()
    if request.method == "POST":
        op = request.form.get("op", "")
        name = request.form.get("name", "").strip()
        try:
            if op == "add":
                password = request.form.get("password", "")
                if password != request.form.get("password2", ""):
                    raise users.UserError("the two passwords differ")
                users.add_user(ctx.store, name, request.form.get("role", ""), password, by=g.user.name)
                flash(f"Added {name}.")
            elif op == "remove":
                if name == g.user.name:
                    raise users.UserError("you cannot remove yourself; ask another admin")
                users.remove_user(ctx.store, name, by=g.user.name)
                flash(f"Removed {name}.")
            else:
                raise users.UserError(f"unknown operation {op!r}")
        except users.UserError as e:
            flash(f"Error: {e}.", "error")
        return redirect(url_for("admin.users_page"))
    return render_template("users.html", user=g.user, users=users.list_users(ctx.store), roles=users.ROLES)
