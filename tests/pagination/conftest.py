"""A client generated from tests/fixtures/pagination.yaml, and a real HTTP server on
127.0.0.1 (a thread, stopped at teardown) that pages its items in every style:

- `/v1/events`: GitHub's style, a `Link: <...>; rel="next"` header carrying page, per_page
  and the other query parameters (default 3 per page);
- `/v1/runs`: the same around an object (`{"total_count": N, "runs": [...]}`);
- `/v1/pages`: `page` / `pageSize` (default 3), a short page ends the list;
- `/v1/offsets`: `offset` / `limit` (default 3);
- `/v1/cursors`: `{"data", "next_cursor", "has_more"}` with the `cursor` parameter;
- `/v1/declared`: `{"results", "nextToken"}` with `token` (x-clientgen-pagination).

Switches make it misbehave: `loop` (a cursor or next link sent again), `ignore_page`
(the page number and offset are ignored), `foreign` (a next link to another host),
`fail` (every request answers 500).
Every request is recorded with its query and headers.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import ModuleType
from typing import Any, Literal
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest

from tests.examples._packages import imported
from tests.golden_refresh import ROOT

Mode = Literal["sync", "async"]
sync_and_async = pytest.mark.parametrize("mode", ["sync", "async"])
FIXTURE = ROOT / "tests" / "fixtures" / "pagination.yaml"
TOKEN = "t0ken-for-paging"


@dataclass
class Seen:
    path: str
    query: dict[str, str]
    headers: dict[str, str]


class PagingServer:
    def __init__(self, count: int = 7) -> None:
        self.items = [{"id": i, "name": f"item {i}"} for i in range(1, count + 1)]
        self.seen: list[Seen] = []
        self.loop = False
        self.ignore_page = False
        self.foreign = False
        self.fail = False
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def do_GET(self) -> None:
                parts = urlsplit(self.path)
                query = {k: v[0] for k, v in parse_qs(parts.query).items()}
                server.seen.append(
                    Seen(
                        parts.path,
                        query,
                        {k.lower(): v for k, v in self.headers.items()},
                    )
                )
                if self.headers.get("Authorization") != f"Bearer {TOKEN}":
                    self.send(401, {"message": "no token"}, {})
                    return
                status, body, headers = server.answer(parts.path, query)
                self.send(status, body, headers)

            def send(self, status: int, body: Any, headers: dict[str, str]) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                for k, v in headers.items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(data)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.root = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.base_url = self.root + "/v1"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def window(self, start: int, size: int) -> tuple[list[dict[str, Any]], bool]:
        if self.ignore_page:
            start = 0
        chunk = self.items[start : start + size]
        return chunk, start + size < len(self.items)

    def answer(
        self, path: str, query: dict[str, str]
    ) -> tuple[int, Any, dict[str, str]]:
        if self.fail:
            return 500, {"message": "down"}, {}
        if path in ("/v1/events", "/v1/runs"):
            size = int(query.get("per_page", 3))
            page = int(query.get("page", 1))
            chunk, more = self.window((page - 1) * size, size)
            headers = {}
            if more or self.loop:
                following = 1 if self.loop else page + 1
                host = "http://elsewhere.example" if self.foreign else self.root
                link = f"{host}{path}?{urlencode({**query, 'page': following})}"
                headers["Link"] = (
                    f'<{link}>; rel="next", <{self.root}{path}?page=99>; rel="last"'
                )
            if path == "/v1/runs":
                return 200, {"total_count": len(self.items), "runs": chunk}, headers
            return 200, chunk, headers
        if path == "/v1/pages":
            size = int(query.get("pageSize", 3))
            page = int(query.get("page", 1))
            return 200, self.window((page - 1) * size, size)[0], {}
        if path == "/v1/offsets":
            size = int(query.get("limit", 3))
            return 200, self.window(int(query.get("offset", 0)), size)[0], {}
        if path in ("/v1/cursors", "/v1/declared"):
            token = query.get("cursor" if path == "/v1/cursors" else "token", "c0")
            start = int(token[1:])
            chunk, more = self.window(start, int(query.get("limit", 3)))
            following = "c3" if self.loop else f"c{start + 3}"
            if path == "/v1/declared":
                return (
                    200,
                    {"results": chunk, "nextToken": following if more else ""},
                    {},
                )
            body = {"data": chunk, "next_cursor": following if more else None}
            return 200, {**body, "has_more": more}, {}
        return 404, {"message": "no such path"}, {}

    def paths(self) -> list[str]:
        """path?query of every request, the query sorted."""
        return [
            s.path + ("?" + urlencode(sorted(s.query.items())) if s.query else "")
            for s in self.seen
        ]


@pytest.fixture
def server() -> Iterator[PagingServer]:
    s = PagingServer()
    s.thread.start()
    try:
        yield s
    finally:
        s.httpd.shutdown()
        s.httpd.server_close()


@pytest.fixture(scope="session")
def paging_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The distribution folder of the `paging` package (generated once)."""
    from generator.build import ClientConfig
    from generator.pipeline import generate
    from generator.write import write_package

    root = tmp_path_factory.mktemp("paging") / "paging"
    write_package(root, generate(FIXTURE, ClientConfig("paging", "Paging")).files)
    return root


@pytest.fixture
def paging(paging_root: Path) -> Iterator[ModuleType]:
    with imported(paging_root, "paging") as module:
        yield module


def client(paging: ModuleType, mode: Mode, server: PagingServer, **kwargs: Any) -> Any:
    cls = paging.Paging if mode == "sync" else paging.AsyncPaging
    return cls(token=TOKEN, base_url=server.base_url, max_retries=0, **kwargs)


async def every_item(mode: Mode, call: Callable[[], Any]) -> list[Any]:
    """Iterate what a list method returns: `for` (sync) or `async for` (async)."""
    if mode == "sync":
        return list(call())
    return [item async for item in call()]


async def first_page(mode: Mode, call: Callable[[], Any]) -> Any:
    return call() if mode == "sync" else await call()


async def next_page(mode: Mode, page: Any) -> Any:
    found = page.get_next_page()
    return found if mode == "sync" else await found


async def pages(mode: Mode, page: Any) -> list[Any]:
    if mode == "sync":
        return list(page.iter_pages())
    return [p async for p in page.iter_pages()]


async def resolve(value: Awaitable[Any] | Any) -> Any:
    import inspect

    return await value if inspect.isawaitable(value) else value
