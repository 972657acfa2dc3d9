"""SSL Certificates operations."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, overload

from .. import _base_client as _b
from .. import _models as _c
from .. import _response as _r
from .. import _types as _t

if TYPE_CHECKING:
    from ..models import (
        CertificateDetailsResponse,
        CertificateListResponse,
        CertificateOrderRequest,
        CertificateOrganization,
        CertificateProductListResponse,
        CertificateSoftwareListResponse,
        OrderResponse,
    )

__all__ = ["AsyncSSLCertificatesResource", "SSLCertificatesResource"]

_MODELS = "time4vps.models"

_OP_LIST_CERTIFICATES: _b.Op[CertificateListResponse] = _b.Op(
    "ssl_certificates.list_certificates",
    "GET",
    "/certificate",
    results={
        "200": ("json", _c.model(_MODELS, "CertificateListResponse")),
    },
    security=(("basicAuth",),),
)
_OP_GET_CERTIFICATE: _b.Op[CertificateDetailsResponse] = _b.Op(
    "ssl_certificates.get_certificate",
    "GET",
    "/certificate/{id}",
    params=(_b.Param("id", "id", "path"),),
    results={
        "200": ("json", _c.model(_MODELS, "CertificateDetailsResponse")),
    },
    security=(("basicAuth",),),
)
_OP_DOWNLOAD_CERTIFICATE: _b.Op[dict[str, Any]] = _b.Op(
    "ssl_certificates.download_certificate",
    "GET",
    "/certificate/{id}/crt",
    params=(_b.Param("id", "id", "path"),),
    results={
        "200": ("json", _c.DICT),
    },
    security=(("basicAuth",),),
)
_OP_LIST_AVAILABLE_CERTIFICATES: _b.Op[CertificateProductListResponse] = _b.Op(
    "ssl_certificates.list_available_certificates",
    "GET",
    "/certificate/order",
    results={
        "200": ("json", _c.model(_MODELS, "CertificateProductListResponse")),
    },
    security=(("basicAuth",),),
)
_OP_ORDER_CERTIFICATE: _b.Op[OrderResponse] = _b.Op(
    "ssl_certificates.order_certificate",
    "POST",
    "/certificate/order",
    body=_b.Body(
        "json",
        "application/json",
        fields=(
            ("product_id", "product_id"),
            ("csr", "csr"),
            ("years", "years"),
            ("pay_method", "pay_method"),
            ("approver_email", "approver_email"),
            ("admin", "admin"),
            ("tech", "tech"),
            ("billing", "billing"),
            ("organization", "organization"),
            ("software", "software"),
            ("data", "data"),
        ),
    ),
    results={
        "200": ("json", _c.model(_MODELS, "OrderResponse")),
    },
    security=(("basicAuth",),),
)
_OP_LIST_CERTIFICATE_SOFTWARE: _b.Op[CertificateSoftwareListResponse] = _b.Op(
    "ssl_certificates.list_certificate_software",
    "GET",
    "/certificate/order/{product_id}/software",
    params=(_b.Param("product_id", "product_id", "path"),),
    results={
        "200": ("json", _c.model(_MODELS, "CertificateSoftwareListResponse")),
    },
    security=(("basicAuth",),),
)


class SSLCertificatesResource:
    """SSL certificate services, downloads and certificate orders."""

    def __init__(self, client: _b.SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> SSLCertificatesResourceWithRawResponse:
        """The same operations, returning an APIResponse (status, headers, .parse())."""
        return SSLCertificatesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> SSLCertificatesResourceWithStreamingResponse:
        """The same operations as context managers yielding the response unread.

        Iterate the body (.iter_bytes(), .iter_text(), .iter_lines()), or .read() or
        .parse() it; the response is closed when the block ends.
        """
        return SSLCertificatesResourceWithStreamingResponse(self)

    def list_certificates(
        self,
        *,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> CertificateListResponse:
        """List SSL Certificates

        List all ssl services under your account

        ``GET /certificate``

        Returns:
            CertificateListResponse — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return self._client._call(
            _OP_LIST_CERTIFICATES,
            {},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def get_certificate(
        self,
        *,
        id: int,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> CertificateDetailsResponse:
        """Certificate details

        Return details for certificate `id`

        ``GET /certificate/{id}``

        Args:
            id: Service id

        Returns:
            CertificateDetailsResponse — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return self._client._call(
            _OP_GET_CERTIFICATE,
            {"id": id},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def download_certificate(
        self,
        *,
        id: int,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> dict[str, Any]:
        """Download certificate

        Return X.509 certificate data

        ``GET /certificate/{id}/crt``

        Args:
            id: Service id

        Returns:
            dict[str, Any] — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return self._client._call(
            _OP_DOWNLOAD_CERTIFICATE,
            {"id": id},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def list_available_certificates(
        self,
        *,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> CertificateProductListResponse:
        """List available certificates

        Return a list with certificate available for purchase

        ``GET /certificate/order``

        Returns:
            CertificateProductListResponse — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return self._client._call(
            _OP_LIST_AVAILABLE_CERTIFICATES,
            {},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    @overload
    def order_certificate(
        self,
        *,
        body: CertificateOrderRequest | Mapping[str, object],
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> OrderResponse: ...

    @overload
    def order_certificate(
        self,
        *,
        product_id: int | _t.NotGiven = _t.NOT_GIVEN,
        csr: str | _t.NotGiven = _t.NOT_GIVEN,
        years: int | _t.NotGiven = _t.NOT_GIVEN,
        pay_method: int | _t.NotGiven = _t.NOT_GIVEN,
        approver_email: str | _t.NotGiven = _t.NOT_GIVEN,
        admin: int | _t.NotGiven = _t.NOT_GIVEN,
        tech: int | _t.NotGiven = _t.NOT_GIVEN,
        billing: int | _t.NotGiven = _t.NOT_GIVEN,
        organization: CertificateOrganization | _t.NotGiven = _t.NOT_GIVEN,
        software: int | _t.NotGiven = _t.NOT_GIVEN,
        data: dict[str, Any] | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> OrderResponse: ...

    def order_certificate(
        self,
        *,
        product_id: int | _t.NotGiven = _t.NOT_GIVEN,
        csr: str | _t.NotGiven = _t.NOT_GIVEN,
        years: int | _t.NotGiven = _t.NOT_GIVEN,
        pay_method: int | _t.NotGiven = _t.NOT_GIVEN,
        approver_email: str | _t.NotGiven = _t.NOT_GIVEN,
        admin: int | _t.NotGiven = _t.NOT_GIVEN,
        tech: int | _t.NotGiven = _t.NOT_GIVEN,
        billing: int | _t.NotGiven = _t.NOT_GIVEN,
        organization: CertificateOrganization | _t.NotGiven = _t.NOT_GIVEN,
        software: int | _t.NotGiven = _t.NOT_GIVEN,
        data: dict[str, Any] | _t.NotGiven = _t.NOT_GIVEN,
        body: (
            CertificateOrderRequest | Mapping[str, object] | _t.NotGiven
        ) = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> OrderResponse:
        """Order new certificates

        Create new order for a certificate

        ``POST /certificate/order``

        Args:
            product_id: Certificate product ID
            csr: Certificate signing request (PEM). The vendor table describes this field as "Domain name, ie. example.com"; the `POST /order` example sends a PEM CSR.
            years: Number of years
            pay_method: Payment method ID
            approver_email: Email addres used in domain validation
            admin: Admin contact ID
            tech: Tech contact ID
            billing: Billing contact ID
            organization: Organization details.
            software: Server/Software ID (see `GET /certificate/order/{product_id}/software`)
            data: Addditional data required for some products
            body: The whole request body, instead of the arguments above: a
                CertificateOrderRequest (sent as its to_dict()) or a mapping (sent as it is).

        Returns:
            OrderResponse — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return self._client._call(
            _OP_ORDER_CERTIFICATE,
            {
                "product_id": product_id,
                "csr": csr,
                "years": years,
                "pay_method": pay_method,
                "approver_email": approver_email,
                "admin": admin,
                "tech": tech,
                "billing": billing,
                "organization": organization,
                "software": software,
                "data": data,
                "body": body,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def list_certificate_software(
        self,
        *,
        product_id: int,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> CertificateSoftwareListResponse:
        """List server software for certificates

        Return a list with software IDs required or certificate

        ``GET /certificate/order/{product_id}/software``

        Args:
            product_id: Certificate product ID

        Returns:
            CertificateSoftwareListResponse — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return self._client._call(
            _OP_LIST_CERTIFICATE_SOFTWARE,
            {"product_id": product_id},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class SSLCertificatesResourceWithRawResponse:
    """Operations of SSLCertificatesResource that return the raw APIResponse."""

    def __init__(self, resource: SSLCertificatesResource) -> None:
        self.list_certificates = _r.to_raw_response_wrapper(resource.list_certificates)
        self.get_certificate = _r.to_raw_response_wrapper(resource.get_certificate)
        self.download_certificate = _r.to_raw_response_wrapper(
            resource.download_certificate
        )
        self.list_available_certificates = _r.to_raw_response_wrapper(
            resource.list_available_certificates
        )
        self.order_certificate = _r.to_raw_response_wrapper(resource.order_certificate)
        self.list_certificate_software = _r.to_raw_response_wrapper(
            resource.list_certificate_software
        )


class SSLCertificatesResourceWithStreamingResponse:
    """Operations of SSLCertificatesResource that yield a streamed response."""

    def __init__(self, resource: SSLCertificatesResource) -> None:
        self.list_certificates = _r.to_streamed_response_wrapper(
            resource.list_certificates
        )
        self.get_certificate = _r.to_streamed_response_wrapper(resource.get_certificate)
        self.download_certificate = _r.to_streamed_response_wrapper(
            resource.download_certificate
        )
        self.list_available_certificates = _r.to_streamed_response_wrapper(
            resource.list_available_certificates
        )
        self.order_certificate = _r.to_streamed_response_wrapper(
            resource.order_certificate
        )
        self.list_certificate_software = _r.to_streamed_response_wrapper(
            resource.list_certificate_software
        )


class AsyncSSLCertificatesResource:
    """SSL certificate services, downloads and certificate orders."""

    def __init__(self, client: _b.AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncSSLCertificatesResourceWithRawResponse:
        """The same operations, returning an APIResponse (status, headers, .parse())."""
        return AsyncSSLCertificatesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(
        self,
    ) -> AsyncSSLCertificatesResourceWithStreamingResponse:
        """The same operations as context managers yielding the response unread.

        Iterate the body (.iter_bytes(), .iter_text(), .iter_lines()), or .read() or
        .parse() it; the response is closed when the block ends.
        """
        return AsyncSSLCertificatesResourceWithStreamingResponse(self)

    async def list_certificates(
        self,
        *,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> CertificateListResponse:
        """List SSL Certificates

        List all ssl services under your account

        ``GET /certificate``

        Returns:
            CertificateListResponse — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return await self._client._call(
            _OP_LIST_CERTIFICATES,
            {},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def get_certificate(
        self,
        *,
        id: int,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> CertificateDetailsResponse:
        """Certificate details

        Return details for certificate `id`

        ``GET /certificate/{id}``

        Args:
            id: Service id

        Returns:
            CertificateDetailsResponse — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return await self._client._call(
            _OP_GET_CERTIFICATE,
            {"id": id},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def download_certificate(
        self,
        *,
        id: int,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> dict[str, Any]:
        """Download certificate

        Return X.509 certificate data

        ``GET /certificate/{id}/crt``

        Args:
            id: Service id

        Returns:
            dict[str, Any] — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return await self._client._call(
            _OP_DOWNLOAD_CERTIFICATE,
            {"id": id},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def list_available_certificates(
        self,
        *,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> CertificateProductListResponse:
        """List available certificates

        Return a list with certificate available for purchase

        ``GET /certificate/order``

        Returns:
            CertificateProductListResponse — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return await self._client._call(
            _OP_LIST_AVAILABLE_CERTIFICATES,
            {},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    @overload
    async def order_certificate(
        self,
        *,
        body: CertificateOrderRequest | Mapping[str, object],
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> OrderResponse: ...

    @overload
    async def order_certificate(
        self,
        *,
        product_id: int | _t.NotGiven = _t.NOT_GIVEN,
        csr: str | _t.NotGiven = _t.NOT_GIVEN,
        years: int | _t.NotGiven = _t.NOT_GIVEN,
        pay_method: int | _t.NotGiven = _t.NOT_GIVEN,
        approver_email: str | _t.NotGiven = _t.NOT_GIVEN,
        admin: int | _t.NotGiven = _t.NOT_GIVEN,
        tech: int | _t.NotGiven = _t.NOT_GIVEN,
        billing: int | _t.NotGiven = _t.NOT_GIVEN,
        organization: CertificateOrganization | _t.NotGiven = _t.NOT_GIVEN,
        software: int | _t.NotGiven = _t.NOT_GIVEN,
        data: dict[str, Any] | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> OrderResponse: ...

    async def order_certificate(
        self,
        *,
        product_id: int | _t.NotGiven = _t.NOT_GIVEN,
        csr: str | _t.NotGiven = _t.NOT_GIVEN,
        years: int | _t.NotGiven = _t.NOT_GIVEN,
        pay_method: int | _t.NotGiven = _t.NOT_GIVEN,
        approver_email: str | _t.NotGiven = _t.NOT_GIVEN,
        admin: int | _t.NotGiven = _t.NOT_GIVEN,
        tech: int | _t.NotGiven = _t.NOT_GIVEN,
        billing: int | _t.NotGiven = _t.NOT_GIVEN,
        organization: CertificateOrganization | _t.NotGiven = _t.NOT_GIVEN,
        software: int | _t.NotGiven = _t.NOT_GIVEN,
        data: dict[str, Any] | _t.NotGiven = _t.NOT_GIVEN,
        body: (
            CertificateOrderRequest | Mapping[str, object] | _t.NotGiven
        ) = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> OrderResponse:
        """Order new certificates

        Create new order for a certificate

        ``POST /certificate/order``

        Args:
            product_id: Certificate product ID
            csr: Certificate signing request (PEM). The vendor table describes this field as "Domain name, ie. example.com"; the `POST /order` example sends a PEM CSR.
            years: Number of years
            pay_method: Payment method ID
            approver_email: Email addres used in domain validation
            admin: Admin contact ID
            tech: Tech contact ID
            billing: Billing contact ID
            organization: Organization details.
            software: Server/Software ID (see `GET /certificate/order/{product_id}/software`)
            data: Addditional data required for some products
            body: The whole request body, instead of the arguments above: a
                CertificateOrderRequest (sent as its to_dict()) or a mapping (sent as it is).

        Returns:
            OrderResponse — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return await self._client._call(
            _OP_ORDER_CERTIFICATE,
            {
                "product_id": product_id,
                "csr": csr,
                "years": years,
                "pay_method": pay_method,
                "approver_email": approver_email,
                "admin": admin,
                "tech": tech,
                "billing": billing,
                "organization": organization,
                "software": software,
                "data": data,
                "body": body,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def list_certificate_software(
        self,
        *,
        product_id: int,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> CertificateSoftwareListResponse:
        """List server software for certificates

        Return a list with software IDs required or certificate

        ``GET /certificate/order/{product_id}/software``

        Args:
            product_id: Certificate product ID

        Returns:
            CertificateSoftwareListResponse — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return await self._client._call(
            _OP_LIST_CERTIFICATE_SOFTWARE,
            {"product_id": product_id},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class AsyncSSLCertificatesResourceWithRawResponse:
    """Operations of AsyncSSLCertificatesResource that return the raw APIResponse."""

    def __init__(self, resource: AsyncSSLCertificatesResource) -> None:
        self.list_certificates = _r.async_to_raw_response_wrapper(
            resource.list_certificates
        )
        self.get_certificate = _r.async_to_raw_response_wrapper(
            resource.get_certificate
        )
        self.download_certificate = _r.async_to_raw_response_wrapper(
            resource.download_certificate
        )
        self.list_available_certificates = _r.async_to_raw_response_wrapper(
            resource.list_available_certificates
        )
        self.order_certificate = _r.async_to_raw_response_wrapper(
            resource.order_certificate
        )
        self.list_certificate_software = _r.async_to_raw_response_wrapper(
            resource.list_certificate_software
        )


class AsyncSSLCertificatesResourceWithStreamingResponse:
    """Operations of AsyncSSLCertificatesResource that yield a streamed response."""

    def __init__(self, resource: AsyncSSLCertificatesResource) -> None:
        self.list_certificates = _r.async_to_streamed_response_wrapper(
            resource.list_certificates
        )
        self.get_certificate = _r.async_to_streamed_response_wrapper(
            resource.get_certificate
        )
        self.download_certificate = _r.async_to_streamed_response_wrapper(
            resource.download_certificate
        )
        self.list_available_certificates = _r.async_to_streamed_response_wrapper(
            resource.list_available_certificates
        )
        self.order_certificate = _r.async_to_streamed_response_wrapper(
            resource.order_certificate
        )
        self.list_certificate_software = _r.async_to_streamed_response_wrapper(
            resource.list_certificate_software
        )
