"""Requests that break the spec get the error the spec declares, naming the field.

A user's mistake must show in their tests as it would against the real API: a missing
required field, a wrong type, a value outside an enum, a pattern mismatch or a string that
is too long gets the operation's validation status (400 here, as no operation declares 422)
with a spec-shaped body whose message names the field; missing credentials get a 401 (the
typed clients raise MissingCredentialsError before sending such a request, so they send it
through an http_client whose `auth` hides from them whether credentials go out).
Unknown routes answer 404, known paths with the wrong method 405. `validate=False` turns
the checks off.

The typed clients refuse most mistakes before sending them, so they are sent anyway with
arguments of the wrong type, with `NOT_GIVEN` for a required query argument (the client
then leaves it out), with a body given whole (`body=` a dict) that lacks a required field
(the client refuses a missing body argument itself, with a TypeError), with `extra_query`,
or with plain httpx on the fake's transport.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

import httpx
import jsonschema
import pytest

from .conftest import (
    ASYNC_CLIENTS,
    BASE_URLS,
    PACKAGES,
    SYNC_CLIENTS,
    Mode,
    SpecOperation,
    all_operations,
    auth_headers,
    example_arguments,
    find_operation,
    invalid_status,
    make_client,
    make_fake,
    operation_params,
    package_module,
    raw_client,
    resolve,
    response_schema,
    success_example,
    sync_and_async,
    wire,
)

#: Stands for the package's NOT_GIVEN: the client leaves the argument out of the request.
OMIT: Any = object()


@dataclass(frozen=True)
class Invalid:
    """A client call that breaks the spec, and the field the error must name."""

    id: str
    package: str
    operation: str  # "resource.method"
    args: dict[str, Any]
    field: str
    bug: str | None = None


_SIGN_UP = {"email": "user@example.com", "country": "LT"}
_SMS = {"to": "+61400000000", "message": "Hello from TIM4biz"}
_PERIOD = {"from_": "2025-01-01T00:00:00", "to": "2025-01-02T00:00:00"}

CASES = [
    # -- time4vps: body (JSON)
    Invalid("missing-required", "time4vps", "server_management.reinstall_server",
            {"server_id": 1, "body": {}}, "os"),
    Invalid("missing-required-2", "time4vps", "server_management.launch_web_console",
            {"server_id": 1, "body": {"timeout": "1h"}}, "whitelabel"),
    Invalid("missing-required-anonymous", "time4vps", "clientarea.sign_up",
            {"body": _SIGN_UP}, "password"),
    Invalid("wrong-type", "time4vps", "server_management.reinstall_server",
            {"server_id": 1, "os": 5}, "os"),
    Invalid("wrong-type-optional", "time4vps", "server_management.reinstall_server",
            {"server_id": 1, "os": "debian-12", "script": "seven"}, "script"),
    Invalid("null-required", "time4vps", "server_management.reinstall_server",
            {"server_id": 1, "os": None}, "os"),
    Invalid("array-item-type", "time4vps", "clientarea.update_details",
            {"emarketing": [1]}, "emarketing"),
    Invalid("enum", "time4vps", "server_management.launch_web_console",
            {"server_id": 1, "timeout_": "2h", "whitelabel": "true"}, "timeout"),
    Invalid("pattern", "time4vps", "clientarea.sign_up",
            {**_SIGN_UP, "password": "weakpassword1"}, "password"),
    Invalid("too-long", "time4vps", "clientarea.update_details",
            {"state": "x" * 21}, "state"),
    Invalid("too-short", "time4vps", "clientarea.sign_up",
            {**_SIGN_UP, "password": "Corr3ct-Horse-Battery", "field_2fasecret": "ABC123"},
            "2fasecret"),
    # -- time4vps: path
    Invalid("path-wrong-type", "time4vps", "server_management.get_server",
            {"server_id": "abc"}, "server_id"),
    Invalid("path-not-an-integer", "time4vps", "server_management.get_server",
            {"server_id": "1_000"}, "server_id"),
    Invalid("path-enum", "time4vps", "vpn_management.get_vpn_config",
            {"id": 1, "template": "ovpn_999"}, "template"),
    Invalid("path-below-minimum", "time4vps", "server_management.get_usage_graphs",
            {"server_id": 1, "width": 100}, "width"),
    Invalid("path-above-maximum", "time4vps", "server_management.get_usage_graphs",
            {"server_id": 1, "width": 1000}, "width"),
    # -- tim4biz
    Invalid("pattern", "tim4biz", "messaging.set_sms",
            {**_SMS, "to": "0400"}, "to"),
    Invalid("wrong-type", "tim4biz", "messaging.set_sms",
            {**_SMS, "to": 61400000000}, "to"),
    Invalid("missing-required", "tim4biz", "messaging.set_sms",
            {"body": {"to": _SMS["to"]}}, "message"),
    Invalid("query-missing-required", "tim4biz", "call_accounting.get_extension_total",
            {**_PERIOD, "to": OMIT}, "to"),
    Invalid("query-pattern", "tim4biz", "call_accounting.get_extension_total",
            {**_PERIOD, "from_": "2025-01-01"}, "from"),
    # -- bigtime
    Invalid("missing-required", "bigtime", "client.update_client",
            {"systemid": 12345, "body": {}}, "SystemId"),
    Invalid("wrong-type", "bigtime", "client.update_client",
            {"systemid": 12345, "system_id": "12345"}, "SystemId"),
    Invalid("missing-required-anonymous", "bigtime", "session.create_session",
            {"body": {"UserId": "user@example.com"}}, "Pwd"),
    Invalid("path-wrong-type", "bigtime", "client.get_client",
            {"systemid": "TEST-1"}, "systemid"),
    Invalid("query-enum", "bigtime", "client.get_client",
            {"systemid": 12345, "view": "Full"}, "View"),
    Invalid("query-wrong-type", "bigtime", "client.list_clients",
            {"show_inactive": "yes"}, "ShowInactive"),
]  # fmt: skip


def _case_params(*, with_bugs: bool = True) -> list[Any]:
    return [
        pytest.param(
            case,
            id=f"{case.package}:{case.operation}:{case.id}",
            marks=[pytest.mark.xfail(strict=True, reason=case.bug)]
            if case.bug and with_bugs
            else [],
        )
        for case in CASES
    ]


def _arguments(case: Invalid) -> dict[str, Any]:
    not_given = package_module(case.package).NOT_GIVEN
    return {k: not_given if v is OMIT else v for k, v in case.args.items()}


def _names(text: str, name: str) -> bool:
    """`text` names the field `name` (quoted, as in "field 'os': ...")."""
    return re.search(rf"['\"`]{re.escape(name)}['\"`]", text) is not None


def _check_error_body(op: SpecOperation, status: int, body: Any, text: str) -> None:
    """The error body has the spec's shape for `status` and contains `text`."""
    assert text in json.dumps(body), body
    schema = response_schema(op, status)
    if schema is not None:
        jsonschema.validate(body, schema)
    else:  # no documented body: the fake's own {"message": ...}
        assert isinstance(body, dict) and isinstance(body.get("message"), str), body


