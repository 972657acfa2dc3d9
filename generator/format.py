"""Format generated Python with black (the formatter of record), in-process.

Results are cached by content hash, in memory and on disk (generator.cache), so a module
black has already formatted is never formatted again; misses are formatted in a process
pool using every core when there are many.
"""

from __future__ import annotations

import gc
import json
import os
from concurrent.futures import ProcessPoolExecutor
from functools import lru_cache
from importlib.metadata import version
from typing import Any

from generator import cache, chunks, progress

# black is slow to import: it is loaded only when something is not in the cache.
NAMESPACE = f"black-{version('black')}-py311"


@lru_cache(maxsize=1)
def _mode() -> Any:
    import black

    return black.Mode(target_versions={black.mode.TargetVersion.PY311})


class FormatError(Exception):
    def __init__(self, path: str, message: str) -> None:
        super().__init__(path, message)
        self.path = path
        self.message = message

    def __str__(self) -> str:
        return f"{self.path}: black could not format the generated code: {self.message}"


_memory: dict[str, str] = {}


# black's syntax trees are cyclic (parents and children point at each other): only the
# cycle collector frees them. After a large module, collect at once rather than letting
# several large trees pile up (they would add ~50 MB to the peak of a large package).
_LARGE_SOURCE = 200_000  # characters


def _black(path: str, source: str) -> str:
    import black

    try:
        result: str = black.format_str(source, mode=_mode())
        return result
    except Exception as exc:  # black raises several types; all mean the same to us
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise FormatError(path, first) from None
    finally:
        if len(source) > _LARGE_SOURCE:
            gc.collect()


# A large module an edit changed is formatted piece by piece (generator.chunks): only the
# pieces black has not seen go through it. What black made of each piece of a module is
# remembered by the module's path (the last version formatted there).
_PIECES_MIN_LINES = 400
_PIECES = "pieces"


def _pieces_key(path: str) -> str:
    return cache.key("pieces-v1", NAMESPACE, path)


def _piece_digest(piece: chunks.Piece) -> str:
    return cache.key("nested" if piece.nested else "top", piece.text)


def _known_pieces(path: str) -> dict[str, str | None]:
    text = cache.get(_PIECES, _pieces_key(path))
    try:
        known = json.loads(text) if text else {}
    except ValueError:
        return {}
    if not isinstance(known, dict):
        return {}
    return {k: v for k, v in known.items() if v is None or isinstance(v, str)}


def _remember_pieces(path: str, known: dict[str, str | None]) -> None:
    cache.put(_PIECES, _pieces_key(path), json.dumps(known))


def _format_one(item: tuple[str, str]) -> str:
    path, source = item
    if source.count("\n") < _PIECES_MIN_LINES or not cache.enabled():
        return _black(path, source)
    known = _known_pieces(path)
    module = chunks.cut(source)
    if known and module is not None:
        try:
            done = chunks.format_by_pieces(
                module, known, _piece_digest, lambda text: _black(path, text)
            )
        except FormatError:
            done = None  # black refused a piece alone: format the whole module
        if done is not None:
            text, seen = done
            _remember_pieces(path, seen)
            return text
    text = _black(path, source)
    if module is not None:
        after = module if text == source else chunks.cut(text)
        learnt = chunks.learn(module, after, _piece_digest) if after else None
        if learnt is not None:
            _remember_pieces(path, learnt)
    return text


def format_files(files: dict[str, str], workers: int = 1) -> dict[str, str]:
    """Format every .py file; other files pass through unchanged."""
    keys = {p: cache.key(NAMESPACE, s) for p, s in files.items() if p.endswith(".py")}
    results: dict[str, str] = {}
    todo: list[tuple[str, str]] = []
    for path, digest in keys.items():
        hit = _memory.get(digest) or cache.get(NAMESPACE, digest)
        if hit is not None:
            results[path] = hit
        else:
            todo.append((path, files[path]))
    workers = max(1, min(workers, os.cpu_count() or 1))
    shown = progress.current()
    shown.stage("formatting", total=len(todo))
    if keys:
        shown.note(
            f"formatting: {len(keys) - len(todo)} of {len(keys)} modules from the cache"
        )
    formatted: list[str] = []
    if workers > 1 and len(todo) > 8:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            chunk = max(1, len(todo) // (workers * 4))
            for text in pool.map(_format_one, todo, chunksize=chunk):
                formatted.append(text)
                shown.advance()
    else:
        for item in todo:
            formatted.append(_format_one(item))
            shown.advance()
    for (path, _), text in zip(todo, formatted, strict=True):
        results[path] = text
        _memory[keys[path]] = text
        cache.put(NAMESPACE, keys[path], text)
    return {p: results.get(p, s) for p, s in files.items()}
