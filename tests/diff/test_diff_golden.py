"""Golden tests of the API-surface change report over pairs of fixture specs.

Each case in tests/fixtures/diff/<case>/ holds `old.yaml`, `new.yaml` and `expected.json` (the
`clientgen diff old.yaml new.yaml --format json` output). The report is compared with the
golden file, and, independently, each case's change kinds and breaking flags are asserted
here (EXPECTED), so a golden file refreshed by mistake cannot hide a misclassification.
Refresh the golden files with `python -m tests.diff.refresh`.
"""

from __future__ import annotations

import ast
import dataclasses
import difflib
import json
from collections import Counter
from functools import cache
from pathlib import Path

import pytest

from generator import diff as diff_module
from generator.build import ClientConfig, build_api
from generator.cli import _surface_for
from generator.diff import compare
from generator.pipeline import load_and_validate
from generator.problems import Problems
from generator.surface import (
    Arg,
    OpSurface,
    Summary,
    Surface,
    read_saved,
    summary_of,
    surface_from_json,
)
from tests.diff._support import (
    CASES,
    FIXTURES,
    KNOWN_BUGS,
    case_param,
    case_report_json,
)

B, C = True, False  # breaking, compatible

#: case -> every change it must report: (kind, subject, breaking)
EXPECTED: dict[str, list[tuple[str, str, bool]]] = {
    "operation_added": [("operation-added", "pets.delete_pet", C)],
    "operation_removed": [("operation-removed", "pets.get_pet", B)],
    "operation_renamed": [("operation-renamed", "pets.fetch_pet", B)],
    "operation_moved_resource": [("operation-renamed", "store.get_pet", B)],
    "argument_added_optional": [("argument-added", "pets.list_pets", C)],
    "argument_added_required": [("argument-added", "pets.list_pets", B)],
    "argument_removed": [("argument-removed", "pets.list_pets", B)],
    "argument_renamed": [
        ("argument-renamed", "pets.create_pet", B),
        ("argument-added", "pets.create_pet", C),
    ],
    "argument_now_required": [("argument-now-required", "pets.list_pets", B)],
    "body_whole_added": [("body-whole-added", "pets.create_pet", C)],
    "body_whole_removed": [("body-whole-removed", "pets.create_pet", B)],
    "body_whole_widened": [("body-whole-changed", "pets.create_pet", C)],
    "argument_now_optional": [("argument-now-optional", "pets.list_pets", C)],
    "argument_type_changed": [("argument-type-changed", "pets.list_pets", B)],
    "argument_type_widened": [("argument-type-changed", "pets.list_pets", C)],
    "argument_type_narrowed": [("argument-type-changed", "pets.list_pets", B)],
    "argument_type_changed_nested_union": [
        ("argument-type-changed", "pets.list_pets", B)
    ],
    "return_type_changed": [("return-type-changed", "pets.get_pet", B)],
    "enum_values_removed": [("enum-values-removed", "PetStatus", B)],
    "enum_values_added": [("enum-values-added", "PetStatus", C)],
    "model_added": [("model-added", "Owner", C), ("enum-added", "Color", C)],
    "model_removed": [("model-removed", "Owner", B), ("enum-removed", "Color", B)],
    "model_field_added_optional": [("field-added", "Pet.birthday", C)],
    "model_field_added_required": [("field-added", "Pet.species", B)],
    "model_field_removed": [("field-removed", "Pet.tag", B)],
    "model_field_type_changed": [("field-type-changed", "Pet.id", B)],
    "model_field_type_widened": [("field-type-changed", "Pet.id", B)],
    "model_field_requiredness_changed": [
        ("field-requiredness-changed", "Pet.name", B),  # required -> optional
        ("field-requiredness-changed", "Pet.tag", B),  # optional -> required
    ],
    "error_response_added": [("error-added", "pets.get_pet", C)],
    "error_response_removed": [("error-removed", "pets.get_pet", C)],
    "auth_scheme_removed": [
        ("credential-removed", "token", B),
        # every operation loses its `token` alternative
        ("auth-changed", "pets.list_pets", B),
        ("auth-changed", "pets.create_pet", B),
        ("auth-changed", "pets.get_pet", B),
    ],
    "auth_scheme_added": [
        ("credential-added", "token", C),
        # every operation gains a `token` alternative
        ("auth-changed", "pets.list_pets", C),
        ("auth-changed", "pets.create_pet", C),
        ("auth-changed", "pets.get_pet", C),
    ],
    "auth_scheme_changed": [("scheme-changed", "apiKey", B)],
    "operation_security_changed": [
        ("auth-changed", "pets.get_pet", B),  # [apiKey] -> [token]
        ("auth-changed", "pets.list_pets", C),  # [apiKey] -> [apiKey] or [token]
    ],
    "operation_security_removed": [("auth-changed", "pets.get_pet", C)],
    "no_change": [],
    "task_added": [
        ("method-added", "clusters.resize_cluster_and_wait", C),
        ("method-added", "jobs.wait_for_job", C),
    ],
    "task_operation_removed": [
        ("operation-removed", "clusters.resize_cluster", B),
        ("method-removed", "clusters.resize_cluster_and_wait", B),
    ],
    "task_argument_added": [
        ("argument-added", "clusters.resize_cluster", C),
        ("method-changed", "clusters.resize_cluster_and_wait", C),
    ],
    "combined": [
        ("operation-added", "pets.delete_pet", C),
        ("operation-added", "store.list_orders", C),
        ("argument-removed", "pets.list_pets", B),
        ("enum-values-added", "PetStatus", C),
        ("credential-added", "token", C),
    ],
}


