"""Unit tests for the model builder (generator/build.py) on small inline specs."""

from __future__ import annotations

import ast
import importlib
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from generator.build import ClientConfig
from generator.model import Operation, Parameter
from generator.pipeline import generate
from generator.render import render_package
from generator.write import write_package
from tests.unit.conftest import Built, SpecBuilder


def json_response(schema: dict[str, Any], description: str = "OK") -> dict[str, Any]:
    return {
        "description": description,
        "content": {"application/json": {"schema": schema}},
    }


def ok(schema: dict[str, Any] | None = None) -> dict[str, Any]:
    """A responses object with one 200 (JSON if a schema is given)."""
    return {"200": json_response(schema) if schema else {"description": "OK"}}


def get(operation_id: str, **extra: Any) -> dict[str, Any]:
    return {"operationId": operation_id, "responses": ok(), **extra}


def schemas(**named: dict[str, Any]) -> dict[str, Any]:
    return {"components": {"schemas": named}}


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def param(
    name: str, location: str, schema: dict[str, Any] | None = None, **extra: Any
) -> dict[str, Any]:
    p: dict[str, Any] = {
        "name": name,
        "in": location,
        "schema": schema or {"type": "string"},
    }
    if location == "path":
        p["required"] = True
    return {**p, **extra}


def by_wire(op: Operation) -> dict[str, Parameter]:
    return {p.wire_name: p for p in op.params}


PET = {
    "type": "object",
    "required": ["id", "name"],
    "properties": {
        "id": {"type": "integer", "format": "int64"},
        "name": {"type": "string"},
        "tag": {"type": "string"},
    },
}


# -- resources ---------------------------------------------------------------------------


def test_operations_are_grouped_by_first_tag_and_untagged_go_to_default(
    build: SpecBuilder,
) -> None:
    built = build(
        {
            "tags": [
                {"name": "store", "description": "Orders."},
                {"name": "pets", "description": "Pets."},
            ],
            "paths": {
                "/pets": {
                    "get": get("listPets", tags=["pets"]),
                    "post": get("createPet", tags=["pets", "store"]),
                },
                "/orders": {"get": get("listOrders", tags=["store"])},
                "/health": {"get": get("health")},
                "/zebra": {"get": get("zebra", tags=["Zoo Animals"])},
            },
        }
    )
    # declared tags first, in declaration order; then undeclared ones sorted
    assert [r.tag for r in built.api.resources] == [
        "store",
        "pets",
        "Zoo Animals",
        "default",
    ]
    pets = built.resource("pets")
    assert [o.operation_id for o in pets.operations] == ["listPets", "createPet"]
    assert (pets.attr, pets.class_name, pets.module, pets.description) == (
        "pets",
        "PetsResource",
        "pets",
        "Pets.",
    )
    assert [o.operation_id for o in built.resource("store").operations] == [
        "listOrders"
    ]
    default = built.resource("default")
    assert [o.operation_id for o in default.operations] == ["health"]
    assert default.operations[0].tag == "default"
    zoo = built.resource("Zoo Animals")
    assert (zoo.attr, zoo.class_name, zoo.module) == (
        "zoo_animals",
        "ZooAnimalsResource",
        "zoo_animals",
    )


def test_resource_attribute_names_avoid_client_attributes(build: SpecBuilder) -> None:
    built = build(
        {
            "paths": {
                "/a": {"get": get("a", tags=["close"])},
                "/b": {"get": get("b", tags=["with_options"])},
            }
        }
    )
    assert [r.attr for r in built.api.resources] == ["close_", "with_options_"]


# -- parameters --------------------------------------------------------------------------


def test_parameters_by_location(build: SpecBuilder) -> None:
    built = build(
        {
            "paths": {
                "/pets/{petId}": {
                    "get": get(
                        "getPet",
                        parameters=[
                            param("session", "cookie"),
                            param("X-Request-ID", "header", description="Trace id."),
                            param("limit", "query", {"type": "integer"}, required=True),
                            param(
                                "tags",
                                "query",
                                {"type": "array", "items": {"type": "string"}},
                                explode=False,
                            ),
                            param(
                                "since",
                                "query",
                                {"type": "string", "format": "date-time"},
                            ),
                            param("petId", "path", {"type": "integer"}),
                        ],
                    )
                }
            }
        }
    )
    op = built.op("getPet")
    # ordered path, query, header, cookie
    assert [(p.location, p.wire_name, p.py_name) for p in op.params] == [
        ("path", "petId", "pet_id"),
        ("query", "limit", "limit"),
        ("query", "tags", "tags"),
        ("query", "since", "since"),
        ("header", "X-Request-ID", "x_request_id"),
        ("cookie", "session", "session"),
    ]
    params = by_wire(op)
    assert params["petId"].type.annotation == "int"
    assert params["petId"].required
    assert params["petId"].style == "simple"
    assert params["limit"].required
    assert params["tags"].type.annotation == "list[str]"
    assert params["tags"].explode is False
    assert params["since"].type.annotation == "datetime.datetime"
    assert not params["since"].required
    assert params["X-Request-ID"].description == "Trace id."
    assert params["X-Request-ID"].style == "simple"
    assert params["session"].style == "form"
    # required arguments come first in the signature
    assert [a.py_name for a in op.arguments][:2] == ["pet_id", "limit"]


