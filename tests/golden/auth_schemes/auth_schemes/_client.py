"""The AuthSchemes clients (sync and async)."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING

import httpx

from . import _base_client as _b
from . import _types as _t

if TYPE_CHECKING:
    from .resources.account import AsyncAccountResource, AccountResource
    from .resources.default import AsyncDefaultResource, DefaultResource
    from .resources.reports import AsyncReportsResource, ReportsResource

__all__ = ["AsyncAuthSchemes", "AuthSchemes"]
_SCHEMES: dict[str, _b.Scheme] = {
    "basicAuth": _b.Scheme(
        "basic", "header", "Authorization", ("username", "password")
    ),
    "bearerAuth": _b.Scheme("bearer", "header", "Authorization", ("bearer_auth",)),
    "headerKey": _b.Scheme("apiKey", "header", "X-API-Key", ("header_key",)),
    "queryKey": _b.Scheme("apiKey", "query", "api_key", ("query_key",)),
}
_RESOURCES = ("account", "default", "reports")


class AuthSchemes(_b.SyncAPIClient):
    """Synchronous client for Auth Schemes.

    Args:
        username: basic credential for the 'basicAuth' scheme; default: the AUTH_SCHEMES_USERNAME environment variable.
        password: basic credential for the 'basicAuth' scheme; default: the AUTH_SCHEMES_PASSWORD environment variable.
        bearer_auth: bearer credential for the 'bearerAuth' scheme; default: the AUTH_SCHEMES_BEARER_AUTH environment variable.
        header_key: apiKey credential for the 'headerKey' scheme; default: the AUTH_SCHEMES_HEADER_KEY environment variable.
        query_key: apiKey credential for the 'queryKey' scheme; default: the AUTH_SCHEMES_QUERY_KEY environment variable.
        base_url: Server URL; default: the AUTH_SCHEMES_BASE_URL environment variable, else https://auth.example.com/api.
        timeout: Seconds (or an httpx.Timeout) per request; default 60 s.
        max_retries: Retries of a failed request where retrying is safe; default 2.
        default_headers: Headers sent with every request.
        http_client: Your own httpx.Client (e.g. with a proxy or a MockTransport).
        allow_insecure: Allow Basic credentials over plain http:// to a non-local host.
        strict_response_validation: Raise APIResponseValidationError on a response value of another type than the API declares (by default it is kept as received).
    """

    _package = "auth_schemes"
    _user_agent = "auth-schemes/0.3.1 clientgen/0.1.0"
    _default_base_url = "https://auth.example.com/api"
    _schemes = _SCHEMES
    _resource_attrs = _RESOURCES

    def __init__(
        self,
        *,
        username: str | None = None,
        password: str | None = None,
        bearer_auth: str | None = None,
        header_key: str | None = None,
        query_key: str | None = None,
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
                "username": username,
                "password": password,
                "bearer_auth": bearer_auth,
                "header_key": header_key,
                "query_key": query_key,
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
    def account(self) -> AccountResource:
        """Operations tagged account"""
        from .resources.account import AccountResource

        return AccountResource(self)

    @cached_property
    def default(self) -> DefaultResource:
        """Operations tagged default"""
        from .resources.default import DefaultResource

        return DefaultResource(self)

    @cached_property
    def reports(self) -> ReportsResource:
        """Operations tagged reports"""
        from .resources.reports import ReportsResource

        return ReportsResource(self)


class AsyncAuthSchemes(_b.AsyncAPIClient):
    """Asynchronous client for Auth Schemes.

    Args:
        username: basic credential for the 'basicAuth' scheme; default: the AUTH_SCHEMES_USERNAME environment variable.
        password: basic credential for the 'basicAuth' scheme; default: the AUTH_SCHEMES_PASSWORD environment variable.
        bearer_auth: bearer credential for the 'bearerAuth' scheme; default: the AUTH_SCHEMES_BEARER_AUTH environment variable.
        header_key: apiKey credential for the 'headerKey' scheme; default: the AUTH_SCHEMES_HEADER_KEY environment variable.
        query_key: apiKey credential for the 'queryKey' scheme; default: the AUTH_SCHEMES_QUERY_KEY environment variable.
        base_url: Server URL; default: the AUTH_SCHEMES_BASE_URL environment variable, else https://auth.example.com/api.
        timeout: Seconds (or an httpx.Timeout) per request; default 60 s.
        max_retries: Retries of a failed request where retrying is safe; default 2.
        default_headers: Headers sent with every request.
        http_client: Your own httpx.AsyncClient (e.g. with a proxy or a MockTransport).
        allow_insecure: Allow Basic credentials over plain http:// to a non-local host.
        strict_response_validation: Raise APIResponseValidationError on a response value of another type than the API declares (by default it is kept as received).
    """

    _package = "auth_schemes"
    _user_agent = "auth-schemes/0.3.1 clientgen/0.1.0"
    _default_base_url = "https://auth.example.com/api"
    _schemes = _SCHEMES
    _resource_attrs = _RESOURCES

    def __init__(
        self,
        *,
        username: str | None = None,
        password: str | None = None,
        bearer_auth: str | None = None,
        header_key: str | None = None,
        query_key: str | None = None,
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
                "username": username,
                "password": password,
                "bearer_auth": bearer_auth,
                "header_key": header_key,
                "query_key": query_key,
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
    def account(self) -> AsyncAccountResource:
        """Operations tagged account"""
        from .resources.account import AsyncAccountResource

        return AsyncAccountResource(self)

    @cached_property
    def default(self) -> AsyncDefaultResource:
        """Operations tagged default"""
        from .resources.default import AsyncDefaultResource

        return AsyncDefaultResource(self)

    @cached_property
    def reports(self) -> AsyncReportsResource:
        """Operations tagged reports"""
        from .resources.reports import AsyncReportsResource

        return AsyncReportsResource(self)