def _readable_diff(expected: str, actual: str, case: str) -> str:
    lines = difflib.unified_diff(
        expected.splitlines(keepends=True),
        actual.splitlines(keepends=True),
        f"tests/fixtures/diff/{case}/expected.json",
        "clientgen diff --format json (actual)",
    )
    return "".join(lines)


@cache
def _surfaces(case: str) -> tuple[Surface, Surface]:
    d = FIXTURES / case
    return (
        _surface_for(d / "old.yaml", "client", "Client"),
        _surface_for(d / "new.yaml", "client", "Client"),
    )


def test_every_case_has_fixtures_and_expectations() -> None:
    assert sorted(EXPECTED) == CASES
    for case in CASES:
        d = FIXTURES / case
        assert (d / "new.yaml").is_file(), case
        assert (d / "expected.json").is_file(), (
            f"{case}: no expected.json; run python -m tests.diff.refresh {case}"
        )
    assert set(KNOWN_BUGS) <= set(CASES)


@pytest.mark.parametrize("case", [case_param(c) for c in CASES])
def test_report_matches_golden(case: str) -> None:
    expected = (FIXTURES / case / "expected.json").read_text(encoding="utf-8")
    actual = case_report_json(case)
    if actual != expected:
        pytest.fail(
            f"{case}: the report differs from the golden file "
            "(if the change is intended: python -m tests.diff.refresh "
            f"{case}, and review the diff)\n" + _readable_diff(expected, actual, case),
            pytrace=False,
        )


@pytest.mark.parametrize("case", [case_param(c) for c in CASES])
def test_classification(case: str) -> None:
    """The kinds and breaking flags, stated here independently of the golden file."""
    report = json.loads(case_report_json(case))
    actual = Counter(
        (c["kind"], c["subject"], c["breaking"]) for c in report["changes"]
    )
    assert actual == Counter(EXPECTED[case])
    assert report["breaking"] == sum(1 for c in report["changes"] if c["breaking"])
    if report["breaking"]:
        assert f"{report['breaking']} breaking change" in report["summary"]
    elif report["changes"]:
        assert report["summary"].endswith("nothing breaking")
    else:
        assert report["summary"] == "new: no change to the Python surface"


@pytest.mark.parametrize("case", CASES)
def test_expected_file_agrees_with_the_classification(case: str) -> None:
    """The golden file itself states what EXPECTED says (guards hand-written ones too)."""
    expected = json.loads((FIXTURES / case / "expected.json").read_text("utf-8"))
    stated = Counter(
        (c["kind"], c["subject"], c["breaking"]) for c in expected["changes"]
    )
    assert stated == Counter(EXPECTED[case])
    for change in expected["changes"]:
        if change["group"] not in ("models", "auth"):
            # operation changes show the old and/or new Python signature side by side
            assert change["old"] or change["new"]


@pytest.mark.parametrize("case", CASES)
def test_cli_output_is_compare_output(case: str) -> None:
    """The CLI's JSON is exactly generator.diff.compare(...).to_json() of the two surfaces."""
    old, new = _surfaces(case)
    assert compare("new", old, new).to_json() == case_report_json(case)


@pytest.mark.parametrize("case", CASES)
def test_saved_surface_compares_the_same(case: str) -> None:
    """generate compares against the surface saved as JSON: the round trip loses nothing."""
    old, new = _surfaces(case)
    saved, revision = surface_from_json(old.to_json(3))
    assert (saved, revision) == (old, 3)
    assert compare("new", saved, new) == compare("new", old, new)


@pytest.mark.parametrize("case", CASES)
def test_saved_surface_read_as_far_as_needed(case: str) -> None:
    """The saved file is parsed whole only when its body differs from the new surface's;
    either way the comparison is the one of the two surfaces."""
    old, new = _surfaces(case)
    saved = read_saved(old.to_json(3))
    assert saved.revision == 3
    compared = saved.against(Summary.of(new))
    assert compare("new", *compared) == compare("new", old, new)
    # the same body, another head: only the heads are read and compared
    again = read_saved(dataclasses.replace(new, api_version="9.9").to_json(1))
    assert again.body == new.body
    head_old, head_new = again.against(Summary.of(new))
    assert (head_old.operations, head_old.models, head_old.enums) == ((), {}, {})
    assert head_old.api_version == "9.9" and head_new.api_version == new.api_version
    assert compare("new", head_old, head_new) == compare(
        "new", dataclasses.replace(new, api_version="9.9"), new
    )


