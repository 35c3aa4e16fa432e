"""The TOML configuration shared by `guard serve`, `guard web` and `guard watch` (SPEC section 6).

This module reads the file and resolves the common sections ([registry], [store],
[rules], [limits]); each adapter validates its own section ([relay], [web],
[watch]) with `Config.section()` and raises ConfigError naming the key.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from guard.errors import ConfigError

DEFAULT_URL = "sqlite:///guard.db"  # the embedded store, in the working directory

KNOWN_SECTIONS = {"registry", "store", "rules", "limits", "ner", "relay", "web", "watch", "log", "metrics", "notify",
                  "quarantine"}


@dataclass
class Config:
    path: Path | None = None
    data: dict = field(default_factory=dict)

    @property
    def base_dir(self) -> Path:
        return self.path.parent if self.path else Path.cwd()

    def section(self, name: str) -> dict:
        value = self.data.get(name, {})
        if not isinstance(value, dict):
            raise ConfigError(f"{self.where}: [{name}] must be a table")
        return value

    @property
    def where(self) -> str:
        return str(self.path) if self.path else "configuration"

    def resolve(self, value: str) -> Path:
        """A path from the file, relative to the file's own directory."""
        p = Path(value).expanduser()
        return p if p.is_absolute() else self.base_dir / p

    @property
    def registry_file(self) -> Path | None:
        f = self.section("registry").get("file")
        return self.resolve(f) if f else None

    @property
    def store_url(self) -> str:
        url = self.section("store").get("url", DEFAULT_URL)
        if url.startswith("sqlite:///") and not url.startswith("sqlite:////") and self.path:
            rel = url[len("sqlite:///"):]
            if rel and rel != ":memory:":
                return "sqlite:///" + str(self.resolve(rel))
        return url

    @property
    def rules_dir(self) -> Path | None:
        d = self.section("rules").get("dir")
        return self.resolve(d) if d else None


def load_config(path: str | Path | None) -> Config:
    """Read and minimally validate a config file; None gives the embedded defaults."""
    if path is None:
        return Config()
    p = Path(path)
    try:
        data = tomllib.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{p}: no such configuration file") from None
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"{p}: {e}") from None
    except (OSError, UnicodeDecodeError) as e:
        raise ConfigError(f"{p}: cannot read: {e}") from None
    unknown = sorted(set(data) - KNOWN_SECTIONS)
    if unknown:
        raise ConfigError(f"{p}: unknown section [{unknown[0]}] (known: {', '.join(sorted(KNOWN_SECTIONS))})")
    return Config(p, data)
