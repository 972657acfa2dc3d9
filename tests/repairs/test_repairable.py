"""The repairable corpus (tests/fixtures/repairable): one invalid document per repair class.

Each generates a complete client (every operation, every module imports, `mypy --strict`
clean: one mypy run for all) with exactly the located warnings listed here; strict
generation and `clientgen validate` refuse each with exit 2, as before repairs existed.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.build import ClientConfig
from generator.cli import main
from generator.pipeline import Generated, generate
from generator.problems import SpecError
from generator.write import write_package

REPO = Path(__file__).resolve().parents[2]
FIXTURES = REPO / "tests" / "fixtures" / "repairable"

# fixture -> the warnings generation prints: (pointer, fragment of the message, line)
EXPECTED: dict[str, list[tuple[str, str, int]]] = {
    "undeclared_path_param.yaml": [
        (
            "/paths/~1todos~1{todoId}/get",
            "path parameter 'todoId' of '/todos/{todoId}' is not declared for GET; "
            "assumed: a required string path parameter 'todoId'",
            7,
        )
    ],
    "operation_title.yaml": [
        (
            "/paths/~1pets/get/title",
            "'title' is not a field of this object in OpenAPI 3.0; assumed: ignored",
            9,
        )
    ],
    "xml_example.yaml": [
        (
            "/components/schemas/Pet/properties/name/xml/example",
            "'example' is not a field of this object in OpenAPI 3.0; assumed: ignored",
            25,
        )
    ],
    "server_variable_integer.yaml": [
        (
            "/servers/0/variables/port/enum",
            "the values must be strings, not 443, 8443; assumed: their strings",
            9,
        ),
        (
            "/servers/0/variables/port/default",
            "443 is not of type 'string'; assumed: the string '443'",
            12,
        ),
    ],
    "required_not_boolean.yaml": [
        (
            "/paths/~1pets/get/parameters/0/required",
            'required must be true or false, not "optional"; assumed: required: false',
            12,
        )
    ],
    "const_in_30.yaml": [
        (
            "/components/schemas/Pet/properties/kind/const",
            'const is not an OpenAPI 3.0 keyword; assumed: enum: ["pet"]',
            23,
        )
    ],
    "pattern_properties_30.yaml": [
        (
            "/components/schemas/Labels/patternProperties",
            "patternProperties is not an OpenAPI 3.0 keyword; assumed: "
            'additionalProperties: the union of its schemas ({"type": "string"})',
            20,
        )
    ],
    "header_style_form.yaml": [
        (
            "/paths/~1pets/get/parameters/0/style",
            "style 'form' is not allowed for a parameter in header (allowed: 'simple'); "
            "assumed: style: simple",
            12,
        )
    ],
    "query_string_in_path.yaml": [
        (
            "/paths/~1rides?page={page}&per_page={per_page}",
            "holds a query string; assumed: the path '/rides' with optional string "
            "query parameters 'page', 'per_page'",
            6,
        )
    ],
    "empty_key.yaml": [
        ("/paths/~1pets/", "an entry has an empty key; assumed: skipped", 7)
    ],
    "swagger2_header_multi.yaml": [
        (
            "/paths/~1pets/get/parameters/0/collectionFormat",
            "collectionFormat 'multi' is only for parameters in query or formData "
            "(this one is in: header); assumed: collectionFormat: csv",
            15,
        )
    ],
    "swagger2_required_string.yaml": [
        (
            "/paths/~1pets/get/parameters/0/required",
            'required must be true or false, not "false"; assumed: required: false',
            13,
        )
    ],
    "response_without_description.yaml": [
        (
            "/paths/~1pets/get/responses/200",
            "a response has no description; assumed: description: ''",
            10,
        )
    ],
    "exclusive_minimum_number_30.yaml": [
        (
            "/paths/~1pets/get/parameters/0/schema/exclusiveMinimum",
            "exclusiveMinimum is a boolean in OpenAPI 3.0 (a number is the 3.1 "
            "spelling); assumed: minimum: 0, exclusiveMinimum: true",
            14,
        )
    ],
    "exclusive_minimum_boolean_31.yaml": [
        (
            "/paths/~1pets/get/parameters/0/schema/exclusiveMinimum",
            "exclusiveMinimum is a number in OpenAPI 3.1 (a boolean is the 3.0 "
            "spelling); assumed: exclusiveMinimum: 0 (minimum dropped)",
            15,
        )
    ],
    "path_without_slash.yaml": [
        (
            "/paths/pets~1{petId}",
            "the path 'pets/{petId}' does not start with '/'; assumed: '/pets/{petId}'",
            6,
        )
    ],
    "response_code_with_reason.yaml": [
        (
            "/paths/~1pets/get/responses/200 OK",
            "'200 OK' is not a response status code; assumed: the status '200'",
            10,
        )
    ],
    "type_alias.yaml": [
        (
            "/definitions/Pet/properties/id/type",
            "'long' is not a type in Swagger 2.0; assumed: type: integer, format: int64",
            19,
        ),
        (
            "/definitions/Pet/properties/name/type",
            "'String' is not a type in Swagger 2.0; assumed: type: string",
            21,
        ),
    ],
    "type_list_30.yaml": [
        (
            "/components/schemas/Pet/properties/nickname/type",
            "a list of types is the 3.1 spelling, not OpenAPI 3.0's; "
            "assumed: type: string, nullable: true",
            22,
        )
    ],
    "single_value_for_list.yaml": [
        (
            "/paths/~1pets/get/tags",
            'a list is expected, not the single value "pets"; '
            'assumed: the list ["pets"]',
            9,
        )
    ],
    "parameter_without_schema_30.yaml": [
        (
            "/paths/~1pets/get/parameters/0",
            "a Swagger 2.0-style parameter: 'type', 'format' belong in its schema in "
            'OpenAPI 3; assumed: schema: {"format": "int32", "type": "integer"}',
            10,
        )
    ],
    "body_parameter_in_30.yaml": [
        (
            "/paths/~1pets/post/parameters/0",
            "in: body is Swagger 2.0; OpenAPI 3 has a requestBody; "
            "assumed: a requestBody of application/json",
            10,
        )
    ],
    "form_data_parameters_in_30.yaml": [
        (
            "/paths/~1pets~1{petId}~1photo/post/parameters/1",
            "in: formData is Swagger 2.0; OpenAPI 3 has a requestBody; "
            "assumed: a requestBody of multipart/form-data",
            15,
        )
    ],
    "parameter_without_type.yaml": [
        (
            "/paths/~1pets/get/parameters/0",
            "a parameter has neither schema nor content; "
            "assumed: schema: {type: string}",
            10,
        )
    ],
    "swagger2_parameter_without_type.yaml": [
        (
            "/paths/~1pets/get/parameters/0",
            "a parameter in query has no type; assumed: type: string",
            10,
        ),
        (
            "/paths/~1pets/get/parameters/1/schema",
            "an OpenAPI 3-style schema on a Swagger 2.0 parameter; "
            'assumed: its fields on the parameter: {"type": "integer"}',
            14,
        ),
    ],
    "parameter_location_case.yaml": [
        (
            "/paths/~1pets/get/parameters/0/in",
            'in: "Query" is not a parameter location (they are path, query, header, '
            "cookie); assumed: in: query",
            11,
        )
    ],
    "swagger2_nullable.yaml": [
        (
            "/definitions/Pet/properties/nickname/nullable",
            "nullable is not a Swagger 2.0 keyword; assumed: x-nullable: true",
            20,
        )
    ],
    "example_and_examples.yaml": [
        (
            "/paths/~1pets/get/parameters/0/example",
            "example and examples are exclusive; assumed: examples (example ignored)",
            14,
        )
    ],
    "schema_required_boolean.yaml": [
        (
            "/components/schemas/Pet/properties/name/required",
            "a schema's required is the list of its required properties, not true; "
            "assumed: 'name' is one of the required properties of its object",
            23,
        )
    ],
}


def _package(name: str) -> str:
    return "r_" + name.split(".")[0]


def test_every_fixture_is_listed() -> None:
    assert sorted(p.name for p in FIXTURES.iterdir()) == sorted(EXPECTED)


@pytest.fixture(scope="module")
def generated(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[Path, dict[str, Generated]]]:
    out = tmp_path_factory.mktemp("repairable")
    results: dict[str, Generated] = {}
    for name in EXPECTED:
        result = generate(
            FIXTURES / name, ClientConfig(_package(name), "Client"), display_name=name
        )
        write_package(out / _package(name), result.files)
        results[name] = result
    yield out, results


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_one_located_warning_per_repair(
    name: str, generated: tuple[Path, dict[str, Generated]]
) -> None:
    result = generated[1][name]
    got = [
        (w.location.pointer, w.message, w.location.line, w.location.file)
        for w in result.warnings
    ]
    assert len(got) == len(EXPECTED[name]), got
    for (pointer, fragment, line), (p, message, ln, file) in zip(
        EXPECTED[name], got, strict=True
    ):
        assert (p, ln, file) == (pointer, line, name)
        assert fragment in message
        assert "; assumed: " in message
    for w in result.warnings:
        text = w.format()
        assert re.match(
            rf"^{re.escape(name)}:\d+:\d+: /.*?: warning: .*; assumed: ", text
        )


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_operation_is_generated(
    name: str, generated: tuple[Path, dict[str, Generated]]
) -> None:
    api = generated[1][name].api
    assert api.operation_count_in_spec >= 1
    assert len(api.operations) == api.operation_count_in_spec


def test_every_client_imports_and_is_mypy_strict_clean(
    generated: tuple[Path, dict[str, Generated]],
) -> None:
    out, _ = generated
    packages = [_package(n) for n in sorted(EXPECTED)]
    probe = (
        "import importlib, pkgutil, sys\n"
        "count = 0\n"
        f"for pkg in {packages!r}:\n"
        "    top = importlib.import_module(pkg)\n"
        "    for m in pkgutil.walk_packages(top.__path__, pkg + '.'):\n"
        "        importlib.import_module(m.name); count += 1\n"
        "print(count)\n"
    )
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(str(out / p) for p in packages))
    proc = subprocess.run(
        [sys.executable, "-c", probe], env=env, capture_output=True, text=True
    )
    assert proc.returncode == 0, proc.stderr
    assert int(proc.stdout) > 3 * len(packages)
    mypy = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--cache-dir",
            str(out / ".mypy_cache"),
            *(a for p in packages for a in ("-p", p)),
        ],
        env=dict(env, MYPYPATH=env["PYTHONPATH"]),
        capture_output=True,
        text=True,
    )
    assert mypy.returncode == 0, mypy.stdout + mypy.stderr


def test_query_string_becomes_query_parameters(
    generated: tuple[Path, dict[str, Generated]],
) -> None:
    op = generated[1]["query_string_in_path.yaml"].api.operations[0]
    assert op.path == "/rides"
    assert sorted((p.location, p.wire_name, p.required) for p in op.params) == [
        ("query", "page", False),
        ("query", "per_page", False),
    ]


def test_body_parameter_becomes_the_request_body(
    generated: tuple[Path, dict[str, Generated]],
) -> None:
    op = generated[1]["body_parameter_in_30.yaml"].api.operations[0]
    assert op.params == ()
    assert op.body is not None
    assert op.body.required


def test_form_data_parameters_become_a_multipart_body(
    generated: tuple[Path, dict[str, Generated]],
) -> None:
    op = generated[1]["form_data_parameters_in_30.yaml"].api.operations[0]
    assert [(p.location, p.wire_name) for p in op.params] == [("path", "petId")]
    assert op.body is not None
    assert op.body.content_type == "multipart/form-data"
    assert op.body.required
    assert sorted((f.wire_name, f.required) for f in op.body.fields) == [
        ("caption", False),
        ("file", True),
    ]


def test_required_true_on_a_property_makes_it_required(
    generated: tuple[Path, dict[str, Generated]],
) -> None:
    (model,) = generated[1]["schema_required_boolean.yaml"].api.models
    assert [(f.wire_name, f.required) for f in model.fields] == [("name", True)]


def test_undeclared_template_parameter_becomes_a_required_path_parameter(
    generated: tuple[Path, dict[str, Generated]],
) -> None:
    op = generated[1]["undeclared_path_param.yaml"].api.operations[0]
    assert [(p.location, p.wire_name, p.required) for p in op.params] == [
        ("path", "todoId", True)
    ]


@pytest.mark.parametrize(
    "name", ["exclusive_minimum_boolean_31.yaml", "operation_title.yaml"]
)
def test_repaired_with_a_validation_helper_process_too(name: str) -> None:
    """With workers, the slow checks run in a forked helper: a problem only they find
    (a 3.1 schema's) is repaired all the same."""
    result = generate(
        FIXTURES / name,
        ClientConfig(_package(name), "Client"),
        display_name=name,
        workers=2,
    )
    assert [w.location.pointer for w in result.warnings] == [
        pointer for pointer, _, _ in EXPECTED[name]
    ]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_strict_generation_refuses(name: str) -> None:
    with pytest.raises(SpecError) as caught:
        generate(
            FIXTURES / name,
            ClientConfig(_package(name), "Client"),
            display_name=name,
            strict=True,
        )
    assert all(p.severity == "error" for p in caught.value.problems)
    assert all(p.location.line is not None for p in caught.value.problems)


def test_validate_and_strict_cli_refuse_with_exit_2(tmp_path: Path) -> None:
    runner = CliRunner()
    for name in ("header_style_form.yaml", "undeclared_path_param.yaml"):
        spec = str(FIXTURES / name)
        valid = runner.invoke(main, ["validate", spec])
        assert valid.exit_code == 2, valid.output
        strict = runner.invoke(
            main,
            ["generate", "--strict", "--spec", spec, "--out", str(tmp_path / "s")],
            catch_exceptions=False,
        )
        # --spec needs --package: a usage error, not a generation
        assert strict.exit_code == 2
        strict = runner.invoke(
            main,
            [
                "generate",
                "--strict",
                "--spec",
                spec,
                "--out",
                str(tmp_path / "s"),
                "--package",
                "s",
            ],
        )
        assert strict.exit_code == 2, strict.output
        assert "not generated" in strict.output
        assert not (tmp_path / "s").exists()
        lenient = runner.invoke(
            main,
            [
                "generate",
                "--spec",
                spec,
                "--out",
                str(tmp_path / "l"),
                "--package",
                "l",
            ],
        )
        assert lenient.exit_code == 0, lenient.output
        assert "; assumed: " in lenient.output


def test_repaired_documents_do_not_poison_the_caches(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With the cache on, a lenient generation (cached) is followed by validation and
    strict generation, which still refuse; and by a lenient one, which still warns."""
    monkeypatch.setenv("CLIENTGEN_CACHE", str(tmp_path / "cache"))
    monkeypatch.delenv("CLIENTGEN_NO_CACHE", raising=False)
    spec = FIXTURES / "operation_title.yaml"
    config = ClientConfig("p", "Client")
    first = generate(spec, config, display_name="x.yaml")
    assert len(first.warnings) == 1
    runner = CliRunner()
    assert runner.invoke(main, ["validate", str(spec)]).exit_code == 2
    with pytest.raises(SpecError):
        generate(spec, config, display_name="x.yaml", strict=True)
    again = generate(spec, config, display_name="x.yaml")
    assert [w.message for w in again.warnings] == [w.message for w in first.warnings]
