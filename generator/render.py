"""Render the intermediate model through the Jinja2 templates into file texts (in memory):
which template each file comes from, and the small context each module is rendered from.

The environment the templates render in, and the helpers they call, are in
generator.templating (with generator.filters and generator.snippets); the examples a README
shows are data from generator.examples.
"""

from __future__ import annotations

import importlib.metadata
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cache, partial
from pathlib import Path
from typing import Any, TypeVar

import jinja2

from generator import examples, modulecache, progress, versioning
from generator.model import (
    Api,
    ModelDef,
    Operation,
    Resource,
    TypeRef,
)
from generator.templating import environment, templates_dir

__all__ = [
    "RUNTIME_FILES",
    "Rendered",
    "environment",
    "package_version",
    "render_modules",
    "render_package",
    "templates_dir",
]

T = TypeVar("T")

RUNTIME_FILES = (
    "_base_client.py",
    "_exceptions.py",
    "_models.py",
    "_response.py",
    "_types.py",
    "_workflows.py",
    "_fake.py",
    "_oauth.py",
    "_pagination.py",
)


def _type_imports(types: list[TypeRef]) -> dict[str, Any]:
    text = " ".join(t.annotation for t in types)
    return {
        "datetime": "datetime." in text,
        "Any": re.search(r"\bAny\b", text) is not None,
        "Literal": "Literal[" in text,
        "IO": "IO[" in text,
        "Mapping": "Mapping[" in text,
    }


def package_version(api: Api) -> str:
    """The version of the package generated for the first time (generator.versioning)."""
    return versioning.initial(api.version)


@dataclass
class Rendered:
    """A share of a package: texts to format, and modules reused already formatted."""

    files: dict[str, str] = field(default_factory=dict)  # to be formatted
    formatted: dict[str, str] = field(default_factory=dict)  # final, from the cache
    digests: dict[str, str] = field(default_factory=dict)  # path -> its module key
    render: str = ""  # the key of the whole render (modulecache.render_key), if any
    values: dict[str, str] = field(default_factory=dict)  # modulecache.Values.kept


def _reuse_all(out: Rendered) -> bool:
    """Every module from the package's pack, if it holds the render `out.render`."""
    found = modulecache.whole(out.render)
    if found is None:
        return False
    for path, (digest, text) in found.modules.items():
        out.digests[path] = digest
        out.formatted[path] = text
    out.values = found.values
    return True


def render_package(
    api: Api,
    templates: Path | None = None,
    *,
    version: str | None = None,
    install: str | None = None,
) -> dict[str, str]:
    """Every file of the distribution, path (relative to the distribution root) -> text."""
    rendered = render_modules(api, templates, version=version, install=install)
    return rendered.files | rendered.formatted