def test_path_level_parameters_merge_with_operation_level_overriding(
    build: SpecBuilder,
) -> None:
    built = build(
        {
            "paths": {
                "/pets/{petId}": {
                    "parameters": [
                        param("petId", "path", description="path level"),
                        param("fields", "query", description="path level"),
                    ],
                    "get": get(
                        "getPet",
                        parameters=[
                            param(
                                "fields",
                                "query",
                                {"type": "integer"},
                                required=True,
                                description="op level",
                            ),
                            param(
                                "fields",
                                "header",
                                description="same name, other location",
                            ),
                        ],
                    ),
                    "delete": get("deletePet"),
                }
            }
        }
    )
    get_params = [
        (p.location, p.wire_name, p.type.annotation, p.required, p.description)
        for p in built.op("getPet").params
    ]
    assert get_params == [
        ("path", "petId", "str", True, "path level"),
        ("query", "fields", "int", True, "op level"),
        ("header", "fields", "str", False, "same name, other location"),
    ]
    # two arguments with one wire name get distinct Python names
    assert [p.py_name for p in built.op("getPet").params] == [
        "pet_id",
        "fields",
        "fields_2",
    ]
    delete_params = [
        (p.location, p.wire_name, p.type.annotation, p.description)
        for p in built.op("deletePet").params
    ]
    assert delete_params == [
        ("path", "petId", "str", "path level"),
        ("query", "fields", "str", "path level"),
    ]


def test_parameter_refs_are_resolved(build: SpecBuilder) -> None:
    built = build(
        {
            "paths": {
                "/pets": {
                    "get": get(
                        "listPets",
                        parameters=[{"$ref": "#/components/parameters/Limit"}],
                    )
                }
            },
            "components": {
                "parameters": {"Limit": param("limit", "query", {"type": "integer"})}
            },
        }
    )
    assert [(p.wire_name, p.type.annotation) for p in built.op("listPets").params] == [
        ("limit", "int")
    ]


def test_parameter_names_avoid_call_options(build: SpecBuilder) -> None:
    built = build(
        {
            "paths": {
                "/x": {
                    "get": get(
                        "x",
                        parameters=[
                            param("timeout", "query"),
                            param("extra_headers", "query"),
                        ],
                    )
                }
            }
        }
    )
    assert [p.py_name for p in built.op("x").params] == ["timeout_", "extra_headers_"]


def test_client_managed_headers_are_not_arguments(build: SpecBuilder) -> None:
    built = build(
        {
            "paths": {
                "/x": {
                    "get": get(
                        "x",
                        parameters=[
                            param("Authorization", "header"),
                            param("Accept", "header"),
                        ],
                    )
                }
            }
        }
    )
    assert built.op("x").params == ()
    assert len(built.warnings) == 2
    assert all("managed by the client" in w.message for w in built.warnings)


# -- request bodies ----------------------------------------------------------------------


def test_object_json_body_is_flattened_into_fields(build: SpecBuilder) -> None:
    built = build(
        {
            "paths": {
                "/pets/{petId}": {
                    "put": {
                        "operationId": "updatePet",
                        "parameters": [param("petId", "path")],
                        "requestBody": {
                            "required": True,
                            "content": {
                                "application/json": {"schema": ref("PetUpdate")}
                            },
                        },
                        "responses": ok(),
                    }
                }
            },
            **schemas(
                PetUpdate={
                    "type": "object",
                    "required": ["name"],
                    "properties": {
                        "name": {"type": "string", "description": "The name."},
                        "id": {"type": "string", "readOnly": True},
                        "petId": {"type": "integer"},
                        "age": {"type": "integer", "default": 1},
                    },
                }
            ),
        }
    )
    op = built.op("updatePet")
    assert op.body is not None
    assert op.body.flattened
    assert op.body.body_type is None
    assert (op.body.content_type, op.body.kind, op.body.required) == (
        "application/json",
        "json",
        True,
    )
    fields = [
        (f.wire_name, f.py_name, f.type.annotation, f.required) for f in op.body.fields
    ]
    assert fields == [
        ("name", "name", "str", True),
        # the readOnly `id` is not sent; `petId` collides with the path parameter's name
        ("petId", "pet_id_2", "int", False),
        ("age", "age", "int", False),
    ]
    assert op.body.fields[0].description == "The name."
    assert op.body.fields[2].default_repr == "1"
    assert [a.py_name for a in op.arguments] == ["pet_id", "name", "pet_id_2", "age"]


