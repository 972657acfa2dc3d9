"""Formatted modules are reused by what they are rendered from (generator.modulecache).

The cache must never change the output, must re-render exactly the modules an edit reaches
(and a template edit reaches all of that template's modules), and its keys must not depend
on the process (hash randomization changes the order of sets).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

import pytest

from generator import modulecache, pipeline, render
from generator.build import ClientConfig
from generator.render import Rendered

FIXTURE = Path(__file__).parent.parent / "fixtures" / "petstore_basic.yaml"
CONFIG = ClientConfig("petpkg", "PetClient")
ROOT = Path(__file__).resolve().parents[2]


pytestmark = pytest.mark.usefixtures("fresh_environments")


@pytest.fixture
def renders(monkeypatch: pytest.MonkeyPatch) -> list[Rendered]:
    """What each render_modules call rendered, and what it reused."""
    seen: list[Rendered] = []
    real = pipeline.render_modules

    def spy(*args: object, **kwargs: object) -> Rendered:
        result = real(*args, **kwargs)  # type: ignore[arg-type]
        seen.append(result)
        return result

    monkeypatch.setattr(pipeline, "render_modules", spy)
    return seen


def _modules(paths: Iterable[str]) -> set[str]:
    """The modules rendered one model object each, and the index of the models."""
    return {p for p in paths if "/models/" in p or "/resources/" in p} - {
        "petpkg/resources/__init__.py"
    }


def _spec(tmp_path: Path, old: str = "", new: str = "") -> Path:
    text = FIXTURE.read_text(encoding="utf-8")
    if old:
        assert old in text
        text = text.replace(old, new)
    path = tmp_path / "petstore.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def _order_described(tmp_path: Path) -> Path:
    """The spec with one edit that reaches one module: the Order model's."""
    return _spec(
        tmp_path,
        "    Order:\n      type: object\n",
        "    Order:\n      type: object\n      description: An order.\n",
    )


def test_reused_modules_are_byte_identical(
    cache_dir: Path, monkeypatch: pytest.MonkeyPatch, renders: list[Rendered]
) -> None:
    spec = _spec(cache_dir)
    with monkeypatch.context() as m:
        m.setenv("CLIENTGEN_NO_CACHE", "1")
        without = pipeline.generate(spec, CONFIG).files
    first = pipeline.generate(spec, CONFIG).files
    second = pipeline.generate(spec, CONFIG).files
    assert first == without and second == without
    assert len(_modules(renders[1].files)) >= 8  # every module rendered once...
    assert _modules(renders[2].files) == set()  # ...and then reused
    assert _modules(renders[2].formatted) == _modules(renders[1].files)


def test_an_edit_re_renders_only_the_modules_it_reaches(
    cache_dir: Path, renders: list[Rendered]
) -> None:
    pipeline.generate(_spec(cache_dir), CONFIG)
    edited = _order_described(cache_dir)
    files = pipeline.generate(edited, CONFIG).files
    assert _modules(renders[-1].files) == {"petpkg/models/order.py"}
    assert "An order." in files["petpkg/models/order.py"]

    # an enum's description is also the documentation of the fields and parameters
    # typed with it: those modules, and no other (but Order's, whose edit this one
    # undoes: the modules are kept as the package's last render, which had the edit)
    edited = _spec(
        cache_dir,
        "description: Where the pet is in the adoption process.",
        "description: Where the pet is now.",
    )
    pipeline.generate(edited, CONFIG)
    assert _modules(renders[-1].files) == {
        "petpkg/models/order.py",
        "petpkg/models/pet_status.py",
        "petpkg/models/new_pet.py",
        "petpkg/models/pet.py",
        "petpkg/resources/pets.py",
    }


def test_moving_the_spec_file_re_renders_nothing(
    cache_dir: Path, renders: list[Rendered]
) -> None:
    first = pipeline.generate(_spec(cache_dir), CONFIG).files
    moved = cache_dir / "elsewhere" / "renamed.yaml"
    moved.parent.mkdir()
    moved.write_text(FIXTURE.read_text(encoding="utf-8"), encoding="utf-8")
    again = pipeline.generate(moved, CONFIG).files
    assert _modules(renders[-1].files) == set()
    assert _modules(renders[-1].formatted) == _modules(renders[0].files)
    assert again == first  # nothing generated depends on where the spec file is


