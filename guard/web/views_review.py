"""Release and reject: the two actions an officer takes on a held message.

Both are POST forms with CSRF tokens; both go through the Reviewer (the relay's
quarantine), which delivers a release exactly once and records the review; the
console adds who did it and when to the audit log.
"""

from __future__ import annotations

import logging

from flask import Blueprint, abort, current_app, flash, g, redirect, request, url_for

from guard.errors import GuardError
from guard.web import queries
from guard.web.auth import require_role

log = logging.getLogger(__name__)
bp = Blueprint("review", __name__)
REASON_CHARS = 2000


def _ctx():
    return current_app.extensions["guard"]


def _held(queue_id: str):
    m = queries.get_message(_ctx().store, queue_id)
    if m is None:
        abort(404)
    return m


def _back(queue_id: str):
    return redirect(url_for("pages.message", queue_id=queue_id))


@bp.route("/message/<queue_id>/release", methods=["POST"])
@require_role("officer")
def release(queue_id: str):
    ctx = _ctx()
    m = _held(queue_id)
    qid = m.row.queue_id
    reason = request.form.get("reason", "").strip()[:REASON_CHARS]
    if m.row.status != "held":
        flash(f"Error: message {qid} is {m.row.status}, not held; nothing was done.", "error")
        return _back(qid)
    if ctx.reviewer is None:
        flash("Error: releasing needs the [relay] section (its upstream) in the configuration.", "error")
        return _back(qid)
    try:
        result = ctx.reviewer.release(qid, user=g.user.name, reason=reason)
    except GuardError as e:
        log.warning("release of %s by %s failed: %s", qid, g.user.name, e)
        queries.add_audit(ctx.store, g.user.name, "release.failed", qid, str(e))
        flash(f"Error: {e}", "error")
        return _back(qid)
    queries.add_audit(ctx.store, g.user.name, "release", qid, f"{reason} | upstream: {result}".strip(" |"))
    log.info("%s released %s: %s", g.user.name, qid, result)
    flash(f"Released {qid}: {result}")
    return _back(qid)


@bp.route("/message/<queue_id>/reject", methods=["POST"])
@require_role("officer")
def reject(queue_id: str):
    ctx = _ctx()
    m = _held(queue_id)
    qid = m.row.queue_id
    reason = request.form.get("reason", "").strip()[:REASON_CHARS]
    if not reason:
        flash("Error: give a reason for rejecting (the sender and the audit log will see it).", "error")
        return _back(qid)
    if m.row.status != "held":
        flash(f"Error: message {qid} is {m.row.status}, not held; nothing was done.", "error")
        return _back(qid)
    if ctx.reviewer is None:
        flash("Error: rejecting needs the relay's quarantine, which is not configured.", "error")
        return _back(qid)
    try:
        ctx.reviewer.reject(qid, user=g.user.name, reason=reason)
    except GuardError as e:
        flash(f"Error: {e}", "error")
        return _back(qid)
    queries.add_audit(ctx.store, g.user.name, "reject", qid, reason)
    log.info("%s rejected %s: %s", g.user.name, qid, reason)
    flash(f"Rejected {qid}.")
    return _back(qid)
