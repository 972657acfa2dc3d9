"""The benchmark harness (bench/): measurement, the spec edits, and the report of point 6.

The whole harness runs in `python -m bench --quick` (a smoke test: it installs the peers and
the corpus on first use, so it runs here only with CLIENTGEN_BENCH=1).
"""

# ruff: noqa: RUF001  (the multiplication sign of the report)
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from bench import measure, report
from bench.cases import (
    BASE_EDITED,
    BASE_WARM,
    CHECK_EMPTY,
    CHECK_WARM,
    LABELS,
    OGC,
    OPC,
    OURS_COLD,
    OURS_EDITED,
    OURS_WARM,
    CheckCase,
    GenCase,
    SpecEditor,
    SpecFile,
)
from bench.measure import Measurer, Result, Sample, Variant, speedups

ROOT = Path(__file__).resolve().parents[2]
PY = sys.executable


def test_the_child_reports_wall_peak_and_stops_at_the_first_failure(
    tmp_path: Path,
) -> None:
    never = tmp_path / "never"
    out = measure.run(
        {
            "commands": [
                [PY, "-c", "x = bytearray(64 * 1024 * 1024)"],
                [PY, "-c", "import sys; sys.exit(3)"],
                [PY, "-c", f"open({str(never)!r}, 'w')"],
            ],
            "cwd": str(tmp_path),
            "log": str(tmp_path / "log"),
        }
    )
    assert out["rc"] == 3
    assert not never.exists()  # nothing runs after a failure
    assert out["wall"] > 0
    assert out["maxrss_mb"] >= 64  # the largest child held the 64 MB


def test_variants_run_interleaved_and_ratios_are_per_round(tmp_path: Path) -> None:
    m = Measurer(tmp_path / "work")
    order: list[str] = []
    fast = Variant(
        "fast",
        "fast",
        [[PY, "-c", "pass"]],
        before=lambda: order.append("fast"),
    )
    slow = Variant(
        "slow",
        "slow",
        [[PY, "-c", "import time; time.sleep(0.4)"]],
        before=lambda: order.append("slow"),
    )
    failing = Variant(
        "failing",
        "failing",
        [[PY, "-c", "raise SystemExit(2)"]],
        before=lambda: order.append("failing"),
    )
    results = m.interleaved("case", [fast, slow, failing], rounds=2)
    # A B C A B: the failing variant is not run again
    assert order == ["fast", "slow", "failing", "fast", "slow"]
    assert [s.rc for s in results["failing"].samples] == [2]
    assert results["failing"].failed and results["failing"].median_wall() is None
    ratios = speedups(results["fast"], results["slow"])
    assert len(ratios) == 2 and all(r > 1 for r in ratios)
    peak = results["fast"].peak_mb()
    assert peak is not None and peak > 0


def test_speedups_skip_the_rounds_where_either_failed(tmp_path: Path) -> None:
    v = Variant("v", "v", [])
    ours = Result(
        v, tmp_path, [Sample(1.0, 10, 0), Sample(2.0, 10, 1), Sample(2.0, 10, 0)]
    )
    peer = Result(
        v, tmp_path, [Sample(3.0, 10, 0), Sample(3.0, 10, 0), Sample(5.0, 10, 0)]
    )
    assert speedups(ours, peer) == [3.0, 2.5]
    assert speedups(ours, None) == []


