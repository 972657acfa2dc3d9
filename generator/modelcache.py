"""The built model of a spec, cached: regenerating from an unchanged spec skips the build.

An entry is keyed by everything the build reads: the generator's own code, the client
configuration, and the root document (its name, as problems and the fake spec quote it, and
its text). Files the root document references are recorded in the entry with a hash of their
text and checked on lookup, so an edit to any of them is a miss. Entries are pickles written
by this process for itself (in the user's own cache directory, like black's); spec text only
ever appears in them as strings.
"""

from __future__ import annotations

import gc
import pickle
from dataclasses import dataclass
from pathlib import Path

from generator import cache
from generator.build import ClientConfig
from generator.load import Workspace, text_digest
from generator.model import Api
from generator.problems import Problem
from generator.surface import Surface

_NAMESPACE = "model"


@dataclass(frozen=True)
class Built:
    """What the build of one spec produced: the model, its warnings, the fake's data and
    the Python surface (what versioning compares)."""

    api: Api
    warnings: tuple[Problem, ...]
    fake_spec: str
    surface: Surface


@dataclass(frozen=True)
class _Entry:
    references: tuple[
        tuple[str, str], ...
    ]  # (path relative to the root's folder, text digest)
    built: Built


def _key(ws: Workspace, config: ClientConfig) -> str:
    return cache.key(
        "model-v1",
        cache.generator_fingerprint(),
        config.package,
        config.client_class,
        config.distribution or "",
        ws.root.display_name,
        ws.root.digest,
    )


def _current(base: Path, relative: str) -> str | None:
    """The digest of a referenced file's text as it is now (None if unreadable)."""
    try:
        return text_digest((base / relative).read_bytes().decode("utf-8-sig"))
    except (OSError, UnicodeDecodeError):
        return None


def lookup(ws: Workspace, config: ClientConfig) -> Built | None:
    """The cached build for this workspace and configuration, if nothing it read changed."""
    if not cache.enabled():
        return None
    key = _key(ws, config)
    data = cache.get_bytes(_NAMESPACE, key)
    if data is None:
        return None
    gc.disable()  # unpickling creates many objects and no cycles: skip needless collections
    try:
        entry = pickle.loads(data)
    except Exception:  # a damaged or foreign entry is only a miss
        return None
    finally:
        gc.enable()
    if not isinstance(entry, _Entry):
        return None
    for relative, digest in entry.references:
        if _current(ws.base_dir, relative) != digest:
            return None
    cache.touch(_NAMESPACE, key)  # in use: the last entry pruning would drop
    return entry.built


@dataclass(frozen=True)
class Slot:
    """Where a build will be stored: taken while the documents are still in memory."""

    key: str
    references: tuple[tuple[str, str], ...]


def slot(ws: Workspace, config: ClientConfig) -> Slot | None:
    """The slot for this build, with the referenced files it read; None if not cacheable."""
    if not cache.enabled():
        return None
    try:
        references = tuple(
            sorted(
                (doc.path.relative_to(ws.base_dir).as_posix(), doc.digest)
                for doc in ws.documents
                if doc is not ws.root
            )
        )
    except ValueError:  # a document outside the root's folder: never cached
        return None
    return Slot(_key(ws, config), references)


def store(where: Slot, built: Built) -> None:
    """Remember a successful build."""
    entry = _Entry(where.references, built)
    cache.put(_NAMESPACE, where.key, pickle.dumps(entry, protocol=5))