@pytest.mark.parametrize("case", CASES)
@pytest.mark.parametrize("side", ["old", "new"])
def test_the_summary_is_the_surface_as_saved(case: str, side: str) -> None:
    """What the pipeline keeps (summary_of, made without the Surface's objects) is
    exactly the saved form of surface_of, and reads back as it."""
    spec = FIXTURES / case / f"{side}.yaml"
    ws, _ = load_and_validate(spec)
    api = build_api(ws, ClientConfig("client", "Client"), Problems())
    surface = _surface_for(spec, "client", "Client")
    summary = summary_of(api)
    assert summary == Summary.of(surface)
    assert summary.to_json(4) == surface.to_json(4)
    assert summary.surface() == surface


def test_saved_surface_that_cannot_be_read() -> None:
    old, new = _surfaces(CASES[0])
    text = old.to_json(2)
    for broken in (
        "",
        "{}",
        text.replace('"format": 2', '"format": 1'),
        text.replace('"revision": 2', '"revision": "x"'),
    ):
        with pytest.raises(ValueError):
            read_saved(broken)
    # a damaged body is found when it is needed
    damaged = read_saved(text.replace('"operations": [', '"operations": {'))
    assert damaged.body != new.body
    with pytest.raises(ValueError):
        damaged.against(Summary.of(new))


@pytest.mark.parametrize("case", CASES)
@pytest.mark.parametrize("side", ["old", "new"])
def test_fixture_is_clean(case: str, side: str) -> None:
    """No validation problem and no build warning, so a case means what it says (a
    skipped security alternative or parameter would silently change the surface)."""
    spec = FIXTURES / case / f"{side}.yaml"
    assert spec.read_text("utf-8").startswith(f"# Diff fixture `{case}` ({side} side)")
    ws, found = load_and_validate(spec)
    problems = Problems(list(found))
    build_api(ws, ClientConfig("client", "Client"), problems)
    assert [p.format() for p in problems.items] == []


def _kinds_emitted_by_generator() -> set[str]:
    """Every change kind generator/diff.py can emit: `Change(group, KIND, ...)`, `add(KIND, ...)`."""
    tree = ast.parse(Path(diff_module.__file__).read_text("utf-8"))
    kinds = set()
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
            continue
        index = {"Change": 1, "add": 0}.get(node.func.id)
        if index is None or len(node.args) <= index:
            continue
        arg = node.args[index]
        if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
            kinds.add(arg.value)
    return kinds


def test_every_change_kind_is_covered() -> None:
    emitted = _kinds_emitted_by_generator()
    assert len(emitted) >= 20, emitted  # the AST walk found the kinds
    covered = {kind for changes in EXPECTED.values() for kind, _, _ in changes}
    assert emitted - covered == set(), "change kinds without a golden case"
    # both classifications of the kinds whose flag depends on the change
    flags: dict[str, set[bool]] = {}
    for changes in EXPECTED.values():
        for kind, _, breaking in changes:
            flags.setdefault(kind, set()).add(breaking)
    for kind in (
        "argument-added",
        "argument-type-changed",
        "field-added",
        "auth-changed",
    ):
        assert flags[kind] == {True, False}, kind


def _op(*args: Arg) -> OpSurface:
    return OpSurface(
        "things", "list_things", "GET /things", "listThings", args, "None", (), ()
    )


def _surface(*ops: OpSurface) -> Surface:
    return Surface("client", "Client", "1.0.0", ops)


def test_argument_renamed_same_wire_name_surface_level() -> None:
    """The rename rule itself: same wire name and location, new Python name -> breaking.
    (From a spec, a rename needs a name collision; see the argument_renamed case.)"""
    old = _surface(_op(Arg("kind", "type", "query", "str", False)))
    new = _surface(_op(Arg("type_", "type", "query", "str", False)))
    (change,) = compare("x", old, new).changes
    assert (change.kind, change.breaking) == ("argument-renamed", True)
    assert change.old == "things.list_things(*, kind: str = NOT_GIVEN) -> None"
    assert change.new == "things.list_things(*, type_: str = NOT_GIVEN) -> None"


def test_renamed_argument_compared_with_its_old_self() -> None:
    """A renamed argument that also became required is reported as both."""
    old = _surface(_op(Arg("kind", "type", "query", "str", False)))
    new = _surface(_op(Arg("type_", "type", "query", "str", True)))
    kinds = [(c.kind, c.breaking) for c in compare("x", old, new).changes]
    assert kinds == [("argument-renamed", True), ("argument-now-required", True)]


def test_same_name_other_wire_is_not_a_rename() -> None:
    """Different wire names: one argument removed, another added (not a rename)."""
    old = _surface(_op(Arg("a", "a", "query", "str", False)))
    new = _surface(_op(Arg("b", "b", "query", "str", False)))
    kinds = [(c.kind, c.breaking) for c in compare("x", old, new).changes]
    assert kinds == [("argument-removed", True), ("argument-added", False)]
