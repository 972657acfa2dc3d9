"""A small content-addressed disk cache (black output, validation results).

Entries are keyed by a hash of everything that determines them, so a stale entry can never
be returned; they live outside the repository in CLIENTGEN_CACHE (default
~/.cache/clientgen). Set CLIENTGEN_NO_CACHE=1 to bypass it.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
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
    if not enabled():
        return None
    try:
        return _path(namespace, digest).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def put(namespace: str, digest: str, text: str) -> None:
    if not enabled():
        return
    target = _path(namespace, digest)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        os.replace(tmp, target)
    except OSError:
        pass  # a cache that cannot be written is only slower
