"""items operations."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Literal, overload

from .. import _base_client as _b
from .. import _models as _c
from .. import _pagination as _p
from .. import _response as _r
from .. import _types as _t

if TYPE_CHECKING:
    from ..models import Item, ItemPage, ItemSize, Tombstone

__all__ = ["AsyncItemsResource", "ItemsResource"]

_MODELS = "openapi31.models"

_OP_LIST_ITEMS: _b.Op[ItemPage] = _b.Op(
    "items.list_items",
    "GET",
    "/items",
    params=(_b.Param("cursor", "cursor", "query"),),
    results={
        "200": ("json", _c.model(_MODELS, "ItemPage")),
    },
    security=(),
)
_PAGE_LIST_ITEMS: _p.Paging[Item] = _p.Paging(
    "cursor",
    items=("items", "items"),
    cursor="cursor",
    next_cursor=("next", "next"),
)
_OP_CREATE_ITEM: _b.Op[Item] = _b.Op(
    "items.create_item",
    "POST",
    "/items",
    body=_b.Body(
        "json",
        "application/json",
        fields=(
            ("kind", "kind"),
            ("name", "name"),
            ("weight", "weight"),
            ("size", "size"),
            ("labels", "labels"),
            ("ref", "ref"),
        ),
        required=True,
        needs=("kind", "name"),
    ),
    results={
        "201": ("json", _c.model(_MODELS, "Item")),
    },
    security=(),
)
_OP_GET_ITEM: _b.Op[Item | Tombstone] = _b.Op(
    "items.get_item",
    "GET",
    "/items/{itemId}",
    params=(_b.Param("item_id", "itemId", "path"),),
    results={
        "200": (
            "json",
            _c.union(_c.model(_MODELS, "Item"), _c.model(_MODELS, "Tombstone")),
        ),
    },
    security=(),
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

    def list_items(
        self,
        *,
        cursor: str | _t.NotGiven | None = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> _p.SyncPage[Item]:
        """listItems

        ``GET /items``

        Args:
            cursor: (no description in the spec)

        Returns:
            _p.SyncPage[Item]: the first page;
            iterating it (for) yields every item of every page, each next
            page fetched when needed (cursor).
        """
        return _p.sync_page(
            self._client,
            _OP_LIST_ITEMS,
            _PAGE_LIST_ITEMS,
            {"cursor": cursor},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    @overload
    def create_item(
        self,
        *,
        body: Item | Mapping[str, object],
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Item: ...

    @overload
    def create_item(
        self,
        *,
        kind: Literal["item"],
        name: str,
        weight: float | _t.NotGiven | None = _t.NOT_GIVEN,
        size: ItemSize | str | _t.NotGiven | None = _t.NOT_GIVEN,
        labels: list[str] | _t.NotGiven | None = _t.NOT_GIVEN,
        ref: str | int | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Item: ...

    def create_item(
        self,
        *,
        kind: Literal["item"] | _t.NotGiven = _t.NOT_GIVEN,
        name: str | _t.NotGiven = _t.NOT_GIVEN,
        weight: float | _t.NotGiven | None = _t.NOT_GIVEN,
        size: ItemSize | str | _t.NotGiven | None = _t.NOT_GIVEN,
        labels: list[str] | _t.NotGiven | None = _t.NOT_GIVEN,
        ref: str | int | _t.NotGiven = _t.NOT_GIVEN,
        body: Item | Mapping[str, object] | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Item:
        """createItem

        ``POST /items``

        Args:
            kind: (no description in the spec)
            name: (no description in the spec)
            weight: (no description in the spec)
            size: (no description in the spec)
            labels: (no description in the spec)
            ref: (no description in the spec)
            body: The whole request body, instead of the arguments above: a
                Item (sent as its to_dict()) or a mapping (sent as it is).

        Returns:
            Item — 201: Created.
        """
        return self._client._call(
            _OP_CREATE_ITEM,
            {
                "kind": kind,
                "name": name,
                "weight": weight,
                "size": size,
                "labels": labels,
                "ref": ref,
                "body": body,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def get_item(
        self,
        *,
        item_id: int,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Item | Tombstone:
        """getItem

        ``GET /items/{itemId}``

        Args:
            item_id: (no description in the spec)

        Returns:
            Item | Tombstone — 200: One item.
        """
        return self._client._call(
            _OP_GET_ITEM,
            {"item_id": item_id},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class ItemsResourceWithRawResponse:
    """Operations of ItemsResource that return the raw APIResponse."""

    def __init__(self, resource: ItemsResource) -> None:
        self.list_items = _r.to_raw_response_wrapper(resource.list_items)
        self.create_item = _r.to_raw_response_wrapper(resource.create_item)
        self.get_item = _r.to_raw_response_wrapper(resource.get_item)


class ItemsResourceWithStreamingResponse:
    """Operations of ItemsResource that yield a streamed response."""

    def __init__(self, resource: ItemsResource) -> None:
        self.list_items = _r.to_streamed_response_wrapper(resource.list_items)
        self.create_item = _r.to_streamed_response_wrapper(resource.create_item)
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

    def list_items(
        self,
        *,
        cursor: str | _t.NotGiven | None = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> _p.AsyncPaginator[Item]:
        """listItems

        ``GET /items``

        Args:
            cursor: (no description in the spec)

        Returns:
            _p.AsyncPaginator[Item]: await it for the first page;
            iterating it (async for) yields every item of every page, each next
            page fetched when needed (cursor).
        """
        return _p.async_pages(
            self._client,
            _OP_LIST_ITEMS,
            _PAGE_LIST_ITEMS,
            {"cursor": cursor},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    @overload
    async def create_item(
        self,
        *,
        body: Item | Mapping[str, object],
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Item: ...

    @overload
    async def create_item(
        self,
        *,
        kind: Literal["item"],
        name: str,
        weight: float | _t.NotGiven | None = _t.NOT_GIVEN,
        size: ItemSize | str | _t.NotGiven | None = _t.NOT_GIVEN,
        labels: list[str] | _t.NotGiven | None = _t.NOT_GIVEN,
        ref: str | int | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Item: ...

    async def create_item(
        self,
        *,
        kind: Literal["item"] | _t.NotGiven = _t.NOT_GIVEN,
        name: str | _t.NotGiven = _t.NOT_GIVEN,
        weight: float | _t.NotGiven | None = _t.NOT_GIVEN,
        size: ItemSize | str | _t.NotGiven | None = _t.NOT_GIVEN,
        labels: list[str] | _t.NotGiven | None = _t.NOT_GIVEN,
        ref: str | int | _t.NotGiven = _t.NOT_GIVEN,
        body: Item | Mapping[str, object] | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Item:
        """createItem

        ``POST /items``

        Args:
            kind: (no description in the spec)
            name: (no description in the spec)
            weight: (no description in the spec)
            size: (no description in the spec)
            labels: (no description in the spec)
            ref: (no description in the spec)
            body: The whole request body, instead of the arguments above: a
                Item (sent as its to_dict()) or a mapping (sent as it is).

        Returns:
            Item — 201: Created.
        """
        return await self._client._call(
            _OP_CREATE_ITEM,
            {
                "kind": kind,
                "name": name,
                "weight": weight,
                "size": size,
                "labels": labels,
                "ref": ref,
                "body": body,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def get_item(
        self,
        *,
        item_id: int,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Item | Tombstone:
        """getItem

        ``GET /items/{itemId}``

        Args:
            item_id: (no description in the spec)

        Returns:
            Item | Tombstone — 200: One item.
        """
        return await self._client._call(
            _OP_GET_ITEM,
            {"item_id": item_id},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class AsyncItemsResourceWithRawResponse:
    """Operations of AsyncItemsResource that return the raw APIResponse."""

    def __init__(self, resource: AsyncItemsResource) -> None:
        self.list_items = _r.async_to_raw_response_wrapper(resource.list_items)
        self.create_item = _r.async_to_raw_response_wrapper(resource.create_item)
        self.get_item = _r.async_to_raw_response_wrapper(resource.get_item)


class AsyncItemsResourceWithStreamingResponse:
    """Operations of AsyncItemsResource that yield a streamed response."""

    def __init__(self, resource: AsyncItemsResource) -> None:
        self.list_items = _r.async_to_streamed_response_wrapper(resource.list_items)
        self.create_item = _r.async_to_streamed_response_wrapper(resource.create_item)
        self.get_item = _r.async_to_streamed_response_wrapper(resource.get_item)
