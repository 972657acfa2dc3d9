"""Generic checks for every hand-curated spec in ``specs/*.yaml``.

* every spec validates with openapi-spec-validator;
* every example in every spec validates against its schema: ``example`` and each
  ``examples`` entry's ``value`` on media types, parameters and headers, and
  schema-level ``example`` (plus ``examples`` arrays in OpenAPI 3.1) anywhere in
  ``components/schemas`` or inline schemas. Each example is its own test case,
  named by the spec file and the JSON pointer of the example;
* every spec carries at least one example.

Local ``$ref``s are resolved against the whole document: the spec is registered
as the root resource of a ``referencing`` registry and each example is validated
against ``{"$ref": "<spec uri>#<pointer to its schema>"}``.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
import yaml
from openapi_schema_validator import OAS30Validator, OAS31Validator
from openapi_spec_validator import validate as validate_spec
from referencing import Registry
from referencing.jsonschema import DRAFT4, DRAFT202012

ROOT = Path(__file__).resolve().parents[2]
SPEC_PATHS = sorted((ROOT / "specs").glob("*.yaml"))
SPEC_NAMES = [path.name for path in SPEC_PATHS]

Pointer = tuple[str | int, ...]

# Keywords whose value is a map of name -> schema.
_SCHEMA_MAPS = (
    "properties",
    "patternProperties",
    "definitions",
    "$defs",
    "dependentSchemas",
)
# Keywords whose value is a list of schemas.
_SCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
# Keywords whose value is a single schema (``items`` may also be a list in old drafts).
_SCHEMA_SINGLES = (
    "items",
    "additionalItems",
    "additionalProperties",
    "not",
    "contains",
    "if",
    "then",
    "else",
    "propertyNames",
    "unevaluatedItems",
    "unevaluatedProperties",
    "contentSchema",
)


@dataclass(frozen=True)
class ExampleCase:
    spec: str
    where: Pointer  # where the example is written (used in the test id)
    instance: Pointer | None  # where its value is (None: could not be resolved)
    schema: Pointer  # the schema it must validate against
    problem: str | None = None

    @property
    def id(self) -> str:
        return f"{self.spec}#{to_pointer(self.where)}"


def to_pointer(parts: Pointer) -> str:
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in parts)


def from_ref(ref: str) -> Pointer | None:
    """Turn a local ``#/a/b`` reference into pointer parts (None for non-local refs)."""
    if not ref.startswith("#"):
        return None
    fragment = ref[1:]
    if not fragment:
        return ()
    return tuple(
        p.replace("~1", "/").replace("~0", "~") for p in fragment.split("/")[1:]
    )


def resolve(doc: Any, parts: Pointer) -> Any:
    node = doc
    for part in parts:
        node = node[int(part)] if isinstance(node, list) else node[part]
    return node


@functools.cache
def load_spec(name: str) -> dict[str, Any]:
    with (ROOT / "specs" / name).open(encoding="utf-8") as fh:
        doc = yaml.safe_load(fh)
    if not isinstance(doc, dict):
        raise TypeError(f"{name} does not hold a YAML mapping")
    return doc


def is_oas31(doc: dict[str, Any]) -> bool:
    return str(doc.get("openapi", "")).startswith("3.1")


def _walk_schema(
    node: Any, path: Pointer, spec: str, oas31: bool
) -> Iterator[ExampleCase]:
    if not isinstance(node, dict):
        return  # boolean schemas (3.1) carry no examples
    if "example" in node:
        yield ExampleCase(spec, (*path, "example"), (*path, "example"), path)
    if oas31 and isinstance(node.get("examples"), list):
        for i in range(len(node["examples"])):
            yield ExampleCase(
                spec, (*path, "examples", i), (*path, "examples", i), path
            )
    for key in _SCHEMA_MAPS:
        value = node.get(key)
        if isinstance(value, dict):
            for name, sub in value.items():
                yield from _walk_schema(sub, (*path, key, name), spec, oas31)
    for key in _SCHEMA_LISTS:
        value = node.get(key)
        if isinstance(value, list):
            for i, sub in enumerate(value):
                yield from _walk_schema(sub, (*path, key, i), spec, oas31)
    for key in _SCHEMA_SINGLES:
        value = node.get(key)
        if isinstance(value, dict):
            yield from _walk_schema(value, (*path, key), spec, oas31)
        elif isinstance(value, list):
            for i, sub in enumerate(value):
                yield from _walk_schema(sub, (*path, key, i), spec, oas31)


