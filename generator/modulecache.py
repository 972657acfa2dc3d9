"""Formatted modules, kept by exactly what they were rendered from.

A resource, model or enum module is rendered from one template and a small context (the
package name and one model object), never from the whole API: the key is a hash of that
template's source (with the templates it imports or includes), the pickled context, the
generator's own code and black's version. A module whose key is known is neither rendered
nor formatted again; after a spec edit only the modules the edit reaches are. Pickling can
only make equal contexts miss (never make different ones match): the bytes are the object.
A model or enum class is in its module's key as the digest of its value (Values), which
after an edit is mostly known without pickling the class again."""

from __future__ import annotations

import dataclasses
import hashlib
import io
import marshal
import operator
import os
import pickle
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, BinaryIO

from generator import cache
from generator.format import NAMESPACE as FORMAT_NAMESPACE
from generator.tokens import Remembered, Tokens


def template_digest(directory: Path, name: str) -> str | None:
    """The digest of template `name` with every template it imports, includes or extends,
    transitively (once per render, not once per module): a change to a macro file must
    miss too. A reference that is not one string literal brings in the whole directory.

    References are found in the source text (`_references`), not by parsing it with
    Jinja: a parse of the four module templates was 25 ms of a 190 ms warm run."""
    parts: list[str | bytes] = []
    seen: set[str] = set()
    todo = [name]
    try:
        while todo:
            current = todo.pop()
            if current in seen:
                continue
            seen.add(current)
            source = (directory / current).read_text(encoding="utf-8")
            parts += [current, source]
            refs = _references(source)
            if refs is None:
                return cache.key(*parts, templates_digest(directory))
            todo += refs
    except (OSError, UnicodeDecodeError):
        return None
    return cache.key(*parts)


# A tag that can name another template: {% import %}, {% from %}, {% include %}, {% extends %}
# (any whitespace control). Its argument, when it is one string literal.
_REFERENCING_TAG = re.compile(
    r"\{%[-+]?\s*(?:import|from|include|extends)\b(.*?)[-+]?%\}", re.DOTALL
)
_LITERAL = re.compile(
    r"""\s*(["'])([^"'\\]*)\1\s*(?:(?:as|import|ignore|with|without)\b.*)?\Z""",
    re.DOTALL,
)


def _references(source: str) -> list[str] | None:
    """The templates `source` names in its tags; None if a tag names one by something
    other than a string literal (a variable, a list, a concatenation). A tag inside a
    comment or a raw block is counted too: that only adds a file to the digest."""
    found = []
    for tag in _REFERENCING_TAG.finditer(source):
        literal = _LITERAL.match(tag.group(1))
        if literal is None:
            return None
        found.append(literal.group(2))
    return found


