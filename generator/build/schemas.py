"""Schemas → types: component and inline schemas become model and enum classes, unions,
lists, maps, literals and builtins (types as data: generator.pytext spells them)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from generator import naming
from generator.build.node import Node, scalar, text
from generator.build.state import BuildState
from generator.model import (
    Discriminator,
    EnumDef,
    EnumMember,
    Field,
    ModelDef,
    TypeRef,
    builtin,
)
from generator.problems import SpecError, join_pointer

ANY = builtin("any")
NONE = builtin("none")
STR = builtin("str")
BYTES = builtin("bytes")
_PRIMITIVES = {
    "string": STR,
    "integer": builtin("int"),
    "number": builtin("float"),
    "boolean": builtin("bool"),
}
_FORMATS = {
    "date-time": builtin("datetime"),
    "date": builtin("date"),
    "binary": BYTES,
}


class SchemaBuilder(BuildState):
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
        if node.is_ref:
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
            t = TypeRef("enum", name, base=base)
        else:
            t = TypeRef("model", name)
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
        return t.nullable() if nullable and not t.is_any else t

    def _inline_type_inner(self, node: Node, context: str) -> TypeRef:
        value = node.value
        const = value.get("const")
        if isinstance(const, bool | int) or (
            isinstance(const, str)
            and re.fullmatch(r"[\w .:/@+-]{0,100}", const, re.ASCII)
        ):
            # only plain values become Literal types; anything else is typed by its kind
            return TypeRef("literal", value=const)
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
            return TypeRef("list", args=(item,))
        if kind == "object":
            extra = value.get("additionalProperties")
            if isinstance(extra, dict) and extra:
                item = self.schema_type(
                    node.child("additionalProperties"), context + "Value"
                )
                return TypeRef("map", args=(item,))
            return builtin("object")
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
        unique = distinct(members)
        if not unique:
            return ANY
        if len(unique) == 1:
            return unique[0]
        if any(m.is_any for m in unique):
            return ANY
        disc = self._discriminator(node)
        return TypeRef("union", args=tuple(unique), discriminator=disc)

    def _discriminator(self, node: Node) -> Discriminator | None:
        d = node.get("discriminator")
        if not isinstance(d, dict) or not isinstance(d.get("propertyName"), str):
            return None
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
        return Discriminator(d["propertyName"], tuple(mapping.items()))

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
                    text(pnode.get("description")),
                    scalar(pnode.get("default")),
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
            text(node.get("description") or node.get("title")),
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
            members.append(EnumMember(namer.take(label), v))
        self.enums[name] = EnumDef(
            name,
            self._module_of[name],
            base,
            tuple(members),
            text(node.get("description")),
        )


def distinct(types: list[TypeRef]) -> list[TypeRef]:
    """`types` without those spelled as an earlier one, in order."""
    seen: set[str] = set()
    out = []
    for t in types:
        if t.annotation not in seen:
            seen.add(t.annotation)
            out.append(t)
    return out
