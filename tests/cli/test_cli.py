"""The command line (`clientgen validate | generate | check`) and the atomic package writer.

Commands that only validate, or fail before formatting, run in a subprocess (`python -m
generator`): exit codes and streams are what a user sees. Commands over the whole project run
in-process (`cli` fixture) in a private copy of the project, so they share black's cache and
the suite stays fast; click's runner reports their exit codes the same way.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from generator import write
from generator.config import load_config
from generator.owned import MANIFEST, manifest_text
from generator.write import recover, write_package
from tests.cli.conftest import (
    REPO,
    Cli,
    Snapshot,
    age_files,
    run_cli,
    snapshot,
)

SPECS = sorted((REPO / "specs").glob("*.yaml"))
PROBLEM_LINE = re.compile(
    r"^(?P<file>[^:\s]+):(?P<line>\d+):(?P<col>\d+): (?P<pointer>/\S*): (?P<message>.+)$"
)
DRIFT = "# drift-marker: added by the test\n"


def leftovers(directory: Path) -> list[str]:
    """Staging or backup directories a writer left behind (`.NAME.new-*`, `.NAME.old-*`)."""
    return sorted(p.name for p in directory.iterdir() if p.name.startswith("."))


def clients(root: Path) -> list[tuple[str, str]]:
    """(client name, package) of every configured client of the project at `root`."""
    return [(c.name, c.package) for c in load_config(root).clients]


def resource_modules(root: Path) -> list[str]:
    """Every generated resource module, as `NAME/PKG/resources/MODULE.py`."""
    out = []
    for name, package in clients(root):
        directory = root / "generated" / name / package / "resources"
        out += [
            f"{name}/{package}/resources/{p.name}"
            for p in sorted(directory.glob("*.py"))
            if p.name != "__init__.py"
        ]
    return out


def changed_paths(before: Snapshot, after: Snapshot) -> list[str]:
    return sorted(
        k for k in before.keys() | after.keys() if before.get(k) != after.get(k)
    )


# -- validate ----------------------------------------------------------------------------


@pytest.mark.parametrize("spec", SPECS, ids=[s.name for s in SPECS])
def test_validate_project_spec_exits_0(spec: Path) -> None:
    proc = run_cli("validate", f"specs/{spec.name}")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == f"specs/{spec.name}: valid"


BROKEN_SPEC = """\
openapi: 3.0.3
info:
  title: Broken on purpose
paths:
  /pets/{petId}:
    get:
      operationId: getPet
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema:
                $ref: "#/components/schemas/Missing"
  /pets:
    get:
      operationId: getPet
      responses:
        "200":
          description: ok
components:
  schemas:
    Pet:
      type: objekt
      properties:
        name:
          type: string
