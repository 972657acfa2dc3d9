"""A fault-injecting HTTP/1.1 server on 127.0.0.1, for the client robustness tests.

`FaultServer` is a real TCP server (a random free port on the loopback interface) that
speaks just enough HTTP/1.1 itself (request line, headers, Content-Length bodies,
keep-alive) to be able to misbehave at the byte level:

- `Reply`: a well-formed answer (any status, headers, content type, body; empty too);
- `Reset`: read the whole request, then reset the connection (SO_LINGER 0, close);
- `server.reset_on_connect(n)`: reset the next `n` connections before reading anything;
- `Stall`: read the request and never answer (until the client gives up);
- `StallBody`: send the headers and part of the body, then go silent;
- `Truncated`: declare a Content-Length larger than what is sent, then close;
- `HugeJSONArray`: stream a JSON array of many megabytes (generated on the fly);
- a function of the `Request`: any of the above, chosen per request (e.g. an echo).

Each path has a script of actions (`server.script(path, *actions)`; the last repeats);
paths without one are answered by `server.default` (a function of the request). The server
counts the requests it received per path (a request counts once its head and body have
been read, before the action runs), the connections it accepted, the connections open
right now and the most that were open at once.

The `server` fixture starts it before the test and stops it afterwards: every connection
is closed, every thread joined, and the test fails if a thread or socket was left behind.

Nothing here sleeps for real in the clients: the autouse `sleeps` fixture replaces the
clients' `_sleep` with a recorder, so retries are instant and their delays checkable.
"""

from __future__ import annotations

import base64
import contextlib
import email.utils
import inspect
import json
import logging
import os
import select
import socket
import socketserver
import struct
import threading
import time
from collections import Counter
from collections.abc import Awaitable, Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Literal, TypeVar

import pytest
from bigtime import AsyncBigTime, BigTime
from time4vps import AsyncTime4VPS, Time4VPS

Mode = Literal["sync", "async"]
MODES: tuple[Mode, ...] = ("sync", "async")
#: Decorator running a test once with the sync client and once with the async one.
sync_and_async = pytest.mark.parametrize("mode", MODES)

_T = TypeVar("_T")

# -- credentials (distinctive, so that any leak is unmistakable) ---------------------------
USERNAME = "fault-user@example.com"
PASSWORD = "S3cr3t-P4ss-xyz"
BASIC_TOKEN = base64.b64encode(f"{USERNAME}:{PASSWORD}".encode()).decode("ascii")
AUTH_TOKEN = "T0k3n-Secr3t-abc-7f9e"
REALM = "realm-4711"
LOGIN_USER = "bt-login-user"
LOGIN_PASSWORD = "L0gin-P4ss-qrs-2c8d"
SESSION_TOKEN = "Sess10n-T0k3n-def-91a0"
#: Every secret a test hands to a client or the server issues, and the Basic header value.
SECRETS = (PASSWORD, BASIC_TOKEN, AUTH_TOKEN, LOGIN_PASSWORD, SESSION_TOKEN)

PACKAGES = ("time4vps", "bigtime")
SYNC_CLIENTS: tuple[type[Any], ...] = (Time4VPS, BigTime)
ASYNC_CLIENTS: tuple[type[Any], ...] = (AsyncTime4VPS, AsyncBigTime)

# Backoff bounds: 0.5 s doubling, minus up to 25 % jitter.
BACKOFF = ((0.375, 0.5), (0.75, 1.0), (1.5, 2.0))

_STALL_LIMIT = 10.0  # a stall ends after this long, or when the client leaves
_IO_TIMEOUT = 15.0  # no server socket blocks longer than this


# -- the actions a path can be scripted with -----------------------------------------------
@dataclass(frozen=True)
class Request:
    """A request as the server read it."""

    method: str
    path: str
    query: str
    headers: Mapping[str, str]  # lower-case names
    body: bytes


@dataclass(frozen=True)
class Reply:
    """A well-formed answer."""

    status: int = 200
    body: bytes = b""
    content_type: str | None = "application/json"
    headers: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Reset:
    """Read the request, then reset the connection (RST, no answer)."""


@dataclass(frozen=True)
class Stall:
    """Read the request and send nothing until the client gives up."""


@dataclass(frozen=True)
class StallBody:
    """Send the status line, headers and `sent` bytes of a longer body, then go silent."""

    sent: bytes = b'[{"server_id": 1'
    declared: int = 4096


@dataclass(frozen=True)
class Truncated:
    """Declare `declared` bytes of body, send only `sent`, then close the connection."""

    sent: bytes = b'{"task_id": 1'
    declared: int = 1000
    status: int = 200


