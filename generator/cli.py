"""Command line: `clientgen validate | generate | check`."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

import click

from generator import cache, swagger2
from generator.build import ClientConfig, build_api
from generator.config import (
    ClientEntry,
    ProjectConfig,
    adhoc_entry,
    find_project,
    load_config,
)
from generator.diff import compare as compare_surfaces
from generator.pipeline import Generated, generate, load_and_validate, read_previous
from generator.problems import Problems, SpecError
from generator.surface import Surface, surface_of
from generator.validate import spec_version
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


def _generate_entry(
    entry: ClientEntry,
    templates: Path | None,
    target: Path | None = None,
    strict: bool = False,
) -> Generated:
    cfg = ClientConfig(entry.package, entry.client_class, entry.distribution)
    return generate(
        entry.spec,
        cfg,
        display_name=_display(entry.spec),
        workers=_workers(),
        templates=templates,
        previous=read_previous(target) if target is not None else None,
        strict=strict or entry.strict,
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
    "--strict",
    is_flag=True,
    help="Refuse a document with any problem rather than repair it (docs/repairs.md).",
)
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
    strict: bool,
) -> None:
    """Regenerate the configured clients (all by default) into generated/NAME/.

    A document with problems that have a safe assumption is repaired, each repair a
    warning; with --strict (or `strict = true` on the client) it is refused instead."""
    jobs: list[tuple[ClientEntry, Path]] = []
    templates: Path | None = None
    if spec is not None:
        if not (out and package):
            raise click.UsageError("--spec needs --out and --package")
        if not package.isidentifier():
            raise click.UsageError(f"--package {package!r} is not a Python identifier")
        jobs.append((adhoc_entry(spec, package, client_class), out))
    else:
        project = _project(ctx)
        templates = project.templates
        jobs = [(e, project.output / e.name) for e in _selected(ctx, project, names)]
    failed = False
    for entry, target in jobs:
        try:
            result = _generate_entry(entry, templates, target, strict)
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
        models_in_spec = api.schema_count_in_spec
        if models_in_spec:
            click.echo(
                f"  {len(api.models) + len(api.enums)} model/enum classes from "
                f"{models_in_spec} component schemas (others are aliases or inline)"
            )
        if result.report is not None and result.report.changes:
            click.echo(
                f"  {result.report.summary()}; version {result.version}; "
                f"see {_display(target / 'CHANGELOG.md')}"
            )
    cache.prune()  # at most hourly: keeps the cache under CLIENTGEN_CACHE_MAX_MB
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
            result = _generate_entry(entry, project.templates, target)
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


def _surface_for(spec: Path, package: str, client_class: str) -> Surface:
    ws, found = load_and_validate(spec, _display(spec))
    errors = [p for p in found if p.severity == "error"]
    if errors:
        raise SpecError(errors)
    if spec_version(ws.root.data) == "2.0":
        ws.root.data = swagger2.convert(ws.root.data)
    problems = Problems(list(found))
    api = build_api(ws, ClientConfig(package, client_class), problems)
    if problems.errors:
        raise SpecError(problems.errors)
    return surface_of(api)


def _spec_at_revision(project: ProjectConfig, spec: Path, ref: str, into: Path) -> Path:
    """Check out the spec's directory at git revision `ref` into `into`; the spec's path there."""
    rel_dir = spec.parent.resolve().relative_to(project.root.resolve())
    archive = subprocess.run(
        [
            "git",
            "-C",
            str(project.root),
            "archive",
            "--format=tar",
            ref,
            "--",
            rel_dir.as_posix(),
        ],
        capture_output=True,
    )
    if archive.returncode != 0:
        stderr = archive.stderr.decode(errors="replace").strip()
        raise _DiffInputError(f"git cannot read {rel_dir} at {ref!r}: {stderr}")
    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
        tar.extractall(into, filter="data")
    found = into / rel_dir / spec.name
    if not found.is_file():
        raise _DiffInputError(f"{rel_dir / spec.name} does not exist at {ref!r}")
    return found


class _DiffInputError(Exception):
    """The old side of a diff cannot be had (exit 2, like any bad input)."""


@main.command(name="diff")
@click.argument("old")
@click.argument("new", required=False)
@click.option(
    "--against",
    "ref",
    help="With a configured client NAME: compare its spec at this git revision.",
)
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json", "markdown"]), default="text"
)
@click.option(
    "--fail-on-breaking", is_flag=True, help="Exit 1 when any change is breaking."
)
@click.pass_context
def diff_cmd(
    ctx: click.Context,
    old: str,
    new: str | None,
    ref: str | None,
    fmt: str,
    fail_on_breaking: bool,
) -> None:
    """Report what a spec change does to the generated Python surface.

    Either `clientgen diff OLD.yaml NEW.yaml`, or `clientgen diff NAME --against REF` to
    compare a configured client's spec with the same file at git revision REF.
    """
    try:
        if ref is not None:
            if new is not None:
                raise click.UsageError("use either OLD NEW or NAME --against REF")
            project = _project(ctx)
            entry = _selected(ctx, project, (old,))[0]
            with tempfile.TemporaryDirectory() as tmp:
                old_spec = _spec_at_revision(project, entry.spec, ref, Path(tmp))
                before = _surface_for(old_spec, entry.package, entry.client_class)
            after = _surface_for(entry.spec, entry.package, entry.client_class)
            name = entry.name
        else:
            if new is None:
                raise click.UsageError("give two spec files, or NAME --against REF")
            before = _surface_for(Path(old), "client", "Client")
            after = _surface_for(Path(new), "client", "Client")
            name = Path(new).stem
    except SpecError as exc:
        _print_problems(exc)
        ctx.exit(EXIT_INVALID)
        return
    except _DiffInputError as exc:
        click.echo(f"error: {exc}", err=True)
        ctx.exit(EXIT_INVALID)
        return
    report = compare_surfaces(name, before, after)
    out = {
        "text": report.to_text,
        "json": report.to_json,
        "markdown": report.to_markdown,
    }[fmt]()
    click.echo(out, nl=False)
    sys.exit(1 if fail_on_breaking and report.breaking else 0)
