"""Override with a reason (issue 15): the sender's signed link, and the officer's decision.

/override/TOKEN is open (no sign-in): the signed single-use link from guard's notice is the
sender's credential, and it names the held message and the MAIL FROM address it was sent to.
The sender gives a reason; when every stopping finding's rule has sender_may_release the
message is released at once, otherwise the request waits for an officer, who sees it on the
quarantine and message pages and releases or declines it. guard.override audits each step.
"""

from __future__ import annotations

import logging

from flask import Blueprint, abort, current_app, flash, g, redirect, render_template, request, url_for

from guard.cases import CaseError
from guard.errors import GuardError
from guard.links import LinkError, read_override_token
from guard.override import (
    OverrideError,
    decline,
    for_message,
    pending,
    release_requested,
    request_release,
    sender_may_release,
)
from guard.web import queries
from guard.web.auth import require_role

log = logging.getLogger(__name__)
bp = Blueprint("override", __name__)
OPEN = ("override.sender",)


def _ctx():
    return current_app.extensions["guard"]


@bp.app_context_processor
def _requests():
    """override_requests(qid) in every template: pending ones, or those of one message."""
    def override_requests(queue_id: str | None = None):
        store = _ctx().store
        return for_message(store, queue_id) if queue_id else pending(store)
    return {"override_requests": override_requests}


def _link():
    ctx = _ctx()
    try:
        link = read_override_token(ctx.settings.secret_key, request.view_args["token"],
                                   ctx.settings.link_days * 86400)
    except LinkError as e:
        return None, None, str(e)
    m = queries.get_message(ctx.store, link.queue_id)
    if m is None or m.row.mail_from.lower() != link.sender:
        return None, None, "this link does not match a message in guard's log"
    return link, m, ""


def _policy():
    loader = _ctx().policy_loader
    try:
        return loader() if loader else None
    except GuardError as e:
        log.error("override: cannot load the policy: %s", e)
        return None


def _release(user: str):
    reviewer = _ctx().reviewer

    def release(queue_id: str, reason: str) -> tuple[bool, str]:
        if reviewer is None:
            return False, "releasing needs the relay's upstream ([relay] upstream); ask an admin"
        outcome = reviewer.release(queue_id, user=user, reason=reason)
        return outcome.delivered, outcome.detail
    return release


@bp.route("/override/<token>", methods=["GET", "POST"])
def sender(token: str):
    link, m, error = _link()
    if link is None:
        return render_template("override_sender.html", user=None, error=error, m=None, done=""), 400
    alone = sender_may_release(m.findings, _policy())
    if request.method == "GET":
        return render_template("override_sender.html", user=None, error="", m=m, alone=alone, done="",
                               held=m.row.status == "held", cases=_ctx().settings.cases_dir is not None)
    by = f"sender:{link.sender}"
    reason = request.form.get("reason", "")
    try:
        rid = request_release(_ctx().store, m.row.queue_id, by=by, via="link", reason=reason, nonce=link.nonce)
    except OverrideError as e:
        return render_template("override_sender.html", user=None, error=str(e), m=m, done=""), 409
    done = "Your request and your reason went to the compliance officer, who decides; you will not need to send again."
    if alone:
        try:
            delivered, detail = release_requested(_ctx().store, rid, user=by, note="released by the sender: "
                                                  "every rule that held it lets the sender release",
                                                  release=_release(by))
        except GuardError as e:
            delivered, detail = False, str(e)
        done = ("Released: the mail server delivered your message." if delivered else
                f"Your request was recorded, but the message could not be released now ({detail}); "
                "the compliance officer will see it.")
    if request.form.get("not_a_leak") == "1":
        from guard.web.views_cases import report_case

        try:
            report_case(m.row.queue_id, expect="pass", why=reason, accounts="", anonymise=True, by=by)
            done += " It was also saved as a false alarm to improve guard's rules."
        except CaseError as e:
            log.info("override: sender's false-alarm report not saved: %s", e)
    return render_template("override_sender.html", user=None, error="", m=m, done=done)


@bp.route("/override-request/<int:request_id>/release", methods=["POST"])
@require_role("officer")
def officer_release(request_id: int):
    try:
        delivered, detail = release_requested(_ctx().store, request_id, user=g.user.name,
                                              note=request.form.get("note", "").strip()[:2000],
                                              release=_release(g.user.name))
    except GuardError as e:
        flash(f"Error: {e}; nothing was done.", "error")
    else:
        flash(f"Released as requested: {detail}" if delivered else f"Error: not delivered, still held: {detail}",
              "message" if delivered else "error")
    return redirect(request.form.get("back") == "message" and _back(request_id) or url_for("pages.quarantine"))


@bp.route("/override-request/<int:request_id>/decline", methods=["POST"])
@require_role("officer")
def officer_decline(request_id: int):
    try:
        req = decline(_ctx().store, request_id, user=g.user.name, note=request.form.get("note", ""))
    except OverrideError as e:
        flash(f"Error: {e}; nothing was done.", "error")
    else:
        flash(f"Declined the release of {req.queue_id}; it stays held.")
    return redirect(request.form.get("back") == "message" and _back(request_id) or url_for("pages.quarantine"))


def _back(request_id: int) -> str:
    from guard.override import get_request

    req = get_request(_ctx().store, request_id)
    if req is None:
        abort(404)
    return url_for("pages.message", queue_id=req.queue_id)
