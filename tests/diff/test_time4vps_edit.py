"""Editing specs/time4vps.yaml (one operation removed, one argument made required) in a copy
of the project: `clientgen diff` reports both as breaking and `--fail-on-breaking` exits 1;
`clientgen generate` prints the one-paragraph summary, puts the report on top of the
package's CHANGELOG.md and bumps its major version (semver: the change is breaking);
generating again changes nothing.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.diff._support import (
    assert_flush_and_ttl,
    copy_project,
    edit_time4vps,
    invoke,
    run_cli,
)

PACKAGE = Path("generated") / "time4vps"


@dataclass(frozen=True)
class Edited:
    root: Path  # the project copy, its time4vps spec edited
    original: Path  # the spec before the edit (outside the project's specs/)
    version: str  # the package version before the edit
    changelog: str  # CHANGELOG.md before the edit
    revision: int  # the saved surface revision before the edit


def _version(root: Path) -> str:
    text = (root / PACKAGE / "pyproject.toml").read_text("utf-8")
    found = re.search(r'^version = "([^"]+)"$', text, re.M)
    assert found, text
    return found.group(1)


def _revision(root: Path) -> int:
    saved = json.loads((root / PACKAGE / "clientgen-surface.json").read_text("utf-8"))
    revision: int = saved["revision"]
    return revision


def _files(directory: Path) -> dict[str, str]:
    return {
        p.relative_to(directory).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(directory.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def _bumped(version: str) -> str:
    """The next major version: the edit breaks calling code."""
    major = int(version.split(".")[0])
    return f"{major + 1}.0.0"


@pytest.fixture(scope="module")
def edited(tmp_path_factory: pytest.TempPathFactory) -> Edited:
    root = copy_project(
        tmp_path_factory.mktemp("t4") / "project",
        ("pyproject.toml", "specs", "templates", "generated"),
    )
    # bring generated/time4vps up to date with this checkout first (others may be editing
    # the templates or the spec), so the report below is about the edit alone
    baseline = run_cli("generate", "time4vps", cwd=root)
    assert baseline.returncode == 0, baseline.stderr
    spec = root / "specs" / "time4vps.yaml"
    original = root / "time4vps.original.yaml"
    shutil.copy2(spec, original)
    spec.write_text(edit_time4vps(spec.read_text("utf-8")), "utf-8")
    return Edited(
        root,
        original,
        _version(root),
        (root / PACKAGE / "CHANGELOG.md").read_text("utf-8"),
        _revision(root),
    )


def test_diff_reports_both_changes_as_breaking(edited: Edited) -> None:
    old, new = str(edited.original), "specs/time4vps.yaml"
    result = invoke("diff", old, new, "--format", "json", cwd=edited.root)
    assert result.exit_code == 0, result.output
    assert_flush_and_ttl(json.loads(result.output))

    text = invoke("diff", old, new, cwd=edited.root)
    assert text.exit_code == 0
    assert "BREAKING   server_management.flush_firewall was removed" in text.output
    assert "BREAKING   dns.add_dns_record now requires `ttl`" in text.output

    gate = run_cli("diff", old, new, "--fail-on-breaking", cwd=edited.root)
    assert gate.returncode == 1, gate.stderr
    assert gate.stdout == text.output


def test_generate_reports_logs_and_versions_the_change(edited: Edited) -> None:
    root = edited.root
    expected_version = _bumped(edited.version)
    result = run_cli("generate", "time4vps", cwd=root)
    assert result.returncode == 0, result.stderr

    # the one-paragraph summary of the report, on one line
    summary = [line for line in result.stdout.splitlines() if "breaking" in line]
    assert len(summary) == 1, result.stdout
    (line,) = summary
    assert line.startswith("  time4vps: -1 operation")
    assert "breaking changes:" in line
    assert "flush_firewall was removed" in line
    assert "dns.add_dns_record now requires `ttl`" in line
    assert f"version {expected_version};" in line
    assert line.endswith("see generated/time4vps/CHANGELOG.md")

    # the version: the major bumped, the API's own version unchanged
    assert _version(root) == expected_version
    assert _revision(root) == edited.revision + 1
    init = (root / PACKAGE / "time4vps" / "__init__.py").read_text("utf-8")
    assert f'__version__ = "{expected_version}"' in init
    assert '__api_version__ = "1.0.0"' in init

    # CHANGELOG.md: a new entry on top naming both changes; the earlier entries kept
    changelog = (root / PACKAGE / "CHANGELOG.md").read_text("utf-8")
    assert changelog.startswith("# Changelog\n")
    versions = re.findall(r"^## (\S+)$", changelog, re.M)
    old_versions = re.findall(r"^## (\S+)$", edited.changelog, re.M)
    assert versions == [expected_version, *old_versions]
    _, _, old_entries = edited.changelog.partition("\n## ")
    assert changelog.endswith("\n## " + old_entries)
    entry = changelog.split(f"## {expected_version}\n", 1)[1].split("\n## ", 1)[0]
    assert re.match(r"\n_Major version: \d+ breaking changes\._\n", entry), entry
    assert "\n**time4vps: -1 operation, " in entry  # the summary
    rows = [row for row in entry.splitlines() if row.startswith("| ")]
    flush = [row for row in rows if "flush_firewall was removed" in row]
    ttl = [row for row in rows if "add_dns_record now requires" in row]
    assert len(flush) == len(ttl) == 1, entry
    assert flush[0].startswith("| 💥 breaking |")
    assert ttl[0].startswith("| 💥 breaking |")
    assert "#### `server_management`" in entry and "#### `dns`" in entry

    # generating again: nothing changes, byte for byte
    before = _files(root / PACKAGE)
    again = run_cli("generate", "time4vps", cwd=root)
    assert again.returncode == 0, again.stderr
    assert "(0 written, " in again.stdout, again.stdout
    assert "breaking" not in again.stdout
    assert _files(root / PACKAGE) == before
    assert _version(root) == expected_version

    check = run_cli("check", "time4vps", cwd=root)
    assert check.returncode == 0, check.stdout + check.stderr
    assert "time4vps: up to date" in check.stdout
