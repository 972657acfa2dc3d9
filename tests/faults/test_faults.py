"""Every fault the loopback server can inject, against the sync and the async client.

Each `Case` is one row of the table in docs/robustness-clients.md: the fault, the method
(`GET /server` is idempotent, `POST /server/1/reboot` is not), what the client does
(retried or not, then returns or raises which error) and how many requests and
connections the server saw. `test_fault` checks all of it for both clients, plus the delays
the client slept (the autouse `sleeps` fixture records them) and that no connection leaks:
none is still held after the call, the pool is empty after `close()` and the server sees
every socket closed. `test_docs_table_is_current` keeps the docs table identical to the
cases; print it with `python -m tests.faults.test_faults`.
"""

from __future__ import annotations

import gc
import json
import tracemalloc
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, cast

import bigtime
import httpx
import pytest
from time4vps import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    InternalServerError,
    RateLimitError,
)
from time4vps.models import ServerSummary, TaskStarted

from .conftest import (
    BACKOFF,
    REALM,
    SESSION_TOKEN,
    Action,
    FaultServer,
    HugeJSONArray,
    Mode,
    Reply,
    Reset,
    Stall,
    StallBody,
    Truncated,
    bigtime_client,
    bigtime_login,
    close_abandoned_clients,
    close_and_check,
    http_date,
    json_reply,
    resolve,
    sync_and_async,
    time4vps_client,
)

Method = Literal["GET", "POST"]
Check = Callable[[Any], None]
Script = Callable[[], Sequence[Action]]

GET_PATH = "/server"
POST_PATH = "/server/1/reboot"
DOCS = Path(__file__).resolve().parents[2] / "docs" / "robustness-clients.md"

SERVERS = [{"server_id": 7, "domain": "vps7.example.com"}]
TASK = {"task_id": 77}
ERROR = {"error": ["backend unavailable"]}
HTML = (
    b"<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head>\n"
    b"<body><h1>502 Bad Gateway</h1><hr><p>nginx</p></body></html>\n"
)
MALFORMED = b'{"task_id": 77, "servers": [{"server_id": 7,'
STALL_TIMEOUT = 0.25  # seconds: the client's timeout in the stall cases
MAX_RETRIES = 2  # every case runs with the default
METHODS: tuple[Method, ...] = ("GET", "POST")


# -- what the server answers -----------------------------------------------------------------
def ok(method: Method) -> Reply:
    """The well-formed success answer of `method`'s operation."""
    return json_reply(200, SERVERS if method == "GET" else TASK)


def always(*actions: Action) -> Script:
    """These answers, in turn (the last one repeats)."""
    return lambda: actions


def then_ok(first: Action, method: Method) -> Script:
    return lambda: (first, ok(method))


def rate_limited(retry_after: Callable[[], str], method: Method | None) -> Script:
    """429 with a Retry-After computed when the test runs; then 200 if `method` is given."""

    def script() -> Sequence[Action]:
        answer = json_reply(429, ERROR, headers={"Retry-After": retry_after()})
        return (answer,) if method is None else (answer, ok(method))

    return script


def seconds(value: str) -> Callable[[], str]:
    return lambda: value


def date_in(delta: float) -> Callable[[], str]:
    return lambda: http_date(delta)


# -- what the tests check ------------------------------------------------------------------
def parsed(result: object) -> None:
    """The success answer, parsed into the operation's model."""
    if isinstance(result, list):
        assert result == [ServerSummary(server_id=7, domain="vps7.example.com")]
    else:
        assert result == TaskStarted(task_id=77)


def is_none(result: object) -> None:
    assert result is None


def nothing_more(err: object) -> None:
    """The columns say it all."""


def transport_cause(err: Any) -> None:
    assert isinstance(err.__cause__, httpx.TransportError)
    assert not isinstance(err.__cause__, httpx.TimeoutException)


