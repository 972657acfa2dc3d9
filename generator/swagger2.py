"""Convert a Swagger 2.0 document into OpenAPI 3.0 shape, so one builder serves both.

Only local `$ref`s are rewritten (`#/definitions/X` -> `#/components/schemas/X`, and the same
for parameters and responses); the converted document keeps the original file's text for
positions, so messages still point into the file the user wrote.
"""

from __future__ import annotations

import copy
from typing import Any

_REF_MOVES = (
    ("#/definitions/", "#/components/schemas/"),
    ("#/parameters/", "#/components/parameters/"),
    ("#/responses/", "#/components/responses/"),
)
_SCHEMA_KEYS = (
    "type", "format", "items", "enum", "default", "maximum", "exclusiveMaximum", "minimum",
    "exclusiveMinimum", "maxLength", "minLength", "pattern", "maxItems", "minItems",
    "uniqueItems", "multipleOf",
)  # fmt: skip
_COLLECTION = {
    "csv": ("form", False),
    "ssv": ("spaceDelimited", False),
    "pipes": ("pipeDelimited", False),
    "tsv": ("form", False),
    "multi": ("form", True),
}


def _rewrite_refs(node: Any) -> Any:
    if isinstance(node, dict):
        out = {}
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                for old, new in _REF_MOVES:
                    if value.startswith(old):
                        value = new + value[len(old) :]
                out[key] = value
            else:
                out[key] = _rewrite_refs(value)
        return out
    if isinstance(node, list):
        return [_rewrite_refs(v) for v in node]
    return node


def _schema(node: Any) -> Any:
    """2.0 schema quirks: x-nullable, type: file, discriminator as a string."""
    if isinstance(node, list):
        return [_schema(v) for v in node]
    if not isinstance(node, dict):
        return node
    out = {k: _schema(v) for k, v in node.items()}
    if out.pop("x-nullable", False) is True:
        out["nullable"] = True
    if out.get("type") == "file":
        out["type"] = "string"
        out["format"] = "binary"
    if isinstance(out.get("discriminator"), str):
        out["discriminator"] = {"propertyName": out["discriminator"]}
    return out


def _param_schema(param: dict[str, Any]) -> dict[str, Any]:
    schema = {k: param[k] for k in _SCHEMA_KEYS if k in param}
    if "items" in schema:
        schema["items"] = (
            _param_schema(schema["items"]) if isinstance(schema["items"], dict) else {}
        )
    converted: dict[str, Any] = _schema(schema)
    return converted


def _convert_param(param: dict[str, Any]) -> dict[str, Any]:
    if "$ref" in param:
        return dict(param)
    out = {
        k: v
        for k, v in param.items()
        if k not in _SCHEMA_KEYS and k != "collectionFormat"
    }
    out["schema"] = _param_schema(param)
    fmt = param.get("collectionFormat")
    if param.get("type") == "array" and param.get("in") in ("query", "formData"):
        style, explode = _COLLECTION.get(str(fmt or "csv"), ("form", False))
        out["style"], out["explode"] = style, explode
    return out


def _content(types: list[str], schema: Any) -> dict[str, Any]:
    media: dict[str, Any] = {}
    for t in types or ["application/json"]:
        media[t] = {"schema": schema} if schema is not None else {}
    return media


def _convert_response(resp: Any, produces: list[str]) -> Any:
    if not isinstance(resp, dict) or "$ref" in resp:
        return resp
    out: dict[str, Any] = {"description": resp.get("description", "")}
    if "schema" in resp:
        out["content"] = _content(produces, _schema(resp["schema"]))
    if isinstance(resp.get("headers"), dict):
        out["headers"] = {
            name: {"description": h.get("description", ""), "schema": _param_schema(h)}
            for name, h in resp["headers"].items()
            if isinstance(h, dict)
        }
    for key, value in resp.items():
        if key.startswith("x-"):
            out[key] = value
    return out


def _resolve_param(doc: dict[str, Any], param: Any) -> Any:
    if isinstance(param, dict) and isinstance(param.get("$ref"), str):
        ref = param["$ref"]
        if ref.startswith("#/parameters/"):
            return doc.get("parameters", {}).get(ref.split("/", 2)[2], param)
    return param


