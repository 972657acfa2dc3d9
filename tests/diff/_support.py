"""Shared helpers for the API-surface change report tests (`clientgen diff`, generate's report).

Golden cases live in tests/fixtures/diff/<case>/: `old.yaml` and `new.yaml` (small OpenAPI
3.0.3 documents; the first line of each says what the case is about) and `expected.json`,
the `clientgen diff old.yaml new.yaml --format json` output. Refresh the expected files with
`python -m tests.diff.refresh` (cases in KNOWN_BUGS are skipped: their expected file is
written by hand, as the report should be).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from generator.cli import main

REPO = Path(__file__).resolve().parents[2]
FIXTURES = REPO / "tests" / "fixtures" / "diff"
CASES = sorted(p.name for p in FIXTURES.iterdir() if (p / "old.yaml").is_file())

#: cases whose report is wrong today; their expected.json is the report as it should be
KNOWN_BUGS: dict[str, str] = {}


def case_param(case: str) -> object:
    """`case` as a pytest parameter, marked xfail(strict) if it is a known bug."""
    if case in KNOWN_BUGS:
        return pytest.param(
            case, marks=pytest.mark.xfail(strict=True, reason=KNOWN_BUGS[case])
        )
    return case


def invoke(*args: str, cwd: Path | None = None) -> Result:
    """Run the clientgen CLI in this process (optionally with the working directory `cwd`)."""
    with pytest.MonkeyPatch.context() as m:
        if cwd is not None:
            m.chdir(cwd)
        return CliRunner().invoke(main, list(args), catch_exceptions=False)


def run_cli(*args: str, cwd: Path = REPO) -> subprocess.CompletedProcess[str]:
    """Run `python -m generator ARGS` in a subprocess: real exit codes and streams."""
    env = dict(os.environ, PYTHONPATH=str(REPO))
    return subprocess.run(
        [sys.executable, "-m", "generator", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def case_report_json(case: str) -> str:
    """`clientgen diff old.yaml new.yaml --format json` for a golden case, run in-process."""
    d = FIXTURES / case
    result = invoke(
        "diff", str(d / "old.yaml"), str(d / "new.yaml"), "--format", "json"
    )
    assert result.exit_code == 0, result.output
    return result.output


# --- the time4vps edit: remove one operation and make an argument required ------------

FLUSH_PATH = "  /server/{server_id}/flushfirewall:\n"
DNS_REQUEST = "    DnsRecordRequest:\n      type: object\n"


def edit_time4vps(text: str) -> str:
    """specs/time4vps.yaml without POST /server/{server_id}/flushfirewall, and with
    `required: [ttl]` on DnsRecordRequest (so dns.add_dns_record now requires `ttl`)."""
    start = text.find(FLUSH_PATH)
    assert start >= 0, "specs/time4vps.yaml no longer has the flushfirewall path"
    nxt = re.compile(r"^  \S", re.M).search(text, start + len(FLUSH_PATH))
    assert nxt is not None
    text = text[:start] + text[nxt.start() :]
    assert text.count(DNS_REQUEST) == 1, "DnsRecordRequest changed shape"
    after = text.index(DNS_REQUEST) + len(DNS_REQUEST)
    assert not text[after:].startswith("      required:"), "ttl already required?"
    return text[:after] + "      required: [ttl]\n" + text[after:]


def assert_flush_and_ttl(report: dict[str, Any]) -> None:
    """The time4vps edit is in a JSON report: both changes, both breaking."""
    assert report["name"] == "time4vps"
    changes = {(c["kind"], c["subject"]): c for c in report["changes"]}
    removed = changes[("operation-removed", "server_management.flush_firewall")]
    required = changes[("argument-now-required", "dns.add_dns_record")]
    assert removed["breaking"] is True
    assert required["breaking"] is True
    assert "server_management.flush_firewall(*, server_id: int)" in removed["old"]
    assert removed["new"] is None
    assert "ttl: int = NOT_GIVEN" in required["old"]
    assert "ttl: int," in required["new"]
    field = changes[("field-requiredness-changed", "DnsRecordRequest.ttl")]
    assert field["breaking"] is True
    assert report["breaking"] == sum(c["breaking"] for c in report["changes"])


def copy_project(target: Path, parts: tuple[str, ...]) -> Path:
    """Copy `parts` of the checkout (files or directories) into `target`."""
    target.mkdir(parents=True, exist_ok=True)
    for part in parts:
        src = REPO / part
        if src.is_dir():
            shutil.copytree(
                src, target / part, ignore=shutil.ignore_patterns("__pycache__")
            )
        else:
            shutil.copy2(src, target / part)
    return target
