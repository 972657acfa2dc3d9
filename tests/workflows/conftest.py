"""Shared helpers for the vendor-workflow tests (tasks, login, rate limits, date-times).

Every test talks to a `MockAPI`: an `httpx.MockTransport` that records each request (and
the fake time it arrived at) and answers from a script of handlers, the last one repeating.
Clients get it through the user's own `http_client=`.

Nothing really sleeps: the autouse `clock` fixture replaces every client's `_sleep` with one
that records the delay and advances a fake monotonic clock, and `_clock` with that clock.

Sync and async run the same test body: tests are `async def`, parametrized with `mode`, and
await every call through `resolve()`, which awaits only what the async client returned.

The generic mechanism is also tested on a client generated at session start from
`tests/fixtures/workflows.yaml` (a made-up "jobs" API): see the `workflows_pkg` fixture.
"""

from __future__ import annotations

import importlib
import inspect
import json
import os
import sys
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any, Literal, TypeVar
from urllib.parse import parse_qsl

import bigtime
import httpx
import pytest
import tim4biz
import time4vps
from bigtime import AsyncBigTime, BigTime
from tim4biz import AsyncTIM4biz, TIM4biz
from time4vps import AsyncTime4VPS, Time4VPS

Mode = Literal["sync", "async"]
MODES: tuple[Mode, ...] = ("sync", "async")

#: Decorator running a test once with the sync client and once with the async one.
sync_and_async = pytest.mark.parametrize("mode", MODES)

_T = TypeVar("_T")

ROOT = Path(__file__).resolve().parents[2]
FIXTURE_SPEC = ROOT / "tests" / "fixtures" / "workflows.yaml"
ENV_PREFIXES = ("TIME4VPS_", "TIM4BIZ_", "BIGTIME_", "WORKFLOWS_")

TIME4VPS_BASE = "https://billing.time4vps.com/api"
TIM4BIZ_BASE = "https://api.tim4biz.com"
BIGTIME_BASE = "https://iq.bigtime.net/BigtimeData/api/v2"
WORKFLOWS_BASE = "https://jobs.example.com/v1"

USERNAME = "api-user@example.com"
PASSWORD = "Pa55w0rd-very-s3cret"


# -- fake time -----------------------------------------------------------------------------
class FakeClock:
    """A monotonic clock that only moves when a client sleeps (or a request takes time)."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start
        self.sleeps: list[float] = []

    def time(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        assert seconds >= 0, f"negative sleep {seconds}"
        self.sleeps.append(seconds)
        self.now += seconds


def patch_clock(
    monkeypatch: pytest.MonkeyPatch, clock: FakeClock, package: ModuleType
) -> None:
    """Make `package`'s clients sleep on `clock` and read time from it."""
    base = package._base_client

    def fake_sleep(self: object, seconds: float) -> None:
        clock.sleep(seconds)

    async def fake_async_sleep(self: object, seconds: float) -> None:
        clock.sleep(seconds)

    monkeypatch.setattr(base.SyncAPIClient, "_sleep", fake_sleep)
    monkeypatch.setattr(base.AsyncAPIClient, "_sleep", fake_async_sleep)
    monkeypatch.setattr(base.BaseClient, "_clock", staticmethod(clock.time))


@pytest.fixture(autouse=True)
def clock(monkeypatch: pytest.MonkeyPatch) -> FakeClock:
    """The fake clock of every client of the installed packages (nothing really sleeps)."""
    fake = FakeClock()
    for package in (time4vps, tim4biz, bigtime):
        patch_clock(monkeypatch, fake, package)
    return fake


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """No credential, base URL or log variable leaks in from the environment."""
    for name in list(os.environ):
        if name.startswith(ENV_PREFIXES):
            monkeypatch.delenv(name)


# -- scripted responses --------------------------------------------------------------------
Handler = Callable[[httpx.Request], httpx.Response]


def reply(
    status: int = 200,
    body: Any = None,
    *,
    headers: dict[str, str] | None = None,
) -> Handler:
    """A handler answering `status` with `body` as JSON (no body when None)."""

    def handler(request: httpx.Request) -> httpx.Response:
        if body is None:
            return httpx.Response(status, headers=headers)
        return httpx.Response(status, json=body, headers=headers)

    return handler


