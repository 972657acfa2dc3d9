"""The whole pipeline for one client: load → validate → build → render → format (in memory)."""

from __future__ import annotations

import dataclasses
import time
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import jinja2

from generator import (
    cache,
    journal,
    modelcache,
    modulecache,
    progress,
    repairs,
    swagger2,
)
from generator.build import ClientConfig, build_api_and_builder
from generator.diff import Report
from generator.fakespec import fake_spec
from generator.format import FormatError, Formatter, Offload, Share, triage
from generator.helper import Helper, Job
from generator.helper import running as running_helper
from generator.helper import start as start_helper
from generator.load import Workspace, changed_on_disk
from generator.model import Api
from generator.modelcache import Built
from generator.owned import MANIFEST, manifest_text
from generator.problems import Location, Problem, Problems, SpecError
from generator.render import render_modules
from generator.surface import SURFACE_FILE, summary_of
from generator.tokens import Remembered, Tokens
from generator.validate import Pending, spec_version, validate_workspace
from generator.validate import begin as begin_validation
from generator.versioning import CHANGELOG_FILE, Previous, decide
from generator.versioning import (
    read_previous as read_previous,  # bench/ imports it here
)


@dataclass(frozen=True)
class Generated:
    api: Api
    files: dict[str, str]
    warnings: tuple[Problem, ...]
    seconds: float
    report: Report | None = None  # the surface change against `previous`, if given
    version: str = ""


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


@dataclass(frozen=True)
class _Rendered:
    """The package's files in black's format, and the module cache key of each module."""

    files: dict[str, str]
    digests: dict[str, str]
    render: str  # the key of the whole render (generator.modulecache.render_key)
    values: dict[str, str]  # the classes' digests by token (modulecache.Values.kept)


def _render_and_format(
    api: Api,
    templates: Path | None,
    version: str,
    install: str | None = None,
    offload: Offload | None = None,
    origin: modulecache.Origin | None = None,
) -> _Rendered:
    formatter = Formatter(offload)
    try:
        rendered = render_modules(
            api,
            templates,
            version=version,
            reuse=cache.enabled(),
            install=install,
            sink=formatter.add,
            origin=origin,
        )
    except jinja2.TemplateError as exc:
        where, line = _template_frame(exc)
        raise SpecError(
            [Problem(Location(where, line), f"template error: {exc}")]
        ) from None
    try:
        files = formatter.finish(rendered.files)
    except FormatError as exc:
        raise SpecError([Problem(Location(exc.path), str(exc))]) from None
    files.update(rendered.formatted)
    return _Rendered(files, rendered.digests, rendered.render, rendered.values)


def _template_frame(exc: jinja2.TemplateError) -> tuple[str, int | None]:
    """Where in the templates an error arose: a syntax error says so itself; an error while
    rendering (an undefined attribute) is found in the traceback, whose frames Jinja
    rewrites to the template's file and line."""
    where = getattr(exc, "filename", None) or getattr(exc, "name", None)
    if where:
        return str(where), getattr(exc, "lineno", None)
    found: tuple[str, int | None] = ("templates", None)
    tb = exc.__traceback__
    while tb is not None:
        name = tb.tb_frame.f_code.co_filename
        if name.endswith(".j2"):
            found = (name, tb.tb_lineno)
        tb = tb.tb_next
    return found


def _build(
    ws: Workspace, config: ClientConfig, problems: Problems
) -> tuple[Built, Tokens]:
    """The model, the build's warnings, the fake's data and the surface (cached for the
    next run), and what some of its classes were built from (generator.modelcache.tokens);
    SpecError on any error. The raw documents are let go once built."""
    if spec_version(ws.root.data) == "2.0":
        ws.root.data = swagger2.convert(ws.root.data)
    before = len(problems.items)
    keys, latest = _journal_inputs(ws, config)
    previous = latest.journal if latest is not None else None
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
    # what generator.versioning compares to tell an edit that leaves the surface as it was
    spec = cache.key(*(d.digest for d in ws.documents))
    _drop_documents(ws)
    tokens = modelcache.tokens(where, kept) if where is not None else {}
    lines = Remembered(tokens, latest.lines if latest is not None else {})
    summary = dataclasses.replace(summary_of(api, lines), spec=spec)
    built = Built(api, warnings, fake, summary)
    if where is not None:
        modelcache.store(where, built, kept, previous, lines.kept)
    return built, tokens


