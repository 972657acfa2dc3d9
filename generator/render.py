"""Render the intermediate model through the Jinja2 templates into file texts (in memory)."""

from __future__ import annotations

import importlib.metadata
import json
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2

from generator import (
    cache,
    examples,
    layout,
    modulecache,
    progress,
    signatures,
    usage,
    versioning,
)
from generator.model import (
    Api,
    ModelDef,
    Operation,
    Resource,
    TypeRef,
)
from generator.names import EXPORTED
from generator.signatures import or_not_given

_PACKAGE_TEMPLATES = Path(__file__).parent / "_templates"
_REPO_TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
RUNTIME_FILES = (
    "_base_client.py",
    "_exceptions.py",
    "_models.py",
    "_response.py",
    "_types.py",
    "_workflows.py",
    "_fake.py",
    "_oauth.py",
)
_FORMAT_CHARS = re.compile(
    "[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b-\u200f\u2028-\u202e"
    "\u2060-\u2069\ufeff\ud800-\udfff]"
)


def templates_dir() -> Path:
    return _PACKAGE_TEMPLATES if _PACKAGE_TEMPLATES.is_dir() else _REPO_TEMPLATES


_SURROGATES = re.compile("[\ud800-\udfff]")


def _no_surrogates(text: str) -> str:
    """Lone surrogates (possible in JSON) cannot be encoded: U+FFFD stands in for them."""
    return _SURROGATES.sub("\ufffd", text)


def py_literal(value: Any) -> str:
    """A Python literal for a str/int/bool/None; repr() escapes quotes, newlines, bidi, NUL.

    Strings take black's double quotes wherever that needs no more escapes than repr's.
    """
    if isinstance(value, bool | int | float) or value is None:
        return repr(value)
    return layout.double_quoted(repr(str(value)))


def doc_text(value: Any) -> str:
    """Spec text made inert inside a triple-quoted (non-raw) docstring."""
    text = _no_surrogates(str(value))
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
    text = text.replace("\\", "\\\\")  # backslashes first
    text = _FORMAT_CHARS.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
    lines = [line.rstrip() for line in text.strip().split("\n")]
    # as black's docstring handling: the lines after the first lose their common indent
    cut = min((len(ln) - len(ln.lstrip()) for ln in lines[1:] if ln), default=0)
    text = "\n".join([lines[0], *(ln[cut:] for ln in lines[1:])])
    # a quote followed by a quote, or the last character, could close the docstring
    return re.sub('"(?=")|"$', '\\\\"', text)


def package_exports(api: Api) -> list[str]:
    """What PKG/__init__.py exports: the runtime's names (`generator.names.EXPORTED`, the
    one list the name checks use too) and the client classes."""
    exported = set(EXPORTED) | {api.client_class, "Async" + api.client_class}
    if not api.rate_limit:
        exported.discard("RateLimit")
    return all_sorted(exported)


def doc_line(value: Any) -> str:
    """Spec text made inert inside a docstring, on one line: for a name, title, path or
    URL written into a sentence (a line break there would upset the docstring's indent)."""
    return re.sub(r"\s*\n\s*", " ", doc_text(value))


def doc_end(text: str, indent: int) -> str:
    """A docstring's text with its closing quotes, where black puts them: on a line of
    their own when the docstring has several lines and the last would grow too long."""
    # black pads a closing quote of the text from the closing quotes ...
    padded = text + " " if text.endswith('"') else text
    last = padded.rpartition("\n")[2]
    if "\n" in text and len(last) + 3 > layout.LINE_LENGTH:
        return f'{text}\n{" " * indent}"""'  # ... unless they go on their own line
    return f'{padded}"""'


def py_tuple(values: Any) -> str:
    """A tuple literal (nested sequences become nested tuples), without magic trailing commas."""
    if isinstance(values, list | tuple):
        items = [py_tuple(v) for v in values]
        if len(items) == 1:
            return f"({items[0]},)"
        return "(" + ", ".join(items) + ")"
    return py_literal(values)


def method_signature(resource: Resource, op: Operation, kind: str, flavour: str) -> str:
    """The `def` of one of an operation's methods (`kind`: operation, wait or task), from
    generator.signatures, the description the change-report surface is made of too."""
    method = next(
        m for m in signatures.operation_methods(resource.attr, op) if m.kind == kind
    )
    asynchronous = "async " if flavour == "async" else ""

    def define(params: tuple[signatures.Param, ...], tail: str) -> list[str]:
        return [
            f"    {asynchronous}def {method.name}(",
            "        self,",
            "        *,",
            *(layout.annotated(p.name, p.annotation, p.default, 8) for p in params),
            layout.returns(method.returns, 4, tail),
        ]

    stubs = [
        line
        for params in method.overloads
        for line in ["    @overload", *define(params, ": ..."), ""]
    ]
    return "\n".join(stubs + define(method.params, ":"))


