"""Build the intermediate model (generator.model) from a validated OpenAPI 3.x document.

Swagger 2.0 documents are converted to 3.0 shape first (generator.swagger2).
Unsupported constructs become warnings with locations; nothing is dropped silently.
"""

from __future__ import annotations

import copy
import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, NamedTuple, cast

from generator import bodies, files, journal, layout, naming, oauth
from generator.extensions import apply_extensions
from generator.load import Document, Workspace
from generator.model import (
    HTTP_METHODS,
    Api,
    BodyKind,
    EnumDef,
    EnumMember,
    Field,
    ModelDef,
    Operation,
    Parameter,
    ParamLocation,
    RequestBody,
    Resource,
    Response,
    ResponseHeader,
    ResultKind,
    SchemeKind,
    SchemeLocation,
    SecurityScheme,
    TypeRef,
    merge_refs,
)
from generator.problems import Location, Problems, Severity, SpecError, join_pointer
from generator.servers import servers as normalized_servers

ANY = TypeRef("Any", "_c.ANY")
NONE = TypeRef("None", "_c.ANY")
STR = TypeRef("str", "_c.STR")
BYTES = TypeRef("bytes", "_c.BYTES")
_PRIMITIVES = {
    "string": STR,
    "integer": TypeRef("int", "_c.INT"),
    "number": TypeRef("float", "_c.FLOAT"),
    "boolean": TypeRef("bool", "_c.BOOL"),
}
_FORMATS = {
    "date-time": TypeRef("datetime.datetime", "_c.DATETIME"),
    "date": TypeRef("datetime.date", "_c.DATE"),
    "binary": BYTES,
}
_JSON_CT = re.compile(
    r"^application/([\w.-]+\+)?json(;.*)?$|^\*/\*$|^application/\*$", re.I
)
DEFAULT_TAG = "default"


class Node(NamedTuple):
    """A value in some document, with where it is (for names, refs and messages).

    A NamedTuple rather than a frozen dataclass: the builder makes ~10^5 of these for a
    large spec, and tuple construction is several times cheaper.
    """

    doc: Document
    pointer: str
    value: Any

    def child(self, *tokens: str | int) -> Node:
        value = self.value
        for t in tokens:
            if isinstance(value, dict):
                value = value.get(t)
            elif isinstance(value, list) and isinstance(t, int) and 0 <= t < len(value):
                value = value[t]
            else:
                value = None
        return Node(self.doc, join_pointer(self.pointer, *tokens), value)

    def get(self, key: str, default: Any = None) -> Any:
        value = self.value
        return value.get(key, default) if isinstance(value, dict) else default

    @property
    def key(self) -> tuple[str, str]:
        return (str(self.doc.path), self.pointer)


@dataclass(frozen=True)
class ClientConfig:
    package: str
    client_class: str
    distribution: str | None = None


class _Stale(Exception):
    """A journal's record did not replay as recorded: build from scratch instead."""


