"""Parse a document's text: JSON, or YAML read with JSON's semantics (no timestamps,
string keys), refusing what would exhaust the parser (alias bombs, deep nesting); and find
where each JSON pointer is in the text, for messages.

Parsing is fast and position-free; positions are computed lazily, only when a message needs
one, by composing the YAML node tree once (JSON is YAML for this purpose).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import yaml

from generator import collector
from generator.problems import Location, Problem, SpecError, escape_pointer_token

MAX_EXPANDED_NODES = 2_000_000

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


_DEEP_FLOW = re.compile(r"[\[{](?:\s*[\[{]){1000}")
_ANCHOR = re.compile(r"(?:^|[\s\[{,:-])&[^\s\[\]{},]+")


def parse_text(text: str, path: Path, name: str) -> Any:
    """The document's data; SpecError with a location if it does not parse."""
    try:
        with collector.long_lived():  # the data lives until the model is built
            return _parse_text_unchecked(text, path, name)
    except ValueError as exc:  # e.g. an integer literal longer than Python converts
        raise SpecError(
            [Problem(Location(name), f"cannot read a value: {exc}")]
        ) from None


def looks_like_json(text: str, path: Path) -> bool:
    """Whether `text` is read as JSON (by its file's name or its first character); any
    other text is read as YAML."""
    return path.suffix.lower() == ".json" or text.lstrip().startswith(("{", "["))


def _parse_text_unchecked(text: str, path: Path, name: str) -> Any:
    if looks_like_json(text, path):
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


_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")


def index_positions(text: str) -> dict[str, tuple[int, int]]:
    """JSON pointer -> (line, column) of every value in the text (of a key: the key's)."""
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
