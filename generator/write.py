"""Write a rendered package atomically, and compare rendered output with what is on disk.

A package directory is replaced as a whole: the new tree is staged next to it (unchanged
files hard-linked, so their mtime is kept) and swapped in with renames. If anything fails
before the swap, the existing directory is untouched; an interrupted swap is repaired on the
next run.
"""

from __future__ import annotations

import contextlib
import difflib
import json
import os
import shutil
import signal
import stat
import tempfile
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator import cache
from generator.owned import OutputError, Plan, plan


@dataclass(frozen=True)
class Comparison:
    missing: tuple[str, ...] = ()  # rendered, not on disk
    extra: tuple[str, ...] = ()  # on disk, not rendered
    changed: tuple[str, ...] = ()
    unchanged: tuple[str, ...] = ()
    diffs: dict[str, str] = field(default_factory=dict)
    kept: tuple[str, ...] = ()  # on disk, not clientgen's: left as they are
    replaced: tuple[str, ...] = ()  # not clientgen's, replaced as --overwrite asked

    @property
    def clean(self) -> bool:
        return not (self.missing or self.extra or self.changed)


def _check_relpath(rel: str) -> None:
    """ValueError unless `rel` is a plain relative path ("a/b.py": no "..", ".", "//",
    leading "/" or backslash). Strings, not PurePosixPath: thousands per run."""
    if rel.startswith("/") or "\\" in rel or "\0" in rel:
        raise ValueError(f"refusing to write outside the package directory: {rel!r}")
    for part in rel.split("/"):
        if part in ("", ".", ".."):
            raise ValueError(
                f"refusing to write outside the package directory: {rel!r}"
            )


def existing_paths(directory: Path) -> dict[str, str]:
    """The package's files (relative posix path -> path), without build leftovers.

    Strings, not Paths: a large package has thousands of files, and pathlib's
    per-object cost was a good share of a rewrite's time."""
    out: dict[str, str] = {}
    top = os.fspath(directory)
    if not os.path.isdir(top):
        return out
    todo = [(top, "")]
    while todo:
        folder, prefix = todo.pop()
        with os.scandir(folder) as entries:
            for entry in entries:
                rel = prefix + entry.name
                if entry.is_dir(follow_symlinks=True):
                    # as os.walk: a link to a folder is not followed
                    if entry.name != "__pycache__" and not entry.is_symlink():
                        todo.append((entry.path, rel + "/"))
                elif (
                    entry.is_file(follow_symlinks=True)
                    and not entry.name.endswith((".pyc", ".pyo"))
                    and ".egg-info" not in rel
                    and not rel.startswith(("build/", "dist/"))
                ):
                    out[rel] = entry.path
    return dict(sorted(out.items()))


# What write_package last wrote into a directory: relative path -> [size, mtime_ns, inode,
# cache.key of the text]. A file whose stat still matches, and whose new text hashes the
# same, is unchanged without being read (as make and git decide).
_MANIFESTS = "written"


def _manifest_key(directory: Path) -> str:
    return cache.key("written-v2", str(directory.resolve()))


def _stat_key(path: str | Path) -> list[int]:
    st = os.stat(path)
    return [st.st_size, st.st_mtime_ns, st.st_ino]


def _load_manifest(directory: Path) -> dict[str, list[Any]]:
    text = cache.get(_MANIFESTS, _manifest_key(directory))
    try:
        loaded = json.loads(text) if text else {}
    except ValueError:
        return {}
    return loaded if isinstance(loaded, dict) else {}


def _save_manifest(
    directory: Path, files: dict[str, str], known: dict[str, list[Any]] | None = None
) -> None:
    """Record what was written; `known` entries are of files still as recorded (hard
    links of them keep their inode, size and mtime), so they are not stat'ed again."""
    if not cache.enabled():
        return
    record: dict[str, list[Any]] = {}
    top = os.fspath(directory)
    for rel, text in files.items():
        entry = known.get(rel) if known else None
        if entry is not None:
            record[rel] = entry
            continue
        try:
            record[rel] = [*_stat_key(os.path.join(top, rel)), cache.key(text)]
        except OSError:
            continue
    cache.put(_MANIFESTS, _manifest_key(directory), json.dumps(record))


