"""The Workflows clients (sync and async)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Self

import httpx

from . import _base_client as _b
from . import _types as _t
from . import _workflows as _w

if TYPE_CHECKING:
    from .resources.auth import AsyncAuthResource, AuthResource
    from .resources.clusters import AsyncClustersResource, ClustersResource
    from .resources.jobs import AsyncJobsResource, JobsResource
    from .resources.usage import AsyncUsageResource, UsageResource

__all__ = ["AsyncWorkflows", "RateLimit", "Workflows"]
_SCHEMES: dict[str, _b.Scheme] = {
    "bearerAuth": _b.Scheme("bearer", "header", "Authorization", ("token",)),
    "tenant": _b.Scheme("apiKey", "header", "X-Tenant", ("tenant",)),
}
_RESOURCES = ("auth", "clusters", "jobs", "usage")


@dataclass(frozen=True)
class RateLimit:
    """Rate-limit state the API reports in response headers (None where a header was absent)."""

    limit: int | None = None
    """From the `X-RateLimit-Limit` response header."""
    remaining: int | None = None
    """From the `X-RateLimit-Remaining` response header."""


_RATE_LIMIT_HEADERS = {
    "limit": "X-RateLimit-Limit",
    "remaining": "X-RateLimit-Remaining",
}
_LOGIN = _w.LoginSpec(
    arguments=(("client_id", "client_id"), ("client_secret", "client_secret")),
    sets=(("token", "access_token"), ("tenant", "tenant")),
    overrides=(("tenant", "tenant"),),
)


class Workflows(_b.SyncAPIClient):
    """Synchronous client for Workflows.

    Args:
        token: bearer credential for the 'bearerAuth' scheme; default: the WORKFLOWS_TOKEN environment variable.
        tenant: apiKey credential for the 'tenant' scheme; default: the WORKFLOWS_TENANT environment variable.
        base_url: Server URL; default: the WORKFLOWS_BASE_URL environment variable, else https://jobs.example.com/v1.
        timeout: Seconds (or an httpx.Timeout) per request; default 60 s.
        max_retries: Retries of a failed request where retrying is safe; default 2.
        default_headers: Headers sent with every request.
        http_client: Your own httpx.Client (e.g. with a proxy or a MockTransport).
        allow_insecure: Allow Basic credentials over plain http:// to a non-local host.
        strict_response_validation: Raise APIResponseValidationError on a response value of another type than the API declares (by default it is kept as received).
    """

    _package = "workflows"
    _user_agent = "workflows/1.0.0 clientgen/0.1.0"
    _default_base_url = "https://jobs.example.com/v1"
    _schemes = _SCHEMES
    _resource_attrs = _RESOURCES
    _login_hint = "Workflows.login(client_id=..., client_secret=...)"
    _rate_limit_headers = _RATE_LIMIT_HEADERS
    _rate_limit_type = RateLimit
    _rate_limit_zero_message = "access must be enabled by the jobs operator"
    rate_limit: RateLimit | None
    """The rate-limit state from the latest response that reported one (None before)."""

    def __init__(
        self,
        *,
        token: str | None = None,
        tenant: str | None = None,
        base_url: str | None = None,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int = _b.DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
        allow_insecure: bool = False,
        strict_response_validation: bool = False,
    ) -> None:
        super().__init__(
            credentials={"token": token, "tenant": tenant},
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
            allow_insecure=allow_insecure,
            strict_response_validation=strict_response_validation,
        )

    @classmethod
    def login(
        cls,
        *,
        client_id: str,
        client_secret: str,
        tenant: str | None = None,
        base_url: str | None = None,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int = _b.DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
        allow_insecure: bool = False,
        strict_response_validation: bool = False,
    ) -> Self:
        """Log in with `issue_token` and return a client that sends the credentials it issues.

        When the credentials expire (the API answers 401), the client logs in again once
        and repeats the call once. The login arguments are kept only in a redacted store.
        """
        from .resources.auth import _OP_ISSUE_TOKEN

        client = cls(
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
            allow_insecure=allow_insecure,
            strict_response_validation=strict_response_validation,
        )
        client._login = (_OP_ISSUE_TOKEN, _LOGIN)
        client._start_login(
            {"client_id": client_id, "client_secret": client_secret, "tenant": tenant}
        )
        return client

    @cached_property
    def auth(self) -> AuthResource:
        """Operations tagged auth"""
        from .resources.auth import AuthResource

        return AuthResource(self)

    @cached_property
    def clusters(self) -> ClustersResource:
        """Operations tagged clusters"""
        from .resources.clusters import ClustersResource

        return ClustersResource(self)

    @cached_property
    def jobs(self) -> JobsResource:
        """Operations tagged jobs"""
        from .resources.jobs import JobsResource

        return JobsResource(self)

    @cached_property
    def usage(self) -> UsageResource:
        """Operations tagged usage"""
        from .resources.usage import UsageResource

        return UsageResource(self)


class AsyncWorkflows(_b.AsyncAPIClient):
    """Asynchronous client for Workflows.

    Args:
        token: bearer credential for the 'bearerAuth' scheme; default: the WORKFLOWS_TOKEN environment variable.
        tenant: apiKey credential for the 'tenant' scheme; default: the WORKFLOWS_TENANT environment variable.
        base_url: Server URL; default: the WORKFLOWS_BASE_URL environment variable, else https://jobs.example.com/v1.
        timeout: Seconds (or an httpx.Timeout) per request; default 60 s.
        max_retries: Retries of a failed request where retrying is safe; default 2.
        default_headers: Headers sent with every request.
        http_client: Your own httpx.AsyncClient (e.g. with a proxy or a MockTransport).
        allow_insecure: Allow Basic credentials over plain http:// to a non-local host.
        strict_response_validation: Raise APIResponseValidationError on a response value of another type than the API declares (by default it is kept as received).
    """

    _package = "workflows"
    _user_agent = "workflows/1.0.0 clientgen/0.1.0"
    _default_base_url = "https://jobs.example.com/v1"
    _schemes = _SCHEMES
    _resource_attrs = _RESOURCES
    _login_hint = "Workflows.login(client_id=..., client_secret=...)"
    _rate_limit_headers = _RATE_LIMIT_HEADERS
    _rate_limit_type = RateLimit
    _rate_limit_zero_message = "access must be enabled by the jobs operator"
    rate_limit: RateLimit | None
    """The rate-limit state from the latest response that reported one (None before)."""

    def __init__(
        self,
        *,
        token: str | None = None,
        tenant: str | None = None,
        base_url: str | None = None,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int = _b.DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        allow_insecure: bool = False,
        strict_response_validation: bool = False,
    ) -> None:
        super().__init__(
            credentials={"token": token, "tenant": tenant},
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
            allow_insecure=allow_insecure,
            strict_response_validation=strict_response_validation,
        )

    @classmethod
    async def login(
        cls,
        *,
        client_id: str,
        client_secret: str,
        tenant: str | None = None,
        base_url: str | None = None,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int = _b.DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        allow_insecure: bool = False,
        strict_response_validation: bool = False,
    ) -> Self:
        """Log in with `issue_token` and return a client that sends the credentials it issues.

        When the credentials expire (the API answers 401), the client logs in again once
        and repeats the call once. The login arguments are kept only in a redacted store.
        """
        from .resources.auth import _OP_ISSUE_TOKEN

        client = cls(
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
            allow_insecure=allow_insecure,
            strict_response_validation=strict_response_validation,
        )
        client._login = (_OP_ISSUE_TOKEN, _LOGIN)
        await client._start_login(
            {"client_id": client_id, "client_secret": client_secret, "tenant": tenant}
        )
        return client

    @cached_property
    def auth(self) -> AsyncAuthResource:
        """Operations tagged auth"""
        from .resources.auth import AsyncAuthResource

        return AsyncAuthResource(self)

    @cached_property
    def clusters(self) -> AsyncClustersResource:
        """Operations tagged clusters"""
        from .resources.clusters import AsyncClustersResource

        return AsyncClustersResource(self)

    @cached_property
    def jobs(self) -> AsyncJobsResource:
        """Operations tagged jobs"""
        from .resources.jobs import AsyncJobsResource

        return AsyncJobsResource(self)

    @cached_property
    def usage(self) -> AsyncUsageResource:
        """Operations tagged usage"""
        from .resources.usage import AsyncUsageResource

        return AsyncUsageResource(self)
