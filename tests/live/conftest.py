"""Live round-trips: clients generated from the OpenAPI documents real servers publish.

Each app in tests/live/apps (FastAPI, Litestar) runs with uvicorn from the live virtualenv
(.venv-live, made by `make live`: the frameworks never enter the generator's own venv) on a
free 127.0.0.1 port, in its own process group. The fixture waits until it answers, fetches
its /openapi.json with httpx, generates a client package from it into a tmp dir, imports
it, and at teardown kills the process group (also when a test or the start failed).

Without .venv-live the suite is skipped with a reason, unless CLIENTGEN_LIVE=1 (what
`make live` sets), where a missing venv is an error.
"""

from __future__ import annotations

import contextlib
import importlib
import inspect
import json
import os
import pkgutil
import re
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Awaitable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any, Literal, TypeVar

import httpx
import pytest

from generator.build import ClientConfig
from generator.pipeline import generate
from generator.write import write_package

ROOT = Path(__file__).resolve().parents[2]
APPS = Path(__file__).resolve().parent / "apps"
LIVE_PYTHON = ROOT / ".venv-live" / "bin" / "python"
START_TIMEOUT = 30.0

Mode = Literal["sync", "async"]
sync_and_async = pytest.mark.parametrize("mode", ["sync", "async"])
_T = TypeVar("_T")


@dataclass(frozen=True)
class AppSpec:
    """One app: its module, the package generated for it, and where its API lives."""

    module: str  # tests/live/apps/<module>.py, an ASGI `app`
    package: str
    client_class: str
    prefix: str = ""  # the path the API is served below (its relative `servers` URL)


APP_SPECS = {
    "fastapi": AppSpec("fastapi_app", "live_fastapi", "LiveFastapi"),
    "litestar": AppSpec("litestar_app", "live_litestar", "LiveLitestar", "/api/v1"),
}


@dataclass
class LiveApp:
    """A running app, its fetched spec and the client package generated from it."""

    name: str
    root: str  # http://127.0.0.1:PORT
    spec: dict[str, Any]
    pkg: ModuleType
    out: Path  # the generated distribution (holds the package)
    prefix: str

    @property
    def api_url(self) -> str:
        """The base URL the client is given: the server's root. Where the spec's server
        URL is relative (/api/v1 for Litestar), the client joins it to this."""
        return self.root

    called: set[tuple[str, str]] = field(default_factory=set)  # (operation, mode) sent

    def client(self, mode: Mode, **credentials: str | None) -> Any:
        """The sync or async client on this app, with no retries (errors show at once);
        the operations it sends are recorded in `called`."""
        cls = getattr(self.pkg, ("Async" if mode == "async" else "") + self.class_name)
        http: httpx.Client | httpx.AsyncClient
        if mode == "sync":
            http = httpx.Client(
                event_hooks={"request": [lambda r: self._record(r, mode)]}
            )
        else:

            async def hook(request: httpx.Request) -> None:
                self._record(request, mode)

            http = httpx.AsyncClient(event_hooks={"request": [hook]})
        return cls(
            base_url=self.api_url, max_retries=0, http_client=http, **credentials
        )

    def _record(self, request: httpx.Request, mode: Mode) -> None:
        path = request.url.path.removeprefix(self.prefix)
        for op in operations(self.pkg):
            if op.method == request.method and _template(op.path).fullmatch(path):
                self.called.add((op.name, mode))
                return
        raise AssertionError(f"no operation for {request.method} {path}")

    @property
    def class_name(self) -> str:
        return APP_SPECS[self.name].client_class

    def credential(self, scheme: str, *values: str) -> dict[str, str]:
        """Constructor arguments carrying `values` for the spec's security scheme `scheme`
        (looked up in the package's scheme table, so renamed arguments follow)."""
        cls = getattr(self.pkg, self.class_name)
        args = cls._schemes[scheme].args
        assert len(args) == len(values), (scheme, args)
        return dict(zip(args, values, strict=True))

    def direct(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        """The same request sent with plain httpx."""
        cookies = kwargs.pop("cookies", None)
        with httpx.Client(
            base_url=self.root + self.prefix, timeout=10, cookies=cookies
        ) as http:
            return http.request(method, path, **kwargs)


async def resolve(value: Awaitable[_T] | _T) -> _T:
    """Await an async client's result; pass a sync one through."""
    if inspect.isawaitable(value):
        return await value
    return value


def wire(value: Any) -> Any:
    """A parsed result in wire form (models through to_dict())."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, list):
        return [wire(v) for v in value]
    if isinstance(value, dict):
        return {k: wire(v) for k, v in value.items()}
    return value


def operations(pkg: ModuleType) -> list[Any]:
    """The generated package's operation descriptions (its `_b.Op` constants)."""
    base = importlib.import_module(f"{pkg.__name__}._base_client")
    resources = importlib.import_module(f"{pkg.__name__}.resources")
    found = []
    for info in pkgutil.iter_modules(resources.__path__):
        module = importlib.import_module(f"{resources.__name__}.{info.name}")
        found += [v for v in vars(module).values() if isinstance(v, base.Op)]
    return found


def _template(path: str) -> re.Pattern[str]:
    return re.compile(re.sub(r"\\\{[^/]+?\\\}", "[^/]+", re.escape(path)))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def _stop(proc: subprocess.Popen[bytes]) -> None:
    """Kill the app's whole process group: nothing it started stays behind."""
    if proc.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=5)