class Builder:
    def __init__(
        self,
        ws: Workspace,
        config: ClientConfig,
        problems: Problems,
        keys: journal.Keys | None = None,
        previous: journal.Journal | None = None,
    ) -> None:
        self.ws = ws
        self.cfg = config
        self.problems = problems
        self.root = Node(ws.root, "", ws.root.data)
        self.models: dict[str, ModelDef] = {}
        self.enums: dict[str, EnumDef] = {}
        self._named: dict[tuple[str, str], str] = {}  # schema location -> class name
        self._building: set[tuple[str, str]] = set()
        self._class_names = naming.Namer(naming.PACKAGE_RESERVED, case_insensitive=True)
        self._modules = naming.Namer(naming.MODULE_RESERVED, case_insensitive=True)
        self._module_of: dict[str, str] = {}
        self._op_nodes: dict[tuple[str, str], Node] = {}
        # incremental builds (generator.journal): the keys of this build, the journal of
        # an earlier one, and this build's own (None when it cannot be kept)
        self.keys = keys
        self.previous = previous if keys is not None else None
        self.journal: journal.Journal | None = None
        self.unchanged: set[tuple[str, str]] = set()  # replayed from `previous`
        self._log: list[tuple[str, str, str]] | None = None
        self._named_log: list[tuple[tuple[str, str], str]] | None = None

    # -- helpers -------------------------------------------------------------------
    def warn(self, node: Node, message: str) -> None:
        self.problems.add(node.doc.location(node.pointer), message, "warning")

    def deref(self, node: Node) -> Node:
        seen: set[tuple[str, str]] = set()
        while isinstance(node.value, dict) and isinstance(node.value.get("$ref"), str):
            if node.key in seen:
                raise SpecError(
                    [
                        self._located(
                            node, "circular $ref chain that never reaches a value"
                        )
                    ]
                )
            seen.add(node.key)
            r = self.ws.resolve(node.doc, node.value["$ref"], node.pointer + "/$ref")
            node = Node(r.document, r.pointer, r.value)
        return node

    def _located(self, node: Node, message: str) -> Any:
        from generator.problems import Problem

        return Problem(node.doc.location(node.pointer), message)

    def _new_class(self, name: str) -> tuple[str, str]:
        return self._take_class(naming.pascal(name))

    def _take_class(self, asked: str) -> tuple[str, str]:
        cls = self._class_names.take(asked)
        module = self._modules.take(naming.module_name(cls))
        self._module_of[cls] = module
        if self._log is not None:
            self._log.append((asked, cls, module))
        return cls, module

    def _name(self, key: tuple[str, str], name: str) -> None:
        self._named[key] = name
        if self._named_log is not None:
            self._named_log.append((key, name))

    # -- schemas -------------------------------------------------------------------
    def register_components(self) -> None:
        schemas = self.root.child("components", "schemas")
        if isinstance(schemas.value, dict):
            for name in schemas.value:
                node = schemas.child(name)
                self._named.setdefault(node.key, self._new_class(name)[0])
            for name in schemas.value:
                self.schema_type(schemas.child(name), name)

    def schema_type(self, node: Node, context: str) -> TypeRef:
        """The Python type of a schema; named object/enum schemas become classes."""
        if isinstance(node.value, dict) and isinstance(node.value.get("$ref"), str):
            target = self.deref(node)
            is_class = self._is_object(target) or self._is_enum(target)
            name = self._named.get(target.key) if is_class else None
            if name is None and is_class:
                name = self._new_class(target.pointer.rsplit("/", 1)[-1] or context)[0]
                self._name(target.key, name)
            if name is not None:
                return self._class_type(target, name)
            if target.key in self._building:
                return ANY  # a recursive alias of a non-object type
            self._building.add(target.key)
            try:
                return self.schema_type(target, context)
            finally:
                self._building.discard(target.key)
        name = self._named.get(node.key)
        if name is not None and (self._is_object(node) or self._is_enum(node)):
            return self._class_type(node, name)
        return self._inline_type(node, context)

    def _class_type(self, node: Node, name: str) -> TypeRef:
        if (
            name not in self.models
            and name not in self.enums
            and node.key not in self._building
        ):
            self._building.add(node.key)
            try:
                if self._is_enum(node):
                    self._build_enum(node, name)
                else:
                    self._build_model(node, name)
            finally:
                self._building.discard(node.key)
        if self._is_enum(node):
            base = self.enums[name].base if name in self.enums else "str"
            t = TypeRef(f"{name} | {base}", f'_c.enum(_MODELS, "{name}")', (name,))
        else:
            t = TypeRef(name, f'_c.model(_MODELS, "{name}")', (name,), is_model=True)
        return t.nullable() if self._nullable(node) else t

    def _types(self, node: Node) -> list[str]:
        t = node.get("type")
        if isinstance(t, list):
            return [str(x) for x in t]
        return [t] if isinstance(t, str) else []

    def _nullable(self, node: Node) -> bool:
        if node.get("nullable") is True or "null" in self._types(node):
            return True
        enum = node.get("enum")
        return isinstance(enum, list) and None in enum

    def _is_enum(self, node: Node) -> bool:
        enum = node.get("enum")
        if not isinstance(enum, list):
            return False
        values = [v for v in enum if v is not None]
        return bool(values) and (
            all(isinstance(v, str) for v in values)
            or all(isinstance(v, int) and not isinstance(v, bool) for v in values)
        )

    def _is_object(self, node: Node) -> bool:
        if not isinstance(node.value, dict) or self._is_enum(node):
            return False
        types = [t for t in self._types(node) if t != "null"]
        if types and types != ["object"]:
            return False
        if "properties" in node.value:
            return True
        if isinstance(node.value.get("allOf"), list):
            return any(
                self._is_object(self.deref(p)) for p in self._iter_list(node, "allOf")
            )
        return False

    def _iter_list(self, node: Node, key: str) -> Iterable[Node]:
        items = node.get(key)
        if isinstance(items, list):
            for i in range(len(items)):
                yield node.child(key, i)

    def _inline_type(self, node: Node, context: str) -> TypeRef:
        value = node.value
        if value is True or value is None or value == {}:
            return ANY
        if not isinstance(value, dict):
            return ANY
        nullable = self._nullable(node)
        t = self._inline_type_inner(node, context)
        return t.nullable() if nullable and t.annotation != "Any" else t

    def _inline_type_inner(self, node: Node, context: str) -> TypeRef:
        value = node.value
        const = value.get("const")
        if isinstance(const, bool | int) or (
            isinstance(const, str)
            and re.fullmatch(r"[\w .:/@+-]{0,100}", const, re.ASCII)
        ):
            # only plain values become Literal types; anything else is typed by its kind
            return TypeRef(f"Literal[{layout.double_quoted(repr(const))}]", "_c.ANY")
        if isinstance(const, str):
            return STR
        single = self._single_allof(node)
        if single is not None:
            return self.schema_type(single, context)
        if self._is_enum(node):
            name = self._new_class(context)[0]
            self._name(node.key, name)
            return self._class_type(node, name)
        for key in ("oneOf", "anyOf"):
            if isinstance(value.get(key), list):
                return self._union(node, key, context)
        if self._is_object(node):
            merged = self._merged_properties(node)
            if merged[0] or not self._only_additional(node):
                name = self._new_class(context)[0]
                self._name(node.key, name)
                return self._class_type(node, name)
        if isinstance(value.get("allOf"), list):
            parts = list(self._iter_list(node, "allOf"))
            non_trivial = [p for p in parts if self.deref(p).value not in ({}, True)]
            if len(non_trivial) == 1:
                return self.schema_type(non_trivial[0], context)
            return ANY
        types = [t for t in self._types(node) if t != "null"]
        if len(types) > 1:
            members = [
                self._inline_type(
                    Node(node.doc, node.pointer, {**value, "type": t}), context
                )
                for t in types
            ]
            return self._union_of(members, node)
        kind = (
            types[0]
            if types
            else (
                "array"
                if "items" in value
                else "object"
                if "additionalProperties" in value
                else None
            )
        )
        if kind == "array":
            items = (
                node.child("items") if isinstance(value.get("items"), dict) else None
            )
            item = self.schema_type(items, context + "Item") if items else ANY
            return TypeRef(
                f"list[{item.annotation}]", f"_c.list_({item.converter})", item.refs
            )
        if kind == "object":
            extra = value.get("additionalProperties")
            if isinstance(extra, dict) and extra:
                item = self.schema_type(
                    node.child("additionalProperties"), context + "Value"
                )
                return TypeRef(
                    f"dict[str, {item.annotation}]",
                    f"_c.dict_({item.converter})",
                    item.refs,
                )
            return TypeRef("dict[str, Any]", "_c.DICT")
        if kind in _PRIMITIVES:
            fmt = value.get("format")
            if kind == "string" and isinstance(fmt, str) and fmt in _FORMATS:
                return _FORMATS[fmt]
            return _PRIMITIVES[kind]
        return ANY

    def _single_allof(self, node: Node) -> Node | None:
        """`allOf: [X]` (plus only annotations like nullable/description) means X itself."""
        value = node.value
        parts = list(self._iter_list(node, "allOf"))
        if len(parts) != 1 or not isinstance(value, dict):
            return None
        structural = {
            "properties",
            "additionalProperties",
            "items",
            "oneOf",
            "anyOf",
            "enum",
        }
        if structural & value.keys():
            return None
        return parts[0]

    def _only_additional(self, node: Node) -> bool:
        return "additionalProperties" in (node.value or {}) and not node.get(
            "properties"
        )

    def _union(self, node: Node, key: str, context: str) -> TypeRef:
        members: list[TypeRef] = []
        for i, part in enumerate(self._iter_list(node, key)):
            if self.deref(part).get("type") == "null":
                continue
            members.append(
                self.schema_type(part, f"{context}{key[0].upper()}{key[1:]}{i}")
            )
        t = self._union_of(members, node)
        has_null = any(
            self.deref(p).get("type") == "null" for p in self._iter_list(node, key)
        )
        return t.nullable() if has_null else t

    def _union_of(self, members: list[TypeRef], node: Node) -> TypeRef:
        unique: list[TypeRef] = []
        for m in members:
            if m.annotation not in [u.annotation for u in unique]:
                unique.append(m)
        if not unique:
            return ANY
        if len(unique) == 1:
            return unique[0]
        if any(m.annotation == "Any" for m in unique):
            return ANY
        refs = merge_refs(m.refs for m in unique)
        disc = self._discriminator(node)
        conv = f"_c.union({', '.join(m.converter for m in unique)}{disc})"
        return TypeRef(" | ".join(m.annotation for m in unique), conv, refs)

    def _discriminator(self, node: Node) -> str:
        d = node.get("discriminator")
        if not isinstance(d, dict) or not isinstance(d.get("propertyName"), str):
            return ""
        mapping: dict[str, str] = {}
        raw_mapping = d.get("mapping") if isinstance(d.get("mapping"), dict) else {}
        for value, ref in (raw_mapping or {}).items():
            if isinstance(ref, str):
                target_ref = (
                    ref
                    if ref.startswith("#") or "/" in ref
                    else f"#/components/schemas/{ref}"
                )
                try:
                    r = self.ws.resolve(
                        node.doc,
                        target_ref,
                        join_pointer(node.pointer, "discriminator"),
                    )
                except SpecError:
                    continue
                name = self._named.get((str(r.document.path), r.pointer))
                if name:
                    mapping[str(value)] = name
        for key in ("oneOf", "anyOf"):
            for part in self._iter_list(node, key):
                if isinstance(part.value, dict) and isinstance(
                    part.value.get("$ref"), str
                ):
                    target = self.deref(part)
                    name = self._named.get(target.key)
                    if name and name not in mapping.values():
                        mapping[target.pointer.rsplit("/", 1)[-1]] = name
        q = layout.double_quoted
        pairs = ", ".join(f"{q(repr(k))}: {q(repr(v))}" for k, v in mapping.items())
        return f", discriminator=({q(repr(d['propertyName']))}, {{{pairs}}})"

    def _merged_properties(self, node: Node) -> tuple[dict[str, Node], set[str]]:
        """Properties and required names of an object schema, with allOf merged in."""
        props: dict[str, Node] = {}
        required: set[str] = set()
        seen: set[tuple[str, str]] = set()

        def visit(n: Node) -> None:
            n = self.deref(n)
            if n.key in seen or not isinstance(n.value, dict):
                return
            seen.add(n.key)
            for part in self._iter_list(n, "allOf"):
                visit(part)
            p = n.value.get("properties")
            if isinstance(p, dict):
                for name in p:
                    props[str(name)] = n.child("properties", name)
            r = n.value.get("required")
            if isinstance(r, list):
                required.update(str(x) for x in r)

        visit(node)
        return props, required

    def _build_model(self, node: Node, name: str) -> None:
        props, required = self._merged_properties(node)
        namer = naming.Namer(naming.MODEL_RESERVED)
        fields = []
        for wire, prop in props.items():
            py = namer.take(naming.snake(wire))
            t = self.schema_type(prop, name + naming.pascal(wire))
            pnode = self.deref(prop)
            fields.append(
                Field(
                    wire,
                    py,
                    t,
                    wire in required,
                    _text(pnode.get("description")),
                    _literal(pnode.get("default")),
                )
            )
        extra = None
        add = node.get("additionalProperties")
        if isinstance(add, dict) and add:
            extra = self.schema_type(node.child("additionalProperties"), name + "Value")
        self.models[name] = ModelDef(
            name,
            self._module_of[name],
            tuple(fields),
            _text(node.get("description") or node.get("title")),
            extra,
            f"{node.doc.display_name}#{node.pointer}",
        )

    def _build_enum(self, node: Node, name: str) -> None:
        values = [v for v in node.get("enum") if v is not None]
        base: Any = "str" if all(isinstance(v, str) for v in values) else "int"
        namer = naming.Namer(("name", "value", "mro"))
        members = []
        for v in dict.fromkeys(values):
            label = (
                naming.constant(str(v))
                if base == "str"
                else ("VALUE_" + str(v).replace("-", "MINUS_"))
            )
            members.append(EnumMember(namer.take(label), repr(v)))
        self.enums[name] = EnumDef(
            name,
            self._module_of[name],
            base,
            tuple(members),
            _text(node.get("description")),
        )

    # -- operations ----------------------------------------------------------------
    def build(self) -> Api:
        previous = self.previous
        if previous is not None and (
            self.keys is None or previous.base != self.keys.base
        ):
            previous = None  # the components changed: build everything
        if previous is not None:
            start = previous.start
            self._restore(start)
        else:
            before = len(self.problems.items)
            self.register_components()
            schemes = self._security_schemes()
            root_security = self._security(self.root.child("security"), schemes)
            start = self._start(schemes, root_security, before)
        keys = self.keys
        records: dict[tuple[str, str], journal.Record] = {}
        chain = keys.base if keys is not None else ""
        by_tag: dict[str, list[Operation]] = {}
        paths = self.root.child("paths")
        op_count = 0
        for path in paths.value or {}:
            item = self.deref(paths.child(path))
            if not isinstance(item.value, dict):
                continue
            for method in HTTP_METHODS:
                if not isinstance(item.value.get(method), dict):
                    continue
                op_count += 1
                op_node = item.child(method)
                where = (method.upper(), path)
                self._op_nodes[where] = op_node
                if keys is None:
                    op = self._operation(
                        path, method, item, op_node, start.root_security, start.schemes
                    )
                    by_tag.setdefault(op.tag, []).append(op)
                    continue
                key = keys.operation(method, path)
                old = previous.operations.get(where) if previous is not None else None
                if old is not None and old.key == key and old.chain == chain:
                    effects, kept = self._replay(old.effects), True
                    self.unchanged.add(where)
                else:
                    effects, kept = self._recorded(path, method, item, op_node, start)
                if kept and key is not None:
                    records[where] = journal.Record(key, chain, effects)
                chain = journal.chained(chain, effects)
                by_tag.setdefault(effects.operation.tag, []).append(effects.operation)
        if keys is not None and len(records) == op_count:
            self.journal = journal.Journal(keys.base, start, records)
        if isinstance(self.root.get("webhooks"), dict) and self.root.get("webhooks"):
            self.warn(
                self.root.child("webhooks"),
                "webhooks are not part of a client; ignored",
            )
        resources = self._resources(by_tag)
        listed = self.root.child("servers")
        servers = normalized_servers(
            listed.value, lambda i, m: self.warn(listed.child(i, "url"), m)
        )
        info = self.root.child("info")
        schemas = (
            self.root.get("components", {}).get("schemas")
            if isinstance(self.root.get("components"), dict)
            else None
        )
        return Api(
            title=_text(info.get("title")) or self.cfg.client_class,
            version=str(info.get("version") or "0.0.0"),
            description=_text(info.get("description")),
            package=self.cfg.package,
            client_class=self.cfg.client_class,
            distribution=self.cfg.distribution or self.cfg.package.replace("_", "-"),
            env_prefix=self.cfg.package.upper(),
            servers=servers,
            security_schemes=start.schemes,
            resources=resources,
            models=tuple(sorted(self.models.values(), key=lambda m: m.name)),
            enums=tuple(sorted(self.enums.values(), key=lambda e: e.name)),
            spec_version=str(self.root.get("openapi") or self.root.get("swagger")),
            operation_count_in_spec=op_count,
            schema_count_in_spec=len(schemas) if isinstance(schemas, dict) else 0,
        )

    # -- the journal (generator.journal) ------------------------------------------------
    @property
    def replayed(self) -> int:
        """How many operations were replayed from the previous journal."""
        return len(self.unchanged)

    def _pointer(self, key: tuple[str, str]) -> str | None:
        """A schema key as a pointer in the root document (None: in another one)."""
        return key[1] if key[0] == self.root.key[0] else None

    def _kept_problems(self, before: int) -> tuple[tuple[str, str, str], ...] | None:
        """Problems added since `before`, by pointer (None if one is not in the root)."""
        out = []
        for p in self.problems.items[before:]:
            if p.location.file != self.ws.root.display_name:
                return None
            out.append((p.location.pointer, p.message, p.severity))
        return tuple(out)

    def _start(
        self,
        schemes: tuple[SecurityScheme, ...],
        root_security: tuple[tuple[str, ...], ...],
        before: int,
    ) -> journal.Start:
        """The state after the components, as a journal keeps it (copies: the builder
        goes on changing its own). When it cannot be kept, no journal is."""
        problems = self._kept_problems(before)
        named = {self._pointer(k): v for k, v in self._named.items()}
        if self.keys is None or problems is None or None in named:
            self.keys = None
            return journal.Start(
                self._class_names, self._modules, {}, {}, {}, {}, (), schemes,
                root_security,
            )  # fmt: skip
        return journal.Start(
            copy.deepcopy(self._class_names),
            copy.deepcopy(self._modules),
            dict(self._module_of),
            cast(dict[str, str], named),
            dict(self.models),
            dict(self.enums),
            problems,
            schemes,
            root_security,
        )

    def _restore(self, start: journal.Start) -> None:
        root = self.root.key[0]
        self._class_names = copy.deepcopy(start.class_names)
        self._modules = copy.deepcopy(start.modules)
        self._module_of = dict(start.module_of)
        self._named = {(root, p): name for p, name in start.named.items()}
        self.models = dict(start.models)
        self.enums = dict(start.enums)
        for pointer, message, severity in start.problems:
            self.problems.add(
                self.ws.root.location(pointer), message, cast(Severity, severity)
            )

    def _recorded(
        self, path: str, method: str, item: Node, node: Node, start: journal.Start
    ) -> tuple[journal.Effects, bool]:
        """Build one operation, recording what it adds to the builder's state; and
        whether that can be kept (every schema and problem in the root document)."""
        problems = len(self.problems.items)
        models, enums = len(self.models), len(self.enums)
        self._log, self._named_log = [], []
        try:
            op = self._operation(
                path, method, item, node, start.root_security, start.schemes
            )
            classes, named = tuple(self._log), self._named_log
        finally:
            self._log = self._named_log = None
        kept = self._kept_problems(problems)
        pointers = tuple((self._pointer(k), name) for k, name in named)
        effects = journal.Effects(
            classes,
            cast(tuple[tuple[str, str], ...], pointers),
            tuple(itertools.islice(self.models.values(), models, None)),
            tuple(itertools.islice(self.enums.values(), enums, None)),
            kept or (),
            op,
        )
        return effects, kept is not None and all(p is not None for p, _ in pointers)

    def _replay(self, effects: journal.Effects) -> journal.Effects:
        """Redo what building an unchanged operation did, without building it."""
        for asked, cls, module in effects.classes:
            if self._take_class(asked) != (cls, module):
                raise _Stale(asked)
        root = self.root.key[0]
        for pointer, name in effects.named:
            self._named[(root, pointer)] = name
        for m in effects.models:
            self.models[m.name] = m
        for e in effects.enums:
            self.enums[e.name] = e
        for pointer, message, severity in effects.problems:
            self.problems.add(
                self.ws.root.location(pointer), message, cast(Severity, severity)
            )
        return effects

    def _resources(self, by_tag: dict[str, list[Operation]]) -> tuple[Resource, ...]:
        tag_docs: dict[str, str] = {}
        declared_order: list[str] = []
        for t in self.root.get("tags") or []:
            if isinstance(t, dict) and isinstance(t.get("name"), str):
                tag_docs[t["name"]] = _text(t.get("description"))
                declared_order.append(t["name"])
        order = [t for t in declared_order if t in by_tag] + sorted(
            t for t in by_tag if t not in declared_order
        )
        attrs = naming.Namer(naming.CLIENT_RESERVED)
        classes = naming.Namer(
            [*self.models, *self.enums, *naming.PACKAGE_RESERVED], case_insensitive=True
        )
        modules = naming.Namer(naming.MODULE_RESERVED, case_insensitive=True)
        out = []
        for tag in order:
            attr = attrs.take(naming.snake(tag, prefix="tag_"))
            cls = classes.take(naming.pascal(tag, prefix="Tag") + "Resource")
            classes.reserve("Async" + cls)
            module = modules.take(naming.module_name(attr))
            methods = naming.Namer(naming.RESOURCE_RESERVED)
            ops = []
            short = self._short_names(attr, by_tag[tag])
            for op in by_tag[tag]:
                name = methods.take(short[op.operation_id, op.http_method, op.path])
                ops.append(
                    op if name == op.method_name else _replace(op, method_name=name)
                )
            out.append(
                Resource(tag, attr, cls, module, tag_docs.get(tag, ""), tuple(ops))
            )
        return tuple(out)

    def _short_names(
        self, resource: str, ops: list[Operation]
    ) -> dict[tuple[str, str, str], str]:
        """Each operation's method name without what repeats its resource or FastAPI's
        default suffix (generator.naming.short_method_name), unless that would give two
        operations one name: then both keep their full names, with a warning."""
        short = {
            (op.operation_id, op.http_method, op.path): naming.short_method_name(
                op.method_name, op.operation_id, op.path, op.http_method, resource
            )
            for op in ops
        }
        taken = Counter(short.values())
        full = {op.method_name for op in ops}
        for op in ops:
            key = (op.operation_id, op.http_method, op.path)
            name = short[key]
            if name != op.method_name and (taken[name] > 1 or name in full):
                self.problems.add(
                    self._location_of(op),
                    f"the short method name {name!r} would be shared by several "
                    f"operations of {resource!r}; kept {op.method_name!r}",
                    "warning",
                )
                short[key] = op.method_name
        return short

    def _location_of(self, op: Operation) -> Location:
        """Where an operation stands (its operationId), from its `source`."""
        display, _, pointer = op.source.partition("#")
        for doc in self.ws.documents:
            if doc.display_name == display:
                return doc.location(pointer + "/operationId")
        return self.ws.root.location(pointer)

    def _operation(
        self,
        path: str,
        method: str,
        item: Node,
        node: Node,
        root_security: tuple[tuple[str, ...], ...],
        schemes: tuple[SecurityScheme, ...],
    ) -> Operation:
        op_id = node.get("operationId")
        if not isinstance(op_id, str) or not naming.words(op_id):
            op_id = f"{method} {path}"
        context = naming.pascal(op_id)
        tags = node.get("tags")
        tag = str(tags[0]) if isinstance(tags, list) and tags else DEFAULT_TAG
        arg_names = naming.Namer(naming.CALL_OPTIONS)
        params = self._parameters(item, node, arg_names, context)
        body = self._request_body(node, arg_names, context)
        responses = self._responses(node, context)
        success = [r for r in responses if r.is_success]
        if not success:
            return_type = ANY
        else:
            members: list[TypeRef] = []
            for r in success:
                if r.type.annotation not in [m.annotation for m in members]:
                    members.append(r.type)
            return_type = (
                members[0]
                if len(members) == 1
                else TypeRef(
                    " | ".join(m.annotation for m in members),
                    "_c.ANY",
                    merge_refs(m.refs for m in members),
                )
            )
        security_node = node.child("security")
        security = (
            self._security(security_node, schemes)
            if security_node.value is not None
            else root_security
        )
        return Operation(
            operation_id=op_id,
            method_name=naming.snake(op_id, prefix="op_"),
            http_method=method.upper(),
            path=path,
            summary=_text(node.get("summary")),
            description=_text(node.get("description")),
            tag=tag,
            params=params,
            body=body,
            responses=responses,
            return_type=return_type,
            security=security,
            deprecated=node.get("deprecated") is True,
            source=f"{node.doc.display_name}#{node.pointer}",
            ordered=self._ordered(node, params),
        )

    def _ordered(
        self, node: Node, params: tuple[Parameter, ...]
    ) -> tuple[tuple[str, str], ...]:
        """x-clientgen-ordered: [[a, b], ...]: argument a must not be later than b."""
        value = node.get("x-clientgen-ordered")
        if value is None:
            return ()
        by_wire = {p.wire_name: p.py_name for p in params}
        out = []
        pairs = value if isinstance(value, list) else [None]
        for i, pair in enumerate(pairs):
            if (
                isinstance(pair, list)
                and len(pair) == 2
                and all(isinstance(x, str) and x in by_wire for x in pair)
            ):
                out.append((by_wire[pair[0]], by_wire[pair[1]]))
            else:
                where = node.child("x-clientgen-ordered", i)
                self.problems.add(
                    where.doc.location(where.pointer),
                    "must be a list of [first, second] parameter-name pairs of this operation",
                )
        return tuple(out)

    def _parameters(
        self, item: Node, node: Node, names: naming.Namer, context: str
    ) -> tuple[Parameter, ...]:
        collected: dict[tuple[str, str], Node] = {}
        for owner in (item, node):
            for p in self._iter_list(owner, "parameters"):
                p = self.deref(p)
                if isinstance(p.value, dict) and isinstance(p.get("name"), str):
                    collected[(str(p.get("in")), p.get("name"))] = p
        order = {"path": 0, "query": 1, "header": 2, "cookie": 3}
        out = []
        for (loc, wire), p in sorted(
            collected.items(), key=lambda kv: order.get(kv[0][0], 9)
        ):
            if loc not in order:
                self.warn(
                    p,
                    f"parameter location '{loc}' is not supported; parameter '{wire}' skipped",
                )
                continue
            if loc == "header" and wire.lower() in (
                "accept",
                "content-type",
                "authorization",
            ):
                self.warn(
                    p,
                    f"header parameter '{wire}' is managed by the client; not an argument",
                )
                continue
            schema = p.child("schema") if isinstance(p.get("schema"), dict) else None
            if (
                schema is None
                and isinstance(p.get("content"), dict)
                and p.get("content")
            ):
                ct = next(iter(p.get("content")))
                schema = p.child("content", ct, "schema")
            t = (
                self.schema_type(schema, context + naming.pascal(wire))
                if schema
                else STR
            )
            s = self.deref(schema) if schema else None
            local_dt = p.get("x-clientgen-local-datetime") is True or bool(
                s and s.get("x-clientgen-local-datetime") is True
            )
            if local_dt:
                t = TypeRef("datetime.datetime | datetime.date | str", "_c.STR")
            out.append(
                Parameter(
                    wire,
                    names.take(naming.snake(wire)),
                    cast(ParamLocation, loc),
                    t,
                    required=loc == "path" or p.get("required") is True,
                    description=_text(
                        p.get("description") or (s.get("description") if s else "")
                    ),
                    explode=p.get("explode", p.get("style", "form") == "form") is True,
                    style=str(
                        p.get("style")
                        or ("simple" if loc in ("path", "header") else "form")
                    ),
                    local_datetime=local_dt,
                    example_repr=_literal(_example_of(p, s)),
                )
            )
        return tuple(out)

    def _request_body(
        self, node: Node, names: naming.Namer, context: str
    ) -> RequestBody | None:
        rb = node.child("requestBody")
        if rb.value is None:
            return None
        rb = self.deref(rb)
        content = rb.get("content")
        if not isinstance(content, dict) or not content:
            return None
        picked, picked_kind = _pick_content(content.keys())
        ct: str = picked if picked is not None else str(next(iter(content)))
        kind: BodyKind = picked_kind if picked_kind is not None else "binary"
        media = rb.child("content", ct)
        required = rb.get("required") is True
        description = _text(rb.get("description"))
        schema = (
            media.child("schema") if isinstance(media.get("schema"), dict) else None
        )
        if kind == "binary":
            return RequestBody(
                ct,
                kind,
                required,
                body_type=TypeRef("bytes | IO[bytes]", "_c.ANY"),
                description=description,
            )
        if kind == "text":
            return RequestBody(
                ct, kind, required, body_type=STR, description=description
            )
        target = self.deref(schema) if schema else None
        if (
            target is not None
            and self._is_object(target)
            and not target.get("oneOf")
            and not target.get("anyOf")
        ):
            props, req = self._merged_properties(target)
            fields = []
            for wire, prop in props.items():
                pn = self.deref(prop)
                if pn.get("readOnly") is True:
                    continue
                file = (
                    files.file_type(prop, self.deref) if kind == "multipart" else None
                )
                t = file or self.schema_type(
                    prop, context + "Body" + naming.pascal(wire)
                )
                whole = _example_of(media, target)
                example = _example_of(pn)
                if example is None and isinstance(whole, dict):
                    example = whole.get(wire)
                fields.append(
                    Field(
                        wire,
                        names.take(naming.snake(wire)),
                        t,
                        wire in req,
                        _text(pn.get("description")),
                        _literal(pn.get("default")),
                        _literal(example),
                    )
                )
            return RequestBody(
                ct,
                kind,
                required or bool(req),
                fields=tuple(fields),
                description=description,
                model=bodies.model_of(self, schema),
            )
        t = self.schema_type(schema, context + "Body") if schema else ANY
        if kind in ("form", "multipart") and t.annotation != "Any":
            t = TypeRef("Mapping[str, Any]", "_c.ANY")
        names.reserve("body")
        return RequestBody(ct, kind, required, body_type=t, description=description)

    def _responses(self, node: Node, context: str) -> tuple[Response, ...]:
        out = []
        responses = node.child("responses")
        for status in responses.value or {}:
            if status.startswith("x-"):
                continue
            r = self.deref(responses.child(status))
            content = r.get("content")
            headers = self._response_headers(r)
            desc = _text(r.get("description"))
            s = str(status).upper() if status != "default" else "default"
            if not isinstance(content, dict) or not content:
                out.append(Response(s, desc, None, "empty", NONE, headers))
                continue
            ct, kind = _pick_content(content.keys(), response=True)
            rkind: ResultKind = (
                "binary"
                if kind in (None, "binary", "multipart", "form")
                else ("text" if kind == "text" else "json")
            )
            ct = ct or next(iter(content))
            if rkind == "json":
                media = r.child("content", ct)
                schema = (
                    media.child("schema")
                    if isinstance(media.get("schema"), dict)
                    else None
                )
                suffix = "Response" if s.startswith("2") else f"Error{s}"
                t = self.schema_type(schema, context + suffix) if schema else ANY
            else:
                t = STR if rkind == "text" else BYTES
            out.append(Response(s, desc, ct, rkind, t, headers))
        return tuple(out)

    def _response_headers(self, r: Node) -> tuple[ResponseHeader, ...]:
        headers = r.get("headers")
        if not isinstance(headers, dict):
            return ()
        out = []
        for name in headers:
            h = self.deref(r.child("headers", name))
            schema = h.child("schema") if isinstance(h.get("schema"), dict) else None
            t = (
                self.schema_type(schema, "Header" + naming.pascal(name))
                if schema
                else STR
            )
            out.append(ResponseHeader(str(name), t, _text(h.get("description"))))
        return tuple(out)

    def _security_schemes(self) -> tuple[SecurityScheme, ...]:
        node = self.root.child("components", "securitySchemes")
        if not isinstance(node.value, dict):
            return ()
        out = []
        args = naming.Namer(naming.CLIENT_RESERVED)
        basic_count = sum(
            1
            for n in node.value.values()
            if isinstance(n, dict)
            and n.get("type") == "http"
            and str(n.get("scheme", "")).lower() == "basic"
        )
        shared_client: tuple[str, ...] | None = None
        token_count = sum(
            1
            for n in node.value.values()
            if isinstance(n, dict) and n.get("type") in ("oauth2", "openIdConnect")
        )
        for name in node.value:
            s = self.deref(node.child(name))
            kind, loc, wire = self._scheme_kind(s, name)
            if kind is None:
                continue
            override = s.get("x-clientgen-argument")
            names: tuple[str, ...]
            flows: tuple[tuple[str, str], ...] = ()
            client: tuple[str, ...] = ()
            if kind == "oauth2" and not isinstance(override, str):
                token = oauth.token_argument(
                    name, token_count, naming.scheme_name(name)
                )
                names = (args.take(token),)
                flows = oauth.flows(s.value)
                if flows:  # one client (id and secret) for every scheme
                    if shared_client is None:
                        shared_client = (
                            args.take("client_id"),
                            args.take("client_secret"),
                        )
                    client = shared_client
                    names += client
            elif kind == "basic":
                prefix = "" if basic_count == 1 else naming.scheme_name(name) + "_"
                names = (args.take(prefix + "username"), args.take(prefix + "password"))
            else:
                names = (
                    args.take(
                        override
                        if isinstance(override, str)
                        and naming.is_safe_identifier(override)
                        else naming.scheme_name(name)
                    ),
                )
            env = tuple(f"{self.cfg.package.upper()}_{a.upper()}" for a in names)
            out.append(
                SecurityScheme(
                    str(name),
                    cast(SchemeKind, kind),
                    cast(SchemeLocation, loc),
                    wire,
                    names,
                    env,
                    _text(s.get("description")),
                    flows,
                    client,
                )
            )
        return tuple(out)

    def _scheme_kind(self, s: Node, name: str) -> tuple[str | None, str, str]:
        t = s.get("type")
        if t == "http":
            scheme = str(s.get("scheme", "")).lower()
            if scheme == "basic":
                return "basic", "header", "Authorization"
            if scheme == "bearer":
                return "bearer", "header", "Authorization"
            self.warn(
                s,
                f"HTTP auth scheme '{scheme}' of '{name}' is not supported; "
                "pass the header yourself with default_headers=",
            )
            return None, "", ""
        if (
            t == "apiKey"
            and s.get("in") in ("header", "query", "cookie")
            and isinstance(s.get("name"), str)
        ):
            return "apiKey", str(s.get("in")), str(s.get("name"))
        if t in ("oauth2", "openIdConnect"):
            return "oauth2", "header", "Authorization"
        self.warn(
            s, f"security scheme '{name}' of type '{t}' is not supported; ignored"
        )
        return None, "", ""

    def _security(
        self, node: Node, schemes: tuple[SecurityScheme, ...]
    ) -> tuple[tuple[str, ...], ...]:
        known = {s.name for s in schemes}
        if not isinstance(node.value, list):
            return ()
        out = []
        for i, req in enumerate(node.value):
            if not isinstance(req, dict):
                continue
            names = tuple(str(k) for k in req)
            unknown = [n for n in names if n not in known]
            if unknown:
                self.warn(
                    node.child(i),
                    f"security requirement names unsupported or undeclared "
                    f"scheme(s) {unknown}; that alternative is skipped",
                )
                continue
            out.append(names)
        return tuple(out)


