"""The exceptions guard raises on purpose.

    GuardError                     anything guard reports to a user as "Error: ..."
     ├── RegistryError             the registry file or table is invalid (carries every problem)
     ├── RulesError                a rules/ file is invalid (raised at start-up, never mid-message)
     ├── ConfigError               the TOML configuration is invalid or names a missing file
     ├── MessageError              a message cannot be parsed at all (never a silent pass)
     └── StoreError                the store (database) cannot be reached or is not migrated

Adapters turn these into an exit code (CLI), a 4xx reply (relay) or a status
line (watcher); tracebacks never reach users.
"""

from __future__ import annotations


class GuardError(Exception):
    """Raised for any failure guard explains to its user in one sentence."""


class RegistryError(GuardError):
    """Raised when a registry file or table has one or more problems; `problems` lists them all."""

    def __init__(self, problems: list[str]):
        self.problems = list(problems)
        head = problems[0] if problems else "invalid registry"
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        super().__init__(head + more)


class RulesError(GuardError):
    """Raised when a rules file is missing, malformed, or names an unknown rule or action."""


class ConfigError(GuardError):
    """Raised when the configuration file is missing, malformed, or has a bad value."""


class MessageError(GuardError):
    """Raised when the bytes given are not a mail message guard can parse at all."""


class StoreError(GuardError):
    """Raised when the store cannot be opened, reached, or is at the wrong schema version."""


def cannot_listen(address: str, e: OSError) -> ConfigError:
    """ "cannot listen on 127.0.0.1:10025: address already in use": the same sentence from every
    adapter that binds a port (`guard serve`, `guard web`), never a traceback."""
    import errno

    why = "address already in use" if e.errno == errno.EADDRINUSE else (e.strerror or str(e)).lower()
    return ConfigError(f"cannot listen on {address}: {why}")
