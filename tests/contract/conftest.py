"""Fixtures of the contract tests: Prism servers, HTTP recording, client construction."""

from __future__ import annotations

import json
import os
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import httpx
import pytest

from . import _prism, _registry
from ._clients import CLIENTS, ClientInfo

SKIP_ENV = "CLIENTGEN_SKIP_E2E"
CLIENT_TIMEOUT = 20.0

for _client in CLIENTS:
    _registry.SPEC_COUNTS[_client.name] = len(_client.spec.operations)


def pytest_collection_modifyitems(
    config: pytest.Config, items: list[pytest.Item]
) -> None:
    here = os.path.dirname(__file__)
    contract = [i for i in items if str(i.path).startswith(here)]
    if os.environ.get(SKIP_ENV) == "1":
        skip = pytest.mark.skip(
            reason=f"{SKIP_ENV}=1: contract tests against Prism skipped"
        )
        for item in contract:
            item.add_marker(skip)
        return
    if not _prism.PRISM.exists():
        # One test fails with the instructions; the others that need Prism are skipped
        # pointing at it, instead of repeating the same error hundreds of times.
        needs = [i for i in contract if "prism_pool" in getattr(i, "fixturenames", ())]
        later = [i for i in contract if i.get_closest_marker("contract_coverage")]
        skip = pytest.mark.skip(reason="Prism is not installed: see the failed test")
        for item in needs[1:] + later:
            item.add_marker(skip)
    # The coverage checks read what the other tests exercised: run them last.
    last = [i for i in items if i.get_closest_marker("contract_coverage")]
    if last:
        items[:] = [i for i in items if i not in last] + last


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "contract_coverage: runs after every other test (reads what they exercised)",
    )


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """Per client: how many of its spec's operations the sync tests sent to Prism."""
    terminalreporter.section("contract: operations exercised against Prism")
    if os.environ.get(SKIP_ENV) == "1":
        terminalreporter.write_line(f"none: {SKIP_ENV}=1")
        return
    for name, count in _registry.SPEC_COUNTS.items():
        done = len(_registry.EXERCISED.get(name, set()))
        mark = "ok" if done == count else "INCOMPLETE"
        terminalreporter.write_line(
            f"{name}: {done} of {count} spec operations ({mark})"
        )


# -- Prism ---------------------------------------------------------------------------
@pytest.fixture(scope="session")
def prism_pool(tmp_path_factory: pytest.TempPathFactory) -> Iterator[_prism.PrismPool]:
    """One Prism per spec, started lazily; all stopped (and checked gone) at the end."""
    if not _prism.PRISM.exists():
        pytest.fail(_prism.NOT_INSTALLED, pytrace=False)
    pool = _prism.PrismPool(tmp_path_factory.mktemp("prism"))
    try:
        yield pool
    finally:
        pgids = [s.pgid for s in pool.servers.values()]
        leftovers = pool.close()
        _prism.remove_signal_handlers()
        still = {pgid: _prism.group_members(pgid) for pgid in pgids}
        still = {pgid: m for pgid, m in still.items() if m}
        assert not leftovers and not still, (
            f"Prism processes survived teardown: {leftovers or still}"
        )
        assert not _prism.live_groups(), (
            f"Prism groups still registered: {_prism.live_groups()}"
        )


@pytest.fixture(scope="session")
def prism(prism_pool: _prism.PrismPool) -> Callable[[ClientInfo], _prism.PrismServer]:
    """`prism(client)`: the running Prism that serves the client's spec."""

    def get(client: ClientInfo) -> _prism.PrismServer:
        try:
            return prism_pool.get(client.name, client.spec_path)
        except _prism.PrismError as exc:
            pytest.fail(str(exc), pytrace=False)

    return get


# -- HTTP recording -----------------------------------------------------------------
class Recorder:
    """Every response the client received (with its request), in order."""

    def __init__(self) -> None:
        self.responses: list[httpx.Response] = []

    def clear(self) -> None:
        self.responses.clear()

    def hook(self, response: httpx.Response) -> None:
        self.responses.append(response)

    async def async_hook(self, response: httpx.Response) -> None:
        self.responses.append(response)

    @property
    def last(self) -> httpx.Response:
        assert self.responses, "no request reached the server"
        return self.responses[-1]

    def violations(self) -> list[Any]:
        """Prism's request-validation findings (`sl-violations` headers) of every response."""
        found: list[Any] = []
        for response in self.responses:
            header = response.headers.get("sl-violations")
            if header:
                try:
                    found.extend(json.loads(header))
                except ValueError:
                    found.append(header)
        return found

    def describe(self) -> str:
        """What was sent and what Prism said, for failure messages."""
        lines: list[str] = []
        for r in self.responses:
            req = r.request
            body = req.content.decode(errors="replace") if req.content else ""
            lines.append(f"{req.method} {req.url} -> {r.status_code}")
            if body:
                lines.append(f"  request body: {body}")
            if r.headers.get("sl-violations"):
                lines.append(f"  sl-violations: {r.headers['sl-violations']}")
            if r.status_code >= 400:
                try:
                    text = r.content.decode(errors="replace")
                except httpx.ResponseNotRead:
                    text = "<not read>"
                lines.append(f"  response body: {text[:500]}")
        return "\n".join(lines) or "no request reached Prism"


@pytest.fixture(scope="session")
def _session_recorder() -> Recorder:
    return Recorder()


@pytest.fixture
def recorder(_session_recorder: Recorder) -> Recorder:
    _session_recorder.clear()
    return _session_recorder


@pytest.fixture(scope="session")
def _http(_session_recorder: Recorder) -> Iterator[httpx.Client]:
    with httpx.Client(
        timeout=CLIENT_TIMEOUT, event_hooks={"response": [_session_recorder.hook]}
    ) as http:
        yield http


@pytest.fixture
async def _async_http(recorder: Recorder) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(
        timeout=CLIENT_TIMEOUT, event_hooks={"response": [recorder.async_hook]}
    ) as http:
        yield http


@pytest.fixture
def no_credentials_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """Credentials must come from the test, never from the environment."""
    for client in CLIENTS:
        for var in client.credential_env_vars():
            monkeypatch.delenv(var, raising=False)


@pytest.fixture
def make_sync(
    prism: Callable[[ClientInfo], _prism.PrismServer],
    _http: httpx.Client,
    recorder: Recorder,
    no_credentials_env: None,
) -> Callable[..., Any]:
    """`make_sync(client, credentials=None, **options)`: a sync client talking to Prism."""

    def make(
        client: ClientInfo, credentials: dict[str, str] | None = None, **options: Any
    ) -> Any:
        server = prism(client)
        creds = client.credentials() if credentials is None else credentials
        return client.sync_class(
            **creds, base_url=server.base_url, http_client=_http, **options
        )

    return make


@pytest.fixture
def make_async(
    prism: Callable[[ClientInfo], _prism.PrismServer],
    _async_http: httpx.AsyncClient,
    no_credentials_env: None,
) -> Callable[..., Any]:
    """`make_async(client, credentials=None, **options)`: an async client talking to Prism."""

    def make(
        client: ClientInfo, credentials: dict[str, str] | None = None, **options: Any
    ) -> Any:
        server = prism(client)
        creds = client.credentials() if credentials is None else credentials
        return client.async_class(
            **creds, base_url=server.base_url, http_client=_async_http, **options
        )

    return make
