"""Sign-in, sign-out and the gate every other page sits behind.

The session cookie (signed, HttpOnly, SameSite=Strict, Secure over TLS) holds
the user name, a fingerprint of the password hash and a session token the store
knows (guard.web.sessions); each request re-reads both, so a removed user, a
changed password or a sign-out ends the session at once, for every copy of its
cookie. Failed
sign-ins are slowed per (name, address) by SignInThrottle; every sign-in, failed
sign-in and sign-out goes to the audit log.
"""

from __future__ import annotations

import logging
import unicodedata
from functools import wraps
from urllib.parse import urlsplit

from flask import (
    Blueprint,
    abort,
    current_app,
    flash,
    g,
    redirect,
    render_template,
    request,
    session,
    url_for,
)

from guard.web import sessions, users
from guard.web.queries import add_audit

log = logging.getLogger(__name__)
bp = Blueprint("auth", __name__)
# the sender's signed override link and the digest's signed links carry their own credential
OPEN_ENDPOINTS = {"auth.login", "static", "override.sender", "digest.link"}


def _ctx():
    return current_app.extensions["guard"]


def load_user():
    """before_request: g.user for a valid session; anything but sign-in needs one."""
    g.user = None
    name = session.get("user")
    if name:
        found = users.session_user(_ctx().store, name)
        if found and found[1] == session.get("pwv") and sessions.alive(_ctx().store, session.get("sid", ""), name):
            g.user = found[0]
        else:
            session.clear()
    if g.user is None and request.endpoint not in OPEN_ENDPOINTS:
        if request.method == "GET" and request.endpoint is not None:
            return redirect(url_for("auth.login", next=request.full_path.rstrip("?")))
        abort(401 if request.endpoint is not None else 404)
    return None


def require_role(role: str):
    """Only users with `role` (admins pass every role check) may call the view; others get 403."""
    def deco(view):
        @wraps(view)
        def wrapped(*a, **kw):
            if g.user is None or (g.user.role != role and g.user.role != "admin"):
                abort(403)
            return view(*a, **kw)
        return wrapped
    return deco


def _safe_next(target: str | None) -> str:
    """A local path to land on after sign-in; anything that could leave the site goes to the dashboard.

    Browsers drop tabs and newlines and read a backslash as a slash, so a next of slash, tab,
    slash, host would lead to that host: any control or space character, or backslash, is refused,
    and what is left must be a path with no scheme and no host.
    """
    if target and not any(c.isspace() or c == "\\" or unicodedata.category(c)[0] == "C" for c in target):
        try:
            parts = urlsplit(target)
        except ValueError:
            parts = None
        if (parts is not None and not parts.scheme and not parts.netloc
                and parts.path.startswith("/") and not parts.path.startswith("//")):
            return target
    return url_for("pages.dashboard")


@bp.route("/login", methods=["GET", "POST"])
def login():
    if g.user is not None:
        return redirect(url_for("pages.dashboard"))
    if request.method == "GET":
        return render_template("login.html", next=request.args.get("next", ""), name="")
    ctx = _ctx()
    name = request.form.get("name", "").strip()[:120]
    password = request.form.get("password", "")
    address = request.remote_addr or "?"
    wait = ctx.throttle.wait(name, address)
    if wait:
        log.warning("sign-in for %r from %s refused: locked for %d s", name, address, wait)
        return render_template("login.html", next=request.form.get("next", ""), name=name,
                               error=f"Too many failed sign-ins; try again in {wait} seconds."), 429
    found = users.verify_for_session(ctx.store, name, password) if name and password else None
    if found is None:
        n = ctx.throttle.failed(name, address)
        add_audit(ctx.store, name or "-", "signin.failed", address, f"failure {n}")
        log.warning("failed sign-in for %r from %s (%d in a row)", name, address, n)
        return render_template("login.html", next=request.form.get("next", ""), name=name,
                               error="Wrong name or password."), 401
    ctx.throttle.succeeded(name, address)
    user, fingerprint = found
    session.clear()
    session.permanent = True
    session["user"] = user.name
    session["pwv"] = fingerprint
    session["sid"] = sessions.start(ctx.store, user.name, ctx.settings.session_hours)
    add_audit(ctx.store, user.name, "signin", address, f"role {user.role}")
    log.info("%s signed in from %s", user.name, address)
    return redirect(_safe_next(request.form.get("next")))


@bp.route("/logout", methods=["POST"])
def logout():
    add_audit(_ctx().store, g.user.name, "signout", request.remote_addr or "?", "")
    sessions.end(_ctx().store, session.get("sid", ""))
    session.clear()
    flash("Signed out.")
    return redirect(url_for("auth.login"))
