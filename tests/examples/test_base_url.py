"""Where requests go: specs without `servers` (FastAPI's default), relative servers
(`/api/v1`), scheme-less ones (`localhost:8080`), and base URLs httpx cannot use.

Each client here is generated from a `_packages.SPECS` document; requests are caught by an
httpx.MockTransport (or answered by the package's fake), so the URL asked for is checked.
"""

from __future__ import annotations

import asyncio
import json
import os
import re
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from generator.build import ClientConfig
from generator.pipeline import generate
from tests.examples._packages import imported


@pytest.fixture
def pkg(request: pytest.FixtureRequest, extra: Path) -> Iterator[ModuleType]:
    name = request.param
    for var in list(os.environ):
        if var.startswith(name.upper() + "_"):
            del os.environ[var]
    with imported(extra / name / name, name) as module:
        yield module


def _sentence(text: str) -> bool:
    """One sentence: no full stop inside it."""
    return re.search(r"\.\s+[A-Z]", text) is None


def _recorder(seen: list[httpx.Request]) -> httpx.MockTransport:
    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"name": "a", "size": 1})

    return httpx.MockTransport(handle)


# -- no servers ------------------------------------------------------------------------
@pytest.mark.parametrize("pkg", ["nosec_noservers"], indirect=True)
def test_no_servers_requires_base_url_in_one_sentence(pkg: ModuleType) -> None:
    with pytest.raises(ValueError) as caught:
        pkg.NosecNoservers()
    message = str(caught.value)
    assert "base_url=" in message and "NOSEC_NOSERVERS_BASE_URL" in message
    assert _sentence(message), message
    with pytest.raises(ValueError, match="NOSEC_NOSERVERS_BASE_URL"):
        pkg.AsyncNosecNoservers()


