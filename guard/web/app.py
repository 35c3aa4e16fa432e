"""The Flask app factory: security headers, sessions, CSRF, sign-in gate, error pages.

Everything a page needs comes from one ConsoleContext (the store, settings, the
quarantine reviewer, registry and policy loaders), so tests build the app on a
temporary store with the real pieces and nothing global.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta

from flask import Flask, current_app, g, has_request_context, render_template, request
from flask.sessions import SecureCookieSessionInterface
from flask_wtf.csrf import CSRFError, CSRFProtect
from werkzeug.exceptions import HTTPException

from guard.errors import GuardError
from guard.store.db import Store
from guard.web import auth, format
from guard.web.review import Reviewer
from guard.web.settings import WebSettings
from guard.web.throttle import SignInThrottle

log = logging.getLogger(__name__)

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
       "frame-ancestors 'none'; base-uri 'none'")
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
}


@dataclass
class ConsoleContext:
    store: Store
    settings: WebSettings
    reviewer: Reviewer | None = None
    registry_loader: Callable[[], object] | None = None   # -> guard.registry.model.Registry
    policy_loader: Callable[[], object] | None = None     # -> guard.policy.rules.Policy
    throttle: SignInThrottle = field(default_factory=SignInThrottle)


def console() -> ConsoleContext:
    return current_app.extensions["guard"]


def create_app(store: Store, settings: WebSettings | None = None, *, reviewer: Reviewer | None = None,
               registry_loader: Callable[[], object] | None = None,
               policy_loader: Callable[[], object] | None = None,
               throttle: SignInThrottle | None = None) -> Flask:
    """The console over `store`. The store must be upgraded (guard web does it at start)."""
    settings = settings or WebSettings()
    if not settings.secret_key:
        import secrets

        settings = WebSettings(**{**settings.__dict__, "secret_key": secrets.token_bytes(32)})
    app = Flask(__name__)
    app.session_interface = _SessionInterface()
    app.config.update(
        SECRET_KEY=settings.secret_key,
        SESSION_COOKIE_NAME="guard_session",
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Strict",
        SESSION_COOKIE_SECURE=settings.secure_cookies,
        PERMANENT_SESSION_LIFETIME=timedelta(hours=settings.session_hours),
        WTF_CSRF_TIME_LIMIT=int(settings.session_hours * 3600),
        WTF_CSRF_SSL_STRICT=False,  # Referrer-Policy no-referrer: browsers send no Referer to check
        MAX_CONTENT_LENGTH=256 * 1024,  # forms only; nothing is uploaded
        JSON_AS_ASCII=False,
    )
    app.extensions["guard"] = ConsoleContext(
        store, settings, reviewer, registry_loader, policy_loader,
        throttle or SignInThrottle(settings.failed_signins_free, settings.lockout_seconds_max))
    CSRFProtect(app)
    format.install(app)

    from guard.web import views_admin, views_log, views_review

    app.register_blueprint(auth.bp)
    app.register_blueprint(views_log.bp)
    app.register_blueprint(views_review.bp)
    app.register_blueprint(views_admin.bp)
    app.register_blueprint(__import__("guard.web.views_learn", fromlist=["bp"]).bp)  # /learn (issue 17)
    from guard.web import views_cases, views_digest, views_export, views_override

    app.register_blueprint(views_cases.bp)  # reported mistakes -> labelled cases (issue 15)
    app.register_blueprint(views_override.bp)  # override with a reason (issue 15)
    app.register_blueprint(views_digest.bp)  # the digest's signed links (issue 16)
    app.register_blueprint(views_export.bp)  # CSV exports and trends (issue 16)
    app.register_blueprint(__import__("guard.web.views_rewrite", fromlist=["bp"]).bp)  # the safe rewrite (issue 15)
    app.register_blueprint(__import__("guard.web.views_desk", fromlist=["bp"]).bp)  # saved views (issue 16)
    app.before_request(auth.load_user)
    app.after_request(_headers)
    _errors(app)
    return app


class _SessionInterface(SecureCookieSessionInterface):
    """The session cookie is Secure whenever the request came over TLS: served with TLS, or
    through the [web] trusted_proxy saying X-Forwarded-Proto: https (waitress believes only
    that address and sets the scheme from it), or always with secure_cookies = true."""

    def get_cookie_secure(self, app: Flask) -> bool:
        return bool(app.config["SESSION_COOKIE_SECURE"] or (has_request_context() and request.is_secure))


def _headers(response):
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
    if request.endpoint != "static":
        response.headers["Cache-Control"] = "no-store"
    return response


def _error_page(status: int, title: str, text: str):
    return render_template("error.html", status=status, title=title, text=text, user=g.get("user")), status


def _errors(app: Flask) -> None:
    @app.errorhandler(CSRFError)
    def csrf_failed(e):
        return _error_page(400, "Form expired", "The form expired or did not come from this console; "
                           "go back, reload the page and try again.")

    @app.errorhandler(GuardError)
    def guard_failed(e):
        log.error("console: %s", e)
        return _error_page(503, "Not available", f"Error: {e}")

    @app.errorhandler(HTTPException)
    def http_failed(e):
        texts = {403: "Your role does not allow this page.", 404: "There is no such page or message.",
                 405: "That action is not available this way.", 413: "The form is too large."}
        return _error_page(e.code or 500, e.name, texts.get(e.code, e.description or e.name))

    @app.errorhandler(Exception)
    def crashed(e):
        log.exception("console: unexpected error on %s %s", request.method, request.path)
        return _error_page(500, "Internal error", "Something went wrong; the details are in the console's log.")
