"""Names a spec chooses for Python: in `x-clientgen-*` extensions and through `$ref`s.

The extensions name Python identifiers directly (a credential keyword, a wait method, login
keywords). A name Python cannot use must be refused with a located problem at the
extension, or the package must still be correct; never an unlocated failure in a
generated file, never a broken package.
"""

from __future__ import annotations

import copy
import json
import textwrap
from pathlib import Path
from typing import Any

import pytest

from generator.build import ClientConfig
from generator.pipeline import generate
from generator.problems import SpecError
from generator.write import write_package
from tests.robustness._support import mypy_strict, package_problems

_BASE: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "Extensions", "version": "1.0"},
    "components": {
        "securitySchemes": {
            "token": {"type": "apiKey", "in": "header", "name": "X-Token"}
        }
    },
    "security": [{"token": []}],
    "paths": {
        "/tasks/{id}": {
            "get": {
                "operationId": "getTask",
                "parameters": [
                    {
                        "name": "id",
                        "in": "path",
                        "required": True,
                        "schema": {"type": "string"},
                    }
                ],
                "responses": {
                    "200": {
                        "description": "The task.",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "properties": {"done": {"type": "boolean"}},
                                }
                            }
                        },
                    }
                },
            }
        },
        "/login": {
            "post": {
                "operationId": "login",
                "security": [],
                "requestBody": {
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "properties": {"user": {"type": "string"}},
                            }
                        }
                    }
                },
                "responses": {
                    "200": {
                        "description": "Credentials.",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "properties": {"token": {"type": "string"}},
                                }
                            }
                        },
                    }
                },
            }
        },
    },
}
_TASK = ("paths", "/tasks/{id}", "get")
_LOGIN = ("paths", "/login", "post")
_SCHEME = ("components", "securitySchemes", "token")

#: case -> (where the extension goes, its key, its value)
EXTENSIONS: dict[str, tuple[tuple[str, ...], str, Any]] = {
    "argument_keyword": (_SCHEME, "x-clientgen-argument", "class"),
    "task_method_dunder": (
        _TASK,
        "x-clientgen-task-poll",
        {"done-field": "done", "method": "__init__"},
    ),
    "task_method_keyword": (
        _TASK,
        "x-clientgen-task-poll",
        {"done-field": "done", "method": "class"},
    ),
    "login_argument_keyword": (
        _LOGIN,
        "x-clientgen-login",
        {"arguments": {"lambda": "user"}, "credentials": {"token": "token"}},
    ),
    "login_override_keyword": (
        _LOGIN,
        "x-clientgen-login",
        {
            "arguments": {"user": "user"},
            "credentials": {"token": "token"},
            "overrides": {"def": "token"},
        },
    ),
}
_EXTENSION_BUG: str | None = None  # fixed: extension names must be safe identifiers


def _spec(case: str) -> dict[str, Any]:
    where, key, value = EXTENSIONS[case]
    doc = copy.deepcopy(_BASE)
    node = doc
    for token in where:
        node = node[token]
    node[key] = value
    return doc


@pytest.mark.parametrize("case", sorted(EXTENSIONS))
def test_extension_names_python_cannot_use(tmp_path: Path, case: str) -> None:
    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps(_spec(case), indent=1), encoding="utf-8")
    try:
        generated = generate(spec, ClientConfig("ext", "Ext"))
    except SpecError as exc:
        located = [p for p in exc.problems if "/x-clientgen-" in p.location.pointer]
        assert located, "refused, but not at the extension:\n" + "\n".join(
            p.format() for p in exc.problems
        )
        return
    problems = package_problems(generated.files, "ext")
    assert problems == [], "\n".join(problems)
    write_package(tmp_path / "dist", generated.files)
    errors = mypy_strict({"ext": tmp_path / "dist"}, tmp_path)["ext"]
    assert errors == [], "\n".join(errors)


PERCENT_SPEC = textwrap.dedent(
    """\
    openapi: 3.0.3
    info: {title: Percent-encoded refs, version: "1.0"}
    paths:
      /stores:
        get:
          operationId: getStore
          responses:
            "200":
              description: The store.
              content:
                application/json:
                  schema: {$ref: "#/components/schemas/Pet%20Store"}
    components:
      schemas:
        Pet Store:
          type: object
          properties:
            name: {type: string}
    """
)


def test_percent_encoded_ref_names_the_same_class(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(PERCENT_SPEC, encoding="utf-8")
    api = generate(spec, ClientConfig("pct", "Pct")).api
    assert [m.name for m in api.models] == ["PetStore"]
    assert api.operations[0].return_type.annotation == "PetStore"


BUILTIN_NAMES = ("dict", "list", "str", "int", "float", "bool", "bytes", "datetime")


def test_operations_named_like_the_types_annotations_use(tmp_path: Path) -> None:
    body = {
        "type": "object",
        "properties": {
            "when": {"type": "string", "format": "date-time"},
            "map": {"type": "object", "additionalProperties": {"type": "integer"}},
            "flags": {"type": "array", "items": {"type": "boolean"}},
            "ratio": {"type": "number"},
            "blob": {"type": "string", "format": "binary"},
            "name": {"type": "string"},
        },
    }
    paths = {
        f"/{name}": {
            "post": {
                "operationId": name,
                "requestBody": {"content": {"application/json": {"schema": body}}},
                "responses": {
                    "200": {
                        "description": "The body.",
                        "content": {"application/json": {"schema": body}},
                    }
                },
            }
        }
        for name in BUILTIN_NAMES
    }
    doc = {
        "openapi": "3.0.3",
        "info": {"title": "Builtins", "version": "1.0"},
        "paths": paths,
    }
    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps(doc, indent=1), encoding="utf-8")
    generated = generate(spec, ClientConfig("shadowing", "Shadowing"))
    assert len(generated.api.operations) == len(BUILTIN_NAMES)
    write_package(tmp_path / "dist", generated.files)
    errors = mypy_strict({"shadowing": tmp_path / "dist"}, tmp_path)["shadowing"]
    assert errors == [], "\n".join(errors)