def _convert_operation(
    doc: dict[str, Any], op: dict[str, Any], shared: list[Any]
) -> dict[str, Any]:
    consumes = op.get("consumes") or doc.get("consumes") or ["application/json"]
    produces = op.get("produces") or doc.get("produces") or ["application/json"]
    out = {
        k: v
        for k, v in op.items()
        if k not in ("parameters", "responses", "consumes", "produces", "schemes")
    }
    params: list[Any] = []
    body: dict[str, Any] | None = None
    form: list[dict[str, Any]] = []
    own_keys = set()
    for p in op.get("parameters") or []:
        r = _resolve_param(doc, p)
        if isinstance(r, dict):
            own_keys.add((r.get("in"), r.get("name")))
    inherited = [
        p
        for p in shared
        if isinstance(_resolve_param(doc, p), dict)
        and (_resolve_param(doc, p).get("in"), _resolve_param(doc, p).get("name"))
        not in own_keys
    ]
    for p in [*inherited, *(op.get("parameters") or [])]:
        r = _resolve_param(doc, p)
        if not isinstance(r, dict):
            continue
        if r.get("in") == "body":
            body = r
        elif r.get("in") == "formData":
            form.append(r)
        elif "$ref" in p and p is r:
            params.append(p)
        else:
            params.append(_convert_param(r))
    if params:
        out["parameters"] = params
    if body is not None:
        out["requestBody"] = {
            "content": _content(
                [c for c in consumes if "form" not in c] or ["application/json"],
                _schema(body.get("schema", {})),
            ),
            "required": body.get("required") is True,
        }
        if body.get("description"):
            out["requestBody"]["description"] = body["description"]
    elif form:
        multipart = (
            any(f.get("type") == "file" for f in form)
            or "multipart/form-data" in consumes
        )
        ct = "multipart/form-data" if multipart else "application/x-www-form-urlencoded"
        properties = {}
        for f in form:
            prop = _param_schema(f)
            if f.get("description"):
                prop["description"] = f["description"]
            properties[str(f.get("name"))] = prop
        schema: dict[str, Any] = {"type": "object", "properties": properties}
        required = [str(f.get("name")) for f in form if f.get("required") is True]
        if required:
            schema["required"] = required
        out["requestBody"] = {
            "content": {ct: {"schema": schema}},
            "required": bool(required),
        }
    responses = op.get("responses") or {}
    out["responses"] = {
        str(code): _convert_response(r, produces) for code, r in responses.items()
    }
    return out


def convert(doc: dict[str, Any]) -> dict[str, Any]:
    """A new OpenAPI 3.0.3 document equivalent to Swagger 2.0 `doc` (which is not modified)."""
    doc = copy.deepcopy(doc)
    out: dict[str, Any] = {"openapi": "3.0.3", "info": doc.get("info", {})}
    for key in ("tags", "externalDocs", "security"):
        if key in doc:
            out[key] = doc[key]
    out.update({k: v for k, v in doc.items() if k.startswith("x-")})
    host = doc.get("host")
    base = doc.get("basePath") or ""
    schemes = doc.get("schemes") or (["https"] if host else [])
    if host:
        ordered = sorted(schemes, key=lambda s: s != "https")
        out["servers"] = [{"url": f"{s}://{host}{base}"} for s in ordered]
    elif base:
        out["servers"] = [{"url": base}]
    paths: dict[str, Any] = {}
    for path, item in (doc.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        shared = item.get("parameters") or []
        new_item: dict[str, Any] = {}
        for key, value in item.items():
            if key in (
                "get",
                "put",
                "post",
                "delete",
                "options",
                "head",
                "patch",
            ) and isinstance(value, dict):
                new_item[key] = _convert_operation(doc, value, shared)
            elif key != "parameters":
                new_item[key] = value
        paths[path] = new_item
    out["paths"] = paths
    components: dict[str, Any] = {}
    if isinstance(doc.get("definitions"), dict):
        components["schemas"] = {k: _schema(v) for k, v in doc["definitions"].items()}
    if isinstance(doc.get("parameters"), dict):
        components["parameters"] = {
            k: _convert_param(v)
            for k, v in doc["parameters"].items()
            if isinstance(v, dict) and v.get("in") not in ("body", "formData")
        }
    if isinstance(doc.get("responses"), dict):
        produces = doc.get("produces") or ["application/json"]
        components["responses"] = {
            k: _convert_response(v, produces) for k, v in doc["responses"].items()
        }
    schemes_out: dict[str, dict[str, Any]] = {}
    for name, s in (doc.get("securityDefinitions") or {}).items():
        if not isinstance(s, dict):
            continue
        if s.get("type") == "basic":
            schemes_out[name] = {"type": "http", "scheme": "basic"}
        elif s.get("type") == "apiKey":
            schemes_out[name] = {
                "type": "apiKey",
                "in": s.get("in"),
                "name": s.get("name"),
            }
        elif s.get("type") == "oauth2":
            schemes_out[name] = {"type": "oauth2", "flows": {}}
        for key in ("description",):
            if key in s:
                schemes_out[name][key] = s[key]
        schemes_out[name].update({k: v for k, v in s.items() if k.startswith("x-")})
    if schemes_out:
        components["securitySchemes"] = schemes_out
    if components:
        out["components"] = components
    result = _rewrite_refs(out)
    assert isinstance(result, dict)
    return result
