"""Several messages on one connection: the DATA reader's edge cases, and the upstream connection
kept for the client's next message without ever mixing two messages' recipients."""

from __future__ import annotations

import smtplib
import socket

from guard.policy.verdict import Verdict

from .conftest import HOLD, SENDER, returns

PASS = returns(Verdict("pass"))


def msg(n: int) -> bytes:
    return f"Subject: note {n}\r\nMessage-ID: <t{n}@bluewave-kw.cn>\r\n\r\nordinary text {n}\r\n".encode()


def reply(f) -> bytes:
    """One whole (possibly multi-line) SMTP reply from a socket file."""
    lines = [f.readline()]
    while lines[-1][3:4] == b"-":
        lines.append(f.readline())
    return b"".join(lines)


def start_data(s: socket.socket, f) -> None:
    """Greeting, EHLO, MAIL, RCPT and DATA by hand, so the test can write the message as it likes."""
    reply(f)
    for line in (b"EHLO t\r\n", f"MAIL FROM:<{SENDER}>\r\n".encode(), b"RCPT TO:<a@example.com>\r\n",
                 b"DATA\r\n"):
        s.sendall(line)
        reply(f)


def test_lines_starting_with_a_dot_arrive_unchanged(relay, sink):
    content = b"Subject: dots\r\n\r\n.\r\n..\r\n.leading dot\r\nend.\r\n"
    with smtplib.SMTP(*relay(checker=PASS)) as c:
        c.sendmail(SENDER, ["erik.lund@nordkok.se"], content)
    assert sink.messages[0].content == content


def test_end_of_data_split_across_packets_is_found(relay, sink):
    with socket.create_connection(relay(checker=PASS)) as s, s.makefile("rb") as f:
        start_data(s, f)
        for piece in (b"Subject: split\r\n\r\nbody\r", b"\n.", b"\r", b"\n"):
            s.sendall(piece)
        assert reply(f).startswith(b"250")
    assert sink.messages[0].content == b"Subject: split\r\n\r\nbody\r\n"


def test_a_command_sent_right_after_the_message_is_answered(relay, sink):
    with socket.create_connection(relay(checker=PASS)) as s, s.makefile("rb") as f:
        start_data(s, f)
        s.sendall(msg(1) + b".\r\nQUIT\r\n")
        assert reply(f).startswith(b"250") and reply(f).startswith(b"221")
    assert len(sink.messages) == 1


def test_a_line_over_the_limit_is_refused_and_the_connection_goes_on(relay, sink):
    with smtplib.SMTP(*relay(checker=PASS)) as c:
        c.ehlo()
        c.mail(SENDER)
        c.rcpt("a@example.com")
        assert c.data(b"Subject: long\r\n\r\n" + b"x" * 1000 + b"\r\n")[0] == 500
        c.rset()
        assert not c.sendmail(SENDER, ["b@example.com"], msg(2))
    assert [m.rcpts for m in sink.messages] == [("b@example.com",)]


def test_messages_on_one_connection_share_one_upstream_connection(relay, sink):
    with smtplib.SMTP(*relay(checker=PASS)) as c:
        for n in range(3):
            c.sendmail(SENDER, [f"r{n}@example.com"], msg(n))
    assert [m.rcpts for m in sink.messages] == [("r0@example.com",), ("r1@example.com",), ("r2@example.com",)]
    assert sink.connections == 1


def test_an_upstream_connection_dropped_while_idle_is_replaced_at_the_next_message(relay, sink):
    with smtplib.SMTP(*relay(checker=PASS)) as c:
        c.sendmail(SENDER, ["r0@example.com"], msg(0))
        sink.drop_connections()  # the upstream's idle timeout
        assert not c.sendmail(SENDER, ["r1@example.com"], msg(1))
    assert [m.rcpts for m in sink.messages] == [("r0@example.com",), ("r1@example.com",)]
    assert sink.connections == 2


def test_a_4xx_to_mail_on_the_kept_connection_is_tried_again_on_a_new_one(relay, sink):
    with smtplib.SMTP(*relay(checker=PASS)) as c:
        c.sendmail(SENDER, ["r0@example.com"], msg(0))
        sink.next_mail_replies.append("451 4.7.0 Too many messages on this connection")
        assert not c.sendmail(SENDER, ["r1@example.com"], msg(1))
    assert [m.rcpts for m in sink.messages] == [("r0@example.com",), ("r1@example.com",)]
    assert sink.connections == 2


def test_a_4xx_to_mail_on_a_new_connection_reaches_the_sender(relay, sink):
    sink.next_mail_replies.append("451 4.3.0 Queue full, try later")
    with smtplib.SMTP(*relay(checker=PASS)) as c:
        c.ehlo()
        assert c.mail(SENDER)[0] == 451
    assert sink.messages == []


def test_recipients_of_a_held_message_never_join_the_next_one(relay, sink):
    verdicts = iter([HOLD, Verdict("pass")])

    def checker(raw, mail_from, rcpts):
        return returns(next(verdicts))(raw, mail_from, rcpts)

    with smtplib.SMTP(*relay(checker=checker)) as c:
        c.sendmail(SENDER, ["held@example.com"], msg(0))  # MAIL and RCPT reached the upstream, DATA not
        c.sendmail(SENDER, ["next@example.com"], msg(1))
    assert [(m.rcpts, m.content) for m in sink.messages] == [(("next@example.com",), msg(1))]


def test_a_transaction_the_client_resets_delivers_nothing(relay, sink):
    with smtplib.SMTP(*relay(checker=PASS)) as c:
        c.ehlo()
        c.mail(SENDER)
        c.rcpt("dropped@example.com")
        c.rset()
        c.sendmail(SENDER, ["kept@example.com"], msg(1))
    assert [m.rcpts for m in sink.messages] == [("kept@example.com",)]


def test_a_message_with_a_bare_cr_is_refused_with_550_and_not_relayed(relay, sink):
    # "\r.\r\n" ends the message for some MTAs: the rest would be a second, unchecked message
    smuggled = b"Subject: x\r\n\r\nok\r\nx\r.\r\nMAIL FROM:<a@b>\r\nRCPT TO:<c@d>\r\nDATA\r\nhidden\r\n"
    with socket.create_connection(relay(checker=PASS)) as s, s.makefile("rb") as f:
        start_data(s, f)
        s.sendall(smuggled + b".\r\n")
        assert reply(f).startswith(b"550 5.5.2")
        s.sendall(b"RSET\r\n")
        assert reply(f).startswith(b"250")
    assert sink.messages == []


def test_bare_lf_is_made_crlf_and_the_checked_bytes_are_the_sent_bytes(relay, sink):
    seen: list[bytes] = []

    def checker(raw, mail_from, rcpts):
        seen.append(raw)
        return PASS(raw, mail_from, rcpts)

    with socket.create_connection(relay(checker=checker)) as s, s.makefile("rb") as f:
        start_data(s, f)
        s.sendall(b"Subject: lf\r\n\r\nfirst\ny\n.\nMAIL FROM:<a@b>\nlast\r\n.\r\n")
        assert reply(f).startswith(b"250")
    (m,) = sink.messages
    assert m.content == seen[0] == b"Subject: lf\r\n\r\nfirst\r\ny\r\n.\r\nMAIL FROM:<a@b>\r\nlast\r\n"
