"""Load OpenAPI documents (YAML or JSON) and resolve `$ref`s, keeping positions for messages.

A Document is one file (its text read with limits, parsed on first use by generator.parse);
a Workspace is the root document and every file its `$ref`s reach, which it resolves
(generator.pointers) and checks, refusing references that leave the spec's directory.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urljoin

from generator import cache, units
from generator.pointers import close_pointer, resolve_pointer
from generator.problems import Location, Problem, SpecError, escape_pointer_token

# the names other modules import from here
__all__ = [
    "MAX_DOCUMENT_BYTES",
    "Document",
    "Resolved",
    "Workspace",
    "parse_document",
    "resolve_pointer",
    "text_digest",
]

MAX_DOCUMENT_BYTES = 64 * 1024 * 1024
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
# a string-valued "$ref" member in json.dumps' output (a quote inside a string is escaped)
_JSON_REF = re.compile(r'"\$ref": ("(?:[^"\\]|\\.)*")')

_UNPARSED: Any = object()


def text_digest(text: str) -> str:
    """The hash of a document's text that cache entries record."""
    return cache.key(text)


@dataclass
class Document:
    """One file: its text, its data (parsed on first use) and a lazy index from JSON
    pointer to (line, column)."""

    path: Path
    text: str
    display_name: str
    _data: Any = field(default=_UNPARSED, repr=False)
    _positions: dict[str, tuple[int, int]] | None = field(default=None, repr=False)
    _graph: Any = field(default=_UNPARSED, repr=False)
    on_disk: bool = field(default=False, repr=False)  # `text` is the file at `path`
    _parsed: bool = field(default=False, repr=False)  # `_data` is `text` parsed

    @cached_property
    def digest(self) -> str:
        """A hash of the text, for cache keys (computed once however many use it)."""
        return text_digest(self.text)

    @property
    def data(self) -> Any:
        """The parsed document; SpecError with a location if it does not parse."""
        if self._data is _UNPARSED:
            # imported here: PyYAML is 10-25 ms of a start, and a run whose validation
            # and model come from the cache parses nothing
            from generator import parse

            self._data = parse.parse_text(self.text, self.path, self.display_name)
            self._parsed = True
        return self._data

    @data.setter
    def data(self, value: Any) -> None:
        self._data = value
        self._parsed = False
        self._graph = _UNPARSED

    def __getstate__(self) -> dict[str, Any]:
        """What is pickled (for generator.helper), least first. A text read from a file is
        read again from it, and checked against its digest. Data parsed from the text is
        parsed again where the text is JSON (faster than its data unpickles), and sent
        where it is YAML (which parses ten times slower: Time4VPS 117 ms against 9 ms on
        a slow machine). Data set otherwise (a repaired document) is always sent. What is
        derived from the data is made again on use."""
        state = dict(self.__dict__)
        state.pop("_positions", None)
        state.pop("_graph", None)
        if self.on_disk:
            state["digest"] = self.digest
            del state["text"]
        if self._data is _UNPARSED or (self._parsed and _parses_fast(self)):
            state.pop("_data", None)
            state["_parsed"] = False
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(_data=_UNPARSED, _positions=None, _graph=_UNPARSED)
        self.__dict__.update(state)
        if "text" not in state:
            text = read_text(self.path, self.display_name)
            if text_digest(text) != self.digest:
                raise SpecError([changed_on_disk(Location(self.display_name))])
            self.text = text

    def graph(self) -> units.Graph | None:
        """The graph of the data (generator.units): made once, for validation and for the
        build's keys alike. The data must not be changed in place after this."""
        if self._graph is _UNPARSED:
            self._graph = units.graph_of(self.data)
        graph: units.Graph | None = self._graph
        return graph

    def location(self, pointer: str) -> Location:
        pos = self.position(pointer)
        if pos is None:
            return Location(self.display_name, None, None, pointer)
        return Location(self.display_name, pos[0], pos[1], pointer)

    def position(self, pointer: str) -> tuple[int, int] | None:
        """(line, col) of the value at `pointer`, or of its nearest ancestor that exists."""
        if self._positions is None:
            from generator import parse

            self._positions = parse.index_positions(self.text)
        probe = pointer
        while True:
            if probe in self._positions:
                return self._positions[probe]
            if not probe:
                return None
            probe = probe.rsplit("/", 1)[0]