def test_an_edited_template_re_renders_its_modules(
    cache_dir: Path, renders: list[Rendered]
) -> None:
    templates = cache_dir / "templates"
    shutil.copytree(render.templates_dir(), templates)
    spec = _spec(cache_dir)
    pipeline.generate(spec, CONFIG, templates=templates)
    enum = templates / "package" / "enum.py.j2"
    enum.write_text(
        enum.read_text(encoding="utf-8").replace(
            "Values the spec does not list", "Values not in the spec"
        ),
        encoding="utf-8",
    )
    render.environment.cache_clear()
    files = pipeline.generate(spec, CONFIG, templates=templates).files
    enums = {p for p, text in renders[0].files.items() if "(enum." in text}
    assert len(enums) >= 2  # PetStatus (str) and OrderPriority (int)
    assert _modules(renders[-1].files) == enums
    assert "Values not in the spec" in files["petpkg/models/pet_status.py"]


_KEYS = """
import json, sys
from pathlib import Path
from generator import modulecache, pipeline, render
from generator.build import ClientConfig
from generator.problems import Problems
ws, _ = pipeline.load_and_validate(Path(sys.argv[1]))
api = pipeline._build(ws, ClientConfig("petpkg", "PetClient"), Problems([]))[0].api
keys = {}
real = modulecache.key
def spy(source, context):
    keys[str(context.get("model") or context.get("resource") or context.get("enum"))[:60]] = (
        real(source, context)
    )
    return keys[list(keys)[-1]]
modulecache.key = spy
render.render_modules(api, reuse=True)
print(json.dumps(keys, sort_keys=True))
"""


def _many_refs_spec(tmp_path: Path) -> Path:
    """One model naming many others, directly and through unions (sets of names)."""
    names = [f"Part{c}" for c in "ABCDEFGH"]
    schemas: dict[str, object] = {
        n: {"type": "object", "properties": {"x": {"type": "string"}}} for n in names
    }
    schemas["Holder"] = {
        "type": "object",
        "properties": {
            **{n.lower(): {"$ref": f"#/components/schemas/{n}"} for n in names},
            "either": {"oneOf": [{"$ref": f"#/components/schemas/{n}"} for n in names]},
        },
    }
    spec = {
        "openapi": "3.0.3",
        "info": {"title": "refs", "version": "1"},
        "paths": {
            "/holder": {
                "get": {
                    "operationId": "getHolder",
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {
                                    "schema": {
                                        "oneOf": [
                                            {"$ref": f"#/components/schemas/{n}"}
                                            for n in ["Holder", *names]
                                        ]
                                    }
                                }
                            },
                        }
                    },
                }
            }
        },
        "components": {"schemas": schemas},
    }
    path = tmp_path / "refs.json"
    path.write_text(json.dumps(spec), encoding="utf-8")
    return path


def test_keys_do_not_depend_on_the_process(cache_dir: Path) -> None:
    spec = _many_refs_spec(cache_dir)
    outputs = []
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "CLIENTGEN_NO_CACHE": ""}
        run = subprocess.run(
            [sys.executable, "-c", _KEYS, str(spec)],
            capture_output=True,
            text=True,
            env=env,
            cwd=ROOT,
            check=True,
        )
        outputs.append(json.loads(run.stdout))
    assert len(outputs[0]) >= 8
    assert outputs[0] == outputs[1] == outputs[2]


def test_modules_come_back_from_the_package_pack(
    cache_dir: Path, renders: list[Rendered]
) -> None:
    """The package's modules are kept together (one pack per package and settings): the
    pack gives every module back, and after an edit it holds the edited package."""
    spec = _spec(cache_dir)
    first = pipeline.generate(spec, CONFIG).files
    assert not (cache_dir / "cache" / "module").exists()  # no entry per module
    assert pipeline.generate(spec, CONFIG).files == first
    assert _modules(renders[-1].files) == set()
    assert _modules(renders[-1].formatted) == _modules(renders[0].files)

    edited = _order_described(cache_dir)
    changed = pipeline.generate(edited, CONFIG).files
    assert _modules(renders[-1].files) == {"petpkg/models/order.py"}
    assert pipeline.generate(edited, CONFIG).files == changed
    assert _modules(renders[-1].files) == set()


