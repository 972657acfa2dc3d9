"""Messaging operations."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, overload

from .. import _base_client as _b
from .. import _models as _c
from .. import _response as _r
from .. import _types as _t

if TYPE_CHECKING:
    from ..models import SendSmsRequest

__all__ = ["AsyncMessagingResource", "MessagingResource"]

_MODELS = "tim4biz.models"

_OP_SET_SMS: _b.Op[Any] = _b.Op(
    "messaging.set_sms",
    "POST",
    "/api/SetSMS",
    body=_b.Body(
        "json",
        "application/json",
        fields=(("to", "to"), ("message", "message")),
        required=True,
        needs=("to", "message"),
    ),
    results={
        "200": ("json", _c.ANY),
    },
    security=(("basicAuth",),),
)


class MessagingResource:
    """Messaging (SMS). Needs a TIM4biz messaging licence."""

    def __init__(self, client: _b.SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> MessagingResourceWithRawResponse:
        """The same operations, returning an APIResponse (status, headers, .parse())."""
        return MessagingResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> MessagingResourceWithStreamingResponse:
        """The same operations as context managers yielding the response unread.

        Iterate the body (.iter_bytes(), .iter_text(), .iter_lines()), or .read() or
        .parse() it; the response is closed when the block ends.
        """
        return MessagingResourceWithStreamingResponse(self)

    @overload
    def set_sms(
        self,
        *,
        body: SendSmsRequest | Mapping[str, object],
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Any: ...

    @overload
    def set_sms(
        self,
        *,
        to: str,
        message: str,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Any: ...

    def set_sms(
        self,
        *,
        to: str | _t.NotGiven = _t.NOT_GIVEN,
        message: str | _t.NotGiven = _t.NOT_GIVEN,
        body: SendSmsRequest | Mapping[str, object] | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Any:
        """Send an SMS

        Sends an SMS message. Requires a TIM4biz messaging licence. Must be called
        with POST; a GET returns `400 Bad request`.

        ``POST /api/SetSMS``

        Args:
            to: Recipient mobile number in international format: a `+`, the country code
                and the subscriber number, digits only (for example `+61400000000`).
            message: Text of the message. The maximum length is not documented by the vendor.
            body: The whole request body, instead of the arguments above: a
                SendSmsRequest (sent as its to_dict()) or a mapping (sent as it is).

        Returns:
            Any — 200: Success: the request completed successfully. The shape of the response
            body (if any) is not documented by the vendor.

        Raises:
            BadRequestError: 400 Bad request: an invalid parameter, for example a missing datetime range, a
                period that is too long, or a GET sent where a POST was required (or a POST
                where a GET was required). The error body is not documented by the vendor.
            AuthenticationError: 401 Unauthorized: authentication is missing or invalid. The error body is not
                documented by the vendor.
            PermissionDeniedError: 403 Forbidden: the account is not licensed for this API. The error body is not
                documented by the vendor.
            NotFoundError: 404 Not found: the supplied value could not be located. The error body is not
                documented by the vendor.
            RateLimitError: 429 Too many requests: the rate limit has been exceeded, or the account's rate
                limit is currently zero (contact TIM4biz to raise it). The error body is not
                documented by the vendor.
        """
        return self._client._call(
            _OP_SET_SMS,
            {"to": to, "message": message, "body": body},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class MessagingResourceWithRawResponse:
    """Operations of MessagingResource that return the raw APIResponse."""

    def __init__(self, resource: MessagingResource) -> None:
        self.set_sms = _r.to_raw_response_wrapper(resource.set_sms)


class MessagingResourceWithStreamingResponse:
    """Operations of MessagingResource that yield a streamed response."""

    def __init__(self, resource: MessagingResource) -> None:
        self.set_sms = _r.to_streamed_response_wrapper(resource.set_sms)


class AsyncMessagingResource:
    """Messaging (SMS). Needs a TIM4biz messaging licence."""

    def __init__(self, client: _b.AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncMessagingResourceWithRawResponse:
        """The same operations, returning an APIResponse (status, headers, .parse())."""
        return AsyncMessagingResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncMessagingResourceWithStreamingResponse:
        """The same operations as context managers yielding the response unread.

        Iterate the body (.iter_bytes(), .iter_text(), .iter_lines()), or .read() or
        .parse() it; the response is closed when the block ends.
        """
        return AsyncMessagingResourceWithStreamingResponse(self)

    @overload
    async def set_sms(
        self,
        *,
        body: SendSmsRequest | Mapping[str, object],
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Any: ...

    @overload
    async def set_sms(
        self,
        *,
        to: str,
        message: str,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Any: ...

    async def set_sms(
        self,
        *,
        to: str | _t.NotGiven = _t.NOT_GIVEN,
        message: str | _t.NotGiven = _t.NOT_GIVEN,
        body: SendSmsRequest | Mapping[str, object] | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Any:
        """Send an SMS

        Sends an SMS message. Requires a TIM4biz messaging licence. Must be called
        with POST; a GET returns `400 Bad request`.

        ``POST /api/SetSMS``

        Args:
            to: Recipient mobile number in international format: a `+`, the country code
                and the subscriber number, digits only (for example `+61400000000`).
            message: Text of the message. The maximum length is not documented by the vendor.
            body: The whole request body, instead of the arguments above: a
                SendSmsRequest (sent as its to_dict()) or a mapping (sent as it is).

        Returns:
            Any — 200: Success: the request completed successfully. The shape of the response
            body (if any) is not documented by the vendor.

        Raises:
            BadRequestError: 400 Bad request: an invalid parameter, for example a missing datetime range, a
                period that is too long, or a GET sent where a POST was required (or a POST
                where a GET was required). The error body is not documented by the vendor.
            AuthenticationError: 401 Unauthorized: authentication is missing or invalid. The error body is not
                documented by the vendor.
            PermissionDeniedError: 403 Forbidden: the account is not licensed for this API. The error body is not
                documented by the vendor.
            NotFoundError: 404 Not found: the supplied value could not be located. The error body is not
                documented by the vendor.
            RateLimitError: 429 Too many requests: the rate limit has been exceeded, or the account's rate
                limit is currently zero (contact TIM4biz to raise it). The error body is not
                documented by the vendor.
        """
        return await self._client._call(
            _OP_SET_SMS,
            {"to": to, "message": message, "body": body},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class AsyncMessagingResourceWithRawResponse:
    """Operations of AsyncMessagingResource that return the raw APIResponse."""

    def __init__(self, resource: AsyncMessagingResource) -> None:
        self.set_sms = _r.async_to_raw_response_wrapper(resource.set_sms)


class AsyncMessagingResourceWithStreamingResponse:
    """Operations of AsyncMessagingResource that yield a streamed response."""

    def __init__(self, resource: AsyncMessagingResource) -> None:
        self.set_sms = _r.async_to_streamed_response_wrapper(resource.set_sms)