"""


def _position(text: str, needle: str, occurrence: int = 1) -> tuple[int, int]:
    """1-based (line, column) of the n-th line containing `needle`, at its first non-blank."""
    seen = 0
    for number, line in enumerate(text.splitlines(), start=1):
        if needle in line:
            seen += 1
            if seen == occurrence:
                return number, len(line) - len(line.lstrip()) + 1
    raise AssertionError(f"{needle!r} not in the spec")


def test_validate_broken_spec_reports_every_problem_with_location(
    tmp_path: Path,
) -> None:
    (tmp_path / "broken.yaml").write_text(BROKEN_SPEC, encoding="utf-8")
    proc = run_cli("validate", "broken.yaml", cwd=tmp_path)
    assert proc.returncode == 2, proc.stdout + proc.stderr
    lines = proc.stderr.splitlines()
    assert lines[-1] == "broken.yaml: 5 problem(s)"
    problems = lines[:-1]
    parsed = [PROBLEM_LINE.match(line) for line in problems]
    assert all(parsed), (
        f"lines not shaped file:line:col: pointer: message:\n{proc.stderr}"
    )
    found = {
        (m["pointer"], int(m["line"]), int(m["col"])): m["message"]
        for m in parsed
        if m is not None
    }
    assert {m["file"] for m in parsed if m is not None} == {"broken.yaml"}

    text = BROKEN_SPEC
    expected = {
        ("/info", *_position(text, "info:")): "'version' is a required property",
        (
            "/components/schemas/Pet/type",
            *_position(text, "type: objekt"),
        ): "'objekt' is not one of",
        (
            "/paths/~1pets~1{petId}/get/responses/200/content/application~1json/schema/$ref",
            *_position(text, "$ref"),
        ): "'#/components/schemas/Missing' points to nothing",
        (
            "/paths/~1pets/get/operationId",
            *_position(text, "operationId: getPet", 2),
        ): "operationId 'getPet' is already used",
        (
            "/paths/~1pets~1{petId}/get",
            *_position(text, "get:", 1),
        ): "path parameter 'petId'",
    }
    assert sorted(found) == sorted(expected), proc.stderr
    for key, fragment in expected.items():
        assert fragment in found[key], (key, found[key])


def test_validate_checks_every_file_given(tmp_path: Path) -> None:
    (tmp_path / "broken.yaml").write_text(BROKEN_SPEC, encoding="utf-8")
    shutil.copy(
        REPO / "tests" / "fixtures" / "petstore_basic.yaml", tmp_path / "good.yaml"
    )
    proc = run_cli("validate", "broken.yaml", "good.yaml", cwd=tmp_path)
    assert proc.returncode == 2
    assert proc.stdout.strip() == "good.yaml: valid"
    assert "broken.yaml: 5 problem(s)" in proc.stderr


@pytest.mark.parametrize(
    ("name", "text", "line", "col", "message"),
    [
        (
            "bad.yaml",
            'openapi: 3.0.3\ninfo:\n  title: x\n  version: "1"\n paths: {}\n',
            5,
            2,
            "invalid YAML",
        ),
        ("unclosed.yaml", "openapi: 3.0.3\ninfo: [unclosed\n", 3, 1, "invalid YAML"),
        (
            "bad.json",
            '{\n  "openapi": "3.0.3",\n  "info": {"title": "x", "version": "1"},\n  "paths": {,}\n}\n',
            4,
            13,
            "invalid JSON",
        ),
    ],
)
def test_validate_unparsable_file_reports_line_and_column(
    tmp_path: Path, name: str, text: str, line: int, col: int, message: str
) -> None:
    (tmp_path / name).write_text(text, encoding="utf-8")
    proc = run_cli("validate", name, cwd=tmp_path)
    assert proc.returncode == 2
    first = proc.stderr.splitlines()[0]
    m = PROBLEM_LINE.match(first)
    assert m, first
    assert (m["file"], int(m["line"]), int(m["col"])) == (name, line, col)
    assert m["message"].startswith(message + ": ")


def test_validate_missing_file_exits_2(tmp_path: Path) -> None:
    proc = run_cli("validate", "nowhere.yaml", cwd=tmp_path)
    assert proc.returncode == 2
    assert proc.stderr.startswith("nowhere.yaml:1:1: /: cannot read file")


# -- generate: a failure leaves generated/ untouched -------------------------------------


def _break_spec(root: Path) -> None:
    spec = load_config(root).clients[0].spec
    spec.write_text(
        "openapi: 3.0.3\ninfo:\n  title: broken\npaths: {}\n", encoding="utf-8"
    )


def _template_undefined_variable(root: Path) -> None:
    template = root / "templates" / "package" / "resource.py.j2"
    template.write_text(
        template.read_text(encoding="utf-8") + "{{ no_such_variable }}\n",
        encoding="utf-8",
    )


def _template_invalid_python(root: Path) -> None:
    template = root / "templates" / "package" / "resource.py.j2"
    template.write_text(
        template.read_text(encoding="utf-8") + "def broken(:\n", encoding="utf-8"
    )


@pytest.mark.parametrize(
    ("breakage", "message"),
    [
        (_break_spec, "'version' is a required property"),
        (
            _template_undefined_variable,
            "template error: 'no_such_variable' is undefined",
        ),
        (
            _template_invalid_python,
            "the generated code cannot be formatted: not valid Python",
        ),
    ],
    ids=["invalid-spec", "template-undefined-variable", "template-invalid-python"],
)
def test_generate_failure_leaves_generated_unchanged(
    project: Path, cli: Cli, breakage: Callable[[Path], None], message: str
) -> None:
    before = snapshot(project / "generated")
    breakage(project)
    result = cli("generate")
    assert result.exit_code == 2, result.output
    assert message in result.stderr
    assert re.search(
        r": not generated; generated/\w+ left unchanged$", result.stderr, re.M
    )
    assert snapshot(project / "generated") == before
    assert leftovers(project / "generated") == []


def test_a_template_error_names_the_template_and_its_line(
    project: Path, cli: Cli
) -> None:
    _template_undefined_variable(project)
    template = project / "templates" / "package" / "resource.py.j2"
    last = len(template.read_text(encoding="utf-8").splitlines())
    result = cli("generate")
    assert result.exit_code == 2, result.output
    assert f"{template}:{last}:" in result.stderr, result.stderr


def test_generate_failure_in_a_subprocess(project: Path) -> None:
    name = clients(project)[0][0]
    before = snapshot(project / "generated")
    _break_spec(project)
    proc = run_cli("generate", name, cwd=project)
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert f"{name}: not generated; generated/{name} left unchanged" in proc.stderr
    assert snapshot(project / "generated") == before
    assert leftovers(project / "generated") == []


# -- check -------------------------------------------------------------------------------


def test_check_untouched_project_exits_0(project: Path, cli: Cli) -> None:
    before = snapshot(project / "generated")
    result = cli("check")
    assert result.exit_code == 0, result.output
    for name, _ in clients(project):
        assert re.search(rf"^{name}: up to date \(\d+ files\)$", result.stdout, re.M)
    assert snapshot(project / "generated") == before


def _assert_one_diff_per_file(output: str, paths: list[str]) -> None:
    """`paths` are `NAME/REL`: listed as changed under NAME, each with its own unified diff."""
    assert paths
    assert output.count("\n--- a/") + output.startswith("--- a/") == len(paths), output
    assert output.count("\n+++ b/") == len(paths)
    assert output.count("+" + DRIFT.rstrip("\n")) == len(paths)
    for path in paths:
        _, rel = path.split("/", 1)
        assert f"  changed: {rel}\n" in output
        assert f"--- a/{rel}\n+++ b/{rel}\n" in output


def test_check_catches_drift_in_a_package_template(project: Path, cli: Cli) -> None:
    affected = resource_modules(project)
    assert len(affected) >= len(clients(project))
    template = project / "templates" / "package" / "resource.py.j2"
    template.write_text(template.read_text(encoding="utf-8") + DRIFT, encoding="utf-8")
    before = snapshot(project / "generated")
    result = cli("check")
    assert result.exit_code == 1, result.output
    _assert_one_diff_per_file(result.stdout, affected)
    for name, _ in clients(project):
        assert f"{name}: generated/{name} is stale" in result.stdout
    assert snapshot(project / "generated") == before  # check never writes


def test_check_catches_drift_in_a_runtime_file(project: Path, cli: Cli) -> None:
    runtime = project / "templates" / "runtime" / "_types.py"
    runtime.write_text(runtime.read_text(encoding="utf-8") + DRIFT, encoding="utf-8")
    result = cli("check")
    assert result.exit_code == 1, result.output
    _assert_one_diff_per_file(
        result.stdout, [f"{name}/{pkg}/_types.py" for name, pkg in clients(project)]
    )


def test_check_lists_missing_and_extra_files(project: Path, cli: Cli) -> None:
    name, package = clients(project)[0]
    target = project / "generated" / name
    (target / package / "py.typed").unlink()
    (target / package / "stray.py").write_text("x = 1\n", encoding="utf-8")
    result = cli("check", name)
    assert result.exit_code == 1
    assert f"  missing: {package}/py.typed\n" in result.stdout
    assert "stray.py" not in result.stdout  # not clientgen's: generate keeps it
    # a file clientgen wrote and no longer would is extra
    (target / MANIFEST).write_text(
        (target / MANIFEST).read_text(encoding="utf-8") + f"{package}/gone.py\n",
        encoding="utf-8",
    )
    (target / package / "gone.py").write_text("x = 1\n", encoding="utf-8")
    result = cli("check", name)
    assert f"  extra:   {package}/gone.py\n" in result.stdout


def test_check_unknown_client_exits_2(cli: Cli) -> None:
    result = cli("check", "no-such-client")
    assert result.exit_code == 2
    assert "no client named 'no-such-client'" in result.stderr


# -- generate: idempotent and minimal ----------------------------------------------------

_SUMMARY = re.compile(
    r"^(?P<name>\S+): \d+/\d+ operations?, \d+ models?, \d+ enums?; (?P<files>\d+) files? "
    r"\((?P<written>\d+) written, (?P<unchanged>\d+) unchanged, (?P<removed>\d+) removed\)",
    re.M,
)


def _summaries(output: str) -> dict[str, tuple[int, int, int, int]]:
    return {
        m["name"]: (
            int(m["files"]),
            int(m["written"]),
            int(m["unchanged"]),
            int(m["removed"]),
        )
        for m in _SUMMARY.finditer(output)
    }


def test_generate_twice_is_byte_identical_and_second_run_writes_nothing(
    project: Path, cli: Cli
) -> None:
    generated = project / "generated"
    names = [name for name, _ in clients(project)]

    def from_scratch() -> dict[str, str]:
        shutil.rmtree(generated)
        result = cli("generate")
        assert result.exit_code == 0, result.output
        summaries = _summaries(result.stdout)
        assert sorted(summaries) == sorted(names)
        for files, written, unchanged, removed in summaries.values():
            assert (written, unchanged, removed) == (files, 0, 0)
        return {k: v[0] for k, v in snapshot(generated).items()}

    assert from_scratch() == from_scratch()

    age_files(generated)
    before = snapshot(generated)
    again = cli("generate")
    assert again.exit_code == 0, again.output
    summaries = _summaries(again.stdout)
    assert sorted(summaries) == sorted(names)
    for files, written, unchanged, removed in summaries.values():
        assert (written, unchanged, removed) == (0, files, 0)
    assert snapshot(generated) == before  # contents and mtimes


def test_generate_rewrites_only_changed_files(project: Path, cli: Cli) -> None:
    generated = project / "generated"
    affected = resource_modules(project)
    template = project / "templates" / "package" / "resource.py.j2"
    template.write_text(template.read_text(encoding="utf-8") + DRIFT, encoding="utf-8")
    before = snapshot(generated)
    result = cli("generate")
    assert result.exit_code == 0, result.output
    after = snapshot(generated)
    assert changed_paths(before, after) == sorted(affected)
    for path in affected:
        assert after[path][1] != before[path][1]  # rewritten: new mtime
        assert (generated / path).read_text(encoding="utf-8").endswith(DRIFT)
    written = sum(s[1] for s in _summaries(result.stdout).values())
    assert written == len(affected)
    assert leftovers(generated) == []


def test_generate_removes_files_no_longer_generated(project: Path, cli: Cli) -> None:
    name, package = clients(project)[0]
    stray = project / "generated" / name / package / "models" / "stray.py"
    stray.write_text("x = 1\n", encoding="utf-8")
    # as if an earlier generation had written it
    listed = project / "generated" / name / MANIFEST
    listed.write_text(
        listed.read_text(encoding="utf-8") + f"{package}/models/stray.py\n",
        encoding="utf-8",
    )
    result = cli("generate", name)
    assert result.exit_code == 0, result.output
    assert not stray.exists()
    # written: the manifest edited above; removed: the stray file
    assert _summaries(result.stdout)[name][1:] == (
        1,
        _summaries(result.stdout)[name][0] - 1,
        1,
    )


# -- generate: ad hoc --------------------------------------------------------------------


def test_generate_ad_hoc_package_imports_without_install(tmp_path: Path) -> None:
    out = tmp_path / "out"
    spec = REPO / "tests" / "fixtures" / "petstore_basic.yaml"
    proc = run_cli(
        "generate",
        "--spec",
        str(spec),
        "--out",
        str(out),
        "--package",
        "adhoc_pets",
        cwd=tmp_path,
    )
    assert proc.returncode == 0, proc.stderr
    assert re.match(r"adhoc_pets: 8/8 operations, ", proc.stdout)
    assert (out / "pyproject.toml").is_file()
    assert (out / "adhoc_pets" / "py.typed").is_file()
    assert 'name = "adhoc-pets"' in (out / "pyproject.toml").read_text(encoding="utf-8")
    script = textwrap.dedent(
        f"""
        import sys
        sys.path.insert(0, {str(out)!r})
        import adhoc_pets
        from adhoc_pets import AdhocPets, AsyncAdhocPets
        from adhoc_pets.models import Pet, PetStatus
        client = AdhocPets(api_key="k")
        assert client.pets.list_pets is not None
        assert PetStatus("sold") is PetStatus.SOLD
        print(adhoc_pets.__file__)
        """
    )
    imported = subprocess.run(
        [sys.executable, "-I", "-c", script], capture_output=True, text=True, timeout=60
    )
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout.strip() == str(out / "adhoc_pets" / "__init__.py")


def test_generate_ad_hoc_client_class(tmp_path: Path, cli: Cli) -> None:
    out = tmp_path / "shop"
    spec = REPO / "tests" / "fixtures" / "auth_schemes.yaml"
    result = cli(
        "generate",
        "--spec",
        str(spec),
        "--out",
        str(out),
        "--package",
        "shop",
        "--client-class",
        "ShopAPI",
    )
    assert result.exit_code == 0, result.output
    client = (out / "shop" / "_client.py").read_text(encoding="utf-8")
    assert "\nclass ShopAPI(_b.SyncAPIClient):" in client
    assert "\nclass AsyncShopAPI(_b.AsyncAPIClient):" in client


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--spec", "x.yaml"], "--spec needs --out and --package"),
        (["--spec", "x.yaml", "--out", "o"], "--spec needs --out and --package"),
        (
            ["--spec", "x.yaml", "--out", "o", "--package", "not-valid"],
            "is not a Python identifier",
        ),
    ],
)
def test_generate_ad_hoc_usage_errors(cli: Cli, args: list[str], message: str) -> None:
    result = cli("generate", *args)
    assert result.exit_code == 2
    assert message in result.stderr


def test_generate_unknown_client_exits_2(project: Path, cli: Cli) -> None:
    before = snapshot(project / "generated")
    result = cli("generate", "no-such-client")
    assert result.exit_code == 2
    assert "no client named 'no-such-client'" in result.stderr
    assert snapshot(project / "generated") == before


# -- the atomic writer -------------------------------------------------------------------

OLD = {
    "pyproject.toml": "[project]\nname = 'pkg'\n",
    "pkg/__init__.py": "VERSION = 1\n",
    "pkg/a.py": "a = 1\n",
    "pkg/b.py": "b = 1\n",
    "pkg/sub/c.py": "c = 1\n",
    "pkg/gone.py": "gone = 1\n",
}
NEW = {
    "pyproject.toml": "[project]\nname = 'pkg'\n",
    "pkg/__init__.py": "VERSION = 2\n",
    "pkg/a.py": "a = 2\n",
    "pkg/b.py": "b = 1\n",
    "pkg/sub/c.py": "c = 2\n",
    "pkg/sub/new.py": "new = 1\n",
}
# each names its files, as every generated package does (generator.owned)
OLD[MANIFEST] = manifest_text("pkg", OLD)
NEW[MANIFEST] = manifest_text("pkg", NEW)


@pytest.fixture
def existing(tmp_path: Path) -> Path:
    """A package directory written with OLD, with mtimes in the past."""
    target = tmp_path / "out" / "pkg"
    write_package(target, OLD)
    age_files(target)
    return target


def test_write_package_replaces_the_tree(existing: Path) -> None:
    before = snapshot(existing)
    result = write_package(existing, NEW)
    assert result.changed == (
        MANIFEST,
        "pkg/__init__.py",
        "pkg/a.py",
        "pkg/sub/c.py",
    )
    assert result.missing == ("pkg/sub/new.py",)
    assert result.extra == ("pkg/gone.py",)
    assert result.unchanged == ("pkg/b.py", "pyproject.toml")
    assert {p: (existing / p).read_text(encoding="utf-8") for p in NEW} == NEW
    after = snapshot(existing)
    assert sorted(after) == sorted(NEW)
    for unchanged in result.unchanged:
        assert after[unchanged] == before[unchanged]  # content and mtime kept
    assert leftovers(existing.parent) == []


def test_write_package_does_nothing_when_clean(existing: Path) -> None:
    before = snapshot(existing)
    directory_mtime = existing.stat().st_mtime_ns
    result = write_package(existing, OLD)
    assert result.clean
    assert snapshot(existing) == before
    assert existing.stat().st_mtime_ns == directory_mtime
    assert leftovers(existing.parent) == []


def test_write_package_creates_a_new_target(tmp_path: Path) -> None:
    target = tmp_path / "deep" / "er" / "pkg"
    result = write_package(target, NEW)
    assert sorted(result.missing) == sorted(NEW)
    assert {p: (target / p).read_text(encoding="utf-8") for p in NEW} == NEW
    assert leftovers(target.parent) == []


@pytest.mark.parametrize("after_files", [0, 1, 3])
@pytest.mark.parametrize(
    "error",
    [OSError("disk full"), KeyboardInterrupt()],
    ids=["OSError", "KeyboardInterrupt"],
)
def test_crash_while_writing_leaves_target_untouched(
    existing: Path,
    monkeypatch: pytest.MonkeyPatch,
    after_files: int,
    error: BaseException,
) -> None:
    before = snapshot(existing)
    calls: list[str] = []

    def flaky_open(file: Any, *args: Any, **kwargs: Any) -> Any:
        calls.append(str(file))
        if len(calls) > after_files:
            raise error
        return open(file, *args, **kwargs)

    monkeypatch.setattr(write, "open", flaky_open, raising=False)
    with pytest.raises(type(error)):
        write_package(existing, NEW)
    monkeypatch.undo()
    assert len(calls) == after_files + 1
    assert snapshot(existing) == before
    assert leftovers(existing.parent) == []


def test_the_staged_tree_is_flushed_once_before_the_swap(
    existing: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    events: list[str] = []
    real_flush, real_swap = write.flush, write._swap
    monkeypatch.setattr(os, "fsync", lambda fd: events.append("fsync"))
    monkeypatch.setattr(
        write, "flush", lambda folder: (events.append("flush"), real_flush(folder))[1]
    )
    monkeypatch.setattr(
        write,
        "_swap",
        lambda target, staging: (events.append("swap"), real_swap(target, staging))[1],
    )
    write_package(existing, NEW)
    assert events == ["flush", "swap"]  # one flush, no fsync per file


def test_a_failed_flush_leaves_target_untouched(
    existing: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = snapshot(existing)

    def failing(folder: Path) -> None:
        raise OSError(5, "Input/output error", str(folder))

    monkeypatch.setattr(write, "flush", failing)
    with pytest.raises(OSError, match="Input/output error"):
        write_package(existing, NEW)
    assert snapshot(existing) == before
    assert leftovers(existing.parent) == []


def test_crash_before_swap_leaves_target_untouched(
    existing: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = snapshot(existing)

    def crash(target: Path, staging: Path) -> None:
        raise OSError("crash before the swap")

    monkeypatch.setattr(write, "_swap", crash)
    with pytest.raises(OSError, match="crash before the swap"):
        write_package(existing, NEW)
    assert snapshot(existing) == before
    assert leftovers(existing.parent) == []


def test_failed_rename_during_swap_restores_the_old_tree(
    existing: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = snapshot(existing)
    real_rename = Path.rename
    renames: list[tuple[str, str]] = []

    def rename(self: Path, target: Any) -> Path:
        renames.append((self.name, Path(target).name))
        if len(renames) == 2:  # target -> .pkg.old-*, then staging -> target fails
            raise OSError("rename failed")
        return real_rename(self, target)

    monkeypatch.setattr(Path, "rename", rename)
    with pytest.raises(OSError, match="rename failed"):
        write_package(existing, NEW)
    monkeypatch.undo()
    assert renames[0][0] == "pkg" and renames[0][1].startswith(".pkg.old-")
    assert renames[1][0].startswith(".pkg.new-") and renames[1][1] == "pkg"
    assert snapshot(existing) == before
    assert leftovers(existing.parent) == []


def _interrupt_swap(target: Path) -> None:
    """What a crash between the two renames of a swap leaves: the old tree moved aside to
    `.NAME.old-*`, the staged tree in `.NAME.new-*`, and no target."""
    target.rename(target.parent / f".{target.name}.old-x1y2")
    staged = target.parent / f".{target.name}.new-z3"
    (staged / "pkg").mkdir(parents=True)
    (staged / "pkg" / "half.py").write_text("half = 1\n", encoding="utf-8")


def test_recover_restores_an_interrupted_swap(existing: Path) -> None:
    before = snapshot(existing)
    _interrupt_swap(existing)
    assert not existing.exists()
    recover(existing)
    assert snapshot(existing) == before
    assert leftovers(existing.parent) == []


def test_recover_drops_stale_directories_when_the_target_exists(existing: Path) -> None:
    before = snapshot(existing)
    for stale in (".pkg.old-aaa", ".pkg.new-bbb"):
        (existing.parent / stale / "pkg").mkdir(parents=True)
        (existing.parent / stale / "pkg" / "x.py").write_text(
            "x = 1\n", encoding="utf-8"
        )
    # another package's staging directory: not ours to remove
    (existing.parent / ".other.new-ccc").mkdir()
    recover(existing)
    assert snapshot(existing) == before
    assert leftovers(existing.parent) == [".other.new-ccc"]


def test_write_package_repairs_an_interrupted_swap_first(existing: Path) -> None:
    _interrupt_swap(existing)
    result = write_package(existing, NEW)
    # compared against the restored old tree, not against nothing
    assert result.unchanged == ("pkg/b.py", "pyproject.toml")
    assert {p: (existing / p).read_text(encoding="utf-8") for p in NEW} == NEW
    assert sorted(snapshot(existing)) == sorted(NEW)
    assert leftovers(existing.parent) == []


@pytest.mark.parametrize(
    "bad",
    [
        "../x.py",
        "../../etc/passwd",
        "/tmp/abs.py",
        "pkg/../../x.py",
        "",
        ".",
        "pkg//x.py",
        "pkg/./x.py",
        "pkg\\..\\..\\x.py",
        "pkg/x\0.py",
    ],
)
def test_write_package_refuses_paths_outside_the_package(
    tmp_path: Path, bad: str
) -> None:
    target = tmp_path / "out" / "pkg"
    files: dict[str, Any] = {"pkg/ok.py": "ok = 1\n", bad: "evil = 1\n"}
    with pytest.raises(
        ValueError, match="refusing to write outside the package directory"
    ):
        write_package(target, files)
    assert not (tmp_path / "out").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == []
