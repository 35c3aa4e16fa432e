"""The sender's draft beside guard's safe rewrite of it (issue 15 item 1), for a kept message.

The rewrite is made on request, by the same guard.report.fix that `guard check --fix` uses, on
an engine over the console's registry and policy (built once per registry and kept)."""

from __future__ import annotations

from flask import Blueprint, abort, current_app, g, render_template

from guard.web import queries

bp = Blueprint("rewrite", __name__)


def _engine():
    """An Engine over the console's current registry and policy; rebuilt when either changes."""
    from guard.web.glance import registry_and_policy

    registry, policy = registry_and_policy(current_app.extensions["guard"])
    if registry is None or policy is None:
        abort(404)
    kept = current_app.extensions.get("guard.rewrite_engine")
    if kept is None or kept[0] is not registry or kept[1] != policy.rules:
        from guard.engine import Engine

        kept = (registry, policy.rules, Engine(registry, policy, way="console"))
        current_app.extensions["guard.rewrite_engine"] = kept
    return kept[2]


@bp.route("/message/<queue_id>/rewrite")
def rewrite(queue_id: str):
    from guard.report.fix import readable_text
    from guard.report.fix import rewrite as make_rewrite

    m = queries.get_message(current_app.extensions["guard"].store, queue_id)
    if m is None or m.raw is None:
        abort(404)
    fixed = make_rewrite(m.raw, _engine())
    return render_template("rewrite.html", user=g.user, row=m.row, original=readable_text(m.raw),
                           rewrite=readable_text(fixed.raw) if fixed.raw is not None else None,
                           changed=fixed.changed, done=fixed.done, reason=fixed.reason)