def _holder_examples(
    doc: dict[str, Any], node: dict[str, Any], path: Pointer, spec: str
) -> Iterator[ExampleCase]:
    """Examples of a media type, parameter or header object (anything with ``schema``)."""
    schema = (*path, "schema")
    if "example" in node:
        yield ExampleCase(spec, (*path, "example"), (*path, "example"), schema)
    examples = node.get("examples")
    if not isinstance(examples, dict):
        return
    for name, entry in examples.items():
        where: Pointer = (*path, "examples", name)
        target: Pointer | None = where
        seen: set[str] = set()
        while target is not None:
            obj = resolve(doc, target)
            if not (isinstance(obj, dict) and "$ref" in obj):
                break
            ref = obj["$ref"]
            if ref in seen:
                target = None
                break
            seen.add(ref)
            target = from_ref(ref)
            if target is not None:
                try:
                    resolve(doc, target)
                except (KeyError, IndexError, ValueError, TypeError):
                    target = None
        if target is None:
            yield ExampleCase(
                spec, where, None, schema, problem=f"cannot resolve example {entry!r}"
            )
            continue
        obj = resolve(doc, target)
        if isinstance(obj, dict) and "value" in obj:
            yield ExampleCase(spec, (*where, "value"), (*target, "value"), schema)
        # externalValue examples are not fetched.


def _walk(
    doc: dict[str, Any], node: Any, path: Pointer, spec: str
) -> Iterator[ExampleCase]:
    oas31 = is_oas31(doc)
    if isinstance(node, list):
        for i, item in enumerate(node):
            yield from _walk(doc, item, (*path, i), spec)
        return
    if not isinstance(node, dict):
        return
    if isinstance(node.get("schema"), dict | bool):
        yield from _holder_examples(doc, node, path, spec)
    for key, value in node.items():
        if isinstance(key, str) and key.startswith("x-"):
            continue
        # Example values are data, not OpenAPI objects: never walk into them.
        if key in ("example", "examples"):
            continue
        if key == "schema":
            yield from _walk_schema(value, (*path, key), spec, oas31)
        elif path == ("components",) and key == "schemas" and isinstance(value, dict):
            for name, sub in value.items():
                yield from _walk_schema(sub, (*path, key, name), spec, oas31)
        else:
            yield from _walk(doc, value, (*path, key), spec)


def collect_examples(spec: str) -> list[ExampleCase]:
    return list(_walk(load_spec(spec), load_spec(spec), (), spec))


def _all_cases() -> list[Any]:
    params = []
    for spec in SPEC_NAMES:
        try:
            cases = collect_examples(spec)
        except Exception as exc:  # a broken spec becomes one failing case
            params.append(
                pytest.param(spec, None, repr(exc), id=f"{spec}#<load error>")
            )
            continue
        params.extend(pytest.param(spec, case, None, id=case.id) for case in cases)
    return params


def _validator(doc: dict[str, Any], schema: Pointer) -> Any:
    base = "urn:clientgen:spec"
    if is_oas31(doc):
        cls, specification = OAS31Validator, DRAFT202012
    else:
        cls, specification = OAS30Validator, DRAFT4
    registry = Registry().with_resource(base, specification.create_resource(doc))
    ref = base + "#" + quote(to_pointer(schema), safe="/~")
    format_checker = getattr(cls, "FORMAT_CHECKER", None)
    return cls({"$ref": ref}, registry=registry, format_checker=format_checker)


@pytest.mark.parametrize("spec", SPEC_NAMES)
def test_spec_is_valid_openapi(spec: str) -> None:
    validate_spec(load_spec(spec))


@pytest.mark.parametrize(("spec", "case", "load_error"), _all_cases())
def test_example_matches_schema(
    spec: str, case: ExampleCase | None, load_error: str | None
) -> None:
    if case is None:
        pytest.fail(f"{spec}: could not collect examples: {load_error}")
    if case.problem or case.instance is None:
        pytest.fail(f"{case.id}: {case.problem}")
    doc = load_spec(spec)
    instance = resolve(doc, case.instance)
    errors = sorted(
        _validator(doc, case.schema).iter_errors(instance),
        key=lambda e: list(e.absolute_path),
    )
    if errors:
        details = "\n".join(
            f"  at {to_pointer(tuple(e.absolute_path)) or '/'}: {e.message}"
            for e in errors
        )
        pytest.fail(
            f"{case.id} does not match its schema {spec}#{to_pointer(case.schema)}:\n{details}"
        )


@pytest.mark.parametrize("spec", SPEC_NAMES)
def test_spec_has_examples(spec: str) -> None:
    assert collect_examples(spec), f"{spec} has no examples"


def test_there_are_specs() -> None:
    assert SPEC_PATHS, "no specs/*.yaml found"
