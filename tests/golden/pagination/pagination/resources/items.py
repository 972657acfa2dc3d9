"""items operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .. import _base_client as _b
from .. import _models as _c
from .. import _pagination as _p
from .. import _response as _r
from .. import _types as _t

if TYPE_CHECKING:
    from ..models import Item, ItemList, Results

__all__ = ["AsyncItemsResource", "ItemsResource"]

_MODELS = "pagination.models"

_OP_LIST_PAGES: _b.Op[list[Item]] = _b.Op(
    "items.list_pages",
    "GET",
    "/pages",
    params=(
        _b.Param("page", "page", "query"),
        _b.Param("page_size", "pageSize", "query"),
    ),
    results={
        "200": ("json", _c.list_(_c.model(_MODELS, "Item"))),
    },
    security=(("token",),),
)
_PAGE_LIST_PAGES: _p.Paging[Item] = _p.Paging(
    "page",
    page="page",
    size="page_size",
)
_OP_LIST_OFFSETS: _b.Op[list[Item]] = _b.Op(
    "items.list_offsets",
    "GET",
    "/offsets",
    params=(
        _b.Param("offset", "offset", "query"),
        _b.Param("limit", "limit", "query"),
    ),
    results={
        "200": ("json", _c.list_(_c.model(_MODELS, "Item"))),
    },
    security=(("token",),),
)
_PAGE_LIST_OFFSETS: _p.Paging[Item] = _p.Paging(
    "offset",
    page="offset",
    size="limit",
)
_OP_LIST_CURSORS: _b.Op[ItemList] = _b.Op(
    "items.list_cursors",
    "GET",
    "/cursors",
    params=(
        _b.Param("cursor", "cursor", "query"),
        _b.Param("limit", "limit", "query"),
    ),
    results={
        "200": ("json", _c.model(_MODELS, "ItemList")),
    },
    security=(("token",),),
)
_PAGE_LIST_CURSORS: _p.Paging[Item] = _p.Paging(
    "cursor",
    items=("data", "data"),
    size="limit",
    cursor="cursor",
    next_cursor=("next_cursor", "next_cursor"),
    has_more=("has_more", "has_more"),
)
_OP_LIST_DECLARED: _b.Op[Results] = _b.Op(
    "items.list_declared",
    "GET",
    "/declared",
    params=(_b.Param("token", "token", "query"),),
    results={
        "200": ("json", _c.model(_MODELS, "Results")),
    },
    security=(("token",),),
)
_PAGE_LIST_DECLARED: _p.Paging[Item] = _p.Paging(
    "cursor",
    items=("results", "results"),
    cursor="token",
    next_cursor=("next_token", "nextToken"),
)
_OP_LIST_UNPAGED: _b.Op[list[Item]] = _b.Op(
    "items.list_unpaged",
    "GET",
    "/unpaged",
    params=(_b.Param("page", "page", "query"),),
    results={
        "200": ("json", _c.list_(_c.model(_MODELS, "Item"))),
    },
    security=(("token",),),
)
_OP_GET_ITEM: _b.Op[Item] = _b.Op(
    "items.get_item",
    "GET",
    "/items/{id}",
    params=(_b.Param("id", "id", "path"),),
    results={
        "200": ("json", _c.model(_MODELS, "Item")),
    },
    security=(("token",),),
)


class ItemsResource:
    """Operations tagged items"""

    def __init__(self, client: _b.SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ItemsResourceWithRawResponse:
        """The same operations, returning an APIResponse (status, headers, .parse())."""
        return ItemsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ItemsResourceWithStreamingResponse:
        """The same operations as context managers yielding the response unread.

        Iterate the body (.iter_bytes(), .iter_text(), .iter_lines()), or .read() or
        .parse() it; the response is closed when the block ends.
        """
        return ItemsResourceWithStreamingResponse(self)

    def list_pages(
        self,
        *,
        page: int | _t.NotGiven = _t.NOT_GIVEN,
        page_size: int | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> _p.SyncPage[Item]:
        """Items by page number

        ``GET /pages``

        Args:
            page: (no description in the spec)
            page_size: (no description in the spec)

        Returns:
            _p.SyncPage[Item]: the first page;
            iterating it (for) yields every item of every page, each next
            page fetched when needed (page number).
        """
        return _p.sync_page(
            self._client,
            _OP_LIST_PAGES,
            _PAGE_LIST_PAGES,
            {"page": page, "page_size": page_size},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def list_offsets(
        self,
        *,
        offset: int | _t.NotGiven = _t.NOT_GIVEN,
        limit: int | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> _p.SyncPage[Item]:
        """Items by offset and limit

        ``GET /offsets``

        Args:
            offset: (no description in the spec)
            limit: (no description in the spec)

        Returns:
            _p.SyncPage[Item]: the first page;
            iterating it (for) yields every item of every page, each next
            page fetched when needed (offset).
        """
        return _p.sync_page(
            self._client,
            _OP_LIST_OFFSETS,
            _PAGE_LIST_OFFSETS,
            {"offset": offset, "limit": limit},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def list_cursors(
        self,
        *,
        cursor: str | _t.NotGiven = _t.NOT_GIVEN,
        limit: int | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> _p.SyncPage[Item]:
        """Items by cursor (Stripe-like, with has_more)

        ``GET /cursors``

        Args:
            cursor: (no description in the spec)
            limit: (no description in the spec)

        Returns:
            _p.SyncPage[Item]: the first page;
            iterating it (for) yields every item of every page, each next
            page fetched when needed (cursor).
        """
        return _p.sync_page(
            self._client,
            _OP_LIST_CURSORS,
            _PAGE_LIST_CURSORS,
            {"cursor": cursor, "limit": limit},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def list_declared(
        self,
        *,
        token: str | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> _p.SyncPage[Item]:
        """Items by a cursor detection would not find (declared)

        ``GET /declared``

        Args:
            token: (no description in the spec)

        Returns:
            _p.SyncPage[Item]: the first page;
            iterating it (for) yields every item of every page, each next
            page fetched when needed (cursor).
        """
        return _p.sync_page(
            self._client,
            _OP_LIST_DECLARED,
            _PAGE_LIST_DECLARED,
            {"token": token},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def list_unpaged(
        self,
        *,
        page: int | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> list[Item]:
        """Items, all at once (page is not a paging parameter here)

        ``GET /unpaged``

        Args:
            page: (no description in the spec)

        Returns:
            list[Item] — 200: OK
        """
        return self._client._call(
            _OP_LIST_UNPAGED,
            {"page": page},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def get_item(
        self,
        *,
        id: int,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Item:
        """getItem

        ``GET /items/{id}``

        Args:
            id: (no description in the spec)

        Returns:
            Item — 200: OK
        """
        return self._client._call(
            _OP_GET_ITEM,
            {"id": id},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class ItemsResourceWithRawResponse:
    """Operations of ItemsResource that return the raw APIResponse."""

    def __init__(self, resource: ItemsResource) -> None:
        self.list_pages = _r.to_raw_response_wrapper(resource.list_pages)
        self.list_offsets = _r.to_raw_response_wrapper(resource.list_offsets)
        self.list_cursors = _r.to_raw_response_wrapper(resource.list_cursors)
        self.list_declared = _r.to_raw_response_wrapper(resource.list_declared)
        self.list_unpaged = _r.to_raw_response_wrapper(resource.list_unpaged)
        self.get_item = _r.to_raw_response_wrapper(resource.get_item)


class ItemsResourceWithStreamingResponse:
    """Operations of ItemsResource that yield a streamed response."""

    def __init__(self, resource: ItemsResource) -> None:
        self.list_pages = _r.to_streamed_response_wrapper(resource.list_pages)
        self.list_offsets = _r.to_streamed_response_wrapper(resource.list_offsets)
        self.list_cursors = _r.to_streamed_response_wrapper(resource.list_cursors)
        self.list_declared = _r.to_streamed_response_wrapper(resource.list_declared)
        self.list_unpaged = _r.to_streamed_response_wrapper(resource.list_unpaged)
        self.get_item = _r.to_streamed_response_wrapper(resource.get_item)


class AsyncItemsResource:
    """Operations tagged items"""

    def __init__(self, client: _b.AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncItemsResourceWithRawResponse:
        """The same operations, returning an APIResponse (status, headers, .parse())."""
        return AsyncItemsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncItemsResourceWithStreamingResponse:
        """The same operations as context managers yielding the response unread.

        Iterate the body (.iter_bytes(), .iter_text(), .iter_lines()), or .read() or
        .parse() it; the response is closed when the block ends.
        """
        return AsyncItemsResourceWithStreamingResponse(self)

    def list_pages(
        self,
        *,
        page: int | _t.NotGiven = _t.NOT_GIVEN,
        page_size: int | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> _p.AsyncPaginator[Item]:
        """Items by page number

        ``GET /pages``

        Args:
            page: (no description in the spec)
            page_size: (no description in the spec)

        Returns:
            _p.AsyncPaginator[Item]: await it for the first page;
            iterating it (async for) yields every item of every page, each next
            page fetched when needed (page number).
        """
        return _p.async_pages(
            self._client,
            _OP_LIST_PAGES,
            _PAGE_LIST_PAGES,
            {"page": page, "page_size": page_size},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def list_offsets(
        self,
        *,
        offset: int | _t.NotGiven = _t.NOT_GIVEN,
        limit: int | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> _p.AsyncPaginator[Item]:
        """Items by offset and limit

        ``GET /offsets``

        Args:
            offset: (no description in the spec)
            limit: (no description in the spec)

        Returns:
            _p.AsyncPaginator[Item]: await it for the first page;
            iterating it (async for) yields every item of every page, each next
            page fetched when needed (offset).
        """
        return _p.async_pages(
            self._client,
            _OP_LIST_OFFSETS,
            _PAGE_LIST_OFFSETS,
            {"offset": offset, "limit": limit},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def list_cursors(
        self,
        *,
        cursor: str | _t.NotGiven = _t.NOT_GIVEN,
        limit: int | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> _p.AsyncPaginator[Item]:
        """Items by cursor (Stripe-like, with has_more)

        ``GET /cursors``

        Args:
            cursor: (no description in the spec)
            limit: (no description in the spec)

        Returns:
            _p.AsyncPaginator[Item]: await it for the first page;
            iterating it (async for) yields every item of every page, each next
            page fetched when needed (cursor).
        """
        return _p.async_pages(
            self._client,
            _OP_LIST_CURSORS,
            _PAGE_LIST_CURSORS,
            {"cursor": cursor, "limit": limit},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def list_declared(
        self,
        *,
        token: str | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> _p.AsyncPaginator[Item]:
        """Items by a cursor detection would not find (declared)

        ``GET /declared``

        Args:
            token: (no description in the spec)

        Returns:
            _p.AsyncPaginator[Item]: await it for the first page;
            iterating it (async for) yields every item of every page, each next
            page fetched when needed (cursor).
        """
        return _p.async_pages(
            self._client,
            _OP_LIST_DECLARED,
            _PAGE_LIST_DECLARED,
            {"token": token},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def list_unpaged(
        self,
        *,
        page: int | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> list[Item]:
        """Items, all at once (page is not a paging parameter here)

        ``GET /unpaged``

        Args:
            page: (no description in the spec)

        Returns:
            list[Item] — 200: OK
        """
        return await self._client._call(
            _OP_LIST_UNPAGED,
            {"page": page},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def get_item(
        self,
        *,
        id: int,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Item:
        """getItem

        ``GET /items/{id}``

        Args:
            id: (no description in the spec)

        Returns:
            Item — 200: OK
        """
        return await self._client._call(
            _OP_GET_ITEM,
            {"id": id},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class AsyncItemsResourceWithRawResponse:
    """Operations of AsyncItemsResource that return the raw APIResponse."""

    def __init__(self, resource: AsyncItemsResource) -> None:
        self.list_pages = _r.async_to_raw_response_wrapper(resource.list_pages)
        self.list_offsets = _r.async_to_raw_response_wrapper(resource.list_offsets)
        self.list_cursors = _r.async_to_raw_response_wrapper(resource.list_cursors)
        self.list_declared = _r.async_to_raw_response_wrapper(resource.list_declared)
        self.list_unpaged = _r.async_to_raw_response_wrapper(resource.list_unpaged)
        self.get_item = _r.async_to_raw_response_wrapper(resource.get_item)


class AsyncItemsResourceWithStreamingResponse:
    """Operations of AsyncItemsResource that yield a streamed response."""

    def __init__(self, resource: AsyncItemsResource) -> None:
        self.list_pages = _r.async_to_streamed_response_wrapper(resource.list_pages)
        self.list_offsets = _r.async_to_streamed_response_wrapper(resource.list_offsets)
        self.list_cursors = _r.async_to_streamed_response_wrapper(resource.list_cursors)
        self.list_declared = _r.async_to_streamed_response_wrapper(
            resource.list_declared
        )
        self.list_unpaged = _r.async_to_streamed_response_wrapper(resource.list_unpaged)
        self.get_item = _r.async_to_streamed_response_wrapper(resource.get_item)
