"""Retries: which failures are retried for which methods, backoff and Retry-After.

The `sleeps` fixture (conftest) replaces the clients' `_sleep` and records each delay.
"""

from __future__ import annotations

import email.utils
import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from time4vps import (
    APIConnectionError,
    APITimeoutError,
    InternalServerError,
    RateLimitError,
)
from time4vps.models import TaskStarted

from .conftest import (
    MockAPI,
    Mode,
    fail,
    reply,
    resolve,
    sync_and_async,
    tim4biz_client,
    time4vps_client,
)

TASK = {"task_id": 77}
DETAILS = {"client": {"id": "26", "email": "api@example.com"}}
FIRST_BACKOFF = (0.375, 0.5)  # 0.5 s minus up to 25 % jitter
SECOND_BACKOFF = (0.75, 1.0)


def assert_backoff(delays: list[float], *bounds: tuple[float, float]) -> None:
    assert len(delays) == len(bounds), delays
    for delay, (low, high) in zip(delays, bounds, strict=True):
        assert low <= delay <= high, (delay, low, high)


def http_date(seconds_from_now: float) -> str:
    return email.utils.formatdate(time.time() + seconds_from_now, usegmt=True)


# -- 429 -----------------------------------------------------------------------------------
@sync_and_async
async def test_429_on_post_is_retried(mode: Mode, sleeps: list[float]) -> None:
    api = MockAPI(reply(429, {"error": ["slow down"]}), reply(200, TASK))
    client = time4vps_client(mode, api)

    result = await resolve(client.server_management.reboot_server(server_id=1))

    assert isinstance(result, TaskStarted)
    assert result.task_id == 77
    assert [r.method for r in api.requests] == ["POST", "POST"]
    assert_backoff(sleeps, FIRST_BACKOFF)


@sync_and_async
async def test_429_on_tim4biz_sms_is_retried(mode: Mode, sleeps: list[float]) -> None:
    api = MockAPI(reply(429), reply(429), reply(200, {"ok": True}))
    client = tim4biz_client(mode, api)

    result = await resolve(client.messaging.set_sms(to="+61400000000", message="x"))

    assert result == {"ok": True}
    assert len(api.requests) == 3
    assert_backoff(sleeps, FIRST_BACKOFF, SECOND_BACKOFF)


@sync_and_async
async def test_429_gives_up_after_max_retries(mode: Mode, sleeps: list[float]) -> None:
    api = MockAPI(reply(429, {"error": ["rate limited"]}))
    client = time4vps_client(mode, api)

    with pytest.raises(RateLimitError) as info:
        await resolve(client.server_management.reboot_server(server_id=1))

    assert len(api.requests) == 3
    assert "rate limited" in str(info.value)
    assert_backoff(sleeps, FIRST_BACKOFF, SECOND_BACKOFF)


# -- 5xx and 408 ---------------------------------------------------------------------------
@pytest.mark.parametrize("status", [408, 500, 502, 503, 504])
@sync_and_async
async def test_5xx_on_post_is_not_retried(
    mode: Mode, status: int, sleeps: list[float]
) -> None:
    api = MockAPI(reply(status), reply(200, TASK))
    client = time4vps_client(mode, api)

    with pytest.raises(Exception) as info:
        await resolve(client.server_management.reboot_server(server_id=1))

    assert getattr(info.value, "status_code", None) == status
    assert len(api.requests) == 1
    assert sleeps == []


@pytest.mark.parametrize("status", [408, 500, 502, 503, 504])
@sync_and_async
async def test_5xx_on_get_is_retried(
    mode: Mode, status: int, sleeps: list[float]
) -> None:
    api = MockAPI(reply(status), reply(200, DETAILS))
    client = time4vps_client(mode, api)

    result = await resolve(client.clientarea.get_details())

    assert result.client.email == "api@example.com"
    assert len(api.requests) == 2
    assert_backoff(sleeps, FIRST_BACKOFF)


@sync_and_async
async def test_503_on_get_retried_up_to_max_retries(
    mode: Mode, sleeps: list[float]
) -> None:
    api = MockAPI(reply(503, {"error": ["maintenance"]}))
    client = time4vps_client(mode, api)

    with pytest.raises(InternalServerError) as info:
        await resolve(client.clientarea.get_details())

    assert info.value.status_code == 503
    assert "maintenance" in str(info.value)
    assert len(api.requests) == 2 + 1  # default max_retries is 2
    assert_backoff(sleeps, FIRST_BACKOFF, SECOND_BACKOFF)