@pytest.mark.parametrize(
    ("content_type", "schema", "kind", "annotation"),
    [
        (
            "application/json",
            {"type": "array", "items": ref("Pet")},
            "json",
            "list[Pet]",
        ),
        ("application/json", {"type": "string"}, "json", "str"),
        ("application/json", {"type": "integer"}, "json", "int"),
        (
            "application/json",
            {"type": "object", "additionalProperties": {"type": "integer"}},
            "json",
            "dict[str, int]",
        ),
        (
            "application/octet-stream",
            {"type": "string", "format": "binary"},
            "binary",
            "bytes | IO[bytes]",
        ),
        (
            "image/png",
            {"type": "string", "format": "binary"},
            "binary",
            "bytes | IO[bytes]",
        ),
        ("text/plain", {"type": "string"}, "text", "str"),
        (
            "application/xml",
            {"type": "object", "properties": {"a": {"type": "string"}}},
            "text",
            "str",
        ),
    ],
)
def test_non_object_bodies_are_passed_whole_as_body(
    build: SpecBuilder,
    content_type: str,
    schema: dict[str, Any],
    kind: str,
    annotation: str,
) -> None:
    built = build(
        {
            "paths": {
                "/upload": {
                    "post": {
                        "operationId": "upload",
                        "requestBody": {"content": {content_type: {"schema": schema}}},
                        "responses": ok(),
                    }
                }
            },
            **schemas(Pet=PET),
        }
    )
    body = built.op("upload").body
    assert body is not None
    assert not body.flattened
    assert body.fields == ()
    assert body.body_type is not None
    assert (body.content_type, body.kind, body.body_type.annotation, body.required) == (
        content_type,
        kind,
        annotation,
        False,
    )


def test_form_body_is_flattened_and_multipart_file_fields_take_files(
    build: SpecBuilder,
) -> None:
    built = build(
        {
            "paths": {
                "/login": {
                    "post": {
                        "operationId": "login",
                        "requestBody": {
                            "content": {
                                "application/x-www-form-urlencoded": {
                                    "schema": {
                                        "type": "object",
                                        "required": ["user"],
                                        "properties": {
                                            "user": {"type": "string"},
                                            "remember": {"type": "boolean"},
                                        },
                                    }
                                }
                            }
                        },
                        "responses": ok(),
                    }
                },
                "/upload": {
                    "post": {
                        "operationId": "upload",
                        "requestBody": {
                            "content": {
                                "multipart/form-data": {
                                    "schema": {
                                        "type": "object",
                                        "properties": {
                                            "file": {
                                                "type": "string",
                                                "format": "binary",
                                            },
                                            "note": {"type": "string"},
                                        },
                                    }
                                }
                            }
                        },
                        "responses": ok(),
                    }
                },
            }
        }
    )
    login = built.op("login").body
    assert login is not None
    assert (login.kind, login.required, login.flattened) == ("form", True, True)
    assert [(f.py_name, f.type.annotation, f.required) for f in login.fields] == [
        ("user", "str", True),
        ("remember", "bool", False),
    ]
    upload = built.op("upload").body
    assert upload is not None
    assert (upload.kind, upload.content_type) == ("multipart", "multipart/form-data")
    assert [(f.py_name, f.type.annotation) for f in upload.fields] == [
        ("file", "_t.FileTypes"),
        ("note", "str"),
    ]


def test_json_is_preferred_among_several_request_content_types(
    build: SpecBuilder,
) -> None:
    built = build(
        {
            "paths": {
                "/x": {
                    "post": {
                        "operationId": "x",
                        "requestBody": {
                            "content": {
                                "application/xml": {"schema": {"type": "string"}},
                                "application/vnd.api+json": {
                                    "schema": {
                                        "type": "array",
                                        "items": {"type": "integer"},
                                    }
                                },
                            }
                        },
                        "responses": ok(),
                    }
                }
            }
        }
    )
    body = built.op("x").body
    assert body is not None and body.body_type is not None
    assert (body.content_type, body.kind, body.body_type.annotation) == (
        "application/vnd.api+json",
        "json",
        "list[int]",
    )


# -- responses ---------------------------------------------------------------------------


def test_responses_per_status_and_content_type(build: SpecBuilder) -> None:
    built = build(
        {
            "paths": {
                "/pets/{id}": {
                    "parameters": [param("id", "path")],
                    "get": {
                        "operationId": "getPet",
                        "responses": {
                            "200": {
                                "description": "The pet.",
                                "headers": {
                                    "X-Rate-Remaining": {"schema": {"type": "integer"}}
                                },
                                "content": {
                                    "text/html": {"schema": {"type": "string"}},
                                    "application/json": {"schema": ref("Pet")},
                                },
                            },
                            "202": {
                                "description": "Accepted.",
                                "content": {
                                    "text/plain": {"schema": {"type": "string"}}
                                },
                            },
                            "204": {"description": "Nothing."},
                            "206": {
                                "description": "Part.",
                                "content": {
                                    "application/octet-stream": {
                                        "schema": {"type": "string", "format": "binary"}
                                    }
                                },
                            },
                            "404": json_response(ref("Error"), "Missing."),
                            "5XX": {"description": "Server trouble."},
                            "default": json_response(ref("Error"), "Other."),
                        },
                    },
                }
            },
            **schemas(
                Pet=PET,
                Error={"type": "object", "properties": {"message": {"type": "string"}}},
            ),
        }
    )
    op = built.op("getPet")
    got = [(r.status, r.content_type, r.kind, r.type.annotation) for r in op.responses]
    assert got == [
        ("200", "application/json", "json", "Pet"),
        ("202", "text/plain", "text", "str"),
        ("204", None, "empty", "None"),
        ("206", "application/octet-stream", "binary", "bytes"),
        ("404", "application/json", "json", "Error"),
        ("5XX", None, "empty", "None"),
        ("default", "application/json", "json", "Error"),
    ]
    assert [r.status for r in op.success_responses] == ["200", "202", "204", "206"]
    assert [r.status for r in op.error_responses] == ["404", "5XX", "default"]
    assert op.return_type.annotation == "Pet | str | None | bytes"
    assert op.return_type.refs == ("Pet",)
    assert op.responses[0].description == "The pet."
    assert [(h.wire_name, h.type.annotation) for h in op.responses[0].headers] == [
        ("X-Rate-Remaining", "int")
    ]


