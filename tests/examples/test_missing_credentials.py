"""MissingCredentialsError on specs that are not the vendors': API keys, bearer, OAuth2.

`tests/fixtures/auth_schemes.yaml` (bearer OR basic; a header key AND a query key; a header
key OR bearer; a public operation) and the OAuth2 specs of `_packages.SPECS` (password flow;
client-credentials flow), generated and imported as a user would. Requests are caught by an
httpx.MockTransport, which records them: a refused operation must have sent nothing.
"""

from __future__ import annotations

import inspect
import os
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
import yaml

from tests.examples._packages import REPO, generated, imported

FIXTURE = REPO / "tests" / "fixtures" / "auth_schemes.yaml"
MODES = ("sync", "async")


@pytest.fixture(scope="module")
def auth(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    folder = tmp_path_factory.mktemp("auth")
    document = yaml.safe_load(FIXTURE.read_text(encoding="utf-8"))
    generated(document, "auth_schemes", folder)
    with imported(folder / "auth_schemes", "auth_schemes") as module:
        yield module


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in list(os.environ):
        if name.startswith(("AUTH_SCHEMES_", "OAUTH_PASSWORD_", "OAUTH_CLIENT_")):
            monkeypatch.delenv(name)


class Recorder:
    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def handle(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if request.url.path.endswith("/token"):
            return httpx.Response(200, json={"access_token": "issued", "expires_in": 60})
        if "reports" in request.url.path:
            return httpx.Response(200, json=[])
        return httpx.Response(200, json={"name": "x"})

    def client(self, module: ModuleType, cls: str, mode: str, **kwargs: Any) -> Any:
        transport = httpx.MockTransport(self.handle)
        extra = kwargs.pop("http_kwargs", {})
        if mode == "sync":
            http: Any = httpx.Client(transport=transport, **extra)
            return getattr(module, cls)(http_client=http, **kwargs)
        http = httpx.AsyncClient(transport=transport, **extra)
        return getattr(module, "Async" + cls)(http_client=http, **kwargs)


async def resolve(value: Any) -> Any:
    return await value if inspect.isawaitable(value) else value


@pytest.mark.parametrize("mode", MODES)
async def test_bearer_or_basic_names_both_ways(auth: ModuleType, mode: str) -> None:
    rec = Recorder()
    client = rec.client(auth, "AuthSchemes", mode)

    with pytest.raises(auth.MissingCredentialsError) as info:
        await resolve(client.account.get_me())

    err = info.value
    assert err.alternatives == (("bearer_auth",), ("username", "password"))
    assert err.environment_variables == (
        ("AUTH_SCHEMES_BEARER_AUTH",),
        ("AUTH_SCHEMES_USERNAME", "AUTH_SCHEMES_PASSWORD"),
    )
    assert str(err) == (
        "GET /me (account.get_me) needs credentials the client does not have; nothing "
        "was sent. Pass them: AuthSchemes(bearer_auth=...) or AuthSchemes(username=..., "
        "password=...), or set AUTH_SCHEMES_BEARER_AUTH, or AUTH_SCHEMES_USERNAME and "
        "AUTH_SCHEMES_PASSWORD."
    )
    assert rec.requests == []


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("kwargs", "call", "sent"),
    [
        # both keys of the AND requirement as arguments
        ({"header_key": "h", "query_key": "q"}, {}, ("h", "q")),
        # the header key as a default header of the user, the query key as an argument
        ({"query_key": "q", "default_headers": {"X-API-Key": "mine"}}, {}, ("mine", "q")),
        # the query key in extra_query=, the header key as an argument
        ({"header_key": "h"}, {"extra_query": {"api_key": "mine"}}, ("h", "mine")),
        # the query key among the http_client's params
        ({"header_key": "h", "http_kwargs": {"params": {"api_key": "p"}}}, {}, ("h", "p")),
    ],
    ids=["arguments", "header-from-user", "extra-query", "http-client-params"],
)  # fmt: skip
async def test_api_key_and_requirement_met_by_arguments_or_the_user(
    auth: ModuleType,
    mode: str,
    kwargs: dict[str, Any],
    call: dict[str, Any],
    sent: tuple[str, str],
) -> None:
    rec = Recorder()
    client = rec.client(auth, "AuthSchemes", mode, **kwargs)

    await resolve(client.reports.list_reports(**call))

    [request] = rec.requests
    assert (request.headers["X-API-Key"], request.url.params["api_key"]) == sent


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    "kwargs",
    [{}, {"header_key": "h"}, {"query_key": "q"}, {"bearer_auth": "t"}],
    ids=["nothing", "header-only", "query-only", "unrelated-bearer"],
)
async def test_api_key_and_requirement_half_met_raises(
    auth: ModuleType, mode: str, kwargs: dict[str, Any]
) -> None:
    rec = Recorder()
    client = rec.client(auth, "AuthSchemes", mode, **kwargs)

    with pytest.raises(auth.MissingCredentialsError) as info:
        await resolve(client.reports.list_reports())

    assert info.value.alternatives == (("header_key", "query_key"),)
    assert "AuthSchemes(header_key=..., query_key=...)" in str(info.value)
    assert "AUTH_SCHEMES_HEADER_KEY and AUTH_SCHEMES_QUERY_KEY" in str(info.value)
    assert rec.requests == []


