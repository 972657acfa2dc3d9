"""Validation after a spec edit walks only what the edit touched, and finds the same problems.

generator.units gives each path item and component schema a key (its content and all it
references); generator.validate skips units whose key passed before. The property that
matters: incremental validation reports exactly what a validation from scratch reports.
"""

from __future__ import annotations

import copy
import datetime
import json
import random
from pathlib import Path
from typing import Any

import pytest

from generator import units, validate
from generator.load import Workspace
from generator.problems import Problem
from generator.validate import spec_version
from tools.corpus import documents, ensure_corpus

from .conftest import load_document, random_edits


def _spec() -> dict[str, Any]:
    return {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "tags": [{"name": "pets"}],
        "paths": {
            "/pets": {
                "get": {
                    "operationId": "listPets",
                    "parameters": [{"$ref": "#/components/parameters/Limit"}],
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {
                                    "schema": {
                                        "type": "array",
                                        "items": {"$ref": "#/components/schemas/Pet"},
                                    }
                                }
                            },
                        }
                    },
                }
            },
            "/pets/{id}": {
                "get": {
                    "operationId": "getPet",
                    "parameters": [
                        {
                            "name": "id",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "integer"},
                        }
                    ],
                    "responses": {"200": {"description": "ok"}},
                }
            },
        },
        "components": {
            "parameters": {
                "Limit": {"name": "limit", "in": "query", "schema": {"type": "integer"}}
            },
            "schemas": {
                "Pet": {
                    "type": "object",
                    "properties": {"name": {"type": "string"}},
                },
                "Owner": {"type": "object", "properties": {"id": {"type": "integer"}}},
            },
        },
    }


def _keys(data: Any) -> dict[str, str]:
    found = units.units_of(data, "salt")
    assert found is not None
    return {u.pointer: u.key for u in found}


def _changed(before: dict[str, str], after: dict[str, str]) -> set[str]:
    return {p for p in before if before[p] != after.get(p)}


def test_units_are_tags_path_items_and_component_schemas() -> None:
    assert list(_keys(_spec())) == [
        "/tags",
        "/paths/~1pets",
        "/paths/~1pets~1{id}",
        "/components/schemas/Pet",
        "/components/schemas/Owner",
    ]


def test_an_edit_changes_the_keys_of_the_units_that_see_it() -> None:
    before = _keys(_spec())

    edited = _spec()
    edited["info"]["version"] = "2"
    assert _changed(before, _keys(edited)) == set()

    edited = _spec()
    edited["paths"]["/pets/{id}"]["get"]["description"] = "new"
    assert _changed(before, _keys(edited)) == {"/paths/~1pets~1{id}"}

    # a component is seen through $ref by the path that uses it
    edited = _spec()
    edited["components"]["schemas"]["Pet"]["required"] = ["name"]
    assert _changed(before, _keys(edited)) == {
        "/paths/~1pets",
        "/components/schemas/Pet",
    }

    # ...also through a component that is not itself a unit (a parameter)
    edited = _spec()
    edited["components"]["parameters"]["Limit"]["schema"]["minimum"] = 1
    assert _changed(before, _keys(edited)) == {"/paths/~1pets"}

    # and transitively
    edited = _spec()
    edited["components"]["schemas"]["Pet"]["properties"]["owner"] = {
        "$ref": "#/components/schemas/Owner"
    }
    changed = _changed(before, _keys(edited))
    assert changed == {"/paths/~1pets", "/components/schemas/Pet"}
    edited2 = copy.deepcopy(edited)
    edited2["components"]["schemas"]["Owner"]["description"] = "x"
    assert _changed(_keys(edited), _keys(edited2)) == {
        "/paths/~1pets",
        "/components/schemas/Pet",
        "/components/schemas/Owner",
    }


def test_references_that_cannot_be_placed_depend_on_everything() -> None:
    spec = _spec()
    spec["components"]["schemas"]["Owner"]["properties"]["pet"] = {
        "$ref": "#pet-anchor"
    }
    before = _keys(spec)
    spec["info"]["description"] = "anything"
    assert _changed(before, _keys(spec)) == {"/components/schemas/Owner"}


def test_the_salt_is_part_of_every_key() -> None:
    a = units.units_of(_spec(), "3.0")
    b = units.units_of(_spec(), "3.1")
    assert a is not None and b is not None
    assert all(x.key != y.key for x, y in zip(a, b, strict=True))


