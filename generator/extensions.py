"""Vendor workflows declared with `x-clientgen-*` extensions, attached to the built model.

Documented in docs/extensions.md. Each extension is checked: a reference to an unknown
operation, argument or field is an error with its location, never silently ignored.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import Any

from generator import naming
from generator.model import (
    Api,
    Login,
    Operation,
    RateLimit,
    Resource,
    TaskPoll,
    TaskStart,
)
from generator.pagination import model_fields
from generator.problems import Location

Report = Callable[[Location, str], None]
Locate = Callable[[str], Location]


def _pattern(value: Any, where: Location, report: Report) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        report(where, "must be a regular expression string")
        return None
    try:
        re.compile(value)
    except re.error as exc:
        report(where, f"invalid regular expression: {exc}")
        return None
    return value


def _mapping(value: Any, where: Location, report: Report) -> dict[str, str]:
    if value is None:
        return {}
    if not isinstance(value, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in value.items()
    ):
        report(where, "must be a mapping of strings to strings")
        return {}
    return dict(value)


def _response_fields(api: Api, op: Operation) -> set[str] | None:
    """Wire names of the fields of an operation's result model; None when not a model."""
    fields = model_fields(api, op.return_type)
    return None if fields is None else {f.wire_name for f in fields}


def _arg_by_wire(op: Operation, wire: str) -> str | None:
    for a in op.arguments:
        if a.wire_name == wire or a.py_name == wire:
            return a.py_name
    return None


def apply_extensions(
    api: Api,
    raw_ops: Mapping[tuple[str, str], dict[str, Any]],
    op_locations: Mapping[tuple[str, str], Locate],
    root: dict[str, Any],
    root_locate: Locate,
    report: Report,
) -> Api:
    """Return `api` with task, login and rate-limit declarations attached."""
    by_id: dict[str, tuple[Resource, Operation]] = {}
    for r in api.resources:
        for op in r.operations:
            by_id[op.operation_id] = (r, op)
    polls: dict[str, TaskPoll] = {}
    method_names = {
        r.attr: naming.Namer(
            [*naming.RESOURCE_RESERVED, *(o.method_name for o in r.operations)]
        )
        for r in api.resources
    }
    updated: dict[tuple[str, str], Operation] = {}

    def raw(op: Operation) -> dict[str, Any]:
        return raw_ops.get((op.http_method, op.path), {})

    def loc(op: Operation, *tokens: str) -> Location:
        return op_locations[(op.http_method, op.path)]("/" + "/".join(tokens))

    for r in api.resources:
        for op in r.operations:
            ext = raw(op).get("x-clientgen-task-poll")
            if ext is None:
                continue
            where = loc(op, "x-clientgen-task-poll")
            if not isinstance(ext, dict) or not isinstance(ext.get("done-field"), str):
                report(
                    where,
                    "needs 'done-field': the response field that is set once the task is finished",
                )
                continue
            wait = ext.get("method", "wait_for_task")
            if not isinstance(wait, str) or not naming.is_safe_identifier(wait):
                report(where, "'method' must be a Python identifier")
                continue
            fields = _response_fields(api, op)
            for key in ("done-field", "failed-field"):
                value = ext.get(key)
                if (
                    isinstance(value, str)
                    and fields is not None
                    and value not in fields
                ):
                    report(
                        where,
                        f"{key}: {value!r} is not a field of {op.operation_id}'s response "
                        f"(fields: {', '.join(sorted(fields))})",
                    )
            spec = TaskPoll(
                method_names[r.attr].take(wait),
                ext["done-field"],
                ext.get("failed-field")
                if isinstance(ext.get("failed-field"), str)
                else None,
                _pattern(ext.get("failed-pattern"), where, report),
            )
            polls[op.operation_id] = spec
            updated[(op.http_method, op.path)] = replace(op, task_poll=spec)

    for r in api.resources:
        for op in r.operations:
            ext = raw(op).get("x-clientgen-task")
            if ext is None:
                continue
            where = loc(op, "x-clientgen-task")
            poll_id = ext.get("poll") if isinstance(ext, dict) else None
            if not isinstance(poll_id, str) or poll_id not in polls:
                report(
                    where,
                    f"'poll' must name an operation with x-clientgen-task-poll; got {poll_id!r}",
                )
                continue
            poll_resource, poll_op = by_id[poll_id]
            explicit = _mapping(ext.get("args"), where, report)
            args = _poll_args(api, op, poll_op, explicit, where, report)
            current = updated.get((op.http_method, op.path), op)
            start = TaskStart(
                wait_method=method_names[r.attr].take(op.method_name + "_and_wait"),
                poll_method=poll_op.method_name,
                poll_module=poll_resource.module,
                poll_return=poll_op.return_type,
                args=tuple(args),
                busy_pattern=_pattern(ext.get("busy-pattern"), where, report),
            )
            updated[(op.http_method, op.path)] = replace(current, task=start)

    login = _login(api, by_id, raw, loc, report)
    rate_limit = _rate_limit(root, root_locate, report)
    resources = tuple(
        replace(
            r,
            operations=tuple(
                updated.get((o.http_method, o.path), o) for o in r.operations
            ),
        )
        for r in api.resources
    )
    return replace(api, resources=resources, login=login, rate_limit=rate_limit)


