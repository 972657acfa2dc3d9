"""Command line: `clientgen validate | generate | check`."""

from __future__ import annotations

import contextlib
import dataclasses
import io
import os
import shlex
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import click

from generator import cache, fetch, owned, progress, swagger2
from generator.build import ClientConfig, build_api
from generator.config import (
    ClientEntry,
    ProjectConfig,
    adhoc_entry,
    find_project,
    load_config,
)
from generator.diff import compare as compare_surfaces
from generator.names import client_class_problem, package_problem
from generator.owned import OutputError
from generator.pipeline import Generated, generate, load_and_validate
from generator.problems import Problems, SpecError
from generator.surface import Surface, surface_of
from generator.validate import spec_version
from generator.versioning import read_previous
from generator.words import count
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


def _verbosity_options(f: Any) -> Any:
    f = click.option(
        "--verbose",
        "-v",
        is_flag=True,
        help="Print each stage's time and what came from the cache (on stderr).",
    )(f)
    return click.option("--quiet", "-q", is_flag=True, help="Print only errors.")(f)


def _check_verbosity(quiet: bool, verbose: bool) -> None:
    if quiet and verbose:
        raise click.UsageError("--quiet and --verbose exclude each other")


def _fetch_options(f: Any) -> Any:
    f = click.option(
        "--allow-http",
        is_flag=True,
        help="Fetch a spec URL over plain http from a host that is not loopback.",
    )(f)
    return click.option(
        "--fetch-timeout",
        type=click.FloatRange(min=0, min_open=True),
        default=fetch.DEFAULT_TIMEOUT,
        show_default=True,
        help="Seconds to wait for a spec URL's server (per request).",
    )(f)


def _local_spec(
    stack: contextlib.ExitStack, spec: str, allow_http: bool, timeout: float
) -> tuple[Path, str]:
    """The spec as a local file and the name to show for it: a URL is downloaded (with the
    files its relative $refs reach) into a temporary directory kept until `stack` closes
    (fetch.FetchError if it cannot be)."""
    if not fetch.is_url(spec):
        return Path(spec), _display(Path(spec))
    limits = fetch.Limits.from_env(timeout, allow_http)
    return stack.enter_context(fetch.local_copy(spec, limits)), spec


@main.command()
@click.argument("specs", nargs=-1, required=True)
@_fetch_options
@_verbosity_options
@click.pass_context
def validate(
    ctx: click.Context,
    specs: tuple[str, ...],
    allow_http: bool,
    fetch_timeout: float,
    quiet: bool,
    verbose: bool,
) -> None:
    """Validate SPEC files (or http(s) URLs); print every problem as
    file:line:col: pointer: message."""
    _check_verbosity(quiet, verbose)
    failed = False
    for given in specs:
        try:
            with contextlib.ExitStack() as stack:
                spec, shown = _local_spec(stack, given, allow_http, fetch_timeout)
                reporter = progress.reporter(
                    quiet=quiet, verbose=verbose, label=f"{shown}: "
                )
                with progress.using(reporter):
                    reporter.stage("validating")
                    _, problems = load_and_validate(spec, shown)
        except SpecError as exc:
            _print_problems(exc)
            failed = True
            continue
        except fetch.FetchError as exc:  # the next spec is still validated
            click.echo(f"error: {exc}", err=True)
            failed = True
            continue
        for p in problems:
            if p.severity == "error" or not quiet:
                click.echo(p.format(), err=True)
        errors = [p for p in problems if p.severity == "error"]
        if errors:
            failed = True
            click.echo(f"{shown}: {len(errors)} problem(s)", err=True)
        elif not quiet:
            click.echo(f"{shown}: valid")
    sys.exit(EXIT_INVALID if failed else 0)


def install_path(target: Path, base: Path) -> str:
    """How pip is told to install the package at `target`: relative to `base` (the project
    root, or the directory clientgen ran in) when inside it, else absolute."""
    target, base = target.absolute(), base.absolute()
    try:
        where = "./" + target.relative_to(base).as_posix()
    except ValueError:
        where = target.as_posix()
    return shlex.quote(where)


def _generate_entry(
    entry: ClientEntry,
    templates: Path | None,
    target: Path | None = None,
    base: Path | None = None,
    shown: str | None = None,
    strict: bool = False,
) -> Generated:
    cfg = ClientConfig(entry.package, entry.client_class, entry.distribution)
    return generate(
        entry.spec,
        cfg,
        display_name=shown or _display(entry.spec),
        workers=_workers(),
        templates=templates,
        previous=read_previous(target) if target is not None else None,
        install=install_path(target, base or Path.cwd()) if target else None,
        strict=strict or entry.strict,
    )


