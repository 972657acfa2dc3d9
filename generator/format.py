"""Format generated Python with black, in-process, caching results by content hash."""

from __future__ import annotations

import hashlib
from concurrent.futures import ProcessPoolExecutor

import black

MODE = black.Mode(target_versions={black.mode.TargetVersion.PY311})


class FormatError(Exception):
    def __init__(self, path: str, message: str) -> None:
        super().__init__(path, message)
        self.path = path
        self.message = message

    def __str__(self) -> str:
        return f"{self.path}: black could not format the generated code: {self.message}"


_cache: dict[str, str] = {}


def _key(source: str) -> str:
    return hashlib.sha256(source.encode("utf-8")).hexdigest()


def format_source(path: str, source: str) -> str:
    key = _key(source)
    cached = _cache.get(key)
    if cached is not None:
        return cached
    try:
        result = black.format_str(source, mode=MODE)
    except Exception as exc:  # black raises several types; all mean the same to us
        raise FormatError(
            path, str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        ) from None
    _cache[key] = result
    return result


def _format_one(item: tuple[str, str]) -> tuple[str, str]:
    return item[0], format_source(*item)


def format_files(files: dict[str, str], workers: int = 1) -> dict[str, str]:
    """Format every .py file; other files pass through unchanged."""
    todo = [
        (p, s) for p, s in files.items() if p.endswith(".py") and _key(s) not in _cache
    ]
    if workers > 1 and len(todo) > 50:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            for (_path, source), (_, result) in zip(
                todo, pool.map(_format_one, todo, chunksize=16), strict=True
            ):
                _cache[_key(source)] = result
    out = {}
    for path, source in files.items():
        out[path] = format_source(path, source) if path.endswith(".py") else source
    return out
