"""Compare an imported generated package's public methods with its saved surface.

    python -m tests.diff._signature_check DIST PACKAGE CLIENT_CLASS

Run in a fresh process (each package is imported from DIST, so packages of the same name
never meet). Prints JSON: {"checked": N, "problems": [...]}: every public method of the
client's resource classes and of the client class itself must be in the surface
(clientgen-surface.json: the operations and the other methods), with the same keyword-only
parameters (names, annotations as written, defaults) and return annotation, and the
reverse.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import json
import pkgutil
import sys
import typing
from pathlib import Path
from typing import Any

from generator.signatures import REQUEST_OPTIONS, or_not_given

_REQUIRED = "<required>"


def _same_text(annotation: str) -> str:
    """An annotation as Python keeps it under `from __future__ import annotations`: the
    source re-written from its syntax tree (so `Literal["x"]` reads `Literal['x']`)."""
    try:
        return ast.unparse(ast.parse(annotation, mode="eval"))
    except SyntaxError:
        return annotation


Params = list[tuple[str, str, str]]


def _expected_operation(
    op: dict[str, Any],
) -> tuple[Params, str, list[Params]]:
    """An operation's parameters, return annotation and overloads, from its surface: with
    a body that can be given whole ("body"), the overloads take `body=` or the body's own
    arguments, and the implementation both, every one optional."""
    saved = sorted(op["args"], key=lambda a: not a[4])  # required first, as in the code
    args = [
        (a[0], a[3], _REQUIRED) if a[4] else (a[0], or_not_given(a[3]), "_t.NOT_GIVEN")
        for a in saved
    ]
    options = [(p.name, p.annotation, p.default or _REQUIRED) for p in REQUEST_OPTIONS]
    whole = op.get("body")
    if not whole:
        return args + options, op["returns"], []
    own = {a[0] for a in saved if a[2] == "body"}
    loose = [
        (n, or_not_given(a), "_t.NOT_GIVEN")
        if n in own and d == _REQUIRED
        else (n, a, d)
        for n, a, d in args
    ]
    body = ("body", or_not_given(whole), "_t.NOT_GIVEN")
    rest = [a for a in args if a[0] not in own]
    cut = next((i for i, a in enumerate(rest) if a[2] != _REQUIRED), len(rest))
    given_whole = [*rest[:cut], ("body", whole, _REQUIRED), *rest[cut:], *options]
    overloads = [given_whole, args + options]
    return [*loose, body, *options], op["returns"], overloads


def _actual(
    function: Any, namespace: dict[str, Any]
) -> tuple[list[tuple[str, str, Any]], str]:
    sig = inspect.signature(function)
    params = []
    for p in sig.parameters.values():
        if p.name in ("self", "cls"):
            continue
        if p.kind is not inspect.Parameter.KEYWORD_ONLY:
            params.append((p.name, f"not keyword-only ({p.kind.name})", None))
            continue
        default = _REQUIRED if p.default is inspect.Parameter.empty else p.default
        params.append((p.name, str(p.annotation), default))
    return params, str(sig.return_annotation)


def _public(cls: type) -> dict[str, Any]:
    """Public methods the generated class itself defines (not the runtime's base class)."""
    out = {}
    for name, value in vars(cls).items():
        if name.startswith("_") or name == "with_raw_response":
            continue
        if isinstance(value, classmethod):
            out[name] = value.__func__
        elif inspect.isfunction(value):
            out[name] = value
    return out


def check(dist: Path, package: str, client_class: str) -> dict[str, Any]:
    saved = json.loads((dist / "clientgen-surface.json").read_text("utf-8"))
    sys.path.insert(0, str(dist))
    pkg = importlib.import_module(package)
    assert Path(pkg.__file__ or "").is_relative_to(dist), pkg.__file__
    client = getattr(pkg, client_class)
    expected: dict[str, tuple[Params, str, list[Params]]] = {}
    for op in saved["operations"]:
        expected[f"{op['resource']}.{op['method']}"] = _expected_operation(op)

    def params_of(saved: list[list[Any]]) -> Params:
        return [(p[0], p[1], p[2] if p[2] is not None else _REQUIRED) for p in saved]

    for m in saved["methods"]:
        overloads = [params_of(ps) for ps in m.get("overloads") or ()]
        expected[f"{m['owner']}.{m['name']}"] = (
            params_of(m["params"]),
            m["returns"],
            overloads,
        )

    # every class of PKG.resources, by name (the client names them only for type checking)
    resources = importlib.import_module(f"{package}.resources")
    classes: dict[str, type] = {}
    for info in pkgutil.iter_modules(resources.__path__, f"{package}.resources."):
        module = importlib.import_module(info.name)
        classes.update((n, v) for n, v in vars(module).items() if inspect.isclass(v))
    actual: dict[str, tuple[list[tuple[str, str, Any]], str, dict[str, Any]]] = {}
    stubs: dict[str, list[tuple[list[tuple[str, str, Any]], str]]] = {}
    for attr, value in vars(client).items():
        prop = getattr(value, "func", None)  # functools.cached_property: a resource
        if attr.startswith("_") or prop is None:
            continue
        resource_cls = classes[str(inspect.signature(prop).return_annotation)]
        namespace = vars(importlib.import_module(resource_cls.__module__))
        for name, function in _public(resource_cls).items():
            actual[f"{attr}.{name}"] = (*_actual(function, namespace), namespace)
            stubs[f"{attr}.{name}"] = [
                _actual(f, namespace) for f in typing.get_overloads(function)
            ]
    client_ns = vars(importlib.import_module(client.__module__))
    for name, function in _public(client).items():
        actual[f"client.{name}"] = (*_actual(function, client_ns), client_ns)

    problems = []
    for q in sorted(set(expected) - set(actual)):
        problems.append(f"{q}: in the surface, not in the code")
    for q in sorted(set(actual) - set(expected)):
        problems.append(f"{q}: in the code, not in the surface")
    for q in sorted(set(expected) & set(actual)):
        want_params, want_returns, want_overloads = expected[q]
        got_params, got_returns, namespace = actual[q]

        def values(
            params: Params, namespace: dict[str, Any] = namespace
        ) -> list[tuple[str, str, Any]]:
            return [
                (n, _same_text(a), d if d == _REQUIRED else eval(d, namespace))  # value
                for n, a, d in params
            ]

        want = values(want_params)
        got_params = [(n, _same_text(a), d) for n, a, d in got_params]
        want_returns, got_returns = _same_text(want_returns), _same_text(got_returns)
        if want != got_params:
            problems.append(
                f"{q}: parameters {got_params!r} in the code, {want!r} in the surface"
            )
        got_overloads = [
            ([(n, _same_text(a), d) for n, a, d in ps], _same_text(r))
            for ps, r in stubs.get(q, [])
        ]
        if got_overloads != [(values(ps), want_returns) for ps in want_overloads]:
            problems.append(
                f"{q}: overloads {got_overloads!r} in the code, "
                f"{want_overloads!r} in the surface"
            )
        if want_returns != got_returns:
            problems.append(
                f"{q}: returns {got_returns} in the code, {want_returns} in the surface"
            )
    return {"checked": len(set(expected) & set(actual)), "problems": problems}


if __name__ == "__main__":
    print(
        json.dumps(
            check(Path(sys.argv[1]).resolve(), sys.argv[2], sys.argv[3]), default=repr
        )
    )