def name_items(names: Any) -> list[str]:
    """`"name": name` items of a dict literal that passes variables on by their names."""
    return [f"{py_literal(n)}: {n}" for n in names]


def call_arguments(op: Operation) -> list[str]:
    """The items of the arguments dict an operation method passes on."""
    names = [a.py_name for a in op.arguments]
    if op.body is not None and (not op.body.flattened or op.body.whole):
        names.append("body")
    return name_items(names)


def keyword_arguments(op: Operation) -> list[str]:
    """`name=name` for each argument of an operation: a call passing them all on."""
    return [f"{a.py_name}={a.py_name}" for a in op.arguments]


def param_calls(op: Operation) -> list[str]:
    """The `_b.Param(...)` of each parameter of an operation (defaults left out)."""
    calls = []
    for p in op.params:
        args = [py_literal(p.py_name), py_literal(p.wire_name), py_literal(p.location)]
        if not p.explode:
            args.append("explode=False")
        if p.style not in ("form", "simple"):
            args.append(f"style={py_literal(p.style)}")
        if p.local_datetime:
            args.append("local_datetime=True")
        calls.append(f"_b.Param({', '.join(args)})")
    return calls


def all_sorted(names: Any) -> list[str]:
    """Order names like ruff's isort-style `__all__` sort (RUF022)."""

    def key(name: str) -> tuple[int, str]:
        if name.isupper() or (name.upper() == name and any(c.isalpha() for c in name)):
            return (0, name)
        if name[:1].isupper():
            return (1, name)
        return (2, name)

    return sorted((str(n) for n in names), key=key)


def toml_string(value: Any) -> str:
    """A TOML basic string: JSON's escapes are TOML's, minus surrogate pairs and raw DEL."""
    text = json.dumps(_no_surrogates(str(value)), ensure_ascii=False)
    return text.replace("\x7f", "\\u007f")


def markdown_text(value: Any) -> str:
    """Spec text made inert in Markdown: no control/bidi characters, no raw HTML."""
    text = _FORMAT_CHARS.sub("", _no_surrogates(str(value)).replace("\r\n", "\n"))
    return text.replace("<", "&lt;")


def first_line(value: Any) -> str:
    line = markdown_text(value).strip().split("\n", 1)[0]
    return line.replace("|", "\\|")


def error_class(status: str) -> str:
    from_status = {
        "400": "BadRequestError",
        "401": "AuthenticationError",
        "403": "PermissionDeniedError",
        "404": "NotFoundError",
        "405": "MethodNotAllowedError",
        "409": "ConflictError",
        "422": "UnprocessableEntityError",
        "429": "RateLimitError",
    }
    if status in from_status:
        return from_status[status]
    if status.startswith("5"):
        return "InternalServerError"
    return "APIStatusError"


def _bytecode_cache() -> jinja2.BytecodeCache | None:
    """Compiled templates, kept across runs. Jinja checks each against its source; the
    folder is per generator version, as the environment's settings shape the compiled code."""
    if not cache.enabled():
        return None
    folder = cache.root() / "jinja" / cache.generator_fingerprint()[:16]
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return jinja2.FileSystemBytecodeCache(str(folder))


@lru_cache(maxsize=4)
def environment(directory: Path) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(directory)),
        bytecode_cache=_bytecode_cache(),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        autoescape=False,
        trim_blocks=False,
    )
    env.globals.update(
        bracket=layout.bracket,
        import_from=layout.import_from,
        annotated=layout.annotated,
        field=layout.field,
        assign=layout.assign,
        constant=layout.constant,
        returns=layout.returns,
        package_exports=package_exports,
        method_signature=method_signature,
        call_arguments=call_arguments,
        name_items=name_items,
        param_calls=param_calls,
        keyword_arguments=keyword_arguments,
        tuple_arg=layout.tuple_arg,
        tuple_display=layout.tuple_display,
    )
    env.filters.update(
        py=py_literal,
        double_quoted=layout.double_quoted,
        pytuple=py_tuple,
        doc=doc_text,
        doc_end=doc_end,
        doc_line=doc_line,
        all_sorted=all_sorted,
        or_not_given=or_not_given,
        toml=toml_string,
        first_line=first_line,
        error_class=error_class,
    )
    return env


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


