"""Date-times without a time zone (x-clientgen-local-datetime, x-clientgen-ordered) on TIM4biz.

`get_extension_total(from_=..., to=...)` writes its arguments `YYYY-MM-DDThh:mm:ss`: a `date`
is midnight, a naive `datetime` is written as is, a string passes through. An aware datetime
and a reversed range are rejected with ValueError before anything is sent.
"""

from __future__ import annotations

import datetime
from typing import Any

import pytest

from .conftest import (
    MockAPI,
    Mode,
    query_params,
    raises,
    reply,
    resolve,
    sync_and_async,
    tim4biz_client,
)

CET = datetime.timezone(datetime.timedelta(hours=1))


class NoOffset(datetime.tzinfo):
    """A tzinfo that knows no offset: such a datetime is naive (Python's definition)."""

    def utcoffset(self, dt: datetime.datetime | None) -> None:
        return None

    def dst(self, dt: datetime.datetime | None) -> None:
        return None

    def tzname(self, dt: datetime.datetime | None) -> None:
        return None


@sync_and_async
async def test_a_date_and_a_naive_datetime_are_written_without_a_zone(
    mode: Mode,
) -> None:
    api = MockAPI(reply(200, []))
    client = tim4biz_client(mode, api)

    await resolve(
        client.call_accounting.get_extension_total(
            from_=datetime.date(2025, 1, 1), to=datetime.datetime(2025, 1, 2, 0, 0)
        )
    )

    (request,) = api.requests
    assert request.url.path == "/api/ExtensionTotal"
    assert query_params(request) == [
        ("from", "2025-01-01T00:00:00"),
        ("to", "2025-01-02T00:00:00"),
    ]


@sync_and_async
@pytest.mark.parametrize(
    ("from_", "to", "expected"),
    [
        (
            datetime.datetime(2025, 3, 30, 1, 59, 59, 999_999),
            datetime.datetime(2025, 3, 30, 3, 0, 1),
            ("2025-03-30T01:59:59", "2025-03-30T03:00:01"),
        ),
        (
            "2025-01-01T00:00:00",
            "2025-01-31T23:59:59",
            ("2025-01-01T00:00:00", "2025-01-31T23:59:59"),
        ),
        (
            "2025-01-01T08:00:00",
            datetime.date(2025, 1, 2),
            ("2025-01-01T08:00:00", "2025-01-02T00:00:00"),
        ),
        (
            datetime.datetime(2025, 1, 1, 6, tzinfo=NoOffset()),
            datetime.datetime(2025, 1, 1, 6),
            ("2025-01-01T06:00:00", "2025-01-01T06:00:00"),
        ),
    ],
    ids=[
        "naive-datetimes",
        "strings-pass-through",
        "string-and-date",
        "no-offset-equal",
    ],
)
async def test_values_on_the_wire(
    mode: Mode, from_: Any, to: Any, expected: tuple[str, str]
) -> None:
    api = MockAPI(reply(200, []))
    client = tim4biz_client(mode, api)

    await resolve(client.call_accounting.get_extension_total(from_=from_, to=to))

    (request,) = api.requests
    assert query_params(request) == [("from", expected[0]), ("to", expected[1])]


@sync_and_async
@pytest.mark.parametrize(
    ("from_", "to", "bad"),
    [
        (
            datetime.datetime(2025, 1, 1, tzinfo=datetime.UTC),
            "2025-01-02T00:00:00",
            "from_",
        ),
        (datetime.date(2025, 1, 1), datetime.datetime(2025, 1, 2, tzinfo=CET), "to"),
    ],
    ids=["aware-from", "aware-to"],
)
async def test_an_aware_datetime_is_rejected_before_any_request(
    mode: Mode, from_: Any, to: Any, bad: str
) -> None:
    api = MockAPI(reply(200, []))
    client = tim4biz_client(mode, api)

    err = await raises(
        ValueError,
        lambda: client.call_accounting.get_extension_total(from_=from_, to=to),
    )

    assert bad in str(err)
    assert "naive" in str(err)
    assert api.requests == []


@sync_and_async
@pytest.mark.parametrize(
    ("from_", "to"),
    [
        (datetime.date(2025, 1, 2), datetime.date(2025, 1, 1)),
        (datetime.datetime(2025, 1, 1, 12), datetime.datetime(2025, 1, 1, 11, 59, 59)),
        ("2025-02-01T00:00:00", "2025-01-01T00:00:00"),
        (datetime.date(2025, 1, 2), "2025-01-01T23:59:59"),
    ],
    ids=["dates", "datetimes", "strings", "date-and-string"],
)
async def test_from_later_than_to_is_rejected_before_any_request(
    mode: Mode, from_: Any, to: Any
) -> None:
    api = MockAPI(reply(200, []))
    client = tim4biz_client(mode, api)

    err = await raises(
        ValueError,
        lambda: client.call_accounting.get_extension_total(from_=from_, to=to),
    )

    assert "later than" in str(err)
    assert api.requests == []