def test_operation_without_success_response_returns_any(build: SpecBuilder) -> None:
    built = build(
        {
            "paths": {
                "/x": {
                    "get": {
                        "operationId": "x",
                        "responses": {"default": {"description": "?"}},
                    }
                }
            }
        }
    )
    assert built.op("x").return_type.annotation == "Any"


def test_inline_object_response_becomes_model_named_after_operation(
    build: SpecBuilder,
) -> None:
    built = build(
        {
            "paths": {
                "/me": {
                    "get": get(
                        "getMe",
                        responses=ok(
                            {
                                "type": "object",
                                "properties": {"name": {"type": "string"}},
                            }
                        ),
                    )
                }
            }
        }
    )
    assert built.op("getMe").return_type.annotation == "GetMeResponse"
    assert [f.py_name for f in built.model("GetMeResponse").fields] == ["name"]


# -- schemas -----------------------------------------------------------------------------


def test_ref_to_component_schema_becomes_named_model(build: SpecBuilder) -> None:
    built = build(
        {
            "paths": {
                "/pets/{id}": {
                    "get": get(
                        "getPet",
                        parameters=[param("id", "path")],
                        responses=ok(ref("Pet")),
                    )
                },
                "/pets": {
                    "post": get(
                        "createPet", responses={"201": json_response(ref("Pet"))}
                    )
                },
            },
            **schemas(Pet={**PET, "description": "A pet."}),
        }
    )
    t = built.op("getPet").return_type
    assert (t.annotation, t.converter, t.refs, t.is_model) == (
        "Pet",
        '_c.model(_MODELS, "Pet")',
        ("Pet",),
        True,
    )
    assert built.op("createPet").return_type == t
    assert [m.name for m in built.api.models] == [
        "Pet"
    ]  # one model, however often used
    pet = built.model("Pet")
    assert (pet.module, pet.description) == ("pet", "A pet.")
    assert [
        (f.wire_name, f.py_name, f.type.annotation, f.required) for f in pet.fields
    ] == [
        ("id", "id", "int", True),
        ("name", "name", "str", True),
        ("tag", "tag", "str", False),
    ]


def test_component_primitive_alias_is_inlined(build: SpecBuilder) -> None:
    built = build(
        {
            "paths": {
                "/x/{id}": {
                    "get": get("x", parameters=[param("id", "path", ref("Id"))])
                }
            },
            **schemas(Id={"type": "integer", "format": "int64"}),
        }
    )
    assert built.op("x").params[0].type.annotation == "int"
    assert built.api.models == ()


def test_array_of_refs_becomes_list_of_model(build: SpecBuilder) -> None:
    built = build(
        {
            "paths": {
                "/pets": {
                    "get": get(
                        "listPets", responses=ok({"type": "array", "items": ref("Pet")})
                    )
                }
            },
            **schemas(
                Pet=PET,
                Page={
                    "type": "object",
                    "properties": {"items": {"type": "array", "items": ref("Pet")}},
                },
            ),
        }
    )
    t = built.op("listPets").return_type
    assert (t.annotation, t.converter, t.refs) == (
        "list[Pet]",
        '_c.list_(_c.model(_MODELS, "Pet"))',
        ("Pet",),
    )
    items = built.model("Page").fields[0]
    assert items.type.annotation == "list[Pet]"
    assert built.model("Page").refs == frozenset({"Pet"})


def test_recursive_model(build: SpecBuilder) -> None:
    built = build(
        {
            "paths": {"/tree": {"get": get("tree", responses=ok(ref("Node")))}},
            **schemas(
                Node={
                    "type": "object",
                    "properties": {"children": {"type": "array", "items": ref("Node")}},
                }
            ),
        }
    )
    node = built.model("Node")
    assert node.fields[0].type.annotation == "list[Node]"
    assert node.refs == frozenset()  # a model does not import itself


