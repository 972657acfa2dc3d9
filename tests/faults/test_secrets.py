"""No password or token shows up anywhere a user (or a log collector) can see it.

Each test drives the clients through the faults of `test_faults` (every case of its table
for Time4VPS; the same kinds of fault for BigTime, with a token and with a login) and scans
everything observable for the secrets in `conftest.SECRETS` (the Time4VPS password and its
Basic header value, base64 of `user:password`; the BigTime token, login password and the
session token the server issues):

- `repr()` / `str()` of the client, of a `with_options()` copy and of every error raised;
- `traceback.format_exception()` of every error (chained causes included);
- the DEBUG log output: `PKG_LOG=debug` set before the client is built (its handler writes
  to stderr) and `caplog` at DEBUG for every logger (the package's, httpx's, httpcore's);
- `vars()` of the client, walked recursively (the httpx client and its connection pool
  included) and stringified;
- attempts to pickle or deep-copy the client and a `with_options()` copy (refused; the
  message and its traceback must not leak either).
"""

from __future__ import annotations

import copy
import functools
import itertools
import logging
import pickle
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from types import FunctionType, ModuleType
from typing import Any

import pytest
from time4vps import APIError

from .conftest import (
    BASIC_TOKEN,
    PASSWORD,
    REALM,
    SECRETS,
    SESSION_TOKEN,
    Action,
    Answer,
    FaultServer,
    Mode,
    Reply,
    Request,
    Reset,
    Stall,
    Truncated,
    bigtime_client,
    bigtime_login,
    close_abandoned_clients,
    json_reply,
    resolve,
    sync_and_async,
    time4vps_client,
)
from .test_faults import CASES, HTML, MALFORMED, MAX_RETRIES, call

SESSION = {"token": SESSION_TOKEN, "firm": REALM}
FAST_TIMEOUT = 0.3  # seconds; BigTime clients (stall faults wait this long)


# -- scanning ------------------------------------------------------------------------------
def walk(obj: object, depth: int = 0, seen: set[int] | None = None) -> Iterator[str]:
    """`repr()` of `obj` and of everything reachable from it through `vars()` and
    containers."""
    seen = set() if seen is None else seen
    if id(obj) in seen or depth > 15:
        return
    seen.add(id(obj))
    if isinstance(obj, type | ModuleType | FunctionType):
        return
    try:
        yield repr(obj)
    except Exception as exc:  # a repr that fails is not a leak
        yield f"<repr failed: {type(exc).__name__}>"
    if isinstance(obj, str | bytes | bytearray | int | float | bool | None):
        return
    if isinstance(obj, dict):
        for key, value in list(obj.items()):
            yield from walk(key, depth + 1, seen)
            yield from walk(value, depth + 1, seen)
    elif isinstance(obj, list | tuple | set | frozenset):
        for item in list(obj):
            yield from walk(item, depth + 1, seen)
    else:
        attributes = getattr(obj, "__dict__", None)
        if isinstance(attributes, dict):
            yield from walk(attributes, depth + 1, seen)


@dataclass
class Observed:
    """Everything observable, as (where, text) pairs."""

    texts: list[tuple[str, str]] = field(default_factory=list)
    errors: list[BaseException] = field(default_factory=list)

    def add(self, where: str, text: str | bytes) -> None:
        if isinstance(text, bytes):
            text = text.decode("latin-1")
        self.texts.append((where, text))

    def error(self, where: str, err: BaseException) -> None:
        self.errors.append(err)
        self.add(f"{where}: repr(err)", repr(err))
        self.add(f"{where}: str(err)", str(err))
        self.add(f"{where}: err.args", repr(err.args))
        self.add(f"{where}: traceback", "".join(traceback.format_exception(err)))

    def client(self, where: str, client: Any) -> None:
        self.add(f"{where}: repr(client)", repr(client))
        self.add(f"{where}: str(client)", str(client))
        self.add(f"{where}: repr(with_options)", repr(client.with_options(timeout=1)))
        self.add(f"{where}: vars(client)", "\n".join(walk(vars(client))))
        copies = (("client", client), ("with_options()", client.with_options()))
        attempts = (("pickle", pickle.dumps), ("deepcopy", copy.deepcopy))
        for (what, target), (name, attempt) in itertools.product(copies, attempts):
            try:
                attempt(target)
            except TypeError as exc:
                refused = "".join(traceback.format_exception(exc))
                self.add(f"{where}: {name} of {what} refused", refused)
            else:
                pytest.fail(f"{where}: {name} of {what} (holding credentials) worked")

    def leaks(self) -> list[str]:
        return [
            f"{secret[:6]}… in {where}"
            for where, text in self.texts
            for secret in SECRETS
            if secret in text
        ]


