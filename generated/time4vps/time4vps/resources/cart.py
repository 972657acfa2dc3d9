"""Cart operations."""

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
        CategoryListResponse,
        OrderAddonRequest,
        OrderAddonResponse,
        OrderItem,
        OrderMultipleResponse,
        OrderProductRequest,
        OrderRequest,
        OrderResponse,
        ProductConfigurationResponse,
        ProductListResponse,
        QuoteResponse,
        ServiceAddon,
        VpsProduct,
    )

__all__ = ["AsyncCartResource", "CartResource"]

_MODELS = "time4vps.models"

_OP_LIST_CATEGORIES: _b.Op[CategoryListResponse] = _b.Op(
    "cart.list_categories",
    "GET",
    "/category",
    results={
        "200": ("json", _c.model(_MODELS, "CategoryListResponse")),
    },
    security=(("basicAuth",),),
)
_OP_LIST_CATEGORY_PRODUCTS: _b.Op[ProductListResponse] = _b.Op(
    "cart.list_category_products",
    "GET",
    "/category/{category_id}/product",
    params=(_b.Param("category_id", "category_id", "path"),),
    results={
        "200": ("json", _c.model(_MODELS, "ProductListResponse")),
    },
    security=(("basicAuth",),),
)
_OP_GET_PRODUCT_CONFIGURATION: _b.Op[ProductConfigurationResponse] = _b.Op(
    "cart.get_product_configuration",
    "GET",
    "/order/{product_id}",
    params=(_b.Param("product_id", "product_id", "path"),),
    results={
        "200": ("json", _c.model(_MODELS, "ProductConfigurationResponse")),
    },
    security=(("basicAuth",),),
)
_OP_ORDER_PRODUCT: _b.Op[OrderResponse] = _b.Op(
    "cart.order_product",
    "POST",
    "/order/{product_id}",
    params=(_b.Param("product_id", "product_id", "path"),),
    body=_b.Body(
        "json",
        "application/json",
        fields=(
            ("domain", "domain"),
            ("cycle", "cycle"),
            ("pay_method", "pay_method"),
            ("custom", "custom"),
            ("promocode", "promocode"),
        ),
    ),
    results={
        "200": ("json", _c.model(_MODELS, "OrderResponse")),
    },
    security=(("basicAuth",),),
)
_OP_ORDER_MULTIPLE_SERVICES: _b.Op[OrderMultipleResponse] = _b.Op(
    "cart.order_multiple_services",
    "POST",
    "/order",
    body=_b.Body(
        "json",
        "application/json",
        fields=(("pay_method", "pay_method"), ("items", "items")),
    ),
    results={
        "200": ("json", _c.model(_MODELS, "OrderMultipleResponse")),
    },
    security=(("basicAuth",),),
)
_OP_GET_ORDER_QUOTE: _b.Op[QuoteResponse] = _b.Op(
    "cart.get_order_quote",
    "POST",
    "/quote",
    body=_b.Body(
        "json",
        "application/json",
        fields=(("pay_method", "pay_method"), ("items", "items")),
    ),
    results={
        "200": ("json", _c.model(_MODELS, "QuoteResponse")),
    },
    security=(("basicAuth",),),
)
_OP_LIST_AVAILABLE_VPS_PRODUCTS: _b.Op[list[VpsProduct]] = _b.Op(
    "cart.list_available_vps_products",
    "GET",
    "/category/available/vps",
    results={
        "200": ("json", _c.list_(_c.model(_MODELS, "VpsProduct"))),
    },
    security=(("basicAuth",),),
)
_OP_LIST_SERVICE_ADDONS: _b.Op[list[ServiceAddon]] = _b.Op(
    "cart.list_service_addons",
    "GET",
    "/service/{id}/addon",
    params=(_b.Param("id", "id", "path"),),
    results={
        "200": ("json", _c.list_(_c.model(_MODELS, "ServiceAddon"))),
    },
    security=(("basicAuth",),),
)
_OP_ORDER_ADDON: _b.Op[OrderAddonResponse] = _b.Op(
    "cart.order_addon",
    "POST",
    "/service/{id}/addon",
    params=(_b.Param("id", "id", "path"),),
    body=_b.Body(
        "json",
        "application/json",
        fields=(("addon_id", "addon_id"),),
    ),
    results={
        "200": ("json", _c.model(_MODELS, "OrderAddonResponse")),
    },
    security=(("basicAuth",),),
)


