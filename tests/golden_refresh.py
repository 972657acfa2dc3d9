"""Regenerate the golden outputs: `python -m tests.golden_refresh` (what `make goldens` runs).

Every `tests/fixtures/NAME.yaml` is generated in memory (package `NAME`, client class
PascalCase of NAME) and its snapshot written atomically to `tests/golden/NAME/`; golden
directories whose fixture is gone are removed. Prints what changed; review it with
`git diff tests/golden`.

A golden holds what the templates generate: every file of the package except the runtime
(`templates/runtime/*.py`), which every package gets verbatim. tests/test_golden.py checks
those copies are byte-identical to their source; `assemble` puts them back into a copy of a
golden for the tests that import it.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from generator.build import ClientConfig
from generator.naming import pascal
from generator.pipeline import Generated, generate
from generator.problems import SpecError
from generator.render import RUNTIME_FILES
from generator.write import write_package

ROOT = Path(__file__).resolve().parent.parent
FIXTURES_DIR = ROOT / "tests" / "fixtures"
GOLDEN_DIR = ROOT / "tests" / "golden"
RUNTIME_DIR = ROOT / "templates" / "runtime"
REFRESH_COMMAND = "make goldens && git diff tests/golden"


def fixtures() -> list[Path]:
    """Every fixture spec, sorted by name."""
    return sorted(FIXTURES_DIR.glob("*.yaml"))


def config_for(fixture: Path) -> ClientConfig:
    package = fixture.stem
    if not (package.isidentifier() and package.islower()):
        raise ValueError(
            f"fixture {fixture.name}: its stem must be a lowercase Python identifier "
            "(it is the package name)"
        )
    return ClientConfig(package, pascal(package))


def render(fixture: Path) -> Generated:
    """Generate the fixture's package in memory (nothing is written), as a first generation:
    no previous package state is passed, so a golden never depends on its own history."""
    return generate(
        fixture,
        config_for(fixture),
        display_name=fixture.relative_to(ROOT).as_posix(),
    )


def golden_dir(fixture: Path) -> Path:
    return GOLDEN_DIR / fixture.stem


def runtime_paths(package: str) -> list[str]:
    """Where a package holds its copies of the runtime (relative to its distribution)."""
    return [f"{package}/{name}" for name in RUNTIME_FILES]


def snapshot(files: dict[str, str], package: str) -> dict[str, str]:
    """What a golden holds of a generated package: every file but the runtime copies."""
    copies = set(runtime_paths(package))
    return {path: text for path, text in files.items() if path not in copies}


def assemble(fixture: Path, into: Path) -> Path:
    """A complete copy of the fixture's golden at `into` (the directory is created): its
    files, and the runtime as every package gets it; importable from `into`."""
    shutil.copytree(golden_dir(fixture), into)
    for rel, name in zip(runtime_paths(fixture.stem), RUNTIME_FILES, strict=True):
        shutil.copyfile(RUNTIME_DIR / name, into / rel)
    return into


def main() -> int:
    failed = False
    for fixture in fixtures():
        try:
            result = render(fixture)
        except SpecError as exc:
            print(exc, file=sys.stderr)
            print(
                f"{fixture.stem}: not generated; golden left unchanged", file=sys.stderr
            )
            failed = True
            continue
        for warning in result.warnings:
            print(warning.format(), file=sys.stderr)
        # the goldens are wholly clientgen's: a file a merge brought in is replaced too
        files = snapshot(result.files, fixture.stem)
        comparison = write_package(golden_dir(fixture), files, overwrite=True)
        if comparison.clean:
            print(f"{fixture.stem}: unchanged ({len(files)} files)")
            continue
        print(
            f"{fixture.stem}: {len(comparison.changed)} changed, "
            f"{len(comparison.missing)} added, {len(comparison.extra)} removed"
        )
        for label, paths in (
            ("changed", comparison.changed),
            ("added", comparison.missing),
            ("removed", comparison.extra),
        ):
            for rel in paths:
                print(f"  {label}: {rel}")
    known = {f.stem for f in fixtures()}
    if GOLDEN_DIR.is_dir():
        for stale in sorted(GOLDEN_DIR.iterdir()):
            if stale.is_dir() and stale.name not in known:
                shutil.rmtree(stale)
                print(f"{stale.name}: removed (its fixture is gone)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
