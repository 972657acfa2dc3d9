"""Missing credentials raise `MissingCredentialsError` before anything is sent.

An operation whose security requirement the client cannot meet (alternatives are OR, the
schemes of one alternative AND) raises, naming the constructor arguments and environment
variables of every way to meet it; nothing reaches the server. Credentials the user sends
another way count: default_headers=, extra_headers=, the http_client's headers or auth.
Operations without a requirement (`security: []`) never raise.
"""

from __future__ import annotations

import pickle
import re
from pathlib import Path
from typing import Any

import bigtime
import httpx
import pytest
import tim4biz
import time4vps

from .conftest import (
    API_TOKEN,
    AUTH_TOKEN,
    BASIC,
    PACKAGE_MODULES,
    PASSWORD,
    REALM,
    USERNAME,
    MockAPI,
    Mode,
    bigtime_client,
    reply,
    resolve,
    sync_and_async,
    tim4biz_client,
    time4vps_client,
)

GENERATED = Path(__file__).resolve().parents[2] / "generated"

TIME4VPS_MESSAGE = (
    "GET /details (clientarea.get_details) needs credentials the client does not have; "
    "nothing was sent. Pass them: Time4VPS(username=..., password=...), or set "
    "TIME4VPS_USERNAME and TIME4VPS_PASSWORD."
)
BIGTIME_MESSAGE = (
    "GET /client (client.list_clients) needs credentials the client does not have; "
    "nothing was sent. Pass them: BigTime(auth_token=..., realm=...) or "
    "BigTime(api_token=..., realm=...), or set BIGTIME_AUTH_TOKEN and BIGTIME_REALM, or "
    "BIGTIME_API_TOKEN and BIGTIME_REALM, or log in with "
    "BigTime.login(user_id=..., password=...)."
)
TIM4BIZ_MESSAGE = (
    "POST /api/SetSMS (messaging.set_sms) needs credentials the client does not have; "
    "nothing was sent. Pass them: TIM4biz(username=..., password=...), or set "
    "TIM4BIZ_USERNAME and TIM4BIZ_PASSWORD."
)


@sync_and_async
async def test_time4vps_without_credentials_raises_before_sending(mode: Mode) -> None:
    api = MockAPI()
    client = time4vps_client(mode, api, username=None, password=None)

    with pytest.raises(time4vps.MissingCredentialsError) as info:
        await resolve(client.clientarea.get_details())

    err = info.value
    assert str(err) == TIME4VPS_MESSAGE
    assert isinstance(err, time4vps.APIError)
    assert err.operation == "clientarea.get_details"
    assert err.alternatives == (("username", "password"),)
    assert err.environment_variables == (("TIME4VPS_USERNAME", "TIME4VPS_PASSWORD"),)
    assert err.request is None
    assert api.requests == []


@sync_and_async
async def test_time4vps_half_of_basic_auth_is_not_enough(mode: Mode) -> None:
    api = MockAPI()
    client = time4vps_client(mode, api, password=None)

    with pytest.raises(time4vps.MissingCredentialsError):
        await resolve(client.server_management.list_servers())
    assert api.requests == []


@sync_and_async
async def test_bigtime_names_every_alternative_and_the_login(mode: Mode) -> None:
    api = MockAPI()
    client = bigtime_client(mode, api)

    with pytest.raises(bigtime.MissingCredentialsError) as info:
        await resolve(client.client.list_clients())

    err = info.value
    assert str(err) == BIGTIME_MESSAGE
    assert err.alternatives == (("auth_token", "realm"), ("api_token", "realm"))
    assert err.environment_variables == (
        ("BIGTIME_AUTH_TOKEN", "BIGTIME_REALM"),
        ("BIGTIME_API_TOKEN", "BIGTIME_REALM"),
    )
    assert api.requests == []


@sync_and_async
async def test_tim4biz_without_credentials_raises_before_sending(mode: Mode) -> None:
    api = MockAPI()
    client = tim4biz_client(mode, api, username=None, password=None)

    with pytest.raises(tim4biz.MissingCredentialsError) as info:
        await resolve(client.messaging.set_sms(to="+61400000000", message="hi"))

    assert str(info.value) == TIM4BIZ_MESSAGE
    assert api.requests == []


