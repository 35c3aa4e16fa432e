"""Release and reject: the two actions an officer takes on held messages.

Each asks first: a confirmation page lists the messages with the recipients they would go
to (or never reach) and wants a reason, which goes to the review and the audit log. The
server acts only on a confirmation whose digest of queue ids and recipients still matches
the store (guard.web.desk), so neither a forged form nor a stale page acts unseen. One
message or many (the quarantine's checkboxes) take the same path; after acting on one,
the officer lands on the next held message.

Both go through the Reviewer (the relay's quarantine), which delivers a release exactly
once and writes the review and the audit entry with who and when; a second click finds
the message no longer held and changes nothing.
"""

from __future__ import annotations

import logging

from flask import Blueprint, abort, current_app, flash, g, redirect, render_template, request, url_for

from guard.errors import GuardError
from guard.web import desk, queries
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


def _reason() -> str:
    return request.form.get("reason", "").strip()[:REASON_CHARS]


def confirm_page(action: str, items: list, *, reason: str = "", then: str = "next", note: str = "",
                 status: int = 200):
    """The page that asks before acting: the messages, their recipients, a reason."""
    if action not in desk.ACTIONS:
        abort(400)
    return render_template("confirm.html", user=g.user, action=action, items=items, digest=desk.digest(items),
                           reason=reason, then=then, note=note), status


def _reviewer():
    reviewer = _ctx().reviewer
    if reviewer is None:
        flash("Error: releasing and rejecting need the relay's upstream ([relay] upstream in the "
              "configuration); ask an admin.", "error")
    return reviewer


def _act_one(reviewer, action: str, qid: str, reason: str) -> bool:
    """Release or reject one message, with a flash line saying what happened; True if done."""
    try:
        if action == "reject":
            reviewer.reject(qid, user=g.user.name, reason=reason)
            flash(f"Rejected {qid}.")
            return True
        outcome = reviewer.release(qid, user=g.user.name, reason=reason)
    except GuardError as e:
        log.warning("%s of %s by %s refused: %s", action, qid, g.user.name, e)
        flash(f"Error: {e}; nothing was done.", "error")
        return False
    if outcome.delivered:
        flash(f"Released {qid}: {outcome.detail}")
        return True
    flash(f"Error: {qid} was not delivered and is still held: {outcome.detail}", "error")
    return False


def act(action: str, queue_ids: list[str], *, then: str):
    """Act on a confirmed form, or ask (again) when the confirmation is missing or stale."""
    if action not in desk.ACTIONS:
        abort(400)
    items = desk.held_items(_ctx().store, queue_ids)
    if not items:
        flash("Error: no message was selected; nothing was done.", "error")
        return redirect(url_for("pages.quarantine"))
    reason = _reason()
    if request.form.get("seen", "") != desk.digest(items):
        note = "Check the recipients below, then confirm." if not request.form.get("seen") else \
            "These messages changed since the confirmation was shown (recipients or selection); check them again."
        return confirm_page(action, items, reason=reason, then=then, note=note)
    if not reason:
        return confirm_page(action, items, then=then, status=400,
                            note=f"Give a reason for {'releasing' if action == 'release' else 'rejecting'}; "
                                 "it goes to the review and the audit log.")
    reviewer = _reviewer()
    if reviewer is None:
        return redirect(url_for("pages.message", queue_id=items[0].queue_id) if len(items) == 1
                        else url_for("pages.quarantine"))
    done = [i.queue_id for i in items if _act_one(reviewer, action, i.queue_id, reason)]
    if then == "list" or len(items) > 1:
        return redirect(url_for("pages.quarantine"))
    qid = items[0].queue_id
    if not done:
        return redirect(url_for("pages.message", queue_id=qid))
    following = desk.next_held(_ctx().store, after=qid)
    if following is None:
        flash("No more held messages.")
        return redirect(url_for("pages.quarantine"))
    return redirect(url_for("pages.message", queue_id=following))


@bp.route("/message/<queue_id>/release", methods=["POST"])
@require_role("officer")
def release(queue_id: str):
    return act("release", [_queue_id(queue_id)], then=request.form.get("then", "next"))


@bp.route("/message/<queue_id>/reject", methods=["POST"])
@require_role("officer")
def reject(queue_id: str):
    return act("reject", [_queue_id(queue_id)], then=request.form.get("then", "next"))


@bp.route("/message/<queue_id>/confirm/<action>")
@require_role("officer")
def confirm(queue_id: str, action: str):
    """The per-row links of the quarantine list: ask before acting on one message."""
    return confirm_page(action, desk.held_items(_ctx().store, [_queue_id(queue_id)]),
                        then=request.args.get("then", "next"))


@bp.route("/quarantine/act", methods=["POST"])
@require_role("officer")
def bulk():
    """The quarantine's checkboxes: one action and one reason for every selected message."""
    return act(request.form.get("action", ""), request.form.getlist("q"), then="list")