@pytest.mark.parametrize("damage", [b"", b"\x00" * 20, b"\xff" * 5000])
def test_a_damaged_pack_is_not_used(
    cache_dir: Path, renders: list[Rendered], damage: bytes
) -> None:
    spec = _spec(cache_dir)
    first = pipeline.generate(spec, CONFIG).files
    packs = list((cache_dir / "cache" / "module-pack").glob("*/*"))
    assert len(packs) == 1
    packs[0].write_bytes(damage)
    assert pipeline.generate(spec, CONFIG).files == first
    assert _modules(renders[-1].files) == _modules(renders[0].files)  # rendered again


def test_an_edited_imported_macro_re_renders_the_modules_that_import_it(
    cache_dir: Path, renders: list[Rendered]
) -> None:
    """The key covers the templates a template imports, not only its own file."""
    templates = cache_dir / "templates"
    shutil.copytree(render.templates_dir(), templates)
    macros = templates / "package" / "_macros.j2"
    macros.write_text(
        "{% macro note() %}# first note{% endmacro %}\n", encoding="utf-8"
    )
    enum = templates / "package" / "enum.py.j2"
    enum.write_text(
        '{% import "package/_macros.j2" as m %}'
        + enum.read_text(encoding="utf-8")
        + "{{ m.note() }}\n",
        encoding="utf-8",
    )
    spec = _spec(cache_dir)
    first = pipeline.generate(spec, CONFIG, templates=templates).files
    assert "# first note" in first["petpkg/models/pet_status.py"]
    macros.write_text(
        "{% macro note() %}# second note{% endmacro %}\n", encoding="utf-8"
    )
    render.environment.cache_clear()
    files = pipeline.generate(spec, CONFIG, templates=templates).files
    assert "# second note" in files["petpkg/models/pet_status.py"]
    enums = {p for p, text in renders[0].files.items() if "(enum." in text}
    assert _modules(renders[-1].files) == enums  # only the modules that import it


@pytest.mark.parametrize(
    ("source", "names"),
    [
        (
            "{% import \"package/_m.j2\" as m %}{%- from 'a.j2' import b, c -%}"
            '{% include "i.j2" ignore missing with context %}{% extends "base.j2" %}',
            ["package/_m.j2", "a.j2", "i.j2", "base.j2"],
        ),
        ('{%+ include\n  "multi.j2"\n%}', ["multi.j2"]),
        ("{% for x in y %}{% set from_ = 1 %}{{ import }}{% endfor %}", []),
        ("{% include name %}", None),
        ('{% include ["a.j2", "b.j2"] %}', None),
        ('{% include "a" ~ name %}', None),
        ('{% import "a" + b as m %}', None),
    ],
)
def test_template_references_are_read_from_the_tags(
    source: str, names: list[str] | None
) -> None:
    """Every tag that can name a template is found; one that does not name it by a
    string literal makes the key cover the whole directory (None)."""
    assert modulecache._references(source) == names