@pytest.mark.parametrize("pkg", ["nosec_noservers"], indirect=True)
def test_no_servers_base_url_from_argument_or_environment(
    pkg: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[httpx.Request] = []
    http = httpx.Client(transport=_recorder(seen))
    client = pkg.NosecNoservers(base_url="http://127.0.0.1:8000/", http_client=http)
    client.items.read_item(item_id=3, q="x", order="newest")
    monkeypatch.setenv("NOSEC_NOSERVERS_BASE_URL", "https://api.example.org")
    pkg.NosecNoservers(http_client=http).items.read_item(
        item_id=4, q="y", order="newest"
    )
    assert [str(r.url) for r in seen] == [
        "http://127.0.0.1:8000/items/3?q=x&order=newest",
        "https://api.example.org/items/4?q=y&order=newest",
    ]


@pytest.mark.parametrize("pkg", ["nosec_noservers"], indirect=True)
def test_no_servers_the_fake_needs_no_base_url(pkg: ModuleType) -> None:
    from nosec_noservers.testing import FakeNosecNoservers

    fake = FakeNosecNoservers()
    client = pkg.NosecNoservers(http_client=fake.http_client())
    item = client.items.read_item(item_id=1, q="x", order="newest")
    assert (
        item.name
        and fake.calls_to("items.read_item")[0].status == 200
    )

    async def run() -> Any:
        async with pkg.AsyncNosecNoservers(http_client=fake.async_http_client()) as c:
            return await c.items.create_item(name="n")

    assert asyncio.run(run()).name


def test_no_servers_readme_and_docstring_say_so(extra: Path) -> None:
    root = extra / "nosec_noservers" / "nosec_noservers"
    readme = (root / "README.md").read_text(encoding="utf-8")
    assert "The server defaults to ``" not in readme
    assert "declares no server" in readme and "NOSEC_NOSERVERS_BASE_URL" in readme
    client = (root / "nosec_noservers" / "_client.py").read_text(encoding="utf-8")
    assert "base_url: Server URL, required" in client


# -- a relative server -----------------------------------------------------------------
@pytest.mark.parametrize("pkg", ["relative_server"], indirect=True)
def test_relative_server_is_joined_to_base_url(
    pkg: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[httpx.Request] = []
    http = httpx.Client(transport=_recorder(seen))
    for given in (
        "http://localhost:8000",
        "http://localhost:8000/",
        "http://localhost:8000/api/v1",
    ):
        client = pkg.RelativeServer(
            api_key_header="k", base_url=given, http_client=http
        )
        assert client.base_url == "http://localhost:8000/api/v1"
        client.items.read_item(item_id=1, q="x", order="newest")
    monkeypatch.setenv("RELATIVE_SERVER_BASE_URL", "https://h.example.com/root")
    pkg.RelativeServer(
        api_key_header="k", http_client=http
    ).items.create_item(name="n")
    assert [str(r.url) for r in seen] == [
        "http://localhost:8000/api/v1/items/1?q=x&order=newest",
    ] * 3 + ["https://h.example.com/root/api/v1/items"]


@pytest.mark.parametrize("pkg", ["relative_server"], indirect=True)
def test_relative_server_without_base_url_fails_at_construction(
    pkg: ModuleType,
) -> None:
    with pytest.raises(ValueError) as caught:
        pkg.RelativeServer(api_key_header="k")
    message = str(caught.value)
    assert "'/api/v1'" in message and "base_url=" in message
    assert "RELATIVE_SERVER_BASE_URL" in message and _sentence(message)


@pytest.mark.parametrize("pkg", ["relative_server"], indirect=True)
def test_relative_server_on_the_fake(pkg: ModuleType) -> None:
    from relative_server.testing import FakeRelativeServer

    fake = FakeRelativeServer()
    client = pkg.RelativeServer(api_key_header="k", http_client=fake.http_client())
    assert client.items.create_item(name="n").name
    assert fake.calls[0].request.url.path == "/api/v1/items"


# -- a scheme-less server --------------------------------------------------------------
def test_schemeless_server_is_assumed_with_a_located_warning(tmp_path: Path) -> None:
    spec = tmp_path / "api.yaml"
    spec.write_text(
        "openapi: 3.0.3\ninfo: {title: T, version: '1'}\nservers:\n"
        "  - url: https://ok.example.com\n  - url: localhost:8080/v2\n"
        "  - url: v3\npaths: {}\n",
        encoding="utf-8",
    )
    result = generate(spec, ClientConfig("schemeless", "Schemeless"))
    lines = [w.format() for w in result.warnings]
    assert (
        f"{spec}:5:5: /servers/1/url: warning: server URL 'localhost:8080/v2' has "
        "no http:// or https:// scheme; assumed: http://localhost:8080/v2"
    ) in lines, lines
    assert any(
        line.startswith(f"{spec}:6:5: /servers/2/url: warning:")
        and "assumed: '/v3'" in line
        for line in lines
    ), lines
    assert [s.url for s in result.api.servers] == [
        "https://ok.example.com",
        "http://localhost:8080/v2",
        "/v3",
    ]


@pytest.mark.parametrize("pkg", ["schemeless_server"], indirect=True)
def test_schemeless_server_is_the_default(pkg: ModuleType) -> None:
    assert pkg.SchemelessServer().base_url == "http://localhost:8080"


# -- unusable base URLs are refused; configuration errors are not retried ----------------
@pytest.mark.parametrize("pkg", ["nosec_noservers"], indirect=True)
@pytest.mark.parametrize(
    "url",
    ["localhost:8000", "api.example.com", "ftp://files.example.com", "/api", "http://"],
)
def test_unusable_base_url_is_refused(pkg: ModuleType, url: str) -> None:
    with pytest.raises(ValueError) as caught:
        pkg.NosecNoservers(base_url=url)
    message = str(caught.value)
    assert "http:// or https://" in message and repr(url.rstrip("/")) in message
    assert _sentence(message)


@pytest.mark.parametrize("pkg", ["nosec_noservers"], indirect=True)
@pytest.mark.parametrize("mode", ["sync", "async"])
def test_unsupported_protocol_is_not_retried(pkg: ModuleType, mode: str) -> None:
    attempts: list[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        attempts.append(request)
        raise httpx.UnsupportedProtocol(
            "Request URL has an unsupported protocol 'ws://'."
        )

    sleeps: list[float] = []
    transport = httpx.MockTransport(handle)
    if mode == "sync":
        client = pkg.NosecNoservers(
            base_url="http://localhost", http_client=httpx.Client(transport=transport)
        )
        client._sleep = sleeps.append
        with pytest.raises(pkg.APIConnectionError) as caught:
            client.items.read_item(item_id=1, q="x", order="newest")
    else:
        client = pkg.AsyncNosecNoservers(
            base_url="http://localhost",
            http_client=httpx.AsyncClient(transport=transport),
        )

        async def record(seconds: float) -> None:
            sleeps.append(seconds)

        client._sleep = record
        with pytest.raises(pkg.APIConnectionError) as caught:
            asyncio.run(
                client.items.read_item(
                    item_id=1, q="x", order="newest"
                )
            )
    assert len(attempts) == 1 and sleeps == []
    assert "unsupported protocol 'ws://'" in str(caught.value)
    assert "not retried" in str(caught.value)


@pytest.mark.parametrize("pkg", ["nosec_noservers"], indirect=True)
def test_connection_errors_say_why(pkg: ModuleType) -> None:
    """A transient error is still retried, and its reason is in the message."""
    attempts: list[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        attempts.append(request)
        raise httpx.ConnectError("[Errno 111] Connection refused")

    client = pkg.NosecNoservers(
        base_url="http://localhost",
        http_client=httpx.Client(transport=httpx.MockTransport(handle)),
    )
    client._sleep = lambda seconds: None
    with pytest.raises(pkg.APIConnectionError, match="Connection refused"):
        client.items.read_item(item_id=1, q="x", order="newest")
    assert len(attempts) == 3


def test_fake_spec_routes_a_relative_server(extra: Path) -> None:
    root = extra / "relative_server" / "relative_server" / "relative_server"
    data = json.loads((root / "_fake_spec.json").read_text(encoding="utf-8"))
    assert data["base_paths"] == ["/api/v1"]
