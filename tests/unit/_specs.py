"""Small OpenAPI documents the unit tests of validation share."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


def pet_spec(tmp_path: Path, **schema_extra: Any) -> Path:
    spec = {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/pets": {
                "get": {
                    "operationId": "listPets",
                    "parameters": [
                        {"name": "limit", "in": "query", "schema": {"type": "integer"}}
                    ],
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/Pet"}
                                }
                            },
                        }
                    },
                }
            }
        },
        "components": {
            "schemas": {
                "Pet": {
                    "type": "object",
                    "properties": {"name": {"type": "string", **schema_extra}},
                }
            }
        },
    }
    path = tmp_path / "spec.json"
    path.write_text(json.dumps(spec), encoding="utf-8")
    return path


def duplicate_parameter_spec(tmp_path: Path, **schema_extra: Any) -> Path:
    """A spec whose only problem is one openapi-spec-validator's keyword walk finds."""
    data = json.loads(pet_spec(tmp_path, **schema_extra).read_text(encoding="utf-8"))
    data["paths"]["/pets"]["get"]["parameters"].append(
        {"name": "limit", "in": "query", "schema": {"type": "string"}}
    )
    spec = tmp_path / "dup.json"
    spec.write_text(json.dumps(data), encoding="utf-8")
    return spec
