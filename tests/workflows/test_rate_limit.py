"""Rate limits (x-clientgen-rate-limit) on TIM4biz.

The API reports its limits in `TIM4biz-Rate-Limit-*` headers: the client keeps them in
`client.rate_limit` after every response and attaches them to errors (`err.rate_limit`).
A 429 while every limit is zero is not retried (waiting cannot help): its message says that
access must be enabled by TIM4biz. Any other 429 is retried as usual.
"""

from __future__ import annotations

from typing import Any

import pytest
from tim4biz import (
    AsyncTIM4biz,
    PermissionDeniedError,
    RateLimit,
    RateLimitError,
    TIM4biz,
)

from .conftest import (
    FakeClock,
    MockAPI,
    Mode,
    raises,
    reply,
    resolve,
    sync_and_async,
    tim4biz_client,
)

PATH = "/api/ExtensionTotal"
TOTALS = [{"extension": "201", "calls": 12}]


def limits(
    limit: int | str | None = None,
    remaining: int | str | None = None,
    limit_24h: int | str | None = None,
    remaining_24h: int | str | None = None,
) -> dict[str, str]:
    """TIM4biz rate-limit headers (left out where None)."""
    names = {
        "TIM4biz-Rate-Limit-Limit": limit,
        "TIM4biz-Rate-Limit-Remaining": remaining,
        "TIM4biz-Rate-Limit-Limit-24-Hours": limit_24h,
        "TIM4biz-Rate-Limit-Remaining-24-Hours": remaining_24h,
    }
    return {k: str(v) for k, v in names.items() if v is not None}


def totals(client: TIM4biz | AsyncTIM4biz, **kwargs: Any) -> Any:
    return client.call_accounting.get_extension_total(
        from_="2025-01-01T00:00:00", to="2025-01-02T00:00:00", **kwargs
    )


# -- values from the headers ---------------------------------------------------------------
@sync_and_async
async def test_rate_limit_is_read_from_a_successful_response(mode: Mode) -> None:
    api = MockAPI(reply(200, TOTALS, headers=limits(60, 59, 1000, 998)))
    client = tim4biz_client(mode, api)
    assert client.rate_limit is None  # before any response

    result = await resolve(totals(client))

    assert result == TOTALS
    assert client.rate_limit == RateLimit(
        limit=60, remaining=59, limit_24h=1000, remaining_24h=998
    )
    assert isinstance(client.rate_limit, RateLimit)
    assert client.rate_limit.limit == 60
    assert client.rate_limit.remaining == 59
    assert client.rate_limit.limit_24h == 1000
    assert client.rate_limit.remaining_24h == 998


@sync_and_async
async def test_rate_limit_follows_the_latest_response(mode: Mode) -> None:
    api = MockAPI(
        reply(200, TOTALS, headers=limits(60, 59, 1000, 998)),
        reply(200, TOTALS, headers=limits(60, 58, 1000, 997)),
    )
    client = tim4biz_client(mode, api)

    await resolve(totals(client))
    await resolve(totals(client))

    assert client.rate_limit == RateLimit(60, 58, 1000, 997)


@sync_and_async
async def test_missing_headers_are_none(mode: Mode) -> None:
    api = MockAPI(reply(200, TOTALS, headers=limits(limit=60, remaining=59)))
    client = tim4biz_client(mode, api)

    await resolve(totals(client))

    assert client.rate_limit is not None
    assert client.rate_limit.limit == 60
    assert client.rate_limit.remaining == 59
    assert client.rate_limit.limit_24h is None
    assert client.rate_limit.remaining_24h is None


@sync_and_async
async def test_no_rate_limit_headers_at_all_leave_it_none(mode: Mode) -> None:
    api = MockAPI(reply(200, TOTALS))
    client = tim4biz_client(mode, api)

    await resolve(totals(client))

    assert client.rate_limit is None


@sync_and_async
async def test_an_unreadable_header_value_is_none(mode: Mode) -> None:
    api = MockAPI(reply(200, TOTALS, headers=limits("lots", " 59 ", "1000", "")))
    client = tim4biz_client(mode, api)

    await resolve(totals(client))

    assert client.rate_limit == RateLimit(None, 59, 1000, None)


@sync_and_async
async def test_an_infinite_header_value_is_none_not_a_crash(mode: Mode) -> None:
    api = MockAPI(reply(200, TOTALS, headers=limits("inf", "1e999", 1000, 998)))
    client = tim4biz_client(mode, api)

    result = await resolve(totals(client))

    assert result == TOTALS
    assert client.rate_limit == RateLimit(None, None, 1000, 998)


