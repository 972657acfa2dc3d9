"""Billing operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .. import _base_client as _b
from .. import _models as _c
from .. import _response as _r
from .. import _types as _t

if TYPE_CHECKING:
    from ..models import (
        BalanceResponse,
        InvoiceDetailsResponse,
        InvoiceListResponse,
        PaymentMethodFeesResponse,
        PaymentMethodsResponse,
    )

__all__ = ["AsyncBillingResource", "BillingResource"]

_MODELS = "time4vps.models"

_OP_GET_BALANCE: _b.Op[BalanceResponse] = _b.Op(
    "billing.get_balance",
    "GET",
    "/balance",
    results={
        "200": ("json", _c.model(_MODELS, "BalanceResponse")),
    },
    security=(("basicAuth",),),
)
_OP_LIST_INVOICES: _b.Op[InvoiceListResponse] = _b.Op(
    "billing.list_invoices",
    "GET",
    "/invoice",
    results={
        "200": ("json", _c.model(_MODELS, "InvoiceListResponse")),
    },
    security=(("basicAuth",),),
)
_OP_GET_INVOICE: _b.Op[InvoiceDetailsResponse] = _b.Op(
    "billing.get_invoice",
    "GET",
    "/invoice/{id}",
    params=(_b.Param("id", "id", "path"),),
    results={
        "200": ("json", _c.model(_MODELS, "InvoiceDetailsResponse")),
    },
    security=(("basicAuth",),),
)
_OP_LIST_PAYMENT_METHODS: _b.Op[PaymentMethodsResponse] = _b.Op(
    "billing.list_payment_methods",
    "GET",
    "/payment",
    results={
        "200": ("json", _c.model(_MODELS, "PaymentMethodsResponse")),
    },
    security=(("basicAuth",),),
)
_OP_LIST_PAYMENT_METHOD_FEES: _b.Op[PaymentMethodFeesResponse] = _b.Op(
    "billing.list_payment_method_fees",
    "GET",
    "/payment/fees",
    results={
        "200": ("json", _c.model(_MODELS, "PaymentMethodFeesResponse")),
    },
    security=(("basicAuth",),),
)


class BillingResource:
    """Account balance, invoices and payment methods."""

    def __init__(self, client: _b.SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> BillingResourceWithRawResponse:
        """The same operations, returning an APIResponse (status, headers, .parse())."""
        return BillingResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BillingResourceWithStreamingResponse:
        """The same operations as context managers yielding the response unread.

        Iterate the body (.iter_bytes(), .iter_text(), .iter_lines()), or .read() or
        .parse() it; the response is closed when the block ends.
        """
        return BillingResourceWithStreamingResponse(self)

    def get_balance(
        self,
        *,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> BalanceResponse:
        """Account balance

        Get current account balance(unpaid invoices total), account credit

        ``GET /balance``

        Returns:
            BalanceResponse — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return self._client._call(
            _OP_GET_BALANCE,
            {},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def list_invoices(
        self,
        *,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> InvoiceListResponse:
        """List Invoices

        List all invoices under my account

        ``GET /invoice``

        Returns:
            InvoiceListResponse — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return self._client._call(
            _OP_LIST_INVOICES,
            {},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def get_invoice(
        self,
        *,
        id: int,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> InvoiceDetailsResponse:
        """Invoice Details

        Get invoice details

        ``GET /invoice/{id}``

        Args:
            id: Invoice ID

        Returns:
            InvoiceDetailsResponse — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return self._client._call(
            _OP_GET_INVOICE,
            {"id": id},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def list_payment_methods(
        self,
        *,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> PaymentMethodsResponse:
        """Payment Methods

        List available payment methods

        ``GET /payment``

        Returns:
            PaymentMethodsResponse — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return self._client._call(
            _OP_LIST_PAYMENT_METHODS,
            {},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def list_payment_method_fees(
        self,
        *,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> PaymentMethodFeesResponse:
        """Payment Methods Fees

        List available payment methods with fees

        ``GET /payment/fees``

        Returns:
            PaymentMethodFeesResponse — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return self._client._call(
            _OP_LIST_PAYMENT_METHOD_FEES,
            {},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class BillingResourceWithRawResponse:
    """Operations of BillingResource that return the raw APIResponse."""

    def __init__(self, resource: BillingResource) -> None:
        self.get_balance = _r.to_raw_response_wrapper(resource.get_balance)
        self.list_invoices = _r.to_raw_response_wrapper(resource.list_invoices)
        self.get_invoice = _r.to_raw_response_wrapper(resource.get_invoice)
        self.list_payment_methods = _r.to_raw_response_wrapper(
            resource.list_payment_methods
        )
        self.list_payment_method_fees = _r.to_raw_response_wrapper(
            resource.list_payment_method_fees
        )


class BillingResourceWithStreamingResponse:
    """Operations of BillingResource that yield a streamed response."""

    def __init__(self, resource: BillingResource) -> None:
        self.get_balance = _r.to_streamed_response_wrapper(resource.get_balance)
        self.list_invoices = _r.to_streamed_response_wrapper(resource.list_invoices)
        self.get_invoice = _r.to_streamed_response_wrapper(resource.get_invoice)
        self.list_payment_methods = _r.to_streamed_response_wrapper(
            resource.list_payment_methods
        )
        self.list_payment_method_fees = _r.to_streamed_response_wrapper(
            resource.list_payment_method_fees
        )


class AsyncBillingResource:
    """Account balance, invoices and payment methods."""

    def __init__(self, client: _b.AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncBillingResourceWithRawResponse:
        """The same operations, returning an APIResponse (status, headers, .parse())."""
        return AsyncBillingResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBillingResourceWithStreamingResponse:
        """The same operations as context managers yielding the response unread.

        Iterate the body (.iter_bytes(), .iter_text(), .iter_lines()), or .read() or
        .parse() it; the response is closed when the block ends.
        """
        return AsyncBillingResourceWithStreamingResponse(self)

    async def get_balance(
        self,
        *,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> BalanceResponse:
        """Account balance

        Get current account balance(unpaid invoices total), account credit

        ``GET /balance``

        Returns:
            BalanceResponse — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return await self._client._call(
            _OP_GET_BALANCE,
            {},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def list_invoices(
        self,
        *,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> InvoiceListResponse:
        """List Invoices

        List all invoices under my account

        ``GET /invoice``

        Returns:
            InvoiceListResponse — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return await self._client._call(
            _OP_LIST_INVOICES,
            {},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def get_invoice(
        self,
        *,
        id: int,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> InvoiceDetailsResponse:
        """Invoice Details

        Get invoice details

        ``GET /invoice/{id}``

        Args:
            id: Invoice ID

        Returns:
            InvoiceDetailsResponse — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return await self._client._call(
            _OP_GET_INVOICE,
            {"id": id},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def list_payment_methods(
        self,
        *,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> PaymentMethodsResponse:
        """Payment Methods

        List available payment methods

        ``GET /payment``

        Returns:
            PaymentMethodsResponse — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return await self._client._call(
            _OP_LIST_PAYMENT_METHODS,
            {},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def list_payment_method_fees(
        self,
        *,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> PaymentMethodFeesResponse:
        """Payment Methods Fees

        List available payment methods with fees

        ``GET /payment/fees``

        Returns:
            PaymentMethodFeesResponse — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return await self._client._call(
            _OP_LIST_PAYMENT_METHOD_FEES,
            {},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class AsyncBillingResourceWithRawResponse:
    """Operations of AsyncBillingResource that return the raw APIResponse."""

    def __init__(self, resource: AsyncBillingResource) -> None:
        self.get_balance = _r.async_to_raw_response_wrapper(resource.get_balance)
        self.list_invoices = _r.async_to_raw_response_wrapper(resource.list_invoices)
        self.get_invoice = _r.async_to_raw_response_wrapper(resource.get_invoice)
        self.list_payment_methods = _r.async_to_raw_response_wrapper(
            resource.list_payment_methods
        )
        self.list_payment_method_fees = _r.async_to_raw_response_wrapper(
            resource.list_payment_method_fees
        )


class AsyncBillingResourceWithStreamingResponse:
    """Operations of AsyncBillingResource that yield a streamed response."""

    def __init__(self, resource: AsyncBillingResource) -> None:
        self.get_balance = _r.async_to_streamed_response_wrapper(resource.get_balance)
        self.list_invoices = _r.async_to_streamed_response_wrapper(
            resource.list_invoices
        )
        self.get_invoice = _r.async_to_streamed_response_wrapper(resource.get_invoice)
        self.list_payment_methods = _r.async_to_streamed_response_wrapper(
            resource.list_payment_methods
        )
        self.list_payment_method_fees = _r.async_to_streamed_response_wrapper(
            resource.list_payment_method_fees
        )
