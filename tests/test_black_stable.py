"""black is the formatter of record: everything in generated/ is already black-formatted."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_generated_is_black_stable() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "black", "--check", "--target-version", "py311", "generated"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stderr
    assert "would be left unchanged" in proc.stderr