def test_enums_become_enum_defs(build: SpecBuilder) -> None:
    built = build(
        {
            "paths": {
                "/pets": {
                    "get": get(
                        "listPets",
                        parameters=[
                            param("status", "query", ref("PetStatus")),
                            param(
                                "sort",
                                "query",
                                {
                                    "type": "string",
                                    "enum": ["name", "-name", "in-progress"],
                                },
                            ),
                        ],
                        responses=ok(ref("Pet")),
                    )
                }
            },
            **schemas(
                PetStatus={
                    "type": "string",
                    "enum": ["available", "pending", "sold"],
                    "description": "Status.",
                },
                Priority={"type": "integer", "enum": [1, 2, -3]},
                Pet={
                    "type": "object",
                    "properties": {
                        "status": ref("PetStatus"),
                        "priority": ref("Priority"),
                    },
                },
            ),
        }
    )
    status = built.enum("PetStatus")
    assert (status.module, status.base, status.description) == (
        "pet_status",
        "str",
        "Status.",
    )
    assert [(m.py_name, m.value_repr) for m in status.members] == [
        ("AVAILABLE", "'available'"),
        ("PENDING", "'pending'"),
        ("SOLD", "'sold'"),
    ]
    priority = built.enum("Priority")
    assert priority.base == "int"
    assert [(m.py_name, m.value_repr) for m in priority.members] == [
        ("VALUE_1", "1"),
        ("VALUE_2", "2"),
        ("VALUE_MINUS_3", "-3"),
    ]
    params = by_wire(built.op("listPets"))
    # unknown values pass through, so the annotation admits plain str
    assert params["status"].type.annotation == "PetStatus | str"
    assert params["status"].type.refs == ("PetStatus",)
    sort = params["sort"].type.annotation
    assert sort == "ListPetsSort | str"
    assert [m.py_name for m in built.enum("ListPetsSort").members] == [
        "NAME",
        "NAME_2",
        "IN_PROGRESS",
    ]
    assert built.model("Pet").fields[0].type.annotation == "PetStatus | str"


def test_integer_enum_annotation_admits_int(build: SpecBuilder) -> None:
    built = build(
        {
            "paths": {"/x": {"get": get("x", responses=ok(ref("Job")))}},
            **schemas(
                Priority={"type": "integer", "enum": [1, 2, 3]},
                Job={"type": "object", "properties": {"priority": ref("Priority")}},
            ),
        }
    )
    assert built.model("Job").fields[0].type.annotation == "Priority | int"


def test_nullable_openapi_30(build: SpecBuilder) -> None:
    built = build(
        {
            "paths": {"/x": {"get": get("x", responses=ok(ref("Thing")))}},
            **schemas(
                Thing={
                    "type": "object",
                    "properties": {
                        "name": {"type": "string", "nullable": True},
                        "count": {"type": "integer", "nullable": True},
                        "tags": {
                            "type": "array",
                            "items": {"type": "string"},
                            "nullable": True,
                        },
                        "plain": {"type": "string"},
                        "status": {
                            "type": "string",
                            "enum": ["a", "b", None],
                            "nullable": True,
                        },
                    },
                }
            ),
        }
    )
    fields = {f.wire_name: f.type for f in built.model("Thing").fields}
    assert fields["name"].annotation == "str | None"
    assert fields["name"].converter == "_c.nullable(_c.STR)"
    assert fields["count"].annotation == "int | None"
    assert fields["tags"].annotation == "list[str] | None"
    assert fields["plain"].annotation == "str"
    assert fields["status"].annotation == "ThingStatus | str | None"


def test_nullable_openapi_31(build: SpecBuilder) -> None:
    built = build(
        {
            "paths": {"/x": {"get": get("x", responses=ok(ref("Thing")))}},
            **schemas(
                Pet=PET,
                Thing={
                    "type": "object",
                    "properties": {
                        "name": {"type": ["string", "null"]},
                        "count": {"type": ["null", "integer"]},
                        "either": {"type": ["string", "integer"]},
                        "pet": {"oneOf": [ref("Pet"), {"type": "null"}]},
                        "kind": {"const": "thing"},
                    },
                },
            ),
        },
        version="3.1.0",
    )
    fields = {f.wire_name: f.type.annotation for f in built.model("Thing").fields}
    assert fields == {
        "name": "str | None",
        "count": "int | None",
        "either": "str | int",
        "pet": "Pet | None",
        "kind": 'Literal["thing"]',  # in black's quotes
    }


def test_all_of_merges_properties_and_required(build: SpecBuilder) -> None:
    built = build(
        {
            "paths": {"/x": {"get": get("x", responses=ok(ref("Dog")))}},
            **schemas(
                Animal={
                    "type": "object",
                    "required": ["name"],
                    "properties": {
                        "name": {"type": "string"},
                        "age": {"type": "integer"},
                    },
                },
                Dog={
                    "allOf": [
                        ref("Animal"),
                        {
                            "type": "object",
                            "required": ["breed", "age"],
                            "properties": {"breed": {"type": "string"}},
                        },
                    ]
                },
            ),
        }
    )
    dog = built.model("Dog")
    assert [(f.wire_name, f.required) for f in dog.fields] == [
        ("name", True),
        ("age", True),
        ("breed", True),
    ]
    assert built.op("x").return_type.annotation == "Dog"