def truncation_cause(err: Any) -> None:
    assert isinstance(err.__cause__, httpx.RemoteProtocolError)
    assert "expected 1000" in str(err.__cause__)


def timeout_cause(err: Any) -> None:
    assert isinstance(err.__cause__, httpx.TimeoutException)


def retry_after_is(low: float, high: float) -> Check:
    def check(err: Any) -> None:
        assert low <= err.retry_after <= high, err.retry_after
        assert "not retried" in str(err)

    return check


def retry_after_header(value: str) -> Check:
    def check(err: Any) -> None:
        assert err.headers["retry-after"] == value

    return check


def html_in_message(err: Any) -> None:
    assert "<h1>502 Bad Gateway</h1>" in str(err)
    assert err.headers["content-type"] == "text/html"


def names_content_type(content_type: str) -> Check:
    def check(err: Any) -> None:
        assert "not valid JSON" in str(err)
        assert repr(content_type) in str(err)

    return check


def backoff(retries: int) -> tuple[tuple[float, float], ...]:
    """Bounds of the first `retries` exponential backoff delays (with jitter)."""
    return BACKOFF[:retries]


@dataclass(frozen=True)
class Case:
    """One fault, one method, and everything the test asserts about the outcome."""

    id: str
    fault: str  # for the docs table
    method: Method
    script: Script  # the path's answers, in turn (the last one repeats)
    received: int  # requests the server read in full
    connections: int  # connections the client opened
    error: type[APIError] | None = None  # None: the call returns
    sleeps: tuple[tuple[float, float], ...] = ()  # bounds of each retry delay
    resets_on_connect: int = 0  # connections reset before the request is read
    retry_non_idempotent: bool = False
    timeout: float = 5.0
    status: int | None = None  # err.status_code
    body: object = None  # err.body
    check: Check = parsed  # on the result, or on the error
    note: str = ""  # what `check` asserts beyond the columns, for the docs

    @property
    def path(self) -> str:
        return GET_PATH if self.method == "GET" else POST_PATH

    def outcome(self) -> str:
        if self.error is None:
            end = "returns `None`" if self.check is is_none else "returns the model"
        else:
            end = f"raises `{self.error.__name__}`"
        retries = {0: "", 1: "once", 2: "twice"}[len(self.sleeps)]
        text = f"retried {retries}, then {end}" if retries else f"not retried; {end}"
        return f"{text} ({self.note})" if self.note else text

    def delays(self) -> str:
        def text(low: float, high: float) -> str:
            return f"{low:g} s" if low == high else f"{low:g} to {high:g} s"

        return ", ".join(text(lo, hi) for lo, hi in self.sleeps) or "—"

    def row(self) -> str:
        method = f"{self.method} {self.path}"
        if self.retry_non_idempotent:
            method += ", `retry_non_idempotent=True`"
        return (
            f"| {self.fault} | {method} | {self.outcome()} | {self.delays()} "
            f"| {self.received} | {self.connections} |"
        )


RESET_BEFORE = "reset (RST) before the request is read"
RESET_AFTER = "reset (RST) after the request is read"
STALL = f"no answer: stall past the {STALL_TIMEOUT:g} s timeout"
STALL_BODY = "headers and part of the body, then stall past the timeout"
TRUNCATED_ANSWER = Truncated(sent=b'{"task_id": 77, ', declared=1000)
TRUNCATED = (
    f"`Content-Length: {TRUNCATED_ANSWER.declared}`, "
    f"{len(TRUNCATED_ANSWER.sent)} bytes sent, then close"
)


def every(attempts: int) -> str:
    return ", every time" if attempts > 1 else ""


