"""Authentication from the security schemes, and credentials kept out of sight."""

from __future__ import annotations

import base64
import logging
from collections.abc import Callable
from typing import Any

import bigtime
import httpx
import pytest
import tim4biz
import time4vps
from bigtime import AsyncBigTime, BigTime
from tim4biz import AsyncTIM4biz, TIM4biz
from time4vps import AsyncTime4VPS, Time4VPS

from .conftest import (
    API_TOKEN,
    AUTH_TOKEN,
    BASIC,
    PASSWORD,
    REALM,
    SECRETS,
    USERNAME,
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

BIGTIME_AUTH_HEADERS = ("X-Auth-Token", "X-Auth-ApiToken", "X-Auth-Realm")


def assert_no_secret(text: str) -> None:
    for secret in SECRETS:
        assert secret not in text, f"secret {secret[:4]}… leaked"


def auth_headers(request: httpx.Request) -> dict[str, str]:
    names = ("Authorization", *BIGTIME_AUTH_HEADERS)
    return {name: request.headers[name] for name in names if name in request.headers}


def all_clients(mode: Mode, api: MockAPI) -> list[Any]:
    return [
        time4vps_client(mode, api),
        tim4biz_client(mode, api),
        bigtime_client(
            mode, api, auth_token=AUTH_TOKEN, api_token=API_TOKEN, realm=REALM
        ),
    ]


# -- repr ----------------------------------------------------------------------------------
@sync_and_async
async def test_repr_has_no_credentials(mode: Mode) -> None:
    for client in all_clients(mode, MockAPI()):
        for text in (
            repr(client),
            str(client),
            repr(client.with_options(max_retries=1)),
        ):
            assert_no_secret(text)
            assert USERNAME not in text
        assert type(client).__name__ in repr(client)


def test_repr_of_clients_built_from_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TIME4VPS_USERNAME", USERNAME)
    monkeypatch.setenv("TIME4VPS_PASSWORD", PASSWORD)
    monkeypatch.setenv("BIGTIME_API_TOKEN", API_TOKEN)
    monkeypatch.setenv("BIGTIME_REALM", REALM)

    for client in (Time4VPS(), AsyncTime4VPS(), BigTime(), AsyncBigTime()):
        assert_no_secret(repr(client))


# -- exception messages --------------------------------------------------------------------
@sync_and_async
async def test_status_errors_have_no_credentials(mode: Mode) -> None:
    api = MockAPI(reply(401, {"error": ["wronglogin"]}, headers={"x-request-id": "r"}))
    calls: list[Callable[[Any], Any]] = [
        lambda c: c.clientarea.get_details(),
        lambda c: c.call_accounting.get_extension_total(
            from_="2025-01-01T00:00:00", to="2025-01-02T00:00:00"
        ),
        lambda c: c.client.list_clients(),
    ]
    for client, call in zip(all_clients(mode, api), calls, strict=True):
        with pytest.raises(Exception) as info:
            await resolve(call(client))

        err = info.value
        assert type(err).__name__ == "AuthenticationError"
        for text in (str(err), repr(err), err.args[0], getattr(err, "message", "")):
            assert_no_secret(text)
        assert "wronglogin" in str(err)


@pytest.mark.parametrize("exc_type", [httpx.ConnectError, httpx.ReadTimeout])
@sync_and_async
async def test_connection_errors_have_no_credentials(
    mode: Mode, exc_type: type[httpx.TransportError]
) -> None:
    api = MockAPI(fail(exc_type, "connection to the server failed"))
    t4v, t4b, bt = all_clients(mode, api)
    calls: list[Callable[[], Any]] = [
        lambda: t4v.clientarea.get_details(max_retries=0),
        lambda: t4b.messaging.set_sms(to="+61400000000", message="x", max_retries=0),
        lambda: bt.client.list_clients(max_retries=0),
    ]
    for call in calls:
        with pytest.raises(Exception) as info:
            await resolve(call())

        assert isinstance(
            info.value, (time4vps.APIError, tim4biz.APIError, bigtime.APIError)
        )
        assert_no_secret(str(info.value))
        assert_no_secret(repr(info.value))


@sync_and_async
async def test_echoed_credential_is_redacted_from_message(mode: Mode) -> None:
    api = MockAPI(
        reply(401, {"message": f"Invalid token {AUTH_TOKEN} for firm {REALM}"})
    )
    client = bigtime_client(mode, api, auth_token=AUTH_TOKEN, realm=REALM)

    with pytest.raises(bigtime.AuthenticationError) as info:
        await resolve(client.client.list_clients())

    assert "Invalid token" in str(info.value)
    assert_no_secret(str(info.value))


# -- logs ----------------------------------------------------------------------------------
@sync_and_async
async def test_debug_log_redacts_basic_auth(
    mode: Mode, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="time4vps")
    api = MockAPI(reply(429), reply(401, {"error": ["wronglogin"]}))
    client = time4vps_client(mode, api)

    with pytest.raises(time4vps.AuthenticationError):
        await resolve(
            client.clientarea.get_details(
                extra_headers={"Cookie": "session=cookie-secret", "X-Trace": "t-1"}
            )
        )

    records = [r for r in caplog.records if r.name == "time4vps"]
    assert records, "nothing was logged at DEBUG"
    text = caplog.text
    assert "/api/details" in text
    assert "authorization" in text.lower()  # the header is logged, its value is not
    assert "t-1" in text  # ordinary headers are logged as they are
    assert_no_secret(text)
    assert "cookie-secret" not in text
    assert len([r for r in records if "/api/details" in r.getMessage()]) >= 2


@sync_and_async
async def test_debug_log_redacts_every_api_key_header(
    mode: Mode, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="bigtime")
    api = MockAPI(reply(200, []))
    for credentials in (
        {"auth_token": AUTH_TOKEN, "realm": REALM},
        {"api_token": API_TOKEN, "realm": REALM},
    ):
        client = bigtime_client(mode, api, **credentials)
        await resolve(client.client.list_clients())

    text = caplog.text
    assert "/client" in text
    for header in BIGTIME_AUTH_HEADERS:
        assert header.lower() in text.lower()
    assert_no_secret(text)


@sync_and_async
async def test_debug_log_redacts_authorization_in_extra_headers(
    mode: Mode, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="bigtime")
    api = MockAPI(reply(200, []))
    client = bigtime_client(mode, api, api_token=API_TOKEN, realm=REALM)

    await resolve(
        client.client.list_clients(
            extra_headers={"Authorization": "Bearer extra-secret"}
        )
    )

    assert "extra-secret" not in caplog.text
    assert_no_secret(caplog.text)


@sync_and_async
async def test_logging_is_off_by_default(
    mode: Mode, caplog: pytest.LogCaptureFixture
) -> None:
    api = MockAPI(reply(200, []))
    client = time4vps_client(mode, api)

    await resolve(client.server_management.list_servers())

    assert not logging.getLogger("time4vps").isEnabledFor(logging.DEBUG)
    assert [r for r in caplog.records if r.name.startswith("time4vps")] == []


@pytest.mark.parametrize(
    ("package", "env"), [("time4vps", "TIME4VPS_LOG"), ("bigtime", "BIGTIME_LOG")]
)
@sync_and_async
async def test_pkg_log_env_turns_debug_logging_on(
    mode: Mode,
    package: str,
    env: str,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv(env, "debug")
    api = MockAPI(reply(200, []))
    client: Any
    if package == "time4vps":
        client = time4vps_client(mode, api)
        await resolve(client.server_management.list_servers())
        path = "/api/server"
    else:
        client = bigtime_client(mode, api, auth_token=AUTH_TOKEN, realm=REALM)
        await resolve(client.client.list_clients())
        path = "/client"

    assert logging.getLogger(package).isEnabledFor(logging.DEBUG)
    records = [r for r in caplog.records if r.name == package]
    assert any(path in r.getMessage() for r in records)
    assert_no_secret(caplog.text)
    stderr = capsys.readouterr().err
    assert path in stderr  # the env switch also installs a handler
    assert_no_secret(stderr)


def test_pkg_log_env_installs_one_handler(monkeypatch: pytest.MonkeyPatch) -> None:
    logger = logging.getLogger("time4vps")
    before = len(logger.handlers)
    monkeypatch.setenv("TIME4VPS_LOG", "debug")

    Time4VPS()
    AsyncTime4VPS()
    Time4VPS().with_options(max_retries=0)

    assert len(logger.handlers) == before + 1  # log lines are not duplicated


# -- environment variables -----------------------------------------------------------------
@sync_and_async
async def test_time4vps_credentials_from_env(
    mode: Mode, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TIME4VPS_USERNAME", USERNAME)
    monkeypatch.setenv("TIME4VPS_PASSWORD", PASSWORD)
    api = MockAPI()
    client = time4vps_client(mode, api, username=None, password=None)

    await resolve(client.clientarea.get_details())

    assert api.one.headers["Authorization"] == BASIC


@sync_and_async
async def test_tim4biz_credentials_from_env(
    mode: Mode, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TIM4BIZ_USERNAME", "env-user")
    monkeypatch.setenv("TIM4BIZ_PASSWORD", "env-pass")
    api = MockAPI()
    client = tim4biz_client(mode, api, username=None, password=None)

    await resolve(client.messaging.set_sms(to="+61400000000", message="x"))

    token = base64.b64encode(b"env-user:env-pass").decode()
    assert api.one.headers["Authorization"] == f"Basic {token}"


@sync_and_async
async def test_explicit_credentials_win_over_env(
    mode: Mode, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TIME4VPS_USERNAME", "env-user")
    monkeypatch.setenv("TIME4VPS_PASSWORD", "env-pass")
    api = MockAPI()
    client = time4vps_client(mode, api)  # USERNAME / PASSWORD given explicitly

    await resolve(client.clientarea.get_details())

    assert api.one.headers["Authorization"] == BASIC


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        (
            {"BIGTIME_API_TOKEN": API_TOKEN, "BIGTIME_REALM": REALM},
            {"X-Auth-ApiToken": API_TOKEN, "X-Auth-Realm": REALM},
        ),
        (
            {"BIGTIME_AUTH_TOKEN": AUTH_TOKEN, "BIGTIME_REALM": REALM},
            {"X-Auth-Token": AUTH_TOKEN, "X-Auth-Realm": REALM},
        ),
    ],
    ids=["api-token", "auth-token"],
)
@sync_and_async
async def test_bigtime_credentials_from_env(
    mode: Mode,
    env: dict[str, str],
    expected: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    api = MockAPI()
    client = bigtime_client(mode, api)

    await resolve(client.client.get_client(systemid=1))

    assert auth_headers(api.one) == expected


@sync_and_async
async def test_no_credentials_raise_before_sending(mode: Mode) -> None:
    api = MockAPI()
    client = time4vps_client(mode, api, username=None, password=None)

    with pytest.raises(time4vps.MissingCredentialsError) as info:
        await resolve(client.clientarea.get_details())

    assert "username=..., password=..." in str(info.value)
    assert api.requests == []


# -- plain http ----------------------------------------------------------------------------
INSECURE_URLS = [
    "http://billing.time4vps.com/api",
    "http://10.0.0.5:8080/api",
    "http://127.0.0.1.example.com/api",
]
LOOPBACK_URLS = [
    "http://localhost:8080/api",
    "http://127.0.0.1:8080/api",
    "http://127.1.2.3/api",
    "http://[::1]:8080/api",
]


@pytest.mark.parametrize("base_url", INSECURE_URLS)
@pytest.mark.parametrize(
    "cls", [Time4VPS, AsyncTime4VPS, TIM4biz, AsyncTIM4biz], ids=lambda c: c.__name__
)
def test_basic_over_plain_http_is_refused(cls: type[Any], base_url: str) -> None:
    with pytest.raises(ValueError) as info:
        cls(username=USERNAME, password=PASSWORD, base_url=base_url)

    assert "http" in str(info.value)
    assert_no_secret(str(info.value))


def test_basic_over_plain_http_from_env_is_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("TIME4VPS_BASE_URL", "http://billing.time4vps.com/api")
    monkeypatch.setenv("TIME4VPS_USERNAME", USERNAME)
    monkeypatch.setenv("TIME4VPS_PASSWORD", PASSWORD)

    with pytest.raises(ValueError):
        Time4VPS()


@pytest.mark.parametrize("base_url", LOOPBACK_URLS)
@sync_and_async
async def test_basic_over_loopback_http_is_allowed(mode: Mode, base_url: str) -> None:
    api = MockAPI()
    client = time4vps_client(mode, api, base_url=base_url)

    await resolve(client.clientarea.get_details())

    assert str(api.one.url) == base_url + "/details"
    assert api.one.headers["Authorization"] == BASIC


@sync_and_async
async def test_allow_insecure(mode: Mode) -> None:
    api = MockAPI()
    client = time4vps_client(
        mode, api, base_url="http://billing.example.com/api", allow_insecure=True
    )

    await resolve(client.clientarea.get_details())

    assert str(api.one.url) == "http://billing.example.com/api/details"
    assert api.one.headers["Authorization"] == BASIC


def test_plain_http_without_credentials_is_allowed() -> None:
    client = Time4VPS(base_url="http://billing.example.com/api")
    assert client.base_url == "http://billing.example.com/api"


# -- BigTime: AND within a requirement, OR between requirements ----------------------------
@pytest.mark.parametrize(
    ("credentials", "expected"),
    [
        (
            {"auth_token": AUTH_TOKEN, "realm": REALM},
            {"X-Auth-Token": AUTH_TOKEN, "X-Auth-Realm": REALM},
        ),
        (
            {"api_token": API_TOKEN, "realm": REALM},
            {"X-Auth-ApiToken": API_TOKEN, "X-Auth-Realm": REALM},
        ),
        (  # both satisfied: the first requirement of the spec (session token) is used
            {"auth_token": AUTH_TOKEN, "api_token": API_TOKEN, "realm": REALM},
            {"X-Auth-Token": AUTH_TOKEN, "X-Auth-Realm": REALM},
        ),
        ({"auth_token": AUTH_TOKEN}, {}),  # no realm: neither requirement is met
        ({"api_token": API_TOKEN}, {}),
        ({"realm": REALM}, {}),
        ({"auth_token": AUTH_TOKEN, "api_token": API_TOKEN}, {}),
    ],
    ids=[
        "token+realm",
        "apitoken+realm",
        "both+realm",
        "token-only",
        "apitoken-only",
        "realm-only",
        "tokens-no-realm",
    ],
)
@sync_and_async
async def test_bigtime_and_or_requirements(
    mode: Mode, credentials: dict[str, str], expected: dict[str, str]
) -> None:
    api = MockAPI(reply(200, []))
    client = bigtime_client(mode, api, **credentials)

    if not expected:  # no alternative met: nothing is sent
        with pytest.raises(bigtime.MissingCredentialsError):
            await resolve(client.client.list_clients())
        assert api.requests == []
        return
    await resolve(client.client.list_clients())

    assert auth_headers(api.one) == expected


# -- operations with `security: []` --------------------------------------------------------
@sync_and_async
async def test_public_operations_send_no_credentials(mode: Mode) -> None:
    api = MockAPI()
    t4v = time4vps_client(mode, api)
    bt = bigtime_client(
        mode, api, auth_token=AUTH_TOKEN, api_token=API_TOKEN, realm=REALM
    )

    await resolve(
        t4v.clientarea.sign_up(email="a@example.com", password="p", country="LT")
    )
    await resolve(t4v.clientarea.request_password_reset(email="a@example.com"))
    await resolve(bt.session.create_session(user_id="a@example.com", pwd="p"))
    # and an authenticated one on the same clients, for contrast
    await resolve(t4v.clientarea.get_details())

    sent = [auth_headers(r) for r in api.requests]
    assert sent == [{}, {}, {}, {"Authorization": BASIC}]
