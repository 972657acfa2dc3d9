"""Repair the small mistakes real documents make, each as a located warning with its
assumption, so that a client can still be generated (docs/repairs.md lists them).

Only `generate` without `--strict` repairs; `validate` and strict generation report the same
problems as errors. A repair works on a copy of the document: the original's text, data
and cache entries are left as they are, and the copy's cache keys differ from the
original's (`derived_workspace`), so a repaired document is never taken for a valid one.

What cannot be repaired without guessing the API's meaning (an unresolvable or circular
`$ref`, a path parameter declared in another location, a type that is no type) stays an
error: the validation of the repaired copy reports it.
"""

from __future__ import annotations

import copy
import json
from typing import TYPE_CHECKING, Any

from generator import cache, explain, metaschema, repair_names, repair_paths
from generator.load import Document, Workspace
from generator.problems import Problem, join_pointer
from generator.repair_paths import CODE, Repair

__all__ = ["CODE", "Repair", "derived_workspace", "repair", "repaired"]

if TYPE_CHECKING:
    from jsonschema.exceptions import ValidationError

# what an object is, never a stray field: unexpected, they mean a misreading, not a typo
_IDENTITY = frozenset({"in", "name", "$ref", "openapi", "swagger"})
_ROUNDS = 8  # structural passes: each repair can only reveal what it uncovered


def repair(data: Any, version: str) -> tuple[Any, list[Repair]]:
    """A repaired copy of `data` (a document of OpenAPI `version`) and the repairs made;
    `data` itself is not changed."""
    if not isinstance(data, dict):
        return data, []
    fixed = copy.deepcopy(data)
    done: list[Repair] = []
    if version != "2.0":
        repair_paths.body_parameters(fixed, done)
    repair_paths.parameters(fixed, version, done)
    if version == "3.1":
        _boolean_bounds(fixed, done)
    _structure(fixed, version, done)
    repair_paths.paths(fixed, version, done)
    return fixed, done


def repaired(ws: Workspace, found: list[Problem]) -> tuple[Workspace, list[Problem]]:
    """The workspace to generate from and its problems: `ws` and `found` as they are when
    nothing can be repaired; else a repaired copy, the repairs' warnings and whatever the
    copy's validation still finds."""
    from generator.validate import spec_version, validate_workspace

    if not any(p.severity == "error" for p in found):
        return ws, found  # (a cached answer: the document need not even be parsed)
    version = spec_version(ws.root.data)
    if version is None:
        return ws, found
    try:
        data, done = repair(ws.root.data, version)
    except RecursionError:  # nests too deeply to repair: refused as it is
        return ws, found
    if not done:
        return ws, found
    again = derived_workspace(ws, data)
    warnings = sorted(  # in the document's order, however they were found
        (r.problem(ws.root) for r in done),
        key=lambda p: (p.location.line or 0, p.location.col or 0),
    )
    return again, warnings + validate_workspace(again)


def derived_workspace(ws: Workspace, data: Any) -> Workspace:
    """`ws` with its root document's data replaced: same file, text and positions (every
    location still points into what the user wrote), a digest of its own for caches."""
    root = ws.root
    derived = Document(path=root.path, text=root.text, display_name=root.display_name)
    derived.data = data
    # the cached_property's slot: keys of the repaired copy never meet the original's
    derived.__dict__["digest"] = cache.key("repaired-v1", root.digest)
    clone = copy.copy(ws)
    clone.root = derived
    clone._docs = {**ws._docs, ws.root_path: derived}
    return clone


# -- structure: what the meta-schema rejects ------------------------------------------------


def _boolean_bounds(data: dict[str, Any], done: list[Repair]) -> None:
    """3.0's boolean exclusiveMinimum/Maximum in a 3.1 document: 3.1 says the bound."""
    stack: list[tuple[Any, str]] = [(data, "")]
    while stack:
        node, pointer = stack.pop()
        if isinstance(node, list):
            stack.extend((v, f"{pointer}/{i}") for i, v in enumerate(node))
            continue
        if not isinstance(node, dict):
            continue
        for key, bound in (
            ("exclusiveMinimum", "minimum"),
            ("exclusiveMaximum", "maximum"),
        ):
            flag = node.get(key)
            if not isinstance(flag, bool):
                continue
            where = join_pointer(pointer, key)
            limit = node.get(bound)
            if flag and isinstance(limit, int | float) and not isinstance(limit, bool):
                node[key] = node.pop(bound)
                assumed = f"{key}: {json.dumps(limit)} ({bound} dropped)"
            else:
                del node[key]
                assumed = f"no {key}" + (
                    "" if flag is False else f" (no {bound} to make exclusive)"
                )
            done.append(
                Repair(
                    where,
                    f"{key} is a number in OpenAPI 3.1 (a boolean is the 3.0 spelling)",
                    assumed,
                )
            )
        stack.extend(
            (v, join_pointer(pointer, k))
            for k, v in node.items()
            if isinstance(v, dict | list)
            and k not in _VALUES
            and not k.startswith("x-")
        )