def _example(api: Api) -> dict[str, str]:
    ops = [op for op in api.operations]
    gets = [op for op in ops if op.http_method == "GET"]
    op: Operation | None = min(gets or ops, key=_effort, default=None)
    sent = dict.fromkeys(a for s in api.security_schemes for a in s.send_args)
    credentials = [f'{a}="..."' for a in sent]  # OAuth2: the token, not id/secret
    base_url = ['base_url="http://localhost:8000"'] if api.needs_base_url else []
    constructor = ", ".join(credentials + base_url)
    shared = {
        **usage.examples_for(api),
        **_oauth_examples(api, base_url),
        "constructor_args": constructor,
        # the fake supplies an address of its own: no base_url needed with it
        "fake_args": ", ".join([*credentials, "http_client=fake.http_client()"]),
    }
    if op is None:
        call = "# this API declares no operations"
        return {
            **_workflow_examples(api, constructor),
            **shared,
            "call": call,
            "async_call": call,
            "call_line": "pass",
            "raw_call": "...",
            "stream_call": "...",
            "op_name": "...",
            "imports": "",
        }
    resource = next(r for r in api.resources if op in r.operations)
    values = examples.Values(api)
    args = ", ".join(
        f"{a.py_name}={values.argument(a)}" for a in op.arguments if a.required
    )
    if op.body and op.body.body_type is not None and op.body.required:
        body = f"body={values.of_type(op.body.body_type)}"
        args = ", ".join(x for x in (args, body) if x)
    expr = f"client.{resource.attr}.{op.method_name}({args})"
    workflows = _workflow_examples(api, constructor)
    imports = values.import_line(api.package)
    head = imports + "\n" if imports else ""
    return {
        **workflows,
        **shared,
        "imports": imports,
        "call": f"{head}with {api.client_class}({constructor}) as client:\n    result = {expr}\n    print(result)",
        "async_call": f"result = await {expr}\nprint(result)",
        "call_line": f"{expr}",
        "raw_call": f"{resource.attr}.with_raw_response.{op.method_name}({args})",
        "stream_call": f"{resource.attr}.with_streaming_response.{op.method_name}({args})",
        "op_name": f"{resource.attr}.{op.method_name}",
    }


def _effort(op: Operation) -> tuple[int, int]:
    """How much an example call of `op` must spell out (the least is shown)."""
    required = [a for a in op.arguments if a.required]
    hard = sum(examples.complexity(a) for a in required)
    if op.body is not None and op.body.body_type is not None and op.body.required:
        hard += 1 + (2 if op.body.body_type.refs else 0)
    return hard, len(required)


def _oauth_examples(api: Api, base_url: list[str]) -> dict[str, str]:
    """Examples of the OAuth2 flows the client runs itself (empty when there are none)."""
    out = {"oauth_password": "", "oauth_client": ""}
    cls = api.client_class
    if api.password_flow:
        out["oauth_password"] = (
            f"client = {cls}({', '.join(base_url)})\n"
            'client.fetch_token(username="...", password="...")\n'
            "# later calls send the token; it is renewed before it expires and after a 401"
        )
    flow = api.client_credentials_flow
    if flow:
        args = [f'{a}="..."' for a in flow.client_args] + base_url
        out["oauth_client"] = (
            f"client = {cls}({', '.join(args)})\n"
            "# the first call that needs a token fetches one; it is renewed when it expires"
        )
    return out


def _workflow_examples(api: Api, constructor: str) -> dict[str, str]:
    """Example snippets for the workflows the spec declares (empty when it has none)."""
    out = {"task": "", "login": "", "rate_limit": "", "local_datetime": ""}
    values = examples.Values(api)
    for r in api.resources:
        for op in r.operations:
            if op.task and not out["task"]:
                args = ", ".join(
                    f"{a.py_name}={values.argument(a)}"
                    for a in op.arguments
                    if a.required
                )
                poll = next(
                    o
                    for res in api.resources
                    for o in res.operations
                    if o.method_name == op.task.poll_method
                    and res.module == op.task.poll_module
                )
                assert poll.task_poll is not None
                poll_res = next(
                    res for res in api.resources if res.module == op.task.poll_module
                )
                poll_args = ", ".join(
                    (
                        f"{a.py_name}=started.{t[2]}"
                        if t[1] == "response"
                        else f"{a.py_name}={values.argument(a)}"
                    )
                    for a in poll.arguments
                    for t in op.task.args
                    if t[0] == a.py_name
                )
                out["task"] = (
                    f"# start and wait in one call (polls until the task is finished):\n"
                    f"task = client.{r.attr}.{op.task.wait_method}({args}, wait_timeout=600)\n\n"
                    f"# or start now, wait later:\n"
                    f"started = client.{r.attr}.{op.method_name}({args})\n"
                    f"task = client.{poll_res.attr}.{poll.task_poll.wait_method}"
                    f"({poll_args}, timeout=600, poll_interval=5)"
                )
            if not out["local_datetime"] and any(p.local_datetime for p in op.params):
                params = [p for p in op.params if p.local_datetime]
                call_args = ", ".join(
                    f"{p.py_name}=datetime.date(2025, 1, {i + 1})"
                    for i, p in enumerate(params)
                )
                sent = "&".join(
                    f"{p.wire_name}=2025-01-0{i + 1}T00:00:00"
                    for i, p in enumerate(params)
                )
                out["local_datetime"] = (
                    f"import datetime\n\n"
                    f"client.{r.attr}.{op.method_name}({call_args})\n"
                    f"# sent as ?{sent}"
                )
    if api.login:
        given = [f'{k}="..."' for k, _, req in api.login.arguments if req]
        if api.needs_base_url:
            given.append('base_url="http://localhost:8000"')
        kwargs = ", ".join(given)
        out["login"] = (
            f"client = {api.client_class}.login({kwargs})\n"
            f"# later calls send the issued credentials; after a 401 the client logs in again once"
        )
    if api.rate_limit:
        out["rate_limit"] = ", ".join(
            f"client.rate_limit.{a}" for a, _, _ in api.rate_limit.fields
        )
    return out


