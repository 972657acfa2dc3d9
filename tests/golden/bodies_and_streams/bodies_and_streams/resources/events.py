"""events operations."""

from __future__ import annotations

from functools import cached_property

from .. import _base_client as _b
from .. import _models as _c
from .. import _response as _r
from .. import _types as _t

__all__ = ["AsyncEventsResource", "EventsResource"]

_MODELS = "bodies_and_streams.models"

_OP_LIST_EVENTS: _b.Op[str] = _b.Op(
    "events.list_events",
    "GET",
    "/events",
    results={
        "200": ("text", _c.STR),
    },
    security=(),
)


class EventsResource:
    """Operations tagged events"""

    def __init__(self, client: _b.SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> EventsResourceWithRawResponse:
        """The same operations, returning an APIResponse (status, headers, .parse())."""
        return EventsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> EventsResourceWithStreamingResponse:
        """The same operations as context managers yielding the response unread.

        Iterate the body (.iter_bytes(), .iter_text(), .iter_lines()), or .read() or
        .parse() it; the response is closed when the block ends.
        """
        return EventsResourceWithStreamingResponse(self)

    def list_events(
        self,
        *,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> str:
        """Lines of text, as they happen

        ``GET /events``

        Returns:
            str — 200: One event a line.
        """
        return self._client._call(
            _OP_LIST_EVENTS,
            {},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class EventsResourceWithRawResponse:
    """Operations of EventsResource that return the raw APIResponse."""

    def __init__(self, resource: EventsResource) -> None:
        self.list_events = _r.to_raw_response_wrapper(resource.list_events)


class EventsResourceWithStreamingResponse:
    """Operations of EventsResource that yield a streamed response."""

    def __init__(self, resource: EventsResource) -> None:
        self.list_events = _r.to_streamed_response_wrapper(resource.list_events)


class AsyncEventsResource:
    """Operations tagged events"""

    def __init__(self, client: _b.AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncEventsResourceWithRawResponse:
        """The same operations, returning an APIResponse (status, headers, .parse())."""
        return AsyncEventsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncEventsResourceWithStreamingResponse:
        """The same operations as context managers yielding the response unread.

        Iterate the body (.iter_bytes(), .iter_text(), .iter_lines()), or .read() or
        .parse() it; the response is closed when the block ends.
        """
        return AsyncEventsResourceWithStreamingResponse(self)

    async def list_events(
        self,
        *,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> str:
        """Lines of text, as they happen

        ``GET /events``

        Returns:
            str — 200: One event a line.
        """
        return await self._client._call(
            _OP_LIST_EVENTS,
            {},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class AsyncEventsResourceWithRawResponse:
    """Operations of AsyncEventsResource that return the raw APIResponse."""

    def __init__(self, resource: AsyncEventsResource) -> None:
        self.list_events = _r.async_to_raw_response_wrapper(resource.list_events)


class AsyncEventsResourceWithStreamingResponse:
    """Operations of AsyncEventsResource that yield a streamed response."""

    def __init__(self, resource: AsyncEventsResource) -> None:
        self.list_events = _r.async_to_streamed_response_wrapper(resource.list_events)
