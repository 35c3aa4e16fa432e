"""/d/TOKEN: a digest's signed link to one held message; it leads to the message page (sign-in first)."""

from __future__ import annotations

from flask import Blueprint, current_app, redirect, render_template, url_for

from guard.links import LinkError, read_digest_token

bp = Blueprint("digest", __name__)


@bp.route("/d/<token>")
def link(token: str):
    s = current_app.extensions["guard"].settings
    try:
        queue_id = read_digest_token(s.secret_key, token, s.link_days * 86400)
    except LinkError as e:
        return render_template("error.html", status=400, title="Link not valid", text=str(e), user=None), 400
    return redirect(url_for("pages.message", queue_id=queue_id))