def _wait_until_up(proc: subprocess.Popen[bytes], url: str, log: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(
                f"the app exited with {proc.returncode}:\n{log.read_text()}"
            )
        try:
            if httpx.get(url, timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.1)
    raise RuntimeError(
        f"the app did not answer {url} in {START_TIMEOUT} s:\n{log.read_text()}"
    )


def _live_python() -> Path:
    if not LIVE_PYTHON.exists():
        reason = (
            f"{LIVE_PYTHON} is missing: run `make live` (it installs the frameworks)"
        )
        if os.environ.get("CLIENTGEN_LIVE") == "1":
            pytest.fail(reason)
        pytest.skip(reason)
    return LIVE_PYTHON


@contextlib.contextmanager
def running(name: str, tmp: Path) -> Iterator[LiveApp]:
    """Start app `name`, generate and import its client; stop it afterwards."""
    spec_of = APP_SPECS[name]
    python = _live_python()
    port = _free_port()
    root = f"http://127.0.0.1:{port}"
    log = tmp / f"{name}.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [str(python), "-m", "uvicorn", f"{spec_of.module}:app", "--host", "127.0.0.1",
             "--port", str(port), "--log-level", "warning"],
            cwd=APPS,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group, killed as one
        )  # fmt: skip
    try:
        _wait_until_up(proc, root + "/openapi.json", log)
        spec = httpx.get(root + "/openapi.json", timeout=10).json()
        spec_file = tmp / f"{name}-openapi.json"
        spec_file.write_text(json.dumps(spec, indent=1), encoding="utf-8")
        result = generate(
            spec_file, ClientConfig(spec_of.package, spec_of.client_class)
        )
        dist = tmp / spec_of.package
        write_package(dist, result.files)
        sys.path.insert(0, str(dist))
        try:
            pkg = importlib.import_module(spec_of.package)
            yield LiveApp(name, root, spec, pkg, dist, spec_of.prefix)
        finally:
            sys.path.remove(str(dist))
            for mod in [m for m in sys.modules if m.split(".")[0] == spec_of.package]:
                del sys.modules[mod]
    finally:
        _stop(proc)


@pytest.fixture(scope="session")
def fastapi_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveApp]:
    with running("fastapi", tmp_path_factory.mktemp("live-fastapi")) as app:
        yield app


@pytest.fixture(scope="session")
def litestar_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveApp]:
    with running("litestar", tmp_path_factory.mktemp("live-litestar")) as app:
        yield app


@pytest.fixture(scope="session")
def live_apps(fastapi_app: LiveApp, litestar_app: LiveApp) -> dict[str, LiveApp]:
    return {"fastapi": fastapi_app, "litestar": litestar_app}