def render_modules(
    api: Api,
    templates: Path | None = None,
    *,
    version: str | None = None,
    reuse: bool = False,
    install: str | None = None,
    sink: Callable[[str, str], None] | None = None,
    origin: modulecache.Origin | None = None,
) -> Rendered:
    """render_package; with `reuse`, modules already formatted once (generator.modulecache)
    come back formatted instead of being rendered again: all of them at once if the model
    was built from what the package's last render's was (`origin.model`), and each class
    digested once for its modules' keys (`origin.tokens`, generator.tokens).
    `sink` is handed each module as soon as it is rendered (generator.format.Formatter
    triages it meanwhile)."""
    directory = (templates or templates_dir()).resolve()
    env = environment(directory)
    version = version or package_version(api)
    pkg = api.package
    out = Rendered()
    # where the README says the package is installed from (pip's argument)
    install = install or f"./generated/{pkg}"
    ctx: dict[str, Any] = {
        "api": api,
        "version": version,
        "install": install,
        "clientgen_version": _clientgen_version(),
    }
    _render_shared(env, directory, api, ctx, out.files, out.formatted)
    shown = progress.current()
    total = _module_count(api)
    shown.stage("rendering", total=total)
    origin = origin or modulecache.Origin()
    if reuse and origin.model:
        templates_digest = modulecache.templates_digest(directory)
        out.render = modulecache.render_key(
            origin.model, templates_digest, version, install
        )
        if _reuse_all(out):
            shown.advance(total)
            shown.note(f"rendering: {total} of {total} modules from the cache, whole")
            return out

    sources: dict[str, str | None] = {}
    # loaded once per render: each get_template checks the file's mtime (a stat), 0.2 s
    # over GitHub's 6,432 modules
    loaded: dict[str, jinja2.Template] = {}
    values = modulecache.Values(origin.tokens)
    out.values = values.kept

    def module(
        path: str,
        name: str,
        keyed: Callable[[], dict[str, Any] | None],
        context: Callable[[], dict[str, Any]],
    ) -> None:
        """One module, rendered from the `context` it alone depends on, and keyed by
        `keyed`: that context, or the same with its class as a modulecache.Digest
        (None: it cannot be keyed). Each is made only if needed."""
        shown.advance()
        digest = None
        if reuse:
            if name not in sources:
                sources[name] = modulecache.template_digest(directory, name)
            source = sources[name]
            seen = keyed() if source is not None else None
            if source is not None and seen is not None:
                digest = modulecache.key(source, seen)
        if digest is not None:
            out.digests[path] = digest
            hit = modulecache.get(digest)
            if hit is not None:
                out.formatted[path] = hit
                return
        template = loaded.get(name)
        if template is None:
            template = loaded[name] = env.get_template(name)
        text = out.files[path] = template.render(context())
        if sink is not None:
            sink(path, text)

    modules = _model_modules(api)
    # the index of every class: large (31,000 lines on GitHub's spec), unchanged by most
    # edits
    index = {"title": api.title, "classes": sorted(modules.items())}
    module(
        f"{pkg}/models/__init__.py",
        "package/models__init__.py.j2",
        _given(index),
        _given(index),
    )
    for r in api.resources:
        types = [t for op in r.operations for t in _op_types(op)]
        refs = sorted({ref for t in types for ref in t.refs})
        imports = _type_imports(types)
        imports["typecheck"] = bool(refs)
        imports["overload"] = any(op.body and op.body.whole for op in r.operations)
        imports["pagination"] = any(op.pagination for op in r.operations)
        imports["typing"] = _typing_names(imports)
        workflows = any(op.task or op.task_poll for op in r.operations)
        context = {
            "package": pkg,
            "resource": _without_sources(r),
            "refs": refs,
            "imports": imports,
            "workflows": workflows,
        }
        path = f"{pkg}/resources/{r.module}.py"
        module(path, "package/resource.py.j2", _given(context), _given(context))
    for m in api.models:
        named = m.refs
        shown_modules = {n: modules[n] for n in sorted(named) if n in modules}
        stripped = cache(partial(_without_source, m))  # made once, if at all
        digest = partial(values.of, m, stripped)
        module(
            f"{pkg}/models/{m.module}.py",
            "package/model.py.j2",
            partial(
                _keyed, digest, {"package": pkg, "modules": shown_modules}, "model"
            ),
            partial(_model_context, pkg, stripped, shown_modules, m, named),
        )
    for e in api.enums:
        digest = partial(values.of, e, _given(e))
        module(
            f"{pkg}/models/{e.module}.py",
            "package/enum.py.j2",
            partial(_keyed, digest, {}, "enum"),
            _given({"enum": e}),
        )
    if reuse:
        reused = sum(1 for p in out.formatted if p in out.digests)  # not the runtime
        shown.note(f"rendering: {reused} of {total} modules from the cache")
    return out


def _keyed(
    digest: Callable[[], modulecache.Digest | None],
    rest: dict[str, Any],
    name: str,
) -> dict[str, Any] | None:
    """A model's or enum's module context as its key sees it: `rest`, and the class
    `name` as the digest of its value (None: it has none)."""
    found = digest()
    return None if found is None else rest | {name: found}


def _given(value: T) -> Callable[[], T]:
    """A value made already, for what asks for a maker."""
    return lambda: value


