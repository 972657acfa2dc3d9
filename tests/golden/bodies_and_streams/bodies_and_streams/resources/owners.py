"""owners operations."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, overload

from .. import _base_client as _b
from .. import _models as _c
from .. import _response as _r
from .. import _types as _t

if TYPE_CHECKING:
    from ..models import Credentials, Session

__all__ = ["AsyncOwnersResource", "OwnersResource"]

_MODELS = "bodies_and_streams.models"

_OP_LOG_IN: _b.Op[Session] = _b.Op(
    "owners.log_in",
    "POST",
    "/login",
    body=_b.Body(
        "form",
        "application/x-www-form-urlencoded",
        fields=(
            ("username", "username"),
            ("password", "password"),
            ("remember", "remember"),
        ),
        required=True,
        needs=("username", "password"),
    ),
    results={
        "200": ("json", _c.model(_MODELS, "Session")),
    },
    security=(),
)


class OwnersResource:
    """Operations tagged owners"""

    def __init__(self, client: _b.SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> OwnersResourceWithRawResponse:
        """The same operations, returning an APIResponse (status, headers, .parse())."""
        return OwnersResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> OwnersResourceWithStreamingResponse:
        """The same operations as context managers yielding the response unread.

        Iterate the body (.iter_bytes(), .iter_text(), .iter_lines()), or .read() or
        .parse() it; the response is closed when the block ends.
        """
        return OwnersResourceWithStreamingResponse(self)

    @overload
    def log_in(
        self,
        *,
        body: Credentials | Mapping[str, object],
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Session: ...

    @overload
    def log_in(
        self,
        *,
        username: str,
        password: str,
        remember: bool | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Session: ...

    def log_in(
        self,
        *,
        username: str | _t.NotGiven = _t.NOT_GIVEN,
        password: str | _t.NotGiven = _t.NOT_GIVEN,
        remember: bool | _t.NotGiven = _t.NOT_GIVEN,
        body: Credentials | Mapping[str, object] | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Session:
        """A form body that is a model

        ``POST /login``

        Args:
            username: (no description in the spec)
            password: (no description in the spec)
            remember: (no description in the spec)
            body: The whole request body, instead of the arguments above: a
                Credentials (sent as its to_dict()) or a mapping (sent as it is).

        Returns:
            Session — 200: Logged in.
        """
        return self._client._call(
            _OP_LOG_IN,
            {
                "username": username,
                "password": password,
                "remember": remember,
                "body": body,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class OwnersResourceWithRawResponse:
    """Operations of OwnersResource that return the raw APIResponse."""

    def __init__(self, resource: OwnersResource) -> None:
        self.log_in = _r.to_raw_response_wrapper(resource.log_in)


class OwnersResourceWithStreamingResponse:
    """Operations of OwnersResource that yield a streamed response."""

    def __init__(self, resource: OwnersResource) -> None:
        self.log_in = _r.to_streamed_response_wrapper(resource.log_in)


class AsyncOwnersResource:
    """Operations tagged owners"""

    def __init__(self, client: _b.AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncOwnersResourceWithRawResponse:
        """The same operations, returning an APIResponse (status, headers, .parse())."""
        return AsyncOwnersResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncOwnersResourceWithStreamingResponse:
        """The same operations as context managers yielding the response unread.

        Iterate the body (.iter_bytes(), .iter_text(), .iter_lines()), or .read() or
        .parse() it; the response is closed when the block ends.
        """
        return AsyncOwnersResourceWithStreamingResponse(self)

    @overload
    async def log_in(
        self,
        *,
        body: Credentials | Mapping[str, object],
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Session: ...

    @overload
    async def log_in(
        self,
        *,
        username: str,
        password: str,
        remember: bool | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Session: ...

    async def log_in(
        self,
        *,
        username: str | _t.NotGiven = _t.NOT_GIVEN,
        password: str | _t.NotGiven = _t.NOT_GIVEN,
        remember: bool | _t.NotGiven = _t.NOT_GIVEN,
        body: Credentials | Mapping[str, object] | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Session:
        """A form body that is a model

        ``POST /login``

        Args:
            username: (no description in the spec)
            password: (no description in the spec)
            remember: (no description in the spec)
            body: The whole request body, instead of the arguments above: a
                Credentials (sent as its to_dict()) or a mapping (sent as it is).

        Returns:
            Session — 200: Logged in.
        """
        return await self._client._call(
            _OP_LOG_IN,
            {
                "username": username,
                "password": password,
                "remember": remember,
                "body": body,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class AsyncOwnersResourceWithRawResponse:
    """Operations of AsyncOwnersResource that return the raw APIResponse."""

    def __init__(self, resource: AsyncOwnersResource) -> None:
        self.log_in = _r.async_to_raw_response_wrapper(resource.log_in)


class AsyncOwnersResourceWithStreamingResponse:
    """Operations of AsyncOwnersResource that yield a streamed response."""

    def __init__(self, resource: AsyncOwnersResource) -> None:
        self.log_in = _r.async_to_streamed_response_wrapper(resource.log_in)
