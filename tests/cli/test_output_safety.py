"""`generate --out` never destroys what clientgen did not write (generator.owned).

- a directory that is not this package's clientgen output is refused (exit 2, untouched)
  unless `--overwrite`; with it, the user's files are kept byte for byte;
- inside clientgen's own output, files it did not write are kept, and a user's file where
  the package puts one of its own is refused by name;
- folders and files follow the umask; a filesystem fault (a full disk, a read-only
  filesystem) is one line naming the path and the reason, exit 2, nothing changed.
"""

from __future__ import annotations

import contextlib
import os
import stat
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import Result

from generator.owned import MANIFEST
from tests.cli.conftest import REPO, Cli, run_cli

SPEC = REPO / "tests" / "fixtures" / "petstore_basic.yaml"


def tree(directory: Path) -> dict[str, tuple[str, bytes | str, int, int]]:
    """Every entry under `directory`: kind, content (or link target), mode, mtime."""
    out: dict[str, tuple[str, bytes | str, int, int]] = {}
    for path in sorted(directory.rglob("*")):
        rel = path.relative_to(directory).as_posix()
        st = os.lstat(path)
        if path.is_symlink():
            out[rel] = ("link", os.readlink(path), 0, 0)
        elif path.is_dir():
            out[rel] = ("dir", b"", stat.S_IMODE(st.st_mode), 0)
        else:
            out[rel] = (
                "file",
                path.read_bytes(),
                stat.S_IMODE(st.st_mode),
                st.st_mtime_ns,
            )
    return out


def user_files(directory: Path) -> None:
    """A user's directory: notes, code, an executable script, a link, an empty folder."""
    (directory / "src").mkdir(parents=True)
    (directory / "notes.txt").write_text("my notes\n", encoding="utf-8")
    (directory / "src" / "app.py").write_text("print('mine')\n", encoding="utf-8")
    script = directory / "run.sh"
    script.write_text("#!/bin/sh\n", encoding="utf-8")
    script.chmod(0o750)
    (directory / "link").symlink_to("notes.txt")
    (directory / "empty").mkdir()
    (directory / "empty").chmod(0o700)


def adhoc(cli: Cli, out: Path, *extra: str, package: str = "petstore") -> Result:
    """`clientgen generate --spec SPEC --out OUT --package PACKAGE ...` in this process."""
    return cli(
        "generate", "--spec", str(SPEC), "--out", str(out), "--package", package, *extra
    )


def test_a_foreign_directory_is_refused_and_left_intact(
    tmp_path: Path, cli: Cli
) -> None:
    out = tmp_path / "precious"
    user_files(out)
    before = tree(out)
    result = adhoc(cli, out)
    assert result.exit_code == 2
    assert str(out) in result.stderr and "--overwrite" in result.stderr
    assert "nothing was written" in result.stderr
    assert tree(out) == before
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".precious")]


def test_overwrite_writes_the_package_and_keeps_every_other_file(
    tmp_path: Path, cli: Cli
) -> None:
    out = tmp_path / "precious"
    user_files(out)
    before = tree(out)
    result = adhoc(cli, out, "--overwrite")
    assert result.exit_code == 0, result.output
    after = tree(out)
    for rel, entry in before.items():
        assert after[rel] == entry, rel  # byte for byte, mode and mtime too
    assert (out / "petstore" / "_client.py").is_file()
    assert "kept 4 files clientgen did not write" in result.stdout
    listed = (out / MANIFEST).read_text(encoding="utf-8")
    assert "notes.txt" not in listed and "petstore/_client.py" in listed
    # from now on it is the package's output: no --overwrite needed, files still kept
    again = adhoc(cli, out)
    assert again.exit_code == 0, again.output
    assert tree(out) == after


def test_another_packages_output_is_refused(tmp_path: Path, cli: Cli) -> None:
    out = tmp_path / "client"
    first = adhoc(cli, out)
    assert first.exit_code == 0, first.output
    before = tree(out)
    other = adhoc(cli, out, package="shop")
    assert other.exit_code == 2
    assert "output for package 'petstore', not 'shop'" in other.stderr
    assert tree(out) == before


def test_inside_its_own_output_clientgen_keeps_what_it_did_not_write(
    tmp_path: Path, cli: Cli
) -> None:
    out = tmp_path / "client"
    assert adhoc(cli, out).exit_code == 0
    mine = out / "petstore" / "extras.py"
    mine.write_text("EXTRA = 1\n", encoding="utf-8")
    (out / ".venv" / "bin").mkdir(parents=True)
    (out / ".venv" / "bin" / "python").write_text("x", encoding="utf-8")
    (out / "petstore" / "__pycache__").mkdir(exist_ok=True)
    (out / "petstore" / "__pycache__" / "x.cpython-311.pyc").write_bytes(b"\0")
    # a file clientgen wrote before and no longer writes goes
    listed = out / MANIFEST
    listed.write_text(
        listed.read_text(encoding="utf-8") + "petstore/old.py\n", encoding="utf-8"
    )
    (out / "petstore" / "old.py").write_text("OLD = 1\n", encoding="utf-8")
    result = adhoc(cli, out)
    assert result.exit_code == 0, result.output
    assert mine.read_text(encoding="utf-8") == "EXTRA = 1\n"
    assert (out / ".venv" / "bin" / "python").read_text(encoding="utf-8") == "x"
    assert (out / "petstore" / "__pycache__" / "x.cpython-311.pyc").exists()
    assert not (out / "petstore" / "old.py").exists()
    assert "1 removed" in result.stdout
    assert "petstore/extras.py" in result.stdout  # reported as kept


