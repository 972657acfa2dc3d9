"""Shared helpers for the CLI tests: project copies, snapshots, and two ways to run the CLI.

`run_cli` runs `python -m generator` in a subprocess (honest exit codes and streams).
`Cli` runs the same click command in this process (with `cwd` set to a project copy), so
black's in-memory cache is shared between runs and full-project runs stay fast.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from generator.cli import main

REPO = Path(__file__).resolve().parents[2]
PROJECT_PARTS = ("pyproject.toml", "specs", "templates", "generated")

#: path relative to the snapshotted directory -> (sha256 of the content, mtime in ns)
Snapshot = dict[str, tuple[str, int]]


def run_cli(*args: str, cwd: Path = REPO) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
    )


def snapshot(directory: Path) -> Snapshot:
    """Every file under `directory` (hidden ones too), by content hash and mtime."""
    out: Snapshot = {}
    for path in sorted(directory.rglob("*")):
        if path.is_file():
            rel = path.relative_to(directory).as_posix()
            out[rel] = (
                hashlib.sha256(path.read_bytes()).hexdigest(),
                path.stat().st_mtime_ns,
            )
    return out


def age_files(directory: Path, seconds_ago: int = 3600) -> None:
    """Set every file's mtime well into the past, so any rewrite is visible in the mtime."""
    past = (
        os.stat(directory).st_mtime_ns // 1_000_000_000 - seconds_ago
    ) * 1_000_000_000
    for path in directory.rglob("*"):
        if path.is_file():
            os.utime(path, ns=(past, past))


def copy_project(source: Path, target: Path) -> Path:
    target.mkdir(parents=True)
    for part in PROJECT_PARTS:
        src = source / part
        if src.is_dir():
            shutil.copytree(
                src, target / part, ignore=shutil.ignore_patterns("__pycache__")
            )
        else:
            shutil.copy2(src, target / part)
    return target


def invoke(cwd: Path, *args: str) -> Result:
    """Run the CLI in-process with the working directory set to `cwd`."""
    with pytest.MonkeyPatch.context() as m:
        m.chdir(cwd)
        return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.fixture(scope="session")
def pristine_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the project whose generated/ is fresh (others may be editing templates in
    the checkout, so the committed generated/ can be stale while these tests run)."""
    root = copy_project(REPO, tmp_path_factory.mktemp("pristine") / "project")
    result = invoke(root, "generate")
    assert result.exit_code == 0, result.output
    age_files(root / "generated")
    return root


@pytest.fixture
def project(pristine_project: Path, tmp_path: Path) -> Path:
    """A private copy of the pristine project (mtimes preserved)."""
    target = tmp_path / "project"
    shutil.copytree(pristine_project, target)
    return target


class Cli:
    """Invoke the clientgen CLI in-process with the working directory set to `cwd`."""

    def __init__(self, cwd: Path) -> None:
        self.cwd = cwd

    def __call__(self, *args: str) -> Result:
        return invoke(self.cwd, *args)


@pytest.fixture
def cli(project: Path) -> Cli:
    return Cli(project)