@sync_and_async
@pytest.mark.parametrize("case", _case_params())
async def test_invalid_request_gets_the_declared_error(
    case: Invalid, mode: Mode
) -> None:
    op = find_operation(case.package, case.operation)
    fake = make_fake(case.package)
    client = make_client(case.package, mode, fake)
    status = invalid_status(op)
    error = package_module(case.package).BadRequestError

    with pytest.raises(error) as info:
        await resolve(op.bound(client)(**_arguments(case)))

    exc: Any = info.value
    assert exc.status_code == status == 400
    assert _names(str(exc), case.field), str(exc)
    assert _names(json.dumps(exc.body), case.field), exc.body
    _check_error_body(op, status, exc.body, case.field)
    [call] = fake.calls  # a validation error is not retried, and is recorded
    assert (call.name, call.status) == (op.name, status)


@sync_and_async
@pytest.mark.parametrize("case", _case_params(with_bugs=False))
async def test_validate_false_lets_invalid_requests_through(
    case: Invalid, mode: Mode
) -> None:
    op = find_operation(case.package, case.operation)
    fake = make_fake(case.package, validate=False)
    client = make_client(case.package, mode, fake)

    result = await resolve(op.bound(client)(**_arguments(case)))

    found, example = success_example(op)
    if found:
        assert wire(result) == example
    assert [(c.name, c.status) for c in fake.calls] == [(op.name, 200)]


# -- credentials -------------------------------------------------------------------------------
SECURED = [op for op in all_operations() if op.secured]
ANONYMOUS = [op for op in all_operations() if not op.secured]


def uncheckable_client(package: str, mode: Mode, fake: Any) -> Any:
    """A client without credentials whose http_client has an `auth` (one that adds
    nothing): the client cannot tell what it sends, so it does not refuse to send."""
    if mode == "sync":
        return SYNC_CLIENTS[package](http_client=fake.http_client(auth=httpx.Auth()))
    return ASYNC_CLIENTS[package](http_client=fake.async_http_client(auth=httpx.Auth()))


