"""generator.pagination: which list operations page and how, from the spec or from
x-clientgen-pagination (checked, each problem located)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from generator.build import ClientConfig, build_api
from generator.load import Workspace
from generator.model import Api, Operation
from generator.pagination import Pagination
from generator.problems import Problem, Problems

ITEM = {
    "type": "object",
    "properties": {"id": {"type": "integer"}, "name": {"type": "string"}},
}
ARRAY = {"type": "array", "items": {"$ref": "#/components/schemas/Item"}}


def _q(name: str, schema_type: str = "integer") -> dict[str, Any]:
    return {"name": name, "in": "query", "schema": {"type": schema_type}}


def _op(
    params: list[dict[str, Any]],
    answer: dict[str, Any],
    *,
    headers: dict[str, Any] | None = None,
    method: str = "get",
    **extra: Any,
) -> dict[str, Any]:
    response: dict[str, Any] = {
        "description": "OK",
        "content": {"application/json": {"schema": answer}},
    }
    if headers:
        response["headers"] = headers
    return {
        method: {
            "operationId": "listThings",
            "parameters": params,
            "responses": {"200": response},
            **extra,
        }
    }


def _build(
    tmp_path: Path, path_item: dict[str, Any], **schemas: Any
) -> tuple[Api, list[Problem]]:
    doc = {
        "openapi": "3.0.3",
        "info": {"title": "T", "version": "1"},
        "paths": {"/things": path_item},
        "components": {"schemas": {"Item": ITEM, **schemas}},
    }
    path = tmp_path / "spec.json"
    path.write_text(json.dumps(doc, indent=1), encoding="utf-8")
    problems = Problems()
    api = build_api(Workspace(path, path.name), ClientConfig("pkg", "Pkg"), problems)
    return api, problems.errors


def _paging(tmp_path: Path, path_item: dict[str, Any], **schemas: Any) -> Pagination:
    api, errors = _build(tmp_path, path_item, **schemas)
    assert errors == []
    (op,) = api.operations
    assert op.pagination is not None, "expected the operation to page"
    return op.pagination


def _not_paged(tmp_path: Path, path_item: dict[str, Any], **schemas: Any) -> Operation:
    api, errors = _build(tmp_path, path_item, **schemas)
    assert errors == []
    (op,) = api.operations
    assert op.pagination is None
    return op


LINK = {"Link": {"schema": {"type": "string"}}}


def test_a_link_header_pages_by_link(tmp_path: Path) -> None:
    p = _paging(tmp_path, _op([_q("per_page"), _q("page")], ARRAY, headers=LINK))
    assert (p.style, p.items, p.page_param, p.size_param) == (
        "link",
        None,
        "page",
        "per_page",
    )
    assert p.item_type.annotation == "Item" and p.item_type.refs == ("Item",)


def test_the_link_header_is_found_in_any_case_and_by_ref(tmp_path: Path) -> None:
    headers = {"LINK": {"schema": {"type": "string"}}}
    assert _paging(tmp_path, _op([], ARRAY, headers=headers)).style == "link"


def test_a_link_header_on_a_wrapped_list_takes_its_only_array(tmp_path: Path) -> None:
    runs = {
        "type": "object",
        "properties": {
            "total_count": {"type": "integer"},
            "workflow_runs": ARRAY,
        },
    }
    p = _paging(
        tmp_path,
        _op([], {"$ref": "#/components/schemas/Runs"}, headers=LINK),
        Runs=runs,
    )
    assert (p.style, p.items) == ("link", ("workflow_runs", "workflow_runs"))


@pytest.mark.parametrize("size", ["per_page", "page_size", "pageSize", "limit"])
def test_page_and_size_parameters_with_an_array_page_by_number(
    tmp_path: Path, size: str
) -> None:
    p = _paging(tmp_path, _op([_q("page"), _q(size)], ARRAY))
    assert (p.style, p.page_param, p.items) == ("page", "page", None)
    expected = {"pageSize": "page_size"}.get(size, size)  # the argument's Python name
    assert p.size_param == expected


def test_offset_and_limit_with_an_array_page_by_offset(tmp_path: Path) -> None:
    p = _paging(tmp_path, _op([_q("offset"), _q("limit")], ARRAY))
    assert (p.style, p.page_param, p.size_param) == ("offset", "offset", "limit")


@pytest.mark.parametrize(
    ("field", "param"),
    [
        ("next_cursor", "cursor"),
        ("nextCursor", "after"),
        ("next_page_token", "page_token"),
        ("next", "starting_after"),
    ],
)
def test_a_cursor_in_an_object_answer_pages_by_cursor(
    tmp_path: Path, field: str, param: str
) -> None:
    listing = {
        "type": "object",
        "properties": {
            "data": ARRAY,
            field: {"type": "string", "nullable": True},
            "has_more": {"type": "boolean"},
        },
    }
    p = _paging(
        tmp_path,
        _op([_q(param, "string"), _q("limit")], {"$ref": "#/components/schemas/L"}),
        L=listing,
    )
    assert p.style == "cursor"
    assert p.items == ("data", "data")
    assert p.cursor_field is not None and p.cursor_field[1] == field
    assert p.cursor_param == param
    assert p.has_more_field == ("has_more", "has_more")


def test_a_cursor_field_without_a_parameter_does_not_page(tmp_path: Path) -> None:
    listing = {
        "type": "object",
        "properties": {"items": ARRAY, "next_cursor": {"type": "string"}},
    }
    _not_paged(tmp_path, _op([], {"$ref": "#/components/schemas/L"}), L=listing)


@pytest.mark.parametrize(
    "path_item",
    [
        _op([_q("page")], ITEM),  # one object, no array
        _op([_q("page"), _q("per_page")], ARRAY, method="post"),  # not a GET
        _op([_q("q", "string")], ARRAY),  # an array, no paging parameter
        _op([_q("page")], ARRAY, **{"x-clientgen-pagination": False}),  # turned off
    ],
    ids=["object", "post", "no-params", "turned-off"],
)
def test_operations_that_do_not_page(tmp_path: Path, path_item: dict[str, Any]) -> None:
    _not_paged(tmp_path, path_item)


def test_the_extension_declares_and_overrides_detection(tmp_path: Path) -> None:
    results = {
        "type": "object",
        "properties": {
            "results": ARRAY,
            "continuation": {"type": "string"},
            "more": {"type": "boolean"},
        },
    }
    ext = {
        "style": "cursor",
        "items": "results",
        "cursor_param": "from",
        "cursor_field": "continuation",
        "has_more_field": "more",
        "size_param": "n",
    }
    p = _paging(
        tmp_path,
        _op(
            [_q("from", "string"), _q("n"), _q("page")],
            {"$ref": "#/components/schemas/R"},
            **{"x-clientgen-pagination": ext},
        ),
        R=results,
    )
    assert p.declared and p.style == "cursor"
    assert (p.items, p.cursor_param, p.cursor_field, p.has_more_field) == (
        ("results", "results"),
        "from_",
        ("continuation", "continuation"),
        ("more", "more"),
    )
    assert p.size_param == "n"


def test_the_extension_sets_the_first_page(tmp_path: Path) -> None:
    ext = {"style": "page", "page_param": "p", "first_page": 0}
    p = _paging(tmp_path, _op([_q("p")], ARRAY, **{"x-clientgen-pagination": ext}))
    assert (p.style, p.page_param, p.first_page) == ("page", "p", 0)


@pytest.mark.parametrize(
    ("ext", "message"),
    [
        ({"style": "page", "page_param": "page", "pages": 3}, "unknown key 'pages'"),
        ({"style": "scroll"}, "'style' must be one of link, page, offset, cursor"),
        ({"style": "page"}, "style 'page' needs 'page_param'"),
        ({"style": "page", "page_param": "nope"}, "'nope' is not a query parameter"),
        ({"style": "cursor", "cursor_param": "page"}, "needs 'cursor_field'"),
        ({"style": "link", "items": "id"}, "answer is not an object with fields"),
        ({"style": "page", "page_param": "page", "first_page": "1"}, "'first_page'"),
        ("cursor", "must be a mapping"),
    ],
)
def test_a_wrong_extension_is_a_located_error(
    tmp_path: Path, ext: Any, message: str
) -> None:
    _, errors = _build(
        tmp_path, _op([_q("page")], ARRAY, **{"x-clientgen-pagination": ext})
    )
    assert errors, "expected an error"
    assert any(message in e.message for e in errors), [e.message for e in errors]
    where = errors[0].location
    assert where.pointer == "/paths/~1things/get/x-clientgen-pagination"
    assert where.line is not None and where.line > 1


def test_an_extension_naming_a_missing_field_is_an_error(tmp_path: Path) -> None:
    listing = {"type": "object", "properties": {"data": ARRAY}}
    ext = {
        "style": "cursor",
        "items": "data",
        "cursor_param": "page",
        "cursor_field": "next",
    }
    _, errors = _build(
        tmp_path,
        _op(
            [_q("page")],
            {"$ref": "#/components/schemas/L"},
            **{"x-clientgen-pagination": ext},
        ),
        L=listing,
    )
    assert [e.message for e in errors] == [
        "cursor_field: listThings's answer has no field 'next' (fields: data)"
    ]


def test_a_union_of_arrays_yields_a_union_of_items(tmp_path: Path) -> None:
    other = {"type": "object", "properties": {"at": {"type": "string"}}}
    answer = {
        "oneOf": [
            ARRAY,
            {"type": "array", "items": {"$ref": "#/components/schemas/Other"}},
        ]
    }
    p = _paging(tmp_path, _op([_q("page"), _q("per_page")], answer), Other=other)
    assert p.item_type.annotation == "Item | Other"
    assert p.item_type.refs == ("Item", "Other")


def test_a_union_of_an_array_and_an_object_does_not_page(tmp_path: Path) -> None:
    _not_paged(tmp_path, _op([_q("page")], {"oneOf": [ARRAY, ITEM]}))
