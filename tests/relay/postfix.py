"""A private Postfix instance for end-to-end tests: its own config, queue and log under /tmp.

It listens on a free 127.0.0.1 port, relays everything to `relayhost` (guard), delivers
nothing locally, and logs to `maillog`. Needs root (Postfix drops to its `postfix` user).
"""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

POSTFIX = "/usr/sbin/postfix"
SERVICES = """\
{listen} inet n - n - - smtpd
cleanup   unix  n - n - 0 cleanup
qmgr      unix  n - n 300 1 qmgr
rewrite   unix  - - n - - trivial-rewrite
bounce    unix  - - n - 0 bounce
defer     unix  - - n - 0 bounce
trace     unix  - - n - 0 bounce
verify    unix  - - n - 1 verify
flush     unix  n - n 1000? 0 flush
proxymap  unix  - - n - - proxymap
smtp      unix  - - n - - smtp
relay     unix  - - n - - smtp
error     unix  - - n - - error
retry     unix  - - n - - error
discard   unix  - - n - - discard
anvil     unix  - - n - 1 anvil
scache    unix  - - n - 1 scache
postlog   unix-dgram n - n - 1 postlogd
"""


def available() -> str | None:
    """Why Postfix cannot run here, or None if it can."""
    if not Path(POSTFIX).exists():
        return "Postfix is not installed (apt-get install postfix)"
    if os.geteuid() != 0:
        return "a private Postfix instance needs root"
    try:
        pwd.getpwnam("postfix")
    except KeyError:
        return "there is no postfix user"
    return None


class Postfix:
    def __init__(self, port: int, relayhost: str):
        self.port = port
        self.dir = Path(tempfile.mkdtemp(prefix="guard-postfix-"))
        self.dir.chmod(0o755)  # Postfix's daemons run as the postfix user
        self.etc, self.queue, self.data = self.dir / "etc", self.dir / "queue", self.dir / "data"
        for d in (self.etc, self.queue, self.data):
            d.mkdir()
        shutil.chown(self.data, "postfix")
        self.maillog = self.dir / "maillog"
        (self.etc / "main.cf").write_text(f"""\
compatibility_level = 3.6
queue_directory = {self.queue}
data_directory = {self.data}
meta_directory = /etc/postfix
mail_owner = postfix
setgid_group = postdrop
myhostname = postfix.test
mydestination =
local_recipient_maps =
alias_maps =
alias_database =
mynetworks = 127.0.0.0/8
inet_interfaces = 127.0.0.1
inet_protocols = ipv4
relayhost = {relayhost}
smtpd_relay_restrictions = permit_mynetworks, reject
smtp_tls_security_level = none
smtputf8_enable = no
maillog_file_prefixes = {self.dir}
maillog_file = {self.maillog}
# retry deferred mail quickly in tests
queue_run_delay = 1s
minimal_backoff_time = 1s
maximal_backoff_time = 2s
""")
        (self.etc / "master.cf").write_text(SERVICES.format(listen=f"127.0.0.1:{port}"))

    def _postfix(self, *args: str) -> subprocess.CompletedProcess:
        return subprocess.run([POSTFIX, "-c", str(self.etc), *args], capture_output=True, text=True, timeout=60)

    def start(self) -> Postfix:
        r = self._postfix("start")
        if r.returncode != 0:
            raise RuntimeError(f"postfix start failed: {r.stderr} {self.log()}")
        deadline = time.monotonic() + 20
        while "daemon started" not in self.log() and time.monotonic() < deadline:
            time.sleep(0.1)
        return self

    def flush(self) -> None:
        self._postfix("flush")

    def queued(self) -> int:
        """Messages still in Postfix's queue (the sender's MTA still owns them)."""
        return sum(1 for sub in ("incoming", "active", "deferred") for p in (self.queue / sub).rglob("*")
                   if p.is_file())

    def log(self) -> str:
        return self.maillog.read_text() if self.maillog.exists() else ""

    def stop(self) -> None:
        self._postfix("stop")
        shutil.rmtree(self.dir, ignore_errors=True)