def test_one_of_is_a_union(build: SpecBuilder) -> None:
    built = build(
        {
            "paths": {
                "/pet": {
                    "get": get(
                        "getPet",
                        responses=ok(
                            {
                                "oneOf": [ref("Cat"), ref("Dog")],
                                "discriminator": {"propertyName": "kind"},
                            }
                        ),
                    )
                },
                "/id": {
                    "get": get(
                        "getId",
                        responses=ok(
                            {"anyOf": [{"type": "string"}, {"type": "integer"}]}
                        ),
                    )
                },
            },
            **schemas(
                Cat={
                    "type": "object",
                    "properties": {
                        "kind": {"type": "string"},
                        "meows": {"type": "boolean"},
                    },
                },
                Dog={
                    "type": "object",
                    "properties": {
                        "kind": {"type": "string"},
                        "barks": {"type": "boolean"},
                    },
                },
            ),
        }
    )
    t = built.op("getPet").return_type
    assert t.annotation == "Cat | Dog"
    assert t.refs == ("Cat", "Dog")
    assert t.converter.startswith("_c.union(")
    assert 'discriminator=("kind", {"Cat": "Cat", "Dog": "Dog"})' in t.converter
    assert built.op("getId").return_type.annotation == "str | int"


# -- security ----------------------------------------------------------------------------


SCHEMES = {
    "basicAuth": {"type": "http", "scheme": "basic"},
    "bearerAuth": {"type": "http", "scheme": "bearer", "description": "A JWT."},
    "headerKey": {"type": "apiKey", "in": "header", "name": "X-API-Key"},
    "queryKey": {"type": "apiKey", "in": "query", "name": "api_key"},
}


def test_security_schemes(build: SpecBuilder) -> None:
    built = build(
        {"paths": {"/x": {"get": get("x")}}, "components": {"securitySchemes": SCHEMES}}
    )
    got = {
        s.name: (s.kind, s.location, s.wire_name, s.args, s.env_vars)
        for s in built.api.security_schemes
    }
    assert got == {
        "basicAuth": (
            "basic",
            "header",
            "Authorization",
            ("username", "password"),
            ("PETPKG_USERNAME", "PETPKG_PASSWORD"),
        ),
        "bearerAuth": (
            "bearer",
            "header",
            "Authorization",
            ("bearer_auth",),
            ("PETPKG_BEARER_AUTH",),
        ),
        "headerKey": (
            "apiKey",
            "header",
            "X-API-Key",
            ("header_key",),
            ("PETPKG_HEADER_KEY",),
        ),
        "queryKey": (
            "apiKey",
            "query",
            "api_key",
            ("query_key",),
            ("PETPKG_QUERY_KEY",),
        ),
    }
    assert built.api.credential_args == (
        "username",
        "password",
        "bearer_auth",
        "header_key",
        "query_key",
    )
    assert [s.description for s in built.api.security_schemes][1] == "A JWT."


def test_two_basic_schemes_get_prefixed_arguments(build: SpecBuilder) -> None:
    built = build(
        {
            "paths": {"/x": {"get": get("x")}},
            "components": {
                "securitySchemes": {
                    "admin": {"type": "http", "scheme": "basic"},
                    "user": {"type": "http", "scheme": "basic"},
                }
            },
        }
    )
    assert [s.args for s in built.api.security_schemes] == [
        ("admin_username", "admin_password"),
        ("user_username", "user_password"),
    ]


def test_credential_arguments_avoid_client_constructor_names(
    build: SpecBuilder,
) -> None:
    built = build(
        {
            "paths": {"/x": {"get": get("x")}},
            "components": {
                "securitySchemes": {
                    "timeout": {"type": "apiKey", "in": "header", "name": "T"}
                }
            },
        }
    )
    assert built.api.security_schemes[0].args == ("timeout_",)


def test_operation_security_requirements(build: SpecBuilder) -> None:
    built = build(
        {
            "security": [{"bearerAuth": []}, {"basicAuth": []}],
            "paths": {
                "/inherit": {"get": get("inherit")},
                "/and": {
                    "get": get("both", security=[{"headerKey": [], "queryKey": []}])
                },
                "/or": {
                    "get": get(
                        "either", security=[{"headerKey": []}, {"bearerAuth": []}]
                    )
                },
                "/public": {"get": get("public", security=[])},
                "/optional": {
                    "get": get("optional", security=[{}, {"bearerAuth": []}])
                },
            },
            "components": {"securitySchemes": SCHEMES},
        }
    )
    assert built.op("inherit").security == (("bearerAuth",), ("basicAuth",))
    assert built.op("both").security == (("headerKey", "queryKey"),)
    assert built.op("either").security == (("headerKey",), ("bearerAuth",))
    assert built.op("public").security == ()
    assert built.op("optional").security == ((), ("bearerAuth",))


def test_no_security_anywhere_means_none(build: SpecBuilder) -> None:
    built = build({"paths": {"/x": {"get": get("x")}}})
    assert built.op("x").security == ()
    assert built.api.security_schemes == ()


# -- servers -----------------------------------------------------------------------------


def test_servers_first_is_default_and_variables_take_defaults(
    build: SpecBuilder,
) -> None:
    built = build(
        {
            "servers": [
                {
                    "url": "https://{region}.example.com/{version}",
                    "description": "Regional.",
                    "variables": {
                        "region": {"default": "eu", "enum": ["eu", "us"]},
                        "version": {"default": "v2"},
                    },
                },
                {"url": "https://sandbox.example.com"},
            ],
            "paths": {"/x": {"get": get("x")}},
        }
    )
    assert [(s.url, s.description) for s in built.api.servers] == [
        ("https://eu.example.com/v2", "Regional."),
        ("https://sandbox.example.com", ""),
    ]
    assert built.api.default_base_url == "https://eu.example.com/v2"