@pytest.mark.parametrize("max_retries", [0, 1, 4])
@sync_and_async
async def test_client_max_retries(
    mode: Mode, max_retries: int, sleeps: list[float]
) -> None:
    api = MockAPI(reply(503))
    client = time4vps_client(mode, api, max_retries=max_retries)

    with pytest.raises(InternalServerError):
        await resolve(client.clientarea.get_details())

    assert len(api.requests) == max_retries + 1
    bounds = [(0.5 * 2**n * 0.75, 0.5 * 2**n) for n in range(max_retries)]
    assert_backoff(sleeps, *bounds)


@sync_and_async
async def test_backoff_is_capped_at_8_seconds(mode: Mode, sleeps: list[float]) -> None:
    api = MockAPI(reply(503))
    client = time4vps_client(mode, api, max_retries=7)

    with pytest.raises(InternalServerError):
        await resolve(client.clientarea.get_details())

    # 0.5, 1, 2, 4, 8, then capped at 8 (each minus up to 25 % jitter)
    assert_backoff(
        sleeps,
        FIRST_BACKOFF,
        SECOND_BACKOFF,
        (1.5, 2.0),
        (3.0, 4.0),
        (6.0, 8.0),
        (6.0, 8.0),
        (6.0, 8.0),
    )


@sync_and_async
async def test_backoff_has_jitter(mode: Mode, sleeps: list[float]) -> None:
    api = MockAPI(reply(503))
    client = time4vps_client(mode, api, max_retries=1)
    for _ in range(20):
        with pytest.raises(InternalServerError):
            await resolve(client.clientarea.get_details())

    assert len(sleeps) == 20
    assert len(set(sleeps)) > 1


@sync_and_async
async def test_per_call_max_retries_zero(mode: Mode, sleeps: list[float]) -> None:
    api = MockAPI(reply(503), reply(200, DETAILS))
    client = time4vps_client(mode, api)

    with pytest.raises(InternalServerError):
        await resolve(client.clientarea.get_details(max_retries=0))

    assert len(api.requests) == 1
    assert sleeps == []


@sync_and_async
async def test_per_call_max_retries_overrides_client(
    mode: Mode, sleeps: list[float]
) -> None:
    api = MockAPI(reply(503))
    client = time4vps_client(mode, api, max_retries=0)

    with pytest.raises(InternalServerError):
        await resolve(client.clientarea.get_details(max_retries=3))

    assert len(api.requests) == 4


@sync_and_async
async def test_with_options_max_retries(mode: Mode, sleeps: list[float]) -> None:
    api = MockAPI(reply(429))
    client = time4vps_client(mode, api)

    with pytest.raises(RateLimitError):
        await resolve(client.with_options(max_retries=0).clientarea.get_details())

    assert len(api.requests) == 1
    assert client.max_retries == 2


@pytest.mark.parametrize(
    ("method", "call"),
    [
        ("PUT", lambda c: c.dns.edit_dns_record(service_id=1, zone_id=2, record_id=3)),
        ("DELETE", lambda c: c.dns.remove_dns_zone(service_id=1, zone_id=2)),
    ],
    ids=["PUT", "DELETE"],
)
@sync_and_async
async def test_idempotent_put_and_delete_are_retried(
    mode: Mode, method: str, call: Callable[[Any], Any], sleeps: list[float]
) -> None:
    api = MockAPI(reply(502), reply(200))
    client = time4vps_client(mode, api)

    await resolve(call(client))

    assert [r.method for r in api.requests] == [method, method]
    assert_backoff(sleeps, FIRST_BACKOFF)


@sync_and_async
async def test_4xx_is_never_retried(mode: Mode, sleeps: list[float]) -> None:
    api = MockAPI(reply(404), reply(200, DETAILS))
    client = time4vps_client(mode, api)

    with pytest.raises(Exception, match="404"):
        await resolve(client.clientarea.get_details())

    assert len(api.requests) == 1
    assert sleeps == []


@sync_and_async
async def test_retried_request_is_resent_identically(
    mode: Mode, sleeps: list[float]
) -> None:
    api = MockAPI(reply(429), reply(200, TASK))
    client = time4vps_client(mode, api)

    await resolve(client.server_management.rename_server(server_id=5, hostname="h1"))

    first, second = api.requests
    assert (first.method, first.url, first.content) == (
        second.method,
        second.url,
        second.content,
    )
    assert first.headers["Authorization"] == second.headers["Authorization"]