RESETS = (
    Case(
        "reset-before-read-get", RESET_BEFORE + ", every time", "GET",
        always(ok("GET")), received=0, connections=3, error=APIConnectionError,
        sleeps=backoff(2), resets_on_connect=3, check=transport_cause,
        note="cause: an `httpx.TransportError`",
    ),
    Case(
        "reset-before-read-get-recovers", RESET_BEFORE + ", once", "GET",
        always(ok("GET")), received=1, connections=2, sleeps=backoff(1),
        resets_on_connect=1,
    ),
    Case(
        "reset-before-read-post", RESET_BEFORE, "POST", always(ok("POST")),
        received=0, connections=1, error=APIConnectionError, resets_on_connect=1,
        check=transport_cause, note="cause: an `httpx.TransportError`",
    ),
    Case(
        "reset-before-read-post-opt-in", RESET_BEFORE + ", once", "POST",
        always(ok("POST")), received=1, connections=2, sleeps=backoff(1),
        resets_on_connect=1, retry_non_idempotent=True,
    ),
    Case(
        "reset-after-read-get", RESET_AFTER + ", every time", "GET", always(Reset()),
        received=3, connections=3, error=APIConnectionError, sleeps=backoff(2),
        check=transport_cause, note="cause: an `httpx.TransportError`",
    ),
    Case(
        "reset-after-read-get-recovers", RESET_AFTER + ", once", "GET",
        then_ok(Reset(), "GET"), received=2, connections=2, sleeps=backoff(1),
    ),
    Case(
        "reset-after-read-post", RESET_AFTER, "POST", then_ok(Reset(), "POST"),
        received=1, connections=1, error=APIConnectionError, check=transport_cause,
        note="cause: an `httpx.TransportError`",
    ),
    Case(
        "reset-after-read-post-opt-in", RESET_AFTER + ", once", "POST",
        then_ok(Reset(), "POST"), received=2, connections=2, sleeps=backoff(1),
        retry_non_idempotent=True,
    ),
)  # fmt: skip


def interleave(*groups: tuple[Case, ...]) -> tuple[Case, ...]:
    """The cases of the groups in turn (a1, b1, a2, b2, ...): GET and POST side by side."""
    return tuple(case for row in zip(*groups, strict=True) for case in row)


def rate_limit_cases(method: Method) -> tuple[Case, ...]:
    return (
        Case(
            f"429-retry-after-seconds-{method.lower()}",
            "429 with `Retry-After: 2`, then 200", method,
            rate_limited(seconds("2"), method), received=2, connections=1,
            sleeps=((2.0, 2.0),),
        ),
        Case(
            f"429-retry-after-date-{method.lower()}",
            "429 with `Retry-After: <HTTP-date 30 s ahead>`, then 200", method,
            rate_limited(date_in(30), method), received=2, connections=1,
            sleeps=((28.0, 30.0),),
        ),
        Case(
            f"429-always-{method.lower()}", "429 with `Retry-After: 1`, every time",
            method, rate_limited(seconds("1"), None), received=3, connections=1,
            error=RateLimitError, sleeps=((1.0, 1.0), (1.0, 1.0)), status=429,
            body=ERROR, check=retry_after_header("1"), note="body attached",
        ),
    )  # fmt: skip


RATE_LIMITS = (
    *interleave(*(rate_limit_cases(method) for method in METHODS)),
    Case(
        "429-no-retry-after-get", "429 without `Retry-After`, every time", "GET",
        always(json_reply(429, ERROR)), received=3, connections=1,
        error=RateLimitError, sleeps=backoff(2), status=429, body=ERROR,
        check=nothing_more, note="body attached",
    ),
    Case(
        "429-retry-after-limit", "429 with `Retry-After: 60` (the limit), then 200",
        "GET", rate_limited(seconds("60"), "GET"), received=2, connections=1,
        sleeps=((60.0, 60.0),),
    ),
    Case(
        "429-retry-after-past-date", "429 with `Retry-After: <HTTP-date 30 s ago>`, then 200",
        "GET", rate_limited(date_in(-30), "GET"), received=2, connections=1,
        sleeps=((0.0, 0.0),),
    ),
    Case(
        "429-retry-after-garbage", "429 with `Retry-After: soon` (unparseable), then 200",
        "GET", rate_limited(seconds("soon"), "GET"), received=2, connections=1,
        sleeps=backoff(1),
    ),
    Case(
        "429-retry-after-too-long-seconds", "429 with `Retry-After: 120`", "GET",
        rate_limited(seconds("120"), "GET"), received=1, connections=1,
        error=RateLimitError, status=429, body=ERROR,
        check=retry_after_is(120.0, 120.0), note="`err.retry_after == 120`",
    ),
    Case(
        "429-retry-after-too-long-date",
        "429 with `Retry-After: <HTTP-date 10 min ahead>`", "POST",
        rate_limited(date_in(600), "POST"), received=1, connections=1,
        error=RateLimitError, status=429, body=ERROR,
        check=retry_after_is(590.0, 600.0), note="`err.retry_after` ≈ 600",
    ),
)  # fmt: skip


