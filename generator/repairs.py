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
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from generator import cache, explain, metaschema
from generator.load import Document, Workspace, resolve_pointer
from generator.model import HTTP_METHODS
from generator.problems import Problem, join_pointer

if TYPE_CHECKING:
    from jsonschema.exceptions import ValidationError

CODE = "repaired"
_TEMPLATE_PARAM = re.compile(r"\{([^{}]+)\}")
_ROUNDS = 8  # structural passes: each repair can only reveal what it uncovered
# the styles a parameter may have, by location; the first is the default
_STYLES = {
    "path": ("simple", "matrix", "label"),
    "query": ("form", "spaceDelimited", "pipeDelimited", "deepObject"),
    "header": ("simple",),
    "cookie": ("form",),
}
_TRUE = frozenset({"true", "yes", "y", "required", "1", "on", "mandatory"})


@dataclass(frozen=True)
class Repair:
    """One repair: where (a JSON pointer into the original document), what was wrong and
    what is assumed instead."""

    pointer: str
    message: str
    assumed: str

    def problem(self, doc: Document) -> Problem:
        return Problem(
            doc.location(self.pointer),
            f"{self.message}; assumed: {self.assumed}",
            "warning",
            CODE,
        )


def repair(data: Any, version: str) -> tuple[Any, list[Repair]]:
    """A repaired copy of `data` (a document of OpenAPI `version`) and the repairs made;
    `data` itself is not changed."""
    if not isinstance(data, dict):
        return data, []
    fixed = copy.deepcopy(data)
    done: list[Repair] = []
    _parameters(fixed, version, done)
    _structure(fixed, version, done)
    _paths(fixed, version, done)
    return fixed, done


def repaired(ws: Workspace, found: list[Problem]) -> tuple[Workspace, list[Problem]]:
    """The workspace to generate from and its problems: `ws` and `found` as they are when
    nothing can be repaired; else a repaired copy, the repairs' warnings and whatever the
    copy's validation still finds."""
    from generator.validate import spec_version, validate_workspace

    version = spec_version(ws.root.data)
    if version is None or not any(p.severity == "error" for p in found):
        return ws, found
    data, done = repair(ws.root.data, version)
    if not done:
        return ws, found
    again = derived_workspace(ws, data)
    warnings = [r.problem(ws.root) for r in done]
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


# -- parameters -----------------------------------------------------------------------------


def _parameter_lists(data: dict[str, Any]) -> Iterator[tuple[list[Any], str]]:
    """Every list of parameters in the document, with its pointer."""
    paths = data.get("paths")
    if isinstance(paths, dict):
        for url, item in paths.items():
            if not isinstance(item, dict):
                continue
            pointer = join_pointer("/paths", url)
            if isinstance(item.get("parameters"), list):
                yield item["parameters"], join_pointer(pointer, "parameters")
            for method in HTTP_METHODS:
                op = item.get(method)
                if isinstance(op, dict) and isinstance(op.get("parameters"), list):
                    yield op["parameters"], join_pointer(pointer, method, "parameters")
    for holder, pointer in (
        (data.get("parameters"), "/parameters"),
        ((data.get("components") or {}).get("parameters"), "/components/parameters"),
    ):
        if isinstance(holder, dict):
            for name, param in holder.items():
                if isinstance(param, dict):
                    yield [param], join_pointer(pointer, name) + "\0"


def _parameters(data: dict[str, Any], version: str, done: list[Repair]) -> None:
    seen: set[int] = set()
    for params, pointer in _parameter_lists(data):
        for i, param in enumerate(params):
            if not isinstance(param, dict) or "$ref" in param or id(param) in seen:
                continue
            seen.add(id(param))
            where = pointer[:-1] if pointer.endswith("\0") else f"{pointer}/{i}"
            _parameter(param, where, version, done)


def _parameter(
    param: dict[str, Any], pointer: str, version: str, done: list[Repair]
) -> None:
    location = param.get("in")
    required = param.get("required")
    if "required" in param and not isinstance(required, bool):
        value = _truth(required) or location == "path"
        param["required"] = value
        done.append(
            Repair(
                join_pointer(pointer, "required"),
                f"required must be true or false, not {json.dumps(required)}",
                f"required: {'true' if value else 'false'}",
            )
        )
    elif location == "path" and required is not True:
        param["required"] = True
        done.append(
            Repair(
                join_pointer(pointer, "required") if "required" in param else pointer,
                "a path parameter must be required: true",
                "required: true (a path cannot leave a parameter out)",
            )
        )
    style = param.get("style")
    allowed = _STYLES.get(location) if isinstance(location, str) else None
    if version != "2.0" and allowed and isinstance(style, str) and style not in allowed:
        param["style"] = allowed[0]
        only = ", ".join(f"'{s}'" for s in allowed)
        done.append(
            Repair(
                join_pointer(pointer, "style"),
                f"style '{style}' is not allowed for a parameter in {location} "
                f"(allowed: {only})",
                f"style: {allowed[0]}",
            )
        )
    if (
        version == "2.0"
        and param.get("collectionFormat") == "multi"
        and location not in ("query", "formData")
    ):
        param["collectionFormat"] = "csv"
        done.append(
            Repair(
                join_pointer(pointer, "collectionFormat"),
                "collectionFormat 'multi' is only for parameters in query or formData "
                f"(this one is in: {location})",
                "collectionFormat: csv",
            )
        )