@pytest.mark.parametrize("mode", MODES)
async def test_a_bearer_token_in_default_headers_counts(
    auth: ModuleType, mode: str
) -> None:
    rec = Recorder()
    headers = {"Authorization": "Bearer users-own"}
    client = rec.client(auth, "AuthSchemes", mode, default_headers=headers)

    await resolve(client.reports.export_reports())
    await resolve(client.account.get_me())

    assert [r.headers["Authorization"] for r in rec.requests] == ["Bearer users-own"] * 2


@pytest.mark.parametrize("mode", MODES)
async def test_public_operation_never_raises(auth: ModuleType, mode: str) -> None:
    rec = Recorder()
    client = rec.client(auth, "AuthSchemes", mode)

    await resolve(client.default.get_status())

    assert len(rec.requests) == 1


@pytest.mark.parametrize("mode", MODES)
async def test_oauth2_password_flow_names_the_token_and_fetch_token(
    extra: Path, mode: str
) -> None:
    with imported(extra / "oauth_password" / "oauth_password", "oauth_password") as module:
        rec = Recorder()
        client = rec.client(module, "OauthPassword", mode, base_url="http://127.0.0.1")

        with pytest.raises(module.MissingCredentialsError) as info:
            await resolve(client.items.read_item(item_id=1, q="x", order="newest"))
        assert rec.requests == []
        message = str(info.value)
        assert info.value.alternatives == (("access_token",),)
        assert "OauthPassword(access_token=...)" in message
        assert "or set OAUTH_PASSWORD_ACCESS_TOKEN" in message
        assert "client.fetch_token(username=..., password=...)" in message

        # after fetch_token the requirement is met
        await resolve(client.fetch_token(username="u", password="p"))
        await resolve(client.items.read_item(item_id=1, q="x", order="newest"))
        assert rec.requests[-1].headers["Authorization"] == "Bearer issued"


@pytest.mark.parametrize("mode", MODES)
async def test_oauth2_client_credentials_are_a_way_too(extra: Path, mode: str) -> None:
    with imported(extra / "oauth_client" / "oauth_client", "oauth_client") as module:
        rec = Recorder()
        client = rec.client(module, "OauthClient", mode, base_url="http://127.0.0.1")

        with pytest.raises(module.MissingCredentialsError) as info:
            await resolve(client.items.read_item(item_id=1, q="x", order="newest"))
        assert rec.requests == []
        ways = info.value.alternatives
        assert len(ways) == 2 and ("client_id" in ways[1] and "client_secret" in ways[1])
        assert f"OauthClient({ways[1][0]}=..., {ways[1][1]}=...)" in str(info.value)

        # with the client's id and secret, the client fetches its own token: no error
        rec2 = Recorder()
        kwargs = {ways[1][0]: "id", ways[1][1]: "secret"}
        client2 = rec2.client(
            module, "OauthClient", mode, base_url="http://127.0.0.1", **kwargs
        )
        await resolve(client2.items.read_item(item_id=1, q="x", order="newest"))
        assert [r.url.path for r in rec2.requests] == ["/oauth/token", "/api/items/1"]


@pytest.mark.parametrize("mode", MODES)
async def test_a_connection_error_redacts_the_query_key(
    auth: ModuleType, mode: str
) -> None:
    import socket

    with socket.socket() as sock:  # a port nothing listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    cls = auth.AuthSchemes if mode == "sync" else auth.AsyncAuthSchemes
    client = cls(
        header_key="HEADER-SECRET-1",
        query_key="QUERY-SECRET-2",
        base_url=f"http://127.0.0.1:{port}",
        max_retries=0,
    )
    try:
        with pytest.raises(auth.APIConnectionError) as info:
            await resolve(client.reports.list_reports(extra_query={"page": "2"}))
    finally:
        await resolve(client.close())

    message = str(info.value)
    assert message.startswith(f"GET http://127.0.0.1:{port}/reports?")
    assert "page=2" in message and "api_key=" in message
    assert "QUERY-SECRET-2" not in message and "HEADER-SECRET-1" not in message
    assert message.endswith("failed: Connection refused")


@pytest.fixture(scope="module")
def optional(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    """`security: [{}, {APIKeyHeader: []}]`: the key is optional."""
    from tests.examples._packages import spec

    folder = tmp_path_factory.mktemp("optional")
    document = spec(
        servers=[{"url": "https://optional.example.com"}],
        schemes={"APIKeyHeader": {"type": "apiKey", "in": "header", "name": "X-Key"}},
        security=[{}, {"APIKeyHeader": []}],
    )
    generated(document, "optional_auth", folder)
    with imported(folder / "optional_auth", "optional_auth") as module:
        yield module


@pytest.mark.parametrize("mode", MODES)
async def test_an_optional_requirement_never_raises(
    optional: ModuleType, mode: str
) -> None:
    rec = Recorder()
    client = rec.client(optional, "OptionalAuth", mode)
    await resolve(client.items.read_item(item_id=1, q="x", order="newest"))
    assert "X-Key" not in rec.requests[0].headers

    keyed = rec.client(optional, "OptionalAuth", mode, api_key_header="k")
    await resolve(keyed.items.read_item(item_id=1, q="x", order="newest"))
    assert rec.requests[1].headers["X-Key"] == "k"
