"""Which files of an output directory clientgen wrote, and so may replace or remove.

Every generated package lists its own files in `clientgen-files.txt` (the manifest, one of
the files it lists). Writing into a directory then follows three rules:

- a file the previous manifest lists is clientgen's: replaced, or removed when the new
  package no longer has it;
- any other file (a user's notes, a virtualenv, `__pycache__`, `dist/`) is kept as it is;
- a directory that is not clientgen's output for this package (no manifest naming the
  package, and not empty) is refused unless the user says `--overwrite`; so is a user's
  file standing where the new package puts one of its own. `--overwrite` lets clientgen
  write its files there (replacing such files); everything else in the directory stays.

Packages written before the manifest existed are recognised by `clientgen-surface.json`
naming the package; their files are those of the layout clientgen always wrote.
"""

from __future__ import annotations

import json
import os
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from pathlib import Path

MANIFEST = "clientgen-files.txt"
_SURFACE = (
    "clientgen-surface.json"  # generator.surface.SURFACE_FILE, without its imports
)
_HEAD = "# clientgen output for package "
_LEGACY_TOP = frozenset({"README.md", "pyproject.toml", "CHANGELOG.md", _SURFACE})


class OutputError(Exception):
    """The output directory can't be written as asked; nothing was changed."""


def manifest_text(package: str, paths: Iterable[str]) -> str:
    """The manifest of a package whose files are `paths` (the manifest itself included)."""
    listed = sorted({*paths, MANIFEST})
    return (
        f"{_HEAD}{package}\n"
        "# clientgen replaces or removes only the files listed here when it regenerates\n"
        "# this directory; any other file in it is kept as it is.\n"
        + "".join(f"{p}\n" for p in listed)
    )


def placeholder(package: str) -> dict[str, str]:
    """What `plan` needs to check a directory before the package is generated."""
    return {MANIFEST: manifest_text(package, ())}


@dataclass(frozen=True)
class Manifest:
    package: str
    files: frozenset[str]


def parse_manifest(text: str) -> Manifest | None:
    lines = text.splitlines()
    if not lines or not lines[0].startswith(_HEAD):
        return None
    files = frozenset(ln for ln in lines[1:] if ln and not ln.startswith("#"))
    return Manifest(lines[0][len(_HEAD) :].strip(), files)


def _read(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def _legacy_package(target: Path) -> str | None:
    """The package a pre-manifest clientgen output names in its surface file, or None."""
    text = _read(target / _SURFACE)
    if text is None:
        return None
    try:
        head = json.loads(text.partition("\n")[0].rstrip(",") + "}")
    except ValueError:
        return None
    package = head.get("package") if isinstance(head, dict) else None
    return package if isinstance(package, str) else None


def all_entries(target: Path) -> tuple[list[str], list[str]]:
    """(files, folders) under `target`, relative posix paths, links not followed; a link
    (to anything) counts as a file."""
    files: list[str] = []
    folders: list[str] = []
    top = os.fspath(target)
    for folder, dirs, names in os.walk(top):
        rel = os.path.relpath(folder, top).replace(os.sep, "/")
        prefix = "" if rel == "." else rel + "/"
        for d in list(dirs):
            if os.path.islink(os.path.join(folder, d)):
                dirs.remove(d)
                files.append(prefix + d)
            else:
                folders.append(prefix + d)
        files.extend(prefix + n for n in names)
    return sorted(files), sorted(folders)


@dataclass(frozen=True)
class Plan:
    """What writing a package into its directory may touch."""

    owned: frozenset[str]  # files clientgen wrote there before: replaced or removed
    kept: tuple[str, ...]  # files it did not write: carried over untouched
    replaced: tuple[str, ...] = ()  # a user's files that --overwrite replaces
    empty_folders: tuple[str, ...] = ()  # a user's empty folders, kept too
    marked: bool = True  # False: no manifest or surface file says who wrote the folder


def plan(target: Path, files: Collection[str], overwrite: bool = False) -> Plan:
    """How writing `files` (a package with its manifest) into `target` goes, or
    OutputError saying why it may not without `--overwrite`."""
    if not target.exists() and not target.is_symlink():
        return Plan(frozenset(), (), marked=False)
    if not target.is_dir():
        raise OutputError(f"{target} exists and is not a directory")
    new_text = files_manifest = None
    if isinstance(files, dict):
        new_text = files.get(MANIFEST)
    if new_text is not None:
        files_manifest = parse_manifest(new_text)
    package = files_manifest.package if files_manifest else None
    existing, folders = all_entries(target)
    old_text = _read(target / MANIFEST)
    old = parse_manifest(old_text) if old_text is not None else None
    if old is not None:
        owned, owner = old.files & set(existing), old.package
    elif (legacy := _legacy_package(target)) is not None:
        owned, owner = _legacy_files(existing, legacy), legacy
    else:
        owned, owner = frozenset(), None
    kept = tuple(p for p in existing if p not in owned)
    if not overwrite and (existing or folders) and (owner is None or owner != package):
        what = (
            f"clientgen's output for package {owner!r}, not {package!r}"
            if owner is not None
            else f"not empty and not clientgen's output ({len(existing)} files, e.g. "
            f"{', '.join(existing[:3]) or ', '.join(folders[:3])})"
        )
        raise OutputError(
            f"{target} is {what}; nothing was written. Choose an empty or new "
            "directory, or pass --overwrite to write the package there (clientgen "
            "then replaces only files at its own paths and keeps every other file)"
        )
    clashes = _clashes(kept, files)
    if clashes and not overwrite:
        raise OutputError(
            f"{target}: {_some(clashes)} not written by clientgen but the package "
            "puts files there; nothing was written. Move them away, or pass "
            "--overwrite to replace them"
        )
    taken = set(files)
    return Plan(
        owned | frozenset(clashes),
        tuple(p for p in kept if p not in clashes),
        tuple(clashes),
        tuple(
            f
            for f in folders
            if f not in taken and not _under(f, taken) and _empty(f, existing, folders)
        ),
        owner is not None,
    )


def _under(path: str, files: Collection[str]) -> bool:
    """Whether a folder above `path` is one of `files`."""
    while "/" in path:
        path = path.rsplit("/", 1)[0]
        if path in files:
            return True
    return False


def _empty(folder: str, files: Iterable[str], folders: Iterable[str]) -> bool:
    inside = folder + "/"
    return not any(p.startswith(inside) for p in files) and not any(
        f.startswith(inside) for f in folders
    )


def _legacy_files(existing: Iterable[str], package: str) -> frozenset[str]:
    """The files of a pre-manifest package: the layout clientgen always wrote."""
    return frozenset(
        p
        for p in existing
        if p in _LEGACY_TOP
        or (
            p.startswith(package + "/")
            and "/__pycache__/" not in p
            and p.endswith((".py", ".json", "py.typed"))
        )
    )


def _clashes(kept: Iterable[str], files: Collection[str]) -> list[str]:
    """Kept files where the package writes a file, needs a folder, or writes a file in
    place of a folder above them."""
    new_folders: set[str] = set()
    for p in files:
        while "/" in p:
            p = p.rsplit("/", 1)[0]
            new_folders.add(p)
    return sorted(p for p in kept if p in files or p in new_folders or _under(p, files))


def _some(paths: list[str]) -> str:
    shown = ", ".join(paths[:5]) + (
        f" and {len(paths) - 5} more" if len(paths) > 5 else ""
    )
    return f"{shown} {'is' if len(paths) == 1 else 'are'}"