def test_a_users_file_where_the_package_writes_one_is_refused_by_name(
    tmp_path: Path, cli: Cli
) -> None:
    out = tmp_path / "client"
    assert adhoc(cli, out).exit_code == 0
    # the user's own README, no longer listed as clientgen's
    listed = out / MANIFEST
    listed.write_text(
        listed.read_text(encoding="utf-8").replace("README.md\n", ""), encoding="utf-8"
    )
    (out / "README.md").write_text("my readme\n", encoding="utf-8")
    before = tree(out)
    result = adhoc(cli, out)
    assert result.exit_code == 2
    assert "README.md is not written by clientgen" in result.stderr
    assert tree(out) == before
    forced = adhoc(cli, out, "--overwrite")
    assert forced.exit_code == 0, forced.output
    assert (
        "replaced 1 file clientgen had not written (--overwrite): README.md"
        in forced.stdout
    )
    assert (out / "README.md").read_text(encoding="utf-8") != "my readme\n"


def test_check_ignores_files_clientgen_did_not_write(tmp_path: Path, cli: Cli) -> None:
    out = tmp_path / "client"
    assert adhoc(cli, out).exit_code == 0
    (out / "notes.txt").write_text("x\n", encoding="utf-8")
    from generator.write import compare  # the comparison `clientgen check` makes

    files = {
        p.relative_to(out).as_posix(): p.read_text(encoding="utf-8")
        for p in out.rglob("*")
        if p.is_file() and p.name != "notes.txt"
    }
    assert compare(out, files).clean


def _run(spec: Path, out: Path) -> subprocess.CompletedProcess[str]:
    """`clientgen generate --spec SPEC --out OUT --package petstore` in a subprocess."""
    return run_cli(
        "generate", "--spec", str(spec), "--out", str(out), "--package", "petstore"
    )


def _generate_with_umask(mask: int, out: Path) -> subprocess.CompletedProcess[str]:
    old = os.umask(mask)  # the subprocess inherits it
    try:
        return _run(SPEC, out)
    finally:
        os.umask(old)


@pytest.mark.parametrize(
    ("mask", "folder", "file"), [(0o022, 0o755, 0o644), (0o027, 0o750, 0o640)]
)
def test_folders_and_files_follow_the_umask(
    tmp_path: Path, mask: int, folder: int, file: int
) -> None:
    out = tmp_path / "client"
    done = _generate_with_umask(mask, out)
    assert done.returncode == 0, done.stderr
    modes = {
        p.relative_to(out).as_posix(): (p.is_dir(), stat.S_IMODE(p.stat().st_mode))
        for p in [out, *out.rglob("*")]
    }
    for rel, (is_dir, mode) in modes.items():
        assert mode == (folder if is_dir else file), (rel, oct(mode))
    # regenerating after a change keeps following it (the swap stages a new folder)
    listed = out / MANIFEST
    listed.write_text(
        listed.read_text(encoding="utf-8") + "gone.txt\n", encoding="utf-8"
    )
    (out / "gone.txt").write_text("x", encoding="utf-8")
    again = _generate_with_umask(mask, out)
    assert again.returncode == 0, again.stderr
    assert stat.S_IMODE(out.stat().st_mode) == folder
    assert not (out / "gone.txt").exists()


# -- faults of the filesystem: a real small tmpfs -----------------------------------------


@contextlib.contextmanager
def small_filesystem(where: Path, size: str) -> Iterator[Path]:
    where.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)],
        capture_output=True,
        text=True,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here (needs root): {mounted.stderr.strip()}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def _fill(fs: Path) -> None:
    """Write until the filesystem is full (unbuffered: a write that did not fit leaves
    nothing behind for close() to fail on, whatever space was left)."""
    with open(fs / "filler", "wb", buffering=0) as fh, contextlib.suppress(OSError):
        while True:
            fh.write(b"\0" * 65536)


def _edited_spec(tmp_path: Path) -> Path:
    spec = tmp_path / "spec.yaml"
    text = SPEC.read_text(encoding="utf-8")
    spec.write_text(text.replace("Petstore Basic", "Petstore Edited"), encoding="utf-8")
    assert spec.read_text(encoding="utf-8") != text
    return spec


@pytest.mark.skipif(os.geteuid() != 0, reason="mounting a tmpfs needs root")
def test_a_full_disk_is_one_line_and_changes_nothing(tmp_path: Path) -> None:
    with small_filesystem(tmp_path / "fs", "2m") as fs:
        out = fs / "client"
        first = _run(SPEC, out)
        assert first.returncode == 0, first.stderr
        before = tree(out)
        _fill(fs)
        done = _run(_edited_spec(tmp_path), out)
        assert done.returncode == 2, done.stderr
        lines = done.stderr.strip().splitlines()
        assert len(lines) == 1, done.stderr
        assert lines[0].startswith("error: cannot write ")
        assert "No space left on device" in lines[0] and str(out) in lines[0]
        assert "Traceback" not in done.stderr
        assert tree(out) == before
        assert sorted(p.name for p in fs.iterdir()) == ["client", "filler"]


@pytest.mark.skipif(os.geteuid() != 0, reason="mounting a tmpfs needs root")
def test_a_read_only_filesystem_is_one_line_and_changes_nothing(tmp_path: Path) -> None:
    with small_filesystem(tmp_path / "fs", "4m") as fs:
        out = fs / "client"
        assert _run(SPEC, out).returncode == 0
        before = tree(out)
        subprocess.run(["mount", "-o", "remount,ro", str(fs)], check=True)
        done = _run(_edited_spec(tmp_path), out)
        assert done.returncode == 2, done.stderr
        lines = done.stderr.strip().splitlines()
        assert len(lines) == 1 and "Read-only file system" in lines[0], done.stderr
        assert tree(out) == before
