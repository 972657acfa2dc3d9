"""The Composition clients (sync and async)."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING

import httpx

from . import _base_client as _b
from . import _types as _t

if TYPE_CHECKING:
    from .resources.default import AsyncDefaultResource, DefaultResource

__all__ = ["AsyncComposition", "Composition"]
_SCHEMES: dict[str, _b.Scheme] = {}
_RESOURCES = ("default",)


class Composition(_b.SyncAPIClient):
    """Synchronous client for Composition.

    Args:
        base_url: Server URL; default: the COMPOSITION_BASE_URL environment variable, else https://composition.example.com/v1.
        timeout: Seconds (or an httpx.Timeout) per request; default 60 s.
        max_retries: Retries of a failed request where retrying is safe; default 2.
        default_headers: Headers sent with every request.
        http_client: Your own httpx.Client (e.g. with a proxy or a MockTransport).
        allow_insecure: Allow Basic credentials over plain http:// to a non-local host.
        strict_response_validation: Raise APIResponseValidationError on a response value of another type than the API declares (by default it is kept as received).
    """

    _package = "composition"
    _user_agent = "composition/1.0.0 clientgen/0.1.0"
    _default_base_url = "https://composition.example.com/v1"
    _schemes = _SCHEMES
    _resource_attrs = _RESOURCES

    def __init__(
        self,
        *,
        base_url: str | None = None,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int = _b.DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
        allow_insecure: bool = False,
        strict_response_validation: bool = False,
    ) -> None:
        super().__init__(
            credentials={},
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
            allow_insecure=allow_insecure,
            strict_response_validation=strict_response_validation,
        )

    @cached_property
    def default(self) -> DefaultResource:
        """Operations tagged default"""
        from .resources.default import DefaultResource

        return DefaultResource(self)


class AsyncComposition(_b.AsyncAPIClient):
    """Asynchronous client for Composition.

    Args:
        base_url: Server URL; default: the COMPOSITION_BASE_URL environment variable, else https://composition.example.com/v1.
        timeout: Seconds (or an httpx.Timeout) per request; default 60 s.
        max_retries: Retries of a failed request where retrying is safe; default 2.
        default_headers: Headers sent with every request.
        http_client: Your own httpx.AsyncClient (e.g. with a proxy or a MockTransport).
        allow_insecure: Allow Basic credentials over plain http:// to a non-local host.
        strict_response_validation: Raise APIResponseValidationError on a response value of another type than the API declares (by default it is kept as received).
    """

    _package = "composition"
    _user_agent = "composition/1.0.0 clientgen/0.1.0"
    _default_base_url = "https://composition.example.com/v1"
    _schemes = _SCHEMES
    _resource_attrs = _RESOURCES

    def __init__(
        self,
        *,
        base_url: str | None = None,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int = _b.DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        allow_insecure: bool = False,
        strict_response_validation: bool = False,
    ) -> None:
        super().__init__(
            credentials={},
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
            allow_insecure=allow_insecure,
            strict_response_validation=strict_response_validation,
        )

    @cached_property
    def default(self) -> AsyncDefaultResource:
        """Operations tagged default"""
        from .resources.default import AsyncDefaultResource

        return AsyncDefaultResource(self)
