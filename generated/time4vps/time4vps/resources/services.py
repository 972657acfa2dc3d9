"""Services operations."""

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
        BillingCycle,
        CancelServiceRequest,
        InfoResponse,
        ServiceDetailsResponse,
        ServiceIdFromOrderResponse,
        ServiceLabelRequest,
        ServiceLabelResponse,
        ServiceListResponse,
        ServiceMethodsResponse,
        UpgradeOptionsResponse,
        UpgradeRequest,
    )

__all__ = ["AsyncServicesResource", "ServicesResource"]

_MODELS = "time4vps.models"

_OP_LIST_SERVICES: _b.Op[ServiceListResponse] = _b.Op(
    "services.list_services",
    "GET",
    "/service",
    results={
        "200": ("json", _c.model(_MODELS, "ServiceListResponse")),
    },
    security=(("basicAuth",),),
)
_OP_LIST_SERVICE_METHODS: _b.Op[ServiceMethodsResponse] = _b.Op(
    "services.list_service_methods",
    "GET",
    "/service/{id}/methods",
    params=(_b.Param("id", "id", "path"),),
    results={
        "200": ("json", _c.model(_MODELS, "ServiceMethodsResponse")),
    },
    security=(("basicAuth",),),
)
_OP_GET_UPGRADE_OPTIONS: _b.Op[UpgradeOptionsResponse] = _b.Op(
    "services.get_upgrade_options",
    "GET",
    "/service/{id}/upgrade",
    params=(_b.Param("id", "id", "path"),),
    results={
        "200": ("json", _c.model(_MODELS, "UpgradeOptionsResponse")),
    },
    security=(("basicAuth",),),
)
_OP_REQUEST_UPGRADE: _b.Op[dict[str, Any]] = _b.Op(
    "services.request_upgrade",
    "POST",
    "/service/{id}/upgrade",
    params=(_b.Param("id", "id", "path"),),
    body=_b.Body(
        "json",
        "application/json",
        fields=(
            ("resources", "resources"),
            ("package", "package"),
            ("cycle", "cycle"),
            ("send", "send"),
        ),
    ),
    results={
        "200": ("json", _c.DICT),
    },
    security=(("basicAuth",),),
)
_OP_CANCEL_SERVICE: _b.Op[InfoResponse] = _b.Op(
    "services.cancel_service",
    "POST",
    "/service/{id}/cancel",
    params=(_b.Param("id", "id", "path"),),
    body=_b.Body(
        "json",
        "application/json",
        fields=(("immediate", "immediate"), ("reason", "reason")),
    ),
    results={
        "200": ("json", _c.model(_MODELS, "InfoResponse")),
    },
    security=(("basicAuth",),),
)
_OP_GET_SERVICE_LABEL: _b.Op[ServiceLabelResponse] = _b.Op(
    "services.get_service_label",
    "GET",
    "/service/{id}/label",
    params=(_b.Param("id", "id", "path"),),
    results={
        "200": ("json", _c.model(_MODELS, "ServiceLabelResponse")),
    },
    security=(("basicAuth",),),
)
_OP_CHANGE_SERVICE_LABEL: _b.Op[InfoResponse] = _b.Op(
    "services.change_service_label",
    "POST",
    "/service/{id}/label",
    params=(_b.Param("id", "id", "path"),),
    body=_b.Body(
        "json",
        "application/json",
        fields=(("label", "label"),),
    ),
    results={
        "200": ("json", _c.model(_MODELS, "InfoResponse")),
    },
    security=(("basicAuth",),),
)
_OP_GET_SERVICE: _b.Op[ServiceDetailsResponse] = _b.Op(
    "services.get_service",
    "GET",
    "/service/{id}",
    params=(_b.Param("id", "id", "path"),),
    results={
        "200": ("json", _c.model(_MODELS, "ServiceDetailsResponse")),
    },
    security=(("basicAuth",),),
)
_OP_GET_SERVICE_ID_BY_ORDER_NUMBER: _b.Op[ServiceIdFromOrderResponse] = _b.Op(
    "services.get_service_id_by_order_number",
    "GET",
    "/service/order/{order_num}",
    params=(_b.Param("order_num", "order_num", "path"),),
    results={
        "200": ("json", _c.model(_MODELS, "ServiceIdFromOrderResponse")),
    },
    security=(("basicAuth",),),
)


