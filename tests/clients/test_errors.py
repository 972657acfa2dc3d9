"""Errors: the class for each status, what they carry, and transport failures."""

from __future__ import annotations

import bigtime
import httpx
import pytest
import tim4biz
import time4vps
from time4vps import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    MethodNotAllowedError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)

from .conftest import (
    API_TOKEN,
    PACKAGE_MODULES,
    PACKAGES,
    REALM,
    MockAPI,
    Mode,
    bigtime_client,
    fail,
    reply,
    resolve,
    sync_and_async,
    tim4biz_client,
    time4vps_client,
)

STATUS_CLASSES: list[tuple[int, type[APIStatusError]]] = [
    (400, BadRequestError),
    (401, AuthenticationError),
    (403, PermissionDeniedError),
    (404, NotFoundError),
    (405, MethodNotAllowedError),
    (409, ConflictError),
    (422, UnprocessableEntityError),
    (429, RateLimitError),
    (500, InternalServerError),
    (502, InternalServerError),
    (503, InternalServerError),
    (504, InternalServerError),
]
ERROR_NAMES = [
    "APIError",
    "APIConnectionError",
    "APITimeoutError",
    "APIStatusError",
    "APIResponseValidationError",
    "BadRequestError",
    "AuthenticationError",
    "PermissionDeniedError",
    "NotFoundError",
    "MethodNotAllowedError",
    "ConflictError",
    "UnprocessableEntityError",
    "RateLimitError",
    "InternalServerError",
]


@pytest.mark.parametrize("package", PACKAGES)
def test_errors_importable_from_package_root(package: str) -> None:
    module = PACKAGE_MODULES[package]
    classes = {name: getattr(module, name) for name in ERROR_NAMES}

    assert issubclass(classes["APIConnectionError"], classes["APIError"])
    assert issubclass(classes["APITimeoutError"], classes["APIConnectionError"])
    assert issubclass(classes["APIStatusError"], classes["APIError"])
    assert issubclass(classes["APIResponseValidationError"], classes["APIError"])
    assert not issubclass(classes["APIStatusError"], classes["APIConnectionError"])
    for name in ERROR_NAMES[5:]:
        assert issubclass(classes[name], classes["APIStatusError"]), name
    assert issubclass(classes["APIError"], Exception)


@pytest.mark.parametrize(
    ("status", "error_class"), STATUS_CLASSES, ids=[str(s) for s, _ in STATUS_CLASSES]
)
@sync_and_async
async def test_status_error_class(
    mode: Mode, status: int, error_class: type[APIStatusError]
) -> None:
    body = {"error": [f"problem-{status}"]}
    api = MockAPI(reply(status, body, headers={"x-request-id": f"req-{status}"}))
    client = time4vps_client(mode, api, max_retries=0)

    with pytest.raises(error_class) as info:
        await resolve(client.billing.get_invoice(id=42))

    err = info.value
    assert type(err) is error_class
    assert isinstance(err, APIStatusError)
    assert isinstance(err, APIError)
    assert err.status_code == status
    assert err.body == body
    assert err.request_id == f"req-{status}"
    assert err.headers["x-request-id"] == f"req-{status}"
    assert isinstance(err.response, httpx.Response)
    assert err.response.status_code == status
    assert err.request is not None
    assert err.request.url.path == "/api/invoice/42"
    message = str(err)
    assert str(status) in message
    assert "GET" in message
    assert "/api/invoice/42" in message
    assert f"problem-{status}" in message
    assert err.message == message
    assert len(api.requests) == 1


@sync_and_async
async def test_time4vps_wronglogin_message(mode: Mode) -> None:
    api = MockAPI(reply(401, {"error": ["wronglogin"]}))
    client = time4vps_client(mode, api)

    with pytest.raises(AuthenticationError) as info:
        await resolve(client.clientarea.get_details())

    assert "wronglogin" in str(info.value)
    assert "/api/details" in str(info.value)
    assert info.value.body == {"error": ["wronglogin"]}


@sync_and_async
async def test_several_server_error_messages_are_all_reported(mode: Mode) -> None:
    api = MockAPI(reply(400, {"error": ["hostname_invalid", "hostname_too_long"]}))
    client = time4vps_client(mode, api)

    with pytest.raises(BadRequestError) as info:
        await resolve(client.server_management.rename_server(server_id=1, hostname="?"))

    message = str(info.value)
    assert "POST" in message
    assert "/api/server/1/rename" in message
    assert "hostname_invalid" in message
    assert "hostname_too_long" in message


@sync_and_async
async def test_task_in_progress_400_is_still_a_bad_request(mode: Mode) -> None:
    api = MockAPI(reply(400, {"error": ["Another task is already in progress"]}))
    client = time4vps_client(mode, api)

    with pytest.raises(APIStatusError) as info:
        await resolve(client.server_management.reboot_server(server_id=1))

    assert info.value.status_code == 400
    assert info.value.body == {"error": ["Another task is already in progress"]}
    assert isinstance(info.value, BadRequestError)


@sync_and_async
async def test_other_4xx_is_a_plain_status_error(mode: Mode) -> None:
    api = MockAPI(reply(418, {"message": "I am a teapot"}))
    client = time4vps_client(mode, api)

    with pytest.raises(APIStatusError) as info:
        await resolve(client.clientarea.get_details())

    assert type(info.value) is APIStatusError
    assert info.value.status_code == 418
    assert "I am a teapot" in str(info.value)


