"""The Time4VPS clients (sync and async)."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING

import httpx

from . import _base_client as _b
from . import _types as _t

if TYPE_CHECKING:
    from .resources.billing import AsyncBillingResource, BillingResource
    from .resources.cart import AsyncCartResource, CartResource
    from .resources.clientarea import AsyncClientareaResource, ClientareaResource
    from .resources.dns import AsyncDNSResource, DNSResource
    from .resources.init_script_management import (
        AsyncInitScriptManagementResource,
        InitScriptManagementResource,
    )
    from .resources.server_management import (
        AsyncServerManagementResource,
        ServerManagementResource,
    )
    from .resources.services import AsyncServicesResource, ServicesResource
    from .resources.ssl_certificates import (
        AsyncSSLCertificatesResource,
        SSLCertificatesResource,
    )
    from .resources.vpn_management import (
        AsyncVPNManagementResource,
        VPNManagementResource,
    )

__all__ = ["AsyncTime4VPS", "Time4VPS"]
_SCHEMES: dict[str, _b.Scheme] = {
    "basicAuth": _b.Scheme(
        "basic", "header", "Authorization", ("username", "password")
    ),
}
_RESOURCES = (
    "clientarea",
    "billing",
    "services",
    "cart",
    "dns",
    "ssl_certificates",
    "server_management",
    "init_script_management",
    "vpn_management",
)


class Time4VPS(_b.SyncAPIClient):
    """Synchronous client for Time4VPS API.

    Args:
        username: basic credential for the 'basicAuth' scheme; default: the TIME4VPS_USERNAME environment variable.
        password: basic credential for the 'basicAuth' scheme; default: the TIME4VPS_PASSWORD environment variable.
        base_url: Server URL; default: the TIME4VPS_BASE_URL environment variable, else https://billing.time4vps.com/api.
        timeout: Seconds (or an httpx.Timeout) per request; default 60 s.
        max_retries: Retries of a failed request where retrying is safe; default 2.
        default_headers: Headers sent with every request.
        http_client: Your own httpx.Client (e.g. with a proxy or a MockTransport).
        allow_insecure: Allow Basic credentials over plain http:// to a non-local host.
        strict_response_validation: Raise APIResponseValidationError on a response value of another type than the API declares (by default it is kept as received).
    """

    _package = "time4vps"
    _user_agent = "time4vps/1.1.0 clientgen/0.1.0"
    _default_base_url = "https://billing.time4vps.com/api"
    _schemes = _SCHEMES
    _resource_attrs = _RESOURCES

    def __init__(
        self,
        *,
        username: str | None = None,
        password: str | None = None,
        base_url: str | None = None,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int = _b.DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
        allow_insecure: bool = False,
        strict_response_validation: bool = False,
    ) -> None:
        super().__init__(
            credentials={"username": username, "password": password},
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
            allow_insecure=allow_insecure,
            strict_response_validation=strict_response_validation,
        )

    @cached_property
    def clientarea(self) -> ClientareaResource:
        """Account registration details, sign up, password reset, contacts and portal notifications."""
        from .resources.clientarea import ClientareaResource

        return ClientareaResource(self)

    @cached_property
    def billing(self) -> BillingResource:
        """Account balance, invoices and payment methods."""
        from .resources.billing import BillingResource

        return BillingResource(self)

    @cached_property
    def services(self) -> ServicesResource:
        """Services under your account: details, labels, upgrades and cancellation."""
        from .resources.services import ServicesResource

        return ServicesResource(self)

    @cached_property
    def cart(self) -> CartResource:
        """Product categories, product configuration, quotes and orders. Most of API methods found here will require service `id`, you can lookup your service ids with `GET /service`."""
        from .resources.cart import CartResource

        return CartResource(self)

    @cached_property
    def dns(self) -> DNSResource:
        """DNS zones and records of your services."""
        from .resources.dns import DNSResource

        return DNSResource(self)

    @cached_property
    def ssl_certificates(self) -> SSLCertificatesResource:
        """SSL certificate services, downloads and certificate orders."""
        from .resources.ssl_certificates import SSLCertificatesResource

        return SSLCertificatesResource(self)

    @cached_property
    def server_management(self) -> ServerManagementResource:
        """Server management API lets you retrieve your active server information and manage them.

        All management tasks are asynchronous. This means called method will only initiate task and will return result of task initiation. If task initiation was unsuccessfull, error message will be returned. Task id is used to query the Task Result method (`GET /server/{server_id}/task/{task_id}`) to retrieve task result.

        For example to reboot server, you must initiate task by calling `POST /server/{server_id}/reboot`. If task initiated successfully, you'll receive `task_id` parameter, which must be provided in `GET /server/{server_id}/task/{task_id}` call, to receive task results.

        You can run one task per server at a time."""
        from .resources.server_management import ServerManagementResource

        return ServerManagementResource(self)

    @cached_property
    def init_script_management(self) -> InitScriptManagementResource:
        """Init scripts that can be run when reinstalling a server."""
        from .resources.init_script_management import InitScriptManagementResource

        return InitScriptManagementResource(self)

    @cached_property
    def vpn_management(self) -> VPNManagementResource:
        """VPN servers, clients, configuration templates, login details, usage and sessions."""
        from .resources.vpn_management import VPNManagementResource

        return VPNManagementResource(self)


class AsyncTime4VPS(_b.AsyncAPIClient):
    """Asynchronous client for Time4VPS API.

    Args:
        username: basic credential for the 'basicAuth' scheme; default: the TIME4VPS_USERNAME environment variable.
        password: basic credential for the 'basicAuth' scheme; default: the TIME4VPS_PASSWORD environment variable.
        base_url: Server URL; default: the TIME4VPS_BASE_URL environment variable, else https://billing.time4vps.com/api.
        timeout: Seconds (or an httpx.Timeout) per request; default 60 s.
        max_retries: Retries of a failed request where retrying is safe; default 2.
        default_headers: Headers sent with every request.
        http_client: Your own httpx.AsyncClient (e.g. with a proxy or a MockTransport).
        allow_insecure: Allow Basic credentials over plain http:// to a non-local host.
        strict_response_validation: Raise APIResponseValidationError on a response value of another type than the API declares (by default it is kept as received).
    """

    _package = "time4vps"
    _user_agent = "time4vps/1.1.0 clientgen/0.1.0"
    _default_base_url = "https://billing.time4vps.com/api"
    _schemes = _SCHEMES
    _resource_attrs = _RESOURCES

    def __init__(
        self,
        *,
        username: str | None = None,
        password: str | None = None,
        base_url: str | None = None,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int = _b.DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        allow_insecure: bool = False,
        strict_response_validation: bool = False,
    ) -> None:
        super().__init__(
            credentials={"username": username, "password": password},
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
            allow_insecure=allow_insecure,
            strict_response_validation=strict_response_validation,
        )

    @cached_property
    def clientarea(self) -> AsyncClientareaResource:
        """Account registration details, sign up, password reset, contacts and portal notifications."""
        from .resources.clientarea import AsyncClientareaResource

        return AsyncClientareaResource(self)

    @cached_property
    def billing(self) -> AsyncBillingResource:
        """Account balance, invoices and payment methods."""
        from .resources.billing import AsyncBillingResource

        return AsyncBillingResource(self)

    @cached_property
    def services(self) -> AsyncServicesResource:
        """Services under your account: details, labels, upgrades and cancellation."""
        from .resources.services import AsyncServicesResource

        return AsyncServicesResource(self)

    @cached_property
    def cart(self) -> AsyncCartResource:
        """Product categories, product configuration, quotes and orders. Most of API methods found here will require service `id`, you can lookup your service ids with `GET /service`."""
        from .resources.cart import AsyncCartResource

        return AsyncCartResource(self)

    @cached_property
    def dns(self) -> AsyncDNSResource:
        """DNS zones and records of your services."""
        from .resources.dns import AsyncDNSResource

        return AsyncDNSResource(self)

    @cached_property
    def ssl_certificates(self) -> AsyncSSLCertificatesResource:
        """SSL certificate services, downloads and certificate orders."""
        from .resources.ssl_certificates import AsyncSSLCertificatesResource

        return AsyncSSLCertificatesResource(self)

    @cached_property
    def server_management(self) -> AsyncServerManagementResource:
        """Server management API lets you retrieve your active server information and manage them.

        All management tasks are asynchronous. This means called method will only initiate task and will return result of task initiation. If task initiation was unsuccessfull, error message will be returned. Task id is used to query the Task Result method (`GET /server/{server_id}/task/{task_id}`) to retrieve task result.

        For example to reboot server, you must initiate task by calling `POST /server/{server_id}/reboot`. If task initiated successfully, you'll receive `task_id` parameter, which must be provided in `GET /server/{server_id}/task/{task_id}` call, to receive task results.

        You can run one task per server at a time."""
        from .resources.server_management import AsyncServerManagementResource

        return AsyncServerManagementResource(self)

    @cached_property
    def init_script_management(self) -> AsyncInitScriptManagementResource:
        """Init scripts that can be run when reinstalling a server."""
        from .resources.init_script_management import AsyncInitScriptManagementResource

        return AsyncInitScriptManagementResource(self)

    @cached_property
    def vpn_management(self) -> AsyncVPNManagementResource:
        """VPN servers, clients, configuration templates, login details, usage and sessions."""
        from .resources.vpn_management import AsyncVPNManagementResource

        return AsyncVPNManagementResource(self)
