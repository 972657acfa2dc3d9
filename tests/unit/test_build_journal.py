"""Building an edited spec replays what the edit did not reach (generator.journal).

The property that matters: a build that replays from an earlier build's journal gives
exactly the model (and the warnings, with their current lines) that a build from scratch
gives. Then: it replays what it can (a description edit rebuilds one operation), and it
builds everything again when the journal cannot be trusted.
"""

from __future__ import annotations

import copy
import dataclasses
import json
import pickle
import random
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator import journal, modelcache, pipeline
from generator.build import Builder, ClientConfig, build_api_and_builder
from generator.fakespec import fake_spec
from generator.load import Workspace
from generator.model import Api
from generator.problems import Problems, SpecError
from generator.validate import spec_version
from tools.corpus import documents, ensure_corpus

from .conftest import load_document, random_edits

CONFIG = ClientConfig("petpkg", "PetClient")


def _op(
    op_id: str, schema: dict[str, Any] | None = None, **extra: Any
) -> dict[str, Any]:
    content = {"application/json": {"schema": schema}} if schema is not None else None
    response: dict[str, Any] = {"description": "ok"}
    if content:
        response["content"] = content
    return {"operationId": op_id, "responses": {"200": response}, **extra}


def _inline(prop: str) -> dict[str, Any]:
    return {"type": "object", "properties": {prop: {"type": "string"}}}


def _spec() -> dict[str, Any]:
    """Three operations, two of which ask for the same inline class name."""
    return {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/a": {"get": _op("first", _inline("a"), tags=["x"])},
            "/b": {
                "get": _op("second", {"$ref": "#/components/schemas/Pet"}),
                "post": _op(
                    "thing",
                    _inline("b"),
                    security=[{"nosuch": []}],  # a warning, located in the file
                ),
            },
            "/c": {"get": _op("thing", _inline("c"), tags=["x"])},
        },
        "components": {
            "schemas": {
                "Pet": {"type": "object", "properties": {"name": {"type": "string"}}},
            }
        },
    }


Outcome = tuple[Api | None, list[str], str]


def _build(
    path: Path, data: Any, previous: journal.Journal | None = None
) -> tuple[Outcome, Builder | None]:
    """Build `data` written to `path` (indented, so edits move lines), with the journal
    of an earlier build if given: the model (or None), every problem as text and the
    fake's data; and the builder, its journal completed as the pipeline completes it."""
    path.write_text(json.dumps(data, indent=2), encoding="utf-8")
    ws = Workspace(path, path.name)
    problems = Problems([])
    keys = journal.keys_of(ws.root.data, "salt")
    try:
        api, builder = build_api_and_builder(ws, CONFIG, problems, keys, previous)
    except SpecError as exc:
        return (None, [str(p) for p in exc.problems], ""), None
    fake, parts = fake_spec(
        builder, api, previous.fake if previous else None, builder.unchanged
    )
    if builder.journal is not None:
        builder.journal = dataclasses.replace(builder.journal, fake=parts)
    document = json.loads(fake)
    schemas = [
        document["schemas"],
        [[p["schema"] for p in op["params"]] for op in document["operations"]],
        [op["body"] for op in document["operations"]],
    ]  # (not answers: an example is a literal value, which may hold a "$ref")
    assert _refs(schemas) <= set(document["schemas"])  # every $ref is in the table
    return (api, [str(p) for p in problems.items], fake), builder


def _refs(value: Any) -> set[str]:
    if isinstance(value, dict):
        found = {value["$ref"]} if isinstance(value.get("$ref"), str) else set()
        return found.union(*(_refs(v) for v in value.values()))
    if isinstance(value, list):
        return set().union(*(_refs(v) for v in value))
    return set()


def _kept(builder: Builder | None) -> journal.Journal | None:
    """The builder's journal as the next build gets it: through pickle, like the cache."""
    if builder is None or builder.journal is None:
        return None
    loaded = pickle.loads(pickle.dumps(builder.journal, protocol=5))
    assert isinstance(loaded, journal.Journal)
    return loaded


