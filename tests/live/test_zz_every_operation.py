"""After the apps' tests (this module runs last): every operation of every app was sent
through both the sync and the async client, and every generated package passes
`mypy --strict`."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.live.conftest import LiveApp, operations

HERE = Path(__file__).resolve().parent


def test_every_operation_went_through_sync_and_async(
    live_apps: dict[str, LiveApp], request: pytest.FixtureRequest
) -> None:
    selected = {Path(str(item.path)).name for item in request.session.items}
    if not {"test_fastapi.py", "test_litestar.py"} <= selected:
        pytest.skip("only meaningful when the apps' test modules ran in this session")
    missing = [
        f"{app.name}: {op.name} ({mode})"
        for app in live_apps.values()
        for op in operations(app.pkg)
        for mode in ("sync", "async")
        if (op.name, mode) not in app.called
    ]
    assert not missing, "operations never exercised:\n" + "\n".join(missing)


def test_generated_packages_pass_mypy_strict(
    live_apps: dict[str, LiveApp], tmp_path: Path
) -> None:
    """One mypy run over every live package (faster than one each)."""
    dists = [str(app.out) for app in live_apps.values()]
    packages = [arg for app in live_apps.values() for arg in ("-p", app.pkg.__name__)]
    proc = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental",
         "--cache-dir", str(tmp_path / "mypy"), *packages],
        env={**os.environ, "MYPYPATH": os.pathsep.join(dists)},
        capture_output=True,
        text=True,
        timeout=300,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "Success" in proc.stdout
