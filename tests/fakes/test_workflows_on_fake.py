"""The vendor workflows run against the fake: Time4VPS task polling, BigTime session login
(and re-login after a 401), TIM4biz rate-limit headers. Nothing really sleeps (the clients'
`_sleep` records the delays)."""

from __future__ import annotations

from typing import Any

import pytest
from bigtime import AsyncBigTime, BigTime
from bigtime.testing import Call as BigTimeCall
from bigtime.testing import Reply as BigTimeReply
from time4vps import TaskFailedError, TaskInProgressError, TaskTimeoutError
from time4vps.testing import Reply

from .conftest import (
    Fake,
    Mode,
    find_operation,
    make_client,
    make_fake,
    package_module,
    resolve,
    success_example,
    sync_and_async,
    wire,
)


def _task(completed: str = "", results: str = "") -> dict[str, str]:
    return {
        "name": "server_reboot",
        "activated": "2025-01-01T10:00:00+00:00",
        "assigned": "2025-01-01T10:00:05+00:00",
        "completed": completed,
        "results": results,
    }


RUNNING = _task()
DONE = _task("2025-01-01T10:01:00+00:00", "VM rebooted successfully")
FAILED = _task("2025-01-01T10:01:00+00:00", "Failed to reboot: hypervisor error")


# -- Time4VPS tasks ------------------------------------------------------------------------------
@sync_and_async
async def test_wait_for_task_polls_until_finished(
    mode: Mode, sleeps: list[float]
) -> None:
    fake = make_fake("time4vps")
    client = make_client("time4vps", mode, fake)
    fake.override("server_management.get_task", RUNNING, RUNNING, DONE)

    task = await resolve(
        client.server_management.wait_for_task(
            server_id=1, task_id=9367, poll_interval=2.0
        )
    )

    assert task.to_dict() == DONE
    polls = fake.calls_to("server_management.get_task")
    assert [c.status for c in polls] == [200, 200, 200]
    assert {tuple(sorted(c.path_params.items())) for c in polls} == {
        (("server_id", "1"), ("task_id", "9367"))
    }
    assert sleeps == [2.0, 2.5]  # polls slow down gently


@sync_and_async
async def test_wait_for_task_with_the_spec_example_returns_at_once(
    mode: Mode, sleeps: list[float]
) -> None:
    fake = make_fake("time4vps")
    client = make_client("time4vps", mode, fake)

    task = await resolve(client.server_management.wait_for_task(server_id=1, task_id=2))

    get_task = find_operation("time4vps", "server_management.get_task")
    assert task.to_dict() == success_example(get_task)[1]
    assert len(fake.calls) == 1
    assert sleeps == []


@sync_and_async
async def test_reboot_server_and_wait(mode: Mode, sleeps: list[float]) -> None:
    fake = make_fake("time4vps")
    client = make_client("time4vps", mode, fake)
    fake.override("server_management.get_task", RUNNING, RUNNING, DONE)

    task = await resolve(client.server_management.reboot_server_and_wait(server_id=5))

    assert task.to_dict() == DONE
    assert [c.name for c in fake.calls] == [
        "server_management.reboot_server",
        "server_management.get_task",
        "server_management.get_task",
        "server_management.get_task",
    ]
    reboot = find_operation("time4vps", "server_management.reboot_server")
    task_id = str(success_example(reboot)[1]["task_id"])  # the started task's id
    for poll in fake.calls_to("getTask"):
        assert poll.path_params == {"server_id": "5", "task_id": task_id}
    assert len(sleeps) == 2


@sync_and_async
async def test_task_id_comes_from_the_overridden_start(mode: Mode) -> None:
    fake = make_fake("time4vps")
    client = make_client("time4vps", mode, fake)
    fake.override(
        "server_management.reinstall_server",
        lambda call: {"task_id": int(call.path_params["server_id"]) + 1000},
    )
    fake.override("server_management.get_task", RUNNING, DONE)

    await resolve(
        client.server_management.reinstall_server_and_wait(server_id=5, os="debian-12")
    )

    assert [c.path_params["task_id"] for c in fake.calls_to("getTask")] == [
        "1005",
        "1005",
    ]
    assert fake.calls_to("reinstallServer")[0].body == {"os": "debian-12"}


@sync_and_async
async def test_failed_task(mode: Mode) -> None:
    fake = make_fake("time4vps")
    client = make_client("time4vps", mode, fake)
    fake.override("server_management.get_task", RUNNING, FAILED)

    with pytest.raises(TaskFailedError) as info:
        await resolve(client.server_management.reboot_server_and_wait(server_id=1))

    assert "Failed to reboot" in str(info.value)
    assert wire(info.value.task) == FAILED


@sync_and_async
async def test_task_timeout(mode: Mode) -> None:
    fake = make_fake("time4vps")
    client = make_client("time4vps", mode, fake)
    fake.override("server_management.get_task", RUNNING)

    with pytest.raises(TaskTimeoutError) as info:
        await resolve(
            client.server_management.wait_for_task(server_id=1, task_id=2, timeout=0)
        )

    assert wire(info.value.task) == RUNNING


@sync_and_async
async def test_task_already_running(mode: Mode) -> None:
    fake = make_fake("time4vps")
    client = make_client("time4vps", mode, fake)
    fake.override(
        "server_management.reboot_server",
        Reply(400, {"error": ["Another task is already running on this server"]}),
    )

    with pytest.raises(TaskInProgressError) as info:
        await resolve(client.server_management.reboot_server_and_wait(server_id=1))

    assert isinstance(info.value, package_module("time4vps").BadRequestError)
    assert fake.calls_to("server_management.get_task") == []


