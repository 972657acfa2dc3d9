"""auth operations."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, overload

from .. import _base_client as _b
from .. import _models as _c
from .. import _response as _r
from .. import _types as _t

if TYPE_CHECKING:
    from ..models import Token, TokenRequest

__all__ = ["AsyncAuthResource", "AuthResource"]

_MODELS = "workflows.models"

_OP_ISSUE_TOKEN: _b.Op[Token] = _b.Op(
    "auth.issue_token",
    "POST",
    "/auth/token",
    body=_b.Body(
        "json",
        "application/json",
        fields=(("client_id", "clientId"), ("client_secret", "clientSecret")),
        required=True,
        needs=("client_id", "client_secret"),
    ),
    results={
        "200": ("json", _c.model(_MODELS, "Token")),
    },
    security=(),
)


class AuthResource:
    """Operations tagged auth"""

    def __init__(self, client: _b.SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AuthResourceWithRawResponse:
        """The same operations, returning an APIResponse (status, headers, .parse())."""
        return AuthResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AuthResourceWithStreamingResponse:
        """The same operations as context managers yielding the response unread.

        Iterate the body (.iter_bytes(), .iter_text(), .iter_lines()), or .read() or
        .parse() it; the response is closed when the block ends.
        """
        return AuthResourceWithStreamingResponse(self)

    @overload
    def issue_token(
        self,
        *,
        body: TokenRequest | Mapping[str, object],
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Token: ...

    @overload
    def issue_token(
        self,
        *,
        client_id: str,
        client_secret: str,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Token: ...

    def issue_token(
        self,
        *,
        client_id: str | _t.NotGiven = _t.NOT_GIVEN,
        client_secret: str | _t.NotGiven = _t.NOT_GIVEN,
        body: TokenRequest | Mapping[str, object] | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Token:
        """Exchange client credentials for a bearer token

        ``POST /auth/token``

        Args:
            client_id: (no description in the spec)
            client_secret: (no description in the spec)
            body: The whole request body, instead of the arguments above: a
                TokenRequest (sent as its to_dict()) or a mapping (sent as it is).

        Returns:
            Token — 200: A token was issued.

        Raises:
            AuthenticationError: 401 Wrong client credentials.
        """
        return self._client._call(
            _OP_ISSUE_TOKEN,
            {"client_id": client_id, "client_secret": client_secret, "body": body},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class AuthResourceWithRawResponse:
    """Operations of AuthResource that return the raw APIResponse."""

    def __init__(self, resource: AuthResource) -> None:
        self.issue_token = _r.to_raw_response_wrapper(resource.issue_token)


class AuthResourceWithStreamingResponse:
    """Operations of AuthResource that yield a streamed response."""

    def __init__(self, resource: AuthResource) -> None:
        self.issue_token = _r.to_streamed_response_wrapper(resource.issue_token)


class AsyncAuthResource:
    """Operations tagged auth"""

    def __init__(self, client: _b.AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAuthResourceWithRawResponse:
        """The same operations, returning an APIResponse (status, headers, .parse())."""
        return AsyncAuthResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAuthResourceWithStreamingResponse:
        """The same operations as context managers yielding the response unread.

        Iterate the body (.iter_bytes(), .iter_text(), .iter_lines()), or .read() or
        .parse() it; the response is closed when the block ends.
        """
        return AsyncAuthResourceWithStreamingResponse(self)

    @overload
    async def issue_token(
        self,
        *,
        body: TokenRequest | Mapping[str, object],
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Token: ...

    @overload
    async def issue_token(
        self,
        *,
        client_id: str,
        client_secret: str,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Token: ...

    async def issue_token(
        self,
        *,
        client_id: str | _t.NotGiven = _t.NOT_GIVEN,
        client_secret: str | _t.NotGiven = _t.NOT_GIVEN,
        body: TokenRequest | Mapping[str, object] | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Token:
        """Exchange client credentials for a bearer token

        ``POST /auth/token``

        Args:
            client_id: (no description in the spec)
            client_secret: (no description in the spec)
            body: The whole request body, instead of the arguments above: a
                TokenRequest (sent as its to_dict()) or a mapping (sent as it is).

        Returns:
            Token — 200: A token was issued.

        Raises:
            AuthenticationError: 401 Wrong client credentials.
        """
        return await self._client._call(
            _OP_ISSUE_TOKEN,
            {"client_id": client_id, "client_secret": client_secret, "body": body},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class AsyncAuthResourceWithRawResponse:
    """Operations of AsyncAuthResource that return the raw APIResponse."""

    def __init__(self, resource: AsyncAuthResource) -> None:
        self.issue_token = _r.async_to_raw_response_wrapper(resource.issue_token)


class AsyncAuthResourceWithStreamingResponse:
    """Operations of AsyncAuthResource that yield a streamed response."""

    def __init__(self, resource: AsyncAuthResource) -> None:
        self.issue_token = _r.async_to_streamed_response_wrapper(resource.issue_token)
