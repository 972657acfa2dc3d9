"""The whole pipeline for one client: load → validate → build → render → format (in memory)."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

import jinja2

from generator import swagger2
from generator.build import ClientConfig, build_api
from generator.format import FormatError, format_files
from generator.load import Workspace
from generator.model import Api
from generator.problems import Location, Problem, Problems, SpecError
from generator.validate import spec_version, validate_workspace


@dataclass(frozen=True)
class Generated:
    api: Api
    files: dict[str, str]
    warnings: tuple[Problem, ...]
    seconds: float


def load_and_validate(
    spec: Path, display_name: str | None = None
) -> tuple[Workspace, list[Problem]]:
    """The workspace and every problem (errors and warnings); raises SpecError if unreadable."""
    ws = Workspace(spec, display_name or str(spec))
    return ws, validate_workspace(ws)


def generate(
    spec: Path,
    config: ClientConfig,
    *,
    display_name: str | None = None,
    workers: int = 1,
    templates: Path | None = None,
) -> Generated:
    """Render a client package in memory; SpecError carries every problem if it cannot."""
    started = time.perf_counter()
    ws, found = load_and_validate(spec, display_name)
    problems = Problems(list(found))
    if problems.errors:
        raise SpecError(problems.errors)
    if spec_version(ws.root.data) == "2.0":
        ws.root.data = swagger2.convert(ws.root.data)
    api = build_api(ws, config, problems)
    if problems.errors:
        raise SpecError(problems.errors)
    from generator.render import render_package

    try:
        files = render_package(api, templates)
    except jinja2.TemplateError as exc:
        where = (
            getattr(exc, "filename", None) or getattr(exc, "name", None) or "templates"
        )
        line = getattr(exc, "lineno", None)
        raise SpecError(
            [Problem(Location(str(where), line), f"template error: {exc}")]
        ) from None
    try:
        files = format_files(files, workers=workers)
    except FormatError as exc:
        raise SpecError([Problem(Location(exc.path), str(exc))]) from None
    return Generated(
        api, files, tuple(problems.warnings), time.perf_counter() - started
    )