@main.command(name="generate")
@click.argument("names", nargs=-1)
@click.option("--spec", help="Ad-hoc spec: a file, or an https:// URL.")
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    help="Output directory (with --spec).",
)
@click.option("--package", help="Python package name (with --spec).")
@click.option(
    "--overwrite",
    is_flag=True,
    help="Write into a directory that is not this package's clientgen output "
    "(replacing files at the package's paths; every other file is kept).",
)
@click.option(
    "--strict",
    is_flag=True,
    help="Refuse a document with any problem rather than repair it (docs/repairs.md).",
)
@click.option(
    "--client-class",
    help="Client class name (with --spec); default from the package name.",
)
@_fetch_options
@_verbosity_options
@click.pass_context
def generate_cmd(
    ctx: click.Context,
    names: tuple[str, ...],
    spec: str | None,
    out: Path | None,
    package: str | None,
    overwrite: bool,
    client_class: str | None,
    allow_http: bool,
    fetch_timeout: float,
    quiet: bool,
    verbose: bool,
    strict: bool,
) -> None:
    """Regenerate the configured clients (all by default) into generated/NAME/.

    clientgen replaces or removes only the files it wrote (listed in each package's
    clientgen-files.txt); other files in the directory are kept. A directory that is not
    the package's earlier output is refused unless --overwrite is given. A document with
    problems that have a safe assumption is repaired, each repair a warning; with
    --strict (or `strict = true` on the client) it is refused instead."""
    _check_verbosity(quiet, verbose)
    jobs: list[tuple[ClientEntry, Path]] = []
    templates: Path | None = None
    base = Path.cwd()
    spec_name: str | None = None
    stack = contextlib.ExitStack()
    ctx.call_on_close(stack.close)
    if spec is not None:
        if not (out and package):
            raise click.UsageError("--spec needs --out and --package")
        entry = adhoc_entry(Path(spec), package, client_class)
        reason = package_problem(package) or client_class_problem(entry.client_class)
        if reason is not None:
            click.echo(f"error: {reason}", err=True)
            ctx.exit(EXIT_INVALID)
        try:
            local, spec_name = _local_spec(stack, spec, allow_http, fetch_timeout)
        except fetch.FetchError as exc:
            click.echo(f"error: {exc}", err=True)
            ctx.exit(EXIT_INVALID)
        entry = dataclasses.replace(entry, spec=local)
        jobs.append((entry, out))
    else:
        project = _project(ctx)
        templates, base = project.templates, project.root
        jobs = [(e, project.output / e.name) for e in _selected(ctx, project, names)]
    failed = False
    for entry, target in jobs:
        try:
            owned.plan(target, owned.placeholder(entry.package), overwrite)
        except OutputError as exc:
            click.echo(f"error: {exc}", err=True)
            failed = True
            continue
        shown = progress.reporter(quiet=quiet, verbose=verbose, label=f"{entry.name}: ")
        try:
            with progress.using(shown):  # the live line is erased before anything else
                result = _generate_entry(
                    entry, templates, target, base, spec_name, strict
                )
                started = time.perf_counter()
                shown.stage("writing")
                comparison = write_package(target, result.files, overwrite=overwrite)
        except SpecError as exc:
            _print_problems(exc)
            click.echo(
                f"{entry.name}: not generated; {_display(target)} left unchanged",
                err=True,
            )
            failed = True
            continue
        except OutputError as exc:
            click.echo(f"error: {exc}", err=True)
            failed = True
            continue
        if quiet:
            continue  # only errors
        for w in result.warnings:
            click.echo(w.format(), err=True)
        api = result.api
        written = len(comparison.missing) + len(comparison.changed)
        click.echo(
            f"{entry.name}: {len(api.operations)}/"
            f"{count(api.operation_count_in_spec, 'operation')}, "
            f"{count(len(api.models), 'model')}, {count(len(api.enums), 'enum')}; "
            f"{count(len(result.files), 'file')} "
            f"({written} written, {len(comparison.unchanged)} unchanged, {len(comparison.extra)} removed) "
            f"in {result.seconds + time.perf_counter() - started:.2f}s"
            + (f"; {count(len(result.warnings), 'warning')}" if result.warnings else "")
        )
        if comparison.replaced:
            click.echo(
                f"  replaced {count(len(comparison.replaced), 'file')} clientgen had not "
                f"written (--overwrite): {', '.join(comparison.replaced)}"
            )
        if comparison.kept:
            listed = ", ".join(comparison.kept[:5])
            more = len(comparison.kept) - 5
            click.echo(
                f"  kept {count(len(comparison.kept), 'file')} clientgen did not write: "
                f"{listed}{f' and {more} more' if more > 0 else ''}"
            )
        models_in_spec = api.schema_count_in_spec
        if models_in_spec:
            click.echo(
                f"  {count(len(api.models) + len(api.enums), 'model/enum class', 'model/enum classes')}"
                f" from {count(models_in_spec, 'component schema')} (others are aliases or inline)"
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
            result = _generate_entry(entry, project.templates, target, project.root)
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
    import subprocess  # these two only for this command: 5 ms of every start
    import tarfile

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