def _journal_inputs(
    ws: Workspace, config: ClientConfig
) -> tuple[journal.Keys | None, modelcache.Latest | None]:
    """The keys of this build and the spec's latest build (its journal): only for a spec
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
    return keys, modelcache.latest(ws, config)


def _built(
    ws: Workspace, config: ClientConfig, problems: Problems
) -> tuple[Built, Tokens]:
    """The model from the cache, or built (adding the build's warnings to `problems`),
    and what some of its classes were built from (see _build)."""
    shown = progress.current()
    shown.stage("building the model")
    built = modelcache.lookup(ws, config)
    if built is None:
        shown.note("model: built (not in the cache)")
        return _build(ws, config, problems)
    shown.note("model: from the cache")
    problems.items.extend(built.warnings)
    _drop_documents(ws)
    return built, {}


# The helper's validation job. A function of generator.validate, which the helper imports
# as it starts: one of this module would have it import the whole pipeline (Jinja, the
# builder...) to read the job, 45 ms before a small spec's checks could begin.
_finish_pending = Pending.finish


@dataclass
class _Validation:
    """The keyword checks, running in the helper (generator.helper); `own` if this
    generation started the helper (no command did) and stops it."""

    helper: Helper
    job: Job[list[Problem]]
    own: bool

    def result(self) -> list[Problem]:
        try:
            return self.job.result()
        finally:
            if self.own:
                self.helper.stop()

    def abandon(self) -> None:
        self.helper.stop()

    def offload(self, sources: dict[str, str]) -> Share | None:
        """Triage `sources` (generator.format) in the helper, if it is idle."""
        return self.helper.submit(triage, sources, here=partial(triage, sources))


def _revalidate(ws: Workspace) -> list[Problem]:
    """Validate the spec again from its file (the model's build let the parsed one go)."""
    again = Workspace(ws.root_path, ws.root.display_name)
    if again.root.digest != ws.root.digest:
        return [changed_on_disk(again.root.location(""))]
    return validate_workspace(again)


def _start_validation(pending: Pending) -> _Validation | None:
    """The keyword checks sent to the command's helper, or to one of this generation's
    own; None where there can be no helper (not Linux, one CPU)."""
    helper = running_helper()
    own = helper is None
    helper = helper or start_helper()
    if helper is None:
        return None
    # should the helper die: validate here, from the file (the build lets the parsed
    # document go)
    here = partial(_revalidate, pending.ws)
    job = helper.submit(_finish_pending, pending, wait=True, here=here)
    if job is None:  # gone
        helper.stop()
        return None
    return _Validation(helper, job, own)


def _drop_documents(ws: Workspace) -> None:
    """The raw documents are not needed once the model is built: let them go before
    rendering (and before a helper process is forked, which would otherwise hold them)."""
    for document in ws.documents:
        document.data = None
        document.text = ""


def _render_all(
    api: Api,
    templates: Path | None,
    version: str,
    pack: str | None,
    install: str | None = None,
    offload: Offload | None = None,
    origin: modulecache.Origin | None = None,
) -> dict[str, str]:
    """Every rendered module, in black's format. `pack` names where the modules of the
    package's last render are kept together (generator.modulecache), read first and
    written if changed; `origin` says what the model was built from."""
    if pack is not None:
        modulecache.open_pack(pack)
    try:
        rendered = _render_and_format(api, templates, version, install, offload, origin)
        if pack is not None:
            modules = {d: rendered.files[p] for p, d in rendered.digests.items()}
            modulecache.save_pack(
                pack, modules, rendered.render, rendered.digests, rendered.values
            )
    finally:
        modulecache.close_pack()
    return rendered.files


def generate(
    spec: Path,
    config: ClientConfig,
    *,
    display_name: str | None = None,
    workers: int = 1,
    templates: Path | None = None,
    previous: Previous | None = None,
    install: str | None = None,
    strict: bool = False,
) -> Generated:
    """Render a client package in memory; SpecError carries every problem if it cannot.
    `install` is the path the README tells pip to install the package from.

    Unless `strict`, a document with problems generation can go on from with a stated
    assumption is repaired (generator.repairs): each repair is a warning."""
    started = time.perf_counter()
    shown = progress.current()
    shown.stage("validating")
    ws = _workspace(spec, display_name)
    validation = begin_validation(ws)
    if isinstance(validation, list) and not any(
        p.severity == "error" for p in validation
    ):
        shown.note("validation: from the cache")
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
        built, files = _produce(ws, config, problems, templates, previous, install)
    else:
        # The keyword checks run in the helper while the model is built and rendered
        # here (in memory: nothing is written before they pass). The document has passed
        # the meta-schema and its $refs resolve, so building it is safe.
        problems = Problems([])
        failure: BaseException | None = None
        try:
            built, files = _produce(
                ws, config, problems, templates, previous, install, helper.offload
            )
        except Exception as exc:  # an error of validation's explains it better
            failure = exc
        except BaseException:  # interrupted: do not wait for the helper
            helper.abandon()
            raise
        shown.stage("validating (finishing)")
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
                install=install,
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
    install: str | None = None,
    offload: Offload | None = None,
) -> tuple[Built, _Output]:
    """The model (cached or built) and every file of the package, in memory."""
    built, tokens = _built(ws, config, problems)
    api = built.api
    versioned = decide(api, built.surface, previous)
    version = versioned.version
    files = {f"{api.package}/_fake_spec.json": built.fake_spec}
    pack = modelcache.pack_id(config) if cache.enabled() else None
    # what the model was built from: the spec's text and the client's settings
    model = cache.key(built.surface.spec, pack) if pack is not None else ""
    origin = modulecache.Origin(model, tokens)
    files.update(_render_all(api, templates, version, pack, install, offload, origin))
    files[SURFACE_FILE] = built.surface.to_json(versioned.revision, version)
    files[CHANGELOG_FILE] = versioned.changelog
    files[MANIFEST] = manifest_text(api.package, files)
    return built, _Output(files, versioned.report, version)
