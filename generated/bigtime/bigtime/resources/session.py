"""Session operations."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, overload

from .. import _base_client as _b
from .. import _models as _c
from .. import _response as _r
from .. import _types as _t

if TYPE_CHECKING:
    from ..models import Session, SessionRequest

__all__ = ["AsyncSessionResource", "SessionResource"]

_MODELS = "bigtime.models"

_OP_CREATE_SESSION: _b.Op[Session] = _b.Op(
    "session.create_session",
    "POST",
    "/session",
    body=_b.Body(
        "json",
        "application/json",
        fields=(("user_id", "UserId"), ("pwd", "Pwd")),
        required=True,
        needs=("user_id", "pwd"),
    ),
    results={
        "200": ("json", _c.model(_MODELS, "Session")),
    },
    security=(),
)


class SessionResource:
    """Log in to obtain a session token."""

    def __init__(self, client: _b.SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> SessionResourceWithRawResponse:
        """The same operations, returning an APIResponse (status, headers, .parse())."""
        return SessionResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> SessionResourceWithStreamingResponse:
        """The same operations as context managers yielding the response unread.

        Iterate the body (.iter_bytes(), .iter_text(), .iter_lines()), or .read() or
        .parse() it; the response is closed when the block ends.
        """
        return SessionResourceWithStreamingResponse(self)

    @overload
    def create_session(
        self,
        *,
        body: SessionRequest | Mapping[str, object],
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Session: ...

    @overload
    def create_session(
        self,
        *,
        user_id: str,
        pwd: str,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Session: ...

    def create_session(
        self,
        *,
        user_id: str | _t.NotGiven = _t.NOT_GIVEN,
        pwd: str | _t.NotGiven = _t.NOT_GIVEN,
        body: SessionRequest | Mapping[str, object] | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Session:
        """Log in and create a session

        Logs in with a BigTime user's e-mail address and password and returns a
        session token. Send the returned `token` as `X-Auth-Token` and the returned
        `firm` as `X-Auth-Realm` on later calls. Session tokens expire; when a call
        answers `401`, log in again. This call needs no authentication headers.

        ``POST /session``

        Args:
            user_id: The user's login e-mail address.
            pwd: The user's password.
            body: The whole request body, instead of the arguments above: a
                SessionRequest (sent as its to_dict()) or a mapping (sent as it is).

        Returns:
            Session — 200: Logged in; the session token and the firm (realm) to use.

        Raises:
            APIStatusError: default The login failed. The status codes and error body of a failed login are
                not documented by the vendor.
        """
        return self._client._call(
            _OP_CREATE_SESSION,
            {"user_id": user_id, "pwd": pwd, "body": body},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class SessionResourceWithRawResponse:
    """Operations of SessionResource that return the raw APIResponse."""

    def __init__(self, resource: SessionResource) -> None:
        self.create_session = _r.to_raw_response_wrapper(resource.create_session)


class SessionResourceWithStreamingResponse:
    """Operations of SessionResource that yield a streamed response."""

    def __init__(self, resource: SessionResource) -> None:
        self.create_session = _r.to_streamed_response_wrapper(resource.create_session)


class AsyncSessionResource:
    """Log in to obtain a session token."""

    def __init__(self, client: _b.AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncSessionResourceWithRawResponse:
        """The same operations, returning an APIResponse (status, headers, .parse())."""
        return AsyncSessionResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncSessionResourceWithStreamingResponse:
        """The same operations as context managers yielding the response unread.

        Iterate the body (.iter_bytes(), .iter_text(), .iter_lines()), or .read() or
        .parse() it; the response is closed when the block ends.
        """
        return AsyncSessionResourceWithStreamingResponse(self)

    @overload
    async def create_session(
        self,
        *,
        body: SessionRequest | Mapping[str, object],
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Session: ...

    @overload
    async def create_session(
        self,
        *,
        user_id: str,
        pwd: str,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Session: ...

    async def create_session(
        self,
        *,
        user_id: str | _t.NotGiven = _t.NOT_GIVEN,
        pwd: str | _t.NotGiven = _t.NOT_GIVEN,
        body: SessionRequest | Mapping[str, object] | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Session:
        """Log in and create a session

        Logs in with a BigTime user's e-mail address and password and returns a
        session token. Send the returned `token` as `X-Auth-Token` and the returned
        `firm` as `X-Auth-Realm` on later calls. Session tokens expire; when a call
        answers `401`, log in again. This call needs no authentication headers.

        ``POST /session``

        Args:
            user_id: The user's login e-mail address.
            pwd: The user's password.
            body: The whole request body, instead of the arguments above: a
                SessionRequest (sent as its to_dict()) or a mapping (sent as it is).

        Returns:
            Session — 200: Logged in; the session token and the firm (realm) to use.

        Raises:
            APIStatusError: default The login failed. The status codes and error body of a failed login are
                not documented by the vendor.
        """
        return await self._client._call(
            _OP_CREATE_SESSION,
            {"user_id": user_id, "pwd": pwd, "body": body},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class AsyncSessionResourceWithRawResponse:
    """Operations of AsyncSessionResource that return the raw APIResponse."""

    def __init__(self, resource: AsyncSessionResource) -> None:
        self.create_session = _r.async_to_raw_response_wrapper(resource.create_session)


class AsyncSessionResourceWithStreamingResponse:
    """Operations of AsyncSessionResource that yield a streamed response."""

    def __init__(self, resource: AsyncSessionResource) -> None:
        self.create_session = _r.async_to_streamed_response_wrapper(
            resource.create_session
        )
