"""usage operations."""

from __future__ import annotations

import datetime
from functools import cached_property

from .. import _base_client as _b
from .. import _models as _c
from .. import _response as _r
from .. import _types as _t

__all__ = ["AsyncUsageResource", "UsageResource"]

_MODELS = "workflows.models"

_OP_GET_USAGE: _b.Op[dict[str, int]] = _b.Op(
    "usage.get_usage",
    "GET",
    "/usage",
    params=(
        _b.Param("since", "since", "query", local_datetime=True),
        _b.Param("until", "until", "query", local_datetime=True),
    ),
    results={
        "200": ("json", _c.dict_(_c.INT)),
    },
    security=(("bearerAuth", "tenant"), ("bearerAuth",)),
    ordered=(("since", "until"),),
)


class UsageResource:
    """Operations tagged usage"""

    def __init__(self, client: _b.SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> UsageResourceWithRawResponse:
        """The same operations, returning an APIResponse (status, headers, .parse())."""
        return UsageResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> UsageResourceWithStreamingResponse:
        """The same operations as context managers yielding the response unread.

        Iterate the body (.iter_bytes(), .iter_text(), .iter_lines()), or .read() or
        .parse() it; the response is closed when the block ends.
        """
        return UsageResourceWithStreamingResponse(self)

    def get_usage(
        self,
        *,
        since: datetime.datetime | datetime.date | str,
        until: datetime.datetime | datetime.date | str,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> dict[str, int]:
        """Usage in a period of local date-times

        ``GET /usage``

        Args:
            since: (no description in the spec)
            until: (no description in the spec)

        Returns:
            dict[str, int] — 200: OK.
        """
        return self._client._call(
            _OP_GET_USAGE,
            {"since": since, "until": until},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class UsageResourceWithRawResponse:
    """Operations of UsageResource that return the raw APIResponse."""

    def __init__(self, resource: UsageResource) -> None:
        self.get_usage = _r.to_raw_response_wrapper(resource.get_usage)


class UsageResourceWithStreamingResponse:
    """Operations of UsageResource that yield a streamed response."""

    def __init__(self, resource: UsageResource) -> None:
        self.get_usage = _r.to_streamed_response_wrapper(resource.get_usage)


class AsyncUsageResource:
    """Operations tagged usage"""

    def __init__(self, client: _b.AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncUsageResourceWithRawResponse:
        """The same operations, returning an APIResponse (status, headers, .parse())."""
        return AsyncUsageResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncUsageResourceWithStreamingResponse:
        """The same operations as context managers yielding the response unread.

        Iterate the body (.iter_bytes(), .iter_text(), .iter_lines()), or .read() or
        .parse() it; the response is closed when the block ends.
        """
        return AsyncUsageResourceWithStreamingResponse(self)

    async def get_usage(
        self,
        *,
        since: datetime.datetime | datetime.date | str,
        until: datetime.datetime | datetime.date | str,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> dict[str, int]:
        """Usage in a period of local date-times

        ``GET /usage``

        Args:
            since: (no description in the spec)
            until: (no description in the spec)

        Returns:
            dict[str, int] — 200: OK.
        """
        return await self._client._call(
            _OP_GET_USAGE,
            {"since": since, "until": until},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class AsyncUsageResourceWithRawResponse:
    """Operations of AsyncUsageResource that return the raw APIResponse."""

    def __init__(self, resource: AsyncUsageResource) -> None:
        self.get_usage = _r.async_to_raw_response_wrapper(resource.get_usage)


class AsyncUsageResourceWithStreamingResponse:
    """Operations of AsyncUsageResource that yield a streamed response."""

    def __init__(self, resource: AsyncUsageResource) -> None:
        self.get_usage = _r.async_to_streamed_response_wrapper(resource.get_usage)