def _without_source(m: ModelDef) -> ModelDef:
    """The model without `source` (the spec's path, for messages), which no template
    reads: a module's cache key must not change when the spec file moves."""
    return replace(m, source="") if m.source else m


def _model_context(
    package: str,
    stripped: Callable[[], ModelDef],
    modules: dict[str, str],
    m: ModelDef,
    named: frozenset[str],
) -> dict[str, Any]:
    return {
        "package": package,
        "model": stripped(),
        "modules": modules,
        **_model_imports(m, named),
    }


def _clientgen_version() -> str:
    """clientgen's own version, for the User-Agent of the clients it writes."""
    try:
        return importlib.metadata.version("clientgen")
    except importlib.metadata.PackageNotFoundError:
        return "0"


def _module_count(api: Api) -> int:
    """How many modules a render makes one by one (for the progress display)."""
    return len(api.resources) + len(api.models) + len(api.enums) + 1


def _without_sources(r: Resource) -> Resource:
    """The resource without its operations' `source` (the spec's path, for messages), which
    no template reads: a module's cache key must not change when the spec file moves."""
    if not any(op.source for op in r.operations):
        return r
    ops = tuple(replace(op, source="") for op in r.operations)
    return replace(r, operations=ops)


def _model_modules(api: Api) -> dict[str, str]:
    """Model and enum class name -> its module in PKG.models."""
    return {m.name: m.module for m in api.models} | {
        e.name: e.module for e in api.enums
    }


def _render_shared(
    env: jinja2.Environment,
    directory: Path,
    api: Api,
    ctx: dict[str, Any],
    files: dict[str, str],
    final: dict[str, str],
) -> None:
    """The package-wide files: metadata, README, client, indexes into `files`; the
    runtime, copied as it is (black-stable: `make lint` checks it), into `final`."""
    pkg = api.package
    example = examples.of(api)  # the README's and testing.py's (computed once)
    files["pyproject.toml"] = env.get_template("package/pyproject.toml.j2").render(ctx)
    files["README.md"] = env.get_template("package/README.md.j2").render(
        ctx, example=example
    )
    files[f"{pkg}/__init__.py"] = env.get_template("package/__init__.py.j2").render(ctx)
    files[f"{pkg}/_client.py"] = env.get_template("package/_client.py.j2").render(ctx)
    files[f"{pkg}/py.typed"] = ""
    for name in RUNTIME_FILES:
        final[f"{pkg}/{name}"] = (directory / "runtime" / name).read_text(
            encoding="utf-8"
        )
    files[f"{pkg}/testing.py"] = env.get_template("package/testing.py.j2").render(
        ctx, example=example
    )
    files[f"{pkg}/resources/__init__.py"] = env.get_template(
        "package/resources__init__.py.j2"
    ).render(ctx)


def _op_types(op: Operation) -> list[TypeRef]:
    types = [a.type for a in op.arguments] + [
        r.type for r in op.responses if r.is_success
    ]
    types.append(op.return_type)
    if op.pagination is not None:
        types.append(op.pagination.item_type)
    if op.task is not None:
        types.append(op.task.poll_return)
    if op.body is not None and op.body.body_type is not None:
        types.append(op.body.body_type)
    if op.body is not None and op.body.whole is not None:
        types.append(op.body.whole)
    return types


def _model_imports(m: ModelDef, refs: frozenset[str]) -> dict[str, Any]:
    """A model module's imports: derived from the model (so not part of its key)."""
    types = [f.type for f in m.fields] + ([m.extra] if m.extra else [])
    imports = _type_imports(types)
    imports["typecheck"] = bool(refs)
    imports["typing"] = _typing_names(imports)
    return {"imports": imports}


def _typing_names(imports: dict[str, Any]) -> list[str]:
    """Names to import from typing, in the order ruff's isort wants them."""
    wanted = {
        "IO": imports["IO"],
        "TYPE_CHECKING": imports["typecheck"],
        "Any": imports["Any"],
        "Literal": imports["Literal"],
        "overload": imports.get("overload", False),
    }
    return [name for name, needed in wanted.items() if needed]