def _truth(value: Any) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in _TRUE
    if isinstance(value, int | float):
        return value != 0
    return False


# -- structure: what the meta-schema rejects ------------------------------------------------


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
        for key in explain.unexpected_keys(error):
            if key in instance:
                done.append(_unexpected(instance, key, pointer, version))
                changed = True
        return changed
    holder, member = _holder(data, path)
    if holder is None:
        return False
    if error.validator == "type":
        expected = error.validator_value
        value: Any
        if holder[member] is not instance:
            return False  # repaired already (with the rest of its enum)
        if expected == "string" and isinstance(instance, bool | int | float):
            if len(path) > 1 and path[-2] == "enum" and isinstance(holder, list):
                return _enum_of_strings(holder, pointer.rsplit("/", 1)[0], done)
            value = json.dumps(instance)
            assumed = f"the string '{value}'"
        elif expected == "boolean" and isinstance(instance, str | int | float):
            value = _truth(instance)
            assumed = "true" if value else "false"
        elif (
            expected == "array"
            and member == "required"
            and isinstance(instance, bool)
            and isinstance(holder, dict)
        ):
            del holder[member]
            done.append(
                Repair(
                    pointer,
                    "a schema's required is the list of its required properties, "
                    f"not {json.dumps(instance)}",
                    "ignored",
                )
            )
            return True
        else:
            return False
        holder[member] = value
        done.append(Repair(pointer, str(error.message), assumed))
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
        where, f"'{key}' is not a field of this object in OpenAPI {version}", "ignored"
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


# -- paths: query strings in them, and template parameters nobody declares -----------------


def _paths(data: dict[str, Any], version: str, done: list[Repair]) -> None:
    paths = data.get("paths")
    if not isinstance(paths, dict):
        return
    origins: dict[str, str] = {}
    if any(isinstance(url, str) and "?" in url for url in paths):
        data["paths"] = paths = _split_query_strings(paths, version, done, origins)
    for url, item in paths.items():
        if not isinstance(url, str) or not isinstance(item, dict) or "$ref" in item:
            continue
        original = origins.get(url, url)
        item_pointer = join_pointer("/paths", original)
        shared = _declared(data, item.get("parameters"))
        for method in HTTP_METHODS:
            op = item.get(method)
            if not isinstance(op, dict):
                continue
            declared = shared | _declared(data, op.get("parameters"))
            for name in dict.fromkeys(_TEMPLATE_PARAM.findall(url)):
                if ("path", name) in declared or any(n == name for _, n in declared):
                    continue  # declared, or declared elsewhere: not ours to guess
                params = op.setdefault("parameters", [])
                if not isinstance(params, list):
                    continue
                params.append(_new_parameter(name, "path", version))
                done.append(
                    Repair(
                        join_pointer(item_pointer, method),
                        f"path parameter '{name}' of '{original}' is not declared for "
                        f"{method.upper()}",
                        f"a required string path parameter '{name}'",
                    )
                )


def _split_query_strings(
    paths: dict[str, Any], version: str, done: list[Repair], origins: dict[str, str]
) -> dict[str, Any]:
    """`paths` with each query string moved out of its URL into query parameters;
    `origins` gets the URL each moved item had."""
    out: dict[str, Any] = {}
    for url, item in paths.items():
        if not (isinstance(url, str) and "?" in url and isinstance(item, dict)):
            out.setdefault(url, item)
            continue
        base, _, query = url.partition("?")
        names = [
            pair.partition("=")[0].strip()
            for pair in query.split("&")
            if pair.partition("=")[0].strip()
        ]
        names = [_TEMPLATE_PARAM.sub(lambda m: m.group(1), n) for n in names]
        if base in paths or base in out or not base.startswith("/"):
            out[url] = item  # another item has that path: merging would be a guess
            continue
        moved = item
        origins[base] = url
        for method in HTTP_METHODS:
            op = moved.get(method)
            if not isinstance(op, dict):
                continue
            params = op.setdefault("parameters", [])
            if not isinstance(params, list):
                continue
            have = {(p.get("in"), p.get("name")) for p in params if isinstance(p, dict)}
            params.extend(
                _new_parameter(name, "query", version)
                for name in dict.fromkeys(names)
                if ("query", name) not in have
            )
        out[base] = moved
        listed = ", ".join(f"'{n}'" for n in dict.fromkeys(names))
        done.append(
            Repair(
                join_pointer("/paths", url),
                f"the path '{url}' holds a query string",
                f"the path '{base}'"
                + (
                    f" with optional string query parameters {listed}" if listed else ""
                ),
            )
        )
    return out


def _new_parameter(name: str, where: str, version: str) -> dict[str, Any]:
    param: dict[str, Any] = {"name": name, "in": where, "required": where == "path"}
    if version == "2.0":
        param["type"] = "string"
    else:
        param["schema"] = {"type": "string"}
    return param


def _declared(data: Any, params: Any) -> set[tuple[str, str]]:
    names: set[tuple[str, str]] = set()
    if not isinstance(params, list):
        return names
    for param in params:
        if isinstance(param, dict) and isinstance(param.get("$ref"), str):
            ref = param["$ref"]
            if not ref.startswith("#"):
                names.add(("?", "?"))  # another file: leave the check to validation
                continue
            try:
                param = resolve_pointer(data, ref[1:])
            except (KeyError, IndexError, TypeError):
                continue
        if isinstance(param, dict) and isinstance(param.get("name"), str):
            names.add((str(param.get("in")), param["name"]))
    return names
