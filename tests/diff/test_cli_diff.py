"""`clientgen diff`: output formats, exit codes, and `NAME --against REF` in a git repository.

Most commands run in-process (click's runner; the same command function, exit codes
included); a few run as `python -m generator` subprocesses so the real exit status is seen.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.diff._support import (
    FIXTURES,
    assert_flush_and_ttl,
    copy_project,
    edit_time4vps,
    invoke,
    run_cli,
)


def _pair(case: str) -> tuple[str, str]:
    return str(FIXTURES / case / "old.yaml"), str(FIXTURES / case / "new.yaml")


def _json_report(case: str) -> dict[str, Any]:
    result = invoke("diff", *_pair(case), "--format", "json")
    assert result.exit_code == 0, result.output
    data: dict[str, Any] = json.loads(result.output)
    return data


def _groups(report: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {}
    for change in report["changes"]:
        out.setdefault(change["group"], []).append(change)
    return out


# --- formats ---------------------------------------------------------------------------


def test_json_format() -> None:
    report = _json_report("combined")
    assert set(report) == {"name", "summary", "breaking", "changes"}
    assert report["name"] == "new"  # named after the NEW file
    assert isinstance(report["changes"], list) and report["changes"]
    for change in report["changes"]:
        assert set(change) == {
            "group",
            "kind",
            "subject",
            "breaking",
            "message",
            "old",
            "new",
        }
        assert isinstance(change["breaking"], bool)
    assert report["breaking"] == sum(c["breaking"] for c in report["changes"]) == 1


def test_text_format_is_the_default() -> None:
    default = invoke("diff", *_pair("combined"))
    text = invoke("diff", *_pair("combined"), "--format", "text")
    assert default.exit_code == text.exit_code == 0
    assert default.output == text.output


def test_text_format() -> None:
    report = _json_report("combined")
    result = invoke("diff", *_pair("combined"), "--format", "text")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == report["summary"]
    assert "1 breaking change" in lines[0]
    headers = [line[1:-1] for line in lines if re.fullmatch(r"\[\w+\]", line)]
    groups = _groups(report)
    assert sorted(headers) == sorted(groups)
    # resources first, then the models and auth groups
    assert headers[: len(headers) - 2] == ["pets", "store"]
    assert set(headers[-2:]) == {"models", "auth"}
    marks = [
        line.split()[0] for line in lines if line.startswith("  ") and line[2] != " "
    ]
    assert marks.count("BREAKING") == report["breaking"]
    assert marks.count("compatible") == len(report["changes"]) - report["breaking"]
    # old and new Python signatures side by side under each operation change
    removed_arg = next(c for c in report["changes"] if c["kind"] == "argument-removed")
    i = lines.index(f"  BREAKING   {removed_arg['message']}")
    assert lines[i + 1] == f"             - {removed_arg['old']}"
    assert lines[i + 2] == f"             + {removed_arg['new']}"
    assert "limit: int = NOT_GIVEN" in lines[i + 1]
    assert "limit" not in lines[i + 2]
    added = next(c for c in report["changes"] if c["subject"] == "store.list_orders")
    j = lines.index(f"  compatible {added['message']}")
    assert lines[j + 1] == f"             + {added['new']}"


def test_markdown_format_has_a_table_per_group() -> None:
    report = _json_report("combined")
    groups = _groups(report)
    result = invoke("diff", *_pair("combined"), "--format", "markdown")
    assert result.exit_code == 0, result.output
    text = result.output
    assert text.splitlines()[0] == f"**{report['summary']}**"
    sections = re.split(r"^#### `(\w+)`\n", text, flags=re.M)[1:]
    names, bodies = sections[0::2], sections[1::2]
    assert sorted(names) == sorted(groups)
    for name, body in zip(names, bodies, strict=True):
        rows = [line for line in body.splitlines() if line.startswith("|")]
        assert rows[:2] == ["| | change | before | after |", "|---|---|---|---|"]
        changes = groups[name]
        assert len(rows) - 2 == len(changes), name
        for row, change in zip(rows[2:], changes, strict=True):
            # 4 cells: every `|` inside a signature (unions) is escaped
            assert len(re.findall(r"(?<!\\)\|", row)) == 5, row
            mark = row.split("|")[1].strip()
            assert mark == ("💥 breaking" if change["breaking"] else "compatible")
            if change["old"]:
                assert f"`{change['old'].replace('|', chr(92) + '|')}`" in row


def test_markdown_escapes_union_pipes() -> None:
    result = invoke("diff", *_pair("argument_type_widened"), "--format", "markdown")
    (row,) = [
        line for line in result.output.splitlines() if line.startswith("| compat")
    ]
    assert len(re.findall(r"(?<!\\)\|", row)) == 5, row
    assert "type int -> int \\| str" in row  # the message
    assert "`pets.list_pets(*, limit: int \\| str = NOT_GIVEN) -> list[Pet]`" in row


def test_no_change() -> None:
    for fmt, expected in (
        ("text", "new: no change to the Python surface\n"),
        ("markdown", "**new: no change to the Python surface**\n"),
    ):
        result = invoke("diff", *_pair("no_change"), "--format", fmt)
        assert (result.exit_code, result.output) == (0, expected)
    assert _json_report("no_change")["changes"] == []


# --- exit codes --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("case", "flag", "code"),
    [
        ("operation_removed", False, 0),
        ("operation_removed", True, 1),
        ("argument_now_required", True, 1),
        ("combined", True, 1),  # one breaking change among compatible ones
        ("operation_added", True, 0),
        ("argument_type_widened", True, 0),
        ("no_change", True, 0),
    ],
)
def test_exit_codes(case: str, flag: bool, code: int) -> None:
    for fmt in ("text", "json", "markdown"):
        args = ["diff", *_pair(case), "--format", fmt]
        result = invoke(*args, *(["--fail-on-breaking"] if flag else []))
        assert result.exit_code == code, (fmt, result.output)
        assert result.output  # the report is printed whatever the exit code


def test_exit_codes_in_a_subprocess() -> None:
    plain = run_cli("diff", *_pair("operation_removed"))
    assert (plain.returncode, plain.stderr) == (0, "")
    assert "BREAKING" in plain.stdout
    gate = run_cli("diff", *_pair("operation_removed"), "--fail-on-breaking")
    assert gate.returncode == 1, gate.stderr
    assert gate.stdout == plain.stdout
    fine = run_cli("diff", *_pair("operation_added"), "--fail-on-breaking")
    assert fine.returncode == 0, fine.stderr


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    old, new = _pair("no_change")
    assert invoke("diff", old).exit_code == 2  # one file and no --against
    assert invoke("diff", old, new, "--against", "HEAD").exit_code == 2
    assert invoke("diff", old, new, "--format", "yaml").exit_code == 2
    broken = tmp_path / "broken.yaml"
    broken.write_text("openapi: 3.0.3\ninfo: {title: x}\npaths: {}\n", "utf-8")
    result = run_cli("diff", old, str(broken), "--fail-on-breaking")
    assert result.returncode == 2
    assert "broken.yaml" in result.stderr and result.stdout == ""


# --- NAME --against REF in a git repository -----------------------------------------------

PING = """\
  /ping:
    get:
      operationId: ping
      tags:
        - Server Management
      summary: Ping
      responses:
        '204':
          description: Pong.
