"""Golden tests: each `tests/fixtures/NAME.yaml` must generate exactly `tests/golden/NAME/`.

A golden holds every generated file but the runtime copies (`templates/runtime/*.py`, which
every package gets verbatim): those are checked here to be byte-identical to their source,
in the goldens' packages and in the committed vendor clients. A mismatch fails with one
message listing missing and extra files and the unified diff of every changed file. After
an intended change: `make goldens && git diff tests/golden`.
"""

from __future__ import annotations

import difflib
import hashlib
import json
import os
import subprocess
import sys
import textwrap
from functools import cache
from pathlib import Path

import pytest

from generator.config import find_project, load_config
from generator.render import RUNTIME_FILES
from generator.write import Comparison, compare
from tests.golden_refresh import (
    FIXTURES_DIR,
    GOLDEN_DIR,
    REFRESH_COMMAND,
    ROOT,
    RUNTIME_DIR,
    assemble,
    config_for,
    fixtures,
    golden_dir,
    render,
    runtime_paths,
    snapshot,
)

FIXTURES = fixtures()
IDS = [f.stem for f in FIXTURES]


@cache
def rendered(fixture: Path) -> dict[str, str]:
    return render(fixture).files


def golden_failure(name: str, comparison: Comparison, files: dict[str, str]) -> str:
    """One message with every difference: missing/extra files, and a unified diff of each
    changed (and each missing) file; ends with the command that refreshes the goldens."""
    lines = [f"golden output of {name} differs from tests/golden/{name}/:"]
    for label, paths in (
        ("missing from the golden (new output)", comparison.missing),
        ("extra in the golden (no longer generated)", comparison.extra),
        ("changed", comparison.changed),
    ):
        if paths:
            lines.append(f"  {label}:")
            lines.extend(f"    {p}" for p in paths)
    diffs = [comparison.diffs[p] for p in comparison.changed]
    diffs += [
        "".join(
            difflib.unified_diff(
                [], files[p].splitlines(keepends=True), "/dev/null", f"b/{p}"
            )
        )
        for p in comparison.missing
    ]
    body = (
        "\n".join(lines)
        + "\n\n"
        + "".join(d if d.endswith("\n") else d + "\n" for d in diffs)
    )
    return body + (
        f"\nIf the change is intended, refresh the goldens and review them:\n"
        f"    {REFRESH_COMMAND}\n"
    )


def test_there_are_fixtures_and_each_has_a_golden() -> None:
    assert len(FIXTURES) >= 4
    goldens = sorted(p.name for p in GOLDEN_DIR.iterdir() if p.is_dir())
    assert goldens == sorted(IDS), (
        f"fixtures and goldens differ; run: {REFRESH_COMMAND}"
    )


@pytest.mark.parametrize("fixture", FIXTURES, ids=IDS)
def test_golden(fixture: Path) -> None:
    files = snapshot(rendered(fixture), fixture.stem)
    comparison = compare(golden_dir(fixture), files)
    if not comparison.clean:
        pytest.fail(golden_failure(fixture.stem, comparison, files), pytrace=False)


PROJECT = load_config(find_project(ROOT))
VENDORS = PROJECT.clients
RUNTIME_CASES = [f"golden:{f.stem}" for f in FIXTURES] + [
    f"vendor:{c.name}" for c in VENDORS
]


def _package_files(case: str) -> tuple[str, dict[str, bytes]]:
    """The package name and its files (path -> bytes): a golden case as generated now (in
    memory), a vendor client as committed under generated/."""
    kind, name = case.split(":")
    if kind == "golden":
        fixture = FIXTURES_DIR / f"{name}.yaml"
        files = rendered(fixture)
        return name, {p: t.encode("utf-8") for p, t in files.items()}
    client = next(c for c in VENDORS if c.name == name)
    dist = PROJECT.output / name
    found = {
        p.relative_to(dist).as_posix(): p.read_bytes()
        for p in (dist / client.package).glob("*.py")
    }
    return client.package, found


@pytest.mark.parametrize("case", RUNTIME_CASES)
def test_runtime_copies_are_byte_identical_to_templates_runtime(case: str) -> None:
    """What the goldens leave out: each package's copy of every runtime file is its source
    in templates/runtime/, byte for byte, and none is missing (nor left off the list)."""
    assert sorted(p.name for p in RUNTIME_DIR.glob("*.py")) == sorted(RUNTIME_FILES)
    package, files = _package_files(case)
    missing = [p for p in runtime_paths(package) if p not in files]
    assert missing == [], f"{case}: runtime files missing"
    differ = [
        rel
        for rel, name in zip(runtime_paths(package), RUNTIME_FILES, strict=True)
        if files[rel] != (RUNTIME_DIR / name).read_bytes()
    ]
    assert differ == [], f"{case}: not copies of templates/runtime/"


