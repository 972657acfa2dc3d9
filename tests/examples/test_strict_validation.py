"""`strict_response_validation=True`: a response value of another type than declared raises
`APIResponseValidationError` with where (`.path`, `.model`, `.field`) and what (`.expected`,
`.got`); the default stays lenient (the value is kept as received).

Two generated packages: `strictness` (below: every primitive and format, enums, nullable and
optional fields, lists, dicts, nested models, a union of primitives) and the golden fixture
`composition` (a discriminated union, a union told apart by shape, recursive models,
nullable references). Responses come from an httpx.MockTransport; sync and async.
"""

from __future__ import annotations

import datetime
import inspect
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import httpx
import pytest
import yaml

from tests.examples._packages import REPO, generated, imported

MODES = ("sync", "async")

_THING = {
    "type": "object",
    "required": ["s", "i"],
    "properties": {
        "s": {"type": "string"},
        "i": {"type": "integer"},
        "n": {"type": "number"},
        "b": {"type": "boolean"},
        "dt": {"type": "string", "format": "date-time"},
        "d": {"type": "string", "format": "date"},
        "colour": {"type": "string", "enum": ["red", "green"]},
        "level": {"type": "integer", "enum": [1, 2, 3]},
        "note": {"type": "string", "nullable": True},
        "tags": {"type": "array", "items": {"type": "string"}},
        "counts": {"type": "object", "additionalProperties": {"type": "integer"}},
        "free": {},
        "owner": {"$ref": "#/components/schemas/Owner"},
        "maybe_owner": {"nullable": True, "allOf": [{"$ref": "#/components/schemas/Owner"}]},
        "owners": {"type": "array", "items": {"$ref": "#/components/schemas/Owner"}},
        "either": {"oneOf": [{"type": "string"}, {"type": "integer"}]},
    },
}  # fmt: skip
_OWNER = {
    "type": "object",
    "required": ["name"],
    "properties": {"name": {"type": "string"}, "age": {"type": "integer"}},
}


def _get(name: str, path: str, schema: dict[str, Any]) -> dict[str, Any]:
    return {
        "get": {
            "operationId": name,
            "tags": ["things"],
            "responses": {
                "200": {
                    "description": "OK",
                    "content": {"application/json": {"schema": schema}},
                }
            },
        }
    }


STRICTNESS = {
    "openapi": "3.0.3",
    "info": {"title": "Strictness", "version": "1.0.0"},
    "servers": [{"url": "https://strict.example.com"}],
    "paths": {
        "/thing": _get("get_thing", "/thing", {"$ref": "#/components/schemas/Thing"}),
        "/things": _get(
            "list_things",
            "/things",
            {"type": "array", "items": {"$ref": "#/components/schemas/Thing"}},
        ),
        "/count": _get("get_count", "/count", {"type": "integer"}),
    },
    "components": {"schemas": {"Thing": _THING, "Owner": _OWNER}},
}

GOOD: dict[str, Any] = {
    "s": "text",
    "i": 3,
    "n": 1.5,
    "b": True,
    "dt": "2025-01-02T03:04:05+00:00",
    "d": "2025-01-02",
    "colour": "red",
    "level": 2,
    "note": None,
    "tags": ["a", "b"],
    "counts": {"x": 1},
    "free": {"anything": [1, "two"]},
    "owner": {"name": "Ada", "age": 36},
    "maybe_owner": None,
    "owners": [{"name": "Ada"}, {"name": "Bob", "age": 7}],
    "either": 5,
    "unknown_field": "kept",
}


@pytest.fixture(scope="module")
def strictness(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    folder = tmp_path_factory.mktemp("strictness")
    generated(STRICTNESS, "strictness", folder)
    with imported(folder / "strictness", "strictness") as module:
        yield module


@pytest.fixture(scope="module")
def composition(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    folder = tmp_path_factory.mktemp("composition")
    fixture = REPO / "tests" / "fixtures" / "composition.yaml"
    generated(yaml.safe_load(fixture.read_text(encoding="utf-8")), "composition", folder)
    with imported(folder / "composition", "composition") as module:
        yield module


def client(module: ModuleType, cls: str, mode: str, body: Any, **kwargs: Any) -> Any:
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json=body))
    if mode == "sync":
        return getattr(module, cls)(http_client=httpx.Client(transport=transport), **kwargs)
    http = httpx.AsyncClient(transport=transport)
    return getattr(module, "Async" + cls)(http_client=http, **kwargs)


