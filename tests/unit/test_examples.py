"""The examples a package shows: data from generator/examples.py, Python text from the
macros of templates/package/_examples.j2 (literals through the `py` filter)."""

from __future__ import annotations

import ast
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import jinja2
import pytest

from generator import examples, render
from generator.examples import Call, Value

from .conftest import SpecBuilder

FIXTURES = Path(__file__).parent.parent / "fixtures"


def _macros() -> Any:
    env = render.environment(render.templates_dir())
    return env.get_template("package/_examples.j2").module


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (Value("literal", "it's \"quoted\"\n"), repr("it's \"quoted\"\n")),
        (Value("literal", "..."), '"..."'),
        (Value("literal", b"..."), 'b"..."'),
        (Value("literal", None), "None"),
        (Value("literal", 1.0), "1.0"),
        (Value("source", "'as written'"), "'as written'"),
        (Value("list"), "[]"),
        (Value("dict"), "{}"),
        (Value("started", "task_id"), "started.task_id"),
        (Value("date", 3), "datetime.date(2025, 1, 3)"),
        (
            Value("model", "Pet", (("name", Value("literal", "x")),
                                   ("tag", Value("model", "Tag")))),
            'Pet(name="x", tag=Tag())',
        ),
    ],
)  # fmt: skip
def test_each_kind_of_value_is_written_as_python(value: Value, text: str) -> None:
    written = str(_macros().value(value))
    assert written == text
    ast.parse(written, mode="eval")


def test_an_unknown_kind_of_value_is_an_error_not_a_blank() -> None:
    with pytest.raises(jinja2.UndefinedError):
        str(_macros().value(Value("nonsense", 1)))


def test_extra_arguments_follow_the_call_s_own_with_one_comma() -> None:
    call = Call("pets", "get", (("pet_id", Value("literal", 1)),))
    macros = _macros()
    assert (
        str(macros.call(call, "c", ["timeout=1"])) == "c.pets.get(pet_id=1, timeout=1)"
    )
    bare = Call("pets", "list")
    assert str(macros.call(bare, "c", ["timeout=1"])) == "c.pets.list(timeout=1)"
    assert str(macros.call(bare)) == "client.pets.list()"


def test_the_shown_call_is_data_from_the_model(build: SpecBuilder) -> None:
    api = build.build_file(FIXTURES / "petstore_basic.yaml").api
    shown = examples.of(api)
    assert shown.call is not None
    op = next(
        op
        for r in api.resources
        for op in r.operations
        if r.attr == shown.call.resource and op.method_name == shown.call.method
    )
    assert op.http_method == "GET"  # a GET is shown when there is one
    required = [a.py_name for a in op.arguments if a.required]
    assert [name for name, _ in shown.call.args] == required
    assert all(isinstance(value, Value) for _, value in shown.call.args)


def test_a_call_through_a_wrapper_names_it_before_the_method() -> None:
    macros = _macros()
    call = Call("pets", "get", (("pet_id", Value("literal", 1)),))
    shown = SimpleNamespace(call=call)
    assert str(macros.raw_call(shown)) == "client.pets.with_raw_response.get(pet_id=1)"
    assert (
        str(macros.streamed(shown))
        == "client.pets.with_streaming_response.get(pet_id=1)"
    )
    none = SimpleNamespace(call=None)  # the API declares no operation
    assert str(macros.raw_call(none)) == "client...."
    assert str(macros.streamed(none)) == "client...."


def test_the_model_imports_end_with_a_blank_line_only_when_asked() -> None:
    macros = _macros()
    api = SimpleNamespace(package="pkg")
    named = SimpleNamespace(models=("Pet", "Tag"))
    line = "from pkg.models import Pet, Tag\n"
    assert str(macros.imports(api, named)) == line
    assert str(macros.imports(api, named, blank=True)) == line + "\n"
    assert str(macros.imports(api, SimpleNamespace(models=()), blank=True)) == ""