@sync_and_async
@pytest.mark.parametrize("op", operation_params(SECURED))
async def test_missing_credentials_raise_before_sending(
    op: SpecOperation, mode: Mode
) -> None:
    fake = make_fake(op.package)
    client = make_client(op.package, mode, fake, credentials={})
    module = package_module(op.package)

    with pytest.raises(module.MissingCredentialsError) as info:
        await resolve(op.bound(client)(**example_arguments(op)))

    err = info.value
    assert isinstance(err, module.APIError)
    assert err.operation == op.name
    assert fake.calls == []
    env = op.package.upper()
    for way in err.alternatives:  # every way is named, with its variables
        assert ", ".join(f"{a}=..." for a in way) in str(err)
        assert " and ".join(f"{env}_{a.upper()}" for a in way) in str(err)


@sync_and_async
@pytest.mark.parametrize("op", operation_params(SECURED))
async def test_missing_credentials_get_401(op: SpecOperation, mode: Mode) -> None:
    fake = make_fake(op.package)
    client = uncheckable_client(op.package, mode, fake)
    error = package_module(op.package).AuthenticationError

    with pytest.raises(error) as info:
        await resolve(op.bound(client)(**example_arguments(op)))

    exc: Any = info.value
    assert exc.status_code == 401
    _check_error_body(op, 401, exc.body, "credentials")
    assert [(c.name, c.status) for c in fake.calls] == [(op.name, 401)]


def test_some_operations_are_anonymous() -> None:
    assert {str(op) for op in ANONYMOUS} == {
        "time4vps:clientarea.sign_up",
        "time4vps:clientarea.request_password_reset",
        "bigtime:session.create_session",
    }


@sync_and_async
@pytest.mark.parametrize("op", ANONYMOUS, ids=str)
async def test_anonymous_operation_needs_no_credentials(
    op: SpecOperation, mode: Mode
) -> None:
    fake = make_fake(op.package)
    client = make_client(op.package, mode, fake, credentials={})

    result = await resolve(op.bound(client)(**example_arguments(op)))

    assert wire(result) == success_example(op)[1]
    assert [c.status for c in fake.calls] == [200]


@sync_and_async
@pytest.mark.parametrize(
    ("credentials", "status"),
    [
        ({"realm": "ABCD-1234"}, None),
        ({"api_token": "key"}, None),
        ({"auth_token": "token"}, None),
        ({"auth_token": "token", "realm": "ABCD-1234"}, 200),
        ({"api_token": "key", "realm": "ABCD-1234"}, 200),
    ],
    ids=["realm-only", "api-token-only", "auth-token-only", "session", "api-key"],
)
async def test_bigtime_needs_a_token_and_the_realm(
    credentials: dict[str, str], status: int | None, mode: Mode
) -> None:
    fake = make_fake("bigtime")
    client = make_client("bigtime", mode, fake, credentials=credentials)
    if status == 200:
        await resolve(client.client.list_clients())
    else:  # half of a requirement is not enough: refused before sending
        with pytest.raises(package_module("bigtime").MissingCredentialsError):
            await resolve(client.client.list_clients())
    assert [c.status for c in fake.calls] == ([status] if status else [])


@sync_and_async
async def test_credentials_are_checked_before_the_request(mode: Mode) -> None:
    fake = make_fake("time4vps")
    client = uncheckable_client("time4vps", mode, fake)
    with pytest.raises(package_module("time4vps").AuthenticationError):
        await resolve(client.server_management.reinstall_server(server_id=1, os=5))


@sync_and_async
@pytest.mark.parametrize("package", PACKAGES)
async def test_validate_false_lets_missing_credentials_through(
    package: str, mode: Mode
) -> None:
    fake = make_fake(package, validate=False)
    client = uncheckable_client(package, mode, fake)
    op = next(op for op in all_operations() if op.package == package and op.secured)
    await resolve(op.bound(client)(**example_arguments(op)))
    assert [c.status for c in fake.calls] == [200]


