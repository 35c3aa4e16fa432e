"""The officers' digest of held messages, received by the real SMTP sink; its signed links."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from email import policy
from email.parser import BytesParser

import pytest
from click.testing import CliRunner

from guard.notify import NotifySettings, template_text
from guard.notify.digest import due, send_digest, send_if_due
from guard.relay.config import UpstreamConfig
from guard.web.app import create_app
from guard.web.queries import audit_log
from guard.web.settings import WebSettings

from .conftest import sign_in

KEY = b"d" * 32
NAMES = {"R3": "an account named with what it buys", "R4": "another account's figures"}


def settings(**kw) -> NotifySettings:
    values = dict(from_address="guard@bluewave-kw.cn", digest_to=("compliance@bluewave-kw.cn",),
                  digest_template=template_text("digest.txt", None), public_url="https://guard.example",
                  secret_key=KEY)
    return NotifySettings(**(values | kw))


def upstream(sink) -> UpstreamConfig:
    return UpstreamConfig(host="127.0.0.1", port=sink.port, timeout=10)


def body(sink) -> str:
    [m] = sink.messages
    return BytesParser(policy=policy.default).parsebytes(m.content).get_content()


def test_the_digest_arrives_with_one_entry_per_held_message(store, sink, seeded):
    assert send_digest(store, settings(), upstream(sink), NAMES) == 2
    [m] = sink.messages
    assert m.rcpts == ("compliance@bluewave-kw.cn",) and m.mail_from == "guard@bluewave-kw.cn"
    msg = BytesParser(policy=policy.default).parsebytes(m.content)
    assert msg["Subject"] == "guard: 2 messages held for review"
    text = msg.get_content()
    assert text.startswith("2 messages held for review, the oldest waiting")
    entries = re.findall(r"^\d+\. .*$", text, re.M)
    assert len(entries) == 2
    assert text.count("names Nordkök <b>with</b> the KT-500 it buys (and 1 more finding)") == 2
    assert text.count("rules: R3 an account named with what it buys, R4 another account's figures") == 2
    links = re.findall(r"https://guard\.example/d/\S+", text)
    assert len(links) == 2 and len(set(links)) == 2
    assert "Catalogue for the autumn fair" not in text and "KT-500 offer" not in text  # not held
    [entry], _ = audit_log(store, 1, action="digest.sent")
    assert entry.target == "compliance@bluewave-kw.cn" and entry.detail.startswith("2 held")


def test_a_digest_link_leads_to_the_message_after_sign_in(store, sink, seeded, users):
    send_digest(store, settings(), upstream(sink), NAMES)
    paths = [u.removeprefix("https://guard.example") for u in re.findall(r"https://guard\.example/d/\S+", body(sink))]
    app = create_app(store, WebSettings(secret_key=KEY))
    client = app.test_client()
    first = client.get(paths[0])
    assert first.status_code == 302 and first.headers["Location"] == f"/message/{seeded['hostile']}"
    assert client.get(first.headers["Location"]).status_code == 302  # the sign-in gate still applies
    sign_in(client, "olga")
    assert "Nordkok pays USD 8.45" in client.get(first.headers["Location"]).text
    assert client.get(paths[1][:-4] + "AAAA").status_code == 400


def test_nothing_held_sends_nothing_unless_asked(store, sink):
    assert send_digest(store, settings(), upstream(sink), NAMES) is None
    assert sink.messages == []
    assert send_digest(store, settings(digest_empty=True), upstream(sink), NAMES) == 0
    assert body(sink).startswith("No messages are held for review.")


def test_the_schedule_sends_once_per_time_of_day():
    s = settings(digest_at=("07:30", "13:00"))
    at = datetime(2026, 7, 8, 7, 31, tzinfo=UTC)
    assert due(s, None, at)
    assert not due(s, datetime(2026, 7, 8, 7, 30, 30, tzinfo=UTC), at)
    assert due(s, datetime(2026, 7, 8, 7, 30, 30, tzinfo=UTC), datetime(2026, 7, 8, 13, 0, tzinfo=UTC))
    assert due(s, datetime(2026, 7, 7, 13, 1, tzinfo=UTC), datetime(2026, 7, 8, 0, 5, tzinfo=UTC)) is False
    assert not due(settings(), None, at)  # no digest_at: only `guard digest send` sends


def test_send_if_due_and_the_audit_keep_a_timer_and_the_relay_from_sending_twice(store, sink, seeded):
    s = settings(digest_at=("00:00",))
    assert send_if_due(store, s, upstream(sink), NAMES) == 2
    assert send_if_due(store, s, upstream(sink), NAMES) is None
    assert len(sink.messages) == 1


@pytest.mark.parametrize("extra", [[], ["--to", "olga@bluewave-kw.cn"]])
def test_guard_digest_send(tmp_path, store, sink, seeded, extra):
    cfg = tmp_path / "guard.toml"
    cfg.write_text(f'[store]\nurl = "{store.url}"\n[relay]\nupstream = "127.0.0.1:{sink.port}"\n'
                   f'[web]\npublic_url = "https://guard.example"\nsecret_key_file = "k.key"\n'
                   f'[notify]\nfrom = "guard@bluewave-kw.cn"\ndigest_to = ["compliance@bluewave-kw.cn"]\n',
                   encoding="utf-8")
    from guard.cli import cli

    result = CliRunner().invoke(cli, ["digest", "send", "--config", str(cfg), *extra], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    to = extra[1] if extra else "compliance@bluewave-kw.cn"
    assert f"digest of 2 held messages sent to {to}" in result.output
    assert sink.messages[0].rcpts == (to,)
    assert len(re.findall(r"https://guard\.example/d/", body(sink))) == 2


def test_the_relays_loop_sends_the_due_digest_once(store, sink, seeded):
    import asyncio

    from guard.notify.digest import digest_loop

    async def run():
        task = asyncio.create_task(digest_loop(store, settings(digest_at=("00:00",)), upstream(sink), NAMES,
                                               every=0.05))
        await asyncio.sleep(1.0)
        task.cancel()

    asyncio.run(run())
    assert len(sink.messages) == 1 and body(sink).startswith("2 messages held")
