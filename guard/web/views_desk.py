"""Saved views of the log: save the current query under a name, delete one (each user's own)."""

from __future__ import annotations

from flask import Blueprint, current_app, flash, g, redirect, request, url_for

from guard.web import saved_views

bp = Blueprint("desk", __name__)


def _store():
    return current_app.extensions["guard"].store


@bp.route("/views", methods=["POST"])
def save():
    query = request.form.get("query", "")
    try:
        view = saved_views.save_view(_store(), g.user.name, request.form.get("name", ""), query)
    except saved_views.ViewError as e:
        flash(f"Error: {e}.", "error")
        return redirect(url_for("pages.log_page") + ("?" + saved_views.clean_query(query) if query else ""))
    flash(f"Saved the view “{view.name}”.")
    return redirect(url_for("pages.log_page") + "?" + view.query)


@bp.route("/views/<int:view_id>/delete", methods=["POST"])
def delete(view_id: int):
    if saved_views.delete_view(_store(), g.user.name, view_id):
        flash("Deleted the view.")
    else:
        flash("Error: there is no such view of yours.", "error")
    return redirect(url_for("pages.log_page"))
