"""Call Accounting operations."""

from __future__ import annotations

import datetime
from functools import cached_property
from typing import Any

from .. import _base_client as _b
from .. import _models as _c
from .. import _response as _r
from .. import _types as _t

__all__ = ["AsyncCallAccountingResource", "CallAccountingResource"]

_MODELS = "tim4biz.models"

_OP_GET_EXTENSION_TOTAL: _b.Op[Any] = _b.Op(
    "call_accounting.get_extension_total",
    "GET",
    "/api/ExtensionTotal",
    params=(
        _b.Param("from_", "from", "query", local_datetime=True),
        _b.Param("to", "to", "query", local_datetime=True),
    ),
    results={
        "200": ("json", _c.ANY),
    },
    security=(("basicAuth",),),
    ordered=(("from_", "to"),),
)


class CallAccountingResource:
    """Call accounting data. Needs a TIM4biz call accounting licence."""

    def __init__(self, client: _b.SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CallAccountingResourceWithRawResponse:
        """The same operations, returning an APIResponse (status, headers, .parse())."""
        return CallAccountingResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> CallAccountingResourceWithStreamingResponse:
        """The same operations as context managers yielding the response unread.

        Iterate the body (.iter_bytes(), .iter_text(), .iter_lines()), or .read() or
        .parse() it; the response is closed when the block ends.
        """
        return CallAccountingResourceWithStreamingResponse(self)

    def get_extension_total(
        self,
        *,
        from_: datetime.datetime | datetime.date | str,
        to: datetime.datetime | datetime.date | str,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Any:
        """Get extension call totals for a period

        Returns call accounting totals per extension for the period from `from` to
        `to`. Requires a TIM4biz call accounting licence. Must be called with GET;
        a POST returns `400 Bad request`. A missing datetime range or a period that is
        too long also returns `400` (the maximum period length is not documented).

        ``GET /api/ExtensionTotal``

        Args:
            from_: Start of the period, as a local date-time without a time zone or UTC
                offset, written `YYYY-MM-DDThh:mm:ss` (for example `2025-01-01T00:00:00`).
                This is not an RFC 3339 `date-time`: no `Z` or `+hh:mm` suffix and no
                fractional seconds.
            to: End of the period, as a local date-time without a time zone or UTC
                offset, written `YYYY-MM-DDThh:mm:ss` (for example `2025-01-02T00:00:00`).
                This is not an RFC 3339 `date-time`: no `Z` or `+hh:mm` suffix and no
                fractional seconds.

        Returns:
            Any — 200: Success: the request completed successfully. The shape of the response
            body is not documented by the vendor.

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
            _OP_GET_EXTENSION_TOTAL,
            {"from_": from_, "to": to},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class CallAccountingResourceWithRawResponse:
    """Operations of CallAccountingResource that return the raw APIResponse."""

    def __init__(self, resource: CallAccountingResource) -> None:
        self.get_extension_total = _r.to_raw_response_wrapper(
            resource.get_extension_total
        )


class CallAccountingResourceWithStreamingResponse:
    """Operations of CallAccountingResource that yield a streamed response."""

    def __init__(self, resource: CallAccountingResource) -> None:
        self.get_extension_total = _r.to_streamed_response_wrapper(
            resource.get_extension_total
        )


class AsyncCallAccountingResource:
    """Call accounting data. Needs a TIM4biz call accounting licence."""

    def __init__(self, client: _b.AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCallAccountingResourceWithRawResponse:
        """The same operations, returning an APIResponse (status, headers, .parse())."""
        return AsyncCallAccountingResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(
        self,
    ) -> AsyncCallAccountingResourceWithStreamingResponse:
        """The same operations as context managers yielding the response unread.

        Iterate the body (.iter_bytes(), .iter_text(), .iter_lines()), or .read() or
        .parse() it; the response is closed when the block ends.
        """
        return AsyncCallAccountingResourceWithStreamingResponse(self)

    async def get_extension_total(
        self,
        *,
        from_: datetime.datetime | datetime.date | str,
        to: datetime.datetime | datetime.date | str,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> Any:
        """Get extension call totals for a period

        Returns call accounting totals per extension for the period from `from` to
        `to`. Requires a TIM4biz call accounting licence. Must be called with GET;
        a POST returns `400 Bad request`. A missing datetime range or a period that is
        too long also returns `400` (the maximum period length is not documented).

        ``GET /api/ExtensionTotal``

        Args:
            from_: Start of the period, as a local date-time without a time zone or UTC
                offset, written `YYYY-MM-DDThh:mm:ss` (for example `2025-01-01T00:00:00`).
                This is not an RFC 3339 `date-time`: no `Z` or `+hh:mm` suffix and no
                fractional seconds.
            to: End of the period, as a local date-time without a time zone or UTC
                offset, written `YYYY-MM-DDThh:mm:ss` (for example `2025-01-02T00:00:00`).
                This is not an RFC 3339 `date-time`: no `Z` or `+hh:mm` suffix and no
                fractional seconds.

        Returns:
            Any — 200: Success: the request completed successfully. The shape of the response
            body is not documented by the vendor.

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
            _OP_GET_EXTENSION_TOTAL,
            {"from_": from_, "to": to},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class AsyncCallAccountingResourceWithRawResponse:
    """Operations of AsyncCallAccountingResource that return the raw APIResponse."""

    def __init__(self, resource: AsyncCallAccountingResource) -> None:
        self.get_extension_total = _r.async_to_raw_response_wrapper(
            resource.get_extension_total
        )


class AsyncCallAccountingResourceWithStreamingResponse:
    """Operations of AsyncCallAccountingResource that yield a streamed response."""

    def __init__(self, resource: AsyncCallAccountingResource) -> None:
        self.get_extension_total = _r.async_to_streamed_response_wrapper(
            resource.get_extension_total
        )
