"""A generated package's own semantic version, and its CHANGELOG.

The first generation takes the spec's `info.version` when it is semver-like (`2`, `v1.4`,
`1.4.2`, `1.4.2-beta`: the numbers, padded to three), else 1.0.0. Each later generation
compares the Python surface with the one saved in the package (generator.surface,
generator.diff) and bumps:

- the major version for any breaking change,
- the minor version for an addition (an operation, argument, model, field, enum value...),
- the patch version for anything else: a compatible change to the surface, a new
  `info.version`, or a spec edit that leaves the surface as it was (documentation,
  examples);

and keeps the version when nothing changed. When the API's own version rises above the
bumped one, the package follows it. The API's version stays visible as `__api_version__`
and in the README. Each CHANGELOG entry says which rule fired.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from generator.diff import Report, compare
from generator.model import Api
from generator.surface import SURFACE_FILE, Saved, Summary, read_saved
from generator.words import count

CHANGELOG_FILE = "CHANGELOG.md"
CHANGELOG_HEADER = (
    "# Changelog\n\nChanges to this package's Python surface, written by clientgen at each "
    "regeneration (newest first).\n"
)
FALLBACK = "1.0.0"

# Compatible changes that add to the surface: a minor version.
ADDITIONS = frozenset(
    {
        "operation-added",
        "argument-added",
        "argument-now-optional",
        "body-whole-added",
        "credential-added",
        "model-added",
        "field-added",
        "enum-added",
        "enum-values-added",
        "method-added",
    }
)

# MAJOR[.MINOR[.PATCH[-pre][+build]]], with an optional "v"
_SEMVER = re.compile(
    r"[vV]?(\d{1,9})(?:\.(\d{1,9})(?:\.(\d{1,9})"
    r"(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?)?)?"
)

Version = tuple[int, int, int]


def semver(text: str) -> Version | None:
    """The version `text` names if it is semver-like, else None."""
    found = _SEMVER.fullmatch(text.strip())
    if found is None:
        return None
    return (int(found[1]), int(found[2] or 0), int(found[3] or 0))


def show(version: Version) -> str:
    return ".".join(map(str, version))


def initial(api_version: str) -> str:
    """The version of a package generated for the first time."""
    found = semver(api_version)
    return show(found) if found is not None else FALLBACK


def _bump(version: Version, rule: str) -> Version:
    major, minor, patch = version
    if rule == "major":
        return (major + 1, 0, 0)
    if rule == "minor":
        return (major, minor + 1, 0)
    return (major, minor, patch + 1)


@dataclass(frozen=True)
class Previous:
    """What a package directory held before: its surface (read as far as needed) and
    changelog."""

    saved: Saved
    changelog: str

    @property
    def revision(self) -> int:
        return self.saved.revision

    @property
    def version(self) -> Version | None:
        """The package's version as saved (None in a file from before it was saved)."""
        value = self.saved.head.get("version")
        return semver(value) if isinstance(value, str) else None


def read_previous(target: Path) -> Previous | None:
    """The state saved in an existing generated package, or None (new or unreadable)."""
    try:
        saved = read_saved((target / SURFACE_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError, KeyError, TypeError):
        return None
    try:
        changelog = (target / CHANGELOG_FILE).read_text(encoding="utf-8")
    except OSError:
        changelog = ""
    return Previous(saved, changelog)


@dataclass(frozen=True)
class Versioned:
    report: Report | None  # the surface change against the previous package, if any
    revision: int  # how many generations changed the package since the first
    version: str
    changelog: str


def _first(api: Api) -> Versioned:
    version = initial(api.version)
    why = (
        f"from the API's version {api.version!r}"
        if semver(api.version) is not None
        else f"the API's version {api.version!r} is not semver-like, so {FALLBACK}"
    )
    entry = (
        f"## {version}\n\nFirst generated ({why}): "
        f"{count(len(api.operations), 'operation')}, {count(len(api.models), 'model')}, "
        f"{count(len(api.enums), 'enum')}.\n"
    )
    return Versioned(None, 0, version, f"{CHANGELOG_HEADER}\n{entry}")


def _rule(report: Report, api_changed: bool, spec_changed: bool) -> tuple[str, str]:
    """(major | minor | patch | "", why) for this change."""
    broken = len(report.breaking)
    if broken:
        return "major", f"{count(broken, 'breaking change')}"
    added = sum(1 for c in report.changes if c.kind in ADDITIONS)
    if added:
        return "minor", f"{count(added, 'addition')}, nothing breaking"
    if report.changes:
        return "patch", f"{count(len(report.changes), 'compatible change')}"
    if api_changed:
        return "patch", "the API's version changed; the Python surface did not"
    if spec_changed:
        return "patch", (
            "the spec changed (documentation, examples or other details) "
            "but not the Python surface"
        )
    return "", ""


def _legacy(api_version: str, revision: int) -> Version:
    """The version of a package saved before versions were semantic: `info.version` plus
    `.postN`, N the revision. Its next version must not sort below it (PEP 440 puts
    1.0.0.post3 after 1.0.0): 1.0.0.post3 is taken as 1.0.3."""
    major, minor, patch = semver(initial(api_version)) or (1, 0, 0)
    return (major, minor, patch + revision)


def decide(api: Api, surface: Summary, previous: Previous | None) -> Versioned:
    """The version, change report and CHANGELOG of this generation."""
    if previous is None:
        return _first(api)
    try:
        old, new = previous.saved.against(surface)
    except (ValueError, KeyError, TypeError):
        return _first(api)  # unreadable: as if there were none
    report = compare(api.package, old, new)
    before = previous.version or _legacy(old.api_version, previous.revision)
    saved_spec = previous.saved.head.get("spec") or ""
    spec_changed = bool(saved_spec and surface.spec and saved_spec != surface.spec)
    api_changed = old.api_version != api.version
    rule, why = _rule(report, api_changed, spec_changed)
    body = previous.changelog or CHANGELOG_HEADER
    if not rule:
        return Versioned(report, previous.revision, show(before), body)
    after = _bump(before, rule)
    follows = semver(api.version)
    note = f"{rule} version: {why}"
    if api_changed and follows is not None and follows > after:
        after = follows
        note += f"; the API's version rose to {api.version}, which the package follows"
    version = show(after)
    head, sep, rest = body.partition("\n## ")
    detail = report.to_markdown() if report.changes else f"**{report.summary()}**\n"
    entry = f"## {version}\n\n_{note[0].upper()}{note[1:]}._\n\n{detail}"
    changelog = f"{head.rstrip()}\n\n{entry}" + (f"\n## {rest}" if sep else "")
    return Versioned(report, previous.revision + 1, version, changelog)