# members whose values are data, not schemas: never read as schemas
_VALUES = frozenset({"example", "examples", "default", "const", "enum", "value"})


def _structure(data: dict[str, Any], version: str, done: list[Repair]) -> None:
    schema = metaschema.meta_schema(version)
    if schema is None:
        return
    from jsonschema.validators import validator_for

    validator = validator_for(schema)(schema)
    for _ in range(_ROUNDS):
        if metaschema.is_valid(version, data):
            return
        changed = False
        try:
            errors = list(validator.iter_errors(data))
        except RecursionError:
            return
        for error in errors:
            changed |= _fix(data, explain.most_specific(error), version, done)
        if not changed:
            return


def _fix(
    data: dict[str, Any], error: ValidationError, version: str, done: list[Repair]
) -> bool:
    path = list(error.absolute_path)
    pointer = join_pointer("", *[str(p) for p in path])
    instance = error.instance
    if error.validator in ("additionalProperties", "unevaluatedProperties"):
        if not isinstance(instance, dict):
            return False
        changed = False
        unexpected = explain.unexpected_keys(error)
        if _IDENTITY.intersection(unexpected):
            return False  # the object was read as something else: not a stray field
        for key in unexpected:
            if key in instance:
                renamed = repair_names.rename(instance, key, path)
                done.append(renamed or _unexpected(instance, key, pointer, version))
                changed = True
        return changed
    holder, member = _holder(data, path)
    if holder is None:
        return False
    if (
        error.validator == "enum"
        and member == "type"
        and isinstance(instance, str)
        and isinstance(holder, dict)
        and holder.get("type") is instance
    ):
        return _type_alias(holder, str(instance), pointer, version, done)
    if error.validator == "type":
        expected = error.validator_value
        value: Any
        try:
            if holder[member] is not instance:
                return False  # repaired already (with the rest of its enum)
        except (KeyError, IndexError, TypeError):
            return False  # gone with an earlier repair
        special = _schema_type_fix(holder, member, instance, pointer, version)
        if special is not None:
            done.append(special)
            return True
        if (
            expected == "array"
            and isinstance(instance, str | int | float)
            and not isinstance(instance, bool)
        ):
            holder[member] = [instance]
            done.append(
                Repair(
                    pointer,
                    f"a list is expected, not the single value {json.dumps(instance)}",
                    f"the list [{json.dumps(instance)}]",
                )
            )
            return True
        if expected == "string" and isinstance(instance, bool | int | float):
            if len(path) > 1 and path[-2] == "enum" and isinstance(holder, list):
                return _enum_of_strings(holder, pointer.rsplit("/", 1)[0], done)
            value = json.dumps(instance)
            assumed = f"the string '{value}'"
        elif expected == "boolean" and isinstance(instance, str | int | float):
            value = repair_paths.truth(instance)
            assumed = "true" if value else "false"
        elif (
            expected == "array"
            and member == "required"
            and isinstance(instance, bool)
            and isinstance(holder, dict)
        ):
            del holder[member]
            parent, slot = _holder(data, path[:-3]) if len(path) >= 4 else (None, None)
            owner = parent.get(slot) if isinstance(parent, dict) else None
            if (
                instance
                and path[-3] == "properties"
                and isinstance(owner, dict)
                and isinstance(owner.get("required", []), list)
            ):
                names = owner.setdefault("required", [])
                if path[-2] not in names:
                    names.append(path[-2])
                assumed = (
                    f"'{path[-2]}' is one of the required properties of its object"
                )
            else:
                assumed = "ignored"
            done.append(
                Repair(
                    pointer,
                    "a schema's required is the list of its required properties, "
                    f"not {json.dumps(instance)}",
                    assumed,
                )
            )
            return True
        else:
            return False
        holder[member] = value
        done.append(Repair(pointer, str(error.message), assumed))
        return True
    if (
        error.validator == "not"
        and isinstance(instance, dict)
        and "example" in instance
        and "examples" in instance
    ):
        del instance["example"]
        done.append(
            Repair(
                join_pointer(pointer, "example"),
                "example and examples are exclusive",
                "examples (example ignored)",
            )
        )
        return True
    if error.validator == "required" and isinstance(instance, dict):
        wanted = error.validator_value
        missing = (
            [k for k in wanted if k not in instance] if isinstance(wanted, list) else []
        )
        if missing == ["description"] and "responses" in path[-3:-1]:
            instance["description"] = ""
            done.append(
                Repair(pointer, "a response has no description", "description: ''")
            )
            return True
    return False


# what programmers write for a JSON Schema type: (type, format)
_TYPE_ALIASES: dict[str, tuple[str, str | None]] = {
    "int": ("integer", None),
    "int32": ("integer", "int32"),
    "int64": ("integer", "int64"),
    "long": ("integer", "int64"),
    "float": ("number", "float"),
    "double": ("number", "double"),
    "decimal": ("number", None),
    "bool": ("boolean", None),
    "str": ("string", None),
    "date": ("string", "date"),
    "datetime": ("string", "date-time"),
    "date-time": ("string", "date-time"),
    "dict": ("object", None),
    "map": ("object", None),
    "list": ("array", None),
}
_TYPES = ("array", "boolean", "integer", "number", "object", "string")


