"""The Swagger2Store clients (sync and async)."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING

import httpx

from . import _base_client as _b
from . import _types as _t

if TYPE_CHECKING:
    from .resources.auth import AsyncAuthResource, AuthResource
    from .resources.items import AsyncItemsResource, ItemsResource

__all__ = ["AsyncSwagger2Store", "Swagger2Store"]
_SCHEMES: dict[str, _b.Scheme] = {
    "api_key": _b.Scheme("apiKey", "header", "X-API-Key", ("api_key",)),
    "basic": _b.Scheme("basic", "header", "Authorization", ("username", "password")),
}
_RESOURCES = ("auth", "items")


class Swagger2Store(_b.SyncAPIClient):
    """Synchronous client for Swagger 2.0 store.

    Args:
        api_key: apiKey credential for the 'api_key' scheme; default: the SWAGGER2_STORE_API_KEY environment variable.
        username: basic credential for the 'basic' scheme; default: the SWAGGER2_STORE_USERNAME environment variable.
        password: basic credential for the 'basic' scheme; default: the SWAGGER2_STORE_PASSWORD environment variable.
        base_url: Server URL; default: the SWAGGER2_STORE_BASE_URL environment variable, else https://store.example.com/v2.
        timeout: Seconds (or an httpx.Timeout) per request; default 60 s.
        max_retries: Retries of a failed request where retrying is safe; default 2.
        default_headers: Headers sent with every request.
        http_client: Your own httpx.Client (e.g. with a proxy or a MockTransport).
        allow_insecure: Allow Basic credentials over plain http:// to a non-local host.
        strict_response_validation: Raise APIResponseValidationError on a response value of another type than the API declares (by default it is kept as received).
    """

    _package = "swagger2_store"
    _user_agent = "swagger2-store/2.1.0 clientgen/0.1.0"
    _default_base_url = "https://store.example.com/v2"
    _schemes = _SCHEMES
    _resource_attrs = _RESOURCES

    def __init__(
        self,
        *,
        api_key: str | None = None,
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
            credentials={
                "api_key": api_key,
                "username": username,
                "password": password,
            },
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
            allow_insecure=allow_insecure,
            strict_response_validation=strict_response_validation,
        )

    @cached_property
    def auth(self) -> AuthResource:
        """Operations tagged auth"""
        from .resources.auth import AuthResource

        return AuthResource(self)

    @cached_property
    def items(self) -> ItemsResource:
        """Operations tagged items"""
        from .resources.items import ItemsResource

        return ItemsResource(self)


class AsyncSwagger2Store(_b.AsyncAPIClient):
    """Asynchronous client for Swagger 2.0 store.

    Args:
        api_key: apiKey credential for the 'api_key' scheme; default: the SWAGGER2_STORE_API_KEY environment variable.
        username: basic credential for the 'basic' scheme; default: the SWAGGER2_STORE_USERNAME environment variable.
        password: basic credential for the 'basic' scheme; default: the SWAGGER2_STORE_PASSWORD environment variable.
        base_url: Server URL; default: the SWAGGER2_STORE_BASE_URL environment variable, else https://store.example.com/v2.
        timeout: Seconds (or an httpx.Timeout) per request; default 60 s.
        max_retries: Retries of a failed request where retrying is safe; default 2.
        default_headers: Headers sent with every request.
        http_client: Your own httpx.AsyncClient (e.g. with a proxy or a MockTransport).
        allow_insecure: Allow Basic credentials over plain http:// to a non-local host.
        strict_response_validation: Raise APIResponseValidationError on a response value of another type than the API declares (by default it is kept as received).
    """

    _package = "swagger2_store"
    _user_agent = "swagger2-store/2.1.0 clientgen/0.1.0"
    _default_base_url = "https://store.example.com/v2"
    _schemes = _SCHEMES
    _resource_attrs = _RESOURCES

    def __init__(
        self,
        *,
        api_key: str | None = None,
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
            credentials={
                "api_key": api_key,
                "username": username,
                "password": password,
            },
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
            allow_insecure=allow_insecure,
            strict_response_validation=strict_response_validation,
        )

    @cached_property
    def auth(self) -> AsyncAuthResource:
        """Operations tagged auth"""
        from .resources.auth import AsyncAuthResource

        return AsyncAuthResource(self)

    @cached_property
    def items(self) -> AsyncItemsResource:
        """Operations tagged items"""
        from .resources.items import AsyncItemsResource

        return AsyncItemsResource(self)
