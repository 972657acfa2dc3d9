"""DNS operations."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, overload

from .. import _base_client as _b
from .. import _models as _c
from .. import _response as _r
from .. import _types as _t

if TYPE_CHECKING:
    from ..models import (
        AddDnsZoneRequest,
        DnsListResponse,
        DnsRecordRequest,
        DnsZone,
        InfoResponse,
        UpdateDnsRecordResponse,
    )

__all__ = ["AsyncDNSResource", "DNSResource"]

_MODELS = "time4vps.models"

_OP_LIST_DNS_ZONES: _b.Op[DnsListResponse] = _b.Op(
    "dns.list_dns_zones",
    "GET",
    "/dns",
    results={
        "200": ("json", _c.model(_MODELS, "DnsListResponse")),
    },
    security=(("basicAuth",),),
)
_OP_ADD_DNS_ZONE: _b.Op[InfoResponse] = _b.Op(
    "dns.add_dns_zone",
    "POST",
    "/service/{service_id}/dns",
    params=(_b.Param("service_id", "service_id", "path"),),
    body=_b.Body(
        "json",
        "application/json",
        fields=(("name", "name"),),
    ),
    results={
        "200": ("json", _c.model(_MODELS, "InfoResponse")),
    },
    security=(("basicAuth",),),
)
_OP_GET_DNS_ZONE: _b.Op[DnsZone] = _b.Op(
    "dns.get_dns_zone",
    "GET",
    "/service/{service_id}/dns/{zone_id}",
    params=(
        _b.Param("service_id", "service_id", "path"),
        _b.Param("zone_id", "zone_id", "path"),
    ),
    results={
        "200": ("json", _c.model(_MODELS, "DnsZone")),
    },
    security=(("basicAuth",),),
)
_OP_REMOVE_DNS_ZONE: _b.Op[InfoResponse] = _b.Op(
    "dns.remove_dns_zone",
    "DELETE",
    "/service/{service_id}/dns/{zone_id}",
    params=(
        _b.Param("service_id", "service_id", "path"),
        _b.Param("zone_id", "zone_id", "path"),
    ),
    results={
        "200": ("json", _c.model(_MODELS, "InfoResponse")),
    },
    security=(("basicAuth",),),
)
_OP_ADD_DNS_RECORD: _b.Op[InfoResponse] = _b.Op(
    "dns.add_dns_record",
    "POST",
    "/service/{service_id}/dns/{zone_id}/records",
    params=(
        _b.Param("service_id", "service_id", "path"),
        _b.Param("zone_id", "zone_id", "path"),
    ),
    body=_b.Body(
        "json",
        "application/json",
        fields=(
            ("name", "name"),
            ("ttl", "ttl"),
            ("priority", "priority"),
            ("type", "type"),
            ("content", "content"),
        ),
    ),
    results={
        "200": ("json", _c.model(_MODELS, "InfoResponse")),
    },
    security=(("basicAuth",),),
)
_OP_EDIT_DNS_RECORD: _b.Op[UpdateDnsRecordResponse] = _b.Op(
    "dns.edit_dns_record",
    "PUT",
    "/service/{service_id}/dns/{zone_id}/records/{record_id}",
    params=(
        _b.Param("service_id", "service_id", "path"),
        _b.Param("zone_id", "zone_id", "path"),
        _b.Param("record_id", "record_id", "path"),
    ),
    body=_b.Body(
        "json",
        "application/json",
        fields=(
            ("name", "name"),
            ("ttl", "ttl"),
            ("priority", "priority"),
            ("type", "type"),
            ("content", "content"),
        ),
    ),
    results={
        "200": ("json", _c.model(_MODELS, "UpdateDnsRecordResponse")),
    },
    security=(("basicAuth",),),
)
_OP_REMOVE_DNS_RECORD: _b.Op[InfoResponse] = _b.Op(
    "dns.remove_dns_record",
    "DELETE",
    "/service/{service_id}/dns/{zone_id}/records/{record_id}",
    params=(
        _b.Param("service_id", "service_id", "path"),
        _b.Param("zone_id", "zone_id", "path"),
        _b.Param("record_id", "record_id", "path"),
    ),
    results={
        "200": ("json", _c.model(_MODELS, "InfoResponse")),
    },
    security=(("basicAuth",),),
)


class DNSResource:
    """DNS zones and records of your services."""

    def __init__(self, client: _b.SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> DNSResourceWithRawResponse:
        """The same operations, returning an APIResponse (status, headers, .parse())."""
        return DNSResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> DNSResourceWithStreamingResponse:
        """The same operations as context managers yielding the response unread.

        Iterate the body (.iter_bytes(), .iter_text(), .iter_lines()), or .read() or
        .parse() it; the response is closed when the block ends.
        """
        return DNSResourceWithStreamingResponse(self)

    def list_dns_zones(
        self,
        *,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> DnsListResponse:
        """List DNS

        Returns a list of all DNS

        ``GET /dns``

        Returns:
            DnsListResponse — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return self._client._call(
            _OP_LIST_DNS_ZONES,
            {},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    @overload
    def add_dns_zone(
        self,
        *,
        service_id: int,
        body: AddDnsZoneRequest | Mapping[str, object],
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> InfoResponse: ...

    @overload
    def add_dns_zone(
        self,
        *,
        service_id: int,
        name: str | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> InfoResponse: ...

    def add_dns_zone(
        self,
        *,
        service_id: int,
        name: str | _t.NotGiven = _t.NOT_GIVEN,
        body: AddDnsZoneRequest | Mapping[str, object] | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> InfoResponse:
        """Add DNS Zone

        Creates a new DNS zone

        ``POST /service/{service_id}/dns``

        Args:
            service_id: Service ID
            name: Zone name (example: testzone.com)
            body: The whole request body, instead of the arguments above: a
                AddDnsZoneRequest (sent as its to_dict()) or a mapping (sent as it is).

        Returns:
            InfoResponse — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return self._client._call(
            _OP_ADD_DNS_ZONE,
            {"service_id": service_id, "name": name, "body": body},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def get_dns_zone(
        self,
        *,
        service_id: int,
        zone_id: int,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> DnsZone:
        """Get DNS details

        Returns details of the DNS zone

        ``GET /service/{service_id}/dns/{zone_id}``

        Args:
            service_id: Service ID
            zone_id: Zone ID

        Returns:
            DnsZone — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return self._client._call(
            _OP_GET_DNS_ZONE,
            {"service_id": service_id, "zone_id": zone_id},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def remove_dns_zone(
        self,
        *,
        service_id: int,
        zone_id: int,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> InfoResponse:
        """Remove DNS zone

        Deletes the selected DNS zone

        ``DELETE /service/{service_id}/dns/{zone_id}``

        Args:
            service_id: Service ID
            zone_id: Zone ID

        Returns:
            InfoResponse — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return self._client._call(
            _OP_REMOVE_DNS_ZONE,
            {"service_id": service_id, "zone_id": zone_id},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    @overload
    def add_dns_record(
        self,
        *,
        service_id: int,
        zone_id: int,
        body: DnsRecordRequest | Mapping[str, object],
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> InfoResponse: ...

    @overload
    def add_dns_record(
        self,
        *,
        service_id: int,
        zone_id: int,
        name: str | _t.NotGiven = _t.NOT_GIVEN,
        ttl: int | _t.NotGiven = _t.NOT_GIVEN,
        priority: int | _t.NotGiven = _t.NOT_GIVEN,
        type: str | _t.NotGiven = _t.NOT_GIVEN,
        content: str | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> InfoResponse: ...

    def add_dns_record(
        self,
        *,
        service_id: int,
        zone_id: int,
        name: str | _t.NotGiven = _t.NOT_GIVEN,
        ttl: int | _t.NotGiven = _t.NOT_GIVEN,
        priority: int | _t.NotGiven = _t.NOT_GIVEN,
        type: str | _t.NotGiven = _t.NOT_GIVEN,
        content: str | _t.NotGiven = _t.NOT_GIVEN,
        body: DnsRecordRequest | Mapping[str, object] | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> InfoResponse:
        """Add DNS Record

        Creates a new record in the DNS zone

        ``POST /service/{service_id}/dns/{zone_id}/records``

        Args:
            service_id: Service ID
            zone_id: Zone ID
            name: Record name
            ttl: Record ttl (example: 3600)
            priority: Priority of the record
            type: Record type (example: A)
            content: Contents of the record (example: 192.168.1.2)
            body: The whole request body, instead of the arguments above: a
                DnsRecordRequest (sent as its to_dict()) or a mapping (sent as it is).

        Returns:
            InfoResponse — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return self._client._call(
            _OP_ADD_DNS_RECORD,
            {
                "service_id": service_id,
                "zone_id": zone_id,
                "name": name,
                "ttl": ttl,
                "priority": priority,
                "type": type,
                "content": content,
                "body": body,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    @overload
    def edit_dns_record(
        self,
        *,
        service_id: int,
        zone_id: int,
        record_id: int,
        body: DnsRecordRequest | Mapping[str, object],
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> UpdateDnsRecordResponse: ...

    @overload
    def edit_dns_record(
        self,
        *,
        service_id: int,
        zone_id: int,
        record_id: int,
        name: str | _t.NotGiven = _t.NOT_GIVEN,
        ttl: int | _t.NotGiven = _t.NOT_GIVEN,
        priority: int | _t.NotGiven = _t.NOT_GIVEN,
        type: str | _t.NotGiven = _t.NOT_GIVEN,
        content: str | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> UpdateDnsRecordResponse: ...

    def edit_dns_record(
        self,
        *,
        service_id: int,
        zone_id: int,
        record_id: int,
        name: str | _t.NotGiven = _t.NOT_GIVEN,
        ttl: int | _t.NotGiven = _t.NOT_GIVEN,
        priority: int | _t.NotGiven = _t.NOT_GIVEN,
        type: str | _t.NotGiven = _t.NOT_GIVEN,
        content: str | _t.NotGiven = _t.NOT_GIVEN,
        body: DnsRecordRequest | Mapping[str, object] | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> UpdateDnsRecordResponse:
        """Edit DNS Record

        Edits the selected DNS zone record

        ``PUT /service/{service_id}/dns/{zone_id}/records/{record_id}``

        Args:
            service_id: Service ID
            zone_id: Zone ID
            record_id: Record ID
            name: Record name
            ttl: Record ttl (example: 3600)
            priority: Priority of the record
            type: Record type (example: A)
            content: Contents of the record (example: 192.168.1.2)
            body: The whole request body, instead of the arguments above: a
                DnsRecordRequest (sent as its to_dict()) or a mapping (sent as it is).

        Returns:
            UpdateDnsRecordResponse — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return self._client._call(
            _OP_EDIT_DNS_RECORD,
            {
                "service_id": service_id,
                "zone_id": zone_id,
                "record_id": record_id,
                "name": name,
                "ttl": ttl,
                "priority": priority,
                "type": type,
                "content": content,
                "body": body,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def remove_dns_record(
        self,
        *,
        service_id: int,
        zone_id: int,
        record_id: int,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> InfoResponse:
        """Remove DNS Record

        Removes the selected DNS zone record

        ``DELETE /service/{service_id}/dns/{zone_id}/records/{record_id}``

        Args:
            service_id: Service ID
            zone_id: Zone ID
            record_id: Record ID

        Returns:
            InfoResponse — 200: Successful response. The vendor documentation shows no example; the shape is assumed to match the other DNS write calls.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return self._client._call(
            _OP_REMOVE_DNS_RECORD,
            {"service_id": service_id, "zone_id": zone_id, "record_id": record_id},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class DNSResourceWithRawResponse:
    """Operations of DNSResource that return the raw APIResponse."""

    def __init__(self, resource: DNSResource) -> None:
        self.list_dns_zones = _r.to_raw_response_wrapper(resource.list_dns_zones)
        self.add_dns_zone = _r.to_raw_response_wrapper(resource.add_dns_zone)
        self.get_dns_zone = _r.to_raw_response_wrapper(resource.get_dns_zone)
        self.remove_dns_zone = _r.to_raw_response_wrapper(resource.remove_dns_zone)
        self.add_dns_record = _r.to_raw_response_wrapper(resource.add_dns_record)
        self.edit_dns_record = _r.to_raw_response_wrapper(resource.edit_dns_record)
        self.remove_dns_record = _r.to_raw_response_wrapper(resource.remove_dns_record)


class DNSResourceWithStreamingResponse:
    """Operations of DNSResource that yield a streamed response."""

    def __init__(self, resource: DNSResource) -> None:
        self.list_dns_zones = _r.to_streamed_response_wrapper(resource.list_dns_zones)
        self.add_dns_zone = _r.to_streamed_response_wrapper(resource.add_dns_zone)
        self.get_dns_zone = _r.to_streamed_response_wrapper(resource.get_dns_zone)
        self.remove_dns_zone = _r.to_streamed_response_wrapper(resource.remove_dns_zone)
        self.add_dns_record = _r.to_streamed_response_wrapper(resource.add_dns_record)
        self.edit_dns_record = _r.to_streamed_response_wrapper(resource.edit_dns_record)
        self.remove_dns_record = _r.to_streamed_response_wrapper(
            resource.remove_dns_record
        )


class AsyncDNSResource:
    """DNS zones and records of your services."""

    def __init__(self, client: _b.AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncDNSResourceWithRawResponse:
        """The same operations, returning an APIResponse (status, headers, .parse())."""
        return AsyncDNSResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncDNSResourceWithStreamingResponse:
        """The same operations as context managers yielding the response unread.

        Iterate the body (.iter_bytes(), .iter_text(), .iter_lines()), or .read() or
        .parse() it; the response is closed when the block ends.
        """
        return AsyncDNSResourceWithStreamingResponse(self)

    async def list_dns_zones(
        self,
        *,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> DnsListResponse:
        """List DNS

        Returns a list of all DNS

        ``GET /dns``

        Returns:
            DnsListResponse — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return await self._client._call(
            _OP_LIST_DNS_ZONES,
            {},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    @overload
    async def add_dns_zone(
        self,
        *,
        service_id: int,
        body: AddDnsZoneRequest | Mapping[str, object],
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> InfoResponse: ...

    @overload
    async def add_dns_zone(
        self,
        *,
        service_id: int,
        name: str | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> InfoResponse: ...

    async def add_dns_zone(
        self,
        *,
        service_id: int,
        name: str | _t.NotGiven = _t.NOT_GIVEN,
        body: AddDnsZoneRequest | Mapping[str, object] | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> InfoResponse:
        """Add DNS Zone

        Creates a new DNS zone

        ``POST /service/{service_id}/dns``

        Args:
            service_id: Service ID
            name: Zone name (example: testzone.com)
            body: The whole request body, instead of the arguments above: a
                AddDnsZoneRequest (sent as its to_dict()) or a mapping (sent as it is).

        Returns:
            InfoResponse — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return await self._client._call(
            _OP_ADD_DNS_ZONE,
            {"service_id": service_id, "name": name, "body": body},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def get_dns_zone(
        self,
        *,
        service_id: int,
        zone_id: int,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> DnsZone:
        """Get DNS details

        Returns details of the DNS zone

        ``GET /service/{service_id}/dns/{zone_id}``

        Args:
            service_id: Service ID
            zone_id: Zone ID

        Returns:
            DnsZone — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return await self._client._call(
            _OP_GET_DNS_ZONE,
            {"service_id": service_id, "zone_id": zone_id},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def remove_dns_zone(
        self,
        *,
        service_id: int,
        zone_id: int,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> InfoResponse:
        """Remove DNS zone

        Deletes the selected DNS zone

        ``DELETE /service/{service_id}/dns/{zone_id}``

        Args:
            service_id: Service ID
            zone_id: Zone ID

        Returns:
            InfoResponse — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return await self._client._call(
            _OP_REMOVE_DNS_ZONE,
            {"service_id": service_id, "zone_id": zone_id},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    @overload
    async def add_dns_record(
        self,
        *,
        service_id: int,
        zone_id: int,
        body: DnsRecordRequest | Mapping[str, object],
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> InfoResponse: ...

    @overload
    async def add_dns_record(
        self,
        *,
        service_id: int,
        zone_id: int,
        name: str | _t.NotGiven = _t.NOT_GIVEN,
        ttl: int | _t.NotGiven = _t.NOT_GIVEN,
        priority: int | _t.NotGiven = _t.NOT_GIVEN,
        type: str | _t.NotGiven = _t.NOT_GIVEN,
        content: str | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> InfoResponse: ...

    async def add_dns_record(
        self,
        *,
        service_id: int,
        zone_id: int,
        name: str | _t.NotGiven = _t.NOT_GIVEN,
        ttl: int | _t.NotGiven = _t.NOT_GIVEN,
        priority: int | _t.NotGiven = _t.NOT_GIVEN,
        type: str | _t.NotGiven = _t.NOT_GIVEN,
        content: str | _t.NotGiven = _t.NOT_GIVEN,
        body: DnsRecordRequest | Mapping[str, object] | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> InfoResponse:
        """Add DNS Record

        Creates a new record in the DNS zone

        ``POST /service/{service_id}/dns/{zone_id}/records``

        Args:
            service_id: Service ID
            zone_id: Zone ID
            name: Record name
            ttl: Record ttl (example: 3600)
            priority: Priority of the record
            type: Record type (example: A)
            content: Contents of the record (example: 192.168.1.2)
            body: The whole request body, instead of the arguments above: a
                DnsRecordRequest (sent as its to_dict()) or a mapping (sent as it is).

        Returns:
            InfoResponse — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return await self._client._call(
            _OP_ADD_DNS_RECORD,
            {
                "service_id": service_id,
                "zone_id": zone_id,
                "name": name,
                "ttl": ttl,
                "priority": priority,
                "type": type,
                "content": content,
                "body": body,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    @overload
    async def edit_dns_record(
        self,
        *,
        service_id: int,
        zone_id: int,
        record_id: int,
        body: DnsRecordRequest | Mapping[str, object],
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> UpdateDnsRecordResponse: ...

    @overload
    async def edit_dns_record(
        self,
        *,
        service_id: int,
        zone_id: int,
        record_id: int,
        name: str | _t.NotGiven = _t.NOT_GIVEN,
        ttl: int | _t.NotGiven = _t.NOT_GIVEN,
        priority: int | _t.NotGiven = _t.NOT_GIVEN,
        type: str | _t.NotGiven = _t.NOT_GIVEN,
        content: str | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> UpdateDnsRecordResponse: ...

    async def edit_dns_record(
        self,
        *,
        service_id: int,
        zone_id: int,
        record_id: int,
        name: str | _t.NotGiven = _t.NOT_GIVEN,
        ttl: int | _t.NotGiven = _t.NOT_GIVEN,
        priority: int | _t.NotGiven = _t.NOT_GIVEN,
        type: str | _t.NotGiven = _t.NOT_GIVEN,
        content: str | _t.NotGiven = _t.NOT_GIVEN,
        body: DnsRecordRequest | Mapping[str, object] | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> UpdateDnsRecordResponse:
        """Edit DNS Record

        Edits the selected DNS zone record

        ``PUT /service/{service_id}/dns/{zone_id}/records/{record_id}``

        Args:
            service_id: Service ID
            zone_id: Zone ID
            record_id: Record ID
            name: Record name
            ttl: Record ttl (example: 3600)
            priority: Priority of the record
            type: Record type (example: A)
            content: Contents of the record (example: 192.168.1.2)
            body: The whole request body, instead of the arguments above: a
                DnsRecordRequest (sent as its to_dict()) or a mapping (sent as it is).

        Returns:
            UpdateDnsRecordResponse — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return await self._client._call(
            _OP_EDIT_DNS_RECORD,
            {
                "service_id": service_id,
                "zone_id": zone_id,
                "record_id": record_id,
                "name": name,
                "ttl": ttl,
                "priority": priority,
                "type": type,
                "content": content,
                "body": body,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def remove_dns_record(
        self,
        *,
        service_id: int,
        zone_id: int,
        record_id: int,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> InfoResponse:
        """Remove DNS Record

        Removes the selected DNS zone record

        ``DELETE /service/{service_id}/dns/{zone_id}/records/{record_id}``

        Args:
            service_id: Service ID
            zone_id: Zone ID
            record_id: Record ID

        Returns:
            InfoResponse — 200: Successful response. The vendor documentation shows no example; the shape is assumed to match the other DNS write calls.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return await self._client._call(
            _OP_REMOVE_DNS_RECORD,
            {"service_id": service_id, "zone_id": zone_id, "record_id": record_id},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class AsyncDNSResourceWithRawResponse:
    """Operations of AsyncDNSResource that return the raw APIResponse."""

    def __init__(self, resource: AsyncDNSResource) -> None:
        self.list_dns_zones = _r.async_to_raw_response_wrapper(resource.list_dns_zones)
        self.add_dns_zone = _r.async_to_raw_response_wrapper(resource.add_dns_zone)
        self.get_dns_zone = _r.async_to_raw_response_wrapper(resource.get_dns_zone)
        self.remove_dns_zone = _r.async_to_raw_response_wrapper(
            resource.remove_dns_zone
        )
        self.add_dns_record = _r.async_to_raw_response_wrapper(resource.add_dns_record)
        self.edit_dns_record = _r.async_to_raw_response_wrapper(
            resource.edit_dns_record
        )
        self.remove_dns_record = _r.async_to_raw_response_wrapper(
            resource.remove_dns_record
        )


class AsyncDNSResourceWithStreamingResponse:
    """Operations of AsyncDNSResource that yield a streamed response."""

    def __init__(self, resource: AsyncDNSResource) -> None:
        self.list_dns_zones = _r.async_to_streamed_response_wrapper(
            resource.list_dns_zones
        )
        self.add_dns_zone = _r.async_to_streamed_response_wrapper(resource.add_dns_zone)
        self.get_dns_zone = _r.async_to_streamed_response_wrapper(resource.get_dns_zone)
        self.remove_dns_zone = _r.async_to_streamed_response_wrapper(
            resource.remove_dns_zone
        )
        self.add_dns_record = _r.async_to_streamed_response_wrapper(
            resource.add_dns_record
        )
        self.edit_dns_record = _r.async_to_streamed_response_wrapper(
            resource.edit_dns_record
        )
        self.remove_dns_record = _r.async_to_streamed_response_wrapper(
            resource.remove_dns_record
        )
