"""The TIM4biz clients (sync and async)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

import httpx

from . import _base_client as _b
from . import _types as _t

if TYPE_CHECKING:
    from .resources.call_accounting import (
        AsyncCallAccountingResource,
        CallAccountingResource,
    )
    from .resources.messaging import AsyncMessagingResource, MessagingResource

__all__ = ["AsyncTIM4biz", "RateLimit", "TIM4biz"]
_SCHEMES: dict[str, _b.Scheme] = {
    "basicAuth": _b.Scheme(
        "basic", "header", "Authorization", ("username", "password")
    ),
}
_RESOURCES = ("call_accounting", "messaging")


@dataclass(frozen=True)
class RateLimit:
    """Rate-limit state the API reports in response headers (None where a header was absent)."""

    limit: int | None = None
    """From the `TIM4biz-Rate-Limit-Limit` response header."""
    remaining: int | None = None
    """From the `TIM4biz-Rate-Limit-Remaining` response header."""
    limit_24h: int | None = None
    """From the `TIM4biz-Rate-Limit-Limit-24-Hours` response header."""
    remaining_24h: int | None = None
    """From the `TIM4biz-Rate-Limit-Remaining-24-Hours` response header."""


_RATE_LIMIT_HEADERS = {
    "limit": "TIM4biz-Rate-Limit-Limit",
    "remaining": "TIM4biz-Rate-Limit-Remaining",
    "limit_24h": "TIM4biz-Rate-Limit-Limit-24-Hours",
    "remaining_24h": "TIM4biz-Rate-Limit-Remaining-24-Hours",
}


class TIM4biz(_b.SyncAPIClient):
    """Synchronous client for TIM4biz API.

    Args:
        username: basic credential for the 'basicAuth' scheme; default: the TIM4BIZ_USERNAME environment variable.
        password: basic credential for the 'basicAuth' scheme; default: the TIM4BIZ_PASSWORD environment variable.
        base_url: Server URL; default: the TIM4BIZ_BASE_URL environment variable, else https://api.tim4biz.com.
        timeout: Seconds (or an httpx.Timeout) per request; default 60 s.
        max_retries: Retries of a failed request where retrying is safe; default 2.
        default_headers: Headers sent with every request.
        http_client: Your own httpx.Client (e.g. with a proxy or a MockTransport).
        allow_insecure: Allow Basic credentials over plain http:// to a non-local host.
        strict_response_validation: Raise APIResponseValidationError on a response value of another type than the API declares (by default it is kept as received).
    """

    _package = "tim4biz"
    _user_agent = "tim4biz/1.1.0 clientgen/0.1.0"
    _default_base_url = "https://api.tim4biz.com"
    _schemes = _SCHEMES
    _resource_attrs = _RESOURCES
    _rate_limit_headers = _RATE_LIMIT_HEADERS
    _rate_limit_type = RateLimit
    _rate_limit_zero_message = "your TIM4biz rate limit is zero: API access must be enabled (and the limit raised above zero) by TIM4biz; contact them, retrying will not help"
    rate_limit: RateLimit | None
    """The rate-limit state from the latest response that reported one (None before)."""

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
    def call_accounting(self) -> CallAccountingResource:
        """Call accounting data. Needs a TIM4biz call accounting licence."""
        from .resources.call_accounting import CallAccountingResource

        return CallAccountingResource(self)

    @cached_property
    def messaging(self) -> MessagingResource:
        """Messaging (SMS). Needs a TIM4biz messaging licence."""
        from .resources.messaging import MessagingResource

        return MessagingResource(self)


class AsyncTIM4biz(_b.AsyncAPIClient):
    """Asynchronous client for TIM4biz API.

    Args:
        username: basic credential for the 'basicAuth' scheme; default: the TIM4BIZ_USERNAME environment variable.
        password: basic credential for the 'basicAuth' scheme; default: the TIM4BIZ_PASSWORD environment variable.
        base_url: Server URL; default: the TIM4BIZ_BASE_URL environment variable, else https://api.tim4biz.com.
        timeout: Seconds (or an httpx.Timeout) per request; default 60 s.
        max_retries: Retries of a failed request where retrying is safe; default 2.
        default_headers: Headers sent with every request.
        http_client: Your own httpx.AsyncClient (e.g. with a proxy or a MockTransport).
        allow_insecure: Allow Basic credentials over plain http:// to a non-local host.
        strict_response_validation: Raise APIResponseValidationError on a response value of another type than the API declares (by default it is kept as received).
    """

    _package = "tim4biz"
    _user_agent = "tim4biz/1.1.0 clientgen/0.1.0"
    _default_base_url = "https://api.tim4biz.com"
    _schemes = _SCHEMES
    _resource_attrs = _RESOURCES
    _rate_limit_headers = _RATE_LIMIT_HEADERS
    _rate_limit_type = RateLimit
    _rate_limit_zero_message = "your TIM4biz rate limit is zero: API access must be enabled (and the limit raised above zero) by TIM4biz; contact them, retrying will not help"
    rate_limit: RateLimit | None
    """The rate-limit state from the latest response that reported one (None before)."""

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
    def call_accounting(self) -> AsyncCallAccountingResource:
        """Call accounting data. Needs a TIM4biz call accounting licence."""
        from .resources.call_accounting import AsyncCallAccountingResource

        return AsyncCallAccountingResource(self)

    @cached_property
    def messaging(self) -> AsyncMessagingResource:
        """Messaging (SMS). Needs a TIM4biz messaging licence."""
        from .resources.messaging import AsyncMessagingResource

        return AsyncMessagingResource(self)
