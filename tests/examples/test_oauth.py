"""OAuth2 password and client-credentials flows against a real token server.

A tiny stdlib HTTP server on 127.0.0.1 (in a thread, stopped at teardown) issues tokens
(`/token`: password and refresh_token grants; `/oauth/token`: client_credentials) and
serves the items only to a bearer of a token it issued and has not revoked. The clients are
generated from `_packages.SPECS` (`oauth_password`: no servers, relative tokenUrl `token`;
`oauth_client`: server `/api`, tokenUrl `/oauth/token`).
"""

from __future__ import annotations

import asyncio
import base64
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from tests.examples._packages import imported


class TokenServer:
    def __init__(self) -> None:
        self.grants: list[dict[str, str]] = []  # every token request's form
        self.valid: set[str] = set()
        self.refresh: dict[str, str] = {}
        self.seen_tokens: list[str] = []
        self.count = 0
        self.expires_in: int | None = 60
        self.basic_only = False  # client authentication only in a Basic header
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def _send(self, status: int, body: Any) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length).decode()
                form = {k: v[0] for k, v in parse_qs(raw).items()}
                auth = self.headers.get("Authorization", "")
                if auth.startswith("Basic "):
                    pair = base64.b64decode(auth[6:]).decode()
                    cid, _, secret = pair.partition(":")
                    form["basic"] = "yes"
                    form["client_id"], form["client_secret"] = (
                        unquote(cid),
                        unquote(secret),
                    )
                path = urlsplit(self.path).path
                if path in ("/token", "/oauth/token"):
                    self._send(*server.token(path, form))
                elif path.endswith("/items") and self._authorized():
                    self._send(201, {**json.loads(raw), "size": 1})

            def _authorized(self) -> bool:
                auth = self.headers.get("Authorization", "")
                token = auth.removeprefix("Bearer ")
                server.seen_tokens.append(token)
                if not auth.startswith("Bearer ") or token not in server.valid:
                    self._send(401, {"detail": "Not authenticated"})
                    return False
                return True

            def do_GET(self) -> None:
                if not self._authorized():
                    return
                path = urlsplit(self.path).path
                item_id = path.rsplit("/", 1)[-1]
                self._send(200, {"name": f"item {item_id}", "size": 1})

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base_url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def issue(self, refresh: bool) -> dict[str, Any]:
        self.count += 1
        token = f"tok-{self.count}"
        self.valid.add(token)
        answer: dict[str, Any] = {"access_token": token, "token_type": "bearer"}
        if self.expires_in is not None:
            answer["expires_in"] = self.expires_in
        if refresh:
            answer["refresh_token"] = f"ref-{self.count}"
            self.refresh[answer["refresh_token"]] = token
        return answer

    def token(self, path: str, form: dict[str, str]) -> tuple[int, Any]:
        self.grants.append(form)
        grant = form.get("grant_type")
        if path == "/token" and grant == "password":
            if form.get("password") == "leaky-s3cret":  # a server echoing what it got
                return 400, {
                    "error": "invalid_grant",
                    "error_description": f"no user with password {form['password']}",
                }
            if (form.get("username"), form.get("password")) != ("alice", "wonderland"):
                return 400, {
                    "error": "invalid_grant",
                    "error_description": "Incorrect username or password",
                }
            return 200, self.issue(refresh=True)
        if path == "/token" and grant == "refresh_token":
            old = self.refresh.pop(form.get("refresh_token", ""), None)
            if old is None:
                return 400, {
                    "error": "invalid_grant",
                    "error_description": "bad refresh",
                }
            self.valid.discard(old)
            return 200, self.issue(refresh=True)
        if path == "/oauth/token" and grant == "client_credentials":
            if self.basic_only and "basic" not in form:
                return 401, {
                    "error": "invalid_client",
                    "error_description": "use Basic",
                }
            if (form.get("client_id"), form.get("client_secret")) != ("app", "s3cret"):
                return 401, {
                    "error": "invalid_client",
                    "error_description": "Unknown client",
                }
            return 200, self.issue(refresh=False)
        return 400, {"error": "unsupported_grant_type"}


@pytest.fixture
def server() -> Iterator[TokenServer]:
    s = TokenServer()
    s.thread.start()
    try:
        yield s
    finally:
        s.httpd.shutdown()
        s.httpd.server_close()
        s.thread.join(5)


@pytest.fixture
def password_pkg(extra: Path) -> Iterator[ModuleType]:
    with imported(extra / "oauth_password" / "oauth_password", "oauth_password") as m:
        yield m


@pytest.fixture
def client_pkg(extra: Path) -> Iterator[ModuleType]:
    with imported(extra / "oauth_client" / "oauth_client", "oauth_client") as m:
        yield m


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_credential_arguments_are_named_for_what_they_are(extra: Path) -> None:
    for name in ("oauth_password", "oauth_client"):
        root = extra / name / name
        code = (root / name / "_client.py").read_text(encoding="utf-8")
        readme = (root / "README.md").read_text(encoding="utf-8")
        assert "access_token: str | None = None" in code
        assert f"{name.upper()}_ACCESS_TOKEN" in readme
        assert "o_auth2" not in code + readme and "O_AUTH2" not in code + readme


