"""The repairs of parameters and paths (generator.repairs runs them): parameter fields
by location, Swagger 2.0 parameters in OpenAPI 3 documents, query strings written into
paths, path template parameters nobody declares."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from generator.load import Document, resolve_pointer
from generator.model import HTTP_METHODS
from generator.problems import Problem, join_pointer

CODE = "repaired"  # the code of every repair's warning
_TEMPLATE_PARAM = re.compile(r"\{([^{}]+)\}")
_STYLES = {
    "path": ("simple", "matrix", "label"),
    "query": ("form", "spaceDelimited", "pipeDelimited", "deepObject"),
    "header": ("simple",),
    "cookie": ("form",),
}
_LOCATIONS_20 = ("path", "query", "header", "formData", "body")
# a Swagger 2.0 parameter's schema fields, found on OpenAPI 3 parameters that were converted
_SCHEMA_KEYS_20 = (
    "type", "format", "items", "enum", "default", "maximum", "exclusiveMaximum", "minimum",
    "exclusiveMinimum", "maxLength", "minLength", "pattern", "maxItems", "minItems",
    "uniqueItems", "multipleOf", "collectionFormat", "nullable",
)  # fmt: skip
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
    components = data.get("components")
    for holder, pointer in (
        (data.get("parameters"), "/parameters"),
        (
            components.get("parameters") if isinstance(components, dict) else None,
            "/components/parameters",
        ),
    ):
        if isinstance(holder, dict):
            for name, param in holder.items():
                if isinstance(param, dict):
                    yield [param], join_pointer(pointer, name) + "\0"


def parameters(data: dict[str, Any], version: str, done: list[Repair]) -> None:
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
    if not isinstance(location, str | None):
        return  # what this is cannot be told
    known = _LOCATIONS_20 if version == "2.0" else tuple(_STYLES)
    if isinstance(location, str) and location not in known:
        lowered = location.strip().lower()
        match = next((k for k in known if k.lower() == lowered), None)
        if match is not None:
            done.append(
                Repair(
                    join_pointer(pointer, "in"),
                    f"in: {json.dumps(location)} is not a parameter location "
                    f"(they are {', '.join(known)})",
                    f"in: {match}",
                )
            )
            param["in"] = location = match
    if (
        version != "2.0"
        and location in _STYLES
        and "schema" not in param
        and "content" not in param
        and "type" in param
    ):
        moved = {k: param.pop(k) for k in _SCHEMA_KEYS_20 if k in param}
        param["schema"] = moved
        done.append(
            Repair(
                pointer,
                "a Swagger 2.0-style parameter: "
                + ", ".join(f"'{k}'" for k in moved)
                + " belong in its schema in OpenAPI 3",
                f"schema: {json.dumps(moved, sort_keys=True)[:120]}",
            )
        )
    required = param.get("required")
    if "required" in param and not isinstance(required, bool):
        value = truth(required) or location == "path"
        param["required"] = value
        done.append(
            Repair(
                join_pointer(pointer, "required"),
                f"required must be true or false, not {json.dumps(required)}",
                f"required: {'true' if value else 'false'}",
            )
        )
    elif location == "path" and required is not True:
        done.append(
            Repair(
                join_pointer(pointer, "required") if "required" in param else pointer,
                "a path parameter must be required: true",
                "required: true (a path cannot leave a parameter out)",
            )
        )
        param["required"] = True
    _parameter_type(param, pointer, version, location, done)
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


def _parameter_type(
    param: dict[str, Any],
    pointer: str,
    version: str,
    location: str | None,
    done: list[Repair],
) -> None:
    """A parameter that does not say its type the way its version does."""
    schema = param.get("schema")
    if version != "2.0":
        if location in _STYLES and "schema" not in param and "content" not in param:
            param["schema"] = {"type": "string"}
            done.append(
                Repair(
                    pointer,
                    "a parameter has neither schema nor content",
                    "schema: {type: string} (every parameter is text on the wire)",
                )
            )
        return
    if location == "body":
        if "schema" not in param and "type" in param:
            param["schema"] = {k: param.pop(k) for k in _SCHEMA_KEYS_20 if k in param}
            done.append(
                Repair(
                    pointer,
                    "a body parameter says its type on itself, not in a schema",
                    f"schema: {json.dumps(param['schema'], sort_keys=True)[:120]}",
                )
            )
        return
    if location not in ("path", "query", "header", "formData") or "type" in param:
        return
    if isinstance(schema, dict) and isinstance(schema.get("type"), str):
        moved = {k: schema[k] for k in _SCHEMA_KEYS_20 if k in schema}
        del param["schema"]
        param.update(moved)
        done.append(
            Repair(
                join_pointer(pointer, "schema"),
                "an OpenAPI 3-style schema on a Swagger 2.0 parameter",
                "its fields on the parameter: "
                + json.dumps(moved, sort_keys=True)[:120],
            )
        )
    elif "schema" not in param:
        param["type"] = "string"
        done.append(
            Repair(
                pointer,
                f"a parameter in {location} has no type",
                "type: string (every parameter is text on the wire)",
            )
        )


def body_parameters(data: dict[str, Any], done: list[Repair]) -> None:
    """Swagger 2.0's `in: body` and `in: formData` parameters left in an OpenAPI 3
    document: its request body."""
    paths = data.get("paths")
    if not isinstance(paths, dict):
        return
    for url, item in paths.items():
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            op = item.get(method)
            params = op.get("parameters") if isinstance(op, dict) else None
            if not isinstance(op, dict) or not isinstance(params, list):
                continue
            pointer = join_pointer("/paths", url, method, "parameters")
            body = [
                (i, p)
                for i, p in enumerate(params)
                if isinstance(p, dict) and p.get("in") in ("body", "formData")
            ]
            if not body or "requestBody" in op:
                continue
            op["parameters"] = [p for p in params if all(p is not b for _, b in body)]
            if not op["parameters"]:
                del op["parameters"]
            first = body[0][1]
            if first.get("in") == "body":
                schema = first.get("schema", {})
                media = "application/json"
                required = first.get("required") is True
            else:
                props = {
                    str(p.get("name")): _form_field(p)
                    for _, p in body
                    if p.get("in") == "formData"
                }
                files = any(p.get("format") == "binary" for p in props.values())
                media = (
                    "multipart/form-data"
                    if files
                    else "application/x-www-form-urlencoded"
                )
                schema = {"type": "object", "properties": props}
                names = [str(p.get("name")) for _, p in body if p.get("required")]
                if names:
                    schema["required"] = names
                required = bool(names)
            op["requestBody"] = {
                "required": required,
                "content": {media: {"schema": schema}},
            }
            done.append(
                Repair(
                    f"{pointer}/{body[0][0]}",
                    f"in: {first.get('in')} is Swagger 2.0; OpenAPI 3 has a requestBody",
                    f"a requestBody of {media}",
                )
            )


def _form_field(param: dict[str, Any]) -> dict[str, Any]:
    field = {k: param[k] for k in _SCHEMA_KEYS_20 if k in param} or {"type": "string"}
    if field.get("type") == "file":  # 2.0's upload: 3's binary string
        field.update(type="string", format="binary")
    field.pop("collectionFormat", None)
    return field


def truth(value: Any) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in _TRUE
    if isinstance(value, int | float):
        return value != 0
    return False


# -- paths: query strings in them, and template parameters nobody declares -----------------


def paths(data: dict[str, Any], version: str, done: list[Repair]) -> None:
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