@pytest.fixture
def observed(
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
) -> Iterator[Observed]:
    """DEBUG logging on (env and caplog); after the test, the logs are scanned too."""
    monkeypatch.setenv("TIME4VPS_LOG", "debug")
    monkeypatch.setenv("BIGTIME_LOG", "debug")
    caplog.set_level(logging.DEBUG)
    for name in ("time4vps", "bigtime", "httpx", "httpcore"):
        caplog.set_level(logging.DEBUG, logger=name)
    seen = Observed()
    yield seen
    stderr = capsys.readouterr().err
    logged = "\n".join(
        f"{r.name} {r.levelname} {r.getMessage()}" for r in caplog.get_records("call")
    )
    seen.add("stderr (PKG_LOG=debug handler)", stderr)
    seen.add("caplog", logged)
    assert "<redacted>" in stderr, "the debug handler logged no request headers"
    assert "<redacted>" in logged
    assert "httpcore" in logged
    assert seen.errors, "no error was raised: the scan proves nothing"
    assert seen.leaks() == []


async def run(seen: Observed, where: str, action: Callable[[], Any]) -> None:
    """Call `action` (awaiting what the async client returns); record what it raised."""
    try:
        await resolve(action())
    except Exception as err:
        seen.error(where, err)


# -- Time4VPS: every fault case ------------------------------------------------------------
@sync_and_async
async def test_time4vps_secrets_stay_hidden_through_every_fault(
    mode: Mode, server: FaultServer, observed: Observed
) -> None:
    for case in CASES:  # as in test_faults: same answers, same options, same errors
        server.script(case.path, *case.script())
        server.reset_on_connect(case.resets_on_connect)
        client = time4vps_client(
            mode, server, max_retries=MAX_RETRIES, timeout=case.timeout
        )
        caller = client.with_options(retry_non_idempotent=case.retry_non_idempotent)
        await run(observed, case.id, functools.partial(call, caller, case.method))
        observed.client(case.id, client)
        await resolve(client.close())
    assert len(observed.errors) == sum(1 for c in CASES if c.error is not None)


# -- BigTime: a token client, and a logged-in one ------------------------------------------
BIGTIME_FAULTS: tuple[tuple[str, Answer], ...] = (
    ("reset", Reset()),
    ("truncated", Truncated()),
    ("stall", Stall()),
    (
        "429-too-long",
        json_reply(429, {"error": "slow"}, headers={"Retry-After": "999"}),
    ),
    ("500", json_reply(500, {"error": "boom"})),
    ("html-502", Reply(502, HTML, "text/html")),
    ("malformed-200", Reply(200, MALFORMED)),
    ("html-200", Reply(200, HTML, "text/html")),
    ("401", json_reply(401, {"error": "expired"})),
)


async def bigtime_faults(
    seen: Observed, client: Any, server: FaultServer, kind: str
) -> None:
    """Every fault on a GET (`/client`) and a POST (`/client/detail`)."""
    for name, answer in BIGTIME_FAULTS:
        server.script("/client", answer)
        await run(seen, f"{kind} GET {name}", client.client.list_clients)
        server.script("/client/detail", answer)
        await run(
            seen, f"{kind} POST {name}", lambda: client.client.create_client(nm="x")
        )
    seen.client(kind, client)


