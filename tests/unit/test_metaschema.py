"""The fast structural check never calls valid what openapi-spec-validator's Python check rejects.

`metaschema.is_valid` lets validation skip the slow Python meta-schema pass: if it ever said
"valid" where `jsonschema` finds an error, a structural problem would go unreported. The
corpus documents, and many broken copies of each, are checked by both.
"""

from __future__ import annotations

import copy
import json
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from jsonschema.validators import validator_for

from generator import metaschema
from generator.validate import spec_version
from tools.corpus import documents, ensure_corpus

# values of every JSON type, and the near-misses validators disagree on most
_REPLACEMENTS: tuple[Any, ...] = (
    1.5,
    1.0,
    -1,
    True,
    None,
    "",
    "x",
    "2xx",
    [],
    {},
    {"$ref": 1},
    [{}],
)


_MUTATE_AT_MOST = 60_000  # characters of JSON


def _python_valid(version: str, data: Any) -> bool:
    schema = metaschema.meta_schema(version)
    assert schema is not None
    return next(iter(validator_for(schema)(schema).iter_errors(data)), None) is None


def _containers(data: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield path
    if isinstance(data, dict):
        for key, value in data.items():
            yield from _containers(value, (*path, key))
    elif isinstance(data, list):
        for i, value in enumerate(data):
            yield from _containers(value, (*path, i))


def _mutations(data: Any, rng: random.Random, count: int) -> Iterator[Any]:
    paths = [p for p in _containers(data) if p]
    for _ in range(count):
        broken = copy.deepcopy(data)
        path = rng.choice(paths)
        parent = broken
        for token in path[:-1]:
            parent = parent[token]
        if isinstance(parent, dict) and rng.random() < 0.3:
            parent[rng.choice(["bogus", "x-ok", "$ref", "type", "in", "200"])] = (
                rng.choice(_REPLACEMENTS)
            )
        elif isinstance(parent, dict) and rng.random() < 0.2:
            del parent[path[-1]]
        else:
            parent[path[-1]] = copy.deepcopy(rng.choice(_REPLACEMENTS))
        yield broken


def _load(path: Path) -> Any:
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".json":
        return json.loads(text)
    return yaml.safe_load(text)


@pytest.fixture(scope="module")
def corpus_documents() -> list[tuple[str, str, Any]]:
    root = ensure_corpus(with_github=False)
    found = []
    for path in documents(root, subset=False, with_github=False):
        data = _load(path)
        version = spec_version(data)
        if version is not None:
            found.append((path.name, version, data))
    assert len(found) > 50
    return found


def test_meta_schemas_load_for_every_version() -> None:
    for version in ("2.0", "3.0", "3.1"):
        schema = metaschema.meta_schema(version)
        assert schema is not None and "$schema" in schema
    assert metaschema.meta_schema("4.0") is None


def test_agrees_on_the_corpus(corpus_documents: list[tuple[str, str, Any]]) -> None:
    fast_valid = 0
    for name, version, data in corpus_documents:
        if metaschema.is_valid(version, data):
            fast_valid += 1
            assert _python_valid(version, data), name
    # the fast path is taken: most corpus documents are valid
    assert fast_valid > len(corpus_documents) // 2


def test_never_valid_where_python_finds_an_error(
    corpus_documents: list[tuple[str, str, Any]],
) -> None:
    rng = random.Random(20261203)
    checked = rejected = 0
    for name, version, data in corpus_documents:
        if len(json.dumps(data, default=str)) > _MUTATE_AT_MOST:
            continue  # the few large documents would take most of the time
        for broken in _mutations(data, rng, 10):
            python_valid = _python_valid(version, broken)
            if metaschema.is_valid(version, broken):
                assert python_valid, (name, version, broken)
            if not python_valid:
                rejected += 1
            checked += 1
    # the mutations do break documents, so the property is exercised
    assert rejected > checked // 4


def test_values_json_cannot_hold_fall_back_to_the_slow_path() -> None:
    import datetime

    doc = {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": datetime.date(2024, 1, 1)},
        "paths": {},
    }
    assert metaschema.is_valid("3.0", doc) is False