def templates_digest(directory: Path) -> str:
    """Every file of the templates folder (so every template a module's can import)."""
    parts: list[str | bytes] = []
    for path in sorted(directory.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            parts += [path.relative_to(directory).as_posix(), path.read_bytes()]
    return cache.key(*parts)


class _ValuePickler(pickle.Pickler):
    """Pickles a dataclass as its class and its fields' values in order: no field names
    and no state hook per object (TypeRef's drops its cached spellings). GitHub's 3,418
    model and resource contexts: 0.62 s and 15.0 MB pickled before, 0.39 s and 8.7 MB.
    Only for keys: nothing pickled here is ever unpickled."""

    def reducer_override(self, obj: Any) -> Any:
        kind = type(obj)
        try:
            values = _FIELD_VALUES[kind]
        except KeyError:
            values = _FIELD_VALUES[kind] = _field_values(kind)
        if values is None:  # not a dataclass instance: pickled as pickle does
            return NotImplemented
        return kind, values(obj)


# each type seen: how to get its instances' field values (None: not a dataclass; the
# classes themselves, pickled as references, are among these, as instances of `type`)
_FIELD_VALUES: dict[type, Callable[[Any], Any] | None] = {}


def _field_values(kind: type) -> Callable[[Any], Any] | None:
    """A function giving the values of the fields of dataclass `kind`'s instances, as a
    tuple; None if `kind` is not a dataclass."""
    if not dataclasses.is_dataclass(kind):
        return None
    names = [f.name for f in dataclasses.fields(kind)]
    if len(names) > 1:
        return operator.attrgetter(*names)

    def values(instance: Any) -> tuple[Any, ...]:
        return tuple(getattr(instance, n) for n in names)

    return values


def key(source: str, context: dict[str, Any]) -> str | None:
    """The key of the module a template with digest `source` renders from `context`; None
    if the context cannot be pickled."""
    data = _pickled(context)
    if data is None:
        return None
    return _keyer(cache.generator_fingerprint())(source, data)


@lru_cache(maxsize=1)
def _keyer(fingerprint: str) -> Callable[..., str]:
    return cache.keyer("module-v3", FORMAT_NAMESPACE, fingerprint)


def _pickled(value: object) -> bytes | None:
    """`value` pickled for a key (None if it cannot be)."""
    buffer = io.BytesIO()
    pickler = _ValuePickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
    # No memo: the bytes then say only what the values are, never which of them happen
    # to be one object (a model replayed from a journal shares strings differently from
    # one just built). The contexts are trees of frozen dataclasses: no cycles.
    pickler.fast = True
    try:
        pickler.dump(value)
    except (
        pickle.PicklingError,
        TypeError,
        AttributeError,
        ValueError,
        RecursionError,
    ):
        return None
    return buffer.getvalue()


def _value_digest(value: object) -> str | None:
    """A digest of `value`, pickled as key() pickles a context (None if it cannot be)."""
    data = _pickled(value)
    return None if data is None else hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class Origin:
    """What the model a render is given was built from, as far as reusing modules goes:
    `model`, a key of the spec's text and the client's settings (generator.pipeline; ""
    if unknown, then nothing is reused whole), and the `tokens` of its classes
    (generator.tokens)."""

    model: str = ""
    tokens: Tokens = dataclasses.field(default_factory=dict)


@dataclass(frozen=True)
class Digest:
    """A model or enum class in a module's key: the digest of its value (see Values)."""

    value: str


class Values:
    """The digests of the models and enums that modules are rendered from.

    A class the journal holds is digested once and its digest kept in the pack by its
    token (generator.tokens): after an edit to the paths, GitHub's 6,400 classes are not
    pickled again for their keys. A token names what determines the class's value, so a
    digest found by token is that value's digest."""

    def __init__(self, tokens: Tokens) -> None:
        self._digests = Remembered(tokens, _pack.values if _pack is not None else {})

    @property
    def kept(self) -> dict[str, str]:
        return self._digests.kept

    def of(self, obj: object, value: Callable[[], object]) -> Digest | None:
        """The digest of `value()`: what is keyed of class `obj` (without what no
        template reads); None if it cannot be pickled."""
        found = self._digests.get(obj, lambda: _value_digest(value()))
        return None if found is None else Digest(found)


def get(digest: str) -> str | None:
    """The module whose key is `digest`, from the package's last render (its pack)."""
    return _pack.get(digest) if _pack is not None else None


# A package's modules are kept together, one file for the whole package as last rendered
# (GitHub's: 6,400 modules, 15 MB): reading them back costs one open, and writing them
# one file. (An entry per module as well meant 6,432 more files on a cold GitHub run; its
# formatting stage, where the entries were written, took 4.4-5.4 s with the cache and
# 1.1 s without on this machine's disk. What only those entries served: an edit undone,
# whose modules are now rendered again.) The pack is read by offset (os.pread). Its texts
# are looked up by module key: a stale pack can only miss.
_PACKS = "module-pack"


@dataclass
class _Pack:
    file: BinaryIO
    index: dict[str, tuple[int, int]]  # module key -> (offset, length) of its text
    render: str  # render_key of the render the pack holds ("" if none)
    paths: dict[str, str]  # that render's modules: path -> module key
    values: dict[str, str]  # that render's classes' digests by token (see Values)

    def get(self, digest: str) -> str | None:
        where = self.index.get(digest)
        if where is None:
            return None
        offset, length = where
        try:
            data = os.pread(self.file.fileno(), length, offset)
            return data.decode("utf-8") if len(data) == length else None
        except (OSError, UnicodeDecodeError):
            return None


_pack: _Pack | None = None


def open_pack(name: str) -> None:
    """Make the pack `name` (see save_pack) what get() looks in first."""
    global _pack
    close_pack()
    entry = cache.open_entry(_PACKS, name)
    if entry is None:
        return
    try:
        end = entry.seek(0, os.SEEK_END)
        entry.seek(end - 8)
        size = int.from_bytes(entry.read(8), "little")
        entry.seek(end - 8 - size)
        loaded = marshal.loads(entry.read(size))
        if not isinstance(loaded, tuple) or len(loaded) != 4:
            raise ValueError("not a pack")
        index, render, paths, values = loaded
        if not (
            isinstance(index, dict)
            and all(
                isinstance(k, str) and isinstance(v, tuple) and len(v) == 2
                for k, v in index.items()
            )
            and isinstance(render, str)
            and isinstance(paths, dict)
            and all(isinstance(d, str) and d in index for d in paths.values())
            and isinstance(values, dict)
            and all(
                isinstance(k, str) and isinstance(v, str) for k, v in values.items()
            )
        ):
            raise ValueError("not a pack")
        _pack = _Pack(entry, index, render, paths, values)
    except (OSError, EOFError, ValueError, TypeError):
        entry.close()
        return
    cache.touch(_PACKS, name)


def close_pack() -> None:
    global _pack
    if _pack is not None:
        _pack.file.close()
        _pack = None


@dataclass(frozen=True)
class Whole:
    """A render as the pack holds it."""

    modules: dict[str, tuple[str, str]]  # path -> (module key, text)
    values: dict[str, str]  # its classes' digests by token (Values.kept)


def whole(render: str) -> Whole | None:
    """Every module of the render whose render_key is `render`, if the pack holds that
    render and all its texts (None: render them, one by one)."""
    if _pack is None or not render or _pack.render != render:
        return None
    out = {}
    for path, digest in _pack.paths.items():
        text = _pack.get(digest)
        if text is None:
            return None
        out[path] = (digest, text)
    return Whole(out, _pack.values)


def render_key(*parts: str) -> str:
    """The key of a whole render: what the model was built from (the spec's text, the
    client's settings, the generator's code) and what shapes the modules besides the model
    (every template file, black's version, the package's version). When it matches the
    pack's, every module is the pack's: none is keyed, rendered or formatted. (GitHub's
    spec: keying its 6,432 modules alone took 0.2 s of a 0.8 s warm run.)"""
    return cache.key(
        "render-v1", FORMAT_NAMESPACE, cache.generator_fingerprint(), *parts
    )


def save_pack(
    name: str,
    modules: dict[str, str],
    render: str = "",
    paths: dict[str, str] | None = None,
    values: dict[str, str] | None = None,
) -> None:
    """Keep `modules` (module key -> text) as the pack `name`, with `render`, the key of
    the render they make up, `paths` (path -> module key) and `values` (Values.kept);
    unless it holds just those: the texts one after the other, then their index, then
    the index's length."""
    paths = paths or {}
    values = values or {}
    if (
        _pack is not None
        and _pack.index.keys() == modules.keys()
        and _pack.render == render
        and _pack.paths == paths
        and _pack.values == values
    ):
        return
    index: dict[str, tuple[int, int]] = {}

    def parts() -> Iterator[bytes]:
        offset = 0
        for digest, text in modules.items():
            data = text.encode("utf-8")
            index[digest] = (offset, len(data))
            offset += len(data)
            yield data
        head = marshal.dumps((index, render, paths, values))
        yield head
        yield len(head).to_bytes(8, "little")

    cache.put_parts(_PACKS, name, parts())
