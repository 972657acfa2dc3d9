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
    from ..models import LoginResponse

__all__ = ["AsyncAuthResource", "AuthResource"]

_MODELS = "swagger2_store.models"

_OP_LOGIN: _b.Op[LoginResponse] = _b.Op(
    "auth.login",
    "POST",
    "/login",
    body=_b.Body(
        "form",
        "application/x-www-form-urlencoded",
        fields=(("username", "username"), ("password", "password")),
        required=True,
        needs=("username", "password"),
    ),
    results={
        "200": ("json", _c.model(_MODELS, "LoginResponse")),
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
    def login(
        self,
        *,
        body: Mapping[str, object],
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> LoginResponse: ...

    @overload
    def login(
        self,
        *,
        username: str,
        password: str,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> LoginResponse: ...

    def login(
        self,
        *,
        username: str | _t.NotGiven = _t.NOT_GIVEN,
        password: str | _t.NotGiven = _t.NOT_GIVEN,
        body: Mapping[str, object] | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> LoginResponse:
        """login

        ``POST /login``

        Args:
            username: (no description in the spec)
            password: (no description in the spec)
            body: The whole request body, instead of the arguments above: a
                mapping (sent as it is).

        Returns:
            LoginResponse — 200: A session token
        """
        return self._client._call(
            _OP_LOGIN,
            {"username": username, "password": password, "body": body},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class AuthResourceWithRawResponse:
    """Operations of AuthResource that return the raw APIResponse."""

    def __init__(self, resource: AuthResource) -> None:
        self.login = _r.to_raw_response_wrapper(resource.login)


class AuthResourceWithStreamingResponse:
    """Operations of AuthResource that yield a streamed response."""

    def __init__(self, resource: AuthResource) -> None:
        self.login = _r.to_streamed_response_wrapper(resource.login)


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
    async def login(
        self,
        *,
        body: Mapping[str, object],
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> LoginResponse: ...

    @overload
    async def login(
        self,
        *,
        username: str,
        password: str,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> LoginResponse: ...

    async def login(
        self,
        *,
        username: str | _t.NotGiven = _t.NOT_GIVEN,
        password: str | _t.NotGiven = _t.NOT_GIVEN,
        body: Mapping[str, object] | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> LoginResponse:
        """login

        ``POST /login``

        Args:
            username: (no description in the spec)
            password: (no description in the spec)
            body: The whole request body, instead of the arguments above: a
                mapping (sent as it is).

        Returns:
            LoginResponse — 200: A session token
        """
        return await self._client._call(
            _OP_LOGIN,
            {"username": username, "password": password, "body": body},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class AsyncAuthResourceWithRawResponse:
    """Operations of AsyncAuthResource that return the raw APIResponse."""

    def __init__(self, resource: AsyncAuthResource) -> None:
        self.login = _r.async_to_raw_response_wrapper(resource.login)


class AsyncAuthResourceWithStreamingResponse:
    """Operations of AsyncAuthResource that yield a streamed response."""

    def __init__(self, resource: AsyncAuthResource) -> None:
        self.login = _r.async_to_streamed_response_wrapper(resource.login)
