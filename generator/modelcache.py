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

The journal's start (the classes of the components, most of a large model) is kept in an
entry of its own, named by what it is built from (the spec's name and the journal's base):
an edit to the paths leaves it as it was, so it is neither pickled nor written again, and
the model's entry names its classes instead of holding them. On GitHub's spec the start is
6.3 of the 18 MB an entry held, and 0.16 of the 0.28 s its pickling took.
"""

from __future__ import annotations

import copyreg
import io
import pickle
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from generator import cache, collector
from generator.build import ClientConfig
from generator.journal import Journal, Start
from generator.load import Workspace, text_digest
from generator.model import Api, EnumDef, ModelDef
from generator.problems import Problem
from generator.surface import Summary

_NAMESPACE = "model"
_LATEST = "model-latest"  # spec and configuration -> the key of its latest entry
_STARTS = "model-start"  # a journal's start, by the spec's name and the journal's base
_NO_START = b"-" * 64


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
    """An entry's first pickle, after a line naming its start (the key of its entry, or
    dashes). The second is the Built, pickled after it by the same pickler: objects the
    journal shares with the model are stored once, and the journal can be read without
    the rest."""

    references: tuple[
        tuple[str, str], ...
    ]  # (path relative to the root's folder, text digest)
    journal: Journal | None
    lines: dict[str, str]  # the surface's line of each journal class, by token


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


@dataclass(frozen=True)
class Latest:
    """The latest build of a spec, as the build of an edit reuses it."""

    journal: Journal
    lines: dict[str, str]  # its surface's line of each of its classes, by token


def latest(ws: Workspace, config: ClientConfig) -> Latest | None:
    """The latest build of this spec (by its name) and configuration, if it kept a
    journal."""
    if not cache.enabled():
        return None
    key = cache.get(_LATEST, _latest_key(ws, config))
    loaded = _load(key.strip(), whole=False) if key else None
    journal = loaded[0].journal if loaded is not None else None
    if loaded is None or journal is None:
        return None
    return Latest(journal, loaded[0].lines)


def _start_key(document: str, journal: Journal) -> str:
    """A start is what the builder makes of everything outside `paths` (the journal's
    base) in a document of that name (its classes' `source` quotes it)."""
    return cache.key("model-start-v1", document, journal.base)


def _load(key: str, whole: bool) -> tuple[_Head, Built | None] | None:
    """An entry's head, and its Built if `whole` (None if missing or unreadable)."""
    stream = cache.open_entry(_NAMESPACE, key)
    if stream is None:
        return None
    try:
        # many objects, long-lived, no cycles; streamed: never the entry's bytes and its
        # objects at once
        with collector.long_lived(), stream:
            start = _read_start(stream.readline().rstrip(b"\n"))
            unpickler = _EntryUnpickler(stream, start)
            head = unpickler.load()
            built = unpickler.load() if whole else None
    except Exception:  # a damaged or foreign entry is only a miss
        return None
    if not isinstance(head, _Head) or (whole and not isinstance(built, Built)):
        return None
    return head, built


def _read_start(name: bytes) -> Start | None:
    """The start an entry's first line names (None: it names none); ValueError if it is
    missing or unreadable."""
    if name == _NO_START:
        return None
    key = name.decode("ascii")
    stream = cache.open_entry(_STARTS, key)
    if stream is None:
        raise ValueError("the entry's start is gone")
    with stream:
        start = pickle.load(stream)
    if not isinstance(start, Start):
        raise ValueError("not a start")
    cache.touch(_STARTS, key)
    return start


# What an entry's pickles call for the start's objects: the start itself, and its classes
# by name. Never called: _EntryUnpickler gives the start's own lookups in their place.
def _the_start() -> Start:
    raise pickle.UnpicklingError("a model entry read without its start")


def _start_model(name: str) -> ModelDef:
    raise pickle.UnpicklingError("a model entry read without its start")


def _start_enum(name: str) -> EnumDef:
    raise pickle.UnpicklingError("a model entry read without its start")


class _EntryUnpickler(pickle.Unpickler):
    def __init__(self, file: IO[bytes], start: Start | None) -> None:
        super().__init__(file)
        self._start = start

    def find_class(self, module: str, name: str) -> Any:
        if module == __name__ and name in ("_the_start", "_start_model", "_start_enum"):
            start = self._start
            if start is None:
                raise pickle.UnpicklingError("a model entry read without its start")
            if name == "_start_model":
                return start.models.__getitem__
            if name == "_start_enum":
                return start.enums.__getitem__
            return lambda: start
        return super().find_class(module, name)


def _entry_pickler(buffer: io.BytesIO, start: Start | None) -> pickle.Pickler:
    """A pickler that writes `start` and its classes as references to it (by name)."""
    pickler = pickle.Pickler(buffer, protocol=5)
    if start is None:
        return pickler
    models, enums = start.models, start.enums

    def model(m: ModelDef) -> Any:
        return (_start_model, (m.name,)) if models.get(m.name) is m else _reduce(m)

    def enum(e: EnumDef) -> Any:
        return (_start_enum, (e.name,)) if enums.get(e.name) is e else _reduce(e)

    table: dict[type, Callable[[Any], Any]] = dict(copyreg.dispatch_table)
    table.update({Start: lambda s: (_the_start, ()) if s is start else _reduce(s)})
    table.update({ModelDef: model, EnumDef: enum})
    pickler.dispatch_table = table
    return pickler


def _reduce(obj: object) -> Any:
    """What pickle does with an object that has no entry in the dispatch table."""
    return obj.__reduce_ex__(5)


@dataclass(frozen=True)
class Slot:
    """Where a build will be stored: taken while the documents are still in memory."""

    key: str
    latest: str  # where this spec's latest entry is remembered
    references: tuple[tuple[str, str], ...]
    document: str  # the root document's name


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
    return Slot(
        _key(ws, config), _latest_key(ws, config), references, ws.root.display_name
    )


def tokens(where: Slot, journal: Journal | None) -> dict[int, tuple[object, str]]:
    """The tokens (generator.tokens) of the journal's classes: each named by what
    determines it, its start's key or its operation's key and chain, and by its kind and
    name."""
    if journal is None:
        return {}
    found: dict[int, tuple[object, str]] = {}

    def add(made_by: str, models: Iterable[ModelDef], enums: Iterable[EnumDef]) -> None:
        for m in models:
            found[id(m)] = (m, f"{made_by}:model:{m.name}")
        for e in enums:
            found[id(e)] = (e, f"{made_by}:enum:{e.name}")

    start = journal.start
    add(
        _start_key(where.document, journal), start.models.values(), start.enums.values()
    )
    for record in journal.operations.values():
        effects = record.effects
        add(f"{record.key}:{record.chain}", effects.models, effects.enums)
    return found


def store(
    where: Slot,
    built: Built,
    journal: Journal | None = None,
    previous: Journal | None = None,
    lines: dict[str, str] | None = None,
) -> None:
    """Remember a successful build (and its journal and the surface's `lines` of its
    classes, for the next build of an edit). The journal's start is written unless it
    is `previous`'s, read from the cache."""
    start = journal.start if journal is not None else None
    name = _NO_START
    if start is not None and journal is not None:
        key = _start_key(where.document, journal)
        if previous is None or previous.start is not start:
            data = io.BytesIO()
            pickle.Pickler(data, protocol=5).dump(start)
            cache.put(_STARTS, key, data.getbuffer())
        name = key.encode("ascii")
    buffer = io.BytesIO()
    buffer.write(name + b"\n")
    pickler = _entry_pickler(buffer, start)
    pickler.dump(_Head(where.references, journal, lines or {}))
    pickler.dump(built)  # the same pickler: what the journal shares is referred to
    cache.put(_NAMESPACE, where.key, buffer.getbuffer())
    cache.put(_LATEST, where.latest, where.key)