def test_password_grant_then_refresh_on_expiry(
    password_pkg: ModuleType, server: TokenServer
) -> None:
    client = password_pkg.OauthPassword(base_url=server.base_url)
    clock = Clock()
    client._clock = clock
    client.fetch_token(username="alice", password="wonderland")
    assert (
        client.items.read_item(item_id=1, q="x", order="newest").name
        == "item 1"
    )
    clock.now += 100  # past expires_in (60 s)
    assert (
        client.items.read_item(item_id=2, q="x", order="newest").name
        == "item 2"
    )
    assert [g["grant_type"] for g in server.grants] == ["password", "refresh_token"]
    assert server.grants[0]["username"] == "alice"
    assert server.grants[1]["refresh_token"] == "ref-1"
    assert server.seen_tokens == ["tok-1", "tok-2"]
    assert "wonderland" not in repr(client) and "tok-" not in repr(client.__dict__)


def test_a_revoked_token_is_renewed_once_after_a_401(
    password_pkg: ModuleType, server: TokenServer
) -> None:
    client = password_pkg.OauthPassword(base_url=server.base_url)
    client.fetch_token(username="alice", password="wonderland")
    server.valid.clear()  # the server forgets every token
    assert (
        client.items.read_item(item_id=3, q="x", order="newest").name
        == "item 3"
    )
    assert [g["grant_type"] for g in server.grants] == ["password", "refresh_token"]
    assert server.seen_tokens == ["tok-1", "tok-2"]


def test_a_refused_password_raises_the_typed_error_with_the_reason(
    password_pkg: ModuleType, server: TokenServer
) -> None:
    client = password_pkg.OauthPassword(base_url=server.base_url)
    with pytest.raises(password_pkg.BadRequestError) as caught:
        client.fetch_token(username="alice", password="wrong")
    assert caught.value.status_code == 400
    assert "invalid_grant: Incorrect username or password" in str(caught.value)
    assert caught.value.body["error"] == "invalid_grant"


def test_a_refused_token_request_redacts_an_echoed_password_in_detail_too(
    password_pkg: ModuleType, server: TokenServer
) -> None:
    client = password_pkg.OauthPassword(base_url=server.base_url)
    with pytest.raises(password_pkg.BadRequestError) as caught:
        client.fetch_token(username="alice", password="leaky-s3cret")
    assert "invalid_grant" in str(caught.value)
    assert "leaky-s3cret" not in str(caught.value)
    assert caught.value.detail and "leaky-s3cret" not in caught.value.detail


def test_password_grant_async(password_pkg: ModuleType, server: TokenServer) -> None:
    async def run() -> Any:
        async with password_pkg.AsyncOauthPassword(base_url=server.base_url) as client:
            await client.fetch_token(username="alice", password="wonderland")
            return await client.items.read_item(
                item_id=7, q="x", order="newest"
            )

    assert asyncio.run(run()).name == "item 7"
    assert [g["grant_type"] for g in server.grants] == ["password"]


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_client_credentials_fetched_lazily_and_again_on_expiry(
    client_pkg: ModuleType, server: TokenServer, mode: str
) -> None:
    clock = Clock()
    url = server.base_url  # the spec's server is /api; its tokenUrl is /oauth/token
    if mode == "sync":
        client = client_pkg.OauthClient(
            client_id="app", client_secret="s3cret", base_url=url
        )
        client._clock = clock
        assert server.grants == []  # nothing is fetched before a call needs it
        client.items.create_item(name="a")
        client.items.create_item(name="b")
        clock.now += 100
        client.items.read_item(item_id=1, q="x", order="newest")
    else:

        async def run() -> None:
            client = client_pkg.AsyncOauthClient(
                client_id="app", client_secret="s3cret", base_url=url
            )
            client._clock = clock
            await client.items.create_item(name="a")
            await client.items.create_item(name="b")
            clock.now += 100
            await client.items.read_item(
                item_id=1, q="x", order="newest"
            )

        server.valid.add("tok-0")
        asyncio.run(run())
    assert [g["grant_type"] for g in server.grants] == ["client_credentials"] * 2
    assert server.grants[0]["client_id"] == "app"
    assert server.seen_tokens[-1] == "tok-2"


def test_refused_client_credentials_raise_the_typed_error(
    client_pkg: ModuleType, server: TokenServer
) -> None:
    client = client_pkg.OauthClient(
        client_id="app", client_secret="nope", base_url=server.base_url
    )
    with pytest.raises(client_pkg.AuthenticationError) as caught:
        client.items.read_item(item_id=1, q="x", order="newest")
    assert "invalid_client: Unknown client" in str(caught.value)
    assert "nope" not in str(caught.value)
    assert server.seen_tokens == []  # the call itself was never sent


def test_a_given_access_token_is_sent_as_it_is(
    client_pkg: ModuleType, server: TokenServer
) -> None:
    server.valid.add("mine")
    client = client_pkg.OauthClient(access_token="mine", base_url=server.base_url)
    assert (
        client.items.read_item(item_id=5, q="x", order="newest").name
        == "item 5"
    )
    assert server.grants == [] and server.seen_tokens == ["mine"]


def test_client_credentials_in_a_basic_header_when_the_form_is_refused(
    client_pkg: ModuleType, server: TokenServer
) -> None:
    server.basic_only = True
    client = client_pkg.OauthClient(
        client_id="app", client_secret="s3cret", base_url=server.base_url
    )
    assert (
        client.items.read_item(item_id=1, q="x", order="newest").name
        == "item 1"
    )
    assert ["basic" in g for g in server.grants] == [False, True]
    assert server.grants[1]["client_id"] == "app"
    client.items.read_item(item_id=2, q="x", order="newest")
    assert len(server.grants) == 2  # the token is kept until it expires
