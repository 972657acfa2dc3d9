"""Every public method a generated client has, with its real signature, from the model.

One description for what the templates emit (the operation methods of
templates/package/resource.py.j2 are written from it, by `snippets.method_signature`) and
what the surface (generator.surface), `clientgen diff`, the CHANGELOG and the package
version are computed from: an operation's method, the workflow
companions (`*_and_wait` after an operation that starts a task, `wait_for_*` after one
that polls it), and the client's `login`. tests/diff/test_surface_is_the_code.py imports
generated packages and checks each method's `inspect.signature` against this module.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.model import Api, Operation

NOT_GIVEN = "_t.NOT_GIVEN"


@dataclass(frozen=True)
class Param:
    """A keyword-only parameter: its annotation as written, and its default's source text
    (None: required)."""

    name: str
    annotation: str
    default: str | None = None

    def text(self) -> str:
        return f"{self.name}: {self.annotation}" + (
            "" if self.default is None else f" = {self.default}"
        )


@dataclass(frozen=True)
class Method:
    owner: str  # a resource attribute of the client, or "client" (a classmethod)
    name: str
    params: tuple[Param, ...]  # keyword-only, in order
    returns: str
    kind: str  # operation | wait | task | login
    # the `@overload`s before the implementation (whose parameters are `params`): a body
    # given whole (body=), then its fields as arguments; empty for a plain method
    overloads: tuple[tuple[Param, ...], ...] = ()

    @property
    def qualified(self) -> str:
        return f"{self.owner}.{self.name}"

    def signature(self) -> str:
        forms = self.overloads or (self.params,)
        return " | ".join(
            f"{self.qualified}(*, {', '.join(p.text() for p in params)}) -> {self.returns}"
            for params in forms
        )


# What every operation method (and its start-and-wait twin) takes after its arguments.
REQUEST_OPTIONS = (
    Param("timeout", "_t.TimeoutTypes | _t.NotGiven", NOT_GIVEN),
    Param("max_retries", "int | _t.NotGiven", NOT_GIVEN),
    Param("extra_headers", "_t.Headers | None", "None"),
    Param("extra_query", "_t.Query | None", "None"),
)
WAIT_OPTIONS = (
    Param("timeout", "float", "600.0"),
    Param("poll_interval", "float", "5.0"),
)
TASK_OPTIONS = (
    Param("wait_timeout", "float", "600.0"),
    Param("poll_interval", "float", "5.0"),
)
LOGIN_OPTIONS = (
    Param("base_url", "str | None", "None"),
    Param("timeout", "_t.TimeoutTypes | _t.NotGiven", NOT_GIVEN),
    Param("max_retries", "int", "_b.DEFAULT_MAX_RETRIES"),
    Param("default_headers", "Mapping[str, str] | None", "None"),
    Param("http_client", "httpx.Client | None", "None"),
    Param("allow_insecure", "bool", "False"),
    Param("strict_response_validation", "bool", "False"),
)


def or_not_given(annotation: str) -> str:
    """`T | _t.NotGiven`, keeping `None` last as ruff (RUF036) wants: the annotation of an
    optional argument (the templates use the same, through generator.render)."""
    if annotation.endswith(" | None"):
        return f"{annotation[:-7]} | _t.NotGiven | None"
    return f"{annotation} | _t.NotGiven"


def keyword(name: str, annotation: str, required: bool) -> Param:
    """An operation's argument: optional ones default to NOT_GIVEN."""
    if required:
        return Param(name, annotation)
    return Param(name, or_not_given(annotation), NOT_GIVEN)


def arguments(op: Operation, *, body: bool = True) -> tuple[Param, ...]:
    """The operation's own arguments, as its method and its companions take them."""
    params = [keyword(a.py_name, a.type.annotation, a.required) for a in op.arguments]
    if body and op.body is not None and not op.body.flattened:
        assert op.body.body_type is not None
        params.append(keyword("body", op.body.body_type.annotation, op.body.required))
    return tuple(params)


def returns(op: Operation, flavour: str = "sync", prefix: str = "_p.") -> str:
    """What an operation's method returns: its answer, or for a list that pages
    (generator.pagination) a page (sync) or a paginator (async) of its items, the class
    named after `prefix` (the resource modules' `_p.`; "" where the README names it)."""
    if op.pagination is None:
        return op.return_type.annotation
    item = op.pagination.item_type.annotation
    page = "SyncPage" if flavour == "sync" else "AsyncPaginator"
    return f"{prefix}{page}[{item}]"


def whole_body(
    op: Operation, args: tuple[Param, ...], options: tuple[Param, ...]
) -> tuple[tuple[Param, ...], tuple[tuple[Param, ...], ...]]:
    """The parameters and the overloads of a method taking `args` then `options`.

    Where the request body can be given whole (`RequestBody.whole`), there are two
    overloads: `body=` (required) without the body's own arguments, and those arguments
    without `body=`; the implementation takes both, every one optional (the runtime refuses
    a call mixing them, or giving neither what the body needs)."""
    whole = op.body.whole if op.body is not None else None
    if whole is None or op.body is None:
        return args + options, ()
    own = {f.py_name for f in op.body.fields}
    loose = tuple(
        keyword(p.name, p.annotation, False)
        if p.name in own and p.default is None
        else p
        for p in args
    )
    implementation = (*loose, keyword("body", whole.annotation, False), *options)
    rest = [p for p in args if p.name not in own]
    cut = next((i for i, p in enumerate(rest) if p.default is not None), len(rest))
    given_whole = (*rest[:cut], Param("body", whole.annotation), *rest[cut:], *options)
    return implementation, (given_whole, args + options)


def operation_methods(resource: str, op: Operation) -> tuple[Method, ...]:
    """The operation's method and its workflow companions, in the order of the code."""
    params, overloads = whole_body(op, arguments(op), REQUEST_OPTIONS)
    out = [
        Method(
            resource,
            op.method_name,
            params,
            returns(op),
            "operation",
            overloads,
        )
    ]
    if op.task_poll is not None:
        out.append(
            Method(
                resource,
                op.task_poll.wait_method,
                arguments(op, body=False) + WAIT_OPTIONS,
                op.return_type.annotation,
                "wait",
            )
        )
    if op.task is not None:
        params, overloads = whole_body(
            op, arguments(op), TASK_OPTIONS + REQUEST_OPTIONS
        )
        out.append(
            Method(
                resource,
                op.task.wait_method,
                params,
                op.task.poll_return.annotation,
                "task",
                overloads,
            )
        )
    return tuple(out)


def login_method(api: Api) -> Method | None:
    login = api.login
    if login is None:
        return None
    params = [
        Param(kwarg, "str") if required else Param(kwarg, "str | None", "None")
        for kwarg, _, required in login.arguments
    ]
    params += [Param(kwarg, "str | None", "None") for kwarg in login.extra_kwargs]
    return Method("client", "login", (*params, *LOGIN_OPTIONS), "Self", "login")


def methods(api: Api) -> tuple[Method, ...]:
    """Every public method of the sync client: its resources' methods, then `login`."""
    out = [
        m
        for r in api.resources
        for op in r.operations
        for m in operation_methods(r.attr, op)
    ]
    login = login_method(api)
    if login is not None:
        out.append(login)
    return tuple(out)


def companions(api: Api) -> tuple[Method, ...]:
    """The public methods that are not an operation's own (workflows, login)."""
    return tuple(m for m in methods(api) if m.kind != "operation")
