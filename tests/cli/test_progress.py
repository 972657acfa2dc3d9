"""Progress and verbosity (generator.progress): a live status line on stderr when stderr
is a real (pseudo-)terminal, none of it when it is not; `--quiet` prints only errors;
`--verbose` prints each stage's time and what came from the cache."""

from __future__ import annotations

import os
import pty
import re
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bench import synth
from tests.cli.conftest import REPO

SPEC = REPO / "tests" / "fixtures" / "petstore_basic.yaml"
BROKEN = b"openapi: 3.0.3\ninfo: {title: x}\npaths: {}\n"  # no info.version
ESC = "\x1b"
LIVE = re.compile(r"\r\x1b\[2Kclientgen: pets: [a-z ()]+( \d+/\d+ modules)?  \d+\.\ds")


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("CLIENTGEN_NO_CACHE", None)
    env.update(
        CLIENTGEN_CACHE=str(tmp_path / "cache"),  # cold: the run takes a while
        TERM="xterm",
        COLUMNS="200",
        **extra,
    )
    return env


def _args(tmp_path: Path, *extra: str, spec: Path = SPEC) -> list[str]:
    return [
        sys.executable,
        "-m",
        "generator",
        *("generate", "--spec", str(spec), "--out", str(tmp_path / "out")),
        *("--package", "pets", *extra),
    ]


def run_in_pty(args: list[str], env: dict[str, str], cwd: Path) -> tuple[int, str, str]:
    """Run with stderr on a pseudo-terminal (stdout a pipe): exit code, the terminal's
    bytes as text, stdout."""
    master, slave = pty.openpty()
    os.set_inheritable(slave, True)
    proc = subprocess.Popen(
        args,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=slave,
        env=env,
        cwd=cwd,
    )
    os.close(slave)
    chunks: list[bytes] = []
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline:
        ready, _, _ = select.select([master], [], [], 0.2)
        if ready:
            try:
                data = os.read(master, 65536)
            except OSError:  # EIO: every writer closed the terminal
                break
            if not data:
                break
            chunks.append(data)
        elif proc.poll() is not None:
            break
    os.close(master)
    assert proc.stdout is not None
    stdout = proc.stdout.read().decode()
    code = proc.wait(30)
    return code, b"".join(chunks).decode("utf-8", "replace"), stdout


def run_piped(args: list[str], env: dict[str, str], cwd: Path) -> tuple[int, str, str]:
    proc = subprocess.run(
        args, capture_output=True, text=True, env=env, cwd=cwd, timeout=240
    )
    return proc.returncode, proc.stderr, proc.stdout


SUMMARY = re.compile(r"^pets: 8/8 operations, .* files \(\d+ written", re.M)


def test_a_terminal_shows_a_live_line_that_is_erased_at_the_end(tmp_path: Path) -> None:
    # a spec large enough that rendering lasts several of the line's 0.1 s redraws
    spec = synth.write(synth.scaling_spec(300), tmp_path / "large.json")
    env = _env(tmp_path, CLIENTGEN_PROGRESS_DELAY="0")
    code, terminal, stdout = run_in_pty(_args(tmp_path, spec=spec), env, tmp_path)
    assert code == 0, terminal
    assert re.search(r"^pets: 300/300 operations, .* files \(\d+ written", stdout, re.M)
    frames = LIVE.findall(terminal)
    assert frames, repr(terminal[:500])
    assert "rendering" in terminal or "formatting" in terminal, repr(terminal[:500])
    assert re.search(r" \d+/\d+ modules  \d+\.\ds", terminal)
    assert terminal.endswith("\r\x1b[2K")  # the line is gone when the run ends
    assert ESC not in stdout


def test_a_fast_run_on_a_terminal_shows_nothing(tmp_path: Path) -> None:
    env = _env(tmp_path, CLIENTGEN_PROGRESS_DELAY="30")
    code, terminal, stdout = run_in_pty(_args(tmp_path), env, tmp_path)
    assert code == 0, terminal
    assert terminal == "" and SUMMARY.search(stdout)


def test_not_a_terminal_no_control_sequences_and_no_progress(tmp_path: Path) -> None:
    env = _env(tmp_path, CLIENTGEN_PROGRESS_DELAY="0")
    code, stderr, stdout = run_piped(_args(tmp_path), env, tmp_path)
    assert code == 0, stderr
    assert stderr == ""
    assert ESC not in stdout and "\r" not in stdout
    assert SUMMARY.search(stdout)


def test_quiet_prints_nothing_on_success_even_on_a_terminal(tmp_path: Path) -> None:
    env = _env(tmp_path, CLIENTGEN_PROGRESS_DELAY="0")
    code, terminal, stdout = run_in_pty(_args(tmp_path, "--quiet"), env, tmp_path)
    assert code == 0
    assert (terminal, stdout) == ("", "")
    assert (tmp_path / "out" / "pets" / "__init__.py").is_file()


def test_quiet_still_prints_errors(tmp_path: Path) -> None:
    spec = tmp_path / "broken.yaml"
    spec.write_bytes(BROKEN)
    env = _env(tmp_path)
    code, stderr, stdout = run_piped(_args(tmp_path, "-q", spec=spec), env, tmp_path)
    assert code == 2
    assert stdout == ""
    assert "'version' is a required property" in stderr
    assert "pets: not generated" in stderr


def test_verbose_prints_stage_times_and_the_cache(tmp_path: Path) -> None:
    env = _env(tmp_path)
    code, cold, stdout = run_piped(_args(tmp_path, "--verbose"), env, tmp_path)
    assert code == 0, cold
    assert SUMMARY.search(stdout)
    for stage in (
        "validating",
        "building the model",
        "rendering",
        "formatting",
        "writing",
    ):
        assert re.search(rf"^pets: {re.escape(stage)}: \d+\.\d\ds", cold, re.M), cold
    assert "pets: model: built (not in the cache)" in cold
    assert re.search(r"^pets: rendering: 0 of \d+ modules from the cache", cold, re.M)
    assert ESC not in cold

    code, warm, _ = run_piped(_args(tmp_path, "-v"), env, tmp_path)
    assert code == 0, warm
    assert "pets: model: from the cache" in warm
    assert "pets: validation: from the cache" in warm
    assert "validation: from the cache" not in cold
    found = re.search(
        r"^pets: rendering: (\d+) of (\d+) modules from the cache", warm, re.M
    )
    assert found is not None and int(found[1]) > 0, warm


def test_verbose_on_a_terminal_has_both(tmp_path: Path) -> None:
    env = _env(tmp_path, CLIENTGEN_PROGRESS_DELAY="0")
    code, terminal, _ = run_in_pty(_args(tmp_path, "--verbose"), env, tmp_path)
    assert code == 0, terminal
    assert re.search(r"pets: formatting: \d+\.\d\ds", terminal)
    assert LIVE.search(terminal)


def test_quiet_and_verbose_exclude_each_other(tmp_path: Path) -> None:
    code, stderr, _ = run_piped(_args(tmp_path, "-q", "-v"), _env(tmp_path), tmp_path)
    assert code == 2 and "exclude each other" in stderr
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("quiet", [False, True])
def test_validate_quiet(tmp_path: Path, quiet: bool) -> None:
    args = [sys.executable, "-m", "generator", "validate", str(SPEC)]
    code, stderr, stdout = run_piped(
        args + (["-q"] if quiet else []), _env(tmp_path), tmp_path
    )
    assert code == 0 and stderr == ""
    assert stdout == ("" if quiet else f"{os.path.relpath(SPEC, tmp_path)}: valid\n")