async def resolve(value: Any) -> Any:
    return await value if inspect.isawaitable(value) else value


async def strict_error(
    module: ModuleType, cls: str, mode: str, body: Any, call: str
) -> Any:
    c = client(module, cls, mode, body, strict_response_validation=True)
    resource, method = call.split(".")
    with pytest.raises(module.APIResponseValidationError) as info:
        await resolve(getattr(getattr(c, resource), method)())
    return info.value


def with_(**changes: Any) -> dict[str, Any]:
    return {**GOOD, **changes}


# -- a well-typed answer passes, loaded the same as leniently --------------------------------
@pytest.mark.parametrize("mode", MODES)
async def test_a_well_typed_answer_loads_the_same_strictly(
    strictness: ModuleType, mode: str
) -> None:
    lenient = await resolve(client(strictness, "Strictness", mode, GOOD).things.get_thing())
    strict = await resolve(
        client(
            strictness, "Strictness", mode, GOOD, strict_response_validation=True
        ).things.get_thing()
    )
    assert strict == lenient
    assert strict.dt == datetime.datetime(2025, 1, 2, 3, 4, 5, tzinfo=datetime.UTC)
    assert strict.d == datetime.date(2025, 1, 2)
    assert strict.colour is strictness.models.ThingColour.RED
    assert strict.owners[1].age == 7
    assert strict.additional_properties == {"unknown_field": "kept"}  # kept, not refused


@pytest.mark.parametrize("mode", MODES)
async def test_the_default_keeps_a_wrong_type(strictness: ModuleType, mode: str) -> None:
    thing = await resolve(
        client(strictness, "Strictness", mode, with_(s=5, colour="blue")).things.get_thing()
    )
    assert thing.s == 5 and thing.colour == "blue"