def _poll_args(
    api: Api,
    op: Operation,
    poll_op: Operation,
    explicit: dict[str, str],
    where: Location,
    report: Report,
) -> list[tuple[str, str, str]]:
    """Where each argument of the poll operation comes from; every reference is checked."""
    names = {a.wire_name for a in poll_op.arguments} | {
        a.py_name for a in poll_op.arguments
    }
    for key in explicit:
        if key not in names:
            report(where, f"args: {key!r} is not an argument of {poll_op.operation_id}")
    fields = _response_fields(api, op)

    def check_field(field: str, what: str) -> None:
        if fields is not None and field not in fields:
            report(
                where,
                f"{what}: {op.operation_id}'s response has no field {field!r} "
                f"(fields: {', '.join(sorted(fields))})",
            )

    args: list[tuple[str, str, str]] = []
    for a in poll_op.arguments:
        source = explicit.get(a.wire_name) or explicit.get(a.py_name)
        if source is not None and source.startswith("$response."):
            field = source.removeprefix("$response.")
            check_field(field, f"args: {source!r}")
            args.append((a.py_name, "response", field))
        elif source is not None and not source.startswith("$args."):
            report(where, f"args: {source!r} must start with $response. or $args.")
        elif source is not None:
            own = _arg_by_wire(op, source.removeprefix("$args."))
            if own is None:
                report(
                    where, f"args: {source!r}: {op.operation_id} has no such argument"
                )
            else:
                args.append((a.py_name, "arg", own))
        else:
            own = _arg_by_wire(op, a.wire_name)
            if own is not None:
                args.append((a.py_name, "arg", own))
            elif a.required:
                check_field(
                    a.wire_name,
                    f"cannot fill {poll_op.operation_id}'s argument "
                    f"{a.wire_name!r} (map it in 'args')",
                )
                args.append((a.py_name, "response", a.wire_name))
    return args


def _login(
    api: Api,
    by_id: Mapping[str, tuple[Resource, Operation]],
    raw: Callable[[Operation], dict[str, Any]],
    loc: Callable[..., Location],
    report: Report,
) -> Login | None:
    found: Login | None = None
    schemes = {s.name: s for s in api.security_schemes}
    for resource, op in by_id.values():
        ext = raw(op).get("x-clientgen-login")
        if ext is None:
            continue
        where = loc(op, "x-clientgen-login")
        if found is not None:
            report(where, "only one operation may declare x-clientgen-login")
            continue
        if not isinstance(ext, dict):
            report(where, "must be a mapping with 'arguments' and 'credentials'")
            continue
        arguments = []
        for kwarg, target in _mapping(ext.get("arguments"), where, report).items():
            own = _arg_by_wire(op, target)
            if own is None or not naming.is_safe_identifier(kwarg):
                report(
                    where,
                    f"arguments: {kwarg!r} -> {target!r}: no such argument of {op.operation_id}",
                )
                continue
            required = next(a.required for a in op.arguments if a.py_name == own)
            arguments.append((kwarg, own, required))
        sets = []
        fields = _response_fields(api, op)
        for scheme, field in _mapping(ext.get("credentials"), where, report).items():
            if fields is not None and field not in fields:
                report(
                    where,
                    f"credentials: {op.operation_id}'s response has no field {field!r}",
                )
                continue
            s = schemes.get(scheme)
            if s is None or s.kind == "basic":
                report(
                    where,
                    f"credentials: {scheme!r} is not an apiKey/bearer security scheme",
                )
                continue
            sets.append((s.args[0], field))
        overrides = []
        for kwarg, scheme in _mapping(ext.get("overrides"), where, report).items():
            s = schemes.get(scheme)
            if s is None or s.kind == "basic" or not naming.is_safe_identifier(kwarg):
                report(
                    where,
                    f"overrides: {kwarg!r} -> {scheme!r} is not an apiKey/bearer scheme",
                )
                continue
            overrides.append((kwarg, s.args[0]))
        if not sets:
            report(
                where,
                "'credentials' must map at least one security scheme to a response field",
            )
            continue
        found = Login(
            op.method_name,
            resource.module,
            tuple(arguments),
            tuple(sets),
            tuple(overrides),
        )
    return found


def _rate_limit(
    root: dict[str, Any], locate: Locate, report: Report
) -> RateLimit | None:
    ext = root.get("x-clientgen-rate-limit")
    if ext is None:
        return None
    where = locate("/x-clientgen-rate-limit")
    headers = _mapping(
        ext.get("headers") if isinstance(ext, dict) else None, where, report
    )
    fields = []
    for attr, header in headers.items():
        if not naming.is_safe_identifier(attr) or naming.snake(attr) != attr:
            report(where, f"headers: {attr!r} must be a snake_case identifier")
            continue
        fields.append((attr, header, f"From the `{header}` response header."))
    if not fields:
        report(
            where,
            "needs 'headers': a mapping of attribute names to response header names",
        )
        return None
    message = ext.get("zero-message", "") if isinstance(ext, dict) else ""
    return RateLimit(tuple(fields), str(message))
