"""The feature matrix the live apps cover together, read from the specs they publish.

Each feature is a predicate over a fetched OpenAPI document; the test fails, naming them,
when a feature is in none of the apps' specs (an app changed, a framework upgrade spells it
differently). Nothing is taken on trust: only what the running servers publish counts.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

from tests.live.conftest import LiveApp

Spec = dict[str, Any]
METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


def deref(spec: Spec, node: Any) -> Any:
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def members(spec: Spec, schema: Any) -> list[dict[str, Any]]:
    """The schema and the members of its anyOf/oneOf (FastAPI writes `X | None` so)."""
    schema = deref(spec, schema)
    if not isinstance(schema, dict):
        return []
    out = [schema]
    for key in ("anyOf", "oneOf"):
        for m in schema.get(key) or []:
            out += members(spec, m)
    return out


def operations(spec: Spec) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in (spec.get("paths") or {}).items():
        for method, op in item.items():
            if method in METHODS:
                yield path, method, op


def params(spec: Spec) -> Iterator[dict[str, Any]]:
    for path, _, op in operations(spec):
        shared = spec["paths"][path].get("parameters") or []
        for p in [*shared, *(op.get("parameters") or [])]:
            yield deref(spec, p)


def bodies(spec: Spec, media: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """(method, schema) of the request bodies sent as `media`."""
    for _, method, op in operations(spec):
        content = deref(spec, op.get("requestBody") or {}).get("content") or {}
        for ctype, m in content.items():
            if ctype.split(";")[0].strip() == media and "schema" in m:
                yield method, deref(spec, m["schema"])


def is_file(spec: Spec, schema: Any, spelling: str | None = None) -> bool:
    for s in members(spec, schema):
        if s.get("type") != "string":
            continue
        found = {
            "format": s.get("format") in ("binary", "byte"),
            "contentMediaType": "contentMediaType" in s,
            "contentEncoding": s.get("contentEncoding") == "base64",
        }
        if found[spelling] if spelling else any(found.values()):
            return True
    return False


def file_fields(spec: Spec) -> Iterator[tuple[dict[str, Any], str, Any]]:
    """(multipart schema, property, property schema) of every multipart field."""
    for _, schema in bodies(spec, "multipart/form-data"):
        for name, prop in (schema.get("properties") or {}).items():
            yield schema, name, prop


def is_files(spec: Spec, prop: Any) -> bool:
    return any(
        s.get("type") == "array" and is_file(spec, s.get("items"))
        for s in members(spec, prop)
    )


def param_with(spec: Spec, where: str, test: Callable[[dict[str, Any]], bool]) -> bool:
    return any(
        p.get("in") == where and any(test(s) for s in members(spec, p.get("schema")))
        for p in params(spec)
    )


def object_query(spec: Spec, style: str) -> bool:
    return any(
        p.get("in") == "query"
        and p.get("style", "form") == style
        and p.get("explode", True) is True
        and any(s.get("type") == "object" for s in members(spec, p.get("schema")))
        for p in params(spec)
    )


def nested_json(spec: Spec) -> bool:
    for _, schema in bodies(spec, "application/json"):
        for prop in (schema.get("properties") or {}).values():
            for s in members(spec, prop):
                inner = deref(spec, s.get("items")) if s.get("type") == "array" else s
                if isinstance(inner, dict) and "properties" in inner:
                    return True
    return False


def patch_null_vs_unset(spec: Spec) -> bool:
    for method, schema in bodies(spec, "application/json"):
        if method != "patch":
            continue
        required = set(schema.get("required") or [])
        for name, prop in (schema.get("properties") or {}).items():
            nullable = any(s.get("type") == "null" for s in members(spec, prop))
            if nullable and name not in required:
                return True
        if schema.get("type") == "object" and "additionalProperties" in schema:
            return True  # a free-form object: any field may be null or absent
    return False


def responses(spec: Spec) -> Iterator[tuple[str, dict[str, Any]]]:
    for _, _, op in operations(spec):
        for status, r in (op.get("responses") or {}).items():
            yield str(status), deref(spec, r)


def flows(spec: Spec) -> set[str]:
    schemes = (spec.get("components") or {}).get("securitySchemes") or {}
    found = set()
    for s in schemes.values():
        s = deref(spec, s)
        if s.get("type") == "oauth2":
            found |= {f"oauth2:{f}" for f in s.get("flows") or {}}
        elif s.get("type") == "http":
            found.add(f"http:{str(s.get('scheme')).lower()}")
        elif s.get("type") == "apiKey":
            found.add(f"apiKey:{s.get('in')}")
    return found


def unsecured(spec: Spec) -> bool:
    top = spec.get("security") or []
    return any(
        not op.get("security", top) or {} in op.get("security", top)
        for _, _, op in operations(spec)
    )


def fastapi_default_id(path: str, method: str, op: dict[str, Any]) -> bool:
    opid = str(op.get("operationId", ""))
    return opid.endswith(f"_{method}") and re.sub(r"\W", "_", path) in opid


FEATURES: dict[str, Callable[[Spec], bool]] = {
    "path parameter": lambda s: param_with(s, "path", lambda _: True),
    "query parameter": lambda s: param_with(s, "query", lambda _: True),
    "header parameter": lambda s: param_with(s, "header", lambda _: True),
    "cookie parameter": lambda s: param_with(s, "cookie", lambda _: True),
    "enum parameter": lambda s: any(
        param_with(s, w, lambda x: "enum" in x) for w in ("path", "query")
    ),
    "bounded parameter": lambda s: param_with(
        s, "query", lambda x: "minimum" in x or "maximum" in x
    ),
    "list query parameter": lambda s: param_with(
        s, "query", lambda x: x.get("type") == "array"
    ),
    "object query parameter, form + explode": lambda s: object_query(s, "form"),
    "object query parameter, deepObject": lambda s: object_query(s, "deepObject"),
    "JSON body with nested models": nested_json,
    "a list as the whole JSON body": lambda s: any(
        b.get("type") == "array" for _, b in bodies(s, "application/json")
    ),
    "PATCH where unset and null differ": patch_null_vs_unset,
    "application/x-www-form-urlencoded body": lambda s: any(
        bodies(s, "application/x-www-form-urlencoded")
    ),
    "multipart: one file": lambda s: any(is_file(s, p) for _, _, p in file_fields(s)),
    "multipart: a list of files": lambda s: any(
        is_files(s, p) for _, _, p in file_fields(s)
    ),
    "multipart: files plus form fields": lambda s: any(
        (is_file(s, p) or is_files(s, p))
        and any(
            not (is_file(s, q) or is_files(s, q))
            for q in (schema.get("properties") or {}).values()
        )
        for schema, _, p in file_fields(s)
    ),
    "multipart file, 3.0 spelling (format: binary)": lambda s: any(
        is_file(s, p, "format")
        or (is_files(s, p) and is_file(s, deref(s, p).get("items"), "format"))
        for _, _, p in file_fields(s)
    ),
    "multipart file, 3.1 contentMediaType": lambda s: any(
        is_file(s, p, "contentMediaType") for _, _, p in file_fields(s)
    ),
    "multipart file, 3.1 contentEncoding: base64": lambda s: any(
        is_file(s, p, "contentEncoding") for _, _, p in file_fields(s)
    ),
    "binary download": lambda s: any(
        st.startswith("2") and "application/octet-stream" in (r.get("content") or {})
        for st, r in responses(s)
    ),
    "201 answer": lambda s: any(st == "201" for st, _ in responses(s)),
    "204 answer": lambda s: any(st == "204" for st, _ in responses(s)),
    "security: OAuth2 password flow": lambda s: "oauth2:password" in flows(s),
    "security: OAuth2 client credentials": lambda s: (
        "oauth2:clientCredentials" in flows(s)
    ),
    "security: HTTP bearer": lambda s: "http:bearer" in flows(s),
    "security: HTTP basic": lambda s: "http:basic" in flows(s),
    "security: API key in header": lambda s: "apiKey:header" in flows(s),
    "security: API key in query": lambda s: "apiKey:query" in flows(s),
    "security: API key in cookie": lambda s: "apiKey:cookie" in flows(s),
    "security: none at all": unsecured,
    "a spec without servers": lambda s: not s.get("servers"),
    "a relative servers URL": lambda s: any(
        str(x.get("url", "")).startswith("/") for x in s.get("servers") or []
    ),
    "an operation with several tags": lambda s: any(
        len(op.get("tags") or []) > 1 for _, _, op in operations(s)
    ),
    "custom operationIds": lambda s: any(
        not fastapi_default_id(p, m, op) for p, m, op in operations(s)
    ),
    "FastAPI's default operationIds": lambda s: any(
        fastapi_default_id(p, m, op) for p, m, op in operations(s)
    ),
}


def test_the_apps_cover_the_feature_matrix(live_apps: dict[str, LiveApp]) -> None:
    covered = {
        feature: [name for name, app in live_apps.items() if has(app.spec)]
        for feature, has in FEATURES.items()
    }
    table = "\n".join(
        f"  {feature:<50} {', '.join(apps) or 'MISSING'}"
        for feature, apps in covered.items()
    )
    print("feature matrix (feature: apps whose published spec has it)\n" + table)
    missing = [feature for feature, apps in covered.items() if not apps]
    assert not missing, f"features in no app's spec: {missing}\n{table}"
    assert {"fastapi", "litestar"} <= {a for apps in covered.values() for a in apps}


def test_a_feature_missing_from_the_specs_is_reported(
    live_apps: dict[str, LiveApp],
) -> None:
    """The predicates can fail: a spec stripped of servers, cookies and files lacks them."""
    bare: Spec = {
        "openapi": "3.1.0",
        "servers": [{"url": "https://x.example"}],
        "paths": {},
    }
    for feature in (
        "cookie parameter",
        "multipart: one file",
        "a relative servers URL",
    ):
        assert not FEATURES[feature](bare), feature
    assert not FEATURES["a spec without servers"](live_apps["litestar"].spec)
    assert FEATURES["a spec without servers"](live_apps["fastapi"].spec)
