"""A large package is rendered by two processes, each a share: the result must not change."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from bench.synth import scaling_spec
from generator import modelcache, pipeline
from generator.build import ClientConfig
from generator.format import FormatError
from generator.load import Workspace
from generator.model import Api
from generator.problems import SpecError
from generator.render import render_package

from .conftest import SpecBuilder


def _spec(tmp_path: Path, operations: int) -> Path:
    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps(scaling_spec(operations)), encoding="utf-8")
    return spec


@pytest.fixture
def job(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, ClientConfig]:
    """A synthetic spec big enough (with a lowered threshold) for the helper process."""
    monkeypatch.setenv("CLIENTGEN_NO_CACHE", "1")
    monkeypatch.setattr(pipeline, "_PARALLEL_MIN_MODULES", 20)
    return _spec(tmp_path, 80), ClientConfig("synth", "Synth", "synth")


def test_shares_are_disjoint_and_cover_the_package(
    tmp_path: Path, build: SpecBuilder
) -> None:
    api = build.build_file(_spec(tmp_path, 80)).api
    whole = render_package(api, version="1.0.0")
    first = render_package(api, version="1.0.0", part=(0, 2))
    second = render_package(api, version="1.0.0", part=(1, 2))
    assert not set(first) & set(second)
    assert {**first, **second} == whole
    # the package-wide files are rendered once, in the first share; the models index
    # (large: black's tree of it is the largest) in the last, which holds no other
    assert f"{api.package}/_client.py" in first
    assert f"{api.package}/models/__init__.py" in second
    assert any("/models/" in p for p in second)
    assert any("/resources/" in p for p in second)


@pytest.mark.skipif(os.name != "posix", reason="the helper process needs fork")
def test_two_processes_write_what_one_writes(
    job: tuple[Path, ClientConfig], monkeypatch: pytest.MonkeyPatch
) -> None:
    spec, config = job
    started: list[bool] = []
    real = pipeline._start_helper

    def spy(*args: object) -> object:
        helper = real(*args)  # type: ignore[arg-type]
        started.append(helper is not None)
        return helper

    monkeypatch.setattr(pipeline, "_start_helper", spy)
    serial = pipeline.generate(spec, config, workers=1)
    parallel = pipeline.generate(spec, config, workers=2)
    assert started == [True] or os.uname().sysname != "Linux"
    assert parallel.files == serial.files


def _die(*args: object) -> dict[str, str]:
    os._exit(9)  # as if killed (OOM killer, signal)


def test_a_dead_helper_is_replaced_by_rendering_here(
    job: tuple[Path, ClientConfig], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pipeline, "_helper_share", _die)
    spec, config = job
    parallel = pipeline.generate(spec, config, workers=2)
    serial = pipeline.generate(spec, config, workers=1)
    assert parallel.files == serial.files


def test_a_problem_in_the_helpers_share_is_reported_with_its_location(
    job: tuple[Path, ClientConfig], monkeypatch: pytest.MonkeyPatch
) -> None:
    spec, config = job
    share_two = render_package(
        build_api_for(spec, config), version="1.0.0", part=(1, 2)
    )
    victim = sorted(p for p in share_two if "/models/" in p)[0]
    real = pipeline.format_files

    def failing(files: dict[str, str], workers: int = 1) -> dict[str, str]:
        if victim in files:  # only in the helper's share
            raise FormatError(victim, "cannot parse: 1:2: boom")
        return real(files, workers=workers)

    monkeypatch.setattr(pipeline, "format_files", failing)
    with pytest.raises(SpecError) as caught:
        pipeline.generate(spec, config, workers=2)
    assert caught.value.problems[0].location.file == victim
    assert "boom" in str(caught.value)


def build_api_for(spec: Path, config: ClientConfig) -> Api:
    from generator.build import build_api
    from generator.load import Workspace
    from generator.problems import Problems

    return build_api(Workspace(spec, spec.name), config, Problems())


def test_spec_errors_survive_a_process_boundary() -> None:
    import pickle

    from generator.problems import Location, Problem

    error = SpecError([Problem(Location("x.py", 3, 4, "/a"), "black could not format")])
    again = pickle.loads(pickle.dumps(error))
    assert isinstance(again, SpecError)
    assert again.problems == error.problems
    assert str(again) == str(error)


@pytest.mark.parametrize("workers", [1, 2])
def test_a_large_build_is_cached_by_a_forked_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, workers: int
) -> None:
    """With two workers, a large build's cache entry is written by a forked process
    while this one renders; either way the entry is there once generate returns, and a
    second run takes the model from it."""
    monkeypatch.setenv("CLIENTGEN_CACHE", str(tmp_path / "cache"))
    monkeypatch.delenv("CLIENTGEN_NO_CACHE", raising=False)
    spec = _spec(tmp_path, 400)
    config = ClientConfig("synth", "Synth", "synth")
    started: list[object] = []
    real = pipeline._store_in_background

    def spy(*args: Any) -> Any:
        storing = real(*args)
        started.append(storing)
        return storing

    monkeypatch.setattr(pipeline, "_store_in_background", spy)
    first = pipeline.generate(spec, config, workers=workers)
    if workers == 1:
        assert started == []
    else:
        assert len(started) == 1 and started[0] is not None
        assert started[0].future.done()  # type: ignore[attr-defined]
    cached = modelcache.lookup(Workspace(spec, str(spec)), config)
    assert cached is not None
    assert cached.api == first.api

    def no_build(*args: object) -> object:
        raise AssertionError("built again")

    monkeypatch.setattr(pipeline, "_build", no_build)
    assert pipeline.generate(spec, config, workers=workers).files == first.files