@sync_and_async
async def test_bigtime_token_stays_hidden(
    mode: Mode, server: FaultServer, observed: Observed
) -> None:
    client = bigtime_client(mode, server, timeout=FAST_TIMEOUT)
    await bigtime_faults(observed, client, server, "token")
    await resolve(client.close())


@sync_and_async
async def test_bigtime_login_password_and_session_token_stay_hidden(
    mode: Mode, server: FaultServer, observed: Observed
) -> None:
    server.script("/session", json_reply(200, SESSION))
    client = await bigtime_login(mode, server, timeout=FAST_TIMEOUT)
    await bigtime_faults(observed, client, server, "login")
    await resolve(client.close())

    # The login itself failing, in every way, while the password is in flight.
    for name, answer in (*BIGTIME_FAULTS, ("echo", echo(403))):
        server.script("/session", answer)
        try:
            await bigtime_login(mode, server, timeout=FAST_TIMEOUT)
        except Exception as err:
            observed.error(f"login {name}", err)
            await close_abandoned_clients(err)
        else:
            pytest.fail(f"login {name}: no error")


# -- a server that quotes the credentials back ----------------------------------------------
def echo(status: int, *, authorization: bool = False) -> Callable[[Request], Action]:
    """An error answer quoting the request's credential headers and its body."""

    def answer(request: Request) -> Action:
        names = {"x-auth-token", "x-auth-realm"} | (
            {"authorization"} if authorization else set()
        )
        quoted = {k: v for k, v in request.headers.items() if k in names}
        body = request.body.decode("latin-1")
        return json_reply(status, {"error": f"rejected {quoted} body={body!r}"})

    return answer


@sync_and_async
async def test_secrets_quoted_by_the_server_are_redacted_from_messages(
    mode: Mode, server: FaultServer, observed: Observed
) -> None:
    """The token, the session token and the login password, quoted back in an error."""
    server.script("/client", echo(400))
    server.script("/client/detail", echo(400))
    token_client = bigtime_client(mode, server)
    await run(observed, "token GET", token_client.client.list_clients)
    await run(observed, "token POST", lambda: token_client.client.create_client(nm="x"))
    await resolve(token_client.close())

    server.script("/session", json_reply(200, SESSION))
    login_client = await bigtime_login(mode, server)
    await run(observed, "session GET", login_client.client.list_clients)
    await resolve(login_client.close())

    server.script("/session", echo(403))
    await run(observed, "login", lambda: bigtime_login(mode, server))
    await close_abandoned_clients(observed.errors[-1])

    assert len(observed.errors) == 4
    for err in observed.errors:
        assert "<redacted>" in str(err), str(err)


@sync_and_async
async def test_quoted_basic_authorization_header_is_redacted(
    mode: Mode, server: FaultServer
) -> None:
    server.script("/server", echo(401, authorization=True))
    client = time4vps_client(mode, server, max_retries=0)

    with pytest.raises(APIError) as info:
        await resolve(client.server_management.list_servers())

    await resolve(client.close())
    message = str(info.value)
    assert "rejected" in message and "<redacted>" in message
    assert PASSWORD not in message
    assert BASIC_TOKEN not in message, message


# -- pickling errors -----------------------------------------------------------------------
@sync_and_async
async def test_pickled_errors_do_not_carry_credentials(
    mode: Mode, server: FaultServer
) -> None:
    server.default = lambda request: json_reply(500, {"error": "boom"})
    clients = [
        time4vps_client(mode, server, max_retries=0),
        bigtime_client(mode, server, max_retries=0),
    ]
    errors: list[BaseException] = []
    for client in clients:
        try:
            await resolve(
                client.server_management.list_servers()
                if hasattr(client, "server_management")
                else client.client.list_clients()
            )
        except Exception as err:
            errors.append(err)
        await resolve(client.close())
    assert len(errors) == 2

    for error in errors:
        try:
            data = pickle.dumps(error)
        except (TypeError, pickle.PicklingError) as exc:
            assert all(s not in str(exc) for s in SECRETS)
            continue
        leaked = [s for s in SECRETS if s.encode() in data]
        assert leaked == [], f"{type(error).__name__} pickle holds {leaked}"