def _pick_content(
    types: Iterable[str], response: bool = False
) -> tuple[str | None, BodyKind | None]:
    kinds: list[tuple[int, str, BodyKind]] = []
    for ct in types:
        low = ct.lower().split(";")[0].strip()
        if _JSON_CT.match(low):
            kinds.append((0, ct, "json"))
        elif low == "application/x-www-form-urlencoded":
            kinds.append((1, ct, "form"))
        elif low == "multipart/form-data" or low.startswith("multipart/"):
            kinds.append((2, ct, "multipart"))
        elif (
            low.startswith("text/")
            or low in ("application/xml",)
            or low.endswith("+xml")
        ):
            kinds.append((4 if not response else 3, ct, "text"))
        else:
            kinds.append((3 if not response else 4, ct, "binary"))
    if not kinds:
        return None, None
    kinds.sort(key=lambda k: k[0])
    return kinds[0][1], kinds[0][2]


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _example_of(*nodes: Node | None) -> Any:
    """The first documented example among the nodes (a parameter, then its schema)."""
    for node in nodes:
        if node is None or not isinstance(node.value, dict):
            continue
        if "example" in node.value:
            return node.value["example"]
        examples = node.value.get("examples")
        if isinstance(examples, dict):
            for ex in examples.values():
                if isinstance(ex, dict) and "value" in ex:
                    return ex["value"]
        if isinstance(examples, list) and examples:
            return examples[0]
    return None


