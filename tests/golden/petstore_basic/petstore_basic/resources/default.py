"""default operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .. import _base_client as _b
from .. import _models as _c
from .. import _response as _r
from .. import _types as _t

if TYPE_CHECKING:
    from ..models import HealthResponse

__all__ = ["AsyncDefaultResource", "DefaultResource"]

_MODELS = "petstore_basic.models"

_OP_HEALTH: _b.Op[HealthResponse] = _b.Op(
    "default.health",
    "GET",
    "/health",
    results={
        "200": ("json", _c.model(_MODELS, "HealthResponse")),
    },
    security=(),
)


class DefaultResource:
    """Operations tagged default"""

    def __init__(self, client: _b.SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> DefaultResourceWithRawResponse:
        """The same operations, returning an APIResponse (status, headers, .parse())."""
        return DefaultResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> DefaultResourceWithStreamingResponse:
        """The same operations as context managers yielding the response unread.

        Iterate the body (.iter_bytes(), .iter_text(), .iter_lines()), or .read() or
        .parse() it; the response is closed when the block ends.
        """
        return DefaultResourceWithStreamingResponse(self)

    def health(
        self,
        *,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> HealthResponse:
        """Health check (untagged, public)

        ``GET /health``

        Returns:
            HealthResponse — 200: OK.
        """
        return self._client._call(
            _OP_HEALTH,
            {},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class DefaultResourceWithRawResponse:
    """Operations of DefaultResource that return the raw APIResponse."""

    def __init__(self, resource: DefaultResource) -> None:
        self.health = _r.to_raw_response_wrapper(resource.health)


class DefaultResourceWithStreamingResponse:
    """Operations of DefaultResource that yield a streamed response."""

    def __init__(self, resource: DefaultResource) -> None:
        self.health = _r.to_streamed_response_wrapper(resource.health)


class AsyncDefaultResource:
    """Operations tagged default"""

    def __init__(self, client: _b.AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncDefaultResourceWithRawResponse:
        """The same operations, returning an APIResponse (status, headers, .parse())."""
        return AsyncDefaultResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncDefaultResourceWithStreamingResponse:
        """The same operations as context managers yielding the response unread.

        Iterate the body (.iter_bytes(), .iter_text(), .iter_lines()), or .read() or
        .parse() it; the response is closed when the block ends.
        """
        return AsyncDefaultResourceWithStreamingResponse(self)

    async def health(
        self,
        *,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> HealthResponse:
        """Health check (untagged, public)

        ``GET /health``

        Returns:
            HealthResponse — 200: OK.
        """
        return await self._client._call(
            _OP_HEALTH,
            {},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class AsyncDefaultResourceWithRawResponse:
    """Operations of AsyncDefaultResource that return the raw APIResponse."""

    def __init__(self, resource: AsyncDefaultResource) -> None:
        self.health = _r.async_to_raw_response_wrapper(resource.health)


class AsyncDefaultResourceWithStreamingResponse:
    """Operations of AsyncDefaultResource that yield a streamed response."""

    def __init__(self, resource: AsyncDefaultResource) -> None:
        self.health = _r.async_to_streamed_response_wrapper(resource.health)
