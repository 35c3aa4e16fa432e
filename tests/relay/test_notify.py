"""The sender's notice of a held or blocked message, received by the real SMTP sink (the relay's upstream)."""

from __future__ import annotations

import smtplib
from email import policy
from email.parser import BytesParser

import pytest
from support.waiting import wait_for

from guard.config import Config
from guard.errors import ConfigError
from guard.links import read_override_token
from guard.notify import NotifySettings, notify_settings, template_text
from guard.notify.sender_notice import SenderNotifier
from guard.override import sender_may_release
from guard.policy.rules import load_policy
from guard.relay.checking import CheckPool
from guard.relay.config import relay_settings
from guard.relay.server import RelayThread
from guard.store.queries import list_messages

from .conftest import SENDER, fixture_bytes

KEY = b"n" * 32
POLICY = load_policy(None, {"R1": "hold"})


@pytest.fixture
def notifying_relay(sink, store, tmp_path):
    started = []

    def start(engine, notify: NotifySettings, checker=None, rewriter=None):
        settings = relay_settings(Config(tmp_path / "guard.toml", {"relay": {"listen": "127.0.0.1:0",
                                                                             "upstream": sink.address}}))
        notifier = SenderNotifier(notify, settings.upstream, {r.id: r.name for r in POLICY.rules.values()},
                                  may_release=lambda fs: sender_may_release(fs, POLICY), rewriter=rewriter)
        pool = CheckPool(engine=engine, checker=checker, workers=1, timeout=settings.check_timeout)
        rt = RelayThread(settings, store, pool, notifier=notifier)
        started.append((rt, pool))
        return rt.start()

    yield start
    for rt, pool in started:
        rt.stop()
        pool.close()


def notice_settings(**kw) -> NotifySettings:
    values = dict(sender=True, from_address="guard@bluewave-kw.cn", sender_template=template_text("sender.txt", None),
                  public_url="https://guard.example", secret_key=KEY)
    return NotifySettings(**(values | kw))


def send(address, rcpts, raw) -> None:
    with smtplib.SMTP(*address, timeout=30) as c:
        try:
            c.sendmail(SENDER, rcpts, raw)
        except smtplib.SMTPDataError:
            pass  # a blocked message: 550


def received(sink, n: int = 1):
    wait_for(lambda: len(sink.messages) >= n, timeout=15)
    return sink.messages


def test_the_sender_of_a_held_message_gets_the_explanation_and_an_override_link(notifying_relay, hold_engine,
                                                                                sink, store):
    send(notifying_relay(hold_engine, notice_settings()), ["olivia@maplecrest.ca"], fixture_bytes("names_other.eml"))
    [notice] = received(sink)
    [row], _ = list_messages(store, status="held")
    assert notice.mail_from == "<>" and notice.rcpts == (SENDER,)  # a null sender: never a loop
    msg = BytesParser(policy=policy.default).parsebytes(notice.content)
    assert msg["Subject"] == "Held: References" and msg["Auto-Submitted"] == "auto-generated"
    assert msg["X-Guard-Notice"] == row.queue_id and msg["In-Reply-To"] == "<names-other-1@bluewave-kw.cn>"
    text = msg.get_content()
    assert "it has NOT been sent yet" in text and "olivia@maplecrest.ca" in text
    assert "names Fjord Home" in text and "another customer" in text
    url = next(line.strip() for line in text.splitlines() if line.strip().startswith("https://guard.example/"))
    link = read_override_token(KEY, url.rsplit("/", 1)[1], 3600)
    assert (link.queue_id, link.sender) == (row.queue_id, SENDER)
    assert "released at once" in text  # R1 lets the sender release (rules/default.toml)


def test_the_sender_of_a_blocked_message_is_told_it_was_not_sent_and_gets_no_link(notifying_relay, engine, sink):
    send(notifying_relay(engine, notice_settings()), ["erik.lund@nordkok.se"], fixture_bytes("competitor_price.eml"))
    [notice] = received(sink)
    text = BytesParser(policy=policy.default).parsebytes(notice.content).get_content()
    assert "guard blocked your message" in text and "nothing was sent" in text
    assert "https://" not in text and "Change what is listed above and send it again." in text


def test_a_message_held_unchecked_is_told_so_with_its_subject(notifying_relay, sink, store):
    from guard.relay.checking import CheckOutcome

    def unparseable(raw, mail_from, rcpts):
        return CheckOutcome(None, None, 0.1, unparseable="broken MIME")

    send(notifying_relay(None, notice_settings(), checker=unparseable), ["olivia@maplecrest.ca"],
         fixture_bytes("names_other.eml"))
    [notice] = received(sink)
    msg = BytesParser(policy=policy.default).parsebytes(notice.content)
    assert msg["Subject"] == "Held: References"
    text = msg.get_content()
    assert "guard could not check it, so it waits for an officer" in text and "/override/" in text


def test_a_company_template_replaces_the_notice(notifying_relay, hold_engine, sink):
    template = "{{ queue_id }}: {% for f in findings %}{{ f.rule_name }}; {% endfor %}{{ override_url }}\n"
    send(notifying_relay(hold_engine, notice_settings(sender_template=template)), ["olivia@maplecrest.ca"],
         fixture_bytes("names_other.eml"))
    [notice] = received(sink)
    text = BytesParser(policy=policy.default).parsebytes(notice.content).get_content()
    assert "another account named; " in text and "https://guard.example/override/" in text


def test_notices_are_off_by_default(tmp_path):
    assert notify_settings(Config(tmp_path / "g.toml", {})).sender is False


def test_a_bad_template_fails_at_start_up(tmp_path):
    bad = tmp_path / "notice.txt"
    bad.write_text("{% if %}", encoding="utf-8")
    cfg = Config(tmp_path / "g.toml", {"notify": {"sender": True, "from": "guard@x.example",
                                                  "sender_template": "notice.txt"}})
    with pytest.raises(ConfigError, match=r"\[notify\] sender_template"):
        notify_settings(cfg)


def test_notices_need_a_from_address(tmp_path):
    with pytest.raises(ConfigError, match=r"\[notify\] from must be"):
        notify_settings(Config(tmp_path / "g.toml", {"notify": {"sender": True}}))


def test_the_example_configuration_has_notices_off(tmp_path):
    import shutil
    from pathlib import Path

    from guard.config import load_config

    example = tmp_path / "guard.toml"
    shutil.copy(Path(__file__).resolve().parents[2] / "config.example.toml", example)
    s = notify_settings(load_config(example))
    assert s.sender is False and s.digest_to == () and s.from_address == "guard@example.com"


def test_the_notice_offers_guards_safe_rewrite(notifying_relay, engine, sink, tmp_path):
    from support.files import REGISTRY

    from guard.notify.sender_notice import safe_rewrite_text

    rewriter = safe_rewrite_text(Config(tmp_path / "guard.toml", {"registry": {"file": str(REGISTRY)}}))
    address = notifying_relay(engine, notice_settings(), rewriter=rewriter)
    send(address, ["erik.lund@nordkok.se"], fixture_bytes("competitor_price.eml"))
    [notice] = received(sink)
    text = BytesParser(policy=policy.default).parsebytes(notice.content).get_content()
    assert "Dear Erik" in text  # the rewrite keeps the sender's own words
    rewrite = text[text.index("Dear Erik"):]
    assert "Fjord Home" not in rewrite and "8.20" not in rewrite  # and leaves out what leaked