class WriteError(OutputError, OSError):
    """The filesystem refused a write (full disk, read-only, permission); nothing changed.
    An OSError still, for callers that catch those."""


def compare(
    directory: Path, files: dict[str, str], with_diffs: bool = True
) -> Comparison:
    """What writing `files` would change, one file in memory at a time (every file read).
    Files clientgen did not write (see generator.owned) are neither compared nor extra."""
    result, _ = _compare(
        directory, files, with_diffs, {}, {}, _plan_for_compare(directory, files)
    )
    return result


def _plan_for_compare(directory: Path, files: dict[str, str]) -> Plan | None:
    try:
        how = plan(directory, files, overwrite=True)
    except OutputError:
        return None  # not a directory: everything is missing
    return how if how.marked else None  # nothing says who wrote it: compare it all


def _compare(
    directory: Path,
    files: dict[str, str],
    with_diffs: bool,
    manifest: dict[str, list[Any]],
    confirmed: dict[str, list[Any]],
    how: Plan | None,
) -> tuple[Comparison, bool]:
    """The comparison, and whether any file had to be read (the manifest is then stale).
    Adds to `confirmed` the manifest entries found still true."""
    current = existing_paths(directory)
    if how is not None:
        current = {k: v for k, v in current.items() if k in how.owned}
    read = False
    missing = tuple(sorted(set(files) - set(current)))
    extra = tuple(sorted(set(current) - set(files)))
    changed: list[str] = []
    unchanged: list[str] = []
    diffs: dict[str, str] = {}
    for k in sorted(set(files) & set(current)):
        known = manifest.get(k)
        if isinstance(known, list) and len(known) == 4:
            try:
                same = _stat_key(current[k]) == known[:3]
            except OSError:
                same = False
            if same and known[3] == cache.key(files[k]):
                unchanged.append(k)
                confirmed[k] = known
                continue
        read = True
        old_bytes = Path(current[k]).read_bytes()
        if old_bytes == files[k].encode("utf-8"):
            unchanged.append(k)
            continue
        changed.append(k)
        if with_diffs:
            old = old_bytes.decode("utf-8", "replace").splitlines(keepends=True)
            new = files[k].splitlines(keepends=True)
            diffs[k] = "".join(difflib.unified_diff(old, new, f"a/{k}", f"b/{k}"))
    comparison = Comparison(
        missing,
        extra,
        tuple(changed),
        tuple(unchanged),
        diffs,
        how.kept if how else (),
        how.replaced if how else (),
    )
    return comparison, read or set(manifest) != set(files)


def recover(target: Path) -> None:
    """Repair what an interrupted swap left: restore the old tree, drop stale staging dirs."""
    parent = target.parent
    if not parent.is_dir():
        return
    for leftover in parent.glob(f".{target.name}.old-*"):
        if not target.exists():
            leftover.rename(target)
        else:
            shutil.rmtree(leftover, ignore_errors=True)
    for stale in parent.glob(f".{target.name}.new-*"):
        shutil.rmtree(stale, ignore_errors=True)


def write_package(
    target: Path, files: dict[str, str], *, overwrite: bool = False
) -> Comparison:
    """Make `target` hold `files`, replacing and removing only what clientgen wrote there
    (generator.owned); untouched when nothing changed. OutputError, with nothing changed,
    when the directory is not this package's output and `overwrite` is false, or when the
    filesystem refuses a write (WriteError)."""
    for rel in files:
        _check_relpath(rel)
    try:
        recover(target)
        how = plan(target, files, overwrite)
    except OSError as exc:
        raise _fault(exc, target) from None
    confirmed: dict[str, list[Any]] = {}
    result, stale = _compare(
        target, files, False, _load_manifest(target), confirmed, how
    )
    if result.clean:
        if stale:
            _save_manifest(target, files, confirmed)
        return result
    try:
        _stage_and_swap(target, files, result, how)
    except OSError as exc:
        raise _fault(exc, target) from None
    _save_manifest(target, files, confirmed)  # the links are the files confirmed
    return result