# -- BigTime login -------------------------------------------------------------------------------
def _session(token: str, firm: str = "ABCD-1234") -> dict[str, Any]:
    return {"token": token, "firm": firm, "staffsid": 1, "userid": "user@example.com"}


async def _login(mode: Mode, fake: Fake, **kwargs: Any) -> Any:
    args: dict[str, Any] = {"user_id": "user@example.com", "password": "s3cret-pass"}
    args.update(kwargs)
    if mode == "sync":
        return BigTime.login(http_client=fake.http_client(), **args)
    return await AsyncBigTime.login(http_client=fake.async_http_client(), **args)


def _clients_example() -> Any:
    return success_example(find_operation("bigtime", "client.list_clients"))[1]


@sync_and_async
async def test_login_then_a_call(mode: Mode) -> None:
    fake = make_fake("bigtime")
    session = success_example(find_operation("bigtime", "session.create_session"))[1]

    client = await _login(mode, fake)
    clients = await resolve(client.client.list_clients())

    assert wire(clients) == _clients_example()
    login, listed = fake.calls
    assert (login.name, login.status) == ("session.create_session", 200)
    assert login.body == {"UserId": "user@example.com", "Pwd": "s3cret-pass"}
    assert "X-Auth-Token" not in login.headers
    assert (listed.name, listed.status) == ("client.list_clients", 200)
    assert listed.headers["X-Auth-Token"] == session["token"]
    assert listed.headers["X-Auth-Realm"] == session["firm"]


@sync_and_async
async def test_login_with_a_firm_sends_that_realm(mode: Mode) -> None:
    fake = make_fake("bigtime")
    fake.override("session.create_session", _session("token-1", firm="IGNORED"))

    client = await _login(mode, fake, firm="WXYZ-9999")
    await resolve(client.client.get_client(systemid=12345))

    call = fake.calls_to("client.get_client")[0]
    assert call.headers["X-Auth-Token"] == "token-1"
    assert call.headers["X-Auth-Realm"] == "WXYZ-9999"


@sync_and_async
async def test_401_logs_in_again_and_repeats_the_call(mode: Mode) -> None:
    fake = make_fake("bigtime")
    fake.override("session.create_session", _session("token-1"), _session("token-2"))
    fake.override(
        "client.list_clients",
        BigTimeReply(401, {"message": "session expired"}),
        _clients_example(),
    )

    client = await _login(mode, fake)
    clients = await resolve(client.client.list_clients())

    assert wire(clients) == _clients_example()
    assert [(c.name, c.status) for c in fake.calls] == [
        ("session.create_session", 200),
        ("client.list_clients", 401),
        ("session.create_session", 200),
        ("client.list_clients", 200),
    ]
    tokens = [c.headers["X-Auth-Token"] for c in fake.calls_to("listClients")]
    assert tokens == ["token-1", "token-2"]


@sync_and_async
async def test_expired_token_simulated_by_a_callable(mode: Mode) -> None:
    fake = make_fake("bigtime")
    fake.override("session.create_session", _session("old"), _session("new"))
    clients = _clients_example()

    def answer(call: BigTimeCall) -> Any:
        if call.headers["X-Auth-Token"] == "old":
            return BigTimeReply(401, {"message": "token expired"})
        return clients

    fake.override("client.list_clients", answer)

    client = await _login(mode, fake)
    first = await resolve(client.client.list_clients())
    second = await resolve(client.client.list_clients())

    assert wire(first) == wire(second) == clients
    assert len(fake.calls_to("session.create_session")) == 2  # one re-login only
    assert [c.status for c in fake.calls_to("client.list_clients")] == [401, 200, 200]


@sync_and_async
async def test_relogin_happens_once(mode: Mode) -> None:
    fake = make_fake("bigtime")
    fake.override("client.list_clients", BigTimeReply(401, {"message": "nope"}))

    client = await _login(mode, fake)
    with pytest.raises(package_module("bigtime").AuthenticationError):
        await resolve(client.client.list_clients())

    assert [c.name for c in fake.calls] == [
        "session.create_session",
        "client.list_clients",
        "session.create_session",
        "client.list_clients",
    ]


@sync_and_async
async def test_failed_login(mode: Mode) -> None:
    fake = make_fake("bigtime")
    fake.override("session.create_session", BigTimeReply(401, {"message": "bad login"}))

    with pytest.raises(package_module("bigtime").AuthenticationError):
        await _login(mode, fake)

    assert [(c.name, c.status) for c in fake.calls] == [("session.create_session", 401)]


# -- TIM4biz rate limits -------------------------------------------------------------------------
@sync_and_async
async def test_documented_rate_limit_headers_reach_the_client(mode: Mode) -> None:
    fake = make_fake("tim4biz")
    client = make_client("tim4biz", mode, fake)
    assert client.rate_limit is None

    await resolve(client.messaging.set_sms(to="+61400000000", message="Hi"))

    limits = client.rate_limit
    assert limits is not None
    assert isinstance(limits.limit, int) and isinstance(limits.remaining, int)
    assert isinstance(limits.limit_24h, int) and isinstance(limits.remaining_24h, int)