MISMATCHES: list[tuple[str, dict[str, Any], str, str | None, str | None, str, str]] = [
    # id, changes, path, model, field, expected, got
    ("str-got-int", {"s": 5}, "result.s", "Thing", "s", "str", "int"),
    ("int-got-str", {"i": "3"}, "result.i", "Thing", "i", "int", "str"),
    ("int-got-bool", {"i": True}, "result.i", "Thing", "i", "int", "bool"),
    ("int-got-fraction", {"i": 2.5}, "result.i", "Thing", "i", "int", "float"),
    ("float-got-str", {"n": "1.5"}, "result.n", "Thing", "n", "float", "str"),
    ("bool-got-int", {"b": 1}, "result.b", "Thing", "b", "bool", "int"),
    ("datetime-unparsable", {"dt": "yesterday"}, "result.dt", "Thing", "dt",
     "datetime (an ISO 8601 string)", "str"),
    ("date-got-int", {"d": 20250102}, "result.d", "Thing", "d",
     "date (an ISO 8601 string)", "int"),
    ("enum-unknown", {"colour": "blue"}, "result.colour", "Thing", "colour",
     "ThingColour (one of 'red', 'green')", "str"),
    ("int-enum-got-str", {"level": "2"}, "result.level", "Thing", "level",
     "ThingLevel (one of 1, 2, 3)", "str"),
    ("int-enum-got-bool", {"level": True}, "result.level", "Thing", "level",
     "ThingLevel (one of 1, 2, 3)", "bool"),
    ("null-not-nullable", {"s": None}, "result.s", "Thing", "s", "str", "None"),
    ("list-item", {"tags": ["a", 2]}, "result.tags[1]", "Thing", "tags", "str", "int"),
    ("list-got-str", {"tags": "a,b"}, "result.tags", "Thing", "tags", "list[str]", "str"),
    ("dict-value", {"counts": {"x": "1"}}, "result.counts['x']", "Thing", "counts",
     "int", "str"),
    ("nested-model-field", {"owner": {"name": "Ada", "age": "old"}}, "result.owner.age",
     "Owner", "age", "int", "str"),
    ("nested-model-got-str", {"owner": "Ada"}, "result.owner", "Thing", "owner",
     "Owner (an object)", "str"),
    ("nullable-ref-wrong", {"maybe_owner": 7}, "result.maybe_owner", "Thing",
     "maybe_owner", "Owner (an object) | None", "int"),
    ("list-of-models", {"owners": [{"name": "A"}, {"name": 2}]}, "result.owners[1].name",
     "Owner", "name", "str", "int"),
    ("union-no-member", {"either": 1.5}, "result.either", "Thing", "either",
     "str | int", "float"),
]  # fmt: skip


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("_id", "changes", "path", "model", "field", "expected", "got"),
    MISMATCHES,
    ids=[m[0] for m in MISMATCHES],
)
async def test_a_mismatch_says_where_and_what(
    strictness: ModuleType,
    mode: str,
    _id: str,
    changes: dict[str, Any],
    path: str,
    model: str | None,
    field: str | None,
    expected: str,
    got: str,
) -> None:
    body = with_(**changes)
    err = await strict_error(strictness, "Strictness", mode, body, "things.get_thing")

    assert (err.path, err.model, err.field, err.expected, err.got) == (
        path,
        model,
        field,
        expected,
        got,
    )
    assert str(err).startswith(f"GET /thing: {path} ({model}.{field}) is not of the ")
    assert f"expected {expected}, got {got}" in str(err)
    assert err.status_code == 200 and err.response.status_code == 200
    assert err.body == body
    assert isinstance(err, strictness.APIError)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    "changes",
    [{"note": None}, {"note": "x"}, {"maybe_owner": {"name": "x"}}, {"either": "s"},
     {"i": 3.0}, {"n": 2}, {"free": None}],
    ids=["null-nullable", "nullable-set", "nullable-ref-set", "union-str", "integral-float",
         "int-as-number", "any"],
)  # fmt: skip
async def test_what_the_spec_allows_passes(
    strictness: ModuleType, mode: str, changes: dict[str, Any]
) -> None:
    body = {k: v for k, v in GOOD.items() if k not in changes} | changes
    c = client(strictness, "Strictness", mode, body, strict_response_validation=True)
    thing = await resolve(c.things.get_thing())
    for key, value in changes.items():
        loaded = getattr(thing, key)
        assert (loaded.to_dict() if hasattr(loaded, "to_dict") else loaded) == value


@pytest.mark.parametrize("mode", MODES)
async def test_optional_fields_may_be_absent(strictness: ModuleType, mode: str) -> None:
    c = client(strictness, "Strictness", mode, {"s": "x", "i": 1}, strict_response_validation=True)
    thing = await resolve(c.things.get_thing())
    assert thing.s == "x" and thing.tags is strictness.NOT_GIVEN


@pytest.mark.parametrize("mode", MODES)
async def test_a_list_answer_and_a_primitive_answer(
    strictness: ModuleType, mode: str
) -> None:
    err = await strict_error(
        strictness, "Strictness", mode, [GOOD, with_(i="x")], "things.list_things"
    )
    assert (err.path, err.model, err.field) == ("result[1].i", "Thing", "i")

    err = await strict_error(strictness, "Strictness", mode, "7", "things.get_count")
    assert (err.path, err.model, err.field, err.expected, err.got) == (
        "result",
        None,
        None,
        "int",
        "str",
    )
    assert str(err) == "GET /count: result is not of the declared type: expected int, got str '7'"


@pytest.mark.parametrize("mode", MODES)
async def test_with_options_turns_it_on_and_off(strictness: ModuleType, mode: str) -> None:
    c = client(strictness, "Strictness", mode, with_(s=5))
    with pytest.raises(strictness.APIResponseValidationError):
        await resolve(c.with_options(strict_response_validation=True).things.get_thing())
    assert (await resolve(c.things.get_thing())).s == 5
    strict = client(strictness, "Strictness", mode, with_(s=5), strict_response_validation=True)
    assert (await resolve(strict.with_options(strict_response_validation=False).things.get_thing())).s == 5


