"""Load: many concurrent calls through one client, every answer parsed and correct.

The server echoes each request's path parameter (`GET /service/order/{order_num}` answers
`{"account_id": order_num}`), so a mixed-up answer (wrong request, wrong connection) would
show as a wrong `account_id`.
"""

from __future__ import annotations

import asyncio
import time
from concurrent.futures import ThreadPoolExecutor

import httpx
from time4vps import AsyncTime4VPS, Time4VPS

from .conftest import (
    PASSWORD,
    USERNAME,
    Action,
    FaultServer,
    Request,
    close_and_check,
    json_reply,
    pool_connections,
)

TIME_BOX = 20.0  # seconds, for each load test
ORDER_PREFIX = "/service/order/"
TIMEOUT = httpx.Timeout(10.0, pool=TIME_BOX)


def echo_order(request: Request) -> Action:
    """`{"account_id": <the order number in the path>}`."""
    if request.method != "GET" or not request.path.startswith(ORDER_PREFIX):
        return json_reply(404, {"error": ["unexpected request"]})
    return json_reply(200, {"account_id": int(request.path[len(ORDER_PREFIX) :])})


async def test_async_client_1000_concurrent_requests_bounded_pool(
    server: FaultServer, sleeps: list[float]
) -> None:
    server.default = echo_order
    http = httpx.AsyncClient(limits=httpx.Limits(max_connections=20))
    client = AsyncTime4VPS(
        username=USERNAME,
        password=PASSWORD,
        base_url=server.base_url,
        timeout=TIMEOUT,
        http_client=http,
    )
    numbers = range(1000)
    started = time.monotonic()

    results = await asyncio.wait_for(
        asyncio.gather(
            *(
                client.services.get_service_id_by_order_number(order_num=n)
                for n in numbers
            )
        ),
        TIME_BOX,
    )

    assert time.monotonic() - started < TIME_BOX
    assert [r.account_id for r in results] == list(numbers)
    assert sum(server.received.values()) == 1000
    # concurrent, and the pool bound held: never more than 20 connections open at once
    # (on a loaded machine the pool may replace a connection, so more may be accepted in all)
    assert server.accepted > 1
    assert server.peak_open <= 20
    assert sleeps == []  # nothing failed, nothing was retried
    # The client does not own `http`: closing it leaves the pool to its owner.
    await client.close()
    assert not http.is_closed
    await http.aclose()
    assert pool_connections(client) == []
    assert server.wait_all_closed() == 0


def test_sync_client_shared_by_16_threads(
    server: FaultServer, sleeps: list[float]
) -> None:
    server.default = echo_order
    client = Time4VPS(
        username=USERNAME, password=PASSWORD, base_url=server.base_url, timeout=TIMEOUT
    )
    numbers = range(800)

    def one(n: int) -> int:
        return client.services.get_service_id_by_order_number(order_num=n).account_id

    started = time.monotonic()
    with ThreadPoolExecutor(max_workers=16) as pool:
        futures = [pool.submit(one, n) for n in numbers]
        results = [f.result(timeout=TIME_BOX) for f in futures]

    assert time.monotonic() - started < TIME_BOX
    assert results == list(numbers)
    assert all(f.exception() is None for f in futures)
    assert sum(server.received.values()) == 800
    assert server.peak_open <= 16  # one connection per thread at most, reused
    assert sleeps == []
    asyncio.run(close_and_check(client, server))
