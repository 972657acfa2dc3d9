"""Split an OpenAPI 3 document into the units openapi-spec-validator checks one by one.

openapi-spec-validator's keyword checks (schemas against the schema dialect, defaults,
required properties, duplicate parameters, duplicate tags) walk the document's `tags`, then
each path item, then each component schema. What a unit's walk finds depends only on the
unit and on what its `$ref`s reach. So each unit gets a key: the digest of its own content
and of everything it references, directly or not. A unit whose key passed the checks before
passes them again, and validation after a spec edit walks only the units the edit touched.

Digests over-approximate on purpose: a reference is followed to the whole component or path
item it points into, and one this module cannot place (an anchor, an `$id`, another file)
makes the unit depend on the whole document.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote

from generator.problems import join_pointer

Container = tuple[str, ...]  # ("paths", url) | ("components", kind, name) | (key,) | ()

WHOLE: Container = ()  # where a reference that could point anywhere leads
# a string-valued $ref / $dynamicRef / $recursiveRef in JSON text (json.dumps' own escapes)
_REF = re.compile(r'"\$(ref|dynamicRef|recursiveRef)": ("(?:[^"\\]|\\.)*")')
_REF_KEYS = frozenset({"$ref", "$dynamicRef", "$recursiveRef"})


class _NotJson(Exception):
    pass


def _not_json(value: object) -> Any:
    raise _NotJson(type(value).__name__)


@dataclass(frozen=True)
class Unit:
    """One walk of the keyword checks: its JSON pointer and its key."""

    kind: str  # "tags", "path" or "schema"
    name: str  # the path's URL or the schema's name ("" for tags)
    pointer: str
    key: str


def units_of(data: Any, salt: str, graph: Graph | None = None) -> list[Unit] | None:
    """The document's units with their keys, or None when it cannot be split safely.

    `salt` goes into every key: the validator's version and whatever else the checks
    depend on besides the document (the spec version, the JSON Schema dialect). `graph`
    is the document's graph if the caller has it already.
    """
    graph = graph or graph_of(data)
    if graph is None:
        return None
    return [_unit(c, graph.key(f"{salt}\0{json.dumps(c)}", (c,))) for c in graph.walked]


@dataclass(frozen=True)
class Graph:
    """A document's containers (each path item, each component, every other top-level
    value), each one's digest, and the containers its `$ref`s point into."""

    digests: dict[Container, str]
    edges: dict[Container, set[Container]]
    whole: str  # the digest of the whole document
    walked: list[Container]  # openapi-spec-validator's units, in its order
    refs: frozenset[str]  # every distinct string value of a `$ref` member, anywhere

    def key(self, label: str, starts: Iterable[Container]) -> str:
        """A digest of `label`, of the `starts` and of everything they reference,
        directly or not (of the whole document if that cannot be told)."""
        closure = self.closure(starts)
        if WHOLE in closure:
            key_parts: Iterable[str] = ("whole", self.whole)
        else:
            key_parts = sorted(f"{json.dumps(c)}\0{self.digests[c]}" for c in closure)
        return _digest("\0".join((label, *key_parts)))

    def closure(
        self,
        starts: Iterable[Container],
        edges: dict[Container, set[Container]] | None = None,
    ) -> set[Container]:
        """The `starts` and every container they reference, directly or not, following
        `edges` (by default all of them); `()` stands for "anywhere in the document"."""
        closure: set[Container] = set()
        for start in starts:
            closure |= _closure(start, self.edges if edges is None else edges)
        return closure


