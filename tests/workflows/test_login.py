"""Session login (x-clientgen-login) on BigTime.

`BigTime.login(user_id=..., password=...)` posts the credentials to `/session` (no auth
headers), then sends the issued `token` and `firm` as `X-Auth-Token` / `X-Auth-Realm`.
On a 401 it logs in again once and repeats the call once; a client built with credentials
directly never logs in again. The password never shows in attributes, `repr()` or logs.
"""

from __future__ import annotations

import logging
from typing import Any

import httpx
import pytest
from bigtime import AsyncBigTime, AuthenticationError, BigTime
from bigtime.models import ClientBasic

from .conftest import (
    PASSWORD,
    MockAPI,
    Mode,
    assert_nowhere,
    bigtime_client,
    body_json,
    raises,
    reply,
    resolve,
    sync_and_async,
)

USER_ID = "ada@example.com"
SESSION_PATH = "/BigtimeData/api/v2/session"
LOGIN = f"POST {SESSION_PATH}"
LIST = "GET /BigtimeData/api/v2/client"
AUTH_HEADERS = ("Authorization", "X-Auth-Token", "X-Auth-ApiToken", "X-Auth-Realm")
CLIENTS = [{"SystemId": 1, "Nm": "Acme"}]
UNAUTHORIZED = {"Message": "Authorization has been denied for this request."}


def session(token: str, firm: str = "FIRM-1") -> dict[str, Any]:
    return {
        "token": token,
        "firm": firm,
        "staffsid": 7,
        "userid": USER_ID,
        "fname": "Ada",
        "sname": "Lovelace",
    }


def auth_headers(request: httpx.Request) -> dict[str, str]:
    return {n: request.headers[n] for n in AUTH_HEADERS if n in request.headers}


async def login(mode: Mode, api: MockAPI, **kwargs: Any) -> BigTime | AsyncBigTime:
    if mode == "sync":
        return BigTime.login(
            user_id=USER_ID, password=PASSWORD, http_client=api.sync_client(), **kwargs
        )
    return await AsyncBigTime.login(
        user_id=USER_ID, password=PASSWORD, http_client=api.async_client(), **kwargs
    )


def assert_login_request(request: httpx.Request) -> None:
    assert request.method == "POST"
    assert request.url.path == SESSION_PATH
    assert body_json(request) == {"UserId": USER_ID, "Pwd": PASSWORD}
    assert auth_headers(request) == {}


# -- login ---------------------------------------------------------------------------------
@sync_and_async
async def test_login_posts_the_credentials_then_sends_the_issued_token(
    mode: Mode,
) -> None:
    api = MockAPI(reply(200, session("tok-1")), reply(200, CLIENTS))

    client = await login(mode, api)
    clients = await resolve(client.client.list_clients())

    assert api.calls == [LOGIN, LIST]
    assert_login_request(api.requests[0])
    assert auth_headers(api.requests[1]) == {
        "X-Auth-Token": "tok-1",
        "X-Auth-Realm": "FIRM-1",
    }
    assert clients == [ClientBasic.from_dict(CLIENTS[0])]


@sync_and_async
async def test_a_401_logs_in_again_once_and_repeats_the_call_once(mode: Mode) -> None:
    api = MockAPI(
        reply(200, session("tok-1")),
        reply(401, UNAUTHORIZED),
        reply(200, session("tok-2", "FIRM-2")),
        reply(200, CLIENTS),
    )
    client = await login(mode, api)

    clients = await resolve(client.client.list_clients(show_inactive=True))

    assert api.calls == [LOGIN, LIST, LOGIN, LIST]
    assert_login_request(api.requests[0])
    assert_login_request(api.requests[2])  # no stale token sent to the login
    assert auth_headers(api.requests[1])["X-Auth-Token"] == "tok-1"
    assert auth_headers(api.requests[3]) == {
        "X-Auth-Token": "tok-2",
        "X-Auth-Realm": "FIRM-2",
    }
    # the repeated call is the same call
    assert api.requests[3].url.params["ShowInactive"] == "true"
    assert clients == [ClientBasic.from_dict(CLIENTS[0])]


@sync_and_async
async def test_a_second_consecutive_401_raises_without_looping(mode: Mode) -> None:
    api = MockAPI(
        reply(200, session("tok-1")),
        reply(401, UNAUTHORIZED),
        reply(200, session("tok-2")),
        reply(401, UNAUTHORIZED),
        reply(200, session("tok-3")),  # never reached
        reply(200, CLIENTS),
    )
    client = await login(mode, api)

    err = await raises(AuthenticationError, lambda: client.client.list_clients())

    assert err.status_code == 401
    assert api.calls == [LOGIN, LIST, LOGIN, LIST]