def test_no_servers_means_no_default_base_url(build: SpecBuilder) -> None:
    built = build({"paths": {"/x": {"get": get("x")}}})
    assert built.api.servers == ()
    assert built.api.default_base_url == ""


# -- method and field names --------------------------------------------------------------


def test_missing_operation_id_is_derived_from_method_and_path(
    build: SpecBuilder,
) -> None:
    built = build(
        {
            "paths": {
                "/pets/{petId}/photos": {
                    "parameters": [param("petId", "path")],
                    "get": {"responses": ok()},
                    "post": {"responses": ok()},
                }
            }
        }
    )
    got = [(o.http_method, o.operation_id, o.method_name) for o in built.api.operations]
    assert got == [
        ("GET", "get /pets/{petId}/photos", "get_pets_pet_id_photos"),
        ("POST", "post /pets/{petId}/photos", "post_pets_pet_id_photos"),
    ]


def test_duplicate_method_names_in_a_resource_are_made_unique(
    build: SpecBuilder,
) -> None:
    spec = {
        "paths": {
            "/a": {"get": get("getPet"), "put": get("get_pet"), "post": get("GetPet")},
            "/b": {"get": get("get-pet")},
            "/c": {
                "get": get("getPet2", tags=["other"]),
                "put": get("get_pet_", tags=["other"]),
            },
        }
    }
    path = build.path_for(spec)
    built = build.build_file(path)
    names = [
        (o.operation_id, o.method_name) for o in built.resource("default").operations
    ]
    assert names == [
        ("getPet", "get_pet"),
        ("get_pet", "get_pet_2"),
        ("GetPet", "get_pet_3"),
        ("get-pet", "get_pet_4"),
    ]
    # other resources have their own scope
    assert [o.method_name for o in built.resource("other").operations] == [
        "get_pet2",
        "get_pet",
    ]
    # deterministic
    assert build.build_file(path).api == built.api


def test_method_names_avoid_resource_attributes(build: SpecBuilder) -> None:
    built = build({"paths": {"/x": {"get": get("withRawResponse")}}})
    assert built.op("withRawResponse").method_name == "with_raw_response_"


def test_model_fields_colliding_with_runtime_names_are_renamed(
    build: SpecBuilder,
) -> None:
    names = [
        "additional_properties",
        "to_dict",
        "from_dict",
        "self",
        "cls",
        "from",
        "class",
        "2fa",
        "X-Total",
    ]
    built = build(
        {
            "paths": {"/x": {"get": get("x", responses=ok(ref("Weird")))}},
            **schemas(
                Weird={
                    "type": "object",
                    "properties": {n: {"type": "string"} for n in names},
                }
            ),
        }
    )
    got = [(f.wire_name, f.py_name) for f in built.model("Weird").fields]
    assert got == [
        ("additional_properties", "additional_properties_"),
        ("to_dict", "to_dict_"),
        ("from_dict", "from_dict_"),
        ("self", "self_"),
        ("cls", "cls_"),
        ("from", "from_"),
        ("class", "class_"),
        ("2fa", "field_2fa"),
        ("X-Total", "x_total"),
    ]


def test_model_class_names_avoid_package_names_and_case_insensitive_clashes(
    build: SpecBuilder,
) -> None:
    built = build(
        {
            "paths": {
                "/x": {
                    "get": get(
                        "x", responses=ok({"type": "array", "items": ref("APIError")})
                    )
                }
            },
            **schemas(
                APIError={"type": "object", "properties": {"a": {"type": "string"}}},
                Pet={"type": "object", "properties": {"a": {"type": "string"}}},
                PET={"type": "object", "properties": {"b": {"type": "string"}}},
                models={"type": "object", "properties": {"c": {"type": "string"}}},
            ),
        }
    )
    got = sorted((m.name, m.module) for m in built.api.models)
    assert got == [
        ("APIError_", "api_error"),
        ("Models_", "models"),
        ("PET_2", "pet_2"),
        ("Pet", "pet"),
    ]
    assert built.op("x").return_type.annotation == "list[APIError_]"


def test_build_is_deterministic(build: SpecBuilder) -> None:
    spec = {
        "paths": {
            "/pets": {
                "get": get(
                    "listPets",
                    tags=["pets"],
                    responses=ok({"type": "array", "items": ref("Pet")}),
                )
            }
        },
        **schemas(Pet=PET, Other={"type": "string", "enum": ["x", "y"]}),
    }
    path = build.path_for(spec)
    assert build.build_file(path).api == build.build_file(path).api


# -- generated code built from colliding names -------------------------------------------


def _argument_names(op: Operation) -> list[str]:
    names = [a.py_name for a in op.arguments]
    if op.body is not None and not op.body.flattened:
        names.append("body")
    return names


def test_body_argument_does_not_collide_with_a_parameter_named_body(
    build: SpecBuilder,
) -> None:
    built = build(
        {
            "paths": {
                "/x": {
                    "post": {
                        "operationId": "send",
                        "parameters": [param("body", "query")],
                        "requestBody": {
                            "required": True,
                            "content": {
                                "application/json": {
                                    "schema": {
                                        "type": "array",
                                        "items": {"type": "string"},
                                    }
                                }
                            },
                        },
                        "responses": ok(),
                    }
                }
            }
        }
    )
    names = _argument_names(built.op("send"))
    assert len(names) == len(set(names)), names


