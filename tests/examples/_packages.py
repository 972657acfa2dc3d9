"""Small specs of the kinds real servers publish, and a way to generate and import them.

FastAPI's defaults are the model: OpenAPI 3.1, no `servers`, often no security; then a
relative server (`root_path`), a scheme-less one, and OAuth2 flows. `load(spec, package)`
generates a package into a temporary folder and imports it under its own name; `unload`
forgets it again, so packages generated in different tests never mix.
"""

from __future__ import annotations

import importlib
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType
from typing import Any

from generator.build import ClientConfig
from generator.naming import pascal
from generator.pipeline import Generated, generate
from generator.write import write_package

REPO = Path(__file__).resolve().parents[2]

_ITEM = {
    "type": "object",
    "required": ["name"],
    "properties": {"name": {"type": "string"}, "size": {"type": "integer"}},
}


def _ops(security: list[dict[str, list[str]]] | None = None) -> dict[str, Any]:
    """A FastAPI-like pair of paths: a list with a required query, a create with a body."""
    sec = {} if security is None else {"security": security}
    return {
        "/items/{item_id}": {
            "get": {
                "operationId": "read_item_items__item_id__get",
                "tags": ["items"],
                "parameters": [
                    {"name": "item_id", "in": "path", "required": True,
                     "schema": {"type": "integer"}},
                    {"name": "q", "in": "query", "required": True,
                     "schema": {"type": "string"}},
                    {"name": "order", "in": "query", "required": True,
                     "schema": {"type": "string", "enum": ["newest", "oldest"]}},
                ],
                "responses": {"200": {"description": "OK", "content": {
                    "application/json": {"schema": {"$ref": "#/components/schemas/Item"}}
                }}},
                **sec,
            }
        },
        "/items": {
            "post": {
                "operationId": "create_item_items_post",
                "tags": ["items"],
                "requestBody": {"required": True, "content": {
                    "application/json": {"schema": {"$ref": "#/components/schemas/Item"}}
                }},
                "responses": {"201": {"description": "Created", "content": {
                    "application/json": {"schema": {"$ref": "#/components/schemas/Item"}}
                }}},
                **sec,
            }
        },
    }  # fmt: skip


def spec(
    *,
    servers: list[dict[str, Any]] | None = None,
    schemes: dict[str, Any] | None = None,
    security: list[dict[str, list[str]]] | None = None,
    title: str = "Example API",
) -> dict[str, Any]:
    """An OpenAPI 3.1 document like FastAPI's; `servers`/`schemes` only when given."""
    doc: dict[str, Any] = {
        "openapi": "3.1.0",
        "info": {"title": title, "version": "0.1.0"},
        "paths": _ops(),
        "components": {"schemas": {"Item": _ITEM}},
    }
    if servers is not None:
        doc["servers"] = servers
    if schemes is not None:
        doc["components"]["securitySchemes"] = schemes
    if security is not None:
        doc["security"] = security
    return doc


def _json_body(schema: dict[str, Any]) -> dict[str, Any]:
    return {"required": True, "content": {"application/json": {"schema": schema}}}


def _bodies_only() -> dict[str, Any]:
    """No GET: every operation needs a body (a list of models; a model inside a model)."""
    item = {"$ref": "#/components/schemas/Item"}
    ok = {"200": {"description": "OK", "content": {"application/json": {"schema": {}}}}}
    doc = spec(servers=[{"url": "https://bodies.example.com"}])
    doc["paths"] = {
        "/batch": {"post": {"operationId": "create_batch", "requestBody": _json_body(
            {"type": "array", "items": item}), "responses": ok}},
        "/wrapped": {"put": {"operationId": "put_wrapped", "requestBody": _json_body({
            "type": "object", "required": ["item", "kind"],
            "properties": {"item": item, "kind": {"type": "string", "enum": ["a", "b"]}},
        }), "responses": ok}},
        "/nested": {"post": {"operationId": "post_nested", "requestBody": _json_body(
            {"$ref": "#/components/schemas/Outer"}), "responses": ok}},
    }  # fmt: skip
    doc["components"]["schemas"]["Outer"] = {
        "type": "object", "required": ["inner", "tags"],
        "properties": {"inner": item, "tags": {"type": "array", "items": {"type": "string"}}},
    }  # fmt: skip
    return doc


#: the extra specs every README test also covers: name -> document
SPECS: dict[str, dict[str, Any]] = {
    "nosec_noservers": spec(),
    "relative_server": spec(
        servers=[{"url": "/api/v1"}],
        schemes={"APIKeyHeader": {"type": "apiKey", "in": "header", "name": "X-Key"}},
        security=[{"APIKeyHeader": []}],
    ),
    "schemeless_server": spec(servers=[{"url": "localhost:8080"}]),
    "a_rather_long_package_name_for_a_service": spec(
        title="A Very Long Title " * 4,
        servers=[{"url": "https://long.example.com"}],
        schemes={
            "HTTPBasic": {"type": "http", "scheme": "basic"},
            "HTTPBearer": {"type": "http", "scheme": "bearer"},
            "APIKeyQuery": {"type": "apiKey", "in": "query", "name": "api_key"},
        },
        security=[{"HTTPBasic": []}, {"HTTPBearer": []}, {"APIKeyQuery": []}],
    ),
    "bodies_only": _bodies_only(),
    "oauth_password": spec(
        schemes={
            "OAuth2PasswordBearer": {
                "type": "oauth2",
                "flows": {"password": {"tokenUrl": "token", "scopes": {}}},
            }
        },
        security=[{"OAuth2PasswordBearer": []}],
    ),
    "oauth_client": spec(
        servers=[{"url": "/api"}],
        schemes={
            "OAuth2ClientCredentials": {
                "type": "oauth2",
                "flows": {
                    "clientCredentials": {"tokenUrl": "/oauth/token", "scopes": {}}
                },
            }
        },
        security=[{"OAuth2ClientCredentials": []}],
    ),
}


def generated(document: dict[str, Any], package: str, folder: Path) -> Generated:
    """Generate `document` as `package` (client class PascalCase) into folder/package."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{package}.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    result = generate(path, ClientConfig(package, pascal(package)))
    write_package(folder / package, result.files)
    return result


def unload(package: str) -> None:
    for name in [n for n in sys.modules if n.split(".")[0] == package]:
        del sys.modules[name]


@contextmanager
def imported(root: Path, package: str) -> Iterator[ModuleType]:
    """`package` imported from the distribution folder `root` (forgotten afterwards).

    A package already imported from there (the installed vendor clients) is used as it
    is and kept: other tests hold its classes, whose lazily imported modules must match."""
    loaded = sys.modules.get(package)
    if loaded is not None and Path(loaded.__file__ or "").is_relative_to(root):
        yield loaded
        return
    unload(package)
    sys.path.insert(0, str(root))
    importlib.invalidate_caches()
    try:
        module = importlib.import_module(package)
        assert Path(module.__file__ or "").is_relative_to(root), module.__file__
        yield module
    finally:
        sys.path.remove(str(root))
        unload(package)
