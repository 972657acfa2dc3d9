"""events operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .. import _base_client as _b
from .. import _models as _c
from .. import _pagination as _p
from .. import _response as _r
from .. import _types as _t

if TYPE_CHECKING:
    from ..models import Item

__all__ = ["AsyncEventsResource", "EventsResource"]

_MODELS = "pagination.models"

_OP_LIST_: _b.Op[list[Item]] = _b.Op(
    "events.list_",
    "GET",
    "/events",
    params=(
        _b.Param("per_page", "per_page", "query"),
        _b.Param("page", "page", "query"),
        _b.Param("kind", "kind", "query"),
    ),
    results={
        "200": ("json", _c.list_(_c.model(_MODELS, "Item"))),
    },
    security=(("token",),),
)
_PAGE_LIST_: _p.Paging[Item] = _p.Paging(
    "link",
    page="page",
    size="per_page",
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

    def list_(
        self,
        *,
        per_page: int | _t.NotGiven = _t.NOT_GIVEN,
        page: int | _t.NotGiven = _t.NOT_GIVEN,
        kind: str | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> _p.SyncPage[Item]:
        """Events, GitHub style (a Link header; page and per_page)

        ``GET /events``

        Args:
            per_page: (no description in the spec)
            page: (no description in the spec)
            kind: (no description in the spec)

        Returns:
            _p.SyncPage[Item]: the first page;
            iterating it (for) yields every item of every page, each next
            page fetched when needed (Link header).
        """
        return _p.sync_page(
            self._client,
            _OP_LIST_,
            _PAGE_LIST_,
            {"per_page": per_page, "page": page, "kind": kind},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class EventsResourceWithRawResponse:
    """Operations of EventsResource that return the raw APIResponse."""

    def __init__(self, resource: EventsResource) -> None:
        self.list_ = _r.to_raw_response_wrapper(resource.list_)


class EventsResourceWithStreamingResponse:
    """Operations of EventsResource that yield a streamed response."""

    def __init__(self, resource: EventsResource) -> None:
        self.list_ = _r.to_streamed_response_wrapper(resource.list_)


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

    def list_(
        self,
        *,
        per_page: int | _t.NotGiven = _t.NOT_GIVEN,
        page: int | _t.NotGiven = _t.NOT_GIVEN,
        kind: str | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> _p.AsyncPaginator[Item]:
        """Events, GitHub style (a Link header; page and per_page)

        ``GET /events``

        Args:
            per_page: (no description in the spec)
            page: (no description in the spec)
            kind: (no description in the spec)

        Returns:
            _p.AsyncPaginator[Item]: await it for the first page;
            iterating it (async for) yields every item of every page, each next
            page fetched when needed (Link header).
        """
        return _p.async_pages(
            self._client,
            _OP_LIST_,
            _PAGE_LIST_,
            {"per_page": per_page, "page": page, "kind": kind},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class AsyncEventsResourceWithRawResponse:
    """Operations of AsyncEventsResource that return the raw APIResponse."""

    def __init__(self, resource: AsyncEventsResource) -> None:
        self.list_ = _r.async_to_raw_response_wrapper(resource.list_)


class AsyncEventsResourceWithStreamingResponse:
    """Operations of AsyncEventsResource that yield a streamed response."""

    def __init__(self, resource: AsyncEventsResource) -> None:
        self.list_ = _r.async_to_streamed_response_wrapper(resource.list_)
