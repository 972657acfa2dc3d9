"""The BigTime clients (sync and async)."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Self

import httpx

from . import _base_client as _b
from . import _types as _t
from . import _workflows as _w

if TYPE_CHECKING:
    from .resources.client import AsyncClientResource, ClientResource
    from .resources.session import AsyncSessionResource, SessionResource

__all__ = ["AsyncBigTime", "BigTime"]
_SCHEMES: dict[str, _b.Scheme] = {
    "authToken": _b.Scheme("apiKey", "header", "X-Auth-Token", ("auth_token",)),
    "apiToken": _b.Scheme("apiKey", "header", "X-Auth-ApiToken", ("api_token",)),
    "realm": _b.Scheme("apiKey", "header", "X-Auth-Realm", ("realm",)),
}
_RESOURCES = ("session", "client")
_LOGIN = _w.LoginSpec(
    arguments=(("user_id", "user_id"), ("password", "pwd")),
    sets=(("auth_token", "token"), ("realm", "firm")),
    overrides=(("firm", "realm"),),
)


class BigTime(_b.SyncAPIClient):
    """Synchronous client for BigTime API.

    Args:
        auth_token: apiKey credential for the 'authToken' scheme; default: the BIGTIME_AUTH_TOKEN environment variable.
        api_token: apiKey credential for the 'apiToken' scheme; default: the BIGTIME_API_TOKEN environment variable.
        realm: apiKey credential for the 'realm' scheme; default: the BIGTIME_REALM environment variable.
        base_url: Server URL; default: the BIGTIME_BASE_URL environment variable, else https://iq.bigtime.net/BigtimeData/api/v2.
        timeout: Seconds (or an httpx.Timeout) per request; default 60 s.
        max_retries: Retries of a failed request where retrying is safe; default 2.
        default_headers: Headers sent with every request.
        http_client: Your own httpx.Client (e.g. with a proxy or a MockTransport).
        allow_insecure: Allow Basic credentials over plain http:// to a non-local host.
        strict_response_validation: Raise APIResponseValidationError on a response value of another type than the API declares (by default it is kept as received).
    """

    _package = "bigtime"
    _user_agent = "bigtime/2.1.0 clientgen/0.1.0"
    _default_base_url = "https://iq.bigtime.net/BigtimeData/api/v2"
    _schemes = _SCHEMES
    _resource_attrs = _RESOURCES
    _login_hint = "BigTime.login(user_id=..., password=...)"

    def __init__(
        self,
        *,
        auth_token: str | None = None,
        api_token: str | None = None,
        realm: str | None = None,
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
                "auth_token": auth_token,
                "api_token": api_token,
                "realm": realm,
            },
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
        user_id: str,
        password: str,
        firm: str | None = None,
        base_url: str | None = None,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int = _b.DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
        allow_insecure: bool = False,
        strict_response_validation: bool = False,
    ) -> Self:
        """Log in with `create_session` and return a client that sends the credentials it issues.

        When the credentials expire (the API answers 401), the client logs in again once
        and repeats the call once. The login arguments are kept only in a redacted store.
        """
        from .resources.session import _OP_CREATE_SESSION

        client = cls(
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
            allow_insecure=allow_insecure,
            strict_response_validation=strict_response_validation,
        )
        client._login = (_OP_CREATE_SESSION, _LOGIN)
        client._start_login({"user_id": user_id, "password": password, "firm": firm})
        return client

    @cached_property
    def session(self) -> SessionResource:
        """Log in to obtain a session token."""
        from .resources.session import SessionResource

        return SessionResource(self)

    @cached_property
    def client(self) -> ClientResource:
        """Clients the calling user is allowed to see."""
        from .resources.client import ClientResource

        return ClientResource(self)


class AsyncBigTime(_b.AsyncAPIClient):
    """Asynchronous client for BigTime API.

    Args:
        auth_token: apiKey credential for the 'authToken' scheme; default: the BIGTIME_AUTH_TOKEN environment variable.
        api_token: apiKey credential for the 'apiToken' scheme; default: the BIGTIME_API_TOKEN environment variable.
        realm: apiKey credential for the 'realm' scheme; default: the BIGTIME_REALM environment variable.
        base_url: Server URL; default: the BIGTIME_BASE_URL environment variable, else https://iq.bigtime.net/BigtimeData/api/v2.
        timeout: Seconds (or an httpx.Timeout) per request; default 60 s.
        max_retries: Retries of a failed request where retrying is safe; default 2.
        default_headers: Headers sent with every request.
        http_client: Your own httpx.AsyncClient (e.g. with a proxy or a MockTransport).
        allow_insecure: Allow Basic credentials over plain http:// to a non-local host.
        strict_response_validation: Raise APIResponseValidationError on a response value of another type than the API declares (by default it is kept as received).
    """

    _package = "bigtime"
    _user_agent = "bigtime/2.1.0 clientgen/0.1.0"
    _default_base_url = "https://iq.bigtime.net/BigtimeData/api/v2"
    _schemes = _SCHEMES
    _resource_attrs = _RESOURCES
    _login_hint = "BigTime.login(user_id=..., password=...)"

    def __init__(
        self,
        *,
        auth_token: str | None = None,
        api_token: str | None = None,
        realm: str | None = None,
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
                "auth_token": auth_token,
                "api_token": api_token,
                "realm": realm,
            },
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
        user_id: str,
        password: str,
        firm: str | None = None,
        base_url: str | None = None,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int = _b.DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        allow_insecure: bool = False,
        strict_response_validation: bool = False,
    ) -> Self:
        """Log in with `create_session` and return a client that sends the credentials it issues.

        When the credentials expire (the API answers 401), the client logs in again once
        and repeats the call once. The login arguments are kept only in a redacted store.
        """
        from .resources.session import _OP_CREATE_SESSION

        client = cls(
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
            allow_insecure=allow_insecure,
            strict_response_validation=strict_response_validation,
        )
        client._login = (_OP_CREATE_SESSION, _LOGIN)
        await client._start_login(
            {"user_id": user_id, "password": password, "firm": firm}
        )
        return client

    @cached_property
    def session(self) -> AsyncSessionResource:
        """Log in to obtain a session token."""
        from .resources.session import AsyncSessionResource

        return AsyncSessionResource(self)

    @cached_property
    def client(self) -> AsyncClientResource:
        """Clients the calling user is allowed to see."""
        from .resources.client import AsyncClientResource

        return AsyncClientResource(self)