def parse_document(
    path: Path, display_name: str | None = None, *, lazy: bool = False
) -> Document:
    """Read and parse one file; raise SpecError with a located problem if it cannot be read.

    With `lazy`, the text is parsed when its data is first used (a caller that finds what it
    needs cached by the text never pays for parsing)."""
    name = display_name or str(path)
    document = Document(
        path=path, text=read_text(path, name), display_name=name, on_disk=True
    )
    if not lazy:
        document.data  # parse now: problems surface here  # noqa: B018
    return document


def _parses_fast(document: Document) -> bool:
    """Whether the document's text is JSON, which parses faster than its data unpickles.
    (Asked only of a document that was parsed: generator.parse is loaded.)"""
    from generator import parse

    return parse.looks_like_json(document.text, document.path)


def changed_on_disk(where: Location) -> Problem:
    """The problem of a spec whose file is not the text a generation began with."""
    return Problem(
        where, "the spec changed on disk while it was being generated; run again"
    )


def read_text(path: Path, name: str) -> str:
    """A document's text; SpecError with a located problem if it cannot be read."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise SpecError(
            [Problem(Location(name), f"cannot read file: {exc.strerror or exc}")]
        ) from None
    if len(raw) > MAX_DOCUMENT_BYTES:
        raise SpecError(
            [
                Problem(
                    Location(name),
                    f"document is {len(raw):,} bytes, over the "
                    f"{MAX_DOCUMENT_BYTES:,}-byte limit; split it with $ref into files",
                )
            ]
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise SpecError(
            [
                Problem(
                    Location(name, line, None, ""),
                    f"file is not valid UTF-8 (byte {exc.start}); save it as UTF-8",
                )
            ]
        ) from None
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        raise SpecError(
            [Problem(Location(name, line, None, ""), "file contains a NUL character")]
        )
    return text


@dataclass(frozen=True)
class Resolved:
    document: Document
    pointer: str
    value: Any


class Workspace:
    """The root document plus every file it references, loaded on demand.

    `$ref`s may point inside the root document or to files next to it; URLs, absolute paths
    and paths leaving the root document's directory are refused (spec text is untrusted).
    """

    def __init__(
        self, root_path: Path, display_name: str | None = None, *, lazy: bool = False
    ) -> None:
        self.root_path = root_path.resolve()
        self.base_dir = self.root_path.parent
        self.root = parse_document(
            self.root_path, display_name or str(root_path), lazy=lazy
        )
        self._docs: dict[Path, Document] = {self.root_path: self.root}

    @property
    def documents(self) -> list[Document]:
        return list(self._docs.values())

    def resolve(self, doc: Document, ref: str, where: str) -> Resolved:
        """Resolve `ref` written at `where` in `doc`; SpecError with a location if impossible."""
        file_part, _, pointer = ref.partition("#")
        # one spelling per place: "Pet%20Store" and "Pet Store" are the same schema
        pointer = "/".join(unquote(token) for token in pointer.split("/"))
        target = (
            doc if not file_part else self._load_relative(doc, file_part, ref, where)
        )
        try:
            value = resolve_pointer(target.data, pointer)
        except (KeyError, IndexError, TypeError):
            close = close_pointer(target.data, pointer)
            hint = f"; did you mean '{file_part}#{close}'?" if close else ""
            raise SpecError(
                [
                    Problem(
                        doc.location(where),
                        f"$ref '{ref}' points to nothing: "
                        f"'{pointer or '/'}' does not exist in {target.display_name}"
                        + hint,
                    )
                ]
            ) from None
        return Resolved(target, pointer, value)

    def _load_relative(
        self, doc: Document, file_part: str, ref: str, where: str
    ) -> Document:
        if _SCHEME.match(file_part) or file_part.startswith(("//", "\\\\")):
            raise SpecError(
                [
                    Problem(
                        doc.location(where),
                        f"$ref '{ref}' is remote; remote references "
                        "are refused (download the file next to the spec and use a relative path)",
                    )
                ]
            )
        if Path(file_part).is_absolute() or file_part.startswith(("/", "\\")):
            raise SpecError(
                [
                    Problem(
                        doc.location(where),
                        f"$ref '{ref}' is an absolute path; "
                        "use a path relative to the spec",
                    )
                ]
            )
        target = (doc.path.parent / unquote(file_part)).resolve()
        if not target.is_relative_to(self.base_dir):
            raise SpecError(
                [
                    Problem(
                        doc.location(where),
                        f"$ref '{ref}' leaves the spec's directory "
                        f"({self.base_dir}); refused",
                    )
                ]
            )
        if target not in self._docs:
            if not target.is_file():
                raise SpecError(
                    [Problem(doc.location(where), f"$ref '{ref}': file not found")]
                )
            display = (
                urljoin(doc.display_name, file_part)  # a spec fetched from a URL
                if "://" in doc.display_name
                else str(Path(doc.display_name).parent / unquote(file_part))
            )
            self._docs[target] = parse_document(target, display)
        return self._docs[target]

    def iter_refs(self, doc: Document) -> Iterator[tuple[str, str]]:
        """Every (pointer, ref string) in `doc`, in document order."""
        stack: list[tuple[Any, str]] = [(doc.data, "")]
        while stack:
            node, pointer = stack.pop()
            if isinstance(node, dict):
                ref = node.get("$ref")
                if isinstance(ref, str):
                    yield pointer + "/$ref", ref
                for key in reversed(list(node)):
                    stack.append((node[key], pointer + "/" + escape_pointer_token(key)))
            elif isinstance(node, list):
                for i in range(len(node) - 1, -1, -1):
                    stack.append((node[i], f"{pointer}/{i}"))

    def check_refs(self) -> list[Problem]:
        """Resolve every $ref of every reachable document; return the problems found."""
        if self._local_refs_all_resolve():
            return []
        problems: list[Problem] = []
        seen: set[Path] = set()
        pending = [self.root]
        while pending:
            doc = pending.pop()
            if doc.path in seen:
                continue
            seen.add(doc.path)
            for pointer, ref in self.iter_refs(doc):
                try:
                    resolved = self.resolve(doc, ref, pointer)
                except SpecError as exc:
                    problems.extend(exc.problems)
                    continue
                cycle = self._ref_cycle(doc, pointer.removesuffix("/$ref"), resolved)
                if cycle is not None:
                    problems.append(Problem(doc.location(pointer), cycle))
                if resolved.document.path not in seen:
                    pending.append(resolved.document)
        return problems

    def _local_refs_all_resolve(self) -> bool:
        """True when the root references no other file and each distinct $ref is fine.

        The fast answer for the common case: each distinct reference string is resolved
        once (GitHub's spec has 13,000 references but 2,600 distinct ones), found in the
        document's JSON text rather than by walking it. False sends check_refs down the
        walk that locates every problem.
        """
        doc = self.root
        graph = doc.graph()
        if graph is not None:
            refs: Iterable[str] = graph.refs
        else:
            try:
                text = json.dumps(doc.data, default=repr)
            except (ValueError, TypeError, RecursionError):
                return False
            refs = {json.loads(found) for found in _JSON_REF.findall(text)}
        for ref in refs:
            if not ref.startswith("#"):
                return False  # another file: the walk loads and checks it
            try:
                resolved = self.resolve(doc, ref, "")
            except SpecError:
                return False
            # "\0" is no pointer: the chain starts at the target, as seen from anywhere
            if self._ref_cycle(doc, "\0", resolved) is not None:
                return False
        return True

    def _ref_cycle(self, doc: Document, holder: str, resolved: Resolved) -> str | None:
        """A message if following $refs from `holder` comes back without reaching a value."""
        chain = [(doc.path, holder)]
        current = resolved
        for _ in range(100):
            value = current.value
            if not (isinstance(value, dict) and isinstance(value.get("$ref"), str)):
                return None
            key = (current.document.path, current.pointer)
            if key in chain:
                names = " -> ".join(p or "/" for _, p in [*chain, key])
                return f"circular $ref chain that never reaches a schema: {names}"
            chain.append(key)
            try:
                current = self.resolve(
                    current.document, value["$ref"], current.pointer + "/$ref"
                )
            except SpecError:
                return None
        return None
