"""The exact HTTP requests the TIM4biz client sends (both operations, sync and async)."""

from __future__ import annotations

import datetime

import pytest

from .conftest import (
    BASIC,
    TIM4BIZ_BASE,
    MockAPI,
    Mode,
    body_json,
    query,
    reply,
    resolve,
    sync_and_async,
    tim4biz_client,
)


@sync_and_async
async def test_get_extension_total(mode: Mode) -> None:
    api = MockAPI(reply(200, [{"extension": "201", "calls": 3}]))
    client = tim4biz_client(mode, api)

    result = await resolve(
        client.call_accounting.get_extension_total(
            from_="2025-01-01T00:00:00", to="2025-01-02T00:00:00"
        )
    )

    request = api.one
    assert request.method == "GET"
    assert request.url.host == "api.tim4biz.com"
    assert request.url.path == "/api/ExtensionTotal"
    # `from` is a Python keyword: the argument is `from_`, the wire name stays `from`.
    assert query(request) == "from=2025-01-01T00%3A00%3A00&to=2025-01-02T00%3A00%3A00"
    assert str(request.url) == (
        TIM4BIZ_BASE
        + "/api/ExtensionTotal?from=2025-01-01T00%3A00%3A00&to=2025-01-02T00%3A00%3A00"
    )
    assert request.headers["Authorization"] == BASIC
    assert request.headers["Accept"] == "application/json"
    assert request.content == b""
    assert "Content-Type" not in request.headers
    # The response schema is "any JSON": the value comes back as decoded.
    assert result == [{"extension": "201", "calls": 3}]


@sync_and_async
async def test_set_sms(mode: Mode) -> None:
    api = MockAPI(reply(200, {"status": "queued"}))
    client = tim4biz_client(mode, api)

    result = await resolve(
        client.messaging.set_sms(to="+61400000000", message="Hello from TIM4biz")
    )

    request = api.one
    assert request.method == "POST"
    assert str(request.url) == TIM4BIZ_BASE + "/api/SetSMS"
    assert query(request) == ""
    assert request.headers["Authorization"] == BASIC
    assert request.headers["Content-Type"] == "application/json"
    assert body_json(request) == {"to": "+61400000000", "message": "Hello from TIM4biz"}
    assert result == {"status": "queued"}


@sync_and_async
async def test_set_sms_empty_success_body_is_none(mode: Mode) -> None:
    api = MockAPI(reply(200))
    client = tim4biz_client(mode, api)

    result = await resolve(client.messaging.set_sms(to="+61400000000", message="Hi"))

    assert result is None


@sync_and_async
async def test_get_extension_total_with_date_and_datetime(mode: Mode) -> None:
    api = MockAPI(reply(200, []))
    client = tim4biz_client(mode, api)

    await resolve(
        client.call_accounting.get_extension_total(
            from_=datetime.datetime(2025, 1, 1, 8, 30, 15), to=datetime.date(2025, 1, 2)
        )
    )

    assert api.one.url.params.multi_items() == [
        ("from", "2025-01-01T08:30:15"),
        ("to", "2025-01-02T00:00:00"),
    ]


@sync_and_async
async def test_get_extension_total_reversed_range_sends_nothing(mode: Mode) -> None:
    api = MockAPI(reply(200, []))
    client = tim4biz_client(mode, api)

    with pytest.raises(ValueError):
        await resolve(
            client.call_accounting.get_extension_total(
                from_="2025-01-02T00:00:00", to="2025-01-01T00:00:00"
            )
        )

    assert api.requests == []