def _scratch(tmp_path: Path, data: Any, name: str = "spec.json") -> Outcome:
    """Built from scratch, from a file of the same name (messages quote the name)."""
    folder = tmp_path / "scratch"
    folder.mkdir(exist_ok=True)
    return _build(folder / name, data)[0]


def test_a_description_edit_rebuilds_only_that_path_item(tmp_path: Path) -> None:
    data = _spec()
    _, first = _build(tmp_path / "spec.json", data)
    edited = copy.deepcopy(data)
    edited["paths"]["/b"]["get"]["description"] = "now\nwith\nlines"
    edited["info"]["version"] = "2"
    outcome, builder = _build(tmp_path / "spec.json", edited, _kept(first))
    assert builder is not None and builder.replayed == 2  # /a and /c; /b is built
    assert outcome == _scratch(tmp_path, edited)
    assert outcome[0] is not None and outcome[0].version == "2"


def test_an_edit_that_frees_a_name_rebuilds_what_follows(tmp_path: Path) -> None:
    data = _spec()
    _, first = _build(tmp_path / "spec.json", data)
    scratch_before = _scratch(tmp_path, data)
    assert scratch_before[0] is not None
    names = {m.name for m in scratch_before[0].models}
    assert {"ThingResponse", "ThingResponse_2"} <= names  # POST /b took the name first
    edited = copy.deepcopy(data)
    edited["paths"]["/b"]["post"]["operationId"] = "other"
    outcome, builder = _build(tmp_path / "spec.json", edited, _kept(first))
    assert builder is not None and builder.replayed == 1  # /a; not /b, nor /c after it
    assert outcome == _scratch(tmp_path, edited)
    assert outcome[0] is not None
    assert "ThingResponse_2" not in {m.name for m in outcome[0].models}


def test_a_component_edit_rebuilds_everything(tmp_path: Path) -> None:
    data = _spec()
    _, first = _build(tmp_path / "spec.json", data)
    edited = copy.deepcopy(data)
    edited["components"]["schemas"]["Pet"]["properties"]["age"] = {"type": "integer"}
    outcome, builder = _build(tmp_path / "spec.json", edited, _kept(first))
    assert builder is not None and builder.replayed == 0
    assert outcome == _scratch(tmp_path, edited)


def test_replayed_warnings_are_located_in_the_current_text(tmp_path: Path) -> None:
    data = _spec()
    _, first = _build(tmp_path / "spec.json", data)
    edited = copy.deepcopy(data)
    edited["paths"]["/a"]["get"]["summary"] = "a new line above the warning"
    outcome, builder = _build(tmp_path / "spec.json", edited, _kept(first))
    assert builder is not None and builder.replayed == 3
    (warning,) = [w for w in outcome[1] if "nosuch" in w]
    (before,) = [w for w in _scratch(tmp_path, data)[1] if "nosuch" in w]
    assert warning != before  # the line moved...
    assert outcome == _scratch(tmp_path, edited)  # ...and is where scratch puts it


def test_a_journal_that_does_not_fit_is_not_used(tmp_path: Path) -> None:
    data = _spec()
    _, first = _build(tmp_path / "spec.json", data)
    kept = _kept(first)
    assert kept is not None
    # a record whose key and chain match but which claims a name already handed out
    # (the component Pet's): the namer would give another, so the record cannot be true
    where = ("POST", "/b")
    record = kept.operations[where]
    wrong = (("Pet", "Pet", "pet"), *record.effects.classes[1:])
    bad_effects = dataclasses.replace(record.effects, classes=wrong)
    kept.operations[where] = journal.Record(record.key, record.chain, bad_effects)
    outcome, builder = _build(tmp_path / "spec.json", data, kept)
    assert builder is not None and builder.replayed == 0
    assert outcome == _scratch(tmp_path, data)  # no warning twice, nothing stale


