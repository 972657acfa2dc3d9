"""Errors that explain, against real sockets on 127.0.0.1 (sync and async).

A connection error names the method, the full URL and the OS or TLS reason in `str(err)`
(a refused port, a host name that cannot resolve, a TLS handshake with a server speaking
plain HTTP, a self-signed certificate), keeping the httpx error as `__cause__`; a timeout
says which one fired after how long; an error raised after retries says how many attempts
over how long (`.attempts`, `.elapsed`); a failed BigTime login shows the vendor's message.
"""

from __future__ import annotations

import shutil
import socket
import ssl
import subprocess
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import bigtime
import httpx
import pytest
from time4vps import (
    APIConnectionError,
    APITimeoutError,
    InternalServerError,
    RateLimitError,
)

from .conftest import (
    FaultServer,
    Mode,
    Stall,
    close_abandoned_clients,
    json_reply,
    resolve,
    sync_and_async,
    time4vps_client,
)

AFTER = r"\(after (\d+) attempts over (\d+\.\d) s\)$"


def free_port() -> int:
    """A port on 127.0.0.1 that nothing listens on (bound, then released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def client_for(mode: Mode, base_url: str, **kwargs: Any) -> Any:
    kwargs.setdefault("username", "u")
    kwargs.setdefault("password", "p")
    kwargs.setdefault("timeout", 5.0)
    from time4vps import AsyncTime4VPS, Time4VPS

    cls = Time4VPS if mode == "sync" else AsyncTime4VPS
    return cls(base_url=base_url, **kwargs)


async def failure(mode: Mode, client: Any) -> Any:
    try:
        with pytest.raises(APIConnectionError) as info:
            await resolve(client.server_management.list_servers())
    finally:
        await resolve(client.close())
    return info.value


# -- refused, DNS, TLS -----------------------------------------------------------------------
@sync_and_async
async def test_refused_port_names_method_url_reason_and_attempts(
    mode: Mode, sleeps: list[float]
) -> None:
    port = free_port()
    client = client_for(mode, f"http://127.0.0.1:{port}/v1")

    err = await failure(mode, client)

    url = f"http://127.0.0.1:{port}/v1/server"
    assert str(err).startswith(f"GET {url} failed: Connection refused (after 3 attempts")
    assert err.reason == "Connection refused"
    assert err.attempts == 3 and len(sleeps) == 2
    assert err.elapsed is not None and err.elapsed >= 0
    assert f"over {err.elapsed:.1f} s)" in str(err)
    assert isinstance(err.__cause__, httpx.ConnectError)
    assert err.request is not None and str(err.request.url) == url


@sync_and_async
async def test_a_single_attempt_says_nothing_about_attempts(mode: Mode) -> None:
    port = free_port()
    client = client_for(mode, f"http://127.0.0.1:{port}", max_retries=0)

    err = await failure(mode, client)

    assert str(err) == f"GET http://127.0.0.1:{port}/server failed: Connection refused"
    assert err.attempts == 1


@sync_and_async
async def test_dns_failure_names_the_host(mode: Mode) -> None:
    client = client_for(mode, "https://nonexistent.invalid/api", max_retries=0)

    err = await failure(mode, client)

    prefix = (
        "GET https://nonexistent.invalid/api/server failed: "
        "cannot resolve host 'nonexistent.invalid': "
    )
    assert str(err).startswith(prefix), str(err)
    why = str(err)[len(prefix) :]
    assert why and "Errno" not in why and "ConnectError" not in why
    assert isinstance(err.__cause__, httpx.ConnectError)


@pytest.fixture
def plain_http_port() -> Iterator[int]:
    """A plain HTTP server: an https:// client fails its TLS handshake."""

    class Quiet(BaseHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Quiet)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield int(server.server_address[1])
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


@sync_and_async
async def test_tls_to_a_plain_http_server_says_tls(
    mode: Mode, plain_http_port: int
) -> None:
    client = client_for(mode, f"https://127.0.0.1:{plain_http_port}", max_retries=0)

    err = await failure(mode, client)

    prefix = f"GET https://127.0.0.1:{plain_http_port}/server failed: TLS handshake failed: "
    assert str(err).startswith(prefix), str(err)
    assert "[SSL" not in str(err) and "_ssl.c" not in str(err)
    assert isinstance(err.__cause__, httpx.ConnectError)


