"""The repairs never crash: the repairable corpus, mutated at random (seeded), is repaired
or left alone, never a traceback; and the original data is never changed."""

from __future__ import annotations

import copy
import random
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator import repairs
from generator.validate import spec_version

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "repairable"
VALUES: list[Any] = [
    None, True, 1, 2.5, "x", "", [], {}, [1], {"a": 1}, "optional", "multi", "form",
    {"$ref": "#/nope"}, "/a?b={b}", {"in": {"x": 1}}, [{"in": "body"}],
]  # fmt: skip
KEYS = ["", "title", "const", "/p?a={a}", "in", "x-y", "required", "style", "type"]


def _containers(node: Any, out: list[Any]) -> list[Any]:
    if isinstance(node, dict):
        out.append(node)
        for v in node.values():
            _containers(v, out)
    elif isinstance(node, list):
        out.append(node)
        for v in node:
            _containers(v, out)
    return out


def _mutate(doc: dict[str, Any], rng: random.Random) -> None:
    for _ in range(rng.randint(1, 4)):
        node = rng.choice(_containers(doc, []))
        if isinstance(node, dict) and node:
            key = rng.choice(list(node))
            roll = rng.random()
            if roll < 0.4:
                node[key] = copy.deepcopy(rng.choice(VALUES))
            elif roll < 0.6 and key not in ("openapi", "swagger"):
                del node[key]
            else:
                node[rng.choice(KEYS)] = copy.deepcopy(rng.choice(VALUES))
        elif isinstance(node, list) and node:
            node[rng.randrange(len(node))] = copy.deepcopy(rng.choice(VALUES))


@pytest.mark.parametrize("seed", range(4))
def test_mutated_documents_never_crash_the_repairs(seed: int) -> None:
    rng = random.Random(seed)
    docs = [
        yaml.safe_load(p.read_text(encoding="utf-8"))
        for p in sorted(FIXTURES.glob("*.yaml"))
    ]
    repaired = 0
    for _ in range(150):
        doc = copy.deepcopy(rng.choice(docs))
        _mutate(doc, rng)
        version = spec_version(doc)
        if version is None:
            continue
        before = copy.deepcopy(doc)
        fixed, done = repairs.repair(doc, version)
        assert doc == before  # the original is never touched
        assert isinstance(fixed, dict)
        assert all(r.pointer == "" or r.pointer.startswith("/") for r in done)
        repaired += bool(done)
    assert repaired > 50  # the fixtures' own problems at least
