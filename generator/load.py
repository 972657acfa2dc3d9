"""Load OpenAPI documents (YAML or JSON) and resolve `$ref`s, keeping positions for messages.

Parsing is fast and position-free; line/column numbers are computed lazily, only when a
message needs one, by composing the YAML node tree once (JSON is YAML for this purpose).
"""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urljoin

import yaml

from generator import cache, units
from generator.problems import Location, Problem, SpecError, escape_pointer_token

MAX_DOCUMENT_BYTES = 64 * 1024 * 1024
MAX_EXPANDED_NODES = 2_000_000
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
# a string-valued "$ref" member in json.dumps' output (a quote inside a string is escaped)
_JSON_REF = re.compile(r'"\$ref": ("(?:[^"\\]|\\.)*")')

_BaseLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_BaseLoader):  # type: ignore[valid-type,misc]
    """Safe YAML loader that keeps JSON semantics: no timestamps, string keys, bounded aliases."""

    def construct_document(self, node: yaml.Node) -> Any:
        _check_expansion(node)
        return super().construct_document(node)

    def construct_mapping(
        self, node: yaml.MappingNode, deep: bool = False
    ) -> dict[str, Any]:
        mapping = super().construct_mapping(node, deep=deep)
        return {_key(k): v for k, v in mapping.items()}


def _key(key: Any) -> str:
    if isinstance(key, bool):
        return "true" if key else "false"
    if key is None:
        return "null"
    return str(key)


class _PlainLoader(_Loader):
    """For documents without anchors: no aliases, so no expansion check to pay for."""

    def construct_document(self, node: yaml.Node) -> Any:
        return _BaseLoader.construct_document(self, node)


_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in _BaseLoader.yaml_implicit_resolvers.items()
}


def _check_expansion(root: yaml.Node) -> None:
    """Refuse documents whose aliases expand to an absurd size ("billion laughs")."""
    sizes: dict[int, int] = {}
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, done = stack.pop()
        if id(node) in sizes:
            continue
        children = _children(node)
        if not done:
            stack.append((node, True))
            stack.extend((c, False) for c in children if id(c) not in sizes)
            continue
        total = 1 + sum(sizes.get(id(c), 0) for c in children)
        if total > MAX_EXPANDED_NODES:
            raise _AliasBomb(node.start_mark.line + 1, node.start_mark.column + 1)
        sizes[id(node)] = total


class _AliasBomb(yaml.YAMLError):
    def __init__(self, line: int, col: int) -> None:
        super().__init__(
            f"YAML aliases expand this document to more than {MAX_EXPANDED_NODES:,} nodes; "
            "refusing it (an alias bomb?). Write the repeated parts out or use $ref instead."
        )
        self.line, self.col = line, col


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.MappingNode):
        return [n for pair in node.value for n in pair]
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    return []


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

    @cached_property
    def digest(self) -> str:
        """A hash of the text, for cache keys (computed once however many use it)."""
        return text_digest(self.text)

    @property
    def data(self) -> Any:
        """The parsed document; SpecError with a location if it does not parse."""
        if self._data is _UNPARSED:
            self._data = _parse_text(self.text, self.path, self.display_name)
        return self._data

    @data.setter
    def data(self, value: Any) -> None:
        self._data = value
        self._graph = _UNPARSED

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
            self._positions = _index_positions(self.text)
        probe = pointer
        while True:
            if probe in self._positions:
                return self._positions[probe]
            if not probe:
                return None
            probe = probe.rsplit("/", 1)[0]


_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")


def _index_positions(text: str) -> dict[str, tuple[int, int]]:
    # the YAML reader refuses escaped lone surrogates (valid JSON): a same-length stand-in
    # keeps every position where it was
    text = _SURROGATE_ESCAPE.sub(r"\\ufffd", text)
    try:
        root = yaml.compose(text, Loader=_BaseLoader)
    except yaml.YAMLError:
        return {}
    positions: dict[str, tuple[int, int]] = {}
    seen: set[int] = set()
    stack: list[tuple[yaml.Node, str]] = [(root, "")] if root is not None else []
    while stack:
        node, pointer = stack.pop()
        positions.setdefault(
            pointer, (node.start_mark.line + 1, node.start_mark.column + 1)
        )
        if id(node) in seen:  # an alias: its children are indexed where it is defined
            continue
        seen.add(id(node))
        if isinstance(node, yaml.MappingNode):
            for key_node, value_node in node.value:
                child = pointer + "/" + escape_pointer_token(str(key_node.value))
                positions.setdefault(
                    child,
                    (key_node.start_mark.line + 1, key_node.start_mark.column + 1),
                )
                stack.append((value_node, child))
        elif isinstance(node, yaml.SequenceNode):
            for i, item in enumerate(node.value):
                stack.append((item, f"{pointer}/{i}"))
    return positions


