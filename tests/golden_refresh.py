"""Regenerate the golden outputs: `python -m tests.golden_refresh` (what `make goldens` runs).

Every `tests/fixtures/NAME.yaml` is generated in memory (package `NAME`, client class
PascalCase of NAME) and written atomically to `tests/golden/NAME/`; golden directories whose
fixture is gone are removed. Prints what changed; review it with `git diff tests/golden`.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from generator.build import ClientConfig
from generator.naming import pascal
from generator.pipeline import Generated, generate
from generator.problems import SpecError
from generator.write import write_package

ROOT = Path(__file__).resolve().parent.parent
FIXTURES_DIR = ROOT / "tests" / "fixtures"
GOLDEN_DIR = ROOT / "tests" / "golden"
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
        comparison = write_package(golden_dir(fixture), result.files, overwrite=True)
        if comparison.clean:
            print(f"{fixture.stem}: unchanged ({len(result.files)} files)")
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
