"""The built model is cached per spec: a hit must give exactly what a build gives, and any
change to what the build read (the spec, a referenced file, the configuration, the
generator's code) must be a miss."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import generator.load
import generator.parse
from generator import cache, modelcache, pipeline
from generator.build import ClientConfig

CONFIG = ClientConfig("shop", "Shop", "shop")

SPEC = """\
openapi: 3.1.0
info: {title: Shop, version: "1.0"}
webhooks: {ping: {post: {responses: {"200": {description: ok}}}}}
paths:
  /items/{id}:
    get:
      operationId: getItem
      parameters:
        - {name: id, in: path, required: true, schema: {type: integer}}
        - {name: Accept, in: header, schema: {type: string}}
      responses:
        "200":
          description: An item
          content:
            application/json:
              schema: {$ref: "models.yaml#/Item"}
"""

MODELS = """\
Item:
  type: object
  required: [id]
  properties:
    id: {type: integer}
    name: {type: string, description: The item's name}
"""


@pytest.fixture
def spec(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("CLIENTGEN_CACHE", str(tmp_path / "cache"))
    monkeypatch.delenv("CLIENTGEN_NO_CACHE", raising=False)
    folder = tmp_path / "spec"
    folder.mkdir()
    (folder / "models.yaml").write_text(MODELS, encoding="utf-8")
    path = folder / "shop.yaml"
    path.write_text(SPEC, encoding="utf-8")
    return path


class Builds:
    """Counts the builds that really run."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.count = 0
        real = pipeline.build_api_and_builder

        def counting(*args: Any) -> Any:
            self.count += 1
            return real(*args)

        monkeypatch.setattr(pipeline, "build_api_and_builder", counting)


@pytest.fixture
def builds(monkeypatch: pytest.MonkeyPatch) -> Builds:
    return Builds(monkeypatch)


def _generate(spec: Path, config: ClientConfig = CONFIG) -> pipeline.Generated:
    return pipeline.generate(spec, config, display_name="shop.yaml")


def test_a_hit_gives_what_the_build_gave(spec: Path, builds: Builds) -> None:
    first = _generate(spec)
    second = _generate(spec)
    assert builds.count == 1
    assert second.files == first.files
    assert second.api == first.api
    # the build's warnings come back with the hit, at their places
    assert second.warnings == first.warnings
    messages = [w.message for w in second.warnings]
    assert any("webhooks are not part of a client" in m for m in messages)
    assert any("header parameter 'Accept' is managed" in m for m in messages)
    assert all(w.location.file == "shop.yaml" for w in second.warnings)


def test_a_hit_does_not_even_parse_a_single_file_spec(
    spec: Path, builds: Builds, monkeypatch: pytest.MonkeyPatch
) -> None:
    # (a spec made of several files is parsed: validation's cache key needs every file)
    spec.write_text(
        SPEC.replace('{$ref: "models.yaml#/Item"}', "{type: object}"), encoding="utf-8"
    )
    first = _generate(spec)

    def refuse(*args: object) -> object:
        raise AssertionError("parsed although validation and the build were cached")

    monkeypatch.setattr(generator.parse, "parse_text", refuse)
    assert _generate(spec).files == first.files
    assert builds.count == 1


@pytest.mark.parametrize(
    "edit",
    [
        pytest.param(lambda s: s.replace("An item", "One item"), id="spec text"),
        pytest.param(lambda s: s + "# a comment\n", id="spec comment"),
    ],
)
def test_an_edited_spec_is_a_miss(spec: Path, builds: Builds, edit: Any) -> None:
    _generate(spec)
    spec.write_text(edit(SPEC), encoding="utf-8")
    _generate(spec)
    assert builds.count == 2


def test_an_edited_referenced_file_is_a_miss(spec: Path, builds: Builds) -> None:
    first = _generate(spec)
    (spec.parent / "models.yaml").write_text(
        MODELS.replace("The item's name", "What the item is called"), encoding="utf-8"
    )
    second = _generate(spec)
    assert builds.count == 2
    changed = {p for p in first.files if first.files[p] != second.files.get(p)}
    assert "shop/models/item.py" in changed
    assert "What the item is called" in second.files["shop/models/item.py"]


def test_a_deleted_referenced_file_is_a_miss_and_reported(
    spec: Path, builds: Builds
) -> None:
    _generate(spec)
    (spec.parent / "models.yaml").unlink()
    with pytest.raises(pipeline.SpecError, match=r"models\.yaml"):
        _generate(spec)


def test_another_configuration_is_a_miss(spec: Path, builds: Builds) -> None:
    _generate(spec)
    other = _generate(spec, ClientConfig("store", "Store", "store"))
    assert builds.count == 2
    assert "store/_client.py" in other.files


def test_a_change_to_the_generator_is_a_miss(
    spec: Path, builds: Builds, monkeypatch: pytest.MonkeyPatch
) -> None:
    _generate(spec)
    monkeypatch.setattr(cache, "generator_fingerprint", lambda: "another generator")
    _generate(spec)
    assert builds.count == 2


def test_a_damaged_entry_is_a_miss(spec: Path, builds: Builds, tmp_path: Path) -> None:
    first = _generate(spec)
    entries = list((tmp_path / "cache" / "model").rglob("*"))
    entries = [e for e in entries if e.is_file()]
    assert len(entries) == 1
    entries[0].write_bytes(b"not a pickle")
    assert _generate(spec).files == first.files
    assert builds.count == 2


def test_no_cache_means_no_entry(
    spec: Path, builds: Builds, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CLIENTGEN_NO_CACHE", "1")
    _generate(spec)
    _generate(spec)
    assert builds.count == 2
    assert not (tmp_path / "cache" / "model").exists()


def test_a_failed_build_is_not_cached(spec: Path, builds: Builds) -> None:
    spec.write_text(
        SPEC.replace('"models.yaml#/Item"', '"models.yaml#/Missing"'), encoding="utf-8"
    )
    for _ in range(2):
        with pytest.raises(pipeline.SpecError):
            _generate(spec)
    assert (
        modelcache.lookup(generator.load.Workspace(spec, "shop.yaml"), CONFIG) is None
    )


def test_the_generator_fingerprint_covers_its_subpackages(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An edit to generator/build/*.py (a package of the generator) is a change to the
    generator: entries built by the old code are not served."""
    (tmp_path / "build").mkdir()
    (tmp_path / "cache.py").write_text("# the module\n")
    part = tmp_path / "build" / "schemas.py"
    part.write_text("ANY = 1\n")
    monkeypatch.setattr(cache, "__file__", str(tmp_path / "cache.py"))
    cache.generator_fingerprint.cache_clear()  # once per process, as it runs
    before = cache.generator_fingerprint()
    part.write_text("ANY = 2\n")
    cache.generator_fingerprint.cache_clear()
    try:
        assert cache.generator_fingerprint() != before
    finally:
        cache.generator_fingerprint.cache_clear()
