"""The whole pipeline for one client: load → validate → build → render → format (in memory)."""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import multiprocessing as mp
import sys
import time
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import jinja2

from generator import cache, journal, modelcache, modulecache, repairs, swagger2
from generator.build import ClientConfig, build_api_and_builder
from generator.diff import Report, compare
from generator.fakespec import fake_spec
from generator.format import FormatError, format_files
from generator.load import Workspace
from generator.model import Api
from generator.modelcache import Built
from generator.problems import Location, Problem, Problems, SpecError
from generator.render import package_version, render_modules
from generator.surface import SURFACE_FILE, Saved, Summary, read_saved, summary_of
from generator.validate import Pending, spec_version, validate_workspace
from generator.validate import begin as begin_validation


@dataclass(frozen=True)
class Generated:
    api: Api
    files: dict[str, str]
    warnings: tuple[Problem, ...]
    seconds: float
    report: Report | None = None  # the surface change against `previous`, if given
    version: str = ""


@dataclass(frozen=True)
class Previous:
    """What a package directory held before: its surface (read as far as needed), revision
    and changelog."""

    saved: Saved
    changelog: str

    @property
    def revision(self) -> int:
        return self.saved.revision


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


CHANGELOG_FILE = "CHANGELOG.md"
_CHANGELOG_HEADER = (
    "# Changelog\n\nChanges to this package's Python surface, written by clientgen at each "
    "regeneration (newest first).\n"
)


def _versioning(
    api: Api, surface: Summary, previous: Previous | None
) -> tuple[Report | None, int, str, str]:
    """(report, revision, version, changelog) for this generation."""
    base = package_version(api)
    compared = None
    if previous is not None:
        try:
            compared = previous.saved.against(surface)
        except (ValueError, KeyError, TypeError):
            previous = None  # unreadable: as if there were none
    if previous is None or compared is None:
        version = base
        entry = (
            f"## {version}\n\nFirst generated: {len(api.operations)} operations, "
            f"{len(api.models)} models, {len(api.enums)} enums.\n"
        )
        return None, 0, version, f"{_CHANGELOG_HEADER}\n{entry}"
    old, new = compared
    report = compare(api.package, old, new)
    if not report.changes:
        revision = previous.revision if old.api_version == api.version else 0
        version = base if revision == 0 else f"{base}.post{revision}"
        return report, revision, version, previous.changelog or _CHANGELOG_HEADER
    same_base = old.api_version == api.version
    revision = previous.revision + 1 if same_base else 0
    version = base if revision == 0 else f"{base}.post{revision}"
    body = previous.changelog or _CHANGELOG_HEADER
    head, sep, rest = body.partition("\n## ")
    entry = f"## {version}\n\n{report.to_markdown()}"
    changelog = f"{head.rstrip()}\n\n{entry}" + (f"\n## {rest}" if sep else "")
    return report, revision, version, changelog


# Problems that make a document invalid OpenAPI, but that generation can resolve without
# guessing: they are reported as warnings and the client is still generated.
_RESOLVABLE = {
    "duplicate-operation-id": "; the later operation gets a numbered method name",
}


def _lenient(problem: Problem) -> Problem:
    note = _RESOLVABLE.get(problem.code)
    if note is None or problem.severity != "error":
        return problem
    return Problem(problem.location, problem.message + note, "warning", problem.code)


def load_and_validate(
    spec: Path, display_name: str | None = None
) -> tuple[Workspace, list[Problem]]:
    """The workspace and every problem (errors and warnings); raises SpecError if unreadable."""
    ws = _workspace(spec, display_name)
    return ws, validate_workspace(ws)


def _workspace(spec: Path, display_name: str | None) -> Workspace:
    # parsed lazily: when validation and the build are both cached, nothing needs the data
    return Workspace(spec, display_name or str(spec), lazy=True)


# A large package is rendered and formatted by two processes, each a share of its modules:
# the second is forked once the model is built, so it inherits the model rather than
# receiving it, and sends back only its formatted files.
_PARALLEL_MIN_MODULES = 400
_Job = tuple[Api, Path | None, str]
_T = TypeVar("_T")