@dataclass
class Rendered:
    """A share of a package: texts to format, and modules reused already formatted."""

    files: dict[str, str] = field(default_factory=dict)  # to be formatted
    formatted: dict[str, str] = field(default_factory=dict)  # final, from the cache
    digests: dict[str, str] = field(default_factory=dict)  # path -> its module key


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
) -> Rendered:
    """render_package; with `reuse`, modules already formatted once (generator.modulecache)
    come back formatted instead of being rendered again."""
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

    sources: dict[str, str | None] = {}
    shown = progress.current()
    total = _module_count(api)
    shown.stage("rendering", total=total)

    def module(path: str, name: str, context: dict[str, Any]) -> None:
        """One module, rendered from `context` alone (its key is that context)."""
        shown.advance()
        digest = None
        if reuse:
            if name not in sources:
                sources[name] = modulecache.template_digest(env, directory, name)
            source = sources[name]
            digest = modulecache.key(source, context) if source is not None else None
        if digest is not None:
            out.digests[path] = digest
            hit = modulecache.get(digest)
            if hit is not None:
                out.formatted[path] = hit
                return
        out.files[path] = env.get_template(name).render(context)

    modules = _model_modules(api)
    # the index of every class: large (31,000 lines on GitHub's spec), unchanged by most
    # edits
    index = {"title": api.title, "classes": sorted(modules.items())}
    module(f"{pkg}/models/__init__.py", "package/models__init__.py.j2", index)
    for r in api.resources:
        types = [t for op in r.operations for t in _op_types(op)]
        refs = sorted({ref for t in types for ref in t.refs})
        imports = _type_imports(types)
        imports["typecheck"] = bool(refs)
        imports["overload"] = any(op.body and op.body.whole for op in r.operations)
        imports["typing"] = _typing_names(imports)
        workflows = any(op.task or op.task_poll for op in r.operations)
        context = {
            "package": pkg,
            "resource": _without_sources(r),
            "refs": refs,
            "imports": imports,
            "workflows": workflows,
        }
        module(f"{pkg}/resources/{r.module}.py", "package/resource.py.j2", context)
    for m in api.models:
        context = {
            "package": pkg,
            "model": replace(m, source="") if m.source else m,
            "modules": {n: modules[n] for n in sorted(m.refs) if n in modules},
            "imports": _model_imports(m),
        }
        module(f"{pkg}/models/{m.module}.py", "package/model.py.j2", context)
    for e in api.enums:
        module(f"{pkg}/models/{e.module}.py", "package/enum.py.j2", {"enum": e})
    if reuse:
        reused = sum(1 for p in out.formatted if p in out.digests)  # not the runtime
        shown.note(f"rendering: {reused} of {total} modules from the cache")
    return out


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
    example = _example(api)  # the README's and testing.py's (computed once)
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
    if op.task is not None:
        types.append(op.task.poll_return)
    if op.body is not None and op.body.body_type is not None:
        types.append(op.body.body_type)
    if op.body is not None and op.body.whole is not None:
        types.append(op.body.whole)
    return types


def _model_imports(m: ModelDef) -> dict[str, Any]:
    types = [f.type for f in m.fields] + ([m.extra] if m.extra else [])
    imports = _type_imports(types)
    imports["typecheck"] = bool(m.refs)
    imports["typing"] = _typing_names(imports)
    return imports


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
