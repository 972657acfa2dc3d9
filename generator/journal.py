"""What a build did, kept so the next build of an edited spec redoes only what changed.

The builder works in two phases: the components first, then each operation in document
order. An operation's part of the model depends on three things only:
- its path item and everything that item's `$ref`s reach (`Keys.paths`, and
  `Keys.operation` for one method of it);
- everything outside `paths` that the build reads besides (components, security, the
  configuration): `Keys.base`;
- the names earlier work has handed out, since class names are made unique in order.

So a journal records the builder's state after the components (`Start`) and, for each
operation, what it added (`Effects`) and a digest of everything handed out before it
(`chain`). Building again, an operation whose key and chain are both unchanged gets its
recorded effects back instead of being built. An edit that changes only a description
leaves every name as it was: only the operations of the edited path item are built again.
An edit that changes a name changes the chain, and every operation after it is built again.
The fake's data is kept by operation too (`Fake`), for generator.fakespec to reuse.

The journal is kept with the model in the model cache (see generator.modelcache); spec text
only ever appears in it as strings.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from generator import units
from generator.model import EnumDef, ModelDef, Operation, SecurityScheme
from generator.naming import Namer

# top-level values the builder reads only after the operations (fresh every build), so
# an edit to them does not make earlier work stale
_READ_LAST = frozenset({"info", "tags", "servers", "webhooks"})


@dataclass(frozen=True)
class Keys:
    """What each part of a build reads, as digests."""

    base: str
    paths: dict[str, str]  # path item (its URL) -> key

    def operation(self, method: str, path: str) -> str | None:
        item = self.paths.get(path)
        return None if item is None else _digest(item, method)


def keys_of(data: object, salt: str, graph: units.Graph | None = None) -> Keys | None:
    """The keys of a document's build; None when it cannot be digested exactly.

    `salt` names everything else the build depends on: the generator's code and the
    client configuration. `graph` is the document's graph if the caller has it already."""
    graph = graph or units.graph_of(data)
    if graph is None or not isinstance(data, dict):
        return None
    outside = [c for c in graph.digests if c[0] != "paths" and c[0] not in _READ_LAST]
    base = graph.key(f"build\0{salt}", outside)
    # The base covers every component. When no component leads back into `paths` (or
    # anywhere unknown), a path item's key needs only the path items it reaches itself.
    among_paths = None
    if not any(c == units.WHOLE or c[0] == "paths" for c in graph.closure(outside)):
        among_paths = {
            c: {t for t in targets if t == units.WHOLE or t[0] == "paths"}
            for c, targets in graph.edges.items()
            if c[0] == "paths"
        }
    keys: dict[str, str] = {}
    paths = data.get("paths")
    for url in paths if isinstance(paths, dict) else ():
        start = ("paths", url)
        if among_paths is None:
            item_key = graph.key(f"path\0{base}", [start])
        else:
            reached = graph.closure([start], among_paths)
            item_key = _digest(
                base,
                *(
                    graph.whole if c == units.WHOLE else f"{c[1]}\0{graph.digests[c]}"
                    for c in sorted(reached)
                ),
            )
        keys[url] = item_key
    return Keys(base, keys)


@dataclass(frozen=True)
class Start:
    """The builder's state once the components are built (pointers in the root document)."""

    class_names: Namer
    modules: Namer
    module_of: dict[str, str]
    named: dict[str, str]  # schema pointer -> class name
    models: dict[str, ModelDef]
    enums: dict[str, EnumDef]
    problems: tuple[tuple[str, str, str], ...]  # (pointer, message, severity)
    schemes: tuple[SecurityScheme, ...]
    root_security: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class Effects:
    """What building one operation added to the builder's state, and the operation."""

    classes: tuple[tuple[str, str, str], ...]  # (name asked for, class, module)
    named: tuple[tuple[str, str], ...]  # (schema pointer, class name)
    models: tuple[ModelDef, ...]
    enums: tuple[EnumDef, ...]
    problems: tuple[tuple[str, str, str], ...]  # (pointer, message, severity)
    operation: Operation

    def digest(self) -> str:
        """A digest of what later operations can see: the names handed out and the
        classes built (not the operation itself, nor its warnings)."""
        return _digest(
            repr(self.classes),
            repr(self.named),
            repr([m.name for m in self.models]),
            repr([(e.name, e.base) for e in self.enums]),
        )


@dataclass(frozen=True)
class Record:
    key: str
    chain: str  # the chain before this operation
    effects: Effects


@dataclass(frozen=True)
class FakePart:
    """One operation's entry in the fake's data (generator.fakespec)."""

    name: str  # resource attribute and method, as the entry says
    text: str  # the entry, as JSON
    reach: tuple[str, ...]  # the schema table's keys it refers to, directly or not


@dataclass(frozen=True)
class Fake:
    """The fake's data of a build, by parts an unchanged operation can reuse."""

    operations: dict[tuple[str, str], FakePart]  # (METHOD, path) -> part
    schemas: dict[str, str]  # the schema table: key -> the schema, as JSON


@dataclass(frozen=True)
class Journal:
    base: str
    start: Start
    operations: dict[tuple[str, str], Record]  # (METHOD, path) -> record
    fake: Fake | None = None  # added once the fake's data is made from the model


def chained(chain: str, effects: Effects) -> str:
    return _digest(chain, effects.digest())


def _digest(*parts: str) -> str:
    h = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8", "surrogatepass")
        h.update(len(data).to_bytes(8, "little"))
        h.update(data)
    return h.hexdigest()
