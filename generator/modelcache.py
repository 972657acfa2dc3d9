"""The built model of a spec, cached: regenerating from an unchanged spec skips the build.

An entry is keyed by everything the build reads: the generator's own code, the client
configuration, and the root document (its name, as problems and the fake spec quote it, and
its text). Files the root document references are recorded in the entry with a hash of their
text and checked on lookup, so an edit to any of them is a miss. Entries are pickles written
by this process for itself (in the user's own cache directory, like black's); spec text only
ever appears in them as strings.

An entry also keeps the build's journal (generator.journal), and the latest entry of each
spec and configuration is remembered: after an edit, the build replays from that journal
every operation the edit did not reach.
"""

from __future__ import annotations

import io
import pickle
from dataclasses import dataclass
from pathlib import Path

from generator import cache, collector
from generator.build import ClientConfig
from generator.journal import Journal
from generator.load import Workspace, text_digest
from generator.model import Api
from generator.problems import Problem
from generator.surface import Summary

_NAMESPACE = "model"
_LATEST = "model-latest"  # spec and configuration -> the key of its latest entry


@dataclass(frozen=True)
class Built:
    """What the build of one spec produced: the model, its warnings, the fake's data and
    the Python surface as saved (what versioning compares)."""

    api: Api
    warnings: tuple[Problem, ...]
    fake_spec: str
    surface: Summary


@dataclass(frozen=True)
class _Head:
    """An entry's first part. The second is the Built, pickled after it by the same
    pickler: objects the journal shares with the model are stored once, and the journal
    can be read without the rest."""

    references: tuple[
        tuple[str, str], ...
    ]  # (path relative to the root's folder, text digest)
    journal: Journal | None


def _settings(config: ClientConfig) -> tuple[str, ...]:
    """What every key here depends on besides the spec: the generator's code and the
    client's settings."""
    return (
        cache.generator_fingerprint(),
        config.package,
        config.client_class,
        config.distribution or "",
    )


def _key(ws: Workspace, config: ClientConfig) -> str:
    return cache.key(
        "model-v1", *_settings(config), ws.root.display_name, ws.root.digest
    )


def _latest_key(ws: Workspace, config: ClientConfig) -> str:
    return cache.key("model-latest-v1", *_settings(config), ws.root.display_name)


def pack_id(config: ClientConfig) -> str:
    """What names a package's last render (generator.modulecache's pack): its settings,
    not where its spec is (a spec moved or renamed renders nothing again)."""
    return cache.key("pack-v1", *_settings(config))


def salt(config: ClientConfig) -> str:
    """What a build's journal keys depend on besides the spec."""
    return cache.key("journal-v1", *_settings(config))


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
    loaded = _load(key, whole=True)
    if loaded is None:
        return None
    head, built = loaded
    for relative, digest in head.references:
        if _current(ws.base_dir, relative) != digest:
            return None
    cache.touch(_NAMESPACE, key)  # in use: the last entry pruning would drop
    return built


def previous_journal(ws: Workspace, config: ClientConfig) -> Journal | None:
    """The journal of the latest build of this spec (by its name) and configuration."""
    if not cache.enabled():
        return None
    key = cache.get(_LATEST, _latest_key(ws, config))
    loaded = _load(key.strip(), whole=False) if key else None
    return loaded[0].journal if loaded is not None else None


def _load(key: str, whole: bool) -> tuple[_Head, Built | None] | None:
    """An entry's head, and its Built if `whole` (None if missing or unreadable)."""
    stream = cache.open_entry(_NAMESPACE, key)
    if stream is None:
        return None
    try:
        # many objects, long-lived, no cycles; streamed: never the entry's bytes and its
        # objects at once
        with collector.long_lived(), stream:
            unpickler = pickle.Unpickler(stream)
            head = unpickler.load()
            built = unpickler.load() if whole else None
    except Exception:  # a damaged or foreign entry is only a miss
        return None
    if not isinstance(head, _Head) or (whole and not isinstance(built, Built)):
        return None
    return head, built


@dataclass(frozen=True)
class Slot:
    """Where a build will be stored: taken while the documents are still in memory."""

    key: str
    latest: str  # where this spec's latest entry is remembered
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
    return Slot(_key(ws, config), _latest_key(ws, config), references)


def store(where: Slot, built: Built, journal: Journal | None = None) -> None:
    """Remember a successful build (and its journal, for the next build of an edit)."""
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=5)
    pickler.dump(_Head(where.references, journal))
    pickler.dump(built)  # the same pickler: what the journal shares is referred to
    cache.put(_NAMESPACE, where.key, buffer.getbuffer())
    cache.put(_LATEST, where.latest, where.key)
