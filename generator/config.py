"""Which clients to generate: the `[tool.clientgen]` table of the project's pyproject.toml."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.names import client_class_problem, package_problem
from generator.problems import Location, Problem, SpecError


@dataclass(frozen=True)
class ClientEntry:
    name: str
    spec: Path
    package: str
    client_class: str
    distribution: str
    strict: bool = False  # refuse, rather than repair, a document with problems


def default_distribution(package: str) -> str:
    """The distribution (PyPI) name of a package that names none."""
    return package.replace("_", "-")


def adhoc_entry(spec: Path, package: str, client_class: str | None) -> ClientEntry:
    """The client `clientgen generate --spec SPEC --package PKG` describes: without
    `--client-class`, the class is named after the package (time_4vps -> Time4vps)."""
    cls = (
        client_class or "".join(p.capitalize() for p in package.split("_")) or "Client"
    )
    return ClientEntry(package, spec, package, cls, default_distribution(package))


@dataclass(frozen=True)
class ProjectConfig:
    root: Path
    output: Path
    templates: Path
    clients: tuple[ClientEntry, ...]

    def client(self, name: str) -> ClientEntry:
        for c in self.clients:
            if c.name == name:
                return c
        known = ", ".join(c.name for c in self.clients) or "none"
        raise KeyError(
            f"no client named {name!r} in [tool.clientgen.clients] (configured: {known})"
        )


def find_project(start: Path) -> Path:
    for directory in (start, *start.parents):
        candidate = directory / "pyproject.toml"
        if candidate.is_file() and "[tool.clientgen" in candidate.read_text(
            encoding="utf-8"
        ):
            return directory
    raise FileNotFoundError(
        "no pyproject.toml with a [tool.clientgen] table here or above"
    )


def load_config(root: Path) -> ProjectConfig:
    path = root / "pyproject.toml"
    where = str(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise SpecError(
            [Problem(Location(where), f"cannot read configuration: {exc}")]
        ) from None
    table: Any = data.get("tool", {}).get("clientgen")
    if not isinstance(table, dict):
        raise SpecError(
            [
                Problem(
                    Location(where, pointer="/tool/clientgen"),
                    "missing [tool.clientgen] table",
                )
            ]
        )
    problems: list[Problem] = []
    clients = []
    for name, entry in (table.get("clients") or {}).items():
        pointer = f"/tool/clientgen/clients/{name}"
        if not isinstance(entry, dict):
            problems.append(
                Problem(Location(where, pointer=pointer), "must be a table")
            )
            continue
        missing = [
            k
            for k in ("spec", "package", "client_class")
            if not isinstance(entry.get(k), str)
        ]
        if missing:
            problems.append(
                Problem(
                    Location(where, pointer=pointer),
                    f"missing string key(s): {', '.join(missing)}",
                )
            )
            continue
        strict = entry.get("strict", False)
        if not isinstance(strict, bool):
            problems.append(
                Problem(
                    Location(where, pointer=pointer + "/strict"),
                    f"strict must be true or false, not {strict!r}",
                )
            )
        package, cls = entry["package"], entry["client_class"]
        for key, reason in (
            ("package", package_problem(package)),
            ("client_class", client_class_problem(cls)),
        ):
            if reason is not None:
                problems.append(
                    Problem(Location(where, pointer=f"{pointer}/{key}"), reason)
                )
        clients.append(
            ClientEntry(
                str(name),
                root / entry["spec"],
                package,
                cls,
                str(entry.get("distribution") or default_distribution(package)),
                strict is True,
            )
        )
    if problems:
        raise SpecError(problems)
    return ProjectConfig(
        root,
        root / str(table.get("output", "generated")),
        root / str(table.get("templates", "templates")),
        tuple(clients),
    )
