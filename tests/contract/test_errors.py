"""Error paths through Prism: missing credentials, and every documented error status.

* Missing credentials: Prism enforces the spec's security and answers 401 (with an
  `sl-violations` header naming the security violation); the client raises
  AuthenticationError carrying the body.
* Documented error statuses: Prism is told to answer with each one (`Prefer: code=NNN`,
  passed with the per-call `extra_headers=`); the client raises the class the README
  documents for that status, with `.status_code` and `.body` (Prism's example of that
  response, or its empty body).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from ._clients import CLIENTS, ClientInfo, build_call, error_class_name
from ._spec import NO_EXAMPLE, SpecOperation
from .conftest import Recorder

# (client, operationId, status or "auth") -> reason, for real bugs found (strict xfail).
KNOWN_BUGS: dict[tuple[str, str, str], str] = {}


def _marks(client: ClientInfo, op: SpecOperation, what: str) -> list[Any]:
    reason = KNOWN_BUGS.get((client.name, op.operation_id, what))
    return [pytest.mark.xfail(strict=True, reason=reason)] if reason else []


def _secured() -> Iterator[Any]:
    for client in CLIENTS:
        for op in client.spec.operations:
            if op.needs_credentials:
                yield pytest.param(
                    client,
                    op,
                    id=f"{client.name}-{op.operation_id}",
                    marks=_marks(client, op, "auth"),
                )


def _statuses() -> Iterator[Any]:
    for client in CLIENTS:
        for op in client.spec.operations:
            for status in op.error_statuses:
                yield pytest.param(
                    client,
                    op,
                    status,
                    id=f"{client.name}-{op.operation_id}-{status}",
                    marks=_marks(client, op, str(status)),
                )


def _first_per_client(params: Iterator[Any]) -> Iterator[Any]:
    seen: set[str] = set()
    for param in params:
        client = param.values[0]
        if client.name not in seen:
            seen.add(client.name)
            yield param


def _security_alternatives() -> Iterator[Any]:
    for client in CLIENTS:
        secured = next(op for op in client.spec.operations if op.needs_credentials)
        for alternative in secured.security:
            yield pytest.param(
                client,
                secured,
                alternative,
                id=f"{client.name}-{'+'.join(alternative)}",
            )


def _partial_credentials() -> Iterator[Any]:
    """Each scheme of a multi-scheme alternative alone (e.g. an API token without realm)."""
    for client in CLIENTS:
        secured = next(op for op in client.spec.operations if op.needs_credentials)
        covered = {s for alt in secured.security for s in alt}
        for scheme in sorted(covered):
            if any(alt == (scheme,) for alt in secured.security):
                continue  # this scheme alone is a valid alternative
            yield pytest.param(
                client, secured, scheme, id=f"{client.name}-only-{scheme}"
            )


def _expected_body(client: ClientInfo, op: SpecOperation, status: int) -> Any:
    response = op.response_for(status)
    if response is None:
        return (
            None  # undocumented (e.g. a 401 from Prism's security check): its own body
        )
    if response.content_type is None:
        return ""  # no content documented: Prism sends an empty body
    if response.example is not NO_EXAMPLE:
        return response.example
    return None  # no example: whatever Prism generated (checked against the raw body)


def _check_error(
    client: ClientInfo,
    op: SpecOperation,
    exc: BaseException,
    status: int,
    recorder: Recorder,
) -> None:
    expected = client.error(error_class_name(status))
    assert isinstance(exc, expected), (
        f"{type(exc).__name__} raised for {status}, expected {expected.__name__}: {exc}"
    )
    assert getattr(exc, "status_code", None) == status
    assert len(recorder.responses) == 1, (
        f"retried or no request:\n{recorder.describe()}"
    )
    raw = recorder.last
    try:
        raw_body: Any = json.loads(raw.content) if raw.content.strip() else ""
    except ValueError:
        raw_body = raw.text
    body = getattr(exc, "body", None)
    assert body == raw_body, f"error body {body!r} is not Prism's body {raw_body!r}"
    documented = _expected_body(client, op, status)
    if documented is not None:
        assert body == documented, f"error body {body!r}, spec example {documented!r}"


@pytest.mark.parametrize(("client", "op"), list(_secured()))
def test_missing_credentials(
    client: ClientInfo,
    op: SpecOperation,
    make_sync: Callable[..., Any],
    recorder: Recorder,
) -> None:
    """A client without credentials refuses a secured operation before sending it,
    naming what would meet the requirement (#22: no request for Prism to refuse)."""
    call = build_call(client, op, full=False)
    api = make_sync(client, credentials={}, max_retries=0)
    with pytest.raises(client.error("MissingCredentialsError")) as info:
        getattr(getattr(api, call.resource), call.method)(**call.kwargs)
    _check_refused(client, op, info.value, recorder)


def _check_refused(
    client: ClientInfo, op: SpecOperation, exc: BaseException, recorder: Recorder
) -> None:
    assert isinstance(exc, client.error("APIError"))
    assert recorder.responses == [], f"a request was sent:\n{recorder.describe()}"
    text = str(exc)
    assert f"{op.method.upper()} {op.path}" in text, text
    assert "nothing was sent" in text, text
    wanted = {a for alt in exc.alternatives for a in alt}  # type: ignore[attr-defined]
    assert wanted, text
    for arg in wanted:
        assert f"{arg}=..." in text, text
    for way in exc.environment_variables:  # type: ignore[attr-defined]
        for env in way:
            assert env in text, text


@pytest.mark.parametrize(("client", "op", "status"), list(_statuses()))
def test_documented_error_status(
    client: ClientInfo,
    op: SpecOperation,
    status: int,
    make_sync: Callable[..., Any],
    recorder: Recorder,
) -> None:
    call = build_call(client, op, full=False)
    api = make_sync(client, max_retries=0)
    with pytest.raises(client.error("APIStatusError")) as info:
        getattr(getattr(api, call.resource), call.method)(
            **call.kwargs, extra_headers={"Prefer": f"code={status}"}
        )
    assert recorder.violations() == [], (
        f"the request itself broke the spec:\n{recorder.describe()}"
    )
    assert recorder.last.request.headers.get("prefer") == f"code={status}"
    _check_error(client, op, info.value, status, recorder)


@pytest.mark.parametrize(("client", "op"), list(_first_per_client(_secured())))
async def test_async_missing_credentials(
    client: ClientInfo,
    op: SpecOperation,
    make_async: Callable[..., Any],
    recorder: Recorder,
) -> None:
    call = build_call(client, op, full=False)
    api = make_async(client, credentials={}, max_retries=0)
    with pytest.raises(client.error("MissingCredentialsError")) as info:
        try:
            await getattr(getattr(api, call.resource), call.method)(**call.kwargs)
        finally:
            await api.close()
    _check_refused(client, op, info.value, recorder)


@pytest.mark.parametrize(
    ("client", "op", "status"), list(_first_per_client(_statuses()))
)
async def test_async_documented_error_status(
    client: ClientInfo,
    op: SpecOperation,
    status: int,
    make_async: Callable[..., Any],
    recorder: Recorder,
) -> None:
    call = build_call(client, op, full=False)
    api = make_async(client, max_retries=0)
    with pytest.raises(client.error("APIStatusError")) as info:
        await getattr(getattr(api, call.resource), call.method)(
            **call.kwargs, extra_headers={"Prefer": f"code={status}"}
        )
    await api.close()
    assert recorder.violations() == [], recorder.describe()
    _check_error(client, op, info.value, status, recorder)


@pytest.mark.parametrize(
    ("client", "op", "alternative"), list(_security_alternatives())
)
def test_each_security_alternative_alone(
    client: ClientInfo,
    op: SpecOperation,
    alternative: tuple[str, ...],
    make_sync: Callable[..., Any],
    recorder: Recorder,
) -> None:
    """Credentials for just one of the spec's security alternatives are accepted."""
    call = build_call(client, op, full=False)
    api = make_sync(client, credentials=client.credentials(alternative), max_retries=0)
    try:
        getattr(getattr(api, call.resource), call.method)(**call.kwargs)
    except client.error("APIError") as exc:
        pytest.fail(f"{exc}\n{recorder.describe()}")
    assert recorder.violations() == [], recorder.describe()


@pytest.mark.parametrize(("client", "op", "scheme"), list(_partial_credentials()))
def test_partial_credentials(
    client: ClientInfo,
    op: SpecOperation,
    scheme: str,
    make_sync: Callable[..., Any],
    recorder: Recorder,
) -> None:
    """One scheme of a multi-scheme requirement alone does not authenticate: the client
    says so before sending."""
    call = build_call(client, op, full=False)
    api = make_sync(client, credentials=client.credentials((scheme,)), max_retries=0)
    with pytest.raises(client.error("MissingCredentialsError")) as info:
        getattr(getattr(api, call.resource), call.method)(**call.kwargs)
    _check_refused(client, op, info.value, recorder)