@pytest.fixture
def keyed(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many modules were keyed one by one (modulecache.key calls)."""
    calls: list[int] = []
    real = modulecache.key

    def spy(source: str, context: dict[str, object]) -> str | None:
        calls.append(1)
        return real(source, context)

    monkeypatch.setattr(modulecache, "key", spy)
    return calls


def test_a_render_as_the_last_comes_back_whole_without_keying_a_module(
    cache_dir: Path, renders: list[Rendered], keyed: list[int]
) -> None:
    spec = _spec(cache_dir)
    first = pipeline.generate(spec, CONFIG).files
    assert len(keyed) >= 8
    keyed.clear()
    assert pipeline.generate(spec, CONFIG).files == first
    assert keyed == []  # one key for the whole render, none per module
    assert _modules(renders[-1].formatted) == _modules(renders[0].files)


@pytest.mark.parametrize(
    "change",
    ["edit the spec", "edit a template no module imports", "another install path"],
)
def test_anything_that_shapes_the_modules_keys_them_one_by_one_again(
    cache_dir: Path, renders: list[Rendered], keyed: list[int], change: str
) -> None:
    templates = cache_dir / "templates"
    shutil.copytree(render.templates_dir(), templates)
    spec = _spec(cache_dir)
    first = pipeline.generate(spec, CONFIG, templates=templates).files
    keyed.clear()
    install = None
    if change == "edit the spec":
        spec = _order_described(cache_dir)
    elif change == "edit a template no module imports":
        readme = templates / "package" / "README.md.j2"
        readme.write_text(readme.read_text(encoding="utf-8") + "\nMore.\n", "utf-8")
        render.environment.cache_clear()
    else:
        install = "./elsewhere/petpkg"
    files = pipeline.generate(spec, CONFIG, templates=templates, install=install).files
    assert len(keyed) >= 8  # the whole render's key missed: each module is keyed
    changed = {p for p in first if files.get(p) != first[p]}
    expected = {
        "edit the spec": {"petpkg/models/order.py"},
        "edit a template no module imports": {"README.md"},
        "another install path": {"README.md"},
    }[change]
    assert _modules(changed) | ({"README.md"} & changed) >= expected


def _field(type_name: str, description: str = "") -> object:
    from generator.model import Field, TypeRef

    inner = TypeRef("list", args=(TypeRef("model", type_name),))
    return Field("pets", "pets", inner, True, description)


def test_a_key_is_the_values_however_the_objects_were_made() -> None:
    """Equal values, equal keys: objects made apart, a spelling already computed on one
    of them (TypeRef's cached annotation), shared or separate sub-objects."""
    first, second = _field("Pet"), _field("Pet")
    _ = first.type.annotation  # type: ignore[attr-defined]
    assert "annotation" in first.type.__dict__  # type: ignore[attr-defined]
    assert modulecache.key("t", {"f": first}) == modulecache.key("t", {"f": second})
    shared = _field("Pet")
    assert modulecache.key("t", {"f": (shared, shared)}) == modulecache.key(
        "t", {"f": (_field("Pet"), _field("Pet"))}
    )


def test_a_key_changes_with_any_value_at_any_depth() -> None:
    base = modulecache.key("t", {"f": _field("Pet")})
    assert modulecache.key("t", {"f": _field("Dog")}) != base  # a nested TypeRef
    assert modulecache.key("t", {"f": _field("Pet", "the pets")}) != base  # a field
    assert modulecache.key("u", {"f": _field("Pet")}) != base  # the template
    assert modulecache.key("t", {"g": _field("Pet")}) != base  # the context's shape


@pytest.fixture
def digested(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """The classes pickled for their digest (modulecache.Values)."""
    calls: list[object] = []
    real = modulecache._value_digest

    def spy(value: object) -> str | None:
        calls.append(value)
        return real(value)

    monkeypatch.setattr(modulecache, "_value_digest", spy)
    return calls


def test_after_an_edit_to_the_paths_no_class_of_the_components_is_pickled_again(
    cache_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    renders: list[Rendered],
    digested: list[object],
) -> None:
    pipeline.generate(_spec(cache_dir), CONFIG)
    api = pipeline.generate(_spec(cache_dir), CONFIG).api
    assert len(digested) == len(api.models) + len(api.enums)  # each once, the first time
    digested.clear()
    edited = _spec(cache_dir, "summary: List pets", "summary: List the pets")
    files = pipeline.generate(edited, CONFIG).files
    assert digested == []  # every class is the journal's: its digest was kept by token
    assert _modules(renders[-1].files) == {"petpkg/resources/pets.py"}
    monkeypatch.setenv("CLIENTGEN_NO_CACHE", "1")
    assert files == pipeline.generate(edited, CONFIG).files


def test_a_digest_is_found_by_token_only_for_that_very_object(
    cache_dir: Path, digested: list[object]
) -> None:
    from generator.model import EnumDef, EnumMember

    def enum(value: str) -> EnumDef:
        return EnumDef("Color", "color", "str", (EnumMember("RED", value),))

    red = enum("red")
    values = modulecache.Values({id(red): (red, "start:Color")})
    first = values.of(red, lambda: red)
    assert first is not None and values.kept == {"start:Color": first.value}
    modulecache.save_pack("p", {}, values=values.kept)
    modulecache.open_pack("p")
    try:
        digested.clear()
        again = modulecache.Values({id(red): (red, "start:Color")})
        assert again.of(red, lambda: red) == first and digested == []  # by its token
        # an equal object, or another one under the same id, is pickled
        other = enum("crimson")
        assert again.of(other, lambda: other) != first and digested == [other]
        equal = enum("red")
        assert again.of(equal, lambda: equal) == first and len(digested) == 2
    finally:
        modulecache.close_pack()


def test_a_keyer_gives_the_key_of_all_its_parts() -> None:
    from generator import cache

    first = cache.keyer("module", b"\x00bytes")
    assert first("x", "y") == cache.key("module", b"\x00bytes", "x", "y")
    assert first("x", "y") != first("xy")  # parts are delimited by their lengths
    assert first() == cache.key("module", b"\x00bytes")
    assert first("x") == first("x")  # the first parts' hash is copied, not consumed
