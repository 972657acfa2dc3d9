"""generator.keyword_checks' fast path through pathable's subscript checks: the same
problems as openapi-spec-validator's own walk, and pathable left as it was found."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
from pathable.accessors import SubscriptableAccessor

from generator import keyword_checks
from generator.load import Workspace
from generator.problems import SpecError
from generator.validate import spec_version
from tests.unit._specs import duplicate_parameter_spec

REPO = Path(__file__).resolve().parents[2]
DOCUMENTS = sorted(
    [
        *(REPO / "specs").glob("*.yaml"),
        *(REPO / "tests" / "fixtures").glob("*.yaml"),
        *(REPO / "tests" / "fixtures" / "bad").glob("*.yaml"),
    ]
)


def _keyword_problems(spec: Path) -> list[str]:
    try:
        ws = Workspace(spec, spec.name)
        version = spec_version(ws.root.data)
    except SpecError:
        return ["unreadable"]
    if version is None:
        return ["no version"]
    found = keyword_checks.keyword_problems(ws, ws.root, version)
    return [f"{p.severity} {p.location} {p.message}" for p in found]


@pytest.mark.parametrize("spec", DOCUMENTS, ids=lambda p: p.name)
def test_the_same_problems_as_the_validator_s_own_walk(
    spec: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fast = _keyword_problems(spec)
    monkeypatch.setattr(
        keyword_checks, "_fast_subscript_checks", contextlib.nullcontext
    )
    assert fast == _keyword_problems(spec)


def test_problems_found_by_the_walk_are_the_same_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spec = duplicate_parameter_spec(tmp_path, default=5)  # and a default unlike its type
    fast = _keyword_problems(spec)
    assert any("Duplicate parameter" in p for p in fast)
    assert any("does not match" in p for p in fast)
    monkeypatch.setattr(
        keyword_checks, "_fast_subscript_checks", contextlib.nullcontext
    )
    assert fast == _keyword_problems(spec)


def test_the_fast_path_is_taken_only_during_the_walk() -> None:
    original = SubscriptableAccessor.__dict__["_get_subnode"]
    with keyword_checks._fast_subscript_checks():
        assert SubscriptableAccessor.__dict__["_get_subnode"] is not original
        assert SubscriptableAccessor._get_subnode({"a": 1}, "a") == 1
        with pytest.raises(KeyError):
            SubscriptableAccessor._get_subnode({"a": 1}, "b")
        with pytest.raises(KeyError):
            SubscriptableAccessor._get_subnode([1], "x")
    assert SubscriptableAccessor.__dict__["_get_subnode"] is original
