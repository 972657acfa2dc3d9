"""Synthetic OpenAPI 3.0 documents for the scaling and runtime benchmarks.

    python -m bench.synth OPERATIONS OUT.json      # a scaling spec
    python -m bench.synth --runtime OUT.json       # the 1-operation runtime spec

A scaling spec of N operations has N/4 resources (`/thingsK`, `/thingsK/{id}`) with four
operations each (list with query parameters, create with a JSON body, get, update) and two
component schemas each (the resource, with ~10 fields of every common type, a nested object,
an array and an enum; and its create request), grouped ten resources to a tag. Everything
grows in proportion to N, so time per operation should stay flat.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

JSON = dict[str, Any]

RUNTIME_FIELDS = 20


def _resource_schemas(k: int) -> dict[str, JSON]:
    name = f"Thing{k}"
    return {
        name: {
            "type": "object",
            "required": ["id", "name", "status", "created_at"],
            "properties": {
                "id": {"type": "integer", "format": "int64"},
                "name": {"type": "string", "maxLength": 200},
                "description": {"type": "string", "nullable": True},
                "status": {
                    "type": "string",
                    "enum": ["active", "suspended", "deleted"],
                },
                "price": {"type": "number", "format": "double"},
                "quantity": {"type": "integer"},
                "enabled": {"type": "boolean"},
                "created_at": {"type": "string", "format": "date-time"},
                "tags": {"type": "array", "items": {"type": "string"}},
                "owner": {
                    "type": "object",
                    "properties": {
                        "user_id": {"type": "integer"},
                        "email": {"type": "string", "format": "email"},
                    },
                },
            },
        },
        f"{name}Create": {
            "type": "object",
            "required": ["name"],
            "properties": {
                "name": {"type": "string"},
                "description": {"type": "string"},
                "price": {"type": "number"},
                "tags": {"type": "array", "items": {"type": "string"}},
            },
        },
    }


def _ref(name: str) -> JSON:
    return {"$ref": f"#/components/schemas/{name}"}


def _json_response(schema: JSON, description: str = "OK") -> JSON:
    return {
        "description": description,
        "content": {"application/json": {"schema": schema}},
    }


def _resource_paths(k: int) -> dict[str, JSON]:
    name = f"Thing{k}"
    tag = f"group{k // 10}"
    id_param = {
        "name": "id",
        "in": "path",
        "required": True,
        "schema": {"type": "integer"},
    }
    return {
        f"/things{k}": {
            "get": {
                "operationId": f"listThings{k}",
                "tags": [tag],
                "summary": f"List {name} objects",
                "parameters": [
                    {"name": "limit", "in": "query", "schema": {"type": "integer"}},
                    {"name": "offset", "in": "query", "schema": {"type": "integer"}},
                    {"name": "q", "in": "query", "schema": {"type": "string"}},
                ],
                "responses": {
                    "200": _json_response({"type": "array", "items": _ref(name)}),
                    "404": {"description": "Not found"},
                },
            },
            "post": {
                "operationId": f"createThing{k}",
                "tags": [tag],
                "summary": f"Create a {name}",
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": _ref(f"{name}Create")}},
                },
                "responses": {"201": _json_response(_ref(name), "Created")},
            },
        },
        f"/things{k}/{{id}}": {
            "get": {
                "operationId": f"getThing{k}",
                "tags": [tag],
                "summary": f"Get one {name}",
                "parameters": [id_param],
                "responses": {
                    "200": _json_response(_ref(name)),
                    "404": {"description": "Not found"},
                },
            },
            "put": {
                "operationId": f"updateThing{k}",
                "tags": [tag],
                "summary": f"Replace a {name}",
                "parameters": [id_param],
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": _ref(f"{name}Create")}},
                },
                "responses": {"200": _json_response(_ref(name))},
            },
        },
    }


def scaling_spec(operations: int) -> JSON:
    """A valid OpenAPI 3.0.3 document with exactly `operations` operations (a multiple of 4)."""
    if operations % 4 or operations <= 0:
        raise ValueError("operations must be a positive multiple of 4")
    paths: JSON = {}
    schemas: JSON = {}
    for k in range(operations // 4):
        paths.update(_resource_paths(k))
        schemas.update(_resource_schemas(k))
    return {
        "openapi": "3.0.3",
        "info": {"title": f"Synthetic {operations}", "version": "1.0.0"},
        "servers": [{"url": "https://api.example.com/v1"}],
        "paths": paths,
        "components": {"schemas": schemas},
    }


def runtime_fields() -> JSON:
    """The fixed ~20-field object the loopback server answers with."""
    return {
        "id": 12345,
        "name": "benchmark item",
        "description": "an object of twenty fields of the common JSON types",
        "status": "active",
        "price": 19.99,
        "quantity": 7,
        "enabled": True,
        "sku": "SKU-0001-XYZ",
        "category": "hardware",
        "weight": 1.25,
        "width": 30,
        "height": 20,
        "depth": 10,
        "color": "blue",
        "rating": 4.5,
        "reviews": 321,
        "stock": 42,
        "vendor": "ACME Corp",
        "tags": ["a", "b", "c"],
        "url": "https://example.com/items/12345",
    }


def runtime_spec() -> JSON:
    """`GET /items/{id}` returning the 20-field `Item` (no security, one server)."""
    sample = runtime_fields()
    assert len(sample) == RUNTIME_FIELDS
    props: JSON = {}
    for key, value in sample.items():
        if key == "status":
            props[key] = {"type": "string", "enum": ["active", "inactive"]}
        elif isinstance(value, bool):
            props[key] = {"type": "boolean"}
        elif isinstance(value, int):
            props[key] = {"type": "integer"}
        elif isinstance(value, float):
            props[key] = {"type": "number"}
        elif isinstance(value, list):
            props[key] = {"type": "array", "items": {"type": "string"}}
        else:
            props[key] = {"type": "string"}
    return {
        "openapi": "3.0.3",
        "info": {"title": "Bench Runtime", "version": "1.0.0"},
        "servers": [{"url": "http://127.0.0.1:8000"}],
        "paths": {
            "/items/{id}": {
                "get": {
                    "operationId": "getItem",
                    "tags": ["items"],
                    "parameters": [
                        {
                            "name": "id",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "integer"},
                        }
                    ],
                    "responses": {
                        "200": _json_response(_ref("Item")),
                        "404": {"description": "Not found"},
                    },
                }
            }
        },
        "components": {
            "schemas": {
                "Item": {
                    "type": "object",
                    "required": ["id", "name", "status"],
                    "properties": props,
                }
            }
        },
    }


def write(spec: JSON, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(spec, indent=1) + "\n", encoding="utf-8")
    return path


def main(argv: list[str]) -> int:
    if len(argv) == 2 and argv[0] == "--runtime":
        write(runtime_spec(), Path(argv[1]))
        return 0
    if len(argv) == 2 and argv[0].isdigit():
        write(scaling_spec(int(argv[0])), Path(argv[1]))
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