def test_the_editor_edits_the_working_copy_and_resets_it(tmp_path: Path) -> None:
    source = tmp_path / "api.yaml"
    source.write_text(
        "openapi: 3.0.3\ninfo: {title: T, version: '1.0'}\n"
        "paths:\n  /a:\n    get:\n      description: Lists.\n      responses: {'200': {description: OK}}\n",
        encoding="utf-8",
    )
    editor = SpecEditor(tmp_path / "work", [SpecFile(source, "pkg", "Pkg")])
    copy = editor.copies[0].path
    original = copy.read_text(encoding="utf-8")
    assert yaml.safe_load(original) == yaml.safe_load(source.read_text("utf-8"))
    editor.next_edit()
    editor.next_edit()
    edited = copy.read_text(encoding="utf-8")
    data = yaml.safe_load(edited)
    assert data["info"]["version"] == "1.0-edit2"
    assert data["paths"]["/a"]["get"]["description"] == (
        "Lists.\n\nEdited for benchmark run 2."
    )
    # the edit changes what it edits and nothing else of the text our runs read
    changed = set(edited.splitlines()) ^ set(original.splitlines())
    assert changed and all(
        "version" in line
        or "description" in line
        or "Edited" in line
        or not line.strip()
        for line in changed
    ), changed
    editor.reset()
    assert copy.read_text(encoding="utf-8") == original


# --------------------------------------------------------------------------- the report


def _case(
    tmp_path: Path, name: str, walls: dict[str, list[float]], mb: float = 50
) -> GenCase:
    case = GenCase(name, [], 10, tmp_path / name, tmp_path / f"{name}-cache")
    for key, values in walls.items():
        v = Variant(key, LABELS[key], [["true"]])
        case.variants.append(v)
        case.results[key] = Result(
            v, tmp_path / f"{key}.log", [Sample(w, mb, 0) for w in values]
        )
    return case


def _collected(tmp_path: Path, github: bool = True) -> report.Collected:
    time4vps = _case(
        tmp_path,
        "time4vps",
        {
            OURS_COLD: [1.0, 1.0, 1.0],
            OPC: [3.5, 3.0, 2.0],  # 3.5, 3.0, 2.0: median 3.0 = met
            OGC: [5.0, 5.0, 5.0],
            OURS_WARM: [0.5, 0.5, 0.5],  # 7.0, 6.0, 4.0: median 6.0 < 7.71
            OURS_EDITED: [0.5, 0.5, 0.5],  # 6.0 >= 3.24
            BASE_WARM: [0.6, 0.4, 0.6],  # 1.2, 0.8, 1.2: median 1.2, no slower
            BASE_EDITED: [0.4, 0.5, 0.6],  # 0.8, 1.0, 1.2: median 1.0, no slower
        },
    )
    gh = _case(
        tmp_path,
        "api.github.com.json",
        {
            OURS_COLD: [10.0, 10.0, 10.0],
            OPC: [25.0, 25.0, 25.0],  # 2.5x: met, stretch 4x missed
            OGC: [20.0, 20.0, 20.0],
            OURS_WARM: [1.0, 1.0, 1.0],  # 25x >= 16.2
            OURS_EDITED: [2.0, 2.0, 2.0],  # 12.5x >= 6.59
            BASE_WARM: [0.9, 0.9, 1.0],  # 0.9, 0.9, 1.0: slower than it was
        },
        mb=250,  # > 200 MB: missed
    )
    v = Variant(CHECK_EMPTY, LABELS[CHECK_EMPTY], [["true"]])
    w = Variant(CHECK_WARM, LABELS[CHECK_WARM], [["true"]])
    check = CheckCase("tim4biz + time4vps + bigtime", 80, [v, w])
    check.results = {
        CHECK_EMPTY: Result(v, tmp_path / "c.log", [Sample(0.8, 40, 0)] * 3),
        CHECK_WARM: Result(w, tmp_path / "w.log", [Sample(0.3, 30, 0)] * 3),
    }
    return report.Collected(
        "default",
        5,
        3,
        ["- machine: test"],
        time4vps=time4vps,
        check=check,
        github=gh if github else None,
        commands=[("time4vps", time4vps.variants[0])],
        timings={"the vendor specs": 60.0},
    )


def _verdicts(text: str) -> dict[str, str]:
    """The targets table of the report: target -> verdict."""
    section = text.split("## Targets (issue 23, point 6)")[1].split("## ")[0]
    rows = [
        line.split(" | ") for line in section.splitlines() if line.startswith("| ")
    ]  # header, then one per target
    return {row[0].lstrip("| "): row[-1].strip(" |*") for row in rows[1:]}


