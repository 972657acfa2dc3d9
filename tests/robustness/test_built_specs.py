"""Bad or huge specs built at test time (too big or too odd to commit): see cases.BUILT_CASES.

Each is written into tmp_path and checked with `clientgen validate` and `clientgen generate`
as real subprocesses, time-boxed: a located refusal (exit 2, no traceback) or a clean
generation, as the case says; an existing package directory stays byte-identical on a
refusal. The 50 MB files are deleted as soon as their test is done.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

import generator.parse
from generator.load import Workspace
from generator.owned import MANIFEST, manifest_text
from generator.problems import SpecError
from tests.robustness._support import (
    At,
    Run,
    assert_refused,
    crash_of,
    find_pwned,
    leftovers,
    run_many,
    snapshot,
)
from tests.robustness.cases import (
    BIG_BYTES,
    BUILT,
    DEEP_CASES,
    DEEP_FLOW_LEVELS,
    DEEP_LEVELS,
    MAX_BYTES_TEXT,
    OVER_LIMIT_BYTES,
    TIME_BOX_SECONDS,
)

PACKAGE = "big"
_OP = (
    '"paths": {"/deep": {"get": {"operationId": "getDeep", "responses": {"200": '
    '{"description": "ok", "content": {"application/json": {"schema": '
    '{"$ref": "#/components/schemas/Deep"}}}}}}}}'
)


def _xfail_if_bug(case_id: str) -> list[pytest.MarkDecorator]:
    bug = BUILT[case_id].bug
    return [pytest.mark.xfail(strict=True, reason=bug)] if bug else []


def validate_and_generate(spec: Path, out: Path) -> tuple[Run, Run]:
    validate, gen = run_many(
        [
            ("validate", spec.name),
            ("generate", "--spec", spec.name, "--out", str(out), "--package", PACKAGE),
        ],
        cwd=spec.parent,
        timeout=TIME_BOX_SECONDS,
    )
    return validate, gen


def refused_untouched(spec: Path, fragment: str, at: list[At], tmp_path: Path) -> None:
    """validate and generate refuse `spec` with `fragment` at `at`; the output is kept."""
    out = tmp_path / "out" / PACKAGE
    out.mkdir(parents=True)
    (out / "keep.py").write_text("kept = True\n", encoding="utf-8")
    # an earlier output of the package, so that the spec is what generate refuses
    (out / MANIFEST).write_text(manifest_text(PACKAGE, ["keep.py"]), encoding="utf-8")
    before = snapshot(out)
    validate, gen = validate_and_generate(spec, out)
    assert_refused(validate, fragment, at)
    assert_refused(gen, fragment, at)
    assert snapshot(out) == before
    assert leftovers(out.parent, PACKAGE) == []


def generated_cleanly(spec: Path, tmp_path: Path) -> None:
    out = tmp_path / "out" / PACKAGE
    validate, gen = validate_and_generate(spec, out)
    for run in (validate, gen):
        assert crash_of(run) is None, run.describe()
        assert run.returncode == 0, run.describe()
    assert (out / PACKAGE / "__init__.py").is_file()
    assert leftovers(out.parent, PACKAGE) == []


# -- 1,000 levels of nesting ---------------------------------------------------------------


def deep_json(kind: str, levels: int) -> str:
    opening, closing = {
        "properties": ('{"type": "object", "properties": {"p": ', "}}"),
        "items": ('{"type": "array", "items": ', "}"),
        "allOf": ('{"allOf": [', "]}"),
    }[kind]
    head = '{"openapi": "3.0.3", "info": {"title": "Deep", "version": "1"}, '
    schema = opening * levels + '{"type": "string"}' + closing * levels
    return head + _OP + ', "components": {"schemas": {"Deep": ' + schema + "}}}\n"


def deep_yaml(kind: str, levels: int) -> str:
    lines = [
        "openapi: 3.0.3",
        "info:",
        "  title: Deep",
        '  version: "1"',
        "paths:",
        "  /deep:",
        "    get:",
        "      operationId: getDeep",
        "      responses:",
        '        "200":',
        "          description: ok",
        "          content:",
        "            application/json:",
        "              schema:",
        '                $ref: "#/components/schemas/Deep"',
        "components:",
        "  schemas:",
        "    Deep:",
    ]
    indent = 6
    for _ in range(levels):
        pad = " " * indent
        if kind == "properties":
            lines += [pad + "type: object", pad + "properties:", pad + "  p:"]
            indent += 4
        elif kind == "items":
            lines += [pad + "type: array", pad + "items:"]
            indent += 2
        else:
            lines += [pad + "allOf:", pad + "  -"]
            indent += 4
    lines.append(" " * indent + "type: string")
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("case_id", [c.id for c in DEEP_CASES])
def test_deeply_nested_schemas_are_refused(case_id: str, tmp_path: Path) -> None:
    kind, fmt = case_id.removeprefix("deep_").rsplit("_", 1)
    spec = tmp_path / f"deep.{fmt}"
    build = deep_json if fmt == "json" else deep_yaml
    spec.write_text(build(kind, DEEP_LEVELS), encoding="utf-8")
    if fmt == "json":
        refused_untouched(
            spec,
            "document nests too deeply to parse",
            [(spec.name, 1, 1, "/")],
            tmp_path,
        )
        return
    # PyYAML >= 6.0.4 refuses such nesting while parsing (located where it happens);
    # older versions parse it and validation refuses it
    at: list[At] = [(spec.name, 1, 1, "/"), (spec.name, None, None, "/")]
    refused_untouched(spec, "the document nests too deeply to", at, tmp_path)


@pytest.mark.parametrize(
    "case_id", [pytest.param("deep_yaml_flow", marks=_xfail_if_bug("deep_yaml_flow"))]
)
def test_deeply_nested_yaml_flow_collections(case_id: str, tmp_path: Path) -> None:
    spec = tmp_path / "flow.yaml"
    spec.write_text(
        'openapi: 3.0.3\ninfo: {title: Flow, version: "1"}\npaths: {}\nx-deep: '
        + "[" * DEEP_FLOW_LEVELS
        + "]" * DEEP_FLOW_LEVELS
        + "\n",
        encoding="utf-8",
    )
    at: list[At] = [(spec.name, None, None, "/"), (spec.name, None, None, "/x-deep")]
    refused_untouched(spec, "nests too deeply", at, tmp_path)


# -- 50 MB documents -----------------------------------------------------------------------


@pytest.fixture
def big_spec(tmp_path: Path) -> Iterator[Path]:
    """Where a test writes its big document; deleted afterwards (not kept by pytest)."""
    spec = tmp_path / "big" / "spec"
    spec.parent.mkdir()
    yield spec
    shutil.rmtree(spec.parent, ignore_errors=True)


def _head(title: str) -> dict[str, object]:
    return {
        "openapi": "3.0.3",
        "info": {"title": title, "version": "1"},
        "paths": {
            "/a": {
                "get": {
                    "operationId": "getA",
                    "responses": {"200": {"description": "ok"}},
                }
            }
        },
    }


def test_50mb_json_document(big_spec: Path, tmp_path: Path) -> None:
    item = '{"name": "item", "value": 12345, "tags": ["a", "b"]}'
    count = BIG_BYTES // (len(item) + 2)
    head = json.dumps(_head("Big JSON"))[:-1]
    spec = big_spec.with_suffix(".json")
    with open(spec, "w", encoding="utf-8") as fh:
        fh.write(head + ', "x-data": [')
        fh.write(", ".join([item] * count))
        fh.write("]}\n")
    assert spec.stat().st_size >= BIG_BYTES
    generated_cleanly(spec, tmp_path)


def test_50mb_yaml_document_of_long_text(big_spec: Path, tmp_path: Path) -> None:
    line = "    " + "lorem ipsum dolor sit amet " * 3 + "\n"
    spec = big_spec.with_suffix(".yaml")
    with open(spec, "w", encoding="utf-8") as fh:
        fh.write('openapi: 3.0.3\ninfo:\n  title: Big YAML\n  version: "1"\n')
        fh.write("  description: |\n")
        fh.write(line * (BIG_BYTES // len(line) + 1))
        fh.write(
            "paths:\n  /a:\n    get:\n      operationId: getA\n      responses:\n"
            '        "200":\n          description: ok\n'
        )
    assert spec.stat().st_size >= BIG_BYTES
    generated_cleanly(spec, tmp_path)


@pytest.mark.skipif(
    os.environ.get("CLIENTGEN_SLOW_TESTS") != "1",
    reason="slow (a time-boxed minute); set CLIENTGEN_SLOW_TESTS=1",
)
@pytest.mark.parametrize(
    "case_id",
    [pytest.param("big_yaml_many_nodes", marks=_xfail_if_bug("big_yaml_many_nodes"))],
)
def test_50mb_yaml_document_of_many_nodes(
    case_id: str, big_spec: Path, tmp_path: Path
) -> None:
    item = "- {name: item, value: 12345, tags: [a, b]}\n"
    spec = big_spec.with_suffix(".yaml")
    with open(spec, "w", encoding="utf-8") as fh:
        fh.write(yaml.safe_dump(_head("Big YAML"), sort_keys=False))
        fh.write("x-data:\n")
        fh.write(item * (BIG_BYTES // len(item) + 1))
    out = tmp_path / "out" / PACKAGE
    validate, gen = validate_and_generate(spec, out)
    for run in (validate, gen):
        assert crash_of(run) is None, run.describe()
        assert "alias bomb" not in run.stderr, run.describe()
        assert run.returncode == 0 or any(
            line.startswith(f"{spec.name}:") for line in run.stderr.splitlines()
        ), run.describe()


def test_document_over_the_size_limit(big_spec: Path, tmp_path: Path) -> None:
    spec = big_spec.with_suffix(".yaml")
    with open(spec, "wb") as fh:
        fh.write(b"openapi: 3.0.3\n")
        fh.truncate(OVER_LIMIT_BYTES)  # sparse: the rest reads as NUL bytes
    fragment = (
        f"document is {OVER_LIMIT_BYTES:,} bytes, over the {MAX_BYTES_TEXT}-byte limit"
    )
    refused_untouched(spec, fragment, [(spec.name, 1, 1, "/")], tmp_path)


# -- $ref confinement through a symlink ----------------------------------------------------


def test_ref_through_a_symlink_leaving_the_directory(tmp_path: Path) -> None:
    specs = tmp_path / "specs"
    specs.mkdir()
    (specs / "link.yaml").symlink_to("/etc/passwd")
    spec = specs / "spec.yaml"
    spec.write_text(
        "openapi: 3.0.3\n"
        "info:\n"
        "  title: Symlink\n"
        '  version: "1.0"\n'
        "paths:\n"
        "  /pets:\n"
        "    get:\n"
        "      operationId: listPets\n"
        "      responses:\n"
        '        "200":\n'
        "          description: ok\n"
        "          content:\n"
        "            application/json:\n"
        "              schema:\n"
        '                $ref: "link.yaml"\n',
        encoding="utf-8",
    )
    pointer = "/paths/~1pets/get/responses/200/content/application~1json/schema/$ref"
    refused_untouched(
        spec,
        "$ref 'link.yaml' leaves the spec's directory",
        [(spec.name, 15, 17, pointer)],
        tmp_path,
    )
    assert find_pwned(tmp_path) == []


# -- the alias-expansion guard counts every node ---------------------------------------------


@pytest.mark.parametrize(
    "case_id",
    [
        pytest.param(
            "many_nodes_no_aliases", marks=_xfail_if_bug("many_nodes_no_aliases")
        )
    ],
)
def test_many_nodes_without_aliases_are_not_an_alias_bomb(
    case_id: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(generator.parse, "MAX_EXPANDED_NODES", 1_000)
    spec = tmp_path / "spec.yaml"
    spec.write_text(
        'openapi: 3.0.3\ninfo:\n  title: Many nodes\n  version: "1"\npaths: {}\n'
        "x-data:\n" + "".join(f"  - item {i}\n" for i in range(2_000)),
        encoding="utf-8",
    )
    try:
        Workspace(spec)
    except SpecError as exc:
        assert "alias" not in str(exc), str(exc)
