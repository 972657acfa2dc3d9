"""The PetstoreBasic clients (sync and async)."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING

import httpx

from . import _base_client as _b
from . import _types as _t

if TYPE_CHECKING:
    from .resources.default import AsyncDefaultResource, DefaultResource
    from .resources.pets import AsyncPetsResource, PetsResource
    from .resources.store import AsyncStoreResource, StoreResource

__all__ = ["AsyncPetstoreBasic", "PetstoreBasic"]
_SCHEMES: dict[str, _b.Scheme] = {
    "apiKey": _b.Scheme("apiKey", "header", "X-API-Key", ("api_key",)),
}
_RESOURCES = ("pets", "store", "default")


class PetstoreBasic(_b.SyncAPIClient):
    """Synchronous client for Petstore Basic.

    Args:
        api_key: apiKey credential for the 'apiKey' scheme; default: the PETSTORE_BASIC_API_KEY environment variable.
        base_url: Server URL; default: the PETSTORE_BASIC_BASE_URL environment variable, else https://eu.petstore.example/v1.
        timeout: Seconds (or an httpx.Timeout) per request; default 60 s.
        max_retries: Retries of a failed request where retrying is safe; default 2.
        default_headers: Headers sent with every request.
        http_client: Your own httpx.Client (e.g. with a proxy or a MockTransport).
        allow_insecure: Allow Basic credentials over plain http:// to a non-local host.
        strict_response_validation: Raise APIResponseValidationError on a response value of another type than the API declares (by default it is kept as received).
    """

    _package = "petstore_basic"
    _user_agent = "petstore-basic/1.2.0 clientgen/0.1.0"
    _default_base_url = "https://eu.petstore.example/v1"
    _schemes = _SCHEMES
    _resource_attrs = _RESOURCES

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int = _b.DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
        allow_insecure: bool = False,
        strict_response_validation: bool = False,
    ) -> None:
        super().__init__(
            credentials={"api_key": api_key},
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
            allow_insecure=allow_insecure,
            strict_response_validation=strict_response_validation,
        )

    @cached_property
    def pets(self) -> PetsResource:
        """Everything about pets."""
        from .resources.pets import PetsResource

        return PetsResource(self)

    @cached_property
    def store(self) -> StoreResource:
        """Orders."""
        from .resources.store import StoreResource

        return StoreResource(self)

    @cached_property
    def default(self) -> DefaultResource:
        """Operations tagged default"""
        from .resources.default import DefaultResource

        return DefaultResource(self)


class AsyncPetstoreBasic(_b.AsyncAPIClient):
    """Asynchronous client for Petstore Basic.

    Args:
        api_key: apiKey credential for the 'apiKey' scheme; default: the PETSTORE_BASIC_API_KEY environment variable.
        base_url: Server URL; default: the PETSTORE_BASIC_BASE_URL environment variable, else https://eu.petstore.example/v1.
        timeout: Seconds (or an httpx.Timeout) per request; default 60 s.
        max_retries: Retries of a failed request where retrying is safe; default 2.
        default_headers: Headers sent with every request.
        http_client: Your own httpx.AsyncClient (e.g. with a proxy or a MockTransport).
        allow_insecure: Allow Basic credentials over plain http:// to a non-local host.
        strict_response_validation: Raise APIResponseValidationError on a response value of another type than the API declares (by default it is kept as received).
    """

    _package = "petstore_basic"
    _user_agent = "petstore-basic/1.2.0 clientgen/0.1.0"
    _default_base_url = "https://eu.petstore.example/v1"
    _schemes = _SCHEMES
    _resource_attrs = _RESOURCES

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int = _b.DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        allow_insecure: bool = False,
        strict_response_validation: bool = False,
    ) -> None:
        super().__init__(
            credentials={"api_key": api_key},
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
            allow_insecure=allow_insecure,
            strict_response_validation=strict_response_validation,
        )

    @cached_property
    def pets(self) -> AsyncPetsResource:
        """Everything about pets."""
        from .resources.pets import AsyncPetsResource

        return AsyncPetsResource(self)

    @cached_property
    def store(self) -> AsyncStoreResource:
        """Orders."""
        from .resources.store import AsyncStoreResource

        return AsyncStoreResource(self)

    @cached_property
    def default(self) -> AsyncDefaultResource:
        """Operations tagged default"""
        from .resources.default import AsyncDefaultResource

        return AsyncDefaultResource(self)
