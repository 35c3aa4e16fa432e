"""Where `guard registry learn` reads Sent mail: an mbox, a Maildir, a folder of .eml files, or
an IMAP folder of a [[watch.mailbox]] (imap:NAME for the folder marked \\Sent, imap:NAME/FOLDER).

Every source yields (label, bytes) one message at a time, so memory stays bounded by one
message whatever the archive's size; `count()` is known up front for the progress bar
(mbox and Maildir read only their table of contents; IMAP asks the server).
"""

from __future__ import annotations

import mailbox
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from guard.errors import GuardError

IMAP_BATCH = 50  # messages fetched per IMAP round trip


class SourceError(GuardError):
    """A source that cannot be read at all (missing, not a mailbox, no such mailbox)."""


@dataclass
class Source:
    label: str

    def count(self) -> int:
        raise NotImplementedError

    def messages(self) -> Iterator[tuple[str, bytes]]:
        raise NotImplementedError


class MboxSource(Source):
    def __init__(self, path: Path):
        super().__init__(str(path))
        self.box = mailbox.mbox(str(path), create=False)

    def count(self) -> int:
        return len(self.box)

    def messages(self) -> Iterator[tuple[str, bytes]]:
        for i, key in enumerate(self.box.iterkeys()):
            yield f"{self.label}#{i + 1}", self.box.get_bytes(key)


class MaildirSource(Source):
    def __init__(self, path: Path):
        super().__init__(str(path))
        self.box = mailbox.Maildir(str(path), factory=None, create=False)
        self.keys = sorted(self.box.iterkeys())

    def count(self) -> int:
        return len(self.keys)

    def messages(self) -> Iterator[tuple[str, bytes]]:
        for key in self.keys:
            try:
                yield f"{self.label}/{key}", self.box.get_bytes(key)
            except KeyError:  # removed while we read: nothing to learn from it
                continue


class EmlFolderSource(Source):
    def __init__(self, path: Path):
        super().__init__(str(path))
        self.files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in (".eml", ".msg"))

    def count(self) -> int:
        return len(self.files)

    def messages(self) -> Iterator[tuple[str, bytes]]:
        for p in self.files:
            yield str(p), p.read_bytes()


class ImapSource(Source):
    """One folder of a configured mailbox, read with BODY.PEEK (nothing is marked \\Seen)."""

    def __init__(self, spec: str, config: str | None):
        super().__init__(spec)
        from guard.config import load_config
        from guard.watch.config import watch_mailboxes

        name, _, self.folder = spec[len("imap:"):].partition("/")
        if config is None:
            raise SourceError(f"{spec}: an IMAP source needs --config FILE with its [[watch.mailbox]]")
        boxes = {b.name: b for b in watch_mailboxes(load_config(config))}
        if name not in boxes:
            raise SourceError(f"{spec}: no [[watch.mailbox]] named {name!r} in {config} "
                              f"(mailboxes: {', '.join(sorted(boxes)) or 'none'})")
        self.box = boxes[name]
        self._client = None
        self._uids: list[int] = []

    def _connect(self):
        import ssl

        from imapclient import IMAPClient

        from guard.watch.imap import read_password

        box = self.box
        context = ssl.create_default_context(cafile=str(box.ca_file) if box.ca_file else None) \
            if box.tls != "none" else None
        try:
            client = IMAPClient(box.host, port=box.port, ssl=box.tls == "implicit", ssl_context=context,
                                timeout=box.timeout_seconds)
            if box.tls == "starttls":
                client.starttls(context)
            client.login(box.user, read_password(box))
            folder = self.folder or client.find_special_folder(b"\\Sent")
            if not folder:
                raise SourceError(f"{self.label}: no folder on {box.address} is marked \\Sent; "
                                  f"name it: imap:{box.name}/FOLDER")
            client.select_folder(folder, readonly=True)
            self.folder = folder
            self._uids = sorted(client.search("ALL"))
        except SourceError:
            raise
        except Exception as e:
            raise SourceError(f"{self.label}: cannot read {box.address}: {e}") from None
        self._client = client

    def count(self) -> int:
        if self._client is None:
            self._connect()
        return len(self._uids)

    def messages(self) -> Iterator[tuple[str, bytes]]:
        if self._client is None:
            self._connect()
        try:
            for i in range(0, len(self._uids), IMAP_BATCH):
                batch = self._uids[i:i + IMAP_BATCH]
                data = self._client.fetch(batch, ["BODY.PEEK[]"])
                for uid in batch:
                    raw = data.get(uid, {}).get(b"BODY[]")
                    if raw:
                        yield f"{self.label}/{self.folder}:{uid}", raw
        finally:
            try:
                self._client.logout()
            except Exception:
                pass
            self._client = None


def open_source(spec: str, config: str | None = None) -> Source:
    """The source SPEC names: imap:NAME[/FOLDER], a Maildir (cur/ new/), a folder of .eml, an mbox."""
    if spec.startswith("imap:"):
        return ImapSource(spec, config)
    p = Path(spec)
    if not p.exists():
        raise SourceError(f"{spec}: no such file or folder")
    if p.is_dir():
        if (p / "cur").is_dir() and (p / "new").is_dir():
            return MaildirSource(p)
        return EmlFolderSource(p)
    with p.open("rb") as f:
        head = f.read(5)
    if head != b"From ":
        raise SourceError(f"{spec}: not an mbox (it does not start with a 'From ' line); give a Maildir, "
                          "a folder of .eml files, or imap:MAILBOX")
    return MboxSource(p)