@pytest.fixture
def self_signed_port(tmp_path: Path) -> Iterator[int]:
    """An HTTPS server with a self-signed certificate (made with the openssl tool)."""
    if shutil.which("openssl") is None:
        pytest.skip("the openssl command is not available")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-subj", "/CN=localhost", "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True, timeout=60,
    )  # fmt: skip

    class Quiet(BaseHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:
            pass

    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server = ThreadingHTTPServer(("127.0.0.1", 0), Quiet)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield int(server.server_address[1])
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


@sync_and_async
async def test_self_signed_certificate_says_verify_failed(
    mode: Mode, self_signed_port: int
) -> None:
    client = client_for(mode, f"https://localhost:{self_signed_port}", max_retries=0)

    err = await failure(mode, client)

    assert str(err) == (
        f"GET https://localhost:{self_signed_port}/server failed: "
        "TLS certificate verify failed: self-signed certificate"
    )
    assert err.reason == "TLS certificate verify failed: self-signed certificate"


# -- timeouts --------------------------------------------------------------------------------
@sync_and_async
async def test_read_timeout_says_which_and_after_how_long(
    mode: Mode, server: FaultServer
) -> None:
    server.script("/server", Stall())
    client = time4vps_client(mode, server, timeout=0.25, max_retries=0)

    try:
        with pytest.raises(APITimeoutError) as info:
            await resolve(client.server_management.list_servers())
    finally:
        await resolve(client.close())

    err = info.value
    assert str(err) == (
        f"GET {server.base_url}/server timed out: "
        "no response data within 0.25 s (read timeout)"
    )
    assert err.reason == "no response data within 0.25 s (read timeout)"
    assert isinstance(err.__cause__, httpx.ReadTimeout)


# -- retries ---------------------------------------------------------------------------------
@sync_and_async
async def test_429_retried_says_attempts_and_time(
    mode: Mode, server: FaultServer, sleeps: list[float]
) -> None:
    server.script(
        "/server",
        json_reply(429, {"error": ["slow down"]}, headers={"Retry-After": "0"}),
    )
    client = time4vps_client(mode, server)

    try:
        with pytest.raises(RateLimitError) as info:
            await resolve(client.server_management.list_servers())
    finally:
        await resolve(client.close())

    err = info.value
    assert str(err).startswith("429 Too Many Requests on GET /server: slow down (after 3")
    assert err.attempts == 3 and err.elapsed is not None
    assert str(err).endswith(f"(after 3 attempts over {err.elapsed:.1f} s)")
    assert err.detail == "slow down"
    assert [r.path for r in server.requests] == ["/server"] * 3
    assert sleeps == [0.0, 0.0]


@sync_and_async
async def test_503_retried_says_attempts(mode: Mode, server: FaultServer) -> None:
    server.script("/server", json_reply(503, {"message": "maintenance"}))
    client = time4vps_client(mode, server, max_retries=1)

    try:
        with pytest.raises(InternalServerError) as info:
            await resolve(client.server_management.list_servers())
    finally:
        await resolve(client.close())

    assert "503 Service Unavailable on GET /server: maintenance (after 2 attempts" in str(
        info.value
    )
    assert info.value.attempts == 2
    assert [r.path for r in server.requests] == ["/server"] * 2


# -- login -----------------------------------------------------------------------------------
@sync_and_async
async def test_failed_bigtime_login_shows_the_vendors_message(
    mode: Mode, server: FaultServer
) -> None:
    server.script("/session", json_reply(401, {"Message": "Invalid credentials"}))
    cls: Any = bigtime.BigTime if mode == "sync" else bigtime.AsyncBigTime

    with pytest.raises(bigtime.AuthenticationError) as info:
        await resolve(
            cls.login(user_id="a@example.com", password="pw", base_url=server.base_url)
        )
    await close_abandoned_clients(info.value)

    err = info.value
    assert str(err) == "401 Unauthorized on POST /session: Invalid credentials"
    assert err.detail == "Invalid credentials"
    assert err.body == {"Message": "Invalid credentials"}
    assert "{" not in str(err)