def server_error_cases(status: int) -> tuple[Case, ...]:
    error = APIStatusError if status == 408 else InternalServerError
    return (
        Case(
            f"{status}-get", f"{status} with a JSON error body, every time", "GET",
            always(json_reply(status, ERROR)), received=3, connections=1,
            error=error, sleeps=backoff(2), status=status, body=ERROR,
            check=nothing_more, note="body attached",
        ),
        Case(
            f"{status}-post", f"{status} with a JSON error body", "POST",
            then_ok(json_reply(status, ERROR), "POST"), received=1, connections=1,
            error=error, status=status, body=ERROR, check=nothing_more,
            note="body attached",
        ),
    )  # fmt: skip


SERVER_ERRORS = (
    *(case for s in (500, 502, 503, 504, 408) for case in server_error_cases(s)),
    Case(
        "503-get-recovers", "503, then 200", "GET",
        then_ok(json_reply(503, ERROR), "GET"), received=2, connections=1,
        sleeps=backoff(1),
    ),
    Case(
        "503-post-opt-in", "503, then 200", "POST",
        then_ok(json_reply(503, ERROR), "POST"), received=2, connections=1,
        sleeps=backoff(1), retry_non_idempotent=True,
    ),
)  # fmt: skip

STALLS = (
    Case(
        "stall-get", STALL + ", every time", "GET", always(Stall()), received=3,
        connections=3, error=APITimeoutError, sleeps=backoff(2),
        timeout=STALL_TIMEOUT, check=timeout_cause,
    ),
    Case(
        "stall-get-recovers", STALL + ", once", "GET", then_ok(Stall(), "GET"),
        received=2, connections=2, sleeps=backoff(1), timeout=STALL_TIMEOUT,
    ),
    Case(
        "stall-post", STALL, "POST", always(Stall()), received=1, connections=1,
        error=APITimeoutError, timeout=STALL_TIMEOUT, check=timeout_cause,
    ),
    Case(
        "stall-mid-body-get", STALL_BODY + ", every time", "GET",
        always(StallBody()), received=3, connections=3, error=APITimeoutError,
        sleeps=backoff(2), timeout=STALL_TIMEOUT, check=timeout_cause,
    ),
    Case(
        "stall-mid-body-post", STALL_BODY, "POST", always(StallBody()), received=1,
        connections=1, error=APITimeoutError, timeout=STALL_TIMEOUT,
        check=timeout_cause,
    ),
)  # fmt: skip