def _type_alias(
    holder: dict[str, Any], written: str, pointer: str, version: str, done: list[Repair]
) -> bool:
    """`type: int`, `type: String`: a type said in another language's words."""
    key = written.strip().lower()
    found = _TYPE_ALIASES.get(key) or ((key, None) if key in _TYPES else None)
    if found is None:
        return False  # `type: objekt`: which type was meant is a guess
    kind, fmt = found
    if kind == "array" and "items" not in holder:
        return False  # an array of what: a guess
    holder["type"] = kind
    assumed = f"type: {kind}"
    if fmt is not None and "format" not in holder:
        holder["format"] = fmt
        assumed += f", format: {fmt}"
    done.append(
        Repair(
            pointer,
            f"'{written}' is not a type in {explain.spec_name(version)}",
            assumed,
        )
    )
    return True


def _schema_type_fix(
    holder: Any, member: Any, instance: Any, pointer: str, version: str
) -> Repair | None:
    """A 3.1 spelling in a 2.0 or 3.0 schema: a numeric exclusiveMinimum/Maximum, a list
    of types."""
    if not isinstance(holder, dict) or version == "3.1":
        return None
    bound = {"exclusiveMinimum": "minimum", "exclusiveMaximum": "maximum"}.get(member)
    if (
        bound is not None
        and isinstance(instance, int | float)
        and not isinstance(instance, bool)
    ):
        holder[bound] = instance
        holder[member] = True
        return Repair(
            pointer,
            f"{member} is a boolean in {explain.spec_name(version)} (a number is the 3.1 spelling)",
            f"{bound}: {json.dumps(instance)}, {member}: true",
        )
    if member == "type" and isinstance(instance, list):
        kinds = [t for t in instance if isinstance(t, str) and t != "null"]
        nullable = "null" in instance
        if len(kinds) == 1:
            holder["type"] = kinds[0]
            assumed = f"type: {kinds[0]}"
        else:
            del holder["type"]
            assumed = "any type"
        if nullable:
            key = "x-nullable" if version == "2.0" else "nullable"
            holder[key] = True
            assumed += f", {key}: true"
        return Repair(
            pointer,
            f"a list of types is the 3.1 spelling, not {explain.spec_name(version)}'s",
            assumed,
        )
    return None


def _enum_of_strings(values: list[Any], pointer: str, done: list[Repair]) -> bool:
    """An enum of strings written with numbers (a server variable's ports): one repair."""
    found = [v for v in values if isinstance(v, bool | int | float)]
    values[:] = [
        json.dumps(v) if isinstance(v, bool | int | float) else v for v in values
    ]
    done.append(
        Repair(
            pointer,
            f"the values must be strings, not {', '.join(json.dumps(v) for v in found)}",
            "their strings: " + ", ".join(f"'{json.dumps(v)}'" for v in found),
        )
    )
    return True


def _holder(data: Any, path: list[Any]) -> tuple[Any, Any]:
    """The container of the value at `path` and its key there (None, None at the root)."""
    if not path:
        return None, None
    node = data
    for token in path[:-1]:
        try:
            node = node[token]
        except (KeyError, IndexError, TypeError):
            return None, None
    return node, path[-1]


def _unexpected(
    instance: dict[str, Any], key: str, pointer: str, version: str
) -> Repair:
    where = join_pointer(pointer, key)
    value = instance.pop(key)
    if key == "":
        return Repair(where, "an entry has an empty key", "skipped")
    if version == "2.0" and key == "nullable" and "x-nullable" not in instance:
        instance["x-nullable"] = value
        return Repair(
            where,
            "nullable is not a Swagger 2.0 keyword",
            f"x-nullable: {json.dumps(value)}",
        )
    if version == "3.0" and key == "const" and "enum" not in instance:
        instance["enum"] = [value]
        return Repair(
            where, "const is not an OpenAPI 3.0 keyword", f"enum: [{json.dumps(value)}]"
        )
    if version == "3.0" and key == "patternProperties" and isinstance(value, dict):
        union = _union([v for v in value.values() if isinstance(v, dict | bool)])
        extra = instance.get("additionalProperties")
        if isinstance(extra, dict) and extra:
            union = _union([extra, union])
        instance["additionalProperties"] = union
        return Repair(
            where,
            "patternProperties is not an OpenAPI 3.0 keyword",
            "additionalProperties: the union of its schemas "
            f"({json.dumps(union, sort_keys=True)[:120]})",
        )
    return Repair(
        where,
        f"'{key}' is not a field of this object in {explain.spec_name(version)}",
        "ignored",
    )


def _union(schemas: list[Any]) -> Any:
    distinct: list[Any] = []
    for s in schemas:
        if s is True or s == {}:
            return {}
        if s is not False and s not in distinct:
            distinct.append(s)
    if not distinct:
        return {}
    return distinct[0] if len(distinct) == 1 else {"anyOf": distinct}