@dataclass(frozen=True)
class _Share:
    """A share's formatted files, and the module cache key of each module among them."""

    files: dict[str, str]
    digests: dict[str, str]


def _render_and_format(
    api: Api,
    templates: Path | None,
    version: str,
    share: tuple[int, int],
    workers: int,
) -> _Share:
    try:
        rendered = render_modules(
            api, templates, version=version, part=share, reuse=cache.enabled()
        )
    except jinja2.TemplateError as exc:
        where = (
            getattr(exc, "filename", None) or getattr(exc, "name", None) or "templates"
        )
        line = getattr(exc, "lineno", None)
        raise SpecError(
            [Problem(Location(str(where), line), f"template error: {exc}")]
        ) from None
    try:
        files = format_files(rendered.files, workers=workers)
    except FormatError as exc:
        raise SpecError([Problem(Location(exc.path), str(exc))]) from None
    for path in rendered.files:  # rendered now: kept for the next run
        digest = rendered.digests.get(path)
        if digest is not None:
            modulecache.put(digest, files[path])
    files.update(rendered.formatted)
    return _Share(files, rendered.digests)


def _second_share(job: _Job) -> _Share:
    api, templates, version = job
    return _render_and_format(api, templates, version, (1, 2), 1)


def _helper_share(job: _Job) -> _Share:
    return _second_share(job)


# A one-worker pool of the "fork" context forks its worker inside submit(): the worker
# inherits `_FORKED` (with the whole heap) and runs it; nothing is pickled on the way in.
_FORKED: Callable[[], Any] | None = None


def _run_forked() -> Any:
    assert _FORKED is not None
    return _FORKED()


def _fork(job: Callable[[], _T]) -> tuple[ProcessPoolExecutor, Future[_T]] | None:
    """A forked process running `job`; None where forking is not safe (macOS, Windows)
    or fails."""
    global _FORKED
    if sys.platform != "linux":
        return None
    _FORKED = job
    try:
        pool = ProcessPoolExecutor(max_workers=1, mp_context=mp.get_context("fork"))
        future: Future[_T] = pool.submit(_run_forked)
    except OSError:
        return None
    finally:
        _FORKED = None
    return pool, future


@dataclass
class _Helper:
    """The forked process rendering the second share, and what it was given."""

    pool: ProcessPoolExecutor
    future: Future[_Share]
    job: _Job

    def result(self) -> _Share:
        try:
            return self.future.result()
        except BrokenProcessPool:
            # the helper died (killed, out of memory): do its work here instead
            return _second_share(self.job)

    def shutdown(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)
        gc.unfreeze()


def _start_helper(job: _Job) -> _Helper | None:
    """Fork a process doing the second share, where forking is safe and worth it."""
    api = job[0]
    modules = len(api.models) + len(api.enums) + len(api.resources)
    if modules < _PARALLEL_MIN_MODULES:
        return None  # small: not worth a process
    gc.freeze()  # keep the inherited heap shared: the collector would copy every page
    forked = _fork(lambda: _helper_share(job))
    if forked is None:
        gc.unfreeze()
        return None
    return _Helper(*forked, job)


def _build(
    ws: Workspace,
    config: ClientConfig,
    problems: Problems,
    later: list[_Storing] | None = None,
) -> Built:
    """The model, the build's warnings, the fake's data and the surface (cached for the
    next run); SpecError on any error. The raw documents are let go once built. With
    `later`, the cache's entry may be written by a forked process, added to `later`
    for the caller to wait for."""
    if spec_version(ws.root.data) == "2.0":
        ws.root.data = swagger2.convert(ws.root.data)
    before = len(problems.items)
    keys, previous = _journal_inputs(ws, config)
    try:
        api, builder = build_api_and_builder(ws, config, problems, keys, previous)
    except RecursionError:
        raise SpecError(
            [
                Problem(
                    ws.root.location(""),
                    "schemas nest too deeply to build a "
                    "client (over ~300 levels); flatten them with $ref",
                )
            ]
        ) from None
    if problems.errors:
        raise SpecError(problems.errors)
    warnings = tuple(problems.items[before:])
    fake, parts = fake_spec(
        builder, api, previous.fake if previous else None, builder.unchanged
    )
    # a journal is kept only of a spec that is one document (then `keys` names all it read)
    kept = builder.journal if len(ws.documents) == 1 else None
    if kept is not None:
        kept = dataclasses.replace(kept, fake=parts)
    del builder
    where = modelcache.slot(ws, config)
    _drop_documents(ws)
    built = Built(api, warnings, fake, summary_of(api))
    if where is not None:
        storing = None
        if later is not None:
            storing = _store_in_background(where, built, kept)
            if storing is not None:
                later.append(storing)
        if storing is None:
            modelcache.store(where, built, kept)
    return built