class ServicesResource:
    """Services under your account: details, labels, upgrades and cancellation."""

    def __init__(self, client: _b.SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ServicesResourceWithRawResponse:
        """The same operations, returning an APIResponse (status, headers, .parse())."""
        return ServicesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ServicesResourceWithStreamingResponse:
        """The same operations as context managers yielding the response unread.

        Iterate the body (.iter_bytes(), .iter_text(), .iter_lines()), or .read() or
        .parse() it; the response is closed when the block ends.
        """
        return ServicesResourceWithStreamingResponse(self)

    def list_services(
        self,
        *,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> ServiceListResponse:
        """List services

        List all services under your account

        ``GET /service``

        Returns:
            ServiceListResponse — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return self._client._call(
            _OP_LIST_SERVICES,
            {},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def list_service_methods(
        self,
        *,
        id: int,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> ServiceMethodsResponse:
        """List service methods

        List methods available for service

        ``GET /service/{id}/methods``

        Args:
            id: Service id

        Returns:
            ServiceMethodsResponse — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return self._client._call(
            _OP_LIST_SERVICE_METHODS,
            {"id": id},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def get_upgrade_options(
        self,
        *,
        id: int,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> UpgradeOptionsResponse:
        """Upgrade Options

        List upgrade options

        ``GET /service/{id}/upgrade``

        Args:
            id: Service id

        Returns:
            UpgradeOptionsResponse — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return self._client._call(
            _OP_GET_UPGRADE_OPTIONS,
            {"id": id},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    @overload
    def request_upgrade(
        self,
        *,
        id: int,
        body: UpgradeRequest | Mapping[str, object],
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> dict[str, Any]: ...

    @overload
    def request_upgrade(
        self,
        *,
        id: int,
        resources: dict[str, Any] | _t.NotGiven = _t.NOT_GIVEN,
        package: int | _t.NotGiven = _t.NOT_GIVEN,
        cycle: BillingCycle | str | _t.NotGiven = _t.NOT_GIVEN,
        send: bool | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> dict[str, Any]: ...

    def request_upgrade(
        self,
        *,
        id: int,
        resources: dict[str, Any] | _t.NotGiven = _t.NOT_GIVEN,
        package: int | _t.NotGiven = _t.NOT_GIVEN,
        cycle: BillingCycle | str | _t.NotGiven = _t.NOT_GIVEN,
        send: bool | _t.NotGiven = _t.NOT_GIVEN,
        body: UpgradeRequest | Mapping[str, object] | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> dict[str, Any]:
        """Upgrade Request

        Estimate or request upgrade

        Format of `resources` parameter:

        ```
        {
          "resource_id" : "qty_value",   // sliders & qty fields
          "resource_id" : "item_id",     // dropdown & radio fields
          "resource_id" : {
            "item_id": "qty_value"       // dropdown with qty field
          }
        }
        ```

        ``POST /service/{id}/upgrade``

        Args:
            id: Service id
            resources: Resource values keyed by resource ID: `"resource_id": "qty_value"` for sliders & qty fields, `"resource_id": "item_id"` for dropdown & radio fields, `"resource_id": {"item_id": "qty_value"}` for dropdown with qty field.
            package: New package id, optonal when upgrading resources
            cycle: Billing period symbol. The documentation shows the symbols `m` (Monthly), `q`, `a` (Annually), `b` and `t`; use `GET /order/{product_id}` to get the periods available for a product.
            send: Set to true when you want to send your upgrade request
            body: The whole request body, instead of the arguments above: a
                UpgradeRequest (sent as its to_dict()) or a mapping (sent as it is).

        Returns:
            dict[str, Any] — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return self._client._call(
            _OP_REQUEST_UPGRADE,
            {
                "id": id,
                "resources": resources,
                "package": package,
                "cycle": cycle,
                "send": send,
                "body": body,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    @overload
    def cancel_service(
        self,
        *,
        id: int,
        body: CancelServiceRequest | Mapping[str, object],
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> InfoResponse: ...

    @overload
    def cancel_service(
        self,
        *,
        id: int,
        immediate: bool | _t.NotGiven = _t.NOT_GIVEN,
        reason: str | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> InfoResponse: ...

    def cancel_service(
        self,
        *,
        id: int,
        immediate: bool | _t.NotGiven = _t.NOT_GIVEN,
        reason: str | _t.NotGiven = _t.NOT_GIVEN,
        body: CancelServiceRequest | Mapping[str, object] | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> InfoResponse:
        """Cancel Service

        Request service cancellation

        ``POST /service/{id}/cancel``

        Args:
            id: Service id
            immediate: Set to `false` to terminate the service at the end of the billing period, `true` to terminate it immediately.
            reason: Reason for this request
            body: The whole request body, instead of the arguments above: a
                CancelServiceRequest (sent as its to_dict()) or a mapping (sent as it is).

        Returns:
            InfoResponse — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return self._client._call(
            _OP_CANCEL_SERVICE,
            {"id": id, "immediate": immediate, "reason": reason, "body": body},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def get_service_label(
        self,
        *,
        id: int,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> ServiceLabelResponse:
        """Service label

        Show current service label

        ``GET /service/{id}/label``

        Args:
            id: Service id

        Returns:
            ServiceLabelResponse — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return self._client._call(
            _OP_GET_SERVICE_LABEL,
            {"id": id},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    @overload
    def change_service_label(
        self,
        *,
        id: int,
        body: ServiceLabelRequest | Mapping[str, object],
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> InfoResponse: ...

    @overload
    def change_service_label(
        self,
        *,
        id: int,
        label: str | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> InfoResponse: ...

    def change_service_label(
        self,
        *,
        id: int,
        label: str | _t.NotGiven = _t.NOT_GIVEN,
        body: ServiceLabelRequest | Mapping[str, object] | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> InfoResponse:
        """Change service label

        Set new custom label to identify this service

        ``POST /service/{id}/label``

        Args:
            id: Service id
            label: New label
            body: The whole request body, instead of the arguments above: a
                ServiceLabelRequest (sent as its to_dict()) or a mapping (sent as it is).

        Returns:
            InfoResponse — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return self._client._call(
            _OP_CHANGE_SERVICE_LABEL,
            {"id": id, "label": label, "body": body},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def get_service(
        self,
        *,
        id: int,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> ServiceDetailsResponse:
        """Service details

        Return details for service `id`

        ``GET /service/{id}``

        Args:
            id: Service id

        Returns:
            ServiceDetailsResponse — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return self._client._call(
            _OP_GET_SERVICE,
            {"id": id},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def get_service_id_by_order_number(
        self,
        *,
        order_num: int,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> ServiceIdFromOrderResponse:
        """Get service ID from Order Number

        ``GET /service/order/{order_num}``

        Args:
            order_num: Order Number

        Returns:
            ServiceIdFromOrderResponse — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return self._client._call(
            _OP_GET_SERVICE_ID_BY_ORDER_NUMBER,
            {"order_num": order_num},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class ServicesResourceWithRawResponse:
    """Operations of ServicesResource that return the raw APIResponse."""

    def __init__(self, resource: ServicesResource) -> None:
        self.list_services = _r.to_raw_response_wrapper(resource.list_services)
        self.list_service_methods = _r.to_raw_response_wrapper(
            resource.list_service_methods
        )
        self.get_upgrade_options = _r.to_raw_response_wrapper(
            resource.get_upgrade_options
        )
        self.request_upgrade = _r.to_raw_response_wrapper(resource.request_upgrade)
        self.cancel_service = _r.to_raw_response_wrapper(resource.cancel_service)
        self.get_service_label = _r.to_raw_response_wrapper(resource.get_service_label)
        self.change_service_label = _r.to_raw_response_wrapper(
            resource.change_service_label
        )
        self.get_service = _r.to_raw_response_wrapper(resource.get_service)
        self.get_service_id_by_order_number = _r.to_raw_response_wrapper(
            resource.get_service_id_by_order_number
        )


class ServicesResourceWithStreamingResponse:
    """Operations of ServicesResource that yield a streamed response."""

    def __init__(self, resource: ServicesResource) -> None:
        self.list_services = _r.to_streamed_response_wrapper(resource.list_services)
        self.list_service_methods = _r.to_streamed_response_wrapper(
            resource.list_service_methods
        )
        self.get_upgrade_options = _r.to_streamed_response_wrapper(
            resource.get_upgrade_options
        )
        self.request_upgrade = _r.to_streamed_response_wrapper(resource.request_upgrade)
        self.cancel_service = _r.to_streamed_response_wrapper(resource.cancel_service)
        self.get_service_label = _r.to_streamed_response_wrapper(
            resource.get_service_label
        )
        self.change_service_label = _r.to_streamed_response_wrapper(
            resource.change_service_label
        )
        self.get_service = _r.to_streamed_response_wrapper(resource.get_service)
        self.get_service_id_by_order_number = _r.to_streamed_response_wrapper(
            resource.get_service_id_by_order_number
        )


class AsyncServicesResource:
    """Services under your account: details, labels, upgrades and cancellation."""

    def __init__(self, client: _b.AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncServicesResourceWithRawResponse:
        """The same operations, returning an APIResponse (status, headers, .parse())."""
        return AsyncServicesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncServicesResourceWithStreamingResponse:
        """The same operations as context managers yielding the response unread.

        Iterate the body (.iter_bytes(), .iter_text(), .iter_lines()), or .read() or
        .parse() it; the response is closed when the block ends.
        """
        return AsyncServicesResourceWithStreamingResponse(self)

    async def list_services(
        self,
        *,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> ServiceListResponse:
        """List services

        List all services under your account

        ``GET /service``

        Returns:
            ServiceListResponse — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return await self._client._call(
            _OP_LIST_SERVICES,
            {},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def list_service_methods(
        self,
        *,
        id: int,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> ServiceMethodsResponse:
        """List service methods

        List methods available for service

        ``GET /service/{id}/methods``

        Args:
            id: Service id

        Returns:
            ServiceMethodsResponse — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return await self._client._call(
            _OP_LIST_SERVICE_METHODS,
            {"id": id},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def get_upgrade_options(
        self,
        *,
        id: int,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> UpgradeOptionsResponse:
        """Upgrade Options

        List upgrade options

        ``GET /service/{id}/upgrade``

        Args:
            id: Service id

        Returns:
            UpgradeOptionsResponse — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return await self._client._call(
            _OP_GET_UPGRADE_OPTIONS,
            {"id": id},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    @overload
    async def request_upgrade(
        self,
        *,
        id: int,
        body: UpgradeRequest | Mapping[str, object],
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> dict[str, Any]: ...

    @overload
    async def request_upgrade(
        self,
        *,
        id: int,
        resources: dict[str, Any] | _t.NotGiven = _t.NOT_GIVEN,
        package: int | _t.NotGiven = _t.NOT_GIVEN,
        cycle: BillingCycle | str | _t.NotGiven = _t.NOT_GIVEN,
        send: bool | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> dict[str, Any]: ...

    async def request_upgrade(
        self,
        *,
        id: int,
        resources: dict[str, Any] | _t.NotGiven = _t.NOT_GIVEN,
        package: int | _t.NotGiven = _t.NOT_GIVEN,
        cycle: BillingCycle | str | _t.NotGiven = _t.NOT_GIVEN,
        send: bool | _t.NotGiven = _t.NOT_GIVEN,
        body: UpgradeRequest | Mapping[str, object] | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> dict[str, Any]:
        """Upgrade Request

        Estimate or request upgrade

        Format of `resources` parameter:

        ```
        {
          "resource_id" : "qty_value",   // sliders & qty fields
          "resource_id" : "item_id",     // dropdown & radio fields
          "resource_id" : {
            "item_id": "qty_value"       // dropdown with qty field
          }
        }
        ```

        ``POST /service/{id}/upgrade``

        Args:
            id: Service id
            resources: Resource values keyed by resource ID: `"resource_id": "qty_value"` for sliders & qty fields, `"resource_id": "item_id"` for dropdown & radio fields, `"resource_id": {"item_id": "qty_value"}` for dropdown with qty field.
            package: New package id, optonal when upgrading resources
            cycle: Billing period symbol. The documentation shows the symbols `m` (Monthly), `q`, `a` (Annually), `b` and `t`; use `GET /order/{product_id}` to get the periods available for a product.
            send: Set to true when you want to send your upgrade request
            body: The whole request body, instead of the arguments above: a
                UpgradeRequest (sent as its to_dict()) or a mapping (sent as it is).

        Returns:
            dict[str, Any] — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return await self._client._call(
            _OP_REQUEST_UPGRADE,
            {
                "id": id,
                "resources": resources,
                "package": package,
                "cycle": cycle,
                "send": send,
                "body": body,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    @overload
    async def cancel_service(
        self,
        *,
        id: int,
        body: CancelServiceRequest | Mapping[str, object],
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> InfoResponse: ...

    @overload
    async def cancel_service(
        self,
        *,
        id: int,
        immediate: bool | _t.NotGiven = _t.NOT_GIVEN,
        reason: str | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> InfoResponse: ...

    async def cancel_service(
        self,
        *,
        id: int,
        immediate: bool | _t.NotGiven = _t.NOT_GIVEN,
        reason: str | _t.NotGiven = _t.NOT_GIVEN,
        body: CancelServiceRequest | Mapping[str, object] | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> InfoResponse:
        """Cancel Service

        Request service cancellation

        ``POST /service/{id}/cancel``

        Args:
            id: Service id
            immediate: Set to `false` to terminate the service at the end of the billing period, `true` to terminate it immediately.
            reason: Reason for this request
            body: The whole request body, instead of the arguments above: a
                CancelServiceRequest (sent as its to_dict()) or a mapping (sent as it is).

        Returns:
            InfoResponse — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return await self._client._call(
            _OP_CANCEL_SERVICE,
            {"id": id, "immediate": immediate, "reason": reason, "body": body},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def get_service_label(
        self,
        *,
        id: int,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> ServiceLabelResponse:
        """Service label

        Show current service label

        ``GET /service/{id}/label``

        Args:
            id: Service id

        Returns:
            ServiceLabelResponse — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return await self._client._call(
            _OP_GET_SERVICE_LABEL,
            {"id": id},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    @overload
    async def change_service_label(
        self,
        *,
        id: int,
        body: ServiceLabelRequest | Mapping[str, object],
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> InfoResponse: ...

    @overload
    async def change_service_label(
        self,
        *,
        id: int,
        label: str | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> InfoResponse: ...

    async def change_service_label(
        self,
        *,
        id: int,
        label: str | _t.NotGiven = _t.NOT_GIVEN,
        body: ServiceLabelRequest | Mapping[str, object] | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> InfoResponse:
        """Change service label

        Set new custom label to identify this service

        ``POST /service/{id}/label``

        Args:
            id: Service id
            label: New label
            body: The whole request body, instead of the arguments above: a
                ServiceLabelRequest (sent as its to_dict()) or a mapping (sent as it is).

        Returns:
            InfoResponse — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return await self._client._call(
            _OP_CHANGE_SERVICE_LABEL,
            {"id": id, "label": label, "body": body},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def get_service(
        self,
        *,
        id: int,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> ServiceDetailsResponse:
        """Service details

        Return details for service `id`

        ``GET /service/{id}``

        Args:
            id: Service id

        Returns:
            ServiceDetailsResponse — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return await self._client._call(
            _OP_GET_SERVICE,
            {"id": id},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def get_service_id_by_order_number(
        self,
        *,
        order_num: int,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> ServiceIdFromOrderResponse:
        """Get service ID from Order Number

        ``GET /service/order/{order_num}``

        Args:
            order_num: Order Number

        Returns:
            ServiceIdFromOrderResponse — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return await self._client._call(
            _OP_GET_SERVICE_ID_BY_ORDER_NUMBER,
            {"order_num": order_num},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class AsyncServicesResourceWithRawResponse:
    """Operations of AsyncServicesResource that return the raw APIResponse."""

    def __init__(self, resource: AsyncServicesResource) -> None:
        self.list_services = _r.async_to_raw_response_wrapper(resource.list_services)
        self.list_service_methods = _r.async_to_raw_response_wrapper(
            resource.list_service_methods
        )
        self.get_upgrade_options = _r.async_to_raw_response_wrapper(
            resource.get_upgrade_options
        )
        self.request_upgrade = _r.async_to_raw_response_wrapper(
            resource.request_upgrade
        )
        self.cancel_service = _r.async_to_raw_response_wrapper(resource.cancel_service)
        self.get_service_label = _r.async_to_raw_response_wrapper(
            resource.get_service_label
        )
        self.change_service_label = _r.async_to_raw_response_wrapper(
            resource.change_service_label
        )
        self.get_service = _r.async_to_raw_response_wrapper(resource.get_service)
        self.get_service_id_by_order_number = _r.async_to_raw_response_wrapper(
            resource.get_service_id_by_order_number
        )


class AsyncServicesResourceWithStreamingResponse:
    """Operations of AsyncServicesResource that yield a streamed response."""

    def __init__(self, resource: AsyncServicesResource) -> None:
        self.list_services = _r.async_to_streamed_response_wrapper(
            resource.list_services
        )
        self.list_service_methods = _r.async_to_streamed_response_wrapper(
            resource.list_service_methods
        )
        self.get_upgrade_options = _r.async_to_streamed_response_wrapper(
            resource.get_upgrade_options
        )
        self.request_upgrade = _r.async_to_streamed_response_wrapper(
            resource.request_upgrade
        )
        self.cancel_service = _r.async_to_streamed_response_wrapper(
            resource.cancel_service
        )
        self.get_service_label = _r.async_to_streamed_response_wrapper(
            resource.get_service_label
        )
        self.change_service_label = _r.async_to_streamed_response_wrapper(
            resource.change_service_label
        )
        self.get_service = _r.async_to_streamed_response_wrapper(resource.get_service)
        self.get_service_id_by_order_number = _r.async_to_streamed_response_wrapper(
            resource.get_service_id_by_order_number
        )
