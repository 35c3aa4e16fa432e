""""This is not a leak": an officer turns a wrong verdict into a labelled case for `guard eval`.

The message page offers it for any kept message: a false alarm (guard flagged, held or
blocked it and should have passed it) or a miss (guard passed or merely flagged it and
should have flagged or stopped it). guard.cases writes the case into [web] cases_dir.
"""

from __future__ import annotations

import logging
import re

from flask import Blueprint, abort, current_app, flash, g, redirect, request, url_for

from guard.cases import CaseError, CaseReport, write_case
from guard.errors import GuardError
from guard.web import queries
from guard.web.auth import require_role

log = logging.getLogger(__name__)
bp = Blueprint("cases", __name__)
WHY_CHARS = 2000


def _ctx():
    return current_app.extensions["guard"]


def registry_toml() -> str | None:
    """The registry the console checks against, as TOML, for the cases folder (None if unknown)."""
    loader = _ctx().registry_loader
    if loader is None:
        return None
    from guard.registry.dump import registry_to_toml

    try:
        return registry_to_toml(loader(), comment="The registry guard's console used when these cases were reported.")
    except GuardError as e:
        log.warning("cases: no registry to write beside them: %s", e)
        return None


def report_case(queue_id: str, *, expect: str, why: str, accounts: str, anonymise: bool, by: str) -> str:
    """Write the case and audit it; returns the flash text. CaseError for anything refused."""
    ctx = _ctx()
    cases_dir = ctx.settings.cases_dir
    if cases_dir is None:
        raise CaseError("no folder for cases is configured ([web] cases_dir); ask an admin")
    m = queries.get_message(ctx.store, queue_id)
    if m is None:
        abort(404)
    report = CaseReport(m.row.queue_id, m.row.verdict, expect, why[:WHY_CHARS], by,
                        tuple(re.split(r"[\s,]+", accounts.strip())) if accounts.strip() else (), anonymise)
    case = write_case(cases_dir, m.raw or b"", report, registry_toml=registry_toml())
    queries.add_audit(ctx.store, by, "case.report", m.row.queue_id,
                      f"{case.label['why']} (expect {expect}; {case.message}"
                      f"{', anonymised' if anonymise else ''})")
    log.info("%s reported as a case by %s: expect %s -> %s", m.row.queue_id, by, expect, case.message)
    return f"Saved as a test case ({case.message}, expect {expect}); guard eval {cases_dir} scores it."


@bp.route("/message/<queue_id>/case", methods=["POST"])
@require_role("officer")
def report(queue_id: str):
    f = request.form
    try:
        text = report_case(queue_id, expect=f.get("expect", ""), why=f.get("why", ""),
                           accounts=f.get("accounts", ""), anonymise=f.get("anonymise") == "1", by=g.user.name)
    except CaseError as e:
        flash(f"Error: {e}; nothing was saved.", "error")
    else:
        flash(text)
    return redirect(url_for("pages.message", queue_id=queue_id))