@sync_and_async
async def test_text_error_body_is_kept_as_text(mode: Mode) -> None:
    api = MockAPI(reply(404, content="Not Found: no such client"))
    client = bigtime_client(mode, api, api_token=API_TOKEN, realm=REALM)

    with pytest.raises(bigtime.NotFoundError) as info:
        await resolve(client.client.get_client(systemid=9))

    err = info.value
    assert err.body == "Not Found: no such client"
    assert err.request_id is None
    assert "no such client" in str(err)
    assert "/BigtimeData/api/v2/client/detail/9" in str(err)


@sync_and_async
async def test_error_without_body(mode: Mode) -> None:
    api = MockAPI(reply(403))
    client = tim4biz_client(mode, api)

    with pytest.raises(tim4biz.PermissionDeniedError) as info:
        await resolve(client.messaging.set_sms(to="+61400000000", message="x"))

    assert info.value.body in ("", None)
    assert "POST" in str(info.value)
    assert "/api/SetSMS" in str(info.value)


@pytest.mark.parametrize("header", ["x-request-id", "request-id", "x-correlation-id"])
@sync_and_async
async def test_request_id(mode: Mode, header: str) -> None:
    api = MockAPI(reply(500, {"message": "boom"}, headers={header: "abc-123"}))
    client = time4vps_client(mode, api, max_retries=0)

    with pytest.raises(InternalServerError) as info:
        await resolve(client.clientarea.get_details())

    assert info.value.request_id == "abc-123"


@pytest.mark.parametrize(
    ("content", "content_type"),
    [
        (b'{"client": {"id": 1', "application/json"),
        (b"<html><body>Maintenance</body></html>", "text/html"),
        (b"OK", "text/plain"),
    ],
    ids=["truncated-json", "html", "text"],
)
@sync_and_async
async def test_success_that_does_not_parse(
    mode: Mode, content: bytes, content_type: str
) -> None:
    api = MockAPI(reply(200, content=content, headers={"content-type": content_type}))
    client = time4vps_client(mode, api)

    with pytest.raises(APIResponseValidationError) as info:
        await resolve(client.clientarea.get_details())

    err = info.value
    assert isinstance(err, APIError)
    assert not isinstance(err, APIStatusError)
    assert err.body == content.decode()
    assert err.status_code == 200
    assert err.response.content == content
    assert "/api/details" in str(err)
    assert len(api.requests) == 1  # a bad success body is not retried


@sync_and_async
async def test_raw_response_parse_raises_validation_error(mode: Mode) -> None:
    api = MockAPI(reply(200, content=b"<html>", headers={"content-type": "text/html"}))
    client = time4vps_client(mode, api)

    raw = await resolve(client.clientarea.with_raw_response.get_details())

    assert raw.status_code == 200
    with pytest.raises(APIResponseValidationError):
        raw.parse()


@pytest.mark.parametrize(
    "exc_type", [httpx.ConnectError, httpx.RemoteProtocolError, httpx.ReadError]
)
@sync_and_async
async def test_connection_error(
    mode: Mode, exc_type: type[httpx.TransportError]
) -> None:
    api = MockAPI(fail(exc_type, "connection refused"))
    client = time4vps_client(mode, api, max_retries=0)

    with pytest.raises(APIConnectionError) as info:
        await resolve(client.clientarea.get_details())

    err = info.value
    assert type(err) is APIConnectionError
    assert isinstance(err, APIError)
    assert isinstance(err.__cause__, exc_type)
    assert err.request is not None
    assert err.request.url.path == "/api/details"


@pytest.mark.parametrize(
    "exc_type",
    [httpx.ReadTimeout, httpx.ConnectTimeout, httpx.WriteTimeout, httpx.PoolTimeout],
)
@sync_and_async
async def test_timeout_error(mode: Mode, exc_type: type[httpx.TransportError]) -> None:
    api = MockAPI(fail(exc_type, "timed out"))
    client = time4vps_client(mode, api, max_retries=0)

    with pytest.raises(APITimeoutError) as info:
        await resolve(client.clientarea.get_details())

    err = info.value
    assert isinstance(err, APIConnectionError)
    assert isinstance(err.__cause__, exc_type)
    assert err.request is not None
    assert err.request.method == "GET"


@sync_and_async
async def test_errors_of_each_package_are_its_own(mode: Mode) -> None:
    api = MockAPI(reply(401, {"message": "invalid token"}))
    client = bigtime_client(mode, api, auth_token="expired", realm=REALM)

    with pytest.raises(bigtime.AuthenticationError) as info:
        await resolve(client.client.list_clients())

    assert isinstance(info.value, bigtime.APIStatusError)
    assert not isinstance(info.value, time4vps.APIError)
    assert "invalid token" in str(info.value)


def test_status_error_can_be_built_directly() -> None:
    request = httpx.Request("GET", "https://billing.time4vps.com/api/details")
    response = httpx.Response(
        409, json={"error": ["x"]}, headers={"x-request-id": "r1"}, request=request
    )

    err = ConflictError("conflict", response, {"error": ["x"]})

    assert (err.status_code, err.body, err.request_id) == (409, {"error": ["x"]}, "r1")
    assert err.headers is response.headers
    assert err.request is request
    assert str(err) == "conflict"
