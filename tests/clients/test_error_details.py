"""The server's own words in status errors, whatever the vendor calls them, and what
timeouts and transport errors say (sync and async, on a MockTransport).

`err.detail` is the message from the error body (`str(err)` ends with it); real socket
failures (refused, DNS, TLS, a stalled server, retries) are in tests/faults.
"""

from __future__ import annotations

from typing import Any

import bigtime
import httpx
import pytest
from time4vps import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
)

from .conftest import (
    MockAPI,
    Mode,
    bigtime_client,
    fail,
    reply,
    resolve,
    sync_and_async,
    time4vps_client,
)

BODIES: list[tuple[str, Any, str]] = [
    ("time4vps", {"error": ["wronglogin"]}, "wronglogin"),
    ("time4vps-several", {"error": ["a_invalid", "b_too_long"]}, "a_invalid; b_too_long"),
    ("capitalised", {"Message": "Invalid credentials"}, "Invalid credentials"),
    ("upper", {"MESSAGE": "Nope"}, "Nope"),
    ("oauth2", {"error": "invalid_grant", "error_description": "Bad password"},
     "Bad password (invalid_grant)"),
    ("fastapi", {"detail": "Not authenticated"}, "Not authenticated"),
    ("fastapi-422", {"detail": [{"loc": ["body", "name"], "msg": "field required",
                                 "type": "missing"}]}, "body.name: field required"),
    ("problem", {"type": "about:blank", "title": "Unauthorized", "status": 401,
                 "detail": "Token expired"}, "Token expired"),
    ("nested", {"error": {"code": 401, "message": "Request had invalid credentials"}},
     "Request had invalid credentials"),
    ("errors-list", {"errors": [{"message": "first"}, {"message": "second"}]},
     "first; second"),
    ("jsonapi", {"errors": [{"status": "401", "title": "Unauthorized",
                             "detail": "Missing token"}]}, "Missing token"),
    ("codes-only", {"errors": [{"code": "missing_field", "field": "title"}]},
     "title: missing_field"),
    ("github", {"message": "Bad credentials", "documentation_url": "https://x"},
     "Bad credentials"),
    ("error-message", {"ErrorMessage": "Session expired"}, "Session expired"),
    ("plain-text", "Unauthorized\n  please log in ", "Unauthorized please log in"),
    ("unknown-shape", {"code": 7}, '{"code": 7}'),
]  # fmt: skip


@sync_and_async
@pytest.mark.parametrize(("_id", "body", "detail"), BODIES, ids=[b[0] for b in BODIES])
async def test_the_servers_words_in_any_shape(
    mode: Mode, _id: str, body: Any, detail: str
) -> None:
    if isinstance(body, str):
        api = MockAPI(reply(401, content=body, headers={"content-type": "text/plain"}))
    else:
        api = MockAPI(reply(401, body))
    client = time4vps_client(mode, api)

    with pytest.raises(AuthenticationError) as info:
        await resolve(client.clientarea.get_details())

    err = info.value
    assert err.detail == detail
    assert str(err) == f"401 Unauthorized on GET /api/details: {detail}"
    assert err.body == body


@sync_and_async
async def test_an_echoed_secret_is_redacted_in_the_detail_too(mode: Mode) -> None:
    api = MockAPI(reply(403, {"Message": "token tok-SECRET-123 is not allowed"}))
    client = bigtime_client(mode, api, auth_token="tok-SECRET-123", realm="r-1")

    with pytest.raises(bigtime.APIStatusError) as info:
        await resolve(client.client.list_clients())

    assert info.value.detail == "token <redacted> is not allowed"
    assert "tok-SECRET-123" not in str(info.value)


@sync_and_async
async def test_one_attempt_has_no_attempt_count(mode: Mode) -> None:
    api = MockAPI(reply(404, {"error": ["not_found"]}))
    client = time4vps_client(mode, api)

    with pytest.raises(APIStatusError) as info:
        await resolve(client.clientarea.get_details())

    assert str(info.value) == "404 Not Found on GET /api/details: not_found"
    assert info.value.attempts == 1
    assert info.value.elapsed is not None


@sync_and_async
async def test_a_post_is_not_retried_and_says_so_by_omission(mode: Mode) -> None:
    api = MockAPI(reply(503, {"error": ["busy"]}))
    client = time4vps_client(mode, api)

    with pytest.raises(APIStatusError) as info:
        await resolve(client.server_management.reboot_server(server_id=1))

    assert info.value.attempts == 1
    assert "attempts" not in str(info.value)
    assert len(api.requests) == 1


TIMEOUTS = [
    (httpx.ConnectTimeout, "no connection within 10 s (connect timeout)"),
    (httpx.ReadTimeout, "no response data within 60 s (read timeout)"),
    (httpx.WriteTimeout, "the request could not be sent within 60 s (write timeout)"),
    (httpx.PoolTimeout, "no free connection in the pool within 60 s (pool timeout)"),
]


@sync_and_async
@pytest.mark.parametrize(("exc", "reason"), TIMEOUTS, ids=[t[0].__name__ for t in TIMEOUTS])
async def test_each_timeout_says_which_and_after_how_long(
    mode: Mode, exc: type[httpx.TimeoutException], reason: str
) -> None:
    api = MockAPI(fail(exc))
    client = time4vps_client(mode, api)

    with pytest.raises(APITimeoutError) as info:
        await resolve(client.clientarea.get_details())

    err = info.value
    assert err.reason == reason
    assert str(err).startswith(
        f"GET https://billing.time4vps.com/api/details timed out: {reason} (after 3 "
    )
    assert err.attempts == 3
    assert isinstance(err.__cause__, exc)


@sync_and_async
async def test_a_reason_httpx_gives_in_words_is_kept(mode: Mode) -> None:
    api = MockAPI(fail(httpx.RemoteProtocolError, "Server disconnected"))
    client = time4vps_client(mode, api, max_retries=0)

    with pytest.raises(APIConnectionError) as info:
        await resolve(client.clientarea.get_details())

    assert str(info.value) == (
        "GET https://billing.time4vps.com/api/details failed: Server disconnected"
    )


@sync_and_async
async def test_a_url_httpx_cannot_send_to_is_not_retried(mode: Mode) -> None:
    api = MockAPI(fail(httpx.UnsupportedProtocol, "Request URL has an unsupported protocol"))
    client = time4vps_client(mode, api)

    with pytest.raises(APIConnectionError) as info:
        await resolve(client.clientarea.get_details())

    assert str(info.value) == (
        "GET https://billing.time4vps.com/api/details failed: "
        "Request URL has an unsupported protocol (not retried)"
    )
    assert len(api.requests) == 1