@dataclass(frozen=True)
class HugeJSONArray:
    """A 200 JSON array of about `size` bytes of `ServerSummary` objects, streamed."""

    size: int
    item_size: int = 10_000

    def items(self) -> int:
        return max(1, self.size // self.item_size)

    def item(self, index: int) -> bytes:
        head = f'{{"server_id": {index}, "domain": "srv{index}.example.com", "label": "'
        tail = '"}'
        pad = max(0, self.item_size - len(head) - len(tail) - 1)  # 1: the separator
        return (head + "x" * pad + tail).encode()

    def length(self) -> int:
        n = self.items()
        return 2 + sum(len(self.item(i)) for i in range(n)) + (n - 1)

    def chunks(self) -> Iterator[bytes]:
        yield b"["
        for i in range(self.items()):
            yield (b"," if i else b"") + self.item(i)
        yield b"]"


Action = Reply | Reset | Stall | StallBody | Truncated | HugeJSONArray
#: What a path can be scripted with: an action, or a function choosing one per request.
Answer = Action | Callable[[Request], Action]


def json_reply(
    status: int, body: object, *, headers: Mapping[str, str] | None = None
) -> Reply:
    """A JSON answer."""
    return Reply(
        status, json.dumps(body).encode(), headers=tuple((headers or {}).items())
    )


def http_date(seconds_from_now: float) -> str:
    """An HTTP-date (RFC 9110 IMF-fixdate) `seconds_from_now` seconds ahead."""
    return email.utils.formatdate(time.time() + seconds_from_now, usegmt=True)


def _not_found(request: Request) -> Action:
    return json_reply(404, {"error": [f"no route for {request.method} {request.path}"]})


_REASONS = {
    200: "OK",
    401: "Unauthorized",
    404: "Not Found",
    408: "Request Timeout",
    429: "Too Many Requests",
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
    504: "Gateway Timeout",
}


def _head(
    status: int,
    length: int,
    content_type: str | None,
    headers: tuple[tuple[str, str], ...] = (),
    *,
    close: bool = False,
) -> bytes:
    lines = [f"HTTP/1.1 {status} {_REASONS.get(status, 'Unknown')}"]
    if content_type is not None:
        lines.append(f"Content-Type: {content_type}")
    lines.append(f"Content-Length: {length}")
    lines.extend(f"{k}: {v}" for k, v in headers)
    if close:
        lines.append("Connection: close")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def _reset(sock: socket.socket) -> None:
    """Abort the connection: with SO_LINGER 0, close() sends RST instead of FIN."""
    with contextlib.suppress(OSError):
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    sock.close()


class _Closed(Exception):
    """The peer closed the connection (or the server is stopping)."""


class _Listener(socketserver.TCPServer):
    allow_reuse_address = True
    request_queue_size = 128

    def __init__(self, owner: FaultServer) -> None:
        self.owner = owner
        super().__init__(("127.0.0.1", 0), socketserver.BaseRequestHandler)

    def process_request(self, request: Any, client_address: Any) -> None:
        self.owner._start_connection(request)

    def handle_error(self, request: Any, client_address: Any) -> None:
        self.owner.errors.append(f"accept error from {client_address}")


class FaultServer:
    """The fault-injecting server; see the module docstring."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._scripts: dict[str, list[Answer]] = {}
        self._served: Counter[str] = Counter()
        self._reset_on_connect = 0
        self._threads: list[threading.Thread] = []
        self._sockets: set[socket.socket] = set()
        self.default: Callable[[Request], Action] = _not_found
        self.received: Counter[str] = Counter()  # path -> requests read in full
        self.requests: list[Request] = []
        self.accepted = 0  # connections accepted
        self.reset_before_read = 0  # of which reset before reading anything
        self.peak_open = 0  # most connections open at once
        self.errors: list[str] = []  # unexpected server-side failures
        self._listener = _Listener(self)
        port = self._listener.socket.getsockname()[1]
        self.base_url = f"http://127.0.0.1:{port}"
        self._serve_thread = threading.Thread(
            target=self._listener.serve_forever,
            kwargs={"poll_interval": 0.01},
            name="fault-server",
            daemon=True,
        )

    # -- configuration ---------------------------------------------------------------------
    def script(self, path: str, *actions: Answer) -> None:
        """Answer requests to `path` with `actions` in turn, the last one repeating
        (a function is called with the request and answers with what it returns)."""
        with self._lock:
            self._scripts[path] = list(actions)
            self._served[path] = 0

    def reset_on_connect(self, count: int) -> None:
        """Reset the next `count` connections as soon as they are accepted."""
        with self._lock:
            self._reset_on_connect = count

    # -- observation -------------------------------------------------------------------
    @property
    def open_connections(self) -> int:
        with self._lock:
            return len(self._sockets)

    def wait_all_closed(self, timeout: float = 3.0) -> int:
        """Wait until every connection is closed; the number still open (0 = all closed)."""
        deadline = time.monotonic() + timeout
        while self.open_connections and time.monotonic() < deadline:
            time.sleep(0.01)
        return self.open_connections

    # -- lifecycle -------------------------------------------------------------------------
    def start(self) -> None:
        self._serve_thread.start()

    def stop(self) -> list[str]:
        """Stop serving, close every socket and join every thread; what was left behind."""
        self._stopping.set()
        self._listener.shutdown()
        self._serve_thread.join(5)
        with self._lock:
            sockets = list(self._sockets)
        for sock in sockets:  # wake handlers blocked in recv()
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
        self._listener.server_close()
        leftovers: list[str] = []
        with self._lock:
            threads = list(self._threads)
        for thread in [self._serve_thread, *threads]:
            thread.join(5)
            if thread.is_alive():
                leftovers.append(f"thread {thread.name} still running")
        with self._lock:
            leftovers.extend(f"socket {s!r} still open" for s in self._sockets)
        if self._listener.socket.fileno() != -1:
            leftovers.append("listening socket still open")
        return leftovers

    # -- per connection --------------------------------------------------------------------
    def _start_connection(self, sock: socket.socket) -> None:
        with self._lock:
            self.accepted += 1
            self._sockets.add(sock)
            self.peak_open = max(self.peak_open, len(self._sockets))
            number = self.accepted
            thread = threading.Thread(
                target=self._connection,
                args=(sock,),
                name=f"fault-server-conn-{number}",
                daemon=True,
            )
            self._threads = [t for t in self._threads if t.is_alive()]
            self._threads.append(thread)
        thread.start()

    def _connection(self, sock: socket.socket) -> None:
        try:
            sock.settimeout(_IO_TIMEOUT)
            with self._lock:
                reset_now = self._reset_on_connect > 0
                if reset_now:
                    self._reset_on_connect -= 1
                    self.reset_before_read += 1
            if reset_now:
                _reset(sock)
                return
            buffer = b""
            while not self._stopping.is_set():
                request, buffer = self._read_request(sock, buffer)
                if not self._act(sock, request):
                    return
        except (_Closed, OSError):
            pass
        except Exception as exc:  # a bug in the server itself: make the test fail
            self.errors.append(f"{type(exc).__name__}: {exc}")
        finally:
            with contextlib.suppress(OSError):
                sock.close()
            with self._lock:
                self._sockets.discard(sock)

    def _recv(self, sock: socket.socket) -> bytes:
        data = sock.recv(65536)
        if not data:
            raise _Closed
        return data

    def _read_request(
        self, sock: socket.socket, buffer: bytes
    ) -> tuple[Request, bytes]:
        while b"\r\n\r\n" not in buffer:
            buffer += self._recv(sock)
            if len(buffer) > 1_000_000:
                raise ValueError("request head too large")
        head, _, rest = buffer.partition(b"\r\n\r\n")
        request_line, *header_lines = head.decode("latin-1").split("\r\n")
        method, target, _version = request_line.split(" ", 2)
        headers: dict[str, str] = {}
        for line in header_lines:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        length = int(headers.get("content-length", "0"))
        while len(rest) < length:
            rest += self._recv(sock)
        path, _, query = target.partition("?")
        request = Request(method, path, query, headers, rest[:length])
        with self._lock:
            self.received[path] += 1
            self.requests.append(request)
        return request, rest[length:]

    def _next_action(self, request: Request) -> Action:
        with self._lock:
            script = self._scripts.get(request.path)
            if script:
                index = min(self._served[request.path], len(script) - 1)
                self._served[request.path] += 1
                answer = script[index]
                return answer(request) if callable(answer) else answer
        return self.default(request)

    def _act(self, sock: socket.socket, request: Request) -> bool:
        """Carry out the action for `request`; whether the connection stays open."""
        action = self._next_action(request)
        if isinstance(action, Reply):
            sock.sendall(
                _head(
                    action.status, len(action.body), action.content_type, action.headers
                )
                + action.body
            )
            return True
        if isinstance(action, Reset):
            _reset(sock)
            return False
        if isinstance(action, Stall):
            self._wait_for_client_to_leave(sock)
            return False
        if isinstance(action, StallBody):
            sock.sendall(_head(200, action.declared, "application/json") + action.sent)
            self._wait_for_client_to_leave(sock)
            return False
        if isinstance(action, Truncated):
            sock.sendall(
                _head(action.status, action.declared, "application/json", close=True)
                + action.sent
            )
            sock.shutdown(socket.SHUT_WR)  # a clean FIN, mid-body
            return False
        sock.sendall(_head(200, action.length(), "application/json"))
        for chunk in action.chunks():
            sock.sendall(chunk)
        return True

    def _wait_for_client_to_leave(self, sock: socket.socket) -> None:
        """Say nothing until the client closes the connection (or the server stops)."""
        deadline = time.monotonic() + _STALL_LIMIT
        while not self._stopping.is_set() and time.monotonic() < deadline:
            readable, _, _ = select.select([sock], [], [], 0.05)
            if readable and not sock.recv(65536):
                return


# -- fixtures ------------------------------------------------------------------------------
@pytest.fixture
def server() -> Iterator[FaultServer]:
    """A running fault server; stopped (and checked for leftovers) after the test."""
    srv = FaultServer()
    srv.start()
    try:
        yield srv
    finally:
        leftovers = srv.stop()
    assert not srv.errors, f"fault server failed: {srv.errors}"
    assert not leftovers, f"fault server left behind: {leftovers}"


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
    """No TIME4VPS_* or BIGTIME_* variable leaks in from the environment."""
    prefixes = tuple(f"{p.upper()}_" for p in PACKAGES)
    for name in list(os.environ):
        if name.startswith(prefixes):
            monkeypatch.delenv(name)


@pytest.fixture(autouse=True)
def restore_loggers() -> Iterator[None]:
    """Undo what `PKG_LOG=debug` did to the package loggers."""
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


# -- helpers -------------------------------------------------------------------------------
async def resolve(value: Awaitable[_T] | _T) -> _T:
    """Await the result of an async client call; pass a sync result through."""
    if inspect.isawaitable(value):
        return await value
    return value


def time4vps_client(
    mode: Mode, server: FaultServer, **kwargs: Any
) -> Time4VPS | AsyncTime4VPS:
    """A Time4VPS client for `server` (it owns its connection pool)."""
    kwargs.setdefault("username", USERNAME)
    kwargs.setdefault("password", PASSWORD)
    kwargs.setdefault("timeout", 5.0)
    if mode == "sync":
        return Time4VPS(base_url=server.base_url, **kwargs)
    return AsyncTime4VPS(base_url=server.base_url, **kwargs)


def bigtime_client(
    mode: Mode, server: FaultServer, **kwargs: Any
) -> BigTime | AsyncBigTime:
    """A BigTime client for `server` with an auth token and a realm."""
    kwargs.setdefault("auth_token", AUTH_TOKEN)
    kwargs.setdefault("realm", REALM)
    kwargs.setdefault("timeout", 5.0)
    if mode == "sync":
        return BigTime(base_url=server.base_url, **kwargs)
    return AsyncBigTime(base_url=server.base_url, **kwargs)


async def bigtime_login(
    mode: Mode, server: FaultServer, **kwargs: Any
) -> BigTime | AsyncBigTime:
    """A BigTime client logged in with LOGIN_USER/LOGIN_PASSWORD (the server must answer
    `POST /session`)."""
    kwargs.setdefault("timeout", 5.0)
    if mode == "sync":
        return BigTime.login(
            user_id=LOGIN_USER,
            password=LOGIN_PASSWORD,
            base_url=server.base_url,
            **kwargs,
        )
    return await AsyncBigTime.login(
        user_id=LOGIN_USER,
        password=LOGIN_PASSWORD,
        base_url=server.base_url,
        **kwargs,
    )


def pool_connections(client: Any) -> list[Any]:
    """The connections in the client's httpx connection pool (httpcore objects)."""
    transport = client._http._transport
    return list(transport._pool.connections)


def busy_connections(client: Any) -> list[Any]:
    """Pooled connections that are neither idle nor closed (a request still holds them)."""
    return [c for c in pool_connections(client) if not (c.is_idle() or c.is_closed())]


async def close_abandoned_clients(*errors: BaseException) -> None:
    """Close the clients that a failed `BigTime.login()` built and dropped.

    `login()` builds the client (and its connection pool) and raises when the login call
    fails, without closing it (a bug, see `test_failed_login_closes_its_connections`):
    until the garbage collector finds it, its socket stays open and a ResourceWarning
    fires later, in whichever test is running then. The client is still reachable from
    the error's traceback, so close it there.
    """
    for err in errors:
        tb = err.__traceback__
        while tb is not None:
            for value in list(tb.tb_frame.f_locals.values()):
                if isinstance(value, SYNC_CLIENTS):
                    value._http.close()
                elif isinstance(value, ASYNC_CLIENTS):
                    await value._http.aclose()
            tb = tb.tb_next


async def close_and_check(client: Any, server: FaultServer) -> None:
    """Close the client; its pool must be empty and the server must see every connection
    closed."""
    assert busy_connections(client) == [], "a connection is still held by a request"
    await resolve(client.close())
    assert client.is_closed
    assert pool_connections(client) == []
    assert server.wait_all_closed() == 0, "the client left connections open"