"""


def _git(repo: Path, *args: str) -> str:
    env = dict(
        os.environ,
        GIT_AUTHOR_NAME="t",
        GIT_AUTHOR_EMAIL="t@example.com",
        GIT_COMMITTER_NAME="t",
        GIT_COMMITTER_EMAIL="t@example.com",
        GIT_CONFIG_NOSYSTEM="1",
    )
    done = subprocess.run(
        ["git", "-c", "commit.gpgsign=false", "-c", "core.hooksPath=", *args],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


@pytest.fixture
def repo(tmp_path: Path) -> Iterator[Path]:
    """pyproject.toml, specs/ and templates/ committed in a fresh git repository."""
    root = copy_project(tmp_path / "repo", ("pyproject.toml", "specs", "templates"))
    _git(root, "init", "-q")
    _git(root, "add", "-A")
    _git(root, "commit", "-q", "-m", "base")
    yield root


def _edit(root: Path) -> None:
    spec = root / "specs" / "time4vps.yaml"
    spec.write_text(edit_time4vps(spec.read_text("utf-8")), "utf-8")


def test_against_head_clean_tree(repo: Path) -> None:
    result = invoke(
        "diff", "time4vps", "--against", "HEAD", "--fail-on-breaking", cwd=repo
    )
    assert (result.exit_code, result.output) == (
        0,
        "time4vps: no change to the Python surface\n",
    )


def test_against_head_after_edit(repo: Path) -> None:
    _edit(repo)
    text = run_cli("diff", "time4vps", "--against", "HEAD", cwd=repo)
    assert text.returncode == 0, text.stderr
    assert "BREAKING   server_management.flush_firewall was removed" in text.stdout
    assert "BREAKING   dns.add_dns_record now requires `ttl`" in text.stdout
    gate = run_cli(
        "diff",
        "time4vps",
        "--against",
        "HEAD",
        "--format",
        "json",
        "--fail-on-breaking",
        cwd=repo,
    )
    assert gate.returncode == 1, gate.stderr
    assert_flush_and_ttl(json.loads(gate.stdout))


def test_against_an_older_revision(repo: Path) -> None:
    _edit(repo)
    _git(repo, "commit", "-q", "-am", "edit time4vps")
    result = invoke(
        "diff", "time4vps", "--against", "HEAD~1", "--format", "json", cwd=repo
    )
    assert result.exit_code == 0, result.output
    assert_flush_and_ttl(json.loads(result.output))
    same = invoke(
        "diff", "time4vps", "--against", "HEAD", "--fail-on-breaking", cwd=repo
    )
    assert same.exit_code == 0, same.output
    assert "no change" in same.output


def test_against_head_compatible_edit(repo: Path) -> None:
    spec = repo / "specs" / "time4vps.yaml"
    text = spec.read_text("utf-8")
    assert "\npaths:\n" in text
    spec.write_text(text.replace("\npaths:\n", "\npaths:\n" + PING, 1), "utf-8")
    result = invoke(
        "diff",
        "time4vps",
        "--against",
        "HEAD",
        "--format",
        "json",
        "--fail-on-breaking",
        cwd=repo,
    )
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert [(c["kind"], c["subject"], c["breaking"]) for c in report["changes"]] == [
        ("operation-added", "server_management.ping", False)
    ]


def test_against_unknown_client(repo: Path) -> None:
    result = invoke("diff", "nosuch", "--against", "HEAD", cwd=repo)
    assert result.exit_code == 2
    assert "nosuch" in result.output


def test_against_unknown_revision_exits_2(repo: Path) -> None:
    result = run_cli(
        "diff", "time4vps", "--against", "no-such-ref", "--fail-on-breaking", cwd=repo
    )
    assert "no-such-ref" in result.stderr
    assert result.returncode == 2
