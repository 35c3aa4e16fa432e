"""A private Dovecot for tests and the benchmark: loopback only, a free high port, a throw-away
directory, passwd-file users added on the fly (one small passwd-file per user).

As root (see /work/shared/DEPENDENCIES.md) imap-login refuses to run as root, so the
internal and login users are Debian's `dovecot` and `dovenull`, mail is owned by
`dovecot`, and the directory is chowned to it.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path

from imapclient import IMAPClient

from support.ports import free_port

DOVECOT = shutil.which("dovecot") or "/usr/sbin/dovecot"

CONF = """\
protocols = imap
listen = 127.0.0.1
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
{ssl}
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_failure_delay = 0
default_internal_user = {internal}
default_internal_group = {internal_group}
default_login_user = {login}
mail_uid = {internal}
mail_gid = {internal_group}
first_valid_uid = 0
mail_location = maildir:{root}/mail/%u
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/passwd.d/%u
}}
userdb {{
  driver = static
  args = uid={internal} gid={internal_group} home={root}/home/%u
}}
service imap-login {{
  chroot =
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {tls_port}
  }}
}}
service anvil {{
  chroot =
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
namespace inbox {{
  inbox = yes
  separator = /
  mailbox Drafts {{
    special_use = \\Drafts
  }}
  mailbox Sent {{
    special_use = \\Sent
  }}
}}
"""


class PortTaken(RuntimeError):
    """Raised when another process took the free port between choosing it and Dovecot's bind."""


class Dovecot:
    """One Dovecot instance; `start()`, `restart()`, `stop()`; users via `add_user()`.

    With tls=True it has a self-signed certificate for 127.0.0.1 (`ca_file`), offers
    STARTTLS on `port` and implicit TLS on `tls_port`.
    """

    def __init__(self, tls: bool = False) -> None:
        # Not under pytest's tmp_path: its parents are 0700 root, which Dovecot's users cannot enter.
        self.root = Path(tempfile.mkdtemp(prefix="guard-dovecot-"))
        self.tls = tls
        self.port = self.tls_port = 0
        self.ca_file = self.root / "cert.pem"
        self.proc: subprocess.Popen | None = None
        self._started = False
        root_run = os.geteuid() == 0
        me = pwd.getpwuid(os.geteuid()).pw_name
        self._owner = "dovecot" if root_run else me
        self._login = "dovenull" if root_run else me
        for d in ("run", "state", "mail", "home", "passwd.d"):
            (self.root / d).mkdir()
        if tls:
            subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                            "-keyout", str(self.root / "key.pem"), "-out", str(self.ca_file),
                            "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost"],
                           check=True, capture_output=True)
        os.chmod(self.root, 0o755)
        self._chown()

    def _write_conf(self) -> None:
        self.port = free_port()
        self.tls_port = free_port() if self.tls else 0
        ssl = "ssl = no"
        if self.tls:
            ssl = f"ssl = yes\nssl_cert = <{self.ca_file}\nssl_key = <{self.root / 'key.pem'}"
        (self.root / "dovecot.conf").write_text(CONF.format(
            root=self.root, port=self.port, tls_port=self.tls_port, ssl=ssl, internal=self._owner,
            internal_group=self._owner, login=self._login))

    def _chown(self) -> None:
        if os.geteuid() != 0:
            return
        for path in [self.root, *self.root.rglob("*")]:
            shutil.chown(path, self._owner, self._owner)

    @property
    def log(self) -> str:
        p = self.root / "dovecot.log"
        return p.read_text(errors="replace") if p.exists() else ""

    def start(self, timeout: float = 30.0) -> None:
        """Start (a restart keeps the ports) and wait for the IMAP greeting."""
        for attempt in range(3):
            if not self._started:
                self._write_conf()
            try:
                self._start(timeout)
                self._started = True
                return
            except PortTaken:
                if self._started or attempt == 2:
                    raise

    def _start(self, timeout: float) -> None:
        self.proc = subprocess.Popen([DOVECOT, "-F", "-c", str(self.root / "dovecot.conf")],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                err = self.proc.stderr.read().decode(errors="replace") + self.log
                self.stop(graceful=False)
                raise (PortTaken if "Address already in use" in err else RuntimeError)(f"dovecot exited: {err}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1) as s:
                    if s.recv(100).startswith(b"* OK"):
                        return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError(f"dovecot did not answer on port {self.port} within {timeout:g} s\n{self.log}")

    def stop(self, graceful: bool = True) -> None:
        """Like `systemctl stop dovecot`: the master and every child (open IMAP sessions too) end."""
        if self.proc is None:
            return
        pgid = self.proc.pid  # start_new_session: the master leads its own process group
        if graceful and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
        with contextlib.suppress(ProcessLookupError):
            os.killpg(pgid, signal.SIGKILL)  # imap processes outlive the master for a while
        self.proc.wait(5)
        if self.proc.stderr:
            self.proc.stderr.close()
        self.proc = None

    def restart(self) -> None:
        self.stop()
        self.start()

    def cleanup(self) -> None:
        self.stop(graceful=False)
        shutil.rmtree(self.root, ignore_errors=True)

    def add_user(self, name: str, password: str) -> None:
        # One passwd-file per user: Dovecot re-reads a changed passwd-file at most once a
        # second, but a file it never read is read at the first login.
        path = self.root / "passwd.d" / name
        path.write_text(f"{name}:{{PLAIN}}{password}\n")
        if os.geteuid() == 0:
            shutil.chown(path, self._owner, self._owner)

    def client(self, user: str, password: str) -> IMAPClient:
        c = IMAPClient("127.0.0.1", port=self.port, ssl=False, timeout=10)
        c.login(user, password)
        return c