@sync_and_async
async def test_a_429_carries_the_rate_limit(mode: Mode) -> None:
    api = MockAPI(reply(429, {"message": "slow down"}, headers=limits(60, 0, 1000, 0)))
    client = tim4biz_client(mode, api, max_retries=0)

    err = await raises(RateLimitError, lambda: totals(client))

    assert err.status_code == 429
    assert err.rate_limit == RateLimit(
        limit=60, remaining=0, limit_24h=1000, remaining_24h=0
    )
    assert client.rate_limit == err.rate_limit
    assert len(api.requests) == 1


@sync_and_async
async def test_a_429_without_headers_has_no_rate_limit(mode: Mode) -> None:
    api = MockAPI(reply(429, {"message": "slow down"}))
    client = tim4biz_client(mode, api, max_retries=0)

    err = await raises(RateLimitError, lambda: totals(client))

    assert err.rate_limit is None


@sync_and_async
async def test_a_429_with_some_headers_has_none_for_the_others(mode: Mode) -> None:
    api = MockAPI(reply(429, None, headers=limits(remaining=0, remaining_24h=5)))
    client = tim4biz_client(mode, api, max_retries=0)

    err = await raises(RateLimitError, lambda: totals(client))

    assert err.rate_limit == RateLimit(None, 0, None, 5)


@sync_and_async
async def test_other_status_errors_carry_the_rate_limit_too(mode: Mode) -> None:
    api = MockAPI(reply(403, None, headers=limits(60, 10, 1000, 500)))
    client = tim4biz_client(mode, api)

    err = await raises(PermissionDeniedError, lambda: totals(client))

    assert err.rate_limit == RateLimit(60, 10, 1000, 500)


# -- a zero limit --------------------------------------------------------------------------
@sync_and_async
@pytest.mark.parametrize(
    "headers",
    [
        limits(0, 0, 0, 0),
        {**limits(0, 0, 0, 0), "Retry-After": "1"},
        limits(limit=0, remaining=0),  # the 24-hour limit not reported
    ],
    ids=["all-zero", "with-retry-after", "no-24h-headers"],
)
async def test_a_429_with_zero_limits_is_not_retried_and_says_why(
    mode: Mode, clock: FakeClock, headers: dict[str, str]
) -> None:
    api = MockAPI(
        reply(429, {"message": "Too many requests"}, headers=headers),
        reply(200, TOTALS),
    )
    client = tim4biz_client(mode, api)  # max_retries=2 by default

    err = await raises(RateLimitError, lambda: totals(client))

    assert len(api.requests) == 1  # exactly one request: not retried
    assert clock.sleeps == []
    message = str(err)
    assert "access must be enabled" in message
    assert "by TIM4biz" in message
    assert err.rate_limit is not None
    assert err.rate_limit.limit == 0


@sync_and_async
async def test_a_429_with_non_zero_limits_is_retried(
    mode: Mode, clock: FakeClock
) -> None:
    api = MockAPI(
        reply(429, {"message": "Too many requests"}, headers=limits(60, 0, 1000, 40)),
        reply(200, TOTALS, headers=limits(60, 59, 1000, 39)),
    )
    client = tim4biz_client(mode, api)

    result = await resolve(totals(client))

    assert result == TOTALS
    assert [r.url.path for r in api.requests] == [PATH, PATH]
    assert len(clock.sleeps) == 1
    assert client.rate_limit == RateLimit(60, 59, 1000, 39)


@sync_and_async
async def test_a_persistent_429_with_non_zero_limits_uses_every_retry(
    mode: Mode, clock: FakeClock
) -> None:
    api = MockAPI(
        reply(429, {"message": "Too many requests"}, headers=limits(60, 0, 1000, 40))
    )
    client = tim4biz_client(mode, api, max_retries=2)

    err = await raises(RateLimitError, lambda: totals(client))

    assert len(api.requests) == 3
    assert len(clock.sleeps) == 2
    assert "access must be enabled" not in str(err)
    assert err.rate_limit == RateLimit(60, 0, 1000, 40)


@sync_and_async
async def test_a_zero_limit_with_a_non_zero_24h_limit_is_retried(
    mode: Mode, clock: FakeClock
) -> None:
    """Only when every limit is zero does waiting not help."""
    api = MockAPI(
        reply(429, None, headers=limits(0, 0, 1000, 40)),
        reply(200, TOTALS),
    )
    client = tim4biz_client(mode, api)

    await resolve(totals(client))

    assert len(api.requests) == 2
