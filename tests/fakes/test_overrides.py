"""Per-operation answers (`fake.override`) and call inspection (`fake.calls`), sync and async.

An answer is a value (a 200 JSON body), a `Reply` (status, body or raw content, headers), a
callable receiving the `Call`, or several of those used in turn with the last repeating.
Operations are named "resource.method" or by operationId. `fake.calls` records every
request the fake answered, `fake.calls_to(name)` those of one operation, and `fake.reset()`
forgets both overrides and calls.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from bigtime.testing import Reply as BigTimeReply
from tim4biz.testing import Reply as TIM4bizReply
from time4vps.testing import Call, Reply

from .conftest import (
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
        "assigned": "2025-01-01T10:00:05+00:00" if completed else "",
        "completed": completed,
        "results": results,
    }


DONE = _task("2025-01-01T10:01:00+00:00", "VM rebooted successfully")


# -- values --------------------------------------------------------------------------------------
@sync_and_async
@pytest.mark.parametrize("name", ["server_management.get_task", "getTask"])
async def test_override_with_a_value(mode: Mode, name: str) -> None:
    fake = make_fake("time4vps")
    client = make_client("time4vps", mode, fake)
    fake.override(name, _task())

    task = await resolve(client.server_management.get_task(server_id=1, task_id=2))

    assert type(task).__name__ == "Task"
    assert task.to_dict() == _task()
    assert task.completed == ""
    assert [(c.name, c.status) for c in fake.calls] == [
        ("server_management.get_task", 200)
    ]


@sync_and_async
async def test_override_with_a_list_value(mode: Mode) -> None:
    fake = make_fake("bigtime")
    client = make_client("bigtime", mode, fake)
    fake.override("client.list_clients", [{"SystemId": 1, "Nm": "Only client"}])

    clients = await resolve(client.client.list_clients())

    assert [c.to_dict() for c in clients] == [{"SystemId": 1, "Nm": "Only client"}]
    assert clients[0].system_id == 1


@sync_and_async
async def test_override_is_per_operation(mode: Mode) -> None:
    fake = make_fake("time4vps")
    client = make_client("time4vps", mode, fake)
    fake.override("server_management.get_task", _task())

    servers = await resolve(client.server_management.list_servers())

    list_servers = find_operation("time4vps", "server_management.list_servers")
    assert wire(servers) == success_example(list_servers)[1]


@sync_and_async
async def test_a_new_override_replaces_the_previous_one(mode: Mode) -> None:
    fake = make_fake("time4vps")
    client = make_client("time4vps", mode, fake)
    fake.override("getTask", _task())
    fake.override("server_management.get_task", DONE)

    task = await resolve(client.server_management.get_task(server_id=1, task_id=2))

    assert task.to_dict() == DONE


# -- Reply -------------------------------------------------------------------------------------
@sync_and_async
async def test_override_with_a_reply_status_and_body(mode: Mode) -> None:
    fake = make_fake("time4vps")
    client = make_client("time4vps", mode, fake)
    errors = package_module("time4vps")
    fake.override("server_management.get_server", Reply(404, {"error": ["Not found"]}))

    with pytest.raises(errors.NotFoundError) as info:
        await resolve(client.server_management.get_server(server_id=404))

    assert info.value.status_code == 404
    assert info.value.body == {"error": ["Not found"]}
    assert "Not found" in str(info.value)
    assert [c.status for c in fake.calls] == [404]


@sync_and_async
async def test_reply_headers_and_raw_content(mode: Mode) -> None:
    fake = make_fake("tim4biz")
    client = make_client("tim4biz", mode, fake)
    fake.override(
        "call_accounting.get_extension_total",
        TIM4bizReply(
            200,
            content=b'[{"extension": "201", "calls": 4}]',
            headers={"content-type": "application/json", "X-Request-Id": "req-1"},
        ),
    )

    raw = await resolve(
        client.call_accounting.with_raw_response.get_extension_total(
            from_="2025-01-01T00:00:00", to="2025-01-02T00:00:00"
        )
    )

    assert raw.status_code == 200
    assert raw.headers["X-Request-Id"] == "req-1"
    assert raw.parse() == [{"extension": "201", "calls": 4}]


@sync_and_async
async def test_reply_without_body(mode: Mode) -> None:
    fake = make_fake("tim4biz")
    client = make_client("tim4biz", mode, fake)
    fake.override("setSms", TIM4bizReply(200))

    result = await resolve(
        client.messaging.set_sms(to="+61400000000", message="Hello from TIM4biz")
    )

    assert result is None
    assert fake.calls[0].status == 200


@sync_and_async
async def test_reply_with_rate_limit_headers(mode: Mode) -> None:
    fake = make_fake("tim4biz")
    client = make_client("tim4biz", mode, fake)
    headers = {
        "TIM4biz-Rate-Limit-Limit": "0",
        "TIM4biz-Rate-Limit-Remaining": "0",
        "TIM4biz-Rate-Limit-Limit-24-Hours": "0",
        "TIM4biz-Rate-Limit-Remaining-24-Hours": "0",
    }
    fake.override("messaging.set_sms", TIM4bizReply(429, None, headers))

    with pytest.raises(package_module("tim4biz").RateLimitError) as info:
        await resolve(client.messaging.set_sms(to="+61400000000", message="Hi"))

    assert info.value.status_code == 429
    assert [c.status for c in fake.calls] == [429]  # a zero limit is not retried


# -- sequences -----------------------------------------------------------------------------------
@sync_and_async
async def test_sequence_is_used_in_turn_and_the_last_repeats(mode: Mode) -> None:
    fake = make_fake("time4vps")
    client = make_client("time4vps", mode, fake)
    first, second = _task(), DONE
    fake.override("server_management.get_task", first, second)

    seen = [
        (await resolve(client.server_management.get_task(server_id=1, task_id=2)))
        for _ in range(4)
    ]

    assert [t.to_dict() for t in seen] == [first, second, second, second]
    assert len(fake.calls_to("server_management.get_task")) == 4


@sync_and_async
async def test_sequence_drives_a_retry(mode: Mode, sleeps: list[float]) -> None:
    fake = make_fake("time4vps")
    client = make_client("time4vps", mode, fake)
    busy = Reply(503, {"error": ["Service unavailable"]})
    servers = [{"server_id": 7, "domain": "a.example.com", "ip": "192.0.2.7"}]
    fake.override("server_management.list_servers", busy, busy, servers)

    result = await resolve(client.server_management.list_servers())

    assert [s.to_dict() for s in result] == servers
    assert [c.status for c in fake.calls] == [503, 503, 200]
    assert len(sleeps) == 2


@sync_and_async
async def test_sequence_with_retry_after(mode: Mode, sleeps: list[float]) -> None:
    fake = make_fake("bigtime")
    client = make_client("bigtime", mode, fake)
    fake.override(
        "client.list_clients",
        BigTimeReply(429, {"message": "slow down"}, {"Retry-After": "3"}),
        [],
    )

    assert await resolve(client.client.list_clients()) == []
    assert [c.status for c in fake.calls] == [429, 200]
    assert sleeps == [3.0]


@sync_and_async
async def test_sequence_shows_a_post_is_not_retried(mode: Mode) -> None:
    fake = make_fake("time4vps")
    client = make_client("time4vps", mode, fake)
    fake.override(
        "server_management.reboot_server",
        Reply(503, {"error": ["down"]}),
        {"task_id": 1},
    )

    with pytest.raises(package_module("time4vps").InternalServerError) as info:
        await resolve(client.server_management.reboot_server(server_id=1))

    assert info.value.status_code == 503
    assert [c.status for c in fake.calls] == [503]


# -- callables -----------------------------------------------------------------------------------
@sync_and_async
async def test_callable_receives_the_call(mode: Mode) -> None:
    fake = make_fake("time4vps")
    client = make_client("time4vps", mode, fake)
    seen: list[Call] = []

    def answer(call: Call) -> Any:
        seen.append(call)
        return {"task_id": int(call.path_params["server_id"]) * 100}

    fake.override("server_management.reinstall_server", answer)

    started = await resolve(
        client.server_management.reinstall_server(server_id=7, os="debian-12", script=3)
    )

    assert started.task_id == 700
    [call] = seen
    assert isinstance(call, Call)
    assert call.name == "server_management.reinstall_server"
    assert call.operation_id == "reinstallServer"
    assert call.method == "POST"
    assert call.path == "/api/server/7/reinstall"
    assert call.path_params == {"server_id": "7"}
    assert call.query == {}
    assert call.body == {"os": "debian-12", "script": 3}
    assert call.headers["authorization"].startswith("Basic ")
    assert isinstance(call.request, httpx.Request)
    assert fake.calls[0].status == 200


@sync_and_async
async def test_callable_may_return_a_reply(mode: Mode) -> None:
    fake = make_fake("time4vps")
    client = make_client("time4vps", mode, fake)

    def answer(call: Call) -> Reply:
        if call.path_params["server_id"] == "1":
            return Reply(200, {"task_id": 1})
        return Reply(400, {"error": [f"server {call.path_params['server_id']} busy"]})

    fake.override("server_management.reboot_server", answer)

    started = await resolve(client.server_management.reboot_server(server_id=1))
    with pytest.raises(package_module("time4vps").BadRequestError) as info:
        await resolve(client.server_management.reboot_server(server_id=2))

    assert started.task_id == 1
    assert info.value.body == {"error": ["server 2 busy"]}
    assert [c.status for c in fake.calls] == [200, 400]


@sync_and_async
async def test_callable_in_a_sequence(mode: Mode) -> None:
    fake = make_fake("time4vps")
    client = make_client("time4vps", mode, fake)
    fake.override(
        "server_management.get_task",
        lambda call: _task(),
        lambda call: Reply(200, DONE),
    )

    first = await resolve(client.server_management.get_task(server_id=1, task_id=2))
    later = [
        await resolve(client.server_management.get_task(server_id=1, task_id=2))
        for _ in range(2)
    ]

    assert first.to_dict() == _task()
    assert [t.to_dict() for t in later] == [DONE, DONE]


# -- call inspection -----------------------------------------------------------------------------
@sync_and_async
async def test_calls_record_name_params_query_body_and_status(mode: Mode) -> None:
    fake = make_fake("bigtime")
    client = make_client("bigtime", mode, fake)

    await resolve(client.client.list_clients(show_inactive=True))
    await resolve(client.client.get_client(systemid=12345, view="Detailed"))
    await resolve(
        client.client.update_client(systemid=12345, system_id=12345, nm="Renamed")
    )
    with pytest.raises(package_module("bigtime").BadRequestError):
        await resolve(client.client.get_client(systemid=12345, view="Full"))

    assert [(c.name, c.status) for c in fake.calls] == [
        ("client.list_clients", 200),
        ("client.get_client", 200),
        ("client.update_client", 200),
        ("client.get_client", 400),
    ]
    listed, got, updated, refused = fake.calls
    assert listed.query == {"ShowInactive": ["true"]}
    assert listed.path_params == {}
    assert listed.body is None
    assert got.path_params == {"systemid": "12345"}
    assert got.query == {"View": ["Detailed"]}
    assert got.operation_id == "getClient"
    assert updated.method == "POST"
    assert updated.body == {"SystemId": 12345, "Nm": "Renamed"}
    assert updated.headers["X-Auth-Realm"] == "ABCD-1234"
    assert refused.query == {"View": ["Full"]}
    assert fake.calls_to("client.get_client") == [got, refused]
    assert fake.calls_to("getClient") == [got, refused]
    assert fake.calls_to("client.create_client") == []


@sync_and_async
async def test_calls_record_query_parameters_of_time4vps(mode: Mode) -> None:
    fake = make_fake("time4vps")
    client = make_client("time4vps", mode, fake)

    await resolve(client.clientarea.list_notifications(rel_type="Hosting", rel_id=5))
    await resolve(client.clientarea.update_details(state="Vilnius"))

    notifications, details = fake.calls
    assert notifications.query == {"rel_type": ["Hosting"], "rel_id": ["5"]}
    assert notifications.name == "clientarea.list_notifications"
    assert details.body == {"state": "Vilnius"}
    assert details.method == "PUT"


@sync_and_async
async def test_override_does_not_bypass_validation(mode: Mode) -> None:
    fake = make_fake("tim4biz")
    client = make_client("tim4biz", mode, fake)
    fake.override("messaging.set_sms", {"sent": 1}, {"sent": 2})

    with pytest.raises(package_module("tim4biz").BadRequestError):
        await resolve(client.messaging.set_sms(to="0400", message="Hi"))
    result = await resolve(client.messaging.set_sms(to="+61400000000", message="Hi"))

    assert result == {"sent": 1}  # the refused request used up no answer
    assert [c.status for c in fake.calls] == [400, 200]


async def test_one_fake_serves_sync_and_async_clients() -> None:
    fake = make_fake("time4vps")
    sync_client = make_client("time4vps", "sync", fake)
    async_client = make_client("time4vps", "async", fake)
    fake.override("server_management.reboot_server", {"task_id": 1}, {"task_id": 2})

    first = sync_client.server_management.reboot_server(server_id=1)
    second = await async_client.server_management.reboot_server(server_id=1)

    assert (first.task_id, second.task_id) == (1, 2)
    assert len(fake.calls_to("rebootServer")) == 2


def test_fakes_are_independent() -> None:
    one, other = make_fake("time4vps"), make_fake("time4vps")
    one.override("server_management.get_task", _task())
    make_client("time4vps", "sync", one).server_management.get_task(
        server_id=1, task_id=2
    )
    task = make_client("time4vps", "sync", other).server_management.get_task(
        server_id=1, task_id=2
    )
    assert task.completed  # the spec's example, not the other fake's override
    assert len(one.calls) == 1 and len(other.calls) == 1


# -- reset and mistakes --------------------------------------------------------------------------
@sync_and_async
async def test_reset_forgets_overrides_and_calls(mode: Mode) -> None:
    fake = make_fake("time4vps")
    client = make_client("time4vps", mode, fake)
    get_task = find_operation("time4vps", "server_management.get_task")
    fake.override("server_management.get_task", _task())
    await resolve(client.server_management.get_task(server_id=1, task_id=2))

    fake.reset()

    assert fake.calls == []
    assert fake.calls_to("server_management.get_task") == []
    task = await resolve(client.server_management.get_task(server_id=1, task_id=2))
    assert task.to_dict() == success_example(get_task)[1]
    assert len(fake.calls) == 1


def test_override_of_an_unknown_operation() -> None:
    fake = make_fake("time4vps")
    with pytest.raises(KeyError, match=r"server_management\.get_task"):
        fake.override("server_management.get_tasks", _task())
    with pytest.raises(KeyError):
        fake.calls_to("getTasks")


def test_override_needs_an_answer() -> None:
    fake = make_fake("time4vps")
    with pytest.raises(ValueError):
        fake.override("server_management.get_task")