def graph_of(data: Any) -> Graph | None:
    """The document's graph, or None when its values cannot be digested exactly."""
    if not isinstance(data, dict):
        return None
    digests: dict[Container, str] = {}
    edges: dict[Container, set[Container]] = {}
    whole = hashlib.sha256()
    placed: dict[str, Container] = {}
    refs: set[str] = set()
    try:
        containers = _containers(data)
        # one container's text at a time: never a second copy of the whole document
        for c, value in containers.items():
            text = json.dumps(value, default=_not_json)
            whole.update(f"{json.dumps(c)}\0{text}\0".encode("utf-8", "surrogatepass"))
            digests[c] = _digest(text)
            if c and c[-1] in _REF_KEYS and isinstance(value, str):
                # a reference that is a container itself (`paths: {$ref: ...}`)
                text = f"{json.dumps(c[-1])}: {text}"
            edges[c] = _targets(text, containers, placed, refs)
        decoded = frozenset(json.loads(raw) for raw in refs)
    except (_NotJson, ValueError, TypeError, RecursionError):
        return None  # values JSON cannot say exactly (YAML dates...): no safe digest
    return Graph(digests, edges, whole.hexdigest(), _walked(data), decoded)


def _unit(container: Container, key: str) -> Unit:
    if container == ("tags",):
        return Unit("tags", "", "/tags", key)
    if container[0] == "paths":
        return Unit("path", container[1], join_pointer("/paths", container[1]), key)
    return Unit(
        "schema", container[2], join_pointer("/components/schemas", container[2]), key
    )


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _containers(data: dict[str, Any]) -> dict[Container, Any]:
    """Every path item, every component, and every other top-level value."""
    out: dict[Container, Any] = {}
    for key, value in _str_keyed(data):
        if key == "paths" and isinstance(value, dict):
            for url, item in _str_keyed(value):
                out[("paths", url)] = item
        elif key == "components" and isinstance(value, dict):
            for kind, group in _str_keyed(value):
                if isinstance(group, dict):
                    for name, component in _str_keyed(group):
                        out[("components", kind, name)] = component
                else:
                    out[("components", kind)] = group
        else:
            out[(key,)] = value
    return out


def _str_keyed(mapping: dict[Any, Any]) -> Iterable[tuple[str, Any]]:
    for key, value in mapping.items():
        if not isinstance(key, str):  # YAML's 200: or true: keys: no exact pointer
            raise _NotJson(type(key).__name__)
        yield key, value


def _walked(data: dict[str, Any]) -> list[Container]:
    """The units, in the order openapi-spec-validator's root walk visits them."""
    walked: list[Container] = []
    if "tags" in data:
        walked.append(("tags",))
    paths = data.get("paths")
    if isinstance(paths, dict):
        walked.extend(("paths", url) for url in paths)
    components = data.get("components")
    schemas = components.get("schemas") if isinstance(components, dict) else None
    if isinstance(schemas, dict):
        walked.extend(("components", "schemas", name) for name in schemas)
    return walked


def _targets(
    text: str,
    containers: dict[Container, Any],
    placed: dict[str, Container],
    refs: set[str],
) -> set[Container]:
    """The containers the references in `text` point into (`placed` remembers where each
    reference's JSON text leads: a large document says the same ones many times); adds
    the JSON text of each `$ref` value to `refs`."""
    found: set[Container] = set()
    for keyword, raw in set(_REF.findall(text)):
        if keyword == "ref":
            refs.add(raw)
        target = placed.get(raw)
        if target is None:
            target = placed[raw] = _container_of(json.loads(raw), containers)
        found.add(target)
    return found


def _container_of(ref: str, containers: dict[Container, Any]) -> Container:
    """The container a local reference points into; the whole document when unsure."""
    if not ref.startswith("#/"):
        return WHOLE  # anchors, $id URIs, other files: could be anywhere
    tokens = [
        unquote(t).replace("~1", "/").replace("~0", "~") for t in ref[2:].split("/")
    ]
    for size in (3, 2, 1):
        candidate = tuple(tokens[:size])
        if len(tokens) >= size and candidate in containers:
            if candidate[0] == "paths" and size != 2:
                continue
            if candidate[0] == "components" and size == 1:
                continue
            return candidate
    return WHOLE


def _closure(
    start: Container, edges: dict[Container, set[Container]]
) -> set[Container]:
    seen = {start}
    todo = [start]
    while todo:
        for target in edges.get(todo.pop(), ()):
            if target not in seen:
                seen.add(target)
                if target != WHOLE:
                    todo.append(target)
    return seen
