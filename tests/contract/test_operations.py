"""Every spec operation, called through the generated client against Prism.

Arguments come from the spec (parameter and schema examples, else values built from the
schemas): once with only the required ones and once with every optional one as well.
Prism runs with `--errors`, so a request that breaks the spec (path, query, headers,
security, body) is answered with a 4xx and an `sl-violations` header; each call must
succeed, carry no violation, and its response (Prism's example) must load into exactly
the declared result type.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from . import _registry
from ._clients import (
    CLIENTS,
    ClientInfo,
    build_call,
    conformance_problems,
    descriptor_problems,
)
from ._spec import SpecOperation
from .conftest import Recorder

# Real mismatches between a client and its spec that Prism found, each with its bug:
# (client, operationId, variant) -> reason. strict: fixing the bug makes the test fail
# until the entry is removed.
KNOWN_BUGS: dict[tuple[str, str, str], str] = {}

VARIANTS = ("required", "full")


def _operations() -> Iterator[Any]:
    for client in CLIENTS:
        for op in client.spec.operations:
            yield pytest.param(client, op, id=f"{client.name}-{op.operation_id}")


def _calls() -> Iterator[Any]:
    for client in CLIENTS:
        for op in client.spec.operations:
            for variant in VARIANTS:
                reason = KNOWN_BUGS.get((client.name, op.operation_id, variant))
                marks = (
                    [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
                )
                yield pytest.param(
                    client,
                    op,
                    variant,
                    id=f"{client.name}-{op.operation_id}-{variant}",
                    marks=marks,
                )


def _async_sample() -> Iterator[Any]:
    """Per client and tag: the first operation, and the first one with a request body."""
    for client in CLIENTS:
        chosen: list[SpecOperation] = []
        tags = dict.fromkeys(op.tag for op in client.spec.operations)
        for tag in tags:
            ops = [op for op in client.spec.operations if op.tag == tag]
            with_body = next((op for op in ops if op.body is not None), None)
            for op in (ops[0], with_body):
                if op is not None and op not in chosen:
                    chosen.append(op)
        for op in chosen:
            reason = KNOWN_BUGS.get((client.name, op.operation_id, "full"))
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            yield pytest.param(
                client, op, id=f"{client.name}-{op.operation_id}", marks=marks
            )


@pytest.mark.parametrize(("client", "op"), list(_operations()))
def test_descriptor_matches_spec(client: ClientInfo, op: SpecOperation) -> None:
    """The generated operation (method, path, parameters, body, security) is the spec's."""
    assert descriptor_problems(client, op) == []


@pytest.mark.parametrize(("client", "op", "variant"), list(_calls()))
def test_sync_call(
    client: ClientInfo,
    op: SpecOperation,
    variant: str,
    make_sync: Callable[..., Any],
    recorder: Recorder,
) -> None:
    call = build_call(client, op, full=variant == "full")
    api = make_sync(client, max_retries=0)
    method = getattr(getattr(api, call.resource), call.method)
    try:
        result = method(**call.kwargs)
    except client.error("APIError") as exc:
        pytest.fail(
            f"{call.resource}.{call.method} failed: {exc}\n{recorder.describe()}"
        )
    finally:
        if recorder.responses:
            _registry.EXERCISED[client.name].add(op.operation_id)
        api.close()
    _check_exchange(client, op, recorder, result, method)


@pytest.mark.parametrize(("client", "op"), list(_async_sample()))
async def test_async_call(
    client: ClientInfo,
    op: SpecOperation,
    make_async: Callable[..., Any],
    recorder: Recorder,
) -> None:
    call = build_call(client, op, full=True)
    api = make_async(client, max_retries=0)
    method = getattr(getattr(api, call.resource), call.method)
    try:
        result = await method(**call.kwargs)
    except client.error("APIError") as exc:
        pytest.fail(
            f"{call.resource}.{call.method} failed: {exc}\n{recorder.describe()}"
        )
    finally:
        await api.close()
    _check_exchange(client, op, recorder, result, method)


def _check_exchange(
    client: ClientInfo, op: SpecOperation, recorder: Recorder, result: Any, method: Any
) -> None:
    assert len(recorder.responses) == 1, f"expected one request:\n{recorder.describe()}"
    response = recorder.last
    assert str(response.status_code) in op.responses, recorder.describe()
    assert recorder.violations() == [], (
        f"Prism found violations:\n{recorder.describe()}"
    )
    declared = client.type_hints(method)["return"]
    schema = op.responses[str(response.status_code)].schema
    problems = conformance_problems(client, result, declared, schema)
    assert problems == [], (
        f"Prism's example does not load into {declared}:\n"
        + "\n".join(problems)
        + f"\nresponse: {response.text[:1000]}"
    )
    if response.content.strip() and response.content.strip() != b"null":
        assert result is not None, (
            f"a {response.status_code} body was dropped: {response.text[:300]}"
        )
