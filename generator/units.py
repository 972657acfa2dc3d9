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

_WHOLE: Container = ()
# a string-valued $ref / $dynamicRef / $recursiveRef in JSON text (json.dumps' own escapes)
_REF = re.compile(r'"\$(?:ref|dynamicRef|recursiveRef)": ("(?:[^"\\]|\\.)*")')


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


def units_of(data: Any, salt: str) -> list[Unit] | None:
    """The document's units with their keys, or None when it cannot be split safely.

    `salt` goes into every key: the validator's version and whatever else the checks
    depend on besides the document (the spec version, the JSON Schema dialect).
    """
    if not isinstance(data, dict):
        return None
    try:
        containers = _containers(data)
        texts = {c: json.dumps(v, default=_not_json) for c, v in containers.items()}
    except (_NotJson, ValueError, TypeError, RecursionError):
        return None  # values JSON cannot say exactly (YAML dates...): no safe digest
    whole_digest = _digest("".join(f"{json.dumps(c)}\0{t}\0" for c, t in texts.items()))
    digests = {c: _digest(t) for c, t in texts.items()}
    edges = {c: _targets(t, containers) for c, t in texts.items()}
    units = []
    for container in _walked(data):
        closure = _closure(container, edges)
        if _WHOLE in closure:
            key_parts: Iterable[str] = ("whole", whole_digest)
        else:
            key_parts = sorted(f"{json.dumps(c)}\0{digests[c]}" for c in closure)
        key = _digest("\0".join((salt, json.dumps(container), *key_parts)))
        units.append(_unit(container, key))
    return units


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


def _targets(text: str, containers: dict[Container, Any]) -> set[Container]:
    found: set[Container] = set()
    for match in _REF.finditer(text):
        found.add(_container_of(json.loads(match.group(1)), containers))
    return found


def _container_of(ref: str, containers: dict[Container, Any]) -> Container:
    """The container a local reference points into; the whole document when unsure."""
    if not ref.startswith("#/"):
        return _WHOLE  # anchors, $id URIs, other files: could be anywhere
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
    return _WHOLE


def _closure(
    start: Container, edges: dict[Container, set[Container]]
) -> set[Container]:
    seen = {start}
    todo = [start]
    while todo:
        for target in edges.get(todo.pop(), ()):
            if target not in seen:
                seen.add(target)
                if target != _WHOLE:
                    todo.append(target)
    return seen