@pytest.mark.parametrize("fixture", FIXTURES, ids=IDS)
def test_fixture_generates_without_warnings(fixture: Path) -> None:
    """Fixtures use only supported constructs: nothing is skipped with a warning."""
    assert [w.format() for w in render(fixture).warnings] == []


@pytest.mark.parametrize("fixture", FIXTURES, ids=IDS)
def test_generation_is_deterministic_in_process(fixture: Path) -> None:
    first = render(fixture).files
    second = render(fixture).files
    assert list(first) == list(second)
    assert first == second


_DIGEST_SCRIPT = textwrap.dedent(
    """
    import hashlib, json, sys
    from tests.golden_refresh import fixtures, render
    out = {}
    for fixture in fixtures():
        h = hashlib.sha256()
        for path, text in sorted(render(fixture).files.items()):
            h.update(path.encode() + b"\\0" + text.encode() + b"\\0")
        out[fixture.stem] = h.hexdigest()
    print(json.dumps(out))
    """
)


def _digest(files: dict[str, str]) -> str:
    h = hashlib.sha256()
    for path, text in sorted(files.items()):
        h.update(path.encode() + b"\0" + text.encode() + b"\0")
    return h.hexdigest()


def test_generation_is_deterministic_across_hash_seeds() -> None:
    """Set and dict iteration order of str keys differs per process (PYTHONHASHSEED);
    output must not."""
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", _DIGEST_SCRIPT],
            cwd=ROOT,
            env={**os.environ, "PYTHONHASHSEED": seed},
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for seed in ("1", "2")
    ]
    results = []
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
        results.append(json.loads(out))
    here = {f.stem: _digest(rendered(f)) for f in FIXTURES}
    assert results[0] == results[1] == here


def test_fixture_names_make_valid_packages() -> None:
    for fixture in FIXTURES:
        cfg = config_for(fixture)
        assert cfg.package == fixture.stem
        assert cfg.client_class.isidentifier()
        assert cfg.client_class[0].isupper()
    assert (
        config_for(FIXTURES_DIR / "petstore_basic.yaml").client_class == "PetstoreBasic"
    )


@pytest.mark.parametrize("fixture", FIXTURES, ids=IDS)
def test_golden_compiles_and_imports(fixture: Path, tmp_path: Path) -> None:
    dist = assemble(fixture, tmp_path / fixture.stem)  # with the runtime
    package = fixture.stem
    sources = sorted((dist / package).rglob("*.py"))
    assert sources, f"no Python files in {dist}"
    for source in sources:
        compile(source.read_text(encoding="utf-8"), str(source), "exec")
    client_class = config_for(fixture).client_class
    script = textwrap.dedent(
        f"""
        import importlib, pkgutil, sys
        sys.path.insert(0, {str(dist)!r})
        import {package} as pkg
        assert pkg.__file__.startswith({str(dist)!r}), pkg.__file__
        for info in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + "."):
            importlib.import_module(info.name)
        for name in pkg.models.__all__:
            getattr(pkg.models, name)
        for name in pkg.__all__:
            getattr(pkg, name)
        pkg.{client_class}
        pkg.Async{client_class}
        print("imported", len(sys.modules))
        """
    )
    proc = subprocess.run(
        [sys.executable, "-I", "-c", script],
        cwd=dist,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("imported")


# -- the failure message itself ----------------------------------------------------------


def test_golden_failure_message_shows_every_difference(tmp_path: Path) -> None:
    golden = tmp_path / "golden"
    (golden / "pkg").mkdir(parents=True)
    (golden / "pkg" / "a.py").write_text("a = 1\n", encoding="utf-8")
    (golden / "pkg" / "b.py").write_text("b = 1\n", encoding="utf-8")
    (golden / "pkg" / "same.py").write_text("same = 1\n", encoding="utf-8")
    (golden / "pkg" / "gone.py").write_text("gone = 1\n", encoding="utf-8")
    files = {
        "pkg/a.py": "a = 2\n",
        "pkg/b.py": "b = 2\n",
        "pkg/same.py": "same = 1\n",
        "pkg/new.py": "new = 1\n",
    }
    comparison = compare(golden, files)
    message = golden_failure("pkg", comparison, files)
    assert message.count("--- a/") == 2
    for name in ("a", "b"):
        assert f"--- a/pkg/{name}.py\n+++ b/pkg/{name}.py\n" in message
        assert f"-{name} = 1\n+{name} = 2\n" in message
    assert "+++ b/pkg/new.py" in message
    assert "+new = 1" in message
    assert "    pkg/gone.py" in message
    assert "same.py" not in message
    assert message.rstrip().endswith(REFRESH_COMMAND)