@sync_and_async
async def test_environment_variables_meet_the_requirement(
    mode: Mode, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TIME4VPS_USERNAME", USERNAME)
    monkeypatch.setenv("TIME4VPS_PASSWORD", PASSWORD)
    api = MockAPI()
    client = time4vps_client(mode, api, username=None, password=None)

    await resolve(client.clientarea.get_details())

    assert api.one.headers["Authorization"] == BASIC


@sync_and_async
@pytest.mark.parametrize(
    "where", ["default_headers", "extra_headers", "http_client", "lower-case"]
)
async def test_an_authorization_header_of_the_user_counts(
    mode: Mode, where: str
) -> None:
    api = MockAPI()
    header = {"Authorization": "Basic dXNlcjpwYXNz"}
    kwargs: dict[str, Any] = {"username": None, "password": None}
    call: dict[str, Any] = {}
    if where == "default_headers":
        kwargs["default_headers"] = header
    elif where == "lower-case":
        kwargs["default_headers"] = {"authorization": header["Authorization"]}
    elif where == "extra_headers":
        call["extra_headers"] = header
    else:
        http: Any = httpx.Client if mode == "sync" else httpx.AsyncClient
        kwargs["http_client"] = http(transport=api.transport, headers=header)
    if "http_client" in kwargs:
        cls = time4vps.Time4VPS if mode == "sync" else time4vps.AsyncTime4VPS
        client: Any = cls(**kwargs)
    else:
        client = time4vps_client(mode, api, **kwargs)

    await resolve(client.clientarea.get_details(**call))

    assert api.one.headers["Authorization"] == header["Authorization"]


@sync_and_async
async def test_an_http_client_with_its_own_auth_counts(mode: Mode) -> None:
    api = MockAPI()
    auth = httpx.BasicAuth(USERNAME, PASSWORD)
    if mode == "sync":
        client: Any = time4vps.Time4VPS(
            http_client=httpx.Client(transport=api.transport, auth=auth)
        )
    else:
        client = time4vps.AsyncTime4VPS(
            http_client=httpx.AsyncClient(transport=api.transport, auth=auth)
        )

    await resolve(client.clientarea.get_details())

    assert api.one.headers["Authorization"] == BASIC


@sync_and_async
@pytest.mark.parametrize(
    ("credentials", "headers", "meets"),
    [
        ({}, {"X-Auth-ApiToken": API_TOKEN, "X-Auth-Realm": REALM}, True),
        ({"realm": REALM}, {"X-Auth-Token": AUTH_TOKEN}, True),  # mixed
        ({"auth_token": AUTH_TOKEN}, {"X-Auth-Realm": REALM}, True),
        ({}, {"X-Auth-Realm": REALM}, False),  # half of each alternative
        ({}, {"X-Auth-Token": ""}, False),  # an empty header is no credential
        ({"api_token": API_TOKEN}, {"Authorization": "Bearer x"}, False),
    ],
    ids=["api-key-headers", "realm-arg-token-header", "token-arg-realm-header",
         "realm-header-only", "empty-header", "unrelated-header"],
)  # fmt: skip
async def test_bigtime_api_key_headers_of_the_user_count(
    mode: Mode, credentials: dict[str, str], headers: dict[str, str], meets: bool
) -> None:
    api = MockAPI(reply(200, []))
    client = bigtime_client(mode, api, default_headers=headers, **credentials)

    if not meets:
        with pytest.raises(bigtime.MissingCredentialsError):
            await resolve(client.client.list_clients())
        assert api.requests == []
        return
    await resolve(client.client.list_clients())
    sent = api.one.headers
    assert sent["X-Auth-Realm"] == REALM
    assert sent.get("X-Auth-Token") or sent.get("X-Auth-ApiToken")


@sync_and_async
async def test_operations_without_a_requirement_never_raise(mode: Mode) -> None:
    api = MockAPI()
    t4v = time4vps_client(mode, api, username=None, password=None)
    bt = bigtime_client(mode, api)

    await resolve(t4v.clientarea.request_password_reset(email="a@example.com"))
    await resolve(bt.session.create_session(user_id="a@example.com", pwd="p"))

    assert len(api.requests) == 2


@sync_and_async
async def test_a_logged_in_bigtime_client_meets_the_requirement(mode: Mode) -> None:
    api = MockAPI(reply(200, {"token": AUTH_TOKEN, "firm": REALM}), reply(200, []))
    http: Any = httpx.Client if mode == "sync" else httpx.AsyncClient
    cls: Any = bigtime.BigTime if mode == "sync" else bigtime.AsyncBigTime

    client = await resolve(
        cls.login(
            user_id="a@example.com",
            password=PASSWORD,
            http_client=http(transport=api.transport),
        )
    )
    await resolve(client.client.list_clients())

    assert api.requests[1].headers["X-Auth-Token"] == AUTH_TOKEN


def test_the_error_pickles_without_secrets() -> None:
    client = time4vps.Time4VPS(username=USERNAME)  # half the credentials
    with pytest.raises(time4vps.MissingCredentialsError) as info:
        client.clientarea.get_details()

    restored = pickle.loads(pickle.dumps(info.value))

    assert str(restored) == str(info.value)
    assert restored.alternatives == info.value.alternatives
    assert USERNAME not in str(restored)


@pytest.mark.parametrize(
    ("package", "message"),
    [("time4vps", TIME4VPS_MESSAGE), ("bigtime", BIGTIME_MESSAGE)],
)
def test_the_readme_shows_what_the_client_says(package: str, message: str) -> None:
    """The README's example is the message the client really raises."""
    readme = (GENERATED / package / "README.md").read_text(encoding="utf-8")
    assert f"MissingCredentialsError: {message}\n" in readme
    assert PACKAGE_MODULES[package].MissingCredentialsError.__name__ in readme
    assert re.search(r"raises `MissingCredentialsError`\s+before anything is sent", readme)