@sync_and_async
async def test_each_call_may_log_in_again_once(mode: Mode) -> None:
    """The one re-login is per call: a later expiry is handled again."""
    api = MockAPI(
        reply(200, session("tok-1")),
        reply(401, UNAUTHORIZED),
        reply(200, session("tok-2")),
        reply(200, CLIENTS),
        reply(401, UNAUTHORIZED),
        reply(200, session("tok-3")),
        reply(200, CLIENTS),
    )
    client = await login(mode, api)

    await resolve(client.client.list_clients())
    await resolve(client.client.list_clients())

    assert api.calls == [LOGIN, LIST, LOGIN, LIST, LIST, LOGIN, LIST]
    assert api.requests[-1].headers["X-Auth-Token"] == "tok-3"


@sync_and_async
async def test_a_rejected_login_raises_after_one_request(mode: Mode) -> None:
    api = MockAPI(reply(401, UNAUTHORIZED))

    err = await raises(AuthenticationError, lambda: login(mode, api))

    assert err.status_code == 401
    assert api.calls == [LOGIN]


@sync_and_async
async def test_firm_overrides_the_realm(mode: Mode) -> None:
    api = MockAPI(
        reply(200, session("tok-1", "FIRM-1")),
        reply(401, UNAUTHORIZED),
        reply(200, session("tok-2", "FIRM-2")),
        reply(200, CLIENTS),
    )
    client = await login(mode, api, firm="MY-FIRM")

    await resolve(client.client.list_clients())

    assert body_json(api.requests[0]) == {"UserId": USER_ID, "Pwd": PASSWORD}
    assert auth_headers(api.requests[1]) == {
        "X-Auth-Token": "tok-1",
        "X-Auth-Realm": "MY-FIRM",
    }
    # still overridden after logging in again
    assert auth_headers(api.requests[3]) == {
        "X-Auth-Token": "tok-2",
        "X-Auth-Realm": "MY-FIRM",
    }


@sync_and_async
async def test_the_password_is_nowhere_in_the_client_or_the_debug_log(
    mode: Mode, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="bigtime")
    api = MockAPI(
        reply(200, session("tok-1")),
        reply(401, UNAUTHORIZED),
        reply(200, session("tok-2")),
        reply(200, CLIENTS),
    )

    client = await login(mode, api)
    await resolve(client.client.list_clients())

    assert api.calls == [LOGIN, LIST, LOGIN, LIST]
    assert PASSWORD not in repr(client)
    assert PASSWORD not in str(client)
    assert_nowhere(PASSWORD, client)
    assert caplog.records, "the DEBUG log captured nothing"
    assert any("logging in again" in r.getMessage() for r in caplog.records)
    assert PASSWORD not in caplog.text
    for record in caplog.records:
        assert PASSWORD not in record.getMessage()
        assert PASSWORD not in repr(record.args)


def test_the_secret_search_would_find_a_leak() -> None:
    """`assert_nowhere` is not vacuous: a password kept in any attribute is found."""
    api = MockAPI(reply(200, session("tok-1")))
    client = BigTime.login(
        user_id=USER_ID, password=PASSWORD, http_client=api.sync_client()
    )
    assert_nowhere(PASSWORD, client)
    for planted in ({"nested": [("x", PASSWORD)]}, ClientBasic(nm=PASSWORD)):
        client.__dict__["_leak"] = planted
        with pytest.raises(AssertionError):
            assert_nowhere(PASSWORD, client)


@sync_and_async
async def test_login_keeps_the_password_out_of_a_failing_logins_error(
    mode: Mode,
) -> None:
    api = MockAPI(reply(401, UNAUTHORIZED))

    err = await raises(AuthenticationError, lambda: login(mode, api))

    assert PASSWORD not in str(err)
    assert PASSWORD not in repr(err)


# -- clients built with credentials never log in again -------------------------------------
@sync_and_async
@pytest.mark.parametrize(
    ("credentials", "header"),
    [
        ({"auth_token": "session-token", "realm": "FIRM-1"}, "X-Auth-Token"),
        ({"api_token": "firm-api-token", "realm": "FIRM-1"}, "X-Auth-ApiToken"),
    ],
    ids=["auth_token", "api_token"],
)
async def test_a_token_client_raises_on_401_after_one_request(
    mode: Mode, credentials: dict[str, str], header: str
) -> None:
    api = MockAPI(reply(401, UNAUTHORIZED), reply(200, session("tok")))
    client = bigtime_client(mode, api, **credentials)

    err = await raises(AuthenticationError, lambda: client.client.list_clients())

    assert err.status_code == 401
    assert api.calls == [LIST]
    assert header in api.requests[0].headers
    assert api.requests[0].headers["X-Auth-Realm"] == "FIRM-1"
