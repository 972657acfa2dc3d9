"""Shared helpers for the tests of the generated clients (time4vps, tim4biz, bigtime).

Every test talks to a `MockAPI`: an `httpx.MockTransport` that records each request and
answers from a script of handlers (the last handler repeats). Clients are built with the
user's own `http_client=` (sync `httpx.Client` or async `httpx.AsyncClient`), so the tests
exercise the same code path a user with a proxy or a custom transport would.

Sync and async variants run the same test body: tests are `async def`, parametrized with
`mode` ("sync" or "async"), and await every call through `resolve()`, which awaits the
result only when the async client returned a coroutine.
"""

from __future__ import annotations

import base64
import functools
import inspect
import json
import logging
import os
import re
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any, Literal, TypeVar

import bigtime
import httpx
import pytest
import tim4biz
import time4vps
import yaml
from bigtime import AsyncBigTime, BigTime
from tim4biz import AsyncTIM4biz, TIM4biz
from time4vps import AsyncTime4VPS, Time4VPS

Mode = Literal["sync", "async"]
MODES: tuple[Mode, ...] = ("sync", "async")
PACKAGES = ("time4vps", "tim4biz", "bigtime")

#: Decorator running a test once with the sync client and once with the async one.
sync_and_async = pytest.mark.parametrize("mode", MODES)

_T = TypeVar("_T")

SPECS = Path(__file__).resolve().parents[2] / "specs"


@functools.cache
def load_spec(package: str) -> dict[str, Any]:
    """The OpenAPI document of a package (specs/<package>.yaml), parsed once."""
    spec: dict[str, Any] = yaml.safe_load(
        (SPECS / f"{package}.yaml").read_text(encoding="utf-8")
    )
    return spec


def snake(name: str) -> str:
    """`getServiceIdByOrderNumber` -> `get_service_id_by_order_number`,
    `SSL Certificates` -> `ssl_certificates`, `MainPH` -> `main_ph`."""
    name = re.sub(r"[^0-9A-Za-z]+", "_", name)
    name = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name)
    return name.strip("_").lower()


# -- credentials ---------------------------------------------------------------------------
USERNAME = "api-user@example.com"
PASSWORD = "Pa55w0rd-very-s3cret"
BASIC = "Basic " + base64.b64encode(f"{USERNAME}:{PASSWORD}".encode()).decode("ascii")
AUTH_TOKEN = "3f2c9a0e-5b7d-4e61-9c2a-8d1e0f4b6a73"
API_TOKEN = "firm-api-key-0123456789abcdef"
REALM = "ABCD-1234"
#: Every secret the tests hand to a client (and the Basic token built from them).
SECRETS = (PASSWORD, BASIC.split()[1], AUTH_TOKEN, API_TOKEN, REALM)

TIME4VPS_BASE = "https://billing.time4vps.com/api"
TIM4BIZ_BASE = "https://api.tim4biz.com"
BIGTIME_BASE = "https://iq.bigtime.net/BigtimeData/api/v2"

# -- scripted responses --------------------------------------------------------------------
Handler = Callable[[httpx.Request], httpx.Response]
_NO_BODY: Any = object()


def reply(
    status: int = 200,
    body: Any = _NO_BODY,
    *,
    content: bytes | str | None = None,
    headers: dict[str, str] | None = None,
) -> Handler:
    """A handler answering `status` with `body` as JSON (or raw `content`, or nothing)."""

    def handler(request: httpx.Request) -> httpx.Response:
        if body is not _NO_BODY:
            return httpx.Response(status, json=body, headers=headers)
        return httpx.Response(status, content=content, headers=headers)

    return handler


def fail(exc_type: type[httpx.TransportError], message: str = "boom") -> Handler:
    """A handler raising a transport error (timeout, connection refused, ...)."""

    def handler(request: httpx.Request) -> httpx.Response:
        raise exc_type(message, request=request)

    return handler


