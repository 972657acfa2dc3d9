"""black is the formatter of record: everything in generated/ is already black-formatted."""

from __future__ import annotations

import difflib
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_generated_is_black_stable() -> None:
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "black",
            "--check",
            "--target-version",
            "py311",
            "generated",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stderr
    assert "would be left unchanged" in proc.stderr


# The templates lay code out as black would (generator/layout.py), so black has little to
# change: it is several times faster on code already in its style. Rendered text that black
# still changes costs time, never correctness (black always runs); this keeps it rare.
VENDOR_SPECS = ("tim4biz", "time4vps", "bigtime")
GOLDEN_FIXTURES = sorted(p.stem for p in (ROOT / "tests" / "fixtures").glob("*.yaml"))


def _rendered(spec: Path, package: str) -> dict[str, str]:
    from generator import swagger2
    from generator.build import ClientConfig, build_api
    from generator.load import Workspace
    from generator.problems import Problems
    from generator.render import render_package
    from generator.validate import spec_version

    problems = Problems()
    ws = Workspace(spec, spec.name)
    if spec_version(ws.root.data) == "2.0":
        ws.root.data = swagger2.convert(ws.root.data)
    api = build_api(ws, ClientConfig(package, "Client"), problems)
    assert not problems.errors
    return {p: t for p, t in render_package(api).items() if p.endswith(".py")}


def _black(text: str) -> str:
    import black

    mode = black.Mode(target_versions={black.mode.TargetVersion.PY311})
    return black.format_str(text, mode=mode)


@pytest.mark.parametrize("name", VENDOR_SPECS + tuple(GOLDEN_FIXTURES))
def test_templates_emit_black_stable_code(name: str) -> None:
    spec = (
        ROOT / "specs" / f"{name}.yaml"
        if name in VENDOR_SPECS
        else ROOT / "tests" / "fixtures" / f"{name}.yaml"
    )
    changed = []
    for path, text in _rendered(spec, name).items():
        formatted = _black(text)
        # `Literal['x']` keeps repr's quotes in the model: the API surface records it so
        if formatted != text and formatted != text.replace(
            "Literal['", 'Literal["'
        ).replace("']", '"]'):
            diff = difflib.unified_diff(
                text.splitlines(True), formatted.splitlines(True), path, "black", n=1
            )
            changed.append("".join(list(diff)[:20]))
    assert not changed, "black still changes:\n" + "\n".join(changed)
