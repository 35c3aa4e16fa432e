"""flanker and the document libraries, imported without their noise.

flanker's address grammar (ply) prints "Symbol ... is unreachable" while it
builds, and "syntax error in default lexer" on every bad address; pypdf and
openpyxl warn about every sloppy file. Users of guard must see guard's
messages, not these, so the loggers are turned down to ERROR and stderr is
muted while flanker imports.
"""

from __future__ import annotations

import contextlib
import io
import logging
import threading
from types import ModuleType

_NOISY_LOGGERS = ("flanker", "flanker.addresslib._parser.lexer", "flanker.addresslib._parser.parser",
                  "flanker.mime", "ply", "pypdf", "openpyxl", "docx", "inscriptis", "chardet")
_lock = threading.Lock()
_modules: dict[str, ModuleType] = {}


def quiet_loggers() -> None:
    """Turn the libraries' own loggers down so only errors that matter reach guard's log."""
    for name in _NOISY_LOGGERS:
        logging.getLogger(name).setLevel(logging.ERROR)


def _import_flanker() -> None:
    with _lock:
        if _modules:
            return
        quiet_loggers()
        with contextlib.redirect_stderr(io.StringIO()), contextlib.redirect_stdout(io.StringIO()):
            from flanker import mime
            from flanker.addresslib import address
        quiet_loggers()  # the lexer module sets its own level on import
        _modules["mime"] = mime
        _modules["address"] = address


def flanker_mime() -> ModuleType:
    """flanker.mime, imported quietly on first use."""
    if not _modules:
        _import_flanker()
    return _modules["mime"]


def flanker_address() -> ModuleType:
    """flanker.addresslib.address, imported quietly on first use."""
    if not _modules:
        _import_flanker()
    return _modules["address"]