def _literal(value: Any) -> str | None:
    if value is None or isinstance(value, dict | list):
        return None
    return repr(value)


def _replace(op: Operation, **changes: Any) -> Operation:
    from dataclasses import replace

    return replace(op, **changes)


def build_api(ws: Workspace, config: ClientConfig, problems: Problems) -> Api:
    return build_api_and_builder(ws, config, problems)[0]


def build_api_and_builder(
    ws: Workspace,
    config: ClientConfig,
    problems: Problems,
    keys: journal.Keys | None = None,
    previous: journal.Journal | None = None,
) -> tuple[Api, Builder]:
    """The model, and the builder that made it (for data derived from the raw spec).

    With `keys` (see generator.journal.keys_of) the builder keeps a journal of this build
    (`builder.journal`); with the `previous` build's journal too, it redoes only what
    changed since."""
    before = len(problems.items)
    builder = Builder(ws, config, problems, keys, previous)
    try:
        api = builder.build()
    except _Stale:  # the journal did not fit after all: build everything
        del problems.items[before:]
        builder = Builder(ws, config, problems, keys)
        api = builder.build()

    # Locations are made for every extension, problems for few: a location's line and
    # column (which index the whole document's text) are found only for a problem.
    docs = {doc.display_name: doc for doc in ws.documents}

    def report(location: Location, message: str) -> None:
        doc = docs.get(location.file)
        if location.line is None and doc is not None:
            location = doc.location(location.pointer)
        problems.add(location, message)

    def locator(node: Node) -> Callable[[str], Location]:
        name = node.doc.display_name
        return lambda suffix: Location(name, pointer=node.pointer + suffix)

    raw_ops = {
        k: n.value for k, n in builder._op_nodes.items() if isinstance(n.value, dict)
    }
    locations = {k: locator(n) for k, n in builder._op_nodes.items()}
    root = ws.root.data if isinstance(ws.root.data, dict) else {}
    api = apply_extensions(api, raw_ops, locations, root, locator(builder.root), report)
    return api, builder
