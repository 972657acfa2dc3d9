"""The exact HTTP requests the BigTime client sends (all five operations, sync and async)."""

from __future__ import annotations

import httpx
import pytest
from bigtime.models import GetClientView

from .conftest import (
    API_TOKEN,
    AUTH_TOKEN,
    BIGTIME_BASE,
    REALM,
    MockAPI,
    Mode,
    bigtime_client,
    body_json,
    query,
    resolve,
    sync_and_async,
)

AUTH_HEADERS = ("X-Auth-Token", "X-Auth-ApiToken", "X-Auth-Realm")
CREDENTIALS = {
    "session": (
        {"auth_token": AUTH_TOKEN, "realm": REALM},
        {"X-Auth-Token": AUTH_TOKEN},
    ),
    "api_key": (
        {"api_token": API_TOKEN, "realm": REALM},
        {"X-Auth-ApiToken": API_TOKEN},
    ),
}
with_each_credential = pytest.mark.parametrize("credential", sorted(CREDENTIALS))


def assert_auth(request: httpx.Request, credential: str) -> None:
    expected = {**CREDENTIALS[credential][1], "X-Auth-Realm": REALM}
    sent = {
        name: request.headers[name] for name in AUTH_HEADERS if name in request.headers
    }
    assert sent == expected
    assert "Authorization" not in request.headers


@sync_and_async
async def test_create_session_sends_no_credentials(mode: Mode) -> None:
    api = MockAPI()
    # Even with every credential configured, the login call is anonymous.
    client = bigtime_client(
        mode, api, auth_token=AUTH_TOKEN, api_token=API_TOKEN, realm=REALM
    )

    await resolve(client.session.create_session(user_id="user@example.com", pwd="pw!"))

    request = api.one
    assert request.method == "POST"
    assert str(request.url) == BIGTIME_BASE + "/session"
    assert request.headers["Content-Type"] == "application/json"
    assert body_json(request) == {"UserId": "user@example.com", "Pwd": "pw!"}
    for name in (*AUTH_HEADERS, "Authorization"):
        assert name not in request.headers


@with_each_credential
@sync_and_async
async def test_list_clients(mode: Mode, credential: str) -> None:
    api = MockAPI()
    client = bigtime_client(mode, api, **CREDENTIALS[credential][0])

    await resolve(client.client.list_clients())

    request = api.one
    assert (request.method, str(request.url)) == ("GET", BIGTIME_BASE + "/client")
    assert request.headers["Accept"] == "application/json"
    assert request.content == b""
    assert_auth(request, credential)


@pytest.mark.parametrize(("value", "wire"), [(True, "true"), (False, "false")])
@sync_and_async
async def test_list_clients_show_inactive(mode: Mode, value: bool, wire: str) -> None:
    api = MockAPI()
    client = bigtime_client(mode, api, api_token=API_TOKEN, realm=REALM)

    await resolve(client.client.list_clients(show_inactive=value))

    assert query(api.one) == f"ShowInactive={wire}"


@with_each_credential
@sync_and_async
async def test_create_client(mode: Mode, credential: str) -> None:
    api = MockAPI()
    client = bigtime_client(mode, api, **CREDENTIALS[credential][0])

    await resolve(
        client.client.create_client(
            nm="My Test Client", client_id="TEST-1", main_ph="312"
        )
    )

    request = api.one
    assert (request.method, str(request.url)) == (
        "POST",
        BIGTIME_BASE + "/client/detail",
    )
    assert request.headers["Content-Type"] == "application/json"
    assert body_json(request) == {
        "Nm": "My Test Client",
        "ClientId": "TEST-1",
        "MainPH": "312",
    }
    assert_auth(request, credential)


@sync_and_async
async def test_create_client_required_body_without_fields(mode: Mode) -> None:
    api = MockAPI()
    client = bigtime_client(mode, api, api_token=API_TOKEN, realm=REALM)

    await resolve(client.client.create_client())

    # The request body is required: an empty object is sent rather than nothing.
    request = api.one
    assert request.headers["Content-Type"] == "application/json"
    assert body_json(request) == {}


@with_each_credential
@sync_and_async
async def test_get_client(mode: Mode, credential: str) -> None:
    api = MockAPI()
    client = bigtime_client(mode, api, **CREDENTIALS[credential][0])

    await resolve(client.client.get_client(systemid=12345, view=GetClientView.DETAILED))

    request = api.one
    assert request.method == "GET"
    assert str(request.url) == BIGTIME_BASE + "/client/detail/12345?View=Detailed"
    assert request.content == b""
    assert_auth(request, credential)


@sync_and_async
async def test_get_client_default_view_not_sent(mode: Mode) -> None:
    api = MockAPI()
    client = bigtime_client(mode, api, api_token=API_TOKEN, realm=REALM)

    await resolve(client.client.get_client(systemid=7))

    assert str(api.one.url) == BIGTIME_BASE + "/client/detail/7"


@with_each_credential
@sync_and_async
async def test_update_client(mode: Mode, credential: str) -> None:
    api = MockAPI()
    client = bigtime_client(mode, api, **CREDENTIALS[credential][0])

    await resolve(
        client.client.update_client(
            systemid=12345, system_id=12345, nm="Renamed", legal_nm="Renamed LLC"
        )
    )

    request = api.one
    assert request.method == "POST"
    assert str(request.url) == BIGTIME_BASE + "/client/detail/12345"
    assert request.headers["Content-Type"] == "application/json"
    assert body_json(request) == {
        "SystemId": 12345,
        "Nm": "Renamed",
        "LegalNm": "Renamed LLC",
    }
    assert_auth(request, credential)
