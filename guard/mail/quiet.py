"""flanker and the document libraries, imported without their noise.

flanker's address grammar (ply) prints "Symbol ... is unreachable" while it
builds, and "syntax error in default lexer" on every bad address; pypdf and
openpyxl warn about every sloppy file. Users of guard must see guard's
messages, not these, so the loggers are turned down to ERROR and stderr is
muted while flanker imports.
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import logging
import sys
import threading
import types
from types import ModuleType

_NOISY_LOGGERS = ("flanker", "flanker.addresslib._parser.lexer", "flanker.addresslib._parser.parser",
                  "flanker.mime", "ply", "pypdf", "openpyxl", "docx", "inscriptis", "chardet")
_lock = threading.Lock()
_modules: dict[str, ModuleType] = {}


def quiet_loggers() -> None:
    """Turn the libraries' own loggers down so only errors that matter reach guard's log."""
    for name in _NOISY_LOGGERS:
        logging.getLogger(name).setLevel(logging.ERROR)


def _webob_multidict() -> None:
    """flanker uses only webob.multidict, but importing it through its package runs
    webob/__init__ (requests, responses, dates: a good part of flanker's import time). The
    submodule is loaded under a bare package instead; a later `import webob` still runs
    the package in full and finds the submodule loaded."""
    if "webob" in sys.modules:
        return
    spec = importlib.util.find_spec("webob")
    if spec is None or not spec.submodule_search_locations:
        return
    bare = types.ModuleType("webob")
    bare.__path__ = list(spec.submodule_search_locations)
    sys.modules["webob"] = bare
    try:
        importlib.import_module("webob.multidict")
    except ImportError:
        sys.modules.pop("webob.multidict", None)
    finally:
        del sys.modules["webob"]


def _import_flanker() -> None:
    with _lock:
        if _modules:
            return
        quiet_loggers()
        _webob_multidict()
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
