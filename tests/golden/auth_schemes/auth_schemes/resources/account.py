"""account operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .. import _base_client as _b
from .. import _models as _c
from .. import _response as _r
from .. import _types as _t

if TYPE_CHECKING:
    from ..models import GetMeResponse

__all__ = ["AsyncAccountResource", "AccountResource"]

_MODELS = "auth_schemes.models"

_OP_GET_ME: _b.Op[GetMeResponse] = _b.Op(
    "account.get_me",
    "GET",
    "/me",
    results={
        "200": ("json", _c.model(_MODELS, "GetMeResponse")),
    },
    security=(("bearerAuth",), ("basicAuth",)),
)


class AccountResource:
    """Operations tagged account"""

    def __init__(self, client: _b.SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AccountResourceWithRawResponse:
        """The same operations, returning an APIResponse (status, headers, .parse())."""
        return AccountResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AccountResourceWithStreamingResponse:
        """The same operations as context managers yielding the response unread.

        Iterate the body (.iter_bytes(), .iter_text(), .iter_lines()), or .read() or
        .parse() it; the response is closed when the block ends.
        """
        return AccountResourceWithStreamingResponse(self)

    def get_me(
        self,
        *,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> GetMeResponse:
        """Bearer or Basic (the global OR requirement)

        ``GET /me``

        Returns:
            GetMeResponse — 200: OK.

        Raises:
            AuthenticationError: 401 Not authenticated.
        """
        return self._client._call(
            _OP_GET_ME,
            {},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class AccountResourceWithRawResponse:
    """Operations of AccountResource that return the raw APIResponse."""

    def __init__(self, resource: AccountResource) -> None:
        self.get_me = _r.to_raw_response_wrapper(resource.get_me)


class AccountResourceWithStreamingResponse:
    """Operations of AccountResource that yield a streamed response."""

    def __init__(self, resource: AccountResource) -> None:
        self.get_me = _r.to_streamed_response_wrapper(resource.get_me)


class AsyncAccountResource:
    """Operations tagged account"""

    def __init__(self, client: _b.AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAccountResourceWithRawResponse:
        """The same operations, returning an APIResponse (status, headers, .parse())."""
        return AsyncAccountResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAccountResourceWithStreamingResponse:
        """The same operations as context managers yielding the response unread.

        Iterate the body (.iter_bytes(), .iter_text(), .iter_lines()), or .read() or
        .parse() it; the response is closed when the block ends.
        """
        return AsyncAccountResourceWithStreamingResponse(self)

    async def get_me(
        self,
        *,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> GetMeResponse:
        """Bearer or Basic (the global OR requirement)

        ``GET /me``

        Returns:
            GetMeResponse — 200: OK.

        Raises:
            AuthenticationError: 401 Not authenticated.
        """
        return await self._client._call(
            _OP_GET_ME,
            {},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class AsyncAccountResourceWithRawResponse:
    """Operations of AsyncAccountResource that return the raw APIResponse."""

    def __init__(self, resource: AsyncAccountResource) -> None:
        self.get_me = _r.async_to_raw_response_wrapper(resource.get_me)


class AsyncAccountResourceWithStreamingResponse:
    """Operations of AsyncAccountResource that yield a streamed response."""

    def __init__(self, resource: AsyncAccountResource) -> None:
        self.get_me = _r.async_to_streamed_response_wrapper(resource.get_me)
