"""One source for the surface (generator.signatures): packages generated from every golden
fixture (workflows.yaml too) and every vendor spec are imported, and their public methods and
real signatures (`inspect.signature` on the resource classes and the client) must be exactly
the saved surface (clientgen-surface.json) behind `diff`, the CHANGELOG and the version."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from generator.build import ClientConfig
from generator.config import find_project, load_config
from generator.diff import _breaks
from generator.pipeline import generate
from generator.signatures import Method, Param
from generator.write import write_package
from tests.golden_refresh import ROOT, config_for, fixtures

VENDOR = load_config(find_project(ROOT)).clients
CASES = [(f.stem, f, config_for(f)) for f in fixtures()] + [
    (c.name, c.spec, ClientConfig(c.package, c.client_class, c.distribution))
    for c in VENDOR
]


@pytest.mark.parametrize(("name", "spec", "config"), CASES, ids=[c[0] for c in CASES])
def test_the_code_has_exactly_the_surface(
    tmp_path: Path, name: str, spec: Path, config: ClientConfig
) -> None:
    dist = tmp_path / name
    write_package(dist, generate(spec, config).files)
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "tests.diff._signature_check",
            str(dist),
            config.package,
            config.client_class,
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)
    assert result["problems"] == []
    saved = json.loads((dist / "clientgen-surface.json").read_text("utf-8"))
    assert result["checked"] == len(saved["operations"]) + len(saved["methods"]) > 0


def test_the_workflow_fixture_has_companions_and_login(tmp_path: Path) -> None:
    spec = ROOT / "tests" / "fixtures" / "workflows.yaml"
    files = generate(spec, config_for(spec)).files
    saved = json.loads(files["clientgen-surface.json"])
    names = {f"{m['owner']}.{m['name']}": m["kind"] for m in saved["methods"]}
    assert names == {
        "clusters.resize_cluster_and_wait": "task",
        "jobs.wait_for_job": "wait",
        "client.login": "login",
    }


def _m(*params: Param, returns: str = "Job") -> Method:
    return Method("jobs", "wait", params, returns, "wait")


def test_which_method_changes_break_calls() -> None:
    a = Param("job_id", "str")
    b = Param("dry_run", "bool | _t.NotGiven", "_t.NOT_GIVEN")
    assert not _breaks(_m(a), _m(a, b))  # a new optional parameter
    assert _breaks(_m(a), _m(a, Param("size", "int")))  # a new required one
    assert _breaks(_m(a, b), _m(a))  # a parameter gone
    assert _breaks(_m(a), _m(Param("job_id", "int")))  # retyped
    assert _breaks(_m(b), _m(Param("dry_run", "bool | _t.NotGiven")))  # default gone
    assert _breaks(_m(a), _m(a, returns="Task"))  # another return type
