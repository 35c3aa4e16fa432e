"""A registry file and its index, read from the disk cache while the file is unchanged.

Loading and validating a 100k-account TOML file takes seconds and indexing it more; both are
pure in the file's bytes, so the validated registry and its index are cached together
(guard.cache), keyed by the file's path and SHA-256.
"""

from __future__ import annotations

from pathlib import Path

from guard.cache import cached, digest_files
from guard.registry.index import Index, build_index
from guard.registry.model import Registry


def compiled_registry(path: str | Path) -> tuple[Registry, Index]:
    """The validated registry in `path` and its index. A file with problems raises RegistryError
    every time: only a registry that loaded is cached."""
    def build() -> tuple[Registry, Index]:
        from guard.registry.load import load_registry  # the TOML reader and validator: on a miss only

        registry = load_registry(path)
        return registry, build_index(registry)
    return cached("registry", registry_key(path), build)


def registry_key(path: str | Path) -> str | None:
    """The cache key of the registry in `path`: its name and SHA-256 (None if it cannot be read)."""
    digest = digest_files([path])
    return None if digest is None else f"{path}\0{Path(path).resolve()}\0{digest}"