# The model cache's entry of a large build takes a while to pickle (GitHub: 21 MB, ~0.4 s):
# a forked process writes it while this one renders.
_BACKGROUND_STORE_MIN = 400  # models and operations


@dataclass
class _Storing:
    """The forked process writing the model cache's entry."""

    pool: ProcessPoolExecutor
    future: Future[None]

    def wait(self) -> None:
        try:
            with contextlib.suppress(Exception):  # a cache not written is only slower
                self.future.result()
        finally:
            self.pool.shutdown(wait=True)


def _store_in_background(
    where: modelcache.Slot, built: Built, kept: journal.Journal | None
) -> _Storing | None:
    """Fork a process storing the build (Linux, large builds); None: store it here."""
    api = built.api
    if len(api.models) + len(api.operations) < _BACKGROUND_STORE_MIN:
        return None
    gc.freeze()  # the child only reads: keep the heap shared
    try:
        forked = _fork(lambda: modelcache.store(where, built, kept))
    finally:
        gc.unfreeze()
    return None if forked is None else _Storing(*forked)


def _journal_inputs(
    ws: Workspace, config: ClientConfig
) -> tuple[journal.Keys | None, journal.Journal | None]:
    """The keys of this build and the journal of the spec's latest one: only for a spec
    that is one document, and only with the cache (which keeps journals) on."""
    if not cache.enabled() or len(ws.documents) != 1:
        return None, None
    graph = ws.root.graph()  # None: no exact digests, so no journal
    keys = (
        journal.keys_of(ws.root.data, modelcache.salt(config), graph)
        if graph is not None
        else None
    )
    if keys is None:
        return None, None
    return keys, modelcache.previous_journal(ws, config)


def _built(
    ws: Workspace,
    config: ClientConfig,
    problems: Problems,
    later: list[_Storing] | None = None,
) -> Built:
    """The model from the cache, or built (adding the build's warnings to `problems`)."""
    built = modelcache.lookup(ws, config)
    if built is None:
        return _build(ws, config, problems, later)
    problems.items.extend(built.warnings)
    _drop_documents(ws)
    return built


def _finish_pending(pending: Pending) -> list[Problem]:
    return pending.finish()


@dataclass
class _Validation:
    """The forked process finishing a validation."""

    pool: ProcessPoolExecutor
    future: Future[list[Problem]]
    pending: Pending

    def result(self) -> list[Problem]:
        try:
            return self.future.result()
        except BrokenProcessPool:  # the helper died: validate here instead
            return _revalidate(self.pending.ws)
        finally:
            self.pool.shutdown(wait=True, cancel_futures=True)

    def abandon(self) -> None:
        self.pool.shutdown(wait=False, cancel_futures=True)


def _revalidate(ws: Workspace) -> list[Problem]:
    """Validate the spec again from its file (the model's build let the parsed one go)."""
    again = Workspace(ws.root_path, ws.root.display_name)
    if again.root.digest != ws.root.digest:
        return [
            Problem(
                again.root.location(""),
                "the spec changed on disk while it was being generated; run again",
            )
        ]
    return validate_workspace(again)


def _start_validation(pending: Pending) -> _Validation | None:
    """Fork a process for the keyword checks, where forking is safe (Linux)."""
    forked = _fork(lambda: _finish_pending(pending))
    return None if forked is None else _Validation(*forked, pending)


