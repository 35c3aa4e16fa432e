"""Release and reject: the two actions an officer takes on a held message.

Both are POST forms with CSRF tokens, for officers and admins. Both go through the
Reviewer (the relay's quarantine), which delivers a release exactly once and writes
the review and the audit entry with who and when; a second click finds the message
no longer held and changes nothing.
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


def _queue_id(queue_id: str) -> str:
    m = queries.get_message(_ctx().store, queue_id)
    if m is None:
        abort(404)
    return m.row.queue_id


def _back(queue_id: str):
    return redirect(url_for("pages.message", queue_id=queue_id))


def _reviewer():
    reviewer = _ctx().reviewer
    if reviewer is None:
        flash("Error: releasing and rejecting need the relay's upstream ([relay] upstream in the "
              "configuration); ask an admin.", "error")
    return reviewer


@bp.route("/message/<queue_id>/release", methods=["POST"])
@require_role("officer")
def release(queue_id: str):
    qid = _queue_id(queue_id)
    reason = request.form.get("reason", "").strip()[:REASON_CHARS]
    reviewer = _reviewer()
    if reviewer is None:
        return _back(qid)
    try:
        outcome = reviewer.release(qid, user=g.user.name, reason=reason)
    except GuardError as e:
        log.warning("release of %s by %s refused: %s", qid, g.user.name, e)
        flash(f"Error: {e}; nothing was done.", "error")
        return _back(qid)
    if outcome.delivered:
        flash(f"Released {qid}: {outcome.detail}")
    else:
        flash(f"Error: {qid} was not delivered and is still held: {outcome.detail}", "error")
    return _back(qid)


@bp.route("/message/<queue_id>/reject", methods=["POST"])
@require_role("officer")
def reject(queue_id: str):
    qid = _queue_id(queue_id)
    reason = request.form.get("reason", "").strip()[:REASON_CHARS]
    if not reason:
        flash("Error: give a reason for rejecting; it goes to the audit log.", "error")
        return _back(qid)
    reviewer = _reviewer()
    if reviewer is None:
        return _back(qid)
    try:
        reviewer.reject(qid, user=g.user.name, reason=reason)
    except GuardError as e:
        flash(f"Error: {e}; nothing was done.", "error")
        return _back(qid)
    flash(f"Rejected {qid}.")
    return _back(qid)