# -- Retry-After ---------------------------------------------------------------------------
@sync_and_async
async def test_retry_after_seconds(mode: Mode, sleeps: list[float]) -> None:
    api = MockAPI(reply(429, headers={"Retry-After": "3"}), reply(200, TASK))
    client = time4vps_client(mode, api)

    await resolve(client.server_management.reboot_server(server_id=1))

    assert sleeps == [3.0]
    assert len(api.requests) == 2


@sync_and_async
async def test_retry_after_on_503_get(mode: Mode, sleeps: list[float]) -> None:
    api = MockAPI(reply(503, headers={"Retry-After": "7"}), reply(200, DETAILS))
    client = time4vps_client(mode, api)

    await resolve(client.clientarea.get_details())

    assert sleeps == [7.0]


@sync_and_async
async def test_retry_after_http_date(mode: Mode, sleeps: list[float]) -> None:
    api = MockAPI(reply(429, headers={"Retry-After": http_date(10)}), reply(200, TASK))
    client = time4vps_client(mode, api)

    await resolve(client.server_management.reboot_server(server_id=1))

    assert len(sleeps) == 1
    assert 8.5 <= sleeps[0] <= 10.0  # HTTP-dates have a resolution of one second


@sync_and_async
async def test_retry_after_http_date_in_the_past(
    mode: Mode, sleeps: list[float]
) -> None:
    api = MockAPI(reply(429, headers={"Retry-After": http_date(-30)}), reply(200, TASK))
    client = time4vps_client(mode, api)

    await resolve(client.server_management.reboot_server(server_id=1))

    assert sleeps == [0.0]


@sync_and_async
async def test_retry_after_ms(mode: Mode, sleeps: list[float]) -> None:
    api = MockAPI(reply(429, headers={"retry-after-ms": "1500"}), reply(200, TASK))
    client = time4vps_client(mode, api)

    await resolve(client.server_management.reboot_server(server_id=1))

    assert sleeps == [1.5]


@sync_and_async
async def test_retry_after_of_60_seconds_is_honoured(
    mode: Mode, sleeps: list[float]
) -> None:
    api = MockAPI(reply(429, headers={"Retry-After": "60"}), reply(200, TASK))
    client = time4vps_client(mode, api)

    await resolve(client.server_management.reboot_server(server_id=1))

    assert sleeps == [60.0]


@sync_and_async
async def test_long_retry_after_is_not_retried(mode: Mode, sleeps: list[float]) -> None:
    api = MockAPI(
        reply(429, {"error": ["quota"]}, headers={"Retry-After": "120"}),
        reply(200, TASK),
    )
    client = time4vps_client(mode, api)

    with pytest.raises(RateLimitError) as info:
        await resolve(client.server_management.reboot_server(server_id=1))

    assert info.value.retry_after == 120
    assert "quota" in str(info.value)
    assert "120" in str(info.value)
    assert len(api.requests) == 1
    assert sleeps == []


@sync_and_async
async def test_long_retry_after_http_date_is_not_retried(
    mode: Mode, sleeps: list[float]
) -> None:
    api = MockAPI(reply(503, headers={"Retry-After": http_date(300)}))
    client = time4vps_client(mode, api)

    with pytest.raises(InternalServerError) as info:
        await resolve(client.clientarea.get_details())

    assert info.value.retry_after is not None
    assert 298 <= info.value.retry_after <= 300
    assert len(api.requests) == 1
    assert sleeps == []


@sync_and_async
async def test_long_retry_after_ms_is_not_retried(
    mode: Mode, sleeps: list[float]
) -> None:
    api = MockAPI(reply(429, headers={"retry-after-ms": "90000"}))
    client = time4vps_client(mode, api)

    with pytest.raises(RateLimitError) as info:
        await resolve(client.clientarea.get_details())

    assert info.value.retry_after == 90
    assert len(api.requests) == 1


@sync_and_async
async def test_malformed_retry_after_falls_back_to_backoff(
    mode: Mode, sleeps: list[float]
) -> None:
    api = MockAPI(reply(429, headers={"Retry-After": "soon"}), reply(200, TASK))
    client = time4vps_client(mode, api)

    await resolve(client.server_management.reboot_server(server_id=1))

    assert len(api.requests) == 2
    assert_backoff(sleeps, FIRST_BACKOFF)


