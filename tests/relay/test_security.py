"""Never an open relay; AUTH only over TLS; size and recipient limits answered with the right codes."""

from __future__ import annotations

import base64
import smtplib
import ssl
import subprocess
import threading

import pytest

from guard.policy.verdict import Verdict
from guard.relay import auth, replies
from guard.relay.auth import hash_password

from .conftest import SENDER, returns

MSG = b"Subject: hello\r\n\r\nordinary text\r\n"


@pytest.fixture(scope="module")
def cert(tmp_path_factory):
    d = tmp_path_factory.mktemp("tls")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj",
                    "/CN=localhost", "-keyout", str(d / "key.pem"), "-out", str(d / "cert.pem")],
                   check=True, capture_output=True)
    return d / "cert.pem", d / "key.pem"


@pytest.fixture
def users_file(tmp_path):
    f = tmp_path / "relay-users"
    f.write_text(f"# relay users\nmta1:{hash_password('s3cret pass')}\n")
    return f


def client_tls() -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    return ctx


def test_client_outside_allowed_networks_cannot_relay(relay, sink):
    host, port = relay(checker=returns(Verdict("pass")), allow_networks=["10.0.0.0/8"])
    with smtplib.SMTP(host, port) as c:
        c.ehlo()
        code, text = c.mail(SENDER)
        assert (code, text.decode()) == (554, replies.RELAY_DENIED[4:])
        with pytest.raises(smtplib.SMTPException):
            c.sendmail(SENDER, ["x@example.com"], MSG)
    assert sink.messages == []


def test_client_inside_allowed_networks_relays(relay, sink):
    host, port = relay(checker=returns(Verdict("pass")), allow_networks=["127.0.0.0/8"])
    with smtplib.SMTP(host, port) as c:
        c.sendmail(SENDER, ["x@example.com"], MSG)
    assert len(sink.messages) == 1


def test_auth_is_not_offered_before_starttls(relay, cert, users_file):
    host, port = relay(checker=returns(Verdict("pass")), allow_networks=[], tls_cert=str(cert[0]),
                       tls_key=str(cert[1]), auth_users_file=str(users_file))
    with smtplib.SMTP(host, port) as c:
        c.ehlo()
        assert c.has_extn("starttls") and not c.has_extn("auth")
        c.starttls(context=client_tls())
        c.ehlo()
        assert "PLAIN" in c.esmtp_features["auth"]


def test_outside_client_must_sign_in_and_then_relays(relay, sink, cert, users_file):
    host, port = relay(checker=returns(Verdict("pass")), allow_networks=[], tls_cert=str(cert[0]),
                       tls_key=str(cert[1]), auth_users_file=str(users_file))
    with smtplib.SMTP(host, port) as c:
        c.starttls(context=client_tls())
        c.ehlo()
        code, _ = c.mail(SENDER)
        assert code == replies.code_of(replies.AUTH_REQUIRED)
        c.rset()
        with pytest.raises(smtplib.SMTPAuthenticationError):
            c.login("mta1", "wrong")
        c.login("mta1", "s3cret pass")
        c.sendmail(SENDER, ["x@example.com"], MSG)
    assert len(sink.messages) == 1


def test_no_auth_offered_when_no_users_are_configured(relay, cert):
    host, port = relay(checker=returns(Verdict("pass")), tls_cert=str(cert[0]), tls_key=str(cert[1]))
    with smtplib.SMTP(host, port) as c:
        c.starttls(context=client_tls())
        c.ehlo()
        assert not c.has_extn("auth")


def test_oversized_message_is_refused_at_data_with_552(relay, sink):
    host, port = relay(checker=returns(Verdict("pass")), max_message_size=2048)
    with smtplib.SMTP(host, port) as c:
        c.ehlo()
        assert c.esmtp_features["size"] == "2048"
        c.mail(SENDER)
        c.rcpt("x@example.com")
        code, text = c.data(b"Subject: big\r\n\r\n" + (b"y" * 76 + b"\r\n") * 40)
        assert (code, text.decode()) == (552, replies.TOO_BIG.format(limit=2048)[4:])
    assert sink.messages == []


def test_declared_size_over_the_limit_is_refused_at_mail(relay):
    host, port = relay(checker=returns(Verdict("pass")), max_message_size=2048)
    with smtplib.SMTP(host, port) as c:
        c.ehlo()
        code, text = c.mail(SENDER, ["SIZE=999999"])
        assert code == 552 and text.startswith(b"5.3.4")


def test_too_many_recipients_get_452(relay, sink):
    host, port = relay(checker=returns(Verdict("pass")), max_recipients=2)
    with smtplib.SMTP(host, port) as c:
        c.ehlo()
        c.mail(SENDER)
        assert c.rcpt("a@example.com")[0] == 250
        assert c.rcpt("b@example.com")[0] == 250
        code, text = c.rcpt("c@example.com")
        assert (code, text.decode()) == (452, replies.TOO_MANY_RCPTS[4:])
        assert c.data(MSG)[0] == 250
    assert sink.messages[0].rcpts == ("a@example.com", "b@example.com")