class MockAPI:
    """A recording mock server: answers from `script`, the last handler repeating."""

    def __init__(self, *script: Handler) -> None:
        self.script: list[Handler] = list(script) or [reply(200)]
        self.requests: list[httpx.Request] = []

    def handle(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        index = min(len(self.requests), len(self.script)) - 1
        return self.script[index](request)

    @property
    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self.handle)

    def sync_client(self) -> httpx.Client:
        return httpx.Client(transport=self.transport)

    def async_client(self) -> httpx.AsyncClient:
        return httpx.AsyncClient(transport=self.transport)

    @property
    def one(self) -> httpx.Request:
        """The only request sent (fails when there were none or several)."""
        assert len(self.requests) == 1, f"expected 1 request, got {len(self.requests)}"
        return self.requests[0]


def body_json(request: httpx.Request) -> Any:
    """The request body parsed as JSON."""
    return json.loads(request.content)


def query(request: httpx.Request) -> str:
    """The raw (encoded) query string of a request."""
    return request.url.query.decode("ascii")


async def resolve(value: Awaitable[_T] | _T) -> _T:
    """Await the result of an async client call; pass a sync result through."""
    if inspect.isawaitable(value):
        return await value
    return value


# -- clients -------------------------------------------------------------------------------
def time4vps_client(
    mode: Mode, api: MockAPI, **kwargs: Any
) -> Time4VPS | AsyncTime4VPS:
    """A Time4VPS client (credentials USERNAME/PASSWORD unless given) talking to `api`."""
    kwargs.setdefault("username", USERNAME)
    kwargs.setdefault("password", PASSWORD)
    if mode == "sync":
        return Time4VPS(http_client=api.sync_client(), **kwargs)
    return AsyncTime4VPS(http_client=api.async_client(), **kwargs)


def tim4biz_client(mode: Mode, api: MockAPI, **kwargs: Any) -> TIM4biz | AsyncTIM4biz:
    """A TIM4biz client (credentials USERNAME/PASSWORD unless given) talking to `api`."""
    kwargs.setdefault("username", USERNAME)
    kwargs.setdefault("password", PASSWORD)
    if mode == "sync":
        return TIM4biz(http_client=api.sync_client(), **kwargs)
    return AsyncTIM4biz(http_client=api.async_client(), **kwargs)


def bigtime_client(mode: Mode, api: MockAPI, **kwargs: Any) -> BigTime | AsyncBigTime:
    """A BigTime client talking to `api` (pass the credentials you want)."""
    if mode == "sync":
        return BigTime(http_client=api.sync_client(), **kwargs)
    return AsyncBigTime(http_client=api.async_client(), **kwargs)


SYNC_CLIENTS: tuple[type[Any], ...] = (Time4VPS, TIM4biz, BigTime)
ASYNC_CLIENTS: tuple[type[Any], ...] = (AsyncTime4VPS, AsyncTIM4biz, AsyncBigTime)
PACKAGE_MODULES = {"time4vps": time4vps, "tim4biz": tim4biz, "bigtime": bigtime}


# -- fixtures ------------------------------------------------------------------------------
@pytest.fixture(autouse=True)
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Every retry delay the clients asked for, in order (nothing really sleeps)."""
    recorded: list[float] = []

    def fake_sleep(self: object, seconds: float) -> None:
        recorded.append(seconds)

    async def fake_async_sleep(self: object, seconds: float) -> None:
        recorded.append(seconds)

    for cls in SYNC_CLIENTS:
        monkeypatch.setattr(cls, "_sleep", fake_sleep)
    for cls in ASYNC_CLIENTS:
        monkeypatch.setattr(cls, "_sleep", fake_async_sleep)
    return recorded


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """No TIME4VPS_*, TIM4BIZ_* or BIGTIME_* variable leaks in from the environment."""
    prefixes = tuple(f"{p.upper()}_" for p in PACKAGES)
    for name in list(os.environ):
        if name.startswith(prefixes):
            monkeypatch.delenv(name)


@pytest.fixture(autouse=True)
def restore_loggers() -> Iterator[None]:
    """Undo what `PKG_LOG=debug` or a test did to the package loggers."""
    saved = {}
    for name in PACKAGES:
        logger = logging.getLogger(name)
        saved[name] = (logger.level, list(logger.handlers), logger.__dict__.copy())
    yield
    for name, (level, handlers, state) in saved.items():
        logger = logging.getLogger(name)
        logger.setLevel(level)
        for handler in logger.handlers[:]:
            if handler not in handlers:
                logger.removeHandler(handler)
        for key in set(logger.__dict__) - set(state):
            del logger.__dict__[key]