@pytest.mark.parametrize(
    "oddity",
    [
        lambda s: s["paths"].__setitem__(200, {}),
        lambda s: s["info"].__setitem__("version", datetime.date(2024, 1, 1)),
    ],
)
def test_documents_without_exact_digests_are_not_split(oddity: Any) -> None:
    spec = _spec()
    oddity(spec)
    assert units.units_of(spec, "salt") is None


# ---- validation with the cache --------------------------------------------------------


@pytest.fixture
def walked(monkeypatch: pytest.MonkeyPatch) -> list[list[str] | None]:
    """The units each keyword walk was given (None: the whole document)."""
    calls: list[list[str] | None] = []
    real = validate.keyword_problems

    def spy(ws: Any, doc: Any, version: str, todo: Any = None) -> Any:
        calls.append(None if todo is None else [u.pointer for u in todo])
        return real(ws, doc, version, todo)

    monkeypatch.setattr(validate, "keyword_problems", spy)
    return calls


def _validate(path: Path, data: Any) -> list[Problem]:
    path.write_text(json.dumps(data), encoding="utf-8")
    return validate.validate_workspace(Workspace(path, "spec.json"))


def _from_scratch(path: Path, data: Any, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """No cache, and openapi-spec-validator's own root walk rather than ours by units."""
    with monkeypatch.context() as m:
        m.setenv("CLIENTGEN_NO_CACHE", "1")
        m.setattr(validate, "units_of", lambda data, salt, graph=None: None)
        return sorted(str(p) for p in _validate(path, data))


def test_after_an_edit_only_the_touched_units_are_walked(
    cache_dir: Path, walked: list[list[str] | None]
) -> None:
    spec_path = cache_dir / "spec.json"
    assert _validate(spec_path, _spec()) == []
    assert walked == [[u for u in _keys(_spec())]]

    edited = _spec()
    edited["paths"]["/pets/{id}"]["get"]["description"] = "edited"
    edited["info"]["version"] = "2"
    assert _validate(spec_path, edited) == []
    assert walked[1] == ["/paths/~1pets~1{id}"]

    edited["components"]["schemas"]["Pet"]["description"] = "edited"
    assert _validate(spec_path, edited) == []
    assert walked[2] == ["/paths/~1pets", "/components/schemas/Pet"]

    edited["info"]["version"] = "3"  # nothing a unit sees: nothing walked
    assert _validate(spec_path, edited) == []
    assert len(walked) == 3


def test_a_problem_introduced_by_an_edit_is_found(
    cache_dir: Path, walked: list[list[str] | None], monkeypatch: pytest.MonkeyPatch
) -> None:
    spec_path = cache_dir / "spec.json"
    assert _validate(spec_path, _spec()) == []

    # a duplicate parameter, in a component only one path uses
    edited = _spec()
    edited["paths"]["/pets"]["get"]["parameters"].append(
        {"name": "limit", "in": "query", "schema": {"type": "string"}}
    )
    found = _validate(spec_path, edited)
    assert walked[-1] == ["/paths/~1pets"]
    assert any("Duplicate parameter 'limit'" in p.message for p in found)
    assert sorted(str(p) for p in found) == _from_scratch(
        cache_dir / "scratch.json", edited, monkeypatch
    )

    # a default that does not match its schema, deep in a referenced component
    edited = _spec()
    edited["components"]["schemas"]["Pet"]["properties"]["name"]["default"] = 5
    found = _validate(spec_path, edited)
    assert [p.location.pointer for p in found] == [
        "/components/schemas/Pet/properties/name/default"
    ]
    assert found[0].severity == "warning"

    # a run with problems records nothing; the units of the last clean run stay known
    walked.clear()
    fixed = _spec()
    fixed["info"]["version"] = "fixed"
    assert _validate(spec_path, fixed) == []
    assert walked == []


def test_keys_the_validator_would_parse_are_walked_exactly(
    cache_dir: Path, walked: list[list[str] | None]
) -> None:
    spec = _spec()
    spec["paths"]["/cookies#form.v1~x"] = spec["paths"].pop("/pets/{id}")
    spec["components"]["schemas"]["Pet.v1"] = spec["components"]["schemas"].pop("Owner")
    spec_path = cache_dir / "spec.json"
    assert _validate(spec_path, spec) == []
    spec["paths"]["/cookies#form.v1~x"]["get"]["parameters"].append(
        {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
    )
    spec["components"]["schemas"]["Pet.v1"]["properties"]["id"]["default"] = "x"
    found = sorted(p.message for p in _validate(spec_path, spec))
    assert walked[-1] == ["/paths/~1cookies#form.v1~0x", "/components/schemas/Pet.v1"]
    assert found == [
        "'x' is not of type 'integer' (the documented value does not match its schema)",
        "Duplicate parameter 'id'",
    ]


# ---- the property, on the corpus ------------------------------------------------------

_EDITS = (
    ("description", "an edited description"),
    ("default", "not-a-number"),
    ("default", 12),
    ("required", ["no-such-property"]),
    ("nullable", True),
    ("minimum", 3),
    ("deprecated", True),
)


def test_incremental_equals_from_scratch_on_the_corpus(
    cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rng = random.Random(3)
    root = ensure_corpus(with_github=False)
    compared = with_problems = 0
    for doc_path in documents(root, subset=False, with_github=False):
        data = load_document(doc_path)
        if spec_version(data) not in ("3.0", "3.1") or units.units_of(data, "") is None:
            continue
        if len(json.dumps(data)) > 60_000:
            continue
        spec_path = cache_dir / f"{doc_path.stem}.json"
        first = sorted(str(p) for p in _validate(spec_path, data))
        assert first == _from_scratch(cache_dir / "scratch.json", data, monkeypatch)
        if first:
            continue  # a document with problems records no units
        for edited, _ in random_edits(data, rng, _EDITS):
            incremental = sorted(str(p) for p in _validate(spec_path, edited))
            assert incremental == _from_scratch(
                cache_dir / "scratch.json", edited, monkeypatch
            ), doc_path.name
            compared += 1
            with_problems += bool(incremental)
    assert compared >= 100
    assert with_problems >= 10  # the edits do break documents, so problems are compared


# ---- $ref checking ----------------------------------------------------------------


def _ref_problems(tmp_path: Path, data: Any) -> list[str]:
    path = tmp_path / "refs.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return [f"{p.location.pointer}: {p.message}" for p in Workspace(path).check_refs()]


def test_ref_checking_still_locates_every_broken_reference(tmp_path: Path) -> None:
    spec = _spec()
    assert _ref_problems(tmp_path, spec) == []
    spec["components"]["schemas"]["Owner"]["properties"]["pet"] = {
        "$ref": "#/components/schemas/Nope"
    }
    spec["components"]["schemas"]["Pet"]["properties"]["again"] = {
        "$ref": "#/components/schemas/Nope"
    }
    found = _ref_problems(tmp_path, spec)
    assert [f.split(":")[0] for f in found] == [
        "/components/schemas/Pet/properties/again/$ref",
        "/components/schemas/Owner/properties/pet/$ref",
    ]


def test_ref_checking_still_finds_cycles(tmp_path: Path) -> None:
    spec = _spec()
    spec["components"]["schemas"]["A"] = {"$ref": "#/components/schemas/B"}
    spec["components"]["schemas"]["B"] = {"$ref": "#/components/schemas/A"}
    found = _ref_problems(tmp_path, spec)
    assert found and all("circular $ref chain" in f for f in found)


def test_the_graph_knows_every_reference_check_refs_would_walk(tmp_path: Path) -> None:
    """check_refs' fast path takes the references from the document's graph: exactly the
    `$ref` strings its walk visits, wherever they sit (also where a container is one)."""
    odd = _spec()
    odd["paths"]["$ref"] = "#/components/schemas/Pet"  # a path item key named $ref
    odd["components"]["schemas"]["$ref"] = "#/components/schemas/Owner"
    odd["x-refs"] = {"$dynamicRef": "#/components/schemas/Nope", "$ref": "#/x"}
    docs = [odd, _spec()]
    root = ensure_corpus(with_github=False)
    docs += [load_document(p) for p in documents(root, subset=True, with_github=False)]
    compared = 0
    for data in docs:
        path = tmp_path / "spec.json"
        path.write_text(json.dumps(data), encoding="utf-8")
        ws = Workspace(path)
        graph = ws.root.graph()
        if graph is None:
            continue
        assert graph.refs == {ref for _, ref in ws.iter_refs(ws.root)}
        compared += 1
    assert compared >= 10
    # the broken one among the odd references is still found
    assert any("/x-refs/$ref" in p for p in _ref_problems(tmp_path, odd))