def test_path_items_reached_by_reference_are_part_of_the_key(tmp_path: Path) -> None:
    data = _spec()
    data["paths"]["/d"] = {"$ref": "#/paths/~1c"}
    data["paths"]["/e"] = {
        "get": _op(
            "viaPath",
            {"$ref": "#/paths/~1a/get/responses/200/content/application~1json/schema"},
        )
    }
    _, first = _build(tmp_path / "spec.json", data)
    edited = copy.deepcopy(data)
    edited["paths"]["/a"]["get"]["responses"]["200"]["content"]["application/json"][
        "schema"
    ]["properties"]["z"] = {"type": "integer"}
    edited["paths"]["/c"]["get"]["summary"] = "changed"
    outcome, builder = _build(tmp_path / "spec.json", edited, _kept(first))
    assert outcome == _scratch(tmp_path, edited)
    assert builder is not None and builder.replayed == 2  # GET and POST /b only


_EDITS = (
    ("description", "an edited description"),
    ("summary", "a summary"),
    ("operationId", "renamedOperation"),
    ("title", "Retitled"),
    ("nullable", True),
    ("type", "string"),
    ("enum", ["a", "b"]),
    ("properties", {"added": {"type": "object", "properties": {"x": {}}}}),
    ("deprecated", True),
)


def test_replaying_equals_building_from_scratch_on_the_corpus(tmp_path: Path) -> None:
    """Random edits to the corpus's documents, each built from the previous build's
    journal and from scratch: the same model and the same problems, every time."""
    rng = random.Random(8)
    root = ensure_corpus(with_github=False)
    compared = replayed = 0
    for doc_path in documents(root, subset=False, with_github=False):
        data = load_document(doc_path)
        if spec_version(data) not in ("3.0", "3.1") or not data.get("paths"):
            continue
        if journal.keys_of(data, "") is None or len(json.dumps(data)) > 60_000:
            continue
        spec = tmp_path / f"{doc_path.stem}.json"
        outcome, builder = _build(spec, data)
        if outcome[0] is None:
            continue
        for edited, key in random_edits(data, rng, _EDITS):
            outcome, next_builder = _build(spec, edited, _kept(builder))
            assert outcome == _scratch(tmp_path, edited, spec.name), (
                doc_path.name,
                key,
            )
            compared += 1
            if next_builder is not None:
                replayed += next_builder.replayed
                builder = next_builder
    assert compared >= 100
    assert replayed >= 100  # and the journals were used, not only rebuilt around


# ---- through the pipeline and the model cache ------------------------------------


def _write(path: Path, data: Any) -> Path:
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return path


def _generated(cache_dir: Path) -> tuple[Path, dict[str, Any], pipeline.Generated]:
    """_spec() written to spec.yaml and generated once: the file, the data to edit, and
    what was generated."""
    spec, data = cache_dir / "spec.yaml", _spec()
    return spec, data, pipeline.generate(_write(spec, data), CONFIG)


