"""Writing the log: rows and outcomes in one transaction, compare-and-set status changes."""

from __future__ import annotations

from sqlalchemy import text

from guard.policy.verdict import Finding, Verdict
from guard.store.db import StatusChange
from guard.store.queries import get_message, list_messages

from .conftest import message_to, verdict_of

R3 = verdict_of(("R3", "block", "nordkok", "name", "Nordkok", 14, 21))


def row(store, verdict=Verdict("pass"), status="delivering"):
    return store.check_row(source="relay", raw=b"Subject: x\r\n\r\nbody\r\n", verdict=verdict, status=status,
                           message=message_to("ingrid@fjordhome.no"))


def test_write_log_commits_rows_with_findings_and_outcomes_together(store):
    earlier = store.record_check(source="relay", raw=b"Subject: x\r\n\r\n", verdict=Verdict("pass"),
                                 status="delivering")
    plain, flagged = row(store), row(store, R3, "blocked")
    store.write_log([plain, flagged], [StatusChange(earlier, "delivered", "250 2.0.0 Ok")])
    assert get_message(store, earlier).row.status == "delivered"
    assert get_message(store, earlier).row.detail == "250 2.0.0 Ok"
    assert [f.account for f in get_message(store, flagged.queue_id).findings] == ["nordkok"]
    assert list_messages(store, status="delivering")[0][0].queue_id == plain.queue_id


def test_set_status_changes_only_from_the_expected_status(store):
    qid = store.record_check(source="relay", raw=b"x", verdict=Verdict("hold"), status="held")
    assert store.set_status(qid, "releasing", expect="held")
    assert not store.set_status(qid, "releasing", expect="held")  # the second release loses
    assert store.set_status(qid, "held", expect=["releasing", "released"], detail="not delivered")
    assert get_message(store, qid).row.detail == "not delivered"


def test_a_durable_commit_leaves_the_connection_as_it_found_it(store):
    store.write_log([row(store, status="held")], durable=True)
    if store.is_sqlite:
        with store.engine.connect() as c:
            assert c.execute(text("PRAGMA synchronous")).scalar() == 1  # NORMAL again
    assert list_messages(store, status="held")[1] == 1


def test_strings_longer_than_their_column_are_clipped_not_refused(store):
    # PostgreSQL refuses a VARCHAR(300) value of 400 characters: the whole message would 451 for ever
    name = "attachment:Angebot_" + "x" * 377 + ".csv"
    assert len(name) == 400
    verdict = Verdict.of([Finding("R4", "hold", "k" * 200, "price", "8.20", name, 0, 4, "a price")])
    qid = store.record_check(source="relay", raw=b"Subject: x\r\n\r\n", verdict=verdict, status="held",
                             mail_from="a" * 400 + "@bluewave-kw.cn", message=message_to("ingrid@fjordhome.no"))
    d = get_message(store, qid)
    (f,) = d.findings
    assert f.where == name[:300] and f.account == "k" * 120 and f.text == "8.20"
    assert len(d.row.mail_from) == 320
