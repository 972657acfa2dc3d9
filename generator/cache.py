"""A small content-addressed disk cache (black output, validation results, built models).

Entries are keyed by a hash of everything that determines them, so a stale entry can never
be returned; they live outside the repository in CLIENTGEN_CACHE (default
~/.cache/clientgen). Set CLIENTGEN_NO_CACHE=1 to bypass it. Old keys are never looked up
again, so `prune` keeps the folder under CLIENTGEN_CACHE_MAX_MB (default 2048) by deleting
the least recently written (or used: see `touch`) entries.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import BinaryIO


def root() -> Path:
    return _root(
        os.environ.get("CLIENTGEN_CACHE", ""),
        os.environ.get("XDG_CACHE_HOME", ""),
        os.environ.get("HOME", ""),
    )


@lru_cache(maxsize=8)
def _root(explicit: str, xdg: str, home: str) -> Path:
    """The folder for these settings (looked up thousands of times in a large run).
    `home` is unused here but part of the memo's key: expanduser reads HOME."""
    base = explicit or os.path.join(xdg or os.path.expanduser("~/.cache"), "clientgen")
    return Path(base)


def enabled() -> bool:
    return os.environ.get("CLIENTGEN_NO_CACHE", "") not in ("1", "true", "yes")


def key(*parts: str | bytes) -> str:
    h = hashlib.sha256()
    _add(h, parts)
    return h.hexdigest()


def keyer(*first: str | bytes) -> Callable[..., str]:
    """key() with its `first` parts hashed once: keyer(*first)(*rest) == key(*first,
    *rest). For thousands of keys that begin alike (generator.modulecache's)."""
    start = hashlib.sha256()
    _add(start, first)

    def key_of(*rest: str | bytes) -> str:
        h = start.copy()
        _add(h, rest)
        return h.hexdigest()

    return key_of


def _add(h: hashlib._Hash, parts: Iterable[str | bytes]) -> None:
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        h.update(len(data).to_bytes(8, "little"))
        h.update(data)


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


def open_entry(namespace: str, digest: str) -> BinaryIO | None:
    """An entry opened for reading (to stream a large one rather than read it whole)."""
    if not enabled():
        return None
    try:
        return _path(namespace, digest).open("rb")
    except OSError:
        return None


def put(namespace: str, digest: str, data: str | bytes | memoryview) -> None:
    put_parts(
        namespace, digest, [data.encode("utf-8") if isinstance(data, str) else data]
    )


def put_parts(namespace: str, digest: str, parts: Iterable[bytes | memoryview]) -> None:
    """An entry made of `parts` in order (written one by one, never joined in memory)."""
    if not enabled():
        return
    target = _path(namespace, digest)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
        try:
            with os.fdopen(fd, "wb") as fh:
                for part in parts:
                    fh.write(part)
            os.replace(tmp, target)
        except OSError:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
    except OSError:
        pass  # a cache that cannot be written is only slower


@lru_cache(maxsize=1)
def generator_fingerprint() -> str:
    """A hash of the generator's own code: entries derived by it go stale when it changes."""
    here = Path(__file__).resolve().parent
    parts: list[str | bytes] = [sys.version]
    for source in sorted(here.rglob("*.py")):  # generator/build/ and any other package
        parts += [source.relative_to(here).as_posix(), source.read_bytes()]
    return key(*parts)


def touch(namespace: str, digest: str) -> None:
    """Mark an entry as used (its mtime is what pruning goes by)."""
    if not enabled():
        return
    with contextlib.suppress(OSError):
        os.utime(_path(namespace, digest))


DEFAULT_MAX_MB = 2048
_STAMP = ".last-prune"


def max_bytes() -> int:
    """CLIENTGEN_CACHE_MAX_MB in bytes (the default when unset or not a positive number)."""
    raw = os.environ.get("CLIENTGEN_CACHE_MAX_MB", "")
    try:
        mb = int(raw)
    except ValueError:
        mb = DEFAULT_MAX_MB
    return (mb if mb > 0 else DEFAULT_MAX_MB) * 1024 * 1024


_DIGEST = re.compile(r"[0-9a-f]{64}")


def _entries(folder: Path) -> Iterator[os.DirEntry[str]]:
    """This module's entries (NAMESPACE/xx/DIGEST) and the compiled templates (jinja/):
    never anything else kept under the same folder (the test corpus, the bench's tools)."""
    for namespace in _scan(folder):
        if not namespace.is_dir(follow_symlinks=False):
            continue
        for bucket in _scan(Path(namespace.path)):
            if not bucket.is_dir(follow_symlinks=False):
                continue
            for entry in _scan(Path(bucket.path)):
                if not entry.is_file(follow_symlinks=False):
                    continue
                if (
                    _DIGEST.fullmatch(entry.name) and entry.name[:2] == bucket.name
                ) or (namespace.name == "jinja" and entry.name.endswith(".cache")):
                    yield entry


def _scan(folder: Path) -> list[os.DirEntry[str]]:
    try:
        return list(os.scandir(folder))
    except OSError:
        return []


def prune(limit: int | None = None, *, every: float = 3600.0) -> int:
    """Delete the oldest entries until the cache is under 80% of `limit` (bytes; default
    max_bytes()); returns the bytes freed. Runs at most once per `every` seconds (a stamp
    file), as it reads the whole folder; concurrent runs only race to delete."""
    if not enabled():
        return 0
    folder = root()
    stamp = folder / _STAMP
    now = time.time()
    try:
        if now - stamp.stat().st_mtime < every:
            return 0
    except OSError:
        pass
    try:
        folder.mkdir(parents=True, exist_ok=True)
        stamp.touch()
    except OSError:
        return 0
    limit = max_bytes() if limit is None else limit
    found = []
    for entry in _entries(folder):
        try:
            st = entry.stat(follow_symlinks=False)
        except OSError:
            continue
        found.append((st.st_mtime, st.st_size, entry.path))
    total = sum(size for _, size, _ in found)
    if total <= limit:
        return 0
    freed = 0
    for _, size, path in sorted(found):
        if total - freed <= limit * 0.8:
            break
        try:
            os.unlink(path)
        except OSError:
            continue
        freed += size
    return freed
