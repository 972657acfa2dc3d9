"""Shared helpers for the unit tests: build the typed model from a small inline spec."""

from __future__ import annotations

import copy
import json
import random
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator import render
from generator.build import ClientConfig, build_api
from generator.load import Workspace
from generator.model import Api, EnumDef, ModelDef, Operation, Resource
from generator.problems import Problem, Problems
from generator.validate import validate_workspace

PACKAGE = "petpkg"
CLIENT_CLASS = "PetClient"


@dataclass(frozen=True)
class Built:
    """The model built from one spec, with the warnings the builder reported."""

    api: Api
    warnings: tuple[Problem, ...]

    def op(self, operation_id: str) -> Operation:
        found = [o for o in self.api.operations if o.operation_id == operation_id]
        assert len(found) == 1, (
            f"{operation_id!r} not found once in {[o.operation_id for o in self.api.operations]}"
        )
        return found[0]

    def resource(self, tag: str) -> Resource:
        found = [r for r in self.api.resources if r.tag == tag]
        assert len(found) == 1, (
            f"no resource {tag!r} in {[r.tag for r in self.api.resources]}"
        )
        return found[0]

    def model(self, name: str) -> ModelDef:
        found = [m for m in self.api.models if m.name == name]
        assert len(found) == 1, (
            f"no model {name!r} in {[m.name for m in self.api.models]}"
        )
        return found[0]

    def enum(self, name: str) -> EnumDef:
        found = [e for e in self.api.enums if e.name == name]
        assert len(found) == 1, (
            f"no enum {name!r} in {[e.name for e in self.api.enums]}"
        )
        return found[0]


class SpecBuilder:
    """Writes a spec (a dict; `openapi`, `info` and `paths` are filled in) and builds it.

    The spec is validated first, so every test builds from a document the CLI would accept.
    """

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.count = 0

    def path_for(self, spec: dict[str, Any], version: str = "3.0.3") -> Path:
        document = {
            "openapi": version,
            "info": {"title": "Pet API", "version": "1.0.0"},
            "paths": {},
            **spec,
        }
        self.count += 1
        path = self.directory / f"spec{self.count}.json"
        path.write_text(json.dumps(document, indent=2), encoding="utf-8")
        return path

    def __call__(self, spec: dict[str, Any], version: str = "3.0.3") -> Built:
        return self.build_file(self.path_for(spec, version))

    def build_file(self, path: Path) -> Built:
        ws = Workspace(path, path.name)
        errors = [p.format() for p in validate_workspace(ws) if p.severity == "error"]
        assert not errors, "the test spec itself is invalid:\n" + "\n".join(errors)
        problems = Problems()
        api = build_api(ws, ClientConfig(PACKAGE, CLIENT_CLASS), problems)
        assert not problems.errors, [p.format() for p in problems.errors]
        return Built(api, tuple(problems.warnings))


@pytest.fixture
def build(tmp_path: Path) -> SpecBuilder:
    return SpecBuilder(tmp_path)


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private, empty CLIENTGEN_CACHE (enabled) under tmp_path; returns tmp_path."""
    monkeypatch.setenv("CLIENTGEN_CACHE", str(tmp_path / "cache"))
    monkeypatch.delenv("CLIENTGEN_NO_CACHE", raising=False)
    return tmp_path


@pytest.fixture
def fresh_environments() -> Iterator[None]:
    """Jinja environments made afresh (they hold the bytecode cache of the CLIENTGEN_CACHE
    that was set when they were made)."""
    render.environment.cache_clear()
    yield
    render.environment.cache_clear()


def load_document(path: Path) -> Any:
    """A JSON or YAML document, parsed."""
    text = path.read_text(encoding="utf-8")
    return json.loads(text) if path.suffix == ".json" else yaml.safe_load(text)


def random_edits(
    data: Any, rng: random.Random, edits: tuple[tuple[str, Any], ...], count: int = 4
) -> Iterator[tuple[Any, str]]:
    """`count` edited copies of an OpenAPI document, each with one (key, value) of `edits`
    set on an object chosen at random under `paths` or `components`; and the key set."""
    places = [p for p in _objects(data) if p[:1] in (("paths",), ("components",))]
    for _ in range(count):
        edited = copy.deepcopy(data)
        node = edited
        for token in rng.choice(places):
            node = node[token]
        key, value = rng.choice(edits)
        node[key] = value
        yield edited, key


def _objects(data: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """The path of every object in `data`, in document order."""
    if isinstance(data, dict):
        yield path
        for key, value in data.items():
            yield from _objects(value, (*path, key))
    elif isinstance(data, list):
        for i, value in enumerate(data):
            yield from _objects(value, (*path, i))
