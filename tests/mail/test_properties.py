"""Property tests: parse_message answers every input with a Message or a MessageError."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from guard.errors import MessageError
from guard.mail.limits import Limits
from guard.mail.model import Message
from guard.mail.parse import parse_message

from .conftest import eml

SMALL = Limits(attachment_seconds=2.0)
SEEDS = [eml(n) for n in ("plain.eml", "encoded-words.eml", "forwarded-attached.eml", "html-gmail-reply.eml",
                          "charset-big5.eml", "quote-chinese-outlook.eml")]


def parse_or_refuse(raw: bytes) -> None:
    try:
        m = parse_message(raw, limits=SMALL)
    except MessageError:
        return
    assert isinstance(m, Message)
    assert all(isinstance(p.text, str) for p in m.parts)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_give_a_message_or_message_error(raw):
    parse_or_refuse(raw)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(SEEDS), st.lists(st.tuples(st.floats(0, 1), st.integers(0, 8), st.binary(max_size=12)),
                                        min_size=1, max_size=6))
def test_mutations_of_valid_messages_give_a_message_or_message_error(seed, edits):
    raw = bytearray(seed)
    for where, cut, insert in edits:
        i = int(where * len(raw))
        raw[i:i + cut] = insert
    parse_or_refuse(bytes(raw))


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300))
def test_arbitrary_header_text_never_breaks_the_parser(value):
    raw = f"From: {value}\r\nTo: {value}\r\nSubject: {value}\r\n\r\nbody\r\n".encode("utf-8", "surrogatepass")
    parse_or_refuse(raw)