@pytest.mark.parametrize("rcpt", ["olivia%maplecrest.ca@bluewave-kw.cn", "maplecrest.ca!olivia@bluewave-kw.cn",
                                  "<@bluewave-kw.cn,@relay.example:olivia@maplecrest.ca>"])
def test_routed_recipients_are_refused_at_rcpt_with_553(relay, sink, rcpt):
    # the engine would judge an internal mailbox while an MTA may route it to maplecrest.ca
    host, port = relay(checker=returns(Verdict("pass")))
    with smtplib.SMTP(host, port) as c:
        c.ehlo()
        c.mail(SENDER)
        code, text = c.docmd("RCPT", f"TO:{rcpt if rcpt.startswith('<') else '<' + rcpt + '>'}")
        assert (code, text.decode()) == (553, replies.ROUTED_RCPT[4:])
        assert c.rcpt("colleague@bluewave-kw.cn")[0] == 250
        assert c.data(MSG)[0] == 250
    assert sink.messages[0].rcpts == ("colleague@bluewave-kw.cn",)


def test_three_failed_auth_attempts_close_the_connection_with_421(relay, cert, users_file):
    host, port = relay(checker=returns(Verdict("pass")), allow_networks=[], tls_cert=str(cert[0]),
                       tls_key=str(cert[1]), auth_users_file=str(users_file))
    guess = "PLAIN " + base64.b64encode(b"\0mta1\0guess").decode()
    with smtplib.SMTP(host, port) as c:
        c.starttls(context=client_tls())
        c.ehlo()
        assert [c.docmd("AUTH", guess)[0] for _ in range(2)] == [535, 535]
        code, text = c.docmd("AUTH", guess)
        assert (code, text.decode()) == (421, replies.AUTH_TOO_MANY[4:])
        with pytest.raises(smtplib.SMTPServerDisconnected):
            c.docmd("AUTH", "PLAIN " + base64.b64encode(b"\0mta1\0s3cret pass").decode())


def test_passwords_are_verified_off_the_event_loop(relay, sink, cert, users_file, monkeypatch):
    # scrypt on the loop would stall every other connection for ~50 ms per guess
    threads: list[str] = []
    real = auth.verify_password

    def spy(password, encoded):
        threads.append(threading.current_thread().name)
        return real(password, encoded)

    monkeypatch.setattr(auth, "verify_password", spy)
    host, port = relay(checker=returns(Verdict("pass")), allow_networks=[], tls_cert=str(cert[0]),
                       tls_key=str(cert[1]), auth_users_file=str(users_file))
    with smtplib.SMTP(host, port) as c:
        c.starttls(context=client_tls())
        c.ehlo()
        assert c.docmd("AUTH", "PLAIN " + base64.b64encode(b"\0mta1\0s3cret pass").decode())[0] == 235
    assert threads and "guard-relay" not in threads


def test_malformed_auth_is_refused_and_the_session_goes_on(relay, sink, cert, users_file):
    """Attacks on AUTH (issue 18.7): broken base64, a missing password, a 10 KB blob; each gets a
    5xx, nothing relays, and the right credentials still work afterwards."""
    host, port = relay(checker=returns(Verdict("pass")), allow_networks=[], tls_cert=str(cert[0]),
                       tls_key=str(cert[1]), auth_users_file=str(users_file))
    with smtplib.SMTP(host, port, timeout=30) as c:
        c.starttls(context=client_tls())
        c.ehlo()
        for bad in ("PLAIN !!!not-base64!!!", "PLAIN " + base64.b64encode(b"\0mta1").decode()):
            assert 500 <= c.docmd("AUTH", bad)[0] < 600
        assert c.mail(SENDER)[0] == replies.code_of(replies.AUTH_REQUIRED)
        c.rset()
    with smtplib.SMTP(host, port, timeout=30) as c:
        c.starttls(context=client_tls())
        c.ehlo()
        assert 500 <= c.docmd("AUTH", "PLAIN " + "A" * 10_000)[0] < 600
    with smtplib.SMTP(host, port, timeout=30) as c:
        c.starttls(context=client_tls())
        c.ehlo()
        c.login("mta1", "s3cret pass")
        c.sendmail(SENDER, ["x@example.com"], MSG)
    assert len(sink.messages) == 1


def test_garbage_instead_of_a_tls_handshake_costs_only_that_connection(relay, sink, cert):
    import socket

    host, port = relay(checker=returns(Verdict("pass")), tls_cert=str(cert[0]), tls_key=str(cert[1]))
    with socket.create_connection((host, port), timeout=10) as s:
        replies_in = s.makefile("rb")

        def reply() -> bytes:
            while (line := replies_in.readline())[3:4] == b"-":
                pass
            return line
        reply()
        s.sendall(b"EHLO x\r\n")
        reply()
        s.sendall(b"STARTTLS\r\n")
        assert reply().startswith(b"220")
        s.sendall(b"\x16\x03\x01 this is not a client hello \xff" * 20)
        s.settimeout(10)
        try:
            while s.recv(4096):
                pass
        except (ConnectionResetError, TimeoutError):
            pass
    with smtplib.SMTP(host, port, timeout=30) as c:  # the relay still serves the next client
        c.starttls(context=client_tls())
        c.ehlo()
        c.sendmail(SENDER, ["x@example.com"], MSG)
    assert len(sink.messages) == 1
