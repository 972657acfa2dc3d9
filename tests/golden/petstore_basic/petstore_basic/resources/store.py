"""store operations."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, overload

from .. import _base_client as _b
from .. import _models as _c
from .. import _response as _r
from .. import _types as _t

if TYPE_CHECKING:
    from ..models import Order, OrderPriority

__all__ = ["AsyncStoreResource", "StoreResource"]

_MODELS = "petstore_basic.models"

_OP_PLACE_ORDER: _b.Op[Order] = _b.Op(
    "store.place_order",
    "POST",
    "/store/orders",
    body=_b.Body(
        "json",
        "application/json",
        fields=(
            ("pet_id", "petId"),
            ("quantity", "quantity"),
            ("priority", "priority"),
            ("complete", "complete"),
        ),
    ),
    results={
        "200": ("json", _c.model(_MODELS, "Order")),
    },
    security=(("apiKey",),),
)


class StoreResource:
    """Orders."""

    def __init__(self, client: _b.SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> StoreResourceWithRawResponse:
        """The same operations, returning an APIResponse (status, headers, .parse())."""
        return StoreResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> StoreResourceWithStreamingResponse:
        """The same operations as context managers yielding the response unread.

        Iterate the body (.iter_bytes(), .iter_text(), .iter_lines()), or .read() or
        .parse() it; the response is closed when the block ends.
        """
        return StoreResourceWithStreamingResponse(self)

    @overload
    def place_order(
        self,
        *,
        body: Order | Mapping[str, object],
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Order: ...

    @overload
    def place_order(
        self,
        *,
        pet_id: int | _t.NotGiven = _t.NOT_GIVEN,
        quantity: int | _t.NotGiven = _t.NOT_GIVEN,
        priority: OrderPriority | int | _t.NotGiven = _t.NOT_GIVEN,
        complete: bool | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Order: ...

    def place_order(
        self,
        *,
        pet_id: int | _t.NotGiven = _t.NOT_GIVEN,
        quantity: int | _t.NotGiven = _t.NOT_GIVEN,
        priority: OrderPriority | int | _t.NotGiven = _t.NOT_GIVEN,
        complete: bool | _t.NotGiven = _t.NOT_GIVEN,
        body: Order | Mapping[str, object] | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Order:
        """Place an order

        ``POST /store/orders``

        Args:
            pet_id: (no description in the spec)
            quantity: (no description in the spec)
            priority: (no description in the spec)
            complete: (no description in the spec)
            body: The whole request body, instead of the arguments above: a
                Order (sent as its to_dict()) or a mapping (sent as it is).

        Returns:
            Order — 200: The order.

        Raises:
            BadRequestError: 400 An error.
        """
        return self._client._call(
            _OP_PLACE_ORDER,
            {
                "pet_id": pet_id,
                "quantity": quantity,
                "priority": priority,
                "complete": complete,
                "body": body,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class StoreResourceWithRawResponse:
    """Operations of StoreResource that return the raw APIResponse."""

    def __init__(self, resource: StoreResource) -> None:
        self.place_order = _r.to_raw_response_wrapper(resource.place_order)


class StoreResourceWithStreamingResponse:
    """Operations of StoreResource that yield a streamed response."""

    def __init__(self, resource: StoreResource) -> None:
        self.place_order = _r.to_streamed_response_wrapper(resource.place_order)


class AsyncStoreResource:
    """Orders."""

    def __init__(self, client: _b.AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncStoreResourceWithRawResponse:
        """The same operations, returning an APIResponse (status, headers, .parse())."""
        return AsyncStoreResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncStoreResourceWithStreamingResponse:
        """The same operations as context managers yielding the response unread.

        Iterate the body (.iter_bytes(), .iter_text(), .iter_lines()), or .read() or
        .parse() it; the response is closed when the block ends.
        """
        return AsyncStoreResourceWithStreamingResponse(self)

    @overload
    async def place_order(
        self,
        *,
        body: Order | Mapping[str, object],
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Order: ...

    @overload
    async def place_order(
        self,
        *,
        pet_id: int | _t.NotGiven = _t.NOT_GIVEN,
        quantity: int | _t.NotGiven = _t.NOT_GIVEN,
        priority: OrderPriority | int | _t.NotGiven = _t.NOT_GIVEN,
        complete: bool | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Order: ...

    async def place_order(
        self,
        *,
        pet_id: int | _t.NotGiven = _t.NOT_GIVEN,
        quantity: int | _t.NotGiven = _t.NOT_GIVEN,
        priority: OrderPriority | int | _t.NotGiven = _t.NOT_GIVEN,
        complete: bool | _t.NotGiven = _t.NOT_GIVEN,
        body: Order | Mapping[str, object] | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Order:
        """Place an order

        ``POST /store/orders``

        Args:
            pet_id: (no description in the spec)
            quantity: (no description in the spec)
            priority: (no description in the spec)
            complete: (no description in the spec)
            body: The whole request body, instead of the arguments above: a
                Order (sent as its to_dict()) or a mapping (sent as it is).

        Returns:
            Order — 200: The order.

        Raises:
            BadRequestError: 400 An error.
        """
        return await self._client._call(
            _OP_PLACE_ORDER,
            {
                "pet_id": pet_id,
                "quantity": quantity,
                "priority": priority,
                "complete": complete,
                "body": body,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class AsyncStoreResourceWithRawResponse:
    """Operations of AsyncStoreResource that return the raw APIResponse."""

    def __init__(self, resource: AsyncStoreResource) -> None:
        self.place_order = _r.async_to_raw_response_wrapper(resource.place_order)


class AsyncStoreResourceWithStreamingResponse:
    """Operations of AsyncStoreResource that yield a streamed response."""

    def __init__(self, resource: AsyncStoreResource) -> None:
        self.place_order = _r.async_to_streamed_response_wrapper(resource.place_order)
