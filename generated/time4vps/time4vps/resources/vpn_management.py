"""VPN Management operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .. import _base_client as _b
from .. import _models as _c
from .. import _response as _r
from .. import _types as _t

if TYPE_CHECKING:
    from ..models import (
        GetVpnConfigTemplate,
        VpnClient,
        VpnConfig,
        VpnLoginDetails,
        VpnPasswordReset,
        VpnServer,
        VpnSession,
        VpnUsageHistory,
    )

__all__ = ["AsyncVPNManagementResource", "VPNManagementResource"]

_MODELS = "time4vps.models"

_OP_LIST_VPN_SERVERS: _b.Op[list[VpnServer]] = _b.Op(
    "vpn_management.list_vpn_servers",
    "GET",
    "/vpn/servers",
    results={
        "200": ("json", _c.list_(_c.model(_MODELS, "VpnServer"))),
    },
    security=(("basicAuth",),),
)
_OP_LIST_VPN_CLIENTS: _b.Op[list[VpnClient]] = _b.Op(
    "vpn_management.list_vpn_clients",
    "GET",
    "/vpn/clients",
    results={
        "200": ("json", _c.list_(_c.model(_MODELS, "VpnClient"))),
    },
    security=(("basicAuth",),),
)
_OP_GET_VPN_CONFIG: _b.Op[VpnConfig] = _b.Op(
    "vpn_management.get_vpn_config",
    "GET",
    "/vpn/servers/{id}/config/{template}",
    params=(
        _b.Param("id", "id", "path"),
        _b.Param("template", "template", "path"),
    ),
    results={
        "200": ("json", _c.model(_MODELS, "VpnConfig")),
    },
    security=(("basicAuth",),),
)
_OP_GET_OLDEST_VPN_LOGIN_DETAILS: _b.Op[VpnLoginDetails] = _b.Op(
    "vpn_management.get_oldest_vpn_login_details",
    "GET",
    "/vpn/logindetails",
    results={
        "200": ("json", _c.model(_MODELS, "VpnLoginDetails")),
    },
    security=(("basicAuth",),),
)
_OP_GET_VPN_LOGIN_DETAILS: _b.Op[VpnLoginDetails] = _b.Op(
    "vpn_management.get_vpn_login_details",
    "GET",
    "/vpn/{id}/details",
    params=(_b.Param("id", "id", "path"),),
    results={
        "200": ("json", _c.model(_MODELS, "VpnLoginDetails")),
    },
    security=(("basicAuth",),),
)
_OP_RESET_VPN_PASSWORD: _b.Op[VpnPasswordReset] = _b.Op(
    "vpn_management.reset_vpn_password",
    "POST",
    "/vpn/{id}/resetpassword",
    params=(_b.Param("id", "id", "path"),),
    results={
        "200": ("json", _c.model(_MODELS, "VpnPasswordReset")),
    },
    security=(("basicAuth",),),
)
_OP_GET_VPN_USAGE_HISTORY: _b.Op[list[VpnUsageHistory]] = _b.Op(
    "vpn_management.get_vpn_usage_history",
    "GET",
    "/vpn/{id}/history",
    params=(_b.Param("id", "id", "path"),),
    results={
        "200": ("json", _c.list_(_c.model(_MODELS, "VpnUsageHistory"))),
    },
    security=(("basicAuth",),),
)
_OP_LIST_VPN_SESSIONS: _b.Op[list[VpnSession]] = _b.Op(
    "vpn_management.list_vpn_sessions",
    "GET",
    "/vpn/{id}/sessions",
    params=(_b.Param("id", "id", "path"),),
    results={
        "200": ("json", _c.list_(_c.model(_MODELS, "VpnSession"))),
    },
    security=(("basicAuth",),),
)


class VPNManagementResource:
    """VPN servers, clients, configuration templates, login details, usage and sessions."""

    def __init__(self, client: _b.SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> VPNManagementResourceWithRawResponse:
        """The same operations, returning an APIResponse (status, headers, .parse())."""
        return VPNManagementResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> VPNManagementResourceWithStreamingResponse:
        """The same operations as context managers yielding the response unread.

        Iterate the body (.iter_bytes(), .iter_text(), .iter_lines()), or .read() or
        .parse() it; the response is closed when the block ends.
        """
        return VPNManagementResourceWithStreamingResponse(self)

    def list_vpn_servers(
        self,
        *,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> list[VpnServer]:
        """List VPN Servers

        Returns all available (including servers in maintenance) VPN servers.

        ``GET /vpn/servers``

        Returns:
            list[VpnServer] — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return self._client._call(
            _OP_LIST_VPN_SERVERS,
            {},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def list_vpn_clients(
        self,
        *,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> list[VpnClient]:
        """List VPN Clients

        ``GET /vpn/clients``

        Returns:
            list[VpnClient] — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return self._client._call(
            _OP_LIST_VPN_CLIENTS,
            {},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def get_vpn_config(
        self,
        *,
        id: int,
        template: GetVpnConfigTemplate | str,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> VpnConfig:
        """VPN Config template

        Returns base64-encoded config for prefered server.

        Templates available:

        - `ovpn_default` - OpenVPN (UDP 1194)
        - `ovpn_443` - OpenVPN (TCP 443)
        - `pbk_default` - PBK File (Windows VPN)

        ``GET /vpn/servers/{id}/config/{template}``

        Args:
            id: Server ID
            template: Template name

        Returns:
            VpnConfig — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return self._client._call(
            _OP_GET_VPN_CONFIG,
            {"id": id, "template": template},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def get_oldest_vpn_login_details(
        self,
        *,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> VpnLoginDetails:
        """VPN login details

        Returns oldest VPN plan login details, such as username, password, pre-shared key.

        ``GET /vpn/logindetails``

        Returns:
            VpnLoginDetails — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return self._client._call(
            _OP_GET_OLDEST_VPN_LOGIN_DETAILS,
            {},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def get_vpn_login_details(
        self,
        *,
        id: int,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> VpnLoginDetails:
        """Login details

        Returns login details, such as username, password, pre-shared key.

        ``GET /vpn/{id}/details``

        Args:
            id: Service ID

        Returns:
            VpnLoginDetails — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return self._client._call(
            _OP_GET_VPN_LOGIN_DETAILS,
            {"id": id},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def reset_vpn_password(
        self,
        *,
        id: int,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> VpnPasswordReset:
        """Reset Password

        Resets VPN user password

        ``POST /vpn/{id}/resetpassword``

        Args:
            id: Service ID

        Returns:
            VpnPasswordReset — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return self._client._call(
            _OP_RESET_VPN_PASSWORD,
            {"id": id},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def get_vpn_usage_history(
        self,
        *,
        id: int,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> list[VpnUsageHistory]:
        """Get Usage History

        Displays the bandwidth usage of a VPN service.

        ``GET /vpn/{id}/history``

        Args:
            id: Service ID

        Returns:
            list[VpnUsageHistory] — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return self._client._call(
            _OP_GET_VPN_USAGE_HISTORY,
            {"id": id},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def list_vpn_sessions(
        self,
        *,
        id: int,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> list[VpnSession]:
        """Get active VPN sessions

        ``GET /vpn/{id}/sessions``

        Args:
            id: Service ID

        Returns:
            list[VpnSession] — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return self._client._call(
            _OP_LIST_VPN_SESSIONS,
            {"id": id},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class VPNManagementResourceWithRawResponse:
    """Operations of VPNManagementResource that return the raw APIResponse."""

    def __init__(self, resource: VPNManagementResource) -> None:
        self.list_vpn_servers = _r.to_raw_response_wrapper(resource.list_vpn_servers)
        self.list_vpn_clients = _r.to_raw_response_wrapper(resource.list_vpn_clients)
        self.get_vpn_config = _r.to_raw_response_wrapper(resource.get_vpn_config)
        self.get_oldest_vpn_login_details = _r.to_raw_response_wrapper(
            resource.get_oldest_vpn_login_details
        )
        self.get_vpn_login_details = _r.to_raw_response_wrapper(
            resource.get_vpn_login_details
        )
        self.reset_vpn_password = _r.to_raw_response_wrapper(
            resource.reset_vpn_password
        )
        self.get_vpn_usage_history = _r.to_raw_response_wrapper(
            resource.get_vpn_usage_history
        )
        self.list_vpn_sessions = _r.to_raw_response_wrapper(resource.list_vpn_sessions)


class VPNManagementResourceWithStreamingResponse:
    """Operations of VPNManagementResource that yield a streamed response."""

    def __init__(self, resource: VPNManagementResource) -> None:
        self.list_vpn_servers = _r.to_streamed_response_wrapper(
            resource.list_vpn_servers
        )
        self.list_vpn_clients = _r.to_streamed_response_wrapper(
            resource.list_vpn_clients
        )
        self.get_vpn_config = _r.to_streamed_response_wrapper(resource.get_vpn_config)
        self.get_oldest_vpn_login_details = _r.to_streamed_response_wrapper(
            resource.get_oldest_vpn_login_details
        )
        self.get_vpn_login_details = _r.to_streamed_response_wrapper(
            resource.get_vpn_login_details
        )
        self.reset_vpn_password = _r.to_streamed_response_wrapper(
            resource.reset_vpn_password
        )
        self.get_vpn_usage_history = _r.to_streamed_response_wrapper(
            resource.get_vpn_usage_history
        )
        self.list_vpn_sessions = _r.to_streamed_response_wrapper(
            resource.list_vpn_sessions
        )


class AsyncVPNManagementResource:
    """VPN servers, clients, configuration templates, login details, usage and sessions."""

    def __init__(self, client: _b.AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncVPNManagementResourceWithRawResponse:
        """The same operations, returning an APIResponse (status, headers, .parse())."""
        return AsyncVPNManagementResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(
        self,
    ) -> AsyncVPNManagementResourceWithStreamingResponse:
        """The same operations as context managers yielding the response unread.

        Iterate the body (.iter_bytes(), .iter_text(), .iter_lines()), or .read() or
        .parse() it; the response is closed when the block ends.
        """
        return AsyncVPNManagementResourceWithStreamingResponse(self)

    async def list_vpn_servers(
        self,
        *,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> list[VpnServer]:
        """List VPN Servers

        Returns all available (including servers in maintenance) VPN servers.

        ``GET /vpn/servers``

        Returns:
            list[VpnServer] — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return await self._client._call(
            _OP_LIST_VPN_SERVERS,
            {},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def list_vpn_clients(
        self,
        *,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> list[VpnClient]:
        """List VPN Clients

        ``GET /vpn/clients``

        Returns:
            list[VpnClient] — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return await self._client._call(
            _OP_LIST_VPN_CLIENTS,
            {},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def get_vpn_config(
        self,
        *,
        id: int,
        template: GetVpnConfigTemplate | str,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> VpnConfig:
        """VPN Config template

        Returns base64-encoded config for prefered server.

        Templates available:

        - `ovpn_default` - OpenVPN (UDP 1194)
        - `ovpn_443` - OpenVPN (TCP 443)
        - `pbk_default` - PBK File (Windows VPN)

        ``GET /vpn/servers/{id}/config/{template}``

        Args:
            id: Server ID
            template: Template name

        Returns:
            VpnConfig — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return await self._client._call(
            _OP_GET_VPN_CONFIG,
            {"id": id, "template": template},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def get_oldest_vpn_login_details(
        self,
        *,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> VpnLoginDetails:
        """VPN login details

        Returns oldest VPN plan login details, such as username, password, pre-shared key.

        ``GET /vpn/logindetails``

        Returns:
            VpnLoginDetails — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return await self._client._call(
            _OP_GET_OLDEST_VPN_LOGIN_DETAILS,
            {},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def get_vpn_login_details(
        self,
        *,
        id: int,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> VpnLoginDetails:
        """Login details

        Returns login details, such as username, password, pre-shared key.

        ``GET /vpn/{id}/details``

        Args:
            id: Service ID

        Returns:
            VpnLoginDetails — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return await self._client._call(
            _OP_GET_VPN_LOGIN_DETAILS,
            {"id": id},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def reset_vpn_password(
        self,
        *,
        id: int,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> VpnPasswordReset:
        """Reset Password

        Resets VPN user password

        ``POST /vpn/{id}/resetpassword``

        Args:
            id: Service ID

        Returns:
            VpnPasswordReset — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return await self._client._call(
            _OP_RESET_VPN_PASSWORD,
            {"id": id},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def get_vpn_usage_history(
        self,
        *,
        id: int,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> list[VpnUsageHistory]:
        """Get Usage History

        Displays the bandwidth usage of a VPN service.

        ``GET /vpn/{id}/history``

        Args:
            id: Service ID

        Returns:
            list[VpnUsageHistory] — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return await self._client._call(
            _OP_GET_VPN_USAGE_HISTORY,
            {"id": id},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def list_vpn_sessions(
        self,
        *,
        id: int,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> list[VpnSession]:
        """Get active VPN sessions

        ``GET /vpn/{id}/sessions``

        Args:
            id: Service ID

        Returns:
            list[VpnSession] — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return await self._client._call(
            _OP_LIST_VPN_SESSIONS,
            {"id": id},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class AsyncVPNManagementResourceWithRawResponse:
    """Operations of AsyncVPNManagementResource that return the raw APIResponse."""

    def __init__(self, resource: AsyncVPNManagementResource) -> None:
        self.list_vpn_servers = _r.async_to_raw_response_wrapper(
            resource.list_vpn_servers
        )
        self.list_vpn_clients = _r.async_to_raw_response_wrapper(
            resource.list_vpn_clients
        )
        self.get_vpn_config = _r.async_to_raw_response_wrapper(resource.get_vpn_config)
        self.get_oldest_vpn_login_details = _r.async_to_raw_response_wrapper(
            resource.get_oldest_vpn_login_details
        )
        self.get_vpn_login_details = _r.async_to_raw_response_wrapper(
            resource.get_vpn_login_details
        )
        self.reset_vpn_password = _r.async_to_raw_response_wrapper(
            resource.reset_vpn_password
        )
        self.get_vpn_usage_history = _r.async_to_raw_response_wrapper(
            resource.get_vpn_usage_history
        )
        self.list_vpn_sessions = _r.async_to_raw_response_wrapper(
            resource.list_vpn_sessions
        )


class AsyncVPNManagementResourceWithStreamingResponse:
    """Operations of AsyncVPNManagementResource that yield a streamed response."""

    def __init__(self, resource: AsyncVPNManagementResource) -> None:
        self.list_vpn_servers = _r.async_to_streamed_response_wrapper(
            resource.list_vpn_servers
        )
        self.list_vpn_clients = _r.async_to_streamed_response_wrapper(
            resource.list_vpn_clients
        )
        self.get_vpn_config = _r.async_to_streamed_response_wrapper(
            resource.get_vpn_config
        )
        self.get_oldest_vpn_login_details = _r.async_to_streamed_response_wrapper(
            resource.get_oldest_vpn_login_details
        )
        self.get_vpn_login_details = _r.async_to_streamed_response_wrapper(
            resource.get_vpn_login_details
        )
        self.reset_vpn_password = _r.async_to_streamed_response_wrapper(
            resource.reset_vpn_password
        )
        self.get_vpn_usage_history = _r.async_to_streamed_response_wrapper(
            resource.get_vpn_usage_history
        )
        self.list_vpn_sessions = _r.async_to_streamed_response_wrapper(
            resource.list_vpn_sessions
        )