def body_cases(method: Method, attempts: int) -> tuple[Case, ...]:
    """`attempts`: how many requests a fault that is retried for `method` makes."""
    return (
        Case(
            f"malformed-json-{method.lower()}", "200 with malformed JSON", method,
            always(Reply(200, MALFORMED)), received=1, connections=1,
            error=APIResponseValidationError, body=MALFORMED.decode(),
            check=names_content_type("application/json"),
            note="raw text attached as `.body`",
        ),
        Case(
            f"html-502-{method.lower()}",
            "502 with an HTML error page (`text/html`)" + every(attempts), method,
            always(Reply(502, HTML, "text/html")), received=attempts, connections=1,
            error=InternalServerError, sleeps=backoff(attempts - 1), status=502,
            body=HTML.decode(), check=html_in_message,
            note="the HTML text is `.body` and in the message",
        ),
        Case(
            f"empty-200-{method.lower()}", "200 with an empty body", method,
            always(Reply(200, b"")), received=1, connections=1, check=is_none,
        ),
        Case(
            f"truncated-{method.lower()}", TRUNCATED + every(attempts), method,
            always(TRUNCATED_ANSWER), received=attempts, connections=attempts,
            error=APIConnectionError, sleeps=backoff(attempts - 1),
            check=truncation_cause, note="cause: `httpx.RemoteProtocolError`",
        ),
    )  # fmt: skip


BODIES = (
    *interleave(body_cases("GET", MAX_RETRIES + 1), body_cases("POST", 1)),
    Case(
        "truncated-get-recovers", TRUNCATED + ", once", "GET",
        then_ok(TRUNCATED_ANSWER, "GET"), received=2, connections=2, sleeps=backoff(1),
    ),
    Case(
        "html-200-get", "200 with an HTML page (`text/html`)", "GET",
        always(Reply(200, HTML, "text/html")), received=1, connections=1,
        error=APIResponseValidationError, body=HTML.decode(),
        check=names_content_type("text/html"),
        note="the message names the content type",
    ),
    Case(
        "malformed-json-500-get", "500 with malformed JSON, every time", "GET",
        always(Reply(500, MALFORMED)), received=3, connections=1,
        error=InternalServerError, sleeps=backoff(2), status=500,
        body=MALFORMED.decode(), check=nothing_more,
        note="raw text attached as `.body`",
    ),
    Case(
        "empty-503-get", "503 with an empty body, every time", "GET",
        always(Reply(503, b"", None)), received=3, connections=1,
        error=InternalServerError, sleeps=backoff(2), status=503, body="",
        check=nothing_more, note='`.body == ""`',
    ),
    Case(
        "wrong-content-type-get", "200 with JSON labelled `text/plain`", "GET",
        always(Reply(200, json.dumps(SERVERS).encode(), "text/plain")), received=1,
        connections=1,
    ),
    Case(
        "no-content-type-post", "200 with JSON and no `Content-Type`", "POST",
        always(Reply(200, json.dumps(TASK).encode(), None)), received=1,
        connections=1,
    ),
)  # fmt: skip

CASES: tuple[Case, ...] = (*RESETS, *RATE_LIMITS, *SERVER_ERRORS, *STALLS, *BODIES)


def is_exactly(value: object, cls: type) -> bool:
    """`type(value) is cls`, without narrowing `value` for the type checker."""
    return type(value) is cls


def assert_delays(recorded: list[float], bounds: Sequence[tuple[float, float]]) -> None:
    assert len(recorded) == len(bounds), recorded
    for delay, (low, high) in zip(recorded, bounds, strict=True):
        assert low <= delay <= high, (delay, low, high)


def call(client: Any, method: Method) -> Any:
    if method == "GET":
        return client.server_management.list_servers()
    return client.server_management.reboot_server(server_id=1)


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
@sync_and_async
async def test_fault(
    mode: Mode, case: Case, server: FaultServer, sleeps: list[float]
) -> None:
    server.script(case.path, *case.script())
    server.reset_on_connect(case.resets_on_connect)
    client = time4vps_client(
        mode, server, max_retries=MAX_RETRIES, timeout=case.timeout
    )
    caller = (
        client.with_options(retry_non_idempotent=True)
        if case.retry_non_idempotent
        else client
    )

    if case.error is None:
        case.check(await resolve(call(caller, case.method)))
    else:
        with pytest.raises(APIError) as info:
            await resolve(call(caller, case.method))
        err = cast(Any, info.value)
        assert is_exactly(err, case.error), repr(err)
        assert err.request.method == case.method
        assert err.request.url.path == case.path
        if case.status is not None:
            assert err.status_code == case.status
            assert err.response.status_code == case.status
        assert err.body == case.body
        case.check(err)

    assert server.received[case.path] == case.received
    assert sum(server.received.values()) == case.received  # nothing else was sent
    assert server.accepted == case.connections
    assert server.reset_before_read == case.resets_on_connect
    assert_delays(sleeps, case.sleeps)
    await close_and_check(client, server)