def parse_document(
    path: Path, display_name: str | None = None, *, lazy: bool = False
) -> Document:
    """Read and parse one file; raise SpecError with a located problem if it cannot be read.

    With `lazy`, the text is parsed when its data is first used (a caller that finds what it
    needs cached by the text never pays for parsing)."""
    name = display_name or str(path)
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
    document = Document(path=path, text=text, display_name=name)
    if not lazy:
        document.data  # parse now: problems surface here  # noqa: B018
    return document


_DEEP_FLOW = re.compile(r"[\[{](?:\s*[\[{]){1000}")
_ANCHOR = re.compile(r"(?:^|[\s\[{,:-])&[^\s\[\]{},]+")


def _parse_text(text: str, path: Path, name: str) -> Any:
    try:
        return _parse_text_unchecked(text, path, name)
    except ValueError as exc:  # e.g. an integer literal longer than Python converts
        raise SpecError(
            [Problem(Location(name), f"cannot read a value: {exc}")]
        ) from None


def _parse_text_unchecked(text: str, path: Path, name: str) -> Any:
    stripped = text.lstrip()
    if path.suffix.lower() == ".json" or stripped.startswith(("{", "[")):
        try:
            return json.loads(text)
        except json.JSONDecodeError as exc:
            if path.suffix.lower() == ".json":
                raise SpecError(
                    [
                        Problem(
                            Location(name, exc.lineno, exc.colno, ""),
                            f"invalid JSON: {exc.msg}",
                        )
                    ]
                ) from None
        except RecursionError:
            raise SpecError(
                [Problem(Location(name), "document nests too deeply to parse")]
            ) from None
    deep = _DEEP_FLOW.search(text)
    # libyaml recurses on flow collections: refuse before it crashes
    if deep is not None:
        deep_line = text.count("\n", 0, deep.start()) + 1
        raise SpecError(
            [
                Problem(
                    Location(name, deep_line, None, ""),
                    "the document nests too deeply (flow collections over 1,000 levels); refusing to parse",
                )
            ]
        )
    loader = _Loader if _ANCHOR.search(text) else _PlainLoader
    try:
        return yaml.load(text, Loader=loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        col = mark.column + 1 if mark else None
        msg = " ".join(str(p) for p in (exc.context, exc.problem) if p)
        if "nesting depth" in msg:  # PyYAML >= 6.0.4 limits block nesting itself
            msg = (
                "the document nests too deeply to parse (over the YAML parser's "
                "nesting limit); flatten deeply nested schemas with $ref"
            )
        else:
            msg = f"invalid YAML: {msg}"
        raise SpecError([Problem(Location(name, line, col, ""), msg)]) from None
    except _AliasBomb as exc:
        raise SpecError(
            [Problem(Location(name, exc.line, exc.col, ""), str(exc))]
        ) from None
    except yaml.YAMLError as exc:
        raise SpecError([Problem(Location(name), f"invalid YAML: {exc}")]) from None
    except RecursionError:
        raise SpecError(
            [Problem(Location(name), "document nests too deeply to parse")]
        ) from None


def resolve_pointer(data: Any, pointer: str) -> Any:
    """Follow an RFC 6901 JSON pointer (with URI percent-decoding); KeyError if absent."""
    if pointer in ("", "#"):
        return data
    if not pointer.startswith("/"):
        raise KeyError(pointer)
    node = data
    for raw in pointer[1:].split("/"):
        token = unquote(raw).replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict):
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            raise KeyError(pointer)
    return node


def _close_pointer(data: Any, pointer: str) -> str | None:
    """The existing pointer closest to a dangling one: its longest existing prefix, then
    the closest name (difflib) at each missing step."""
    if not pointer.startswith("/"):
        return None
    node = data
    found = ""
    for raw in pointer[1:].split("/"):
        token = unquote(raw).replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict):
            if token not in node:
                keys = [k for k in node if isinstance(k, str)]
                matches = difflib.get_close_matches(token, keys, n=1, cutoff=0.6)
                if not matches:
                    lowered = {k.lower(): k for k in keys}
                    if token.lower() not in lowered:
                        return None
                    matches = [lowered[token.lower()]]
                token = matches[0]
            node = node[token]
            found += "/" + escape_pointer_token(token)
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
            found += "/" + token
        else:
            return None
    return found if found != pointer else None


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
            close = _close_pointer(target.data, pointer)
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