def _fault(exc: OSError, target: Path) -> WriteError:
    where = exc.filename if exc.filename is not None else target
    reason = exc.strerror or str(exc)
    return WriteError(f"cannot write {where}: {reason}; {target} left unchanged")


def _stage_and_swap(
    target: Path, files: dict[str, str], result: Comparison, how: Plan
) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.new-", dir=target.parent))
    try:
        # mkdtemp's folder is private (0700): give it the old folder's mode, or the
        # umask's like any new folder
        os.chmod(staging, _folder_mode(target))
        unchanged = set(result.unchanged)
        source, top = os.fspath(target), os.fspath(staging)
        folders = {top}
        for rel, text in files.items():
            dest = os.path.join(top, rel)
            folder = os.path.dirname(dest)
            if folder not in folders:
                os.makedirs(folder, exist_ok=True)
                folders.add(folder)
            try:
                if rel in unchanged:
                    _link_or_copy(os.path.join(source, rel), dest)
                else:
                    with open(dest, "w", encoding="utf-8", newline="\n") as fh:
                        fh.write(text)
            except OSError as exc:
                if exc.filename is None or exc.filename == dest:
                    exc.filename = os.path.join(source, rel)  # not the staging path
                raise
        _carry_over(source, top, how)
        flush(staging)  # once for the whole tree, not a sync per file
        _swap(target, staging)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def flush(folder: Path) -> None:
    """Make what was written under `folder` durable: one syncfs(2) of its filesystem
    where the C library has it (Linux), else one sync of every filesystem."""
    import ctypes  # only here: 2 ms of every run's start

    fd = os.open(folder, os.O_RDONLY)
    try:
        syncfs = _syncfs()
        if syncfs is None:
            os.sync()
        elif syncfs(fd) != 0:
            err = ctypes.get_errno()
            raise OSError(err, os.strerror(err), os.fspath(folder))
    finally:
        os.close(fd)


def _syncfs() -> Callable[[int], int] | None:
    import ctypes

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        function: Callable[[int], int] = libc.syncfs
    except (OSError, AttributeError):
        return None
    return function


def _folder_mode(target: Path) -> int:
    try:
        return stat.S_IMODE(os.stat(target).st_mode)
    except OSError:
        mask = os.umask(0o022)
        os.umask(mask)
        return 0o777 & ~mask


def _carry_over(source: str, top: str, how: Plan) -> None:
    """Put the files clientgen did not write into the staged tree, as they are: hard
    links (a link stays a link), folders with their modes."""
    made: set[str] = set()

    def folder_for(rel: str) -> None:
        parts = rel.split("/")
        for i in range(1, len(parts) + 1):
            sub = "/".join(parts[:i])
            if sub in made:
                continue
            dest = os.path.join(top, sub)
            os.makedirs(dest, exist_ok=True)
            shutil.copymode(os.path.join(source, sub), dest)
            made.add(sub)

    for rel in how.empty_folders:
        folder_for(rel)
    for rel in how.kept:
        if "/" in rel:
            folder_for(rel.rsplit("/", 1)[0])
        src, dest = os.path.join(source, rel), os.path.join(top, rel)
        if os.path.islink(src):
            os.symlink(os.readlink(src), dest)
        else:
            _link_or_copy(src, dest)


def _link_or_copy(src: str, dest: str) -> None:
    try:
        os.link(src, dest)
    except OSError:
        shutil.copy2(src, dest)


@contextlib.contextmanager
def _signals_deferred() -> Iterator[None]:
    """Hold Ctrl-C / SIGTERM for the two renames of a swap, so no interrupt lands between."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(
        signal, "pthread_sigmask"
    ):
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _swap(target: Path, staging: Path) -> None:
    if not target.exists():
        staging.rename(target)
        return
    old = Path(tempfile.mkdtemp(prefix=f".{target.name}.old-", dir=target.parent))
    old.rmdir()
    with _signals_deferred():
        try:
            target.rename(old)
            staging.rename(target)
        except BaseException:
            # put back whichever tree is complete: the old one unless the new one is in place
            if not target.exists() and old.exists():
                old.rename(target)
            raise
        finally:
            if target.exists() and old.exists():
                shutil.rmtree(old, ignore_errors=True)
