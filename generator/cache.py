"""A small content-addressed disk cache (black output, validation results, built models).

Entries are keyed by a hash of everything that determines them, so a stale entry can never
be returned; they live outside the repository in CLIENTGEN_CACHE (default
~/.cache/clientgen). Set CLIENTGEN_NO_CACHE=1 to bypass it.
"""

from __future__ import annotations

import hashlib
import os
import sys
import tempfile
from functools import lru_cache
from pathlib import Path


def root() -> Path:
    base = os.environ.get("CLIENTGEN_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "clientgen"
    )
    return Path(base)


def enabled() -> bool:
    return os.environ.get("CLIENTGEN_NO_CACHE", "") not in ("1", "true", "yes")


def key(*parts: str | bytes) -> str:
    h = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        h.update(len(data).to_bytes(8, "little"))
        h.update(data)
    return h.hexdigest()


def _path(namespace: str, digest: str) -> Path:
    return root() / namespace / digest[:2] / digest


def get(namespace: str, digest: str) -> str | None:
    data = get_bytes(namespace, digest)
    if data is None:
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def get_bytes(namespace: str, digest: str) -> bytes | None:
    if not enabled():
        return None
    try:
        return _path(namespace, digest).read_bytes()
    except OSError:
        return None


def put(namespace: str, digest: str, data: str | bytes) -> None:
    if not enabled():
        return
    target = _path(namespace, digest)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
        os.replace(tmp, target)
    except OSError:
        pass  # a cache that cannot be written is only slower


@lru_cache(maxsize=1)
def generator_fingerprint() -> str:
    """A hash of the generator's own code: entries derived by it go stale when it changes."""
    here = Path(__file__).resolve().parent
    parts: list[str | bytes] = [sys.version]
    for source in sorted(here.glob("*.py")):
        parts += [source.name, source.read_bytes()]
    return key(*parts)