class MockAPI:
    """A recording mock server: answers from `script`, the last handler repeating."""

    def __init__(self, *script: Handler, clock: FakeClock | None = None) -> None:
        self.script: list[Handler] = list(script) or [reply(200, {})]
        self.requests: list[httpx.Request] = []
        self.times: list[float] = []  # the fake time each request arrived at
        self._clock = clock

    def handle(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if self._clock is not None:
            self.times.append(self._clock.now)
        index = min(len(self.requests), len(self.script)) - 1
        return self.script[index](request)

    def http_client(self, mode: Mode) -> httpx.Client | httpx.AsyncClient:
        transport = httpx.MockTransport(self.handle)
        if mode == "sync":
            return httpx.Client(transport=transport)
        return httpx.AsyncClient(transport=transport)

    def sync_client(self) -> httpx.Client:
        return httpx.Client(transport=httpx.MockTransport(self.handle))

    def async_client(self) -> httpx.AsyncClient:
        return httpx.AsyncClient(transport=httpx.MockTransport(self.handle))

    @property
    def paths(self) -> list[str]:
        return [r.url.path for r in self.requests]

    @property
    def calls(self) -> list[str]:
        """`METHOD /path` of every request, in order."""
        return [f"{r.method} {r.url.path}" for r in self.requests]


def body_json(request: httpx.Request) -> Any:
    """The request body parsed as JSON."""
    return json.loads(request.content)


def query_params(request: httpx.Request) -> list[tuple[str, str]]:
    """The decoded query of a request, as (name, value) pairs in order."""
    return parse_qsl(request.url.query.decode("ascii"), keep_blank_values=True)


async def resolve(value: Awaitable[_T] | _T) -> _T:
    """Await the result of an async client call; pass a sync result through."""
    if inspect.isawaitable(value):
        return await value
    return value


async def raises(exc: type[BaseException], value: Callable[[], Any]) -> Any:
    """Call `value()` (awaiting it when async) and return the exception it raised."""
    with pytest.raises(exc) as info:
        await resolve(value())
    return info.value


# -- clients of the installed packages -----------------------------------------------------
def time4vps_client(
    mode: Mode, api: MockAPI, **kwargs: Any
) -> Time4VPS | AsyncTime4VPS:
    kwargs.setdefault("username", USERNAME)
    kwargs.setdefault("password", PASSWORD)
    if mode == "sync":
        return Time4VPS(http_client=api.sync_client(), **kwargs)
    return AsyncTime4VPS(http_client=api.async_client(), **kwargs)


def tim4biz_client(mode: Mode, api: MockAPI, **kwargs: Any) -> TIM4biz | AsyncTIM4biz:
    kwargs.setdefault("username", USERNAME)
    kwargs.setdefault("password", PASSWORD)
    if mode == "sync":
        return TIM4biz(http_client=api.sync_client(), **kwargs)
    return AsyncTIM4biz(http_client=api.async_client(), **kwargs)


def bigtime_client(mode: Mode, api: MockAPI, **kwargs: Any) -> BigTime | AsyncBigTime:
    if mode == "sync":
        return BigTime(http_client=api.sync_client(), **kwargs)
    return AsyncBigTime(http_client=api.async_client(), **kwargs)


# -- secrets -------------------------------------------------------------------------------
def stringified(value: object) -> Iterator[str]:
    """`repr()` of `value` and, recursively, of everything in its containers and in the
    `__dict__` of the objects it holds (each object once). The clients' redacted credential
    store (`__slots__`, no `__dict__`) contributes only its own repr, which is the point."""
    seen: set[int] = set()
    stack: list[object] = [value]
    while stack:
        item = stack.pop()
        if id(item) in seen:
            continue
        seen.add(id(item))
        try:
            yield repr(item)
            yield str(item)
        except Exception as exc:  # a half-built object: its repr failing is no leak
            yield f"<repr failed: {type(exc).__name__}>"
        if isinstance(item, str | bytes | int | float | bool | type(None)):
            continue
        if isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list | tuple | set | frozenset):
            stack.extend(item)
        elif not (
            inspect.isroutine(item) or inspect.isclass(item) or inspect.ismodule(item)
        ):
            stack.extend(getattr(item, "__dict__", {}).values())


def assert_nowhere(secret: str, client: object) -> None:
    """`secret` is in neither `repr(client)` nor anything reachable from `vars(client)`."""
    assert secret not in repr(client)
    for text in stringified(vars(client)):
        assert secret not in text, f"secret found in {text[:200]!r}"


# -- the client generated from tests/fixtures/workflows.yaml -------------------------------
@pytest.fixture(scope="session")
def workflows_pkg(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    """The `workflows` package generated from the fixture spec into a tmp dir, imported."""
    from generator.build import ClientConfig
    from generator.pipeline import generate
    from generator.write import write_package

    result = generate(FIXTURE_SPEC, ClientConfig("workflows", "Workflows"))
    tmpdir = tmp_path_factory.mktemp("generated")
    write_package(tmpdir / "workflows", result.files)
    path = str(tmpdir / "workflows")
    sys.path.insert(0, path)
    stale = {n: m for n, m in sys.modules.items() if n.split(".")[0] == "workflows"}
    for name in stale:
        del sys.modules[name]
    importlib.invalidate_caches()
    try:
        package = importlib.import_module("workflows")
        assert Path(package.__file__ or "").is_relative_to(tmpdir)
        yield package
    finally:
        sys.path.remove(path)
        for name in [n for n in sys.modules if n.split(".")[0] == "workflows"]:
            del sys.modules[name]
        sys.modules.update(stale)


@pytest.fixture
def wf(
    workflows_pkg: ModuleType, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> Any:
    """The generated `workflows` package, its clients on the fake clock."""
    patch_clock(monkeypatch, clock, workflows_pkg)
    return workflows_pkg


def workflows_client(wf: Any, mode: Mode, api: MockAPI, **kwargs: Any) -> Any:
    """A client of the generated package talking to `api`."""
    cls = wf.Workflows if mode == "sync" else wf.AsyncWorkflows
    return cls(http_client=api.http_client(mode), **kwargs)