# -- raw requests the typed clients cannot send --------------------------------------------------
RAW_CASES = [
    ("time4vps", "POST", "/server/1/reinstall", None, "body", "server_management.reinstall_server"),
    ("time4vps", "POST", "/server/1/reinstall", {}, "os", "server_management.reinstall_server"),
    ("time4vps", "POST", "/server/1/rename", {"hostname": 7}, "hostname", "server_management.rename_server"),
    ("time4vps", "POST", "/server/1/reinstall", b"{not json", "JSON", "server_management.reinstall_server"),
    ("time4vps", "GET", "/server/x1/task/2", None, "server_id", "server_management.get_task"),
    ("tim4biz", "GET", "/api/ExtensionTotal?to=2025-01-02T00:00:00", None, "from", "call_accounting.get_extension_total"),
    ("tim4biz", "POST", "/api/SetSMS", {"to": "+61400000000"}, "message", "messaging.set_sms"),
    ("bigtime", "POST", "/client/detail/12345", {"Nm": "New name"}, "SystemId", "client.update_client"),
    ("bigtime", "POST", "/session", {"UserId": "user@example.com"}, "Pwd", "session.create_session"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("package", "method", "path", "body", "name", "operation"),
    RAW_CASES,
    ids=[f"{c[0]}:{c[1]}:{c[2]}:{c[4]}" for c in RAW_CASES],
)
def test_raw_invalid_request_gets_the_declared_error(
    package: str, method: str, path: str, body: Any, name: str, operation: str
) -> None:
    op = find_operation(package, operation)
    fake = make_fake(package)
    kwargs: dict[str, Any] = {}
    if isinstance(body, bytes):
        kwargs = {"content": body, "headers": {"Content-Type": "application/json"}}
    elif body is not None:
        kwargs = {"json": body}
    with raw_client(package, fake) as http:
        response = http.request(method, path, **kwargs)

    assert response.status_code == invalid_status(op) == 400
    _check_error_body(op, 400, response.json(), name)
    if name not in ("body", "JSON"):
        assert _names(json.dumps(response.json()), name), response.json()
    assert [(c.name, c.status) for c in fake.calls] == [(op.name, 400)]


@sync_and_async
async def test_extra_query_is_validated_too(mode: Mode) -> None:
    fake = make_fake("bigtime")
    client = make_client("bigtime", mode, fake)
    with pytest.raises(package_module("bigtime").BadRequestError) as info:
        await resolve(client.client.list_clients(extra_query={"ShowInactive": "maybe"}))
    assert "ShowInactive" in str(info.value)


# -- routes --------------------------------------------------------------------------------------
ROUTES = [
    ("time4vps", "GET", "/no/such/thing", 404),
    ("time4vps", "GET", "/server/1/no-such-action", 404),
    ("time4vps", "DELETE", "/server/1/reboot", 405),
    ("time4vps", "PUT", "/server", 405),
    ("time4vps", "POST", "/server/1/task/2", 405),
    ("tim4biz", "GET", "/api/NoSuchCall", 404),
    ("tim4biz", "DELETE", "/api/ExtensionTotal", 405),
    ("bigtime", "GET", "/project", 404),
    ("bigtime", "GET", "/client/detail", 405),
    ("bigtime", "DELETE", "/client/detail/12345", 405),
    ("bigtime", "GET", "/session", 405),
]


@pytest.mark.parametrize("validate", [True, False], ids=["validate", "no-validate"])
@pytest.mark.parametrize(
    ("package", "method", "path", "status"),
    ROUTES,
    ids=[f"{p}:{m}:{path}" for p, m, path, _ in ROUTES],
)
def test_unknown_route_404_wrong_method_405(
    package: str, method: str, path: str, status: int, validate: bool
) -> None:
    fake = make_fake(package, validate=validate)
    with raw_client(package, fake) as http:
        response = http.request(method, path)
    assert response.status_code == status
    assert path.split("?")[0] in response.json()["message"]


@pytest.mark.parametrize(
    ("method", "path", "status"),
    [
        ("GET", "/service/1/dns", 405),  # POST only; the fake answers GET /dns
        ("GET", "/no/such/server", 404),  # the fake answers GET /server
        ("GET", "/v9/server", 404),
    ],
    ids=["service-dns", "unknown-prefix", "wrong-base"],
)
def test_only_spec_paths_are_routed(method: str, path: str, status: int) -> None:
    fake = make_fake("time4vps")
    with raw_client("time4vps", fake) as http:
        response = http.request(method, path)
    assert response.status_code == status


@sync_and_async
async def test_wrong_base_url_gets_404(mode: Mode) -> None:
    fake = make_fake("time4vps")
    client = make_client("time4vps", mode, fake, base_url=BASE_URLS["time4vps"] + "/v9")
    with pytest.raises(package_module("time4vps").NotFoundError):
        await resolve(client.server_management.list_servers())


def test_unknown_route_is_404_even_without_credentials() -> None:
    fake = make_fake("time4vps")
    with raw_client("time4vps", fake, authenticated=False) as http:
        assert http.get("/no/such/thing").status_code == 404
        assert http.get("/server").status_code == 401
    assert auth_headers("time4vps")["Authorization"].startswith("Basic ")
