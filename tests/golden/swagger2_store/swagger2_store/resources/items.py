"""items operations."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, overload

from .. import _base_client as _b
from .. import _models as _c
from .. import _response as _r
from .. import _types as _t

if TYPE_CHECKING:
    from ..models import Item, NewItem, NewItemStatus

__all__ = ["AsyncItemsResource", "ItemsResource"]

_MODELS = "swagger2_store.models"

_OP_LIST_ITEMS: _b.Op[list[Item]] = _b.Op(
    "items.list_items",
    "GET",
    "/items",
    params=(
        _b.Param("limit", "limit", "query"),
        _b.Param("tags", "tags", "query", explode=False),
        _b.Param("ids", "ids", "query"),
    ),
    results={
        "200": ("json", _c.list_(_c.model(_MODELS, "Item"))),
    },
    security=(("api_key",),),
)
_OP_CREATE_ITEM: _b.Op[Item] = _b.Op(
    "items.create_item",
    "POST",
    "/items",
    body=_b.Body(
        "json",
        "application/json",
        fields=(
            ("name", "name"),
            ("price", "price"),
            ("status", "status"),
            ("note", "note"),
        ),
        required=True,
        needs=("name",),
    ),
    results={
        "201": ("json", _c.model(_MODELS, "Item")),
    },
    security=(("api_key",),),
)
_OP_GET_ITEM: _b.Op[Item] = _b.Op(
    "items.get_item",
    "GET",
    "/items/{itemId}",
    params=(_b.Param("item_id", "itemId", "path"),),
    results={
        "200": ("json", _c.model(_MODELS, "Item")),
    },
    security=(("api_key",),),
)
_OP_DELETE_ITEM: _b.Op[None] = _b.Op(
    "items.delete_item",
    "DELETE",
    "/items/{itemId}",
    params=(_b.Param("item_id", "itemId", "path"),),
    results={
        "204": ("empty", _c.ANY),
    },
    security=(("basic",),),
)
_OP_UPLOAD_IMAGE: _b.Op[Item] = _b.Op(
    "items.upload_image",
    "POST",
    "/items/{itemId}/image",
    params=(_b.Param("item_id", "itemId", "path"),),
    body=_b.Body(
        "multipart",
        "multipart/form-data",
        fields=(("caption", "caption"), ("file", "file")),
        required=True,
        files=("file",),
    ),
    results={
        "200": ("json", _c.model(_MODELS, "Item")),
    },
    security=(("api_key",),),
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
        limit: int | _t.NotGiven = _t.NOT_GIVEN,
        tags: list[str] | _t.NotGiven = _t.NOT_GIVEN,
        ids: list[int] | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> list[Item]:
        """listItems

        ``GET /items``

        Args:
            limit: (no description in the spec)
            tags: (no description in the spec)
            ids: (no description in the spec)

        Returns:
            list[Item] — 200: The items
        """
        return self._client._call(
            _OP_LIST_ITEMS,
            {"limit": limit, "tags": tags, "ids": ids},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    @overload
    def create_item(
        self,
        *,
        body: NewItem | Mapping[str, object],
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Item: ...

    @overload
    def create_item(
        self,
        *,
        name: str,
        price: float | _t.NotGiven = _t.NOT_GIVEN,
        status: NewItemStatus | str | _t.NotGiven = _t.NOT_GIVEN,
        note: str | _t.NotGiven | None = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Item: ...

    def create_item(
        self,
        *,
        name: str | _t.NotGiven = _t.NOT_GIVEN,
        price: float | _t.NotGiven = _t.NOT_GIVEN,
        status: NewItemStatus | str | _t.NotGiven = _t.NOT_GIVEN,
        note: str | _t.NotGiven | None = _t.NOT_GIVEN,
        body: NewItem | Mapping[str, object] | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Item:
        """createItem

        ``POST /items``

        Args:
            name: (no description in the spec)
            price: (no description in the spec)
            status: (no description in the spec)
            note: (no description in the spec)
            body: The whole request body, instead of the arguments above: a
                NewItem (sent as its to_dict()) or a mapping (sent as it is).

        Returns:
            Item — 201: Created

        Raises:
            BadRequestError: 400 Invalid
        """
        return self._client._call(
            _OP_CREATE_ITEM,
            {
                "name": name,
                "price": price,
                "status": status,
                "note": note,
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
    ) -> Item:
        """getItem

        ``GET /items/{itemId}``

        Args:
            item_id: (no description in the spec)

        Returns:
            Item — 200: One item

        Raises:
            NotFoundError: 404 Not found
        """
        return self._client._call(
            _OP_GET_ITEM,
            {"item_id": item_id},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def delete_item(
        self,
        *,
        item_id: int,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> None:
        """deleteItem

        ``DELETE /items/{itemId}``

        Args:
            item_id: (no description in the spec)

        Returns:
            None — 204: Deleted
        """
        return self._client._call(
            _OP_DELETE_ITEM,
            {"item_id": item_id},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def upload_image(
        self,
        *,
        item_id: int,
        file: _t.FileTypes,
        caption: str | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Item:
        """uploadImage

        ``POST /items/{itemId}/image``

        Args:
            item_id: (no description in the spec)
            file: (no description in the spec)
            caption: (no description in the spec)

        Returns:
            Item — 200: Uploaded
        """
        return self._client._call(
            _OP_UPLOAD_IMAGE,
            {"item_id": item_id, "file": file, "caption": caption},
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
        self.delete_item = _r.to_raw_response_wrapper(resource.delete_item)
        self.upload_image = _r.to_raw_response_wrapper(resource.upload_image)


class ItemsResourceWithStreamingResponse:
    """Operations of ItemsResource that yield a streamed response."""

    def __init__(self, resource: ItemsResource) -> None:
        self.list_items = _r.to_streamed_response_wrapper(resource.list_items)
        self.create_item = _r.to_streamed_response_wrapper(resource.create_item)
        self.get_item = _r.to_streamed_response_wrapper(resource.get_item)
        self.delete_item = _r.to_streamed_response_wrapper(resource.delete_item)
        self.upload_image = _r.to_streamed_response_wrapper(resource.upload_image)


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

    async def list_items(
        self,
        *,
        limit: int | _t.NotGiven = _t.NOT_GIVEN,
        tags: list[str] | _t.NotGiven = _t.NOT_GIVEN,
        ids: list[int] | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> list[Item]:
        """listItems

        ``GET /items``

        Args:
            limit: (no description in the spec)
            tags: (no description in the spec)
            ids: (no description in the spec)

        Returns:
            list[Item] — 200: The items
        """
        return await self._client._call(
            _OP_LIST_ITEMS,
            {"limit": limit, "tags": tags, "ids": ids},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    @overload
    async def create_item(
        self,
        *,
        body: NewItem | Mapping[str, object],
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Item: ...

    @overload
    async def create_item(
        self,
        *,
        name: str,
        price: float | _t.NotGiven = _t.NOT_GIVEN,
        status: NewItemStatus | str | _t.NotGiven = _t.NOT_GIVEN,
        note: str | _t.NotGiven | None = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Item: ...

    async def create_item(
        self,
        *,
        name: str | _t.NotGiven = _t.NOT_GIVEN,
        price: float | _t.NotGiven = _t.NOT_GIVEN,
        status: NewItemStatus | str | _t.NotGiven = _t.NOT_GIVEN,
        note: str | _t.NotGiven | None = _t.NOT_GIVEN,
        body: NewItem | Mapping[str, object] | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Item:
        """createItem

        ``POST /items``

        Args:
            name: (no description in the spec)
            price: (no description in the spec)
            status: (no description in the spec)
            note: (no description in the spec)
            body: The whole request body, instead of the arguments above: a
                NewItem (sent as its to_dict()) or a mapping (sent as it is).

        Returns:
            Item — 201: Created

        Raises:
            BadRequestError: 400 Invalid
        """
        return await self._client._call(
            _OP_CREATE_ITEM,
            {
                "name": name,
                "price": price,
                "status": status,
                "note": note,
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
    ) -> Item:
        """getItem

        ``GET /items/{itemId}``

        Args:
            item_id: (no description in the spec)

        Returns:
            Item — 200: One item

        Raises:
            NotFoundError: 404 Not found
        """
        return await self._client._call(
            _OP_GET_ITEM,
            {"item_id": item_id},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def delete_item(
        self,
        *,
        item_id: int,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> None:
        """deleteItem

        ``DELETE /items/{itemId}``

        Args:
            item_id: (no description in the spec)

        Returns:
            None — 204: Deleted
        """
        return await self._client._call(
            _OP_DELETE_ITEM,
            {"item_id": item_id},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def upload_image(
        self,
        *,
        item_id: int,
        file: _t.FileTypes,
        caption: str | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Item:
        """uploadImage

        ``POST /items/{itemId}/image``

        Args:
            item_id: (no description in the spec)
            file: (no description in the spec)
            caption: (no description in the spec)

        Returns:
            Item — 200: Uploaded
        """
        return await self._client._call(
            _OP_UPLOAD_IMAGE,
            {"item_id": item_id, "file": file, "caption": caption},
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
        self.delete_item = _r.async_to_raw_response_wrapper(resource.delete_item)
        self.upload_image = _r.async_to_raw_response_wrapper(resource.upload_image)


class AsyncItemsResourceWithStreamingResponse:
    """Operations of AsyncItemsResource that yield a streamed response."""

    def __init__(self, resource: AsyncItemsResource) -> None:
        self.list_items = _r.async_to_streamed_response_wrapper(resource.list_items)
        self.create_item = _r.async_to_streamed_response_wrapper(resource.create_item)
        self.get_item = _r.async_to_streamed_response_wrapper(resource.get_item)
        self.delete_item = _r.async_to_streamed_response_wrapper(resource.delete_item)
        self.upload_image = _r.async_to_streamed_response_wrapper(resource.upload_image)