def _drop_documents(ws: Workspace) -> None:
    """The raw documents are not needed once the model is built: let them go before
    rendering (and before a helper process is forked, which would otherwise hold them)."""
    for document in ws.documents:
        document.data = None
        document.text = ""


def _render_all(
    api: Api, templates: Path | None, version: str, workers: int, pack: str | None
) -> dict[str, str]:
    """Every rendered, formatted module: in two processes when the package is large.
    `pack` names where the modules of the package's last render are kept together
    (generator.modulecache), read before the helper is forked and written if changed."""
    if pack is not None:
        modulecache.open_pack(pack)
    try:
        helper = _start_helper((api, templates, version)) if workers > 1 else None
        if helper is None:
            share = _render_and_format(api, templates, version, (0, 1), workers)
            files, digests = share.files, share.digests
        else:
            try:
                # each process formats its own share, on one core
                share = _render_and_format(api, templates, version, (0, 2), 1)
                other = helper.result()
            finally:
                helper.shutdown()
            files = share.files | other.files
            digests = share.digests | other.digests
        if pack is not None:
            modulecache.save_pack(pack, {d: files[p] for p, d in digests.items()})
    finally:
        modulecache.close_pack()
    return files


def generate(
    spec: Path,
    config: ClientConfig,
    *,
    display_name: str | None = None,
    workers: int = 1,
    templates: Path | None = None,
    previous: Previous | None = None,
    strict: bool = False,
) -> Generated:
    """Render a client package in memory; SpecError carries every problem if it cannot.

    Unless `strict`, a document with problems generation can go on from with a stated
    assumption is repaired (generator.repairs): each repair is a warning."""
    started = time.perf_counter()
    ws = _workspace(spec, display_name)
    validation = begin_validation(ws)
    helper = None
    if isinstance(validation, Pending) and workers > 1:
        helper = _start_validation(validation)
    if helper is None:
        found = validation if isinstance(validation, list) else validation.finish()
        if not strict:
            ws, found = repairs.repaired(ws, found)
        problems = Problems([_lenient(p) for p in found])
        if problems.errors:
            raise SpecError(problems.errors)
        built, files = _produce(ws, config, problems, templates, previous, workers)
    else:
        # The keyword checks run in the helper while the model is built and rendered
        # here (in memory: nothing is written before they pass). The document has passed
        # the meta-schema and its $refs resolve, so building it is safe.
        problems = Problems([])
        failure: BaseException | None = None
        try:
            built, files = _produce(ws, config, problems, templates, previous, workers)
        except Exception as exc:  # an error of validation's explains it better
            failure = exc
        except BaseException:  # interrupted: do not wait for the helper
            helper.abandon()
            raise
        found = helper.result()
        if not strict and any(p.severity == "error" for p in found):
            # found late (the keyword checks): generate again from the repaired document
            return generate(
                spec,
                config,
                display_name=display_name,
                workers=1,
                templates=templates,
                previous=previous,
            )
        problems.items[:0] = [_lenient(p) for p in found]
        if problems.errors:
            raise SpecError(problems.errors)
        if failure is not None:
            raise failure
    api = built.api
    return Generated(
        api,
        files.files,
        tuple(problems.warnings),
        time.perf_counter() - started,
        files.report,
        files.version,
    )


@dataclass
class _Output:
    files: dict[str, str]
    report: Report | None
    version: str


def _produce(
    ws: Workspace,
    config: ClientConfig,
    problems: Problems,
    templates: Path | None,
    previous: Previous | None,
    workers: int,
) -> tuple[Built, _Output]:
    """The model (cached or built) and every file of the package, in memory."""
    later: list[_Storing] = []
    try:
        built = _built(ws, config, problems, later if workers > 1 else None)
        api = built.api
        report, revision, version, changelog = _versioning(api, built.surface, previous)
        files = {f"{api.package}/_fake_spec.json": built.fake_spec}
        pack = modelcache.spec_id(ws, config) if cache.enabled() else None
        files.update(_render_all(api, templates, version, workers, pack))
        files[SURFACE_FILE] = built.surface.to_json(revision)
        files[CHANGELOG_FILE] = changelog
    finally:
        for storing in later:
            storing.wait()
    return built, _Output(files, report, version)