# -- a huge body ---------------------------------------------------------------------------
HUGE = 50_000_000


@sync_and_async
async def test_huge_json_array_is_parsed_within_bounded_memory(
    mode: Mode, server: FaultServer, sleeps: list[float]
) -> None:
    body = HugeJSONArray(HUGE)
    server.script(GET_PATH, body)
    client = time4vps_client(mode, server, timeout=20.0)
    gc.collect()
    tracemalloc.start()
    try:
        result = await resolve(client.server_management.list_servers())
        _, peak = tracemalloc.get_traced_memory()
        assert len(result) == body.items() == 5000
        assert result[0].domain == "srv0.example.com"
        assert result[4999].server_id == 4999
        del result
        gc.collect()
        retained, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    # 50 MB of body; the parsed models hold another 50 MB of strings. While parsing, the
    # client may hold the raw bytes and their decoded text on top of that, nothing more,
    # and it keeps none of it once the result is dropped.
    assert body.length() >= HUGE
    assert peak < 4 * HUGE, f"peak {peak / 1e6:.0f} MB for a {HUGE / 1e6:.0f} MB body"
    assert retained < 5_000_000, f"{retained / 1e6:.0f} MB still held after the call"
    assert server.received[GET_PATH] == 1
    assert sleeps == []
    await close_and_check(client, server)


# -- BigTime: the login (a POST) and a token client ---------------------------------------
SESSION = {"token": SESSION_TOKEN, "firm": REALM}
CLIENTS = [{"SystemId": 5, "Nm": "Acme"}]


@sync_and_async
async def test_bigtime_login_is_not_resent_after_a_reset(
    mode: Mode, server: FaultServer, sleeps: list[float]
) -> None:
    server.script("/session", Reset(), json_reply(200, SESSION))

    with pytest.raises(bigtime.APIError) as info:
        await bigtime_login(mode, server)

    assert type(info.value) is bigtime.APIConnectionError
    assert server.received["/session"] == 1
    assert sleeps == []
    await close_abandoned_clients(info.value)
    assert server.wait_all_closed() == 0


@sync_and_async
async def test_bigtime_login_503_is_raised_once(
    mode: Mode, server: FaultServer, sleeps: list[float]
) -> None:
    server.script("/session", json_reply(503, ERROR), json_reply(200, SESSION))

    with pytest.raises(bigtime.InternalServerError) as info:
        await bigtime_login(mode, server)

    assert info.value.status_code == 503
    assert info.value.body == ERROR
    assert server.received["/session"] == 1
    assert sleeps == []
    await close_abandoned_clients(info.value)
    assert server.wait_all_closed() == 0


@sync_and_async
async def test_failed_login_closes_its_connections(
    mode: Mode, server: FaultServer
) -> None:
    server.script("/session", json_reply(503, ERROR))

    with pytest.raises(bigtime.InternalServerError) as info:
        await bigtime_login(mode, server, max_retries=0)

    try:
        assert server.wait_all_closed(timeout=1.0) == 0, "login left a connection open"
    finally:
        await close_abandoned_clients(info.value)


