"""TLS modes against a Dovecot with a self-signed certificate (issue 6, "What must work" 1)."""

from __future__ import annotations

import pytest
from support.dovecot import Dovecot

from .conftest import run_once

pytestmark = pytest.mark.services


@pytest.fixture(scope="module")
def dovecot():
    d = Dovecot(tls=True)
    d.start()
    yield d
    d.cleanup()


def test_implicit_tls_with_a_private_ca(mailuser, engine, store):
    d = mailuser.dovecot
    mailuser.append_draft("leak_draft.eml")
    ok, w, errors = run_once(mailuser.box(tls="implicit", port=d.tls_port, ca_file=d.ca_file), engine, store)
    assert ok and not errors
    assert len(mailuser.messages("INBOX")) == 1


def test_starttls_with_a_private_ca(mailuser, engine, store):
    d = mailuser.dovecot
    mailuser.append_draft("leak_draft.eml")
    ok, w, errors = run_once(mailuser.box(tls="starttls", port=d.port, ca_file=d.ca_file), engine, store)
    assert ok and not errors
    assert len(mailuser.messages("INBOX")) == 1


def test_untrusted_certificate_is_a_clear_error_naming_the_mailbox(mailuser, engine, store):
    d = mailuser.dovecot
    ok, _, errors = run_once(mailuser.box(tls="implicit", port=d.tls_port), engine, store)
    assert not ok
    assert errors == [f"lily: 127.0.0.1:{d.tls_port}: the server's TLS certificate is not trusted: "
                      "self-signed certificate (set ca_file for a private CA)"]
