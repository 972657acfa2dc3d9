"""Pieces of Python code the templates call for (Jinja globals), computed from the model:
an operation method's `def`, the arguments it passes on, its parameters' descriptors, and
the names the package exports."""

from __future__ import annotations

from typing import Any

from generator import layout, signatures
from generator.filters import all_sorted, py_literal, py_tuple
from generator.model import Api, Operation, Resource
from generator.names import EXPORTED


def method_signature(resource: Resource, op: Operation, kind: str, flavour: str) -> str:
    """The `def` of one of an operation's methods (`kind`: operation, wait or task), from
    generator.signatures, the description the change-report surface is made of too."""
    method = next(
        m for m in signatures.operation_methods(resource.attr, op) if m.kind == kind
    )
    # an async list that pages is a plain def returning its (awaitable) paginator
    paged = kind == "operation" and op.pagination is not None
    asynchronous = "async " if flavour == "async" and not paged else ""
    result = signatures.returns(op, flavour) if paged else method.returns

    def define(params: tuple[signatures.Param, ...], tail: str) -> list[str]:
        return [
            f"    {asynchronous}def {method.name}(",
            "        self,",
            "        *,",
            *(layout.annotated(p.name, p.annotation, p.default, 8) for p in params),
            layout.returns(result, 4, tail),
        ]

    stubs = [
        line
        for params in method.overloads
        for line in ["    @overload", *define(params, ": ..."), ""]
    ]
    return "\n".join(stubs + define(method.params, ":"))


def paging_call(op: Operation) -> str:
    """`_p.Paging(...)` for a list that pages, exploded (every name as a literal)."""
    p = op.pagination
    assert p is not None
    args = [py_literal(p.style)]
    named = {
        "items": p.items,
        "page": p.page_param,
        "size": p.size_param,
        "cursor": p.cursor_param,
        "next_cursor": p.cursor_field,
        "has_more": p.has_more_field,
    }
    for name, value in named.items():
        if value is not None:
            args.append(f"{name}={py_tuple(value)}")
    if p.first_page != 1:
        args.append(f"first_page={p.first_page!r}")
    if len(args) == 1:
        return f"_p.Paging({args[0]})"
    lines = [layout.expr(a, 4, ",") for a in args]
    return "\n".join(["_p.Paging(", *lines, ")"])


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


def login_hint(api: Api) -> str:
    """`Client.login(a=..., b=...)` with the required login arguments: how a user logs in
    (the client's `_login_hint`, and the README's MissingCredentialsError message)."""
    assert api.login is not None
    given = ", ".join(f"{a}=..." for a in api.login.required)
    return f"{api.client_class}.login({given})"


def client_exports(api: Api) -> list[str]:
    """What PKG/_client.py exports: the client classes, and RateLimit if the API reports
    rate limits (PKG/__init__.py imports them from there)."""
    names = [api.client_class, "Async" + api.client_class]
    return all_sorted([*names, "RateLimit"] if api.rate_limit else names)


def package_exports(api: Api) -> list[str]:
    """What PKG/__init__.py exports: the runtime's names (`generator.names.EXPORTED`, the
    one list the name checks use too; RateLimit only with the client's) and the client's."""
    return all_sorted((EXPORTED - {"RateLimit"}) | set(client_exports(api)))