@sync_and_async
async def test_bigtime_login_429_is_retried_after_retry_after(
    mode: Mode, server: FaultServer, sleeps: list[float]
) -> None:
    server.script(
        "/session",
        json_reply(429, ERROR, headers={"Retry-After": "3"}),
        json_reply(200, SESSION),
    )
    server.script("/client", json_reply(200, CLIENTS))

    client = await bigtime_login(mode, server)
    clients = await resolve(client.client.list_clients())

    assert [c.nm for c in clients] == ["Acme"]
    assert server.received["/session"] == 2
    assert server.requests[-1].headers["x-auth-token"] == SESSION_TOKEN
    assert sleeps == [3.0]
    await close_and_check(client, server)


@sync_and_async
async def test_bigtime_get_survives_a_reset_a_truncation_and_an_html_502(
    mode: Mode, server: FaultServer, sleeps: list[float]
) -> None:
    server.script(
        "/client",
        Reset(),
        Truncated(),
        Reply(502, HTML, "text/html"),
        json_reply(200, CLIENTS),
    )
    client = bigtime_client(mode, server, max_retries=3)

    clients = await resolve(client.client.list_clients())

    assert [c.nm for c in clients] == ["Acme"]
    assert server.received["/client"] == 4
    assert_delays(sleeps, BACKOFF)
    await close_and_check(client, server)


@sync_and_async
async def test_bigtime_post_that_times_out_is_sent_once(
    mode: Mode, server: FaultServer, sleeps: list[float]
) -> None:
    server.script("/client/detail", Stall())
    client = bigtime_client(mode, server, timeout=STALL_TIMEOUT)

    with pytest.raises(bigtime.APITimeoutError):
        await resolve(client.client.create_client(nm="Acme"))

    assert server.received["/client/detail"] == 1
    assert sleeps == []
    await close_and_check(client, server)


# -- the pool after faults -----------------------------------------------------------------
@sync_and_async
async def test_connection_is_reused_after_error_answers(
    mode: Mode, server: FaultServer, sleeps: list[float]
) -> None:
    """Error answers are read to the end, so their connection goes back to the pool."""
    server.script(
        GET_PATH,
        json_reply(503, ERROR),
        Reply(502, HTML, "text/html"),
        json_reply(504, ERROR),
        Reply(200, MALFORMED),
        ok("GET"),
    )
    client = time4vps_client(mode, server)

    with pytest.raises(InternalServerError):
        await resolve(client.server_management.list_servers())
    with pytest.raises(APIResponseValidationError):
        await resolve(client.server_management.list_servers())
    parsed(await resolve(client.server_management.list_servers()))

    assert server.received[GET_PATH] == 5
    assert server.accepted == 1
    await close_and_check(client, server)


@sync_and_async
async def test_client_is_usable_after_every_kind_of_failure(
    mode: Mode, server: FaultServer, sleeps: list[float]
) -> None:
    """A reset, a truncated body and a timeout leave nothing broken in the pool."""
    server.script(GET_PATH, Reset(), Truncated(), Stall(), ok("GET"))
    client = time4vps_client(mode, server, max_retries=0, timeout=STALL_TIMEOUT)

    for expected in (APIConnectionError, APIConnectionError, APITimeoutError):
        with pytest.raises(APIError) as info:
            await resolve(client.server_management.list_servers())
        assert type(info.value) is expected
    parsed(await resolve(client.server_management.list_servers()))

    assert server.received[GET_PATH] == 4
    assert server.accepted == 4
    await close_and_check(client, server)


# -- the docs table ------------------------------------------------------------------------
TABLE_HEAD = (
    "| fault | operation | outcome (sync and async) | retry delays "
    "| requests received | connections |\n|---|---|---|---|---|---|"
)


def render_table() -> str:
    return "\n".join([TABLE_HEAD, *(case.row() for case in CASES)])


def test_case_ids_are_unique() -> None:
    assert len({c.id for c in CASES}) == len(CASES)


def test_docs_table_is_current() -> None:
    assert render_table() in DOCS.read_text(encoding="utf-8"), (
        "docs/robustness-clients.md is out of date: replace its table with the output "
        "of `.venv/bin/python -m tests.faults.test_faults`"
    )


if __name__ == "__main__":
    print(render_table())
