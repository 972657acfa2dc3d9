"""With several workers, openapi-spec-validator's keyword checks run in a forked helper while
the model is built and rendered; the outcome must be exactly that of validating first."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import pytest

from generator import pipeline
from generator.build import ClientConfig
from generator.problems import SpecError
from tests.unit._specs import duplicate_parameter_spec, pet_spec

CONFIG = ClientConfig("petpkg", "PetClient")

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="the helper forks")


@pytest.fixture(autouse=True)
def no_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLIENTGEN_NO_CACHE", "1")


@pytest.fixture
def helpers(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Each helper started (so a test can tell the parallel path was taken)."""
    started: list[object] = []
    real = pipeline._start_validation

    def spy(pending: Any) -> Any:
        helper = real(pending)
        started.append(helper)
        return helper

    monkeypatch.setattr(pipeline, "_start_validation", spy)
    return started


def test_same_files_and_warnings_as_validating_first(
    tmp_path: Path, helpers: list[object]
) -> None:
    spec = pet_spec(tmp_path, default=5)  # a default that does not match: a warning
    first = pipeline.generate(spec, CONFIG, workers=1)
    assert helpers == []
    parallel = pipeline.generate(spec, CONFIG, workers=2)
    assert helpers and helpers[0] is not None
    assert parallel.files == first.files
    assert [str(w) for w in parallel.warnings] == [str(w) for w in first.warnings]
    assert any("does not match its schema" in str(w) for w in parallel.warnings)


def test_an_error_found_by_the_helper_stops_generation(
    tmp_path: Path, helpers: list[object]
) -> None:
    spec = duplicate_parameter_spec(tmp_path)
    with pytest.raises(SpecError) as inline:
        pipeline.generate(spec, CONFIG, workers=1)
    with pytest.raises(SpecError) as parallel:
        pipeline.generate(spec, CONFIG, workers=2)
    assert helpers and helpers[0] is not None
    assert [str(p) for p in parallel.value.problems] == [
        str(p) for p in inline.value.problems
    ]
    assert any("Duplicate parameter" in str(p) for p in parallel.value.problems)


def test_validation_wins_over_a_build_failure(
    tmp_path: Path, helpers: list[object], monkeypatch: pytest.MonkeyPatch
) -> None:
    spec = duplicate_parameter_spec(tmp_path)

    def broken(*args: object) -> object:
        raise RuntimeError("the build cannot cope with this document")

    monkeypatch.setattr(pipeline, "_built", broken)
    with pytest.raises(SpecError) as raised:
        pipeline.generate(spec, CONFIG, workers=2)
    assert any("Duplicate parameter" in str(p) for p in raised.value.problems)

    # and a valid document's build failure is not hidden
    with pytest.raises(RuntimeError, match="cannot cope"):
        pipeline.generate(pet_spec(tmp_path), CONFIG, workers=2)


def _die(*args: object) -> None:
    os._exit(3)  # as if killed (out of memory, say)


def test_a_helper_that_dies_is_replaced_by_validating_here(
    tmp_path: Path, helpers: list[object], monkeypatch: pytest.MonkeyPatch
) -> None:
    spec = pet_spec(tmp_path, default=5)
    expected = pipeline.generate(spec, CONFIG, workers=1)
    monkeypatch.setattr(pipeline, "_finish_pending", _die)
    result = pipeline.generate(spec, CONFIG, workers=2)
    assert helpers and helpers[0] is not None
    assert result.files == expected.files
    assert [str(w) for w in result.warnings] == [str(w) for w in expected.warnings]