def test_generating_an_edit_from_the_journal_writes_what_scratch_writes(
    cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spec, data, _ = _generated(cache_dir)
    data["paths"]["/c"]["get"]["description"] = "edited"
    data["info"]["version"] = "2"
    replays: list[int] = []
    real = pipeline.build_api_and_builder

    def spy(*args: Any, **kwargs: Any) -> Any:
        api, builder = real(*args, **kwargs)
        replays.append(builder.replayed)
        return api, builder

    monkeypatch.setattr(pipeline, "build_api_and_builder", spy)
    incremental = pipeline.generate(_write(spec, data), CONFIG)
    assert replays == [3]
    monkeypatch.setenv("CLIENTGEN_NO_CACHE", "1")
    assert incremental.files == pipeline.generate(spec, CONFIG).files
    assert incremental.warnings == pipeline.generate(spec, CONFIG).warnings


def test_a_spec_of_several_files_keeps_no_journal(cache_dir: Path) -> None:
    data = _spec()
    data["components"]["schemas"]["Pet"] = {"$ref": "pet.yaml"}
    _write(cache_dir / "pet.yaml", {"type": "object", "properties": {"n": {}}})
    spec = _write(cache_dir / "spec.yaml", data)
    pipeline.generate(spec, CONFIG)
    ws = Workspace(spec)
    assert modelcache.latest(ws, CONFIG) is None
    single = _write(cache_dir / "single.yaml", _spec())
    pipeline.generate(single, CONFIG)
    assert modelcache.latest(Workspace(single), CONFIG) is not None


def _starts(cache_dir: Path) -> dict[str, bytes]:
    """The journal starts in the cache (generator.modelcache), by entry name."""
    folder = cache_dir / "cache" / "model-start"
    return {p.name: p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_an_edit_to_the_paths_writes_no_new_start(
    cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spec, data, _ = _generated(cache_dir)
    first = _starts(cache_dir)
    assert len(first) == 1
    written: list[str] = []
    real_put = modelcache.cache.put

    def spy(namespace: str, digest: str, data: Any) -> None:
        written.append(namespace)
        real_put(namespace, digest, data)

    monkeypatch.setattr(modelcache.cache, "put", spy)
    data["paths"]["/c"]["get"]["description"] = "edited"
    edited = pipeline.generate(_write(spec, data), CONFIG)
    assert "model" in written and "model-start" not in written
    assert _starts(cache_dir) == first
    # the entry written after the edit, read back (its classes from the start), gives
    # what a build from scratch gives
    hit = pipeline.generate(spec, CONFIG)
    assert written.count("model") == 1  # the hit stored nothing
    monkeypatch.setenv("CLIENTGEN_NO_CACHE", "1")
    scratch = pipeline.generate(spec, CONFIG)
    assert hit.files == edited.files == scratch.files
    assert hit.api == scratch.api


def test_a_component_edit_writes_a_new_start(cache_dir: Path) -> None:
    spec, data, _ = _generated(cache_dir)
    pet = data["components"]["schemas"]["Pet"]
    pet["properties"]["age"] = {"type": "integer"}
    pipeline.generate(_write(spec, data), CONFIG)
    assert len(_starts(cache_dir)) == 2
    built = modelcache.lookup(Workspace(spec), CONFIG)
    assert built is not None
    pet_model = next(m for m in built.api.models if m.name == "Pet")
    assert [f.py_name for f in pet_model.fields] == ["name", "age"]


def test_an_entry_whose_start_is_gone_or_damaged_is_a_miss(cache_dir: Path) -> None:
    spec = _write(cache_dir / "spec.yaml", _spec())
    first = pipeline.generate(spec, CONFIG)
    (entry,) = (cache_dir / "cache" / "model-start").rglob("*/*")
    ws = Workspace(spec)
    assert modelcache.lookup(ws, CONFIG) is not None
    entry.write_bytes(b"not a pickle")
    assert modelcache.lookup(ws, CONFIG) is None
    assert modelcache.latest(ws, CONFIG) is None
    entry.unlink()
    assert modelcache.lookup(ws, CONFIG) is None
    # generating again builds, and writes the start back
    assert pipeline.generate(spec, CONFIG).files == first.files
    assert entry.is_file()
    assert modelcache.lookup(ws, CONFIG) is not None


@pytest.mark.parametrize("edit", ["a path's description", "a component's property"])
def test_the_surface_lines_of_unchanged_classes_are_taken_as_they_were(
    cache_dir: Path, monkeypatch: pytest.MonkeyPatch, edit: str
) -> None:
    from generator import surface

    spec, data, first = _generated(cache_dir)
    classes = len(first.api.models) + len(first.api.enums)
    made: list[str] = []
    real = surface._model_line

    def spy(fields: list[list[Any]]) -> str:
        made.append(repr(fields))
        return real(fields)

    monkeypatch.setattr(surface, "_model_line", spy)
    if edit == "a path's description":
        data["paths"]["/c"]["get"]["description"] = "edited"
    else:
        pet = data["components"]["schemas"]["Pet"]
        pet["properties"]["age"] = {"type": "integer"}
    edited = pipeline.generate(_write(spec, data), CONFIG)
    if edit == "a path's description":
        # only the class of the rebuilt operation (/c's inline answer) is said again
        assert len(made) == 1 and classes > 1
    else:  # a new start: every class
        assert len(made) == len(edited.api.models)
        assert any("'age'" in line for line in made)
    monkeypatch.setenv("CLIENTGEN_NO_CACHE", "1")
    scratch = pipeline.generate(spec, CONFIG)
    assert (
        edited.files["clientgen-surface.json"]
        == scratch.files["clientgen-surface.json"]
    )