class CartResource:
    """Product categories, product configuration, quotes and orders. Most of API methods found here will require service `id`, you can lookup your service ids with `GET /service`."""

    def __init__(self, client: _b.SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CartResourceWithRawResponse:
        """The same operations, returning an APIResponse (status, headers, .parse())."""
        return CartResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> CartResourceWithStreamingResponse:
        """The same operations as context managers yielding the response unread.

        Iterate the body (.iter_bytes(), .iter_text(), .iter_lines()), or .read() or
        .parse() it; the response is closed when the block ends.
        """
        return CartResourceWithStreamingResponse(self)

    def list_categories(
        self,
        *,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> CategoryListResponse:
        """List product categories

        Return a list of product categories.

        ``GET /category``

        Returns:
            CategoryListResponse — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return self._client._call(
            _OP_LIST_CATEGORIES,
            {},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def list_category_products(
        self,
        *,
        category_id: int,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> ProductListResponse:
        """List products in category

        Return a list of product available for purchase under requested category

        ``GET /category/{category_id}/product``

        Args:
            category_id: Category ID

        Returns:
            ProductListResponse — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return self._client._call(
            _OP_LIST_CATEGORY_PRODUCTS,
            {"category_id": category_id},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def get_product_configuration(
        self,
        *,
        product_id: int,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> ProductConfigurationResponse:
        """Get product configuration details

        Return product details with form configuration, addons and subproducts if available.

        ``GET /order/{product_id}``

        Args:
            product_id: Product ID

        Returns:
            ProductConfigurationResponse — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return self._client._call(
            _OP_GET_PRODUCT_CONFIGURATION,
            {"product_id": product_id},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    @overload
    def order_product(
        self,
        *,
        product_id: int,
        body: OrderProductRequest | Mapping[str, object],
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> OrderResponse: ...

    @overload
    def order_product(
        self,
        *,
        product_id: int,
        domain: str | _t.NotGiven = _t.NOT_GIVEN,
        cycle: BillingCycle | str | _t.NotGiven = _t.NOT_GIVEN,
        pay_method: int | _t.NotGiven = _t.NOT_GIVEN,
        custom: dict[str, Any] | _t.NotGiven = _t.NOT_GIVEN,
        promocode: str | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> OrderResponse: ...

    def order_product(
        self,
        *,
        product_id: int,
        domain: str | _t.NotGiven = _t.NOT_GIVEN,
        cycle: BillingCycle | str | _t.NotGiven = _t.NOT_GIVEN,
        pay_method: int | _t.NotGiven = _t.NOT_GIVEN,
        custom: dict[str, Any] | _t.NotGiven = _t.NOT_GIVEN,
        promocode: str | _t.NotGiven = _t.NOT_GIVEN,
        body: OrderProductRequest | Mapping[str, object] | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> OrderResponse:
        """Order new service

        Create and submit new order for selected product.

        To get available cycle and configuration options lookup product details using `GET /order/{product_id}`

        For whitelabel server use 'serverhost.name' for a `domain` parameter.

        ``POST /order/{product_id}``

        Args:
            product_id: Product ID
            domain: Domain name, ie. example.com, may be optional. For whitelabel server use 'serverhost.name'.
            cycle: Billing period symbol. The documentation shows the symbols `m` (Monthly), `q`, `a` (Annually), `b` and `t`; use `GET /order/{product_id}` to get the periods available for a product.
            pay_method: Payment method ID
            custom: Additional options data available for some products, keyed by form field ID (see `forms[].name`, e.g. `custom[1618]`, in `GET /order/{product_id}`)
            promocode: Promotion code
            body: The whole request body, instead of the arguments above: a
                OrderProductRequest (sent as its to_dict()) or a mapping (sent as it is).

        Returns:
            OrderResponse — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return self._client._call(
            _OP_ORDER_PRODUCT,
            {
                "product_id": product_id,
                "domain": domain,
                "cycle": cycle,
                "pay_method": pay_method,
                "custom": custom,
                "promocode": promocode,
                "body": body,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    @overload
    def order_multiple_services(
        self,
        *,
        body: OrderRequest | Mapping[str, object],
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> OrderMultipleResponse: ...

    @overload
    def order_multiple_services(
        self,
        *,
        pay_method: int | _t.NotGiven = _t.NOT_GIVEN,
        items: list[OrderItem] | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> OrderMultipleResponse: ...

    def order_multiple_services(
        self,
        *,
        pay_method: int | _t.NotGiven = _t.NOT_GIVEN,
        items: list[OrderItem] | _t.NotGiven = _t.NOT_GIVEN,
        body: OrderRequest | Mapping[str, object] | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> OrderMultipleResponse:
        """Order multiple services

        Create and submit new order for multiple services

        Each item in the `items` array needs to include order `type` and parameters used by one of the method listed below:

        - `POST /order/{product_id}` - use `product` for item type
        - `POST /certificate/order` - use `certificate` for item type

        ``POST /order``

        Args:
            pay_method: Payment method ID
            items: list with order items
            body: The whole request body, instead of the arguments above: a
                OrderRequest (sent as its to_dict()) or a mapping (sent as it is).

        Returns:
            OrderMultipleResponse — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return self._client._call(
            _OP_ORDER_MULTIPLE_SERVICES,
            {"pay_method": pay_method, "items": items, "body": body},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    @overload
    def get_order_quote(
        self,
        *,
        body: OrderRequest | Mapping[str, object],
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> QuoteResponse: ...

    @overload
    def get_order_quote(
        self,
        *,
        pay_method: int | _t.NotGiven = _t.NOT_GIVEN,
        items: list[OrderItem] | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> QuoteResponse: ...

    def get_order_quote(
        self,
        *,
        pay_method: int | _t.NotGiven = _t.NOT_GIVEN,
        items: list[OrderItem] | _t.NotGiven = _t.NOT_GIVEN,
        body: OrderRequest | Mapping[str, object] | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> QuoteResponse:
        """Get order quote

        Calculate order cost and recuring prices for selected items.
        Use the same parameters as for `POST /order`

        ``POST /quote``

        Args:
            pay_method: Payment method ID
            items: list with order items
            body: The whole request body, instead of the arguments above: a
                OrderRequest (sent as its to_dict()) or a mapping (sent as it is).

        Returns:
            QuoteResponse — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return self._client._call(
            _OP_GET_ORDER_QUOTE,
            {"pay_method": pay_method, "items": items, "body": body},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def list_available_vps_products(
        self,
        *,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> list[VpsProduct]:
        """Get available VPS products

        List all available virtual private server products

        ``GET /category/available/vps``

        Returns:
            list[VpsProduct] — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return self._client._call(
            _OP_LIST_AVAILABLE_VPS_PRODUCTS,
            {},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def list_service_addons(
        self,
        *,
        id: int,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> list[ServiceAddon]:
        """List all addons

        List all ordered addons for existing service

        ``GET /service/{id}/addon``

        Args:
            id: Service id

        Returns:
            list[ServiceAddon] — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return self._client._call(
            _OP_LIST_SERVICE_ADDONS,
            {"id": id},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    @overload
    def order_addon(
        self,
        *,
        id: int,
        body: OrderAddonRequest | Mapping[str, object],
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> OrderAddonResponse: ...

    @overload
    def order_addon(
        self,
        *,
        id: int,
        addon_id: int | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> OrderAddonResponse: ...

    def order_addon(
        self,
        *,
        id: int,
        addon_id: int | _t.NotGiven = _t.NOT_GIVEN,
        body: OrderAddonRequest | Mapping[str, object] | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> OrderAddonResponse:
        """Order addon

        Place order for addon to existing service

        ``POST /service/{id}/addon``

        Args:
            id: Service id
            addon_id: Addon id
            body: The whole request body, instead of the arguments above: a
                OrderAddonRequest (sent as its to_dict()) or a mapping (sent as it is).

        Returns:
            OrderAddonResponse — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return self._client._call(
            _OP_ORDER_ADDON,
            {"id": id, "addon_id": addon_id, "body": body},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class CartResourceWithRawResponse:
    """Operations of CartResource that return the raw APIResponse."""

    def __init__(self, resource: CartResource) -> None:
        self.list_categories = _r.to_raw_response_wrapper(resource.list_categories)
        self.list_category_products = _r.to_raw_response_wrapper(
            resource.list_category_products
        )
        self.get_product_configuration = _r.to_raw_response_wrapper(
            resource.get_product_configuration
        )
        self.order_product = _r.to_raw_response_wrapper(resource.order_product)
        self.order_multiple_services = _r.to_raw_response_wrapper(
            resource.order_multiple_services
        )
        self.get_order_quote = _r.to_raw_response_wrapper(resource.get_order_quote)
        self.list_available_vps_products = _r.to_raw_response_wrapper(
            resource.list_available_vps_products
        )
        self.list_service_addons = _r.to_raw_response_wrapper(
            resource.list_service_addons
        )
        self.order_addon = _r.to_raw_response_wrapper(resource.order_addon)


class CartResourceWithStreamingResponse:
    """Operations of CartResource that yield a streamed response."""

    def __init__(self, resource: CartResource) -> None:
        self.list_categories = _r.to_streamed_response_wrapper(resource.list_categories)
        self.list_category_products = _r.to_streamed_response_wrapper(
            resource.list_category_products
        )
        self.get_product_configuration = _r.to_streamed_response_wrapper(
            resource.get_product_configuration
        )
        self.order_product = _r.to_streamed_response_wrapper(resource.order_product)
        self.order_multiple_services = _r.to_streamed_response_wrapper(
            resource.order_multiple_services
        )
        self.get_order_quote = _r.to_streamed_response_wrapper(resource.get_order_quote)
        self.list_available_vps_products = _r.to_streamed_response_wrapper(
            resource.list_available_vps_products
        )
        self.list_service_addons = _r.to_streamed_response_wrapper(
            resource.list_service_addons
        )
        self.order_addon = _r.to_streamed_response_wrapper(resource.order_addon)


class AsyncCartResource:
    """Product categories, product configuration, quotes and orders. Most of API methods found here will require service `id`, you can lookup your service ids with `GET /service`."""

    def __init__(self, client: _b.AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCartResourceWithRawResponse:
        """The same operations, returning an APIResponse (status, headers, .parse())."""
        return AsyncCartResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncCartResourceWithStreamingResponse:
        """The same operations as context managers yielding the response unread.

        Iterate the body (.iter_bytes(), .iter_text(), .iter_lines()), or .read() or
        .parse() it; the response is closed when the block ends.
        """
        return AsyncCartResourceWithStreamingResponse(self)

    async def list_categories(
        self,
        *,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> CategoryListResponse:
        """List product categories

        Return a list of product categories.

        ``GET /category``

        Returns:
            CategoryListResponse — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return await self._client._call(
            _OP_LIST_CATEGORIES,
            {},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def list_category_products(
        self,
        *,
        category_id: int,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> ProductListResponse:
        """List products in category

        Return a list of product available for purchase under requested category

        ``GET /category/{category_id}/product``

        Args:
            category_id: Category ID

        Returns:
            ProductListResponse — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return await self._client._call(
            _OP_LIST_CATEGORY_PRODUCTS,
            {"category_id": category_id},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def get_product_configuration(
        self,
        *,
        product_id: int,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> ProductConfigurationResponse:
        """Get product configuration details

        Return product details with form configuration, addons and subproducts if available.

        ``GET /order/{product_id}``

        Args:
            product_id: Product ID

        Returns:
            ProductConfigurationResponse — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return await self._client._call(
            _OP_GET_PRODUCT_CONFIGURATION,
            {"product_id": product_id},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    @overload
    async def order_product(
        self,
        *,
        product_id: int,
        body: OrderProductRequest | Mapping[str, object],
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> OrderResponse: ...

    @overload
    async def order_product(
        self,
        *,
        product_id: int,
        domain: str | _t.NotGiven = _t.NOT_GIVEN,
        cycle: BillingCycle | str | _t.NotGiven = _t.NOT_GIVEN,
        pay_method: int | _t.NotGiven = _t.NOT_GIVEN,
        custom: dict[str, Any] | _t.NotGiven = _t.NOT_GIVEN,
        promocode: str | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> OrderResponse: ...

    async def order_product(
        self,
        *,
        product_id: int,
        domain: str | _t.NotGiven = _t.NOT_GIVEN,
        cycle: BillingCycle | str | _t.NotGiven = _t.NOT_GIVEN,
        pay_method: int | _t.NotGiven = _t.NOT_GIVEN,
        custom: dict[str, Any] | _t.NotGiven = _t.NOT_GIVEN,
        promocode: str | _t.NotGiven = _t.NOT_GIVEN,
        body: OrderProductRequest | Mapping[str, object] | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> OrderResponse:
        """Order new service

        Create and submit new order for selected product.

        To get available cycle and configuration options lookup product details using `GET /order/{product_id}`

        For whitelabel server use 'serverhost.name' for a `domain` parameter.

        ``POST /order/{product_id}``

        Args:
            product_id: Product ID
            domain: Domain name, ie. example.com, may be optional. For whitelabel server use 'serverhost.name'.
            cycle: Billing period symbol. The documentation shows the symbols `m` (Monthly), `q`, `a` (Annually), `b` and `t`; use `GET /order/{product_id}` to get the periods available for a product.
            pay_method: Payment method ID
            custom: Additional options data available for some products, keyed by form field ID (see `forms[].name`, e.g. `custom[1618]`, in `GET /order/{product_id}`)
            promocode: Promotion code
            body: The whole request body, instead of the arguments above: a
                OrderProductRequest (sent as its to_dict()) or a mapping (sent as it is).

        Returns:
            OrderResponse — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return await self._client._call(
            _OP_ORDER_PRODUCT,
            {
                "product_id": product_id,
                "domain": domain,
                "cycle": cycle,
                "pay_method": pay_method,
                "custom": custom,
                "promocode": promocode,
                "body": body,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    @overload
    async def order_multiple_services(
        self,
        *,
        body: OrderRequest | Mapping[str, object],
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> OrderMultipleResponse: ...

    @overload
    async def order_multiple_services(
        self,
        *,
        pay_method: int | _t.NotGiven = _t.NOT_GIVEN,
        items: list[OrderItem] | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> OrderMultipleResponse: ...

    async def order_multiple_services(
        self,
        *,
        pay_method: int | _t.NotGiven = _t.NOT_GIVEN,
        items: list[OrderItem] | _t.NotGiven = _t.NOT_GIVEN,
        body: OrderRequest | Mapping[str, object] | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> OrderMultipleResponse:
        """Order multiple services

        Create and submit new order for multiple services

        Each item in the `items` array needs to include order `type` and parameters used by one of the method listed below:

        - `POST /order/{product_id}` - use `product` for item type
        - `POST /certificate/order` - use `certificate` for item type

        ``POST /order``

        Args:
            pay_method: Payment method ID
            items: list with order items
            body: The whole request body, instead of the arguments above: a
                OrderRequest (sent as its to_dict()) or a mapping (sent as it is).

        Returns:
            OrderMultipleResponse — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return await self._client._call(
            _OP_ORDER_MULTIPLE_SERVICES,
            {"pay_method": pay_method, "items": items, "body": body},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    @overload
    async def get_order_quote(
        self,
        *,
        body: OrderRequest | Mapping[str, object],
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> QuoteResponse: ...

    @overload
    async def get_order_quote(
        self,
        *,
        pay_method: int | _t.NotGiven = _t.NOT_GIVEN,
        items: list[OrderItem] | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> QuoteResponse: ...

    async def get_order_quote(
        self,
        *,
        pay_method: int | _t.NotGiven = _t.NOT_GIVEN,
        items: list[OrderItem] | _t.NotGiven = _t.NOT_GIVEN,
        body: OrderRequest | Mapping[str, object] | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> QuoteResponse:
        """Get order quote

        Calculate order cost and recuring prices for selected items.
        Use the same parameters as for `POST /order`

        ``POST /quote``

        Args:
            pay_method: Payment method ID
            items: list with order items
            body: The whole request body, instead of the arguments above: a
                OrderRequest (sent as its to_dict()) or a mapping (sent as it is).

        Returns:
            QuoteResponse — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return await self._client._call(
            _OP_GET_ORDER_QUOTE,
            {"pay_method": pay_method, "items": items, "body": body},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def list_available_vps_products(
        self,
        *,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> list[VpsProduct]:
        """Get available VPS products

        List all available virtual private server products

        ``GET /category/available/vps``

        Returns:
            list[VpsProduct] — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return await self._client._call(
            _OP_LIST_AVAILABLE_VPS_PRODUCTS,
            {},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def list_service_addons(
        self,
        *,
        id: int,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> list[ServiceAddon]:
        """List all addons

        List all ordered addons for existing service

        ``GET /service/{id}/addon``

        Args:
            id: Service id

        Returns:
            list[ServiceAddon] — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return await self._client._call(
            _OP_LIST_SERVICE_ADDONS,
            {"id": id},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    @overload
    async def order_addon(
        self,
        *,
        id: int,
        body: OrderAddonRequest | Mapping[str, object],
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> OrderAddonResponse: ...

    @overload
    async def order_addon(
        self,
        *,
        id: int,
        addon_id: int | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> OrderAddonResponse: ...

    async def order_addon(
        self,
        *,
        id: int,
        addon_id: int | _t.NotGiven = _t.NOT_GIVEN,
        body: OrderAddonRequest | Mapping[str, object] | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> OrderAddonResponse:
        """Order addon

        Place order for addon to existing service

        ``POST /service/{id}/addon``

        Args:
            id: Service id
            addon_id: Addon id
            body: The whole request body, instead of the arguments above: a
                OrderAddonRequest (sent as its to_dict()) or a mapping (sent as it is).

        Returns:
            OrderAddonResponse — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return await self._client._call(
            _OP_ORDER_ADDON,
            {"id": id, "addon_id": addon_id, "body": body},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class AsyncCartResourceWithRawResponse:
    """Operations of AsyncCartResource that return the raw APIResponse."""

    def __init__(self, resource: AsyncCartResource) -> None:
        self.list_categories = _r.async_to_raw_response_wrapper(
            resource.list_categories
        )
        self.list_category_products = _r.async_to_raw_response_wrapper(
            resource.list_category_products
        )
        self.get_product_configuration = _r.async_to_raw_response_wrapper(
            resource.get_product_configuration
        )
        self.order_product = _r.async_to_raw_response_wrapper(resource.order_product)
        self.order_multiple_services = _r.async_to_raw_response_wrapper(
            resource.order_multiple_services
        )
        self.get_order_quote = _r.async_to_raw_response_wrapper(
            resource.get_order_quote
        )
        self.list_available_vps_products = _r.async_to_raw_response_wrapper(
            resource.list_available_vps_products
        )
        self.list_service_addons = _r.async_to_raw_response_wrapper(
            resource.list_service_addons
        )
        self.order_addon = _r.async_to_raw_response_wrapper(resource.order_addon)


class AsyncCartResourceWithStreamingResponse:
    """Operations of AsyncCartResource that yield a streamed response."""

    def __init__(self, resource: AsyncCartResource) -> None:
        self.list_categories = _r.async_to_streamed_response_wrapper(
            resource.list_categories
        )
        self.list_category_products = _r.async_to_streamed_response_wrapper(
            resource.list_category_products
        )
        self.get_product_configuration = _r.async_to_streamed_response_wrapper(
            resource.get_product_configuration
        )
        self.order_product = _r.async_to_streamed_response_wrapper(
            resource.order_product
        )
        self.order_multiple_services = _r.async_to_streamed_response_wrapper(
            resource.order_multiple_services
        )
        self.get_order_quote = _r.async_to_streamed_response_wrapper(
            resource.get_order_quote
        )
        self.list_available_vps_products = _r.async_to_streamed_response_wrapper(
            resource.list_available_vps_products
        )
        self.list_service_addons = _r.async_to_streamed_response_wrapper(
            resource.list_service_addons
        )
        self.order_addon = _r.async_to_streamed_response_wrapper(resource.order_addon)