def test_the_report_states_every_target_of_point_6_from_the_same_run(
    tmp_path: Path,
) -> None:
    text = report.render(report.build(_collected(tmp_path), 7.5, []))
    assert _verdicts(text) == {
        "GitHub cold: speed-up over openapi-python-client": "met",
        "GitHub cold (stretch): speed-up over opc": "missed (1.600× short)",
        "Time4VPS cold: speed-up over openapi-python-client": "met",
        "`clientgen check` of tim4biz + time4vps + bigtime, empty cache: median wall time": "met",
        "GitHub: peak memory (largest process) of any of our runs": "missed (1.250× the target)",
        "Time4VPS warm cache: no worse than today": "missed (1.285× short)",  # 7.71/6
        "Time4VPS after an edit: no worse than today": "met",
        "GitHub warm cache: no worse than today": "met",
        "GitHub after an edit: no worse than today": "met",
        "Time4VPS warm cache: no slower than clientgen at 17f18d1, in this run": "met",
        "Time4VPS after an edit: no slower than clientgen at 17f18d1, in this run": "met",
        "GitHub warm cache: no slower than clientgen at 17f18d1, in this run": "missed (1.111× short)",
        "GitHub after an edit: no slower than clientgen at 17f18d1, in this run": "not measured",
    }
    # the per-round ratios the verdicts come from
    assert (
        "| time4vps | cold (empty cache) | openapi-python-client | 1.00 | 3.00 | 3.50, 3.00, 2.00 | 3.00× |"
        in text
    )
    assert (
        "| api.github.com.json | cold (empty cache) | openapi-generator (python) | 10.0 | 20.0 | 2.00, 2.00, 2.00 | 2.00× |"
        in text
    )
    assert "This run took 7.5 min" in text
    assert "Scaling" not in text and "## Profile" not in text  # the extras: --full only


def test_without_github_its_targets_are_not_measured(tmp_path: Path) -> None:
    text = report.render(report.build(_collected(tmp_path, github=False), 1.0, []))
    verdicts = _verdicts(text)
    assert (
        verdicts["GitHub cold: speed-up over openapi-python-client"] == "not measured"
    )
    assert (
        verdicts["GitHub: peak memory (largest process) of any of our runs"]
        == "not measured"
    )
    assert verdicts["Time4VPS cold: speed-up over openapi-python-client"] == "met"
    assert "_GitHub skipped (`--quick`)._" in text


@pytest.mark.skipif(
    os.environ.get("CLIENTGEN_BENCH") != "1",
    reason="the smoke test installs the peers and the corpus on first use: CLIENTGEN_BENCH=1",
)
def test_quick_smoke_run_writes_a_report(tmp_path: Path) -> None:
    out = tmp_path / "bench.md"
    proc = subprocess.run(
        [PY, "-m", "bench", "--quick", "--out", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    text = out.read_text(encoding="utf-8")
    verdicts = _verdicts(text)
    assert (
        verdicts["GitHub cold: speed-up over openapi-python-client"] == "not measured"
    )
    time4vps = verdicts["Time4VPS cold: speed-up over openapi-python-client"]
    assert time4vps == "met" or time4vps.startswith("missed (")
    assert "| time4vps | 73 | clientgen, cold (empty cache) |" in text
    assert "clientgen check, empty cache" in text


def test_the_baseline_is_the_generator_as_it_was_at_a_commit(tmp_path: Path) -> None:
    at = measure.snapshot_commit(tmp_path / "base", "HEAD")
    assert at is not None
    committed = subprocess.run(
        ["git", "show", "HEAD:generator/cli.py"],
        cwd=measure.ROOT,
        capture_output=True,
        check=True,
    ).stdout
    assert (at / "generator" / "cli.py").read_bytes() == committed
    assert (at / "templates" / "package").is_dir()
    assert list((at / "generator" / "__pycache__").glob("cli.*.pyc"))  # byte-compiled
    assert measure.snapshot_commit(tmp_path / "none", "no-such-commit") is None
