"""The UploadsAndStyles clients (sync and async)."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING

import httpx

from . import _base_client as _b
from . import _types as _t

if TYPE_CHECKING:
    from .resources.search import AsyncSearchResource, SearchResource
    from .resources.uploads import AsyncUploadsResource, UploadsResource

__all__ = ["AsyncUploadsAndStyles", "UploadsAndStyles"]
_SCHEMES: dict[str, _b.Scheme] = {
    "queryKey": _b.Scheme("apiKey", "query", "key", ("query_key",)),
    "cookieKey": _b.Scheme("apiKey", "cookie", "sid", ("cookie_key",)),
}
_RESOURCES = ("search", "uploads")


class UploadsAndStyles(_b.SyncAPIClient):
    """Synchronous client for Uploads and Styles.

    Args:
        query_key: apiKey credential for the 'queryKey' scheme; default: the UPLOADS_AND_STYLES_QUERY_KEY environment variable.
        cookie_key: apiKey credential for the 'cookieKey' scheme; default: the UPLOADS_AND_STYLES_COOKIE_KEY environment variable.
        base_url: Server URL; default: the UPLOADS_AND_STYLES_BASE_URL environment variable, else https://uploads.example.com.
        timeout: Seconds (or an httpx.Timeout) per request; default 60 s.
        max_retries: Retries of a failed request where retrying is safe; default 2.
        default_headers: Headers sent with every request.
        http_client: Your own httpx.Client (e.g. with a proxy or a MockTransport).
        allow_insecure: Allow Basic credentials over plain http:// to a non-local host.
        strict_response_validation: Raise APIResponseValidationError on a response value of another type than the API declares (by default it is kept as received).
    """

    _package = "uploads_and_styles"
    _user_agent = "uploads-and-styles/1.0.0 clientgen/0.1.0"
    _default_base_url = "https://uploads.example.com"
    _schemes = _SCHEMES
    _resource_attrs = _RESOURCES

    def __init__(
        self,
        *,
        query_key: str | None = None,
        cookie_key: str | None = None,
        base_url: str | None = None,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int = _b.DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
        allow_insecure: bool = False,
        strict_response_validation: bool = False,
    ) -> None:
        super().__init__(
            credentials={"query_key": query_key, "cookie_key": cookie_key},
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
            allow_insecure=allow_insecure,
            strict_response_validation=strict_response_validation,
        )

    @cached_property
    def search(self) -> SearchResource:
        """Operations tagged search"""
        from .resources.search import SearchResource

        return SearchResource(self)

    @cached_property
    def uploads(self) -> UploadsResource:
        """Operations tagged uploads"""
        from .resources.uploads import UploadsResource

        return UploadsResource(self)


class AsyncUploadsAndStyles(_b.AsyncAPIClient):
    """Asynchronous client for Uploads and Styles.

    Args:
        query_key: apiKey credential for the 'queryKey' scheme; default: the UPLOADS_AND_STYLES_QUERY_KEY environment variable.
        cookie_key: apiKey credential for the 'cookieKey' scheme; default: the UPLOADS_AND_STYLES_COOKIE_KEY environment variable.
        base_url: Server URL; default: the UPLOADS_AND_STYLES_BASE_URL environment variable, else https://uploads.example.com.
        timeout: Seconds (or an httpx.Timeout) per request; default 60 s.
        max_retries: Retries of a failed request where retrying is safe; default 2.
        default_headers: Headers sent with every request.
        http_client: Your own httpx.AsyncClient (e.g. with a proxy or a MockTransport).
        allow_insecure: Allow Basic credentials over plain http:// to a non-local host.
        strict_response_validation: Raise APIResponseValidationError on a response value of another type than the API declares (by default it is kept as received).
    """

    _package = "uploads_and_styles"
    _user_agent = "uploads-and-styles/1.0.0 clientgen/0.1.0"
    _default_base_url = "https://uploads.example.com"
    _schemes = _SCHEMES
    _resource_attrs = _RESOURCES

    def __init__(
        self,
        *,
        query_key: str | None = None,
        cookie_key: str | None = None,
        base_url: str | None = None,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int = _b.DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        allow_insecure: bool = False,
        strict_response_validation: bool = False,
    ) -> None:
        super().__init__(
            credentials={"query_key": query_key, "cookie_key": cookie_key},
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
            allow_insecure=allow_insecure,
            strict_response_validation=strict_response_validation,
        )

    @cached_property
    def search(self) -> AsyncSearchResource:
        """Operations tagged search"""
        from .resources.search import AsyncSearchResource

        return AsyncSearchResource(self)

    @cached_property
    def uploads(self) -> AsyncUploadsResource:
        """Operations tagged uploads"""
        from .resources.uploads import AsyncUploadsResource

        return AsyncUploadsResource(self)