def _annotation_names(annotation: str) -> set[str]:
    """The first name of each (dotted) name an annotation uses: `datetime.date | str` ->
    {datetime, str}."""
    return {
        node.id
        for node in ast.walk(ast.parse(annotation, mode="eval"))
        if isinstance(node, ast.Name)
    }


def test_model_field_names_do_not_shadow_names_used_in_annotations(
    build: SpecBuilder,
) -> None:
    built = build(
        {
            "paths": {"/x": {"get": get("x", responses=ok(ref("Event")))}},
            **schemas(
                Event={
                    "type": "object",
                    "properties": {
                        "datetime": {"type": "string", "format": "date-time"},
                        "date": {"type": "string", "format": "date"},
                        "str": {"type": "string"},
                        "int": {"type": "integer"},
                    },
                }
            ),
        }
    )
    event = built.model("Event")
    used = set().union(*(_annotation_names(f.type.annotation) for f in event.fields))
    assert not {f.py_name for f in event.fields} & used


def _module_level_bindings(source: str) -> Counter[str]:
    """How often each name is bound at module level (imports, also under `if TYPE_CHECKING:`,
    assignments, classes and functions)."""
    counts: Counter[str] = Counter()

    def visit(statements: list[ast.stmt]) -> None:
        for node in statements:
            if isinstance(node, ast.Import | ast.ImportFrom):
                for alias in node.names:
                    counts[alias.asname or alias.name.split(".")[0]] += 1
            elif isinstance(node, ast.Assign):
                for target in node.targets:
                    if isinstance(target, ast.Name):
                        counts[target.id] += 1
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                counts[node.target.id] += 1
            elif isinstance(
                node, ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef
            ):
                counts[node.name] += 1
            elif isinstance(node, ast.If):
                visit(node.body)
                visit(node.orelse)

    visit(ast.parse(source).body)
    return counts


def _rendered_duplicate_bindings(built: Built) -> dict[str, list[str]]:
    """Generated (non-runtime) modules that bind some name twice at module level."""
    out: dict[str, list[str]] = {}
    for path, text in render_package(built.api).items():
        if path.endswith(".py") and (
            "/models/" in path or "/resources/" in path or path.endswith("_client.py")
        ):
            twice = sorted(n for n, c in _module_level_bindings(text).items() if c > 1)
            if twice:
                out[path] = twice
    return out


def test_generated_modules_bind_each_name_once(build: SpecBuilder) -> None:
    built = build(
        {
            "paths": {
                "/pets": {
                    "get": get(
                        "listPets",
                        tags=["pets"],
                        responses=ok({"type": "array", "items": ref("Pet")}),
                    ),
                    "post": get("createPet", tags=["pets"], responses=ok(ref("Pet"))),
                },
                "/me": {
                    "get": get(
                        "me",
                        responses=ok({"type": "object", "additionalProperties": True}),
                    )
                },
            },
            **schemas(
                Pet={
                    "type": "object",
                    "properties": {
                        "born": {"type": "string", "format": "date-time"},
                        "meta": {"type": "object", "additionalProperties": True},
                        "kind": {"type": "string", "enum": ["cat", "dog"]},
                        "friend": ref("Pet"),
                    },
                }
            ),
        }
    )
    assert _rendered_duplicate_bindings(built) == {}


def test_schema_named_any_does_not_shadow_typing_any(build: SpecBuilder) -> None:
    built = build(
        {
            "paths": {"/x": {"get": get("x", responses=ok(ref("Holder")))}},
            **schemas(
                Any={"type": "object", "properties": {"x": {"type": "string"}}},
                Holder={
                    "type": "object",
                    "properties": {
                        "any": ref("Any"),
                        "extra": {"type": "object", "additionalProperties": True},
                    },
                },
            ),
        }
    )
    assert _rendered_duplicate_bindings(built) == {}


def test_operation_named_models_does_not_break_model_loading(
    build: SpecBuilder, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import httpx

    spec = build.path_for(
        {
            "paths": {
                "/models": {"get": get("models")},
                "/thing": {"get": get("getThing", responses=ok(ref("Thing")))},
            },
            **schemas(
                Thing={"type": "object", "properties": {"a": {"type": "string"}}}
            ),
        }
    )
    package = "models_shadow_pkg"
    result = generate(spec, ClientConfig(package, "Client"))
    write_package(tmp_path / "dist", result.files)
    monkeypatch.syspath_prepend(str(tmp_path / "dist"))
    try:
        module = importlib.import_module(package)

        def handler(request: httpx.Request) -> httpx.Response:
            return httpx.Response(200, json={"a": "x"})

        with module.Client(
            base_url="https://api.example.com",
            http_client=httpx.Client(transport=httpx.MockTransport(handler)),
        ) as client:
            thing = client.default.get_thing()
        assert type(thing).__name__ == "Thing"
        assert thing.a == "x"
    finally:
        for name in [
            n for n in sys.modules if n == package or n.startswith(package + ".")
        ]:
            del sys.modules[name]
