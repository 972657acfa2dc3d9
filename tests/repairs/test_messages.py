"""The messages `validate` (and strict generation) give: the allowed values of the oneOf
branch that applies, every structural problem in one run, "did you mean" for a dangling
`$ref`, and Swagger 2.0 problems in 2.0 terms."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.load import Workspace
from generator.validate import validate_workspace

OPENAPI_30 = """\
openapi: 3.0.3
info: {title: t, version: "1"}
paths:
  /pets:
    get:
      operationId: listPets
      parameters:
        - {name: X-Trace, in: %s, style: %s, schema: {type: string}}
      responses:
        "200": {description: ok}
"""


def _messages(tmp_path: Path, text: str, name: str = "spec.yaml") -> list[str]:
    spec = tmp_path / name
    spec.write_text(text, encoding="utf-8")
    problems = validate_workspace(Workspace(spec, name))
    return [p.format() for p in problems if p.severity == "error"]


@pytest.mark.parametrize(
    ("where", "style", "allowed"),
    [
        ("header", "form", "['simple']"),
        ("cookie", "simple", "['form']"),
        ("path", "form", "['matrix', 'label', 'simple']"),
        (
            "query",
            "simple",
            "['form', 'spaceDelimited', 'pipeDelimited', 'deepObject']",
        ),
    ],
)
def test_allowed_values_of_the_branch_whose_in_matches(
    tmp_path: Path, where: str, style: str, allowed: str
) -> None:
    text = OPENAPI_30 % (where, style)
    if where == "path":
        text = text.replace("/pets:", "/pets/{X-Trace}:").replace(
            "in: path,", "in: path, required: true,"
        )
    found = _messages(tmp_path, text)
    assert found == [
        f"spec.yaml:8:{found[0].split(':')[2]}: /paths/~1pets"
        + ("~1{X-Trace}" if where == "path" else "")
        + f"/get/parameters/0/style: '{style}' is not one of {allowed}"
    ], found


def test_swagger2_header_multi_is_told_in_20_terms(tmp_path: Path) -> None:
    text = """\
swagger: "2.0"
info: {title: t, version: "1"}
paths:
  /pets:
    get:
      parameters:
        - {name: X-Tags, in: header, type: array, items: {type: string}, collectionFormat: multi}
      responses:
        "200": {description: ok}
"""
    found = _messages(tmp_path, text)
    assert len(found) == 1
    assert (
        "/paths/~1pets/get/parameters/0/collectionFormat: collectionFormat 'multi' "
        "is only for parameters in query or formData (this one is in: header)"
    ) in found[0]
    assert "Additional properties" not in found[0]


def test_unknown_field_is_named(tmp_path: Path) -> None:
    assert _messages(tmp_path, OPENAPI_30 % ("query", "form")) == []
    text = (OPENAPI_30 % ("query", "form")).replace(
        "operationId: listPets", "operationId: listPets\n      title: List"
    )
    found = _messages(tmp_path, text)
    assert len(found) == 1
    assert (
        "/paths/~1pets/get: 'title' is not a field of this object in OpenAPI 3.0"
        in (found[0])
    )


@pytest.mark.parametrize("version", ["3.0.3", "3.1.0"])
def test_every_structural_problem_in_one_run(tmp_path: Path, version: str) -> None:
    text = f"""\
openapi: {version}
info: {{title: t, version: "1"}}
paths:
  /pets:
    get:
      operationId: listPets
      title: x
      parameters:
        - {{name: X-Trace, in: cookie, style: simple, schema: {{type: string}}}}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema:
                $ref: "#/components/schemas/Pett"
components:
  schemas:
    Pet:
      type: objekt
"""
    found = _messages(tmp_path, text)
    pointers = sorted(line.split(": ")[1] for line in found)
    assert pointers == [
        "/components/schemas/Pet/type",
        "/paths/~1pets/get",
        "/paths/~1pets/get/parameters/0/style",
        "/paths/~1pets/get/responses/200/content/application~1json/schema/$ref",
    ], found


def test_dangling_ref_with_a_close_name_says_did_you_mean(tmp_path: Path) -> None:
    text = """\
openapi: 3.0.3
info: {title: t, version: "1"}
paths:
  /pets:
    get:
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Pets"}
        "404":
          description: missing
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Unrelated"}
components:
  schemas:
    Pet: {type: object}
"""
    found = _messages(tmp_path, text)
    assert len(found) == 2
    assert found[0].endswith("; did you mean '#/components/schemas/Pet'?")
    assert "did you mean" not in found[1]


def test_swagger2_unknown_field_is_told_in_20_terms(tmp_path: Path) -> None:
    text = """\
swagger: "2.0"
info: {title: t, version: "1"}
paths:
  /pets:
    get:
      title: List
      responses:
        "200": {description: ok}
"""
    found = _messages(tmp_path, text)
    assert len(found) == 1
    assert found[0].endswith(
        "/paths/~1pets/get: 'title' is not a field of this object in Swagger 2.0"
    )


def test_openapi31_cookie_is_told_its_own_style(tmp_path: Path) -> None:
    text = (OPENAPI_30 % ("cookie", "simple")).replace("3.0.3", "3.1.0")
    found = _messages(tmp_path, text)
    assert len(found) == 1
    assert found[0].endswith("/style: 'simple' is not one of ['form']")


@pytest.mark.parametrize(
    ("name", "message"),
    [
        (
            "path_without_slash.yaml",
            "5:1: /paths: 'pets/{petId}' is not a path: a path starts with '/'",
        ),
        (
            "response_code_with_reason.yaml",
            "9:7: /paths/~1pets/get/responses: '200 OK' is not a status code: "
            "a response is keyed by its code or 'default'",
        ),
    ],
)
def test_a_bad_path_or_status_code_is_named_as_such(name: str, message: str) -> None:
    spec = Path(__file__).resolve().parents[1] / "fixtures" / "repairable" / name
    problems = validate_workspace(Workspace(spec, name))
    assert [p.format() for p in problems] == [f"{name}:{message}"]
