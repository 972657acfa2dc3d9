"""The BodiesAndStreams clients (sync and async)."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING

import httpx

from . import _base_client as _b
from . import _types as _t

if TYPE_CHECKING:
    from .resources.events import AsyncEventsResource, EventsResource
    from .resources.owners import AsyncOwnersResource, OwnersResource
    from .resources.pets import AsyncPetsResource, PetsResource

__all__ = ["AsyncBodiesAndStreams", "BodiesAndStreams"]
_SCHEMES: dict[str, _b.Scheme] = {}
_RESOURCES = ("events", "owners", "pets")


class BodiesAndStreams(_b.SyncAPIClient):
    """Synchronous client for Bodies and streams.

    Args:
        base_url: Server URL; default: the BODIES_AND_STREAMS_BASE_URL environment variable, else http://localhost:8000.
        timeout: Seconds (or an httpx.Timeout) per request; default 60 s.
        max_retries: Retries of a failed request where retrying is safe; default 2.
        default_headers: Headers sent with every request.
        http_client: Your own httpx.Client (e.g. with a proxy or a MockTransport).
        allow_insecure: Allow Basic credentials over plain http:// to a non-local host.
        strict_response_validation: Raise APIResponseValidationError on a response value of another type than the API declares (by default it is kept as received).
    """

    _package = "bodies_and_streams"
    _user_agent = "bodies-and-streams/1.0.0 clientgen/0.1.0"
    _default_base_url = "http://localhost:8000"
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
    def events(self) -> EventsResource:
        """Operations tagged events"""
        from .resources.events import EventsResource

        return EventsResource(self)

    @cached_property
    def owners(self) -> OwnersResource:
        """Operations tagged owners"""
        from .resources.owners import OwnersResource

        return OwnersResource(self)

    @cached_property
    def pets(self) -> PetsResource:
        """Operations tagged pets"""
        from .resources.pets import PetsResource

        return PetsResource(self)


class AsyncBodiesAndStreams(_b.AsyncAPIClient):
    """Asynchronous client for Bodies and streams.

    Args:
        base_url: Server URL; default: the BODIES_AND_STREAMS_BASE_URL environment variable, else http://localhost:8000.
        timeout: Seconds (or an httpx.Timeout) per request; default 60 s.
        max_retries: Retries of a failed request where retrying is safe; default 2.
        default_headers: Headers sent with every request.
        http_client: Your own httpx.AsyncClient (e.g. with a proxy or a MockTransport).
        allow_insecure: Allow Basic credentials over plain http:// to a non-local host.
        strict_response_validation: Raise APIResponseValidationError on a response value of another type than the API declares (by default it is kept as received).
    """

    _package = "bodies_and_streams"
    _user_agent = "bodies-and-streams/1.0.0 clientgen/0.1.0"
    _default_base_url = "http://localhost:8000"
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
    def events(self) -> AsyncEventsResource:
        """Operations tagged events"""
        from .resources.events import AsyncEventsResource

        return AsyncEventsResource(self)

    @cached_property
    def owners(self) -> AsyncOwnersResource:
        """Operations tagged owners"""
        from .resources.owners import AsyncOwnersResource

        return AsyncOwnersResource(self)

    @cached_property
    def pets(self) -> AsyncPetsResource:
        """Operations tagged pets"""
        from .resources.pets import AsyncPetsResource

        return AsyncPetsResource(self)