# -- unions and recursion (the composition fixture) ------------------------------------------
CAT = {"pet_type": "cat", "name": "Tom", "lives": 9, "owner": None}
DOG = {"pet_type": "dog", "name": "Rex", "good_boy": True, "owner": {"name": "Ann"}}
LIZARD = {"pet_type": "lizard", "name": "Liz", "scales": "smooth"}


@pytest.mark.parametrize("mode", MODES)
async def test_discriminated_union_passes_and_picks_the_member(
    composition: ModuleType, mode: str
) -> None:
    c = client(composition, "Composition", mode, [CAT, DOG, LIZARD],
               strict_response_validation=True)  # fmt: skip
    pets = await resolve(c.default.list_pets())
    assert [type(p).__name__ for p in pets] == ["Cat", "Dog", "Lizard"]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("pet", "path", "model", "field", "expected", "got"),
    [
        # the discriminator names Cat: Cat's own field is checked, not another member's
        ({**CAT, "lives": "nine"}, "result[0].lives", "Cat", "lives", "int", "str"),
        ({**DOG, "owner": {"name": 5}}, "result[0].owner.name", "Owner", "name", "str",
         "int"),
        # no mapping for lizard: best fit, whose enum field is wrong
        ({**LIZARD, "scales": "furry"}, "result[0].scales", "Lizard", "scales",
         "LizardScales (one of 'smooth', 'rough')", "str"),
        ({**CAT, "name": None}, "result[0].name", "Cat", "name", "str", "None"),
    ],
    ids=["mapped-member-field", "nested-nullable-ref", "unmapped-enum", "null-name"],
)  # fmt: skip
async def test_discriminated_union_mismatch_is_reported_inside_the_member(
    composition: ModuleType,
    mode: str,
    pet: dict[str, Any],
    path: str,
    model: str,
    field: str,
    expected: str,
    got: str,
) -> None:
    err = await strict_error(composition, "Composition", mode, [pet], "default.list_pets")
    assert (err.path, err.model, err.field, err.expected, err.got) == (
        path,
        model,
        field,
        expected,
        got,
    )


@pytest.mark.parametrize("mode", MODES)
async def test_union_by_shape(composition: ModuleType, mode: str) -> None:
    c = client(composition, "Composition", mode, {"side": 2},
               strict_response_validation=True)  # fmt: skip
    assert type(await resolve(c.default.get_shape(id="1"))).__name__ == "Square"

    c = client(composition, "Composition", mode, {"side": "2"},
               strict_response_validation=True)  # fmt: skip
    with pytest.raises(composition.APIResponseValidationError) as info:
        await resolve(c.default.get_shape(id="1"))
    err = info.value
    assert (err.path, err.model, err.field, err.expected) == (
        "result.side",
        "Square",
        "side",
        "float",
    )


@pytest.mark.parametrize("mode", MODES)
async def test_recursive_models(composition: ModuleType, mode: str) -> None:
    tree = {"value": "root", "children": [{"value": "a", "children": [{"value": 3}]}]}
    err = await strict_error(composition, "Composition", mode, tree, "default.get_tree")
    assert (err.path, err.model, err.field) == (
        "result.children[0].children[0].value",
        "TreeNode",
        "value",
    )
    org = {"name": "R&D", "head": {"name": "Ada", "department": {"name": 1}}}
    err = await strict_error(composition, "Composition", mode, org, "default.get_org")
    assert err.path == "result.head.department.name"
    assert (err.model, err.field) == ("Department", "name")


def test_the_readmes_lenient_example_is_how_a_model_prints(strictness: ModuleType) -> None:
    owner = strictness.models.Owner.from_dict({"name": 7, "colour": "red"})
    assert repr(owner) == "Owner(name=7, additional_properties={'colour': 'red'})"