# -- timeouts and connection errors --------------------------------------------------------
@pytest.mark.parametrize("exc_type", [httpx.ReadTimeout, httpx.ConnectTimeout])
@sync_and_async
async def test_timeout_on_get_is_retried(
    mode: Mode, exc_type: type[httpx.TransportError], sleeps: list[float]
) -> None:
    api = MockAPI(fail(exc_type), reply(200, DETAILS))
    client = time4vps_client(mode, api)

    result = await resolve(client.clientarea.get_details())

    assert result.client.id == "26"
    assert len(api.requests) == 2
    assert_backoff(sleeps, FIRST_BACKOFF)


@sync_and_async
async def test_timeouts_on_get_exhaust_retries(mode: Mode, sleeps: list[float]) -> None:
    api = MockAPI(fail(httpx.ReadTimeout))
    client = time4vps_client(mode, api)

    with pytest.raises(APITimeoutError):
        await resolve(client.clientarea.get_details())

    assert len(api.requests) == 3
    assert_backoff(sleeps, FIRST_BACKOFF, SECOND_BACKOFF)


@sync_and_async
async def test_timeout_on_post_is_not_retried(mode: Mode, sleeps: list[float]) -> None:
    api = MockAPI(fail(httpx.ReadTimeout), reply(200, TASK))
    client = time4vps_client(mode, api)

    with pytest.raises(APITimeoutError):
        await resolve(client.server_management.reboot_server(server_id=1))

    assert len(api.requests) == 1
    assert sleeps == []


@sync_and_async
async def test_connection_error_on_get_is_retried(
    mode: Mode, sleeps: list[float]
) -> None:
    api = MockAPI(
        fail(httpx.ConnectError), fail(httpx.ConnectError), reply(200, DETAILS)
    )
    client = time4vps_client(mode, api)

    await resolve(client.clientarea.get_details())

    assert len(api.requests) == 3
    assert_backoff(sleeps, FIRST_BACKOFF, SECOND_BACKOFF)


@sync_and_async
async def test_connection_error_on_post_is_not_retried(
    mode: Mode, sleeps: list[float]
) -> None:
    api = MockAPI(fail(httpx.ConnectError), reply(200, TASK))
    client = time4vps_client(mode, api)

    with pytest.raises(APIConnectionError) as info:
        await resolve(client.server_management.reboot_server(server_id=1))

    assert not isinstance(info.value, APITimeoutError)
    assert len(api.requests) == 1
    assert sleeps == []


# -- opting in for non-idempotent requests -------------------------------------------------
@sync_and_async
async def test_opt_in_retries_503_on_post(mode: Mode, sleeps: list[float]) -> None:
    api = MockAPI(reply(503), reply(200, TASK))
    client = time4vps_client(mode, api)
    retrying = client.with_options(retry_non_idempotent=True)

    result = await resolve(retrying.server_management.reboot_server(server_id=1))

    assert isinstance(result, TaskStarted)
    assert [r.method for r in api.requests] == ["POST", "POST"]
    assert_backoff(sleeps, FIRST_BACKOFF)
    # the original client is unchanged
    api.requests.clear()
    with pytest.raises(InternalServerError):
        api.script = [reply(503)]
        await resolve(client.server_management.reboot_server(server_id=1))
    assert len(api.requests) == 1


@sync_and_async
async def test_opt_in_retries_timeout_on_post(mode: Mode, sleeps: list[float]) -> None:
    api = MockAPI(fail(httpx.ReadTimeout), fail(httpx.ConnectError), reply(200, TASK))
    client = time4vps_client(mode, api).with_options(retry_non_idempotent=True)

    await resolve(client.server_management.reboot_server(server_id=1))

    assert len(api.requests) == 3
    assert_backoff(sleeps, FIRST_BACKOFF, SECOND_BACKOFF)


@sync_and_async
async def test_opt_in_respects_max_retries(mode: Mode, sleeps: list[float]) -> None:
    api = MockAPI(reply(500))
    client = time4vps_client(mode, api).with_options(
        retry_non_idempotent=True, max_retries=1
    )

    with pytest.raises(InternalServerError):
        await resolve(client.server_management.reboot_server(server_id=1))

    assert len(api.requests) == 2
