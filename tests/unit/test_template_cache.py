"""Compiled templates are kept in the cache across runs; they must never change the output,
and an edited template must be compiled afresh."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from generator import render
from generator.model import Api

from .conftest import SpecBuilder

FIXTURE = Path(__file__).parent.parent / "fixtures" / "petstore_basic.yaml"


pytestmark = pytest.mark.usefixtures("fresh_environments")


@pytest.fixture
def api(build: SpecBuilder) -> Api:
    return build.build_file(FIXTURE).api


def _compiled(cache_dir: Path) -> list[Path]:
    return sorted((cache_dir / "jinja").rglob("*.cache"))


def _own_templates(tmp_path: Path) -> Path:
    """A copy of the templates as a project of its own would have them: each differs from
    the bundled one (by a comment), so none is taken from generator.precompiled."""
    templates = tmp_path / "templates"
    shutil.copytree(render.templates_dir(), templates)
    for path in templates.rglob("*.j2"):
        text = path.read_text(encoding="utf-8")
        path.write_text("{# a project's own #}" + text, encoding="utf-8")
    return templates


def test_compiled_templates_are_kept_and_change_nothing(
    api: Api, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    templates = _own_templates(tmp_path)
    monkeypatch.setenv("CLIENTGEN_NO_CACHE", "1")
    without = render.render_package(api, templates, version="1.0.0")
    assert without == render.render_package(api, version="1.0.0")  # only comments
    render.environment.cache_clear()

    monkeypatch.delenv("CLIENTGEN_NO_CACHE")
    monkeypatch.setenv("CLIENTGEN_CACHE", str(tmp_path / "cache"))
    first = render.render_package(api, templates, version="1.0.0")
    kept = _compiled(tmp_path / "cache")
    assert len(kept) >= 5  # client, resource, model, enum, __init__, ...
    render.environment.cache_clear()
    second = render.render_package(api, templates, version="1.0.0")  # kept bytecode
    assert first == without
    assert second == without


def test_bundled_templates_are_not_compiled_into_the_cache(
    api: Api, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """They come compiled ahead of time (generator.precompiled)."""
    monkeypatch.setenv("CLIENTGEN_CACHE", str(tmp_path / "cache"))
    render.render_package(api, version="1.0.0")
    assert _compiled(tmp_path / "cache") == []


def _before_and_after_edit(
    api: Api,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    template: str,
    edit: Callable[[str], str],
) -> tuple[dict[str, str], dict[str, str]]:
    """The package rendered with the compiled-template cache on, from a copy of the
    templates, before and after `edit` changes the text of `template` in it."""
    monkeypatch.delenv("CLIENTGEN_NO_CACHE", raising=False)
    monkeypatch.setenv("CLIENTGEN_CACHE", str(tmp_path / "cache"))
    templates = tmp_path / "templates"
    shutil.copytree(render.templates_dir(), templates)
    before = render.render_package(api, templates, version="1.0.0")
    source = templates / template
    text = source.read_text(encoding="utf-8")
    assert edit(text) != text
    source.write_text(edit(text), encoding="utf-8")
    render.environment.cache_clear()
    return before, render.render_package(api, templates, version="1.0.0")


def test_an_edited_template_is_compiled_afresh(
    api: Api, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before, after = _before_and_after_edit(
        api,
        tmp_path,
        monkeypatch,
        "package/README.md.j2",
        lambda text: text + "\nEdited template.\n",
    )
    assert "Edited template." not in before["README.md"]
    assert "Edited template." in after["README.md"]
    assert {p for p in before if before[p] != after[p]} == {"README.md"}


def test_no_cache_means_nothing_kept(
    api: Api, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CLIENTGEN_NO_CACHE", "1")
    monkeypatch.setenv("CLIENTGEN_CACHE", str(tmp_path / "cache"))
    render.render_package(api, version="1.0.0")
    assert _compiled(tmp_path / "cache") == []


def test_an_edited_example_macro_changes_the_readme_and_testing_py(
    api: Api, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The examples' Python text lives in an imported macro file (package/_examples.j2):
    editing it shows on the next run, in both files that import it, and nowhere else."""
    before, after = _before_and_after_edit(
        api,
        tmp_path,
        monkeypatch,
        "package/_examples.j2",
        lambda text: text.replace("http_client=fake.http_client()", "http_client=ed()"),
    )
    changed = {p for p in before if before[p] != after[p]}
    assert changed == {"README.md", f"{api.package}/testing.py"}
    for path in changed:
        assert "http_client=fake.http_client()" in before[path]
        assert "http_client=fake.http_client()" not in after[path]
        assert "http_client=ed()" in after[path]
