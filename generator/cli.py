"""Command line: `clientgen validate | generate | check`."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import click

from generator.build import ClientConfig
from generator.config import ClientEntry, ProjectConfig, find_project, load_config
from generator.pipeline import Generated, generate, load_and_validate
from generator.problems import SpecError
from generator.write import compare, write_package

EXIT_INVALID = 2


def _display(path: Path) -> str:
    try:
        return os.path.relpath(path)
    except ValueError:
        return str(path)


def _project(ctx: click.Context) -> ProjectConfig:
    try:
        return load_config(find_project(Path.cwd()))
    except (FileNotFoundError, SpecError) as exc:
        click.echo(f"error: {exc}", err=True)
        ctx.exit(EXIT_INVALID)
        raise AssertionError from None  # unreachable: ctx.exit raises


def _selected(
    ctx: click.Context, project: ProjectConfig, names: tuple[str, ...]
) -> list[ClientEntry]:
    try:
        return [project.client(n) for n in names] if names else list(project.clients)
    except KeyError as exc:
        click.echo(f"error: {exc.args[0]}", err=True)
        ctx.exit(EXIT_INVALID)
        raise AssertionError from None


def _print_problems(exc: SpecError) -> None:
    for problem in exc.problems:
        click.echo(problem.format(), err=True)


def _workers() -> int:
    return max(1, min(os.cpu_count() or 1, 4))


@click.group()
@click.version_option(package_name="clientgen")
def main() -> None:
    """Generate typed Python client packages from OpenAPI documents."""


@main.command()
@click.argument(
    "specs", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=Path)
)
def validate(specs: tuple[Path, ...]) -> None:
    """Validate SPEC files; print every problem as file:line:col: pointer: message."""
    failed = False
    for spec in specs:
        try:
            _, problems = load_and_validate(spec, _display(spec))
        except SpecError as exc:
            _print_problems(exc)
            failed = True
            continue
        for p in problems:
            click.echo(p.format(), err=True)
        errors = [p for p in problems if p.severity == "error"]
        if errors:
            failed = True
            click.echo(f"{_display(spec)}: {len(errors)} problem(s)", err=True)
        else:
            click.echo(f"{_display(spec)}: valid")
    sys.exit(EXIT_INVALID if failed else 0)


def _generate_entry(entry: ClientEntry, templates: Path | None) -> Generated:
    cfg = ClientConfig(entry.package, entry.client_class, entry.distribution)
    return generate(
        entry.spec,
        cfg,
        display_name=_display(entry.spec),
        workers=_workers(),
        templates=templates,
    )


@main.command(name="generate")
@click.argument("names", nargs=-1)
@click.option(
    "--spec", type=click.Path(dir_okay=False, path_type=Path), help="Ad-hoc spec file."
)
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    help="Output directory (with --spec).",
)
@click.option("--package", help="Python package name (with --spec).")
@click.option(
    "--client-class",
    help="Client class name (with --spec); default from the package name.",
)
@click.pass_context
def generate_cmd(
    ctx: click.Context,
    names: tuple[str, ...],
    spec: Path | None,
    out: Path | None,
    package: str | None,
    client_class: str | None,
) -> None:
    """Regenerate the configured clients (all by default) into generated/NAME/."""
    jobs: list[tuple[ClientEntry, Path]] = []
    templates: Path | None = None
    if spec is not None:
        if not (out and package):
            raise click.UsageError("--spec needs --out and --package")
        if not package.isidentifier():
            raise click.UsageError(f"--package {package!r} is not a Python identifier")
        cls = (
            client_class
            or "".join(p.capitalize() for p in package.split("_"))
            or "Client"
        )
        jobs.append(
            (ClientEntry(package, spec, package, cls, package.replace("_", "-")), out)
        )
    else:
        project = _project(ctx)
        templates = project.templates
        jobs = [(e, project.output / e.name) for e in _selected(ctx, project, names)]
    failed = False
    for entry, target in jobs:
        try:
            result = _generate_entry(entry, templates)
        except SpecError as exc:
            _print_problems(exc)
            click.echo(
                f"{entry.name}: not generated; {_display(target)} left unchanged",
                err=True,
            )
            failed = True
            continue
        started = time.perf_counter()
        comparison = write_package(target, result.files)
        for w in result.warnings:
            click.echo(w.format(), err=True)
        api = result.api
        written = len(comparison.missing) + len(comparison.changed)
        click.echo(
            f"{entry.name}: {len(api.operations)}/{api.operation_count_in_spec} operations, "
            f"{len(api.models)} models, {len(api.enums)} enums; {len(result.files)} files "
            f"({written} written, {len(comparison.unchanged)} unchanged, {len(comparison.extra)} removed) "
            f"in {result.seconds + time.perf_counter() - started:.2f}s"
            + (f"; {len(result.warnings)} warning(s)" if result.warnings else "")
        )
    sys.exit(EXIT_INVALID if failed else 0)


@main.command()
@click.argument("names", nargs=-1)
@click.pass_context
def check(ctx: click.Context, names: tuple[str, ...]) -> None:
    """Regenerate in memory and compare with generated/; exit 1 with diffs if they differ."""
    project = _project(ctx)
    stale = False
    for entry in _selected(ctx, project, names):
        target = project.output / entry.name
        try:
            result = _generate_entry(entry, project.templates)
        except SpecError as exc:
            _print_problems(exc)
            ctx.exit(EXIT_INVALID)
        comparison = compare(target, result.files)
        if comparison.clean:
            click.echo(f"{entry.name}: up to date ({len(result.files)} files)")
            continue
        stale = True
        click.echo(
            f"{entry.name}: {_display(target)} is stale; run 'make generate' and commit the result"
        )
        for rel in comparison.missing:
            click.echo(f"  missing: {rel}")
        for rel in comparison.extra:
            click.echo(f"  extra:   {rel}")
        for rel in comparison.changed:
            click.echo(f"  changed: {rel}")
        for rel in comparison.changed:
            click.echo(comparison.diffs[rel], nl=False)
    sys.exit(1 if stale else 0)
