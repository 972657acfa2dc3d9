"""The bundled templates compiled ahead of time (generator.precompiled): used only when they
are exactly what the templates compile to, and then the output is the same."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import jinja2
import pytest

from generator import pipeline, precompiled
from generator.build import ClientConfig
from generator.model import EnumDef
from generator.templating import environment, templates_dir

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "fixtures" / "petstore_basic.yaml"

pytestmark = pytest.mark.usefixtures("fresh_environments")


def _names(env: jinja2.Environment) -> list[str]:
    return env.list_templates(filter_func=precompiled.is_template)


def _source(env: jinja2.Environment, name: str) -> str:
    assert env.loader is not None
    return env.loader.get_source(env, name)[0]


@pytest.fixture
def no_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    """No bytecode cache: a template is either precompiled or compiled now."""
    monkeypatch.setenv("CLIENTGEN_NO_CACHE", "1")


def test_the_checkouts_store_has_every_bundled_template(no_cache: None) -> None:
    """`make setup` wrote generator/_compiled/ from these templates with this Jinja."""
    env = environment(templates_dir().resolve())
    names = _names(env)
    assert len(names) >= 10
    stale = [n for n in names if precompiled.code_for(env, n, _source(env, n)) is None]
    assert not stale, f"not precompiled (run `make setup`): {stale}"


def test_bundled_templates_load_without_being_compiled(
    no_cache: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    env = environment(templates_dir().resolve())

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("compiled at run time")

    monkeypatch.setattr(env, "compile", refuse)
    for name in _names(env):
        template = env.get_template(name)
        assert template.filename == str(templates_dir().resolve() / name)


def test_a_package_is_the_same_from_precompiled_or_compiled_templates(
    tmp_path: Path, no_cache: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = ClientConfig("petpkg", "PetClient")
    loaded = pipeline.generate(FIXTURE, config).files
    compiled: list[str] = []
    real = jinja2.Environment.compile

    def counting(self: jinja2.Environment, source: str, name: str | None = None, *a: object, **k: object) -> object:  # fmt: skip
        compiled.append(str(name))
        return real(self, source, name, *a, **k)  # type: ignore[call-overload]

    monkeypatch.setattr(precompiled, "STORE", tmp_path / "empty")
    monkeypatch.setattr(jinja2.Environment, "compile", counting)
    environment.cache_clear()
    assert pipeline.generate(FIXTURE, config).files == loaded
    assert "package/resource.py.j2" in compiled  # this time from the sources


def test_an_edited_template_is_compiled_from_its_source(
    tmp_path: Path, no_cache: None
) -> None:
    folder = tmp_path / "templates"
    shutil.copytree(templates_dir(), folder)
    enum = folder / "package" / "enum.py.j2"
    enum.write_text("# edited\n" + enum.read_text(encoding="utf-8"), encoding="utf-8")
    env = environment(folder.resolve())
    name = "package/enum.py.j2"
    assert precompiled.code_for(env, name, _source(env, name)) is None
    other = "package/model.py.j2"  # unchanged: still precompiled
    assert precompiled.code_for(env, other, _source(env, other)) is not None
    color = EnumDef("Color", "color", "str", ())
    assert env.get_template(name).render(enum=color).startswith("# edited\n")


def test_a_store_of_another_jinja_version_is_not_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_cache: None
) -> None:
    store = tmp_path / "store"
    assert precompiled.write(templates_dir(), store) >= 10
    env = environment(templates_dir().resolve())
    name = "package/resource.py.j2"
    assert precompiled.code_for(env, name, _source(env, name), store) is not None
    monkeypatch.setattr(jinja2, "__version__", "0.0.1")
    precompiled._index.cache_clear()
    assert precompiled.code_for(env, name, _source(env, name), store) is None
    precompiled._index.cache_clear()


def test_an_error_in_a_precompiled_template_names_the_template_file(
    no_cache: None,
) -> None:
    env = environment(templates_dir().resolve())
    name = "package/enum.py.j2"
    assert precompiled.code_for(env, name, _source(env, name)) is not None
    with pytest.raises(jinja2.UndefinedError) as raised:
        env.get_template(name).render({})
    where, line = pipeline._template_frame(raised.value)
    assert where == str(templates_dir().resolve() / name)
    assert isinstance(line, int) and line >= 1


def test_the_wheel_carries_the_compiled_templates(tmp_path: Path) -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    (wheel,) = tmp_path.glob("clientgen-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        index = json.loads(archive.read("generator/_compiled/index.json"))
    assert index["jinja"] == jinja2.__version__
    env = environment(templates_dir().resolve())
    for name in _names(env):
        entry = index["templates"][name]
        assert f"generator/_compiled/{entry['module']}.py" in names
        assert f"generator/_templates/{name}" in names
