"""Client operations."""

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
        ClientBasic,
        ClientCreate,
        ClientDetail,
        ClientUpdate,
        GetClientView,
    )

__all__ = ["AsyncClientResource", "ClientResource"]

_MODELS = "bigtime.models"

_OP_LIST_CLIENTS: _b.Op[list[ClientBasic]] = _b.Op(
    "client.list_clients",
    "GET",
    "/client",
    params=(_b.Param("show_inactive", "ShowInactive", "query"),),
    results={
        "200": ("json", _c.list_(_c.model(_MODELS, "ClientBasic"))),
    },
    security=(("authToken", "realm"), ("apiToken", "realm")),
)
_OP_CREATE_CLIENT: _b.Op[ClientDetail] = _b.Op(
    "client.create_client",
    "POST",
    "/client/detail",
    body=_b.Body(
        "json",
        "application/json",
        fields=(
            ("nm", "Nm"),
            ("legal_nm", "LegalNm"),
            ("client_id", "ClientId"),
            ("address", "Address"),
            ("city", "City"),
            ("state", "State"),
            ("zip", "Zip"),
            ("country", "Country"),
            ("main_ph", "MainPH"),
            ("main_fx", "MainFX"),
            ("notes", "Notes"),
        ),
        required=True,
    ),
    results={
        "200": ("json", _c.model(_MODELS, "ClientDetail")),
    },
    security=(("authToken", "realm"), ("apiToken", "realm")),
)
_OP_GET_CLIENT: _b.Op[ClientBasic] = _b.Op(
    "client.get_client",
    "GET",
    "/client/detail/{systemid}",
    params=(
        _b.Param("systemid", "systemid", "path"),
        _b.Param("view", "View", "query"),
    ),
    results={
        "200": ("json", _c.model(_MODELS, "ClientBasic")),
    },
    security=(("authToken", "realm"), ("apiToken", "realm")),
)
_OP_UPDATE_CLIENT: _b.Op[ClientDetail] = _b.Op(
    "client.update_client",
    "POST",
    "/client/detail/{systemid}",
    params=(_b.Param("systemid", "systemid", "path"),),
    body=_b.Body(
        "json",
        "application/json",
        fields=(
            ("system_id", "SystemId"),
            ("nm", "Nm"),
            ("legal_nm", "LegalNm"),
            ("client_id", "ClientId"),
            ("address", "Address"),
            ("city", "City"),
            ("state", "State"),
            ("zip", "Zip"),
            ("country", "Country"),
            ("main_ph", "MainPH"),
            ("main_fx", "MainFX"),
            ("notes", "Notes"),
        ),
        required=True,
        needs=("system_id",),
    ),
    results={
        "200": ("json", _c.model(_MODELS, "ClientDetail")),
    },
    security=(("authToken", "realm"), ("apiToken", "realm")),
)


class ClientResource:
    """Clients the calling user is allowed to see."""

    def __init__(self, client: _b.SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ClientResourceWithRawResponse:
        """The same operations, returning an APIResponse (status, headers, .parse())."""
        return ClientResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ClientResourceWithStreamingResponse:
        """The same operations as context managers yielding the response unread.

        Iterate the body (.iter_bytes(), .iter_text(), .iter_lines()), or .read() or
        .parse() it; the response is closed when the block ends.
        """
        return ClientResourceWithStreamingResponse(self)

    def list_clients(
        self,
        *,
        show_inactive: bool | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> list[ClientBasic]:
        """List "My Clients\"

        Lists the clients the calling user has rights to see, in the "basic" view
        (the view used on BigTime's listings page). No parameters other than
        `ShowInactive` are supported.

        ``GET /client``

        Args:
            show_inactive: Set to `true` to include inactive clients in the listing. The vendor
                documents only `ShowInactive=true`; by its name, inactive clients are
                left out when it is omitted or `false`.

        Returns:
            list[ClientBasic] — 200: The clients, each in the basic view.

        Raises:
            BadRequestError: 400 Validation error in the request. The error body is not documented by the
                vendor.
            AuthenticationError: 401 The session token (or API key) is missing, invalid or expired; log in again
                with `POST /session`. The error body is not documented by the vendor.
            MethodNotAllowedError: 405 The calling user does not have permission for this operation (for example,
                creating a client without that right). The error body is not documented by
                the vendor.
        """
        return self._client._call(
            _OP_LIST_CLIENTS,
            {"show_inactive": show_inactive},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    @overload
    def create_client(
        self,
        *,
        body: ClientCreate | Mapping[str, object],
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> ClientDetail: ...

    @overload
    def create_client(
        self,
        *,
        nm: str | _t.NotGiven = _t.NOT_GIVEN,
        legal_nm: str | _t.NotGiven = _t.NOT_GIVEN,
        client_id: str | _t.NotGiven = _t.NOT_GIVEN,
        address: str | _t.NotGiven = _t.NOT_GIVEN,
        city: str | _t.NotGiven = _t.NOT_GIVEN,
        state: str | _t.NotGiven = _t.NOT_GIVEN,
        zip: str | _t.NotGiven = _t.NOT_GIVEN,
        country: str | _t.NotGiven = _t.NOT_GIVEN,
        main_ph: str | _t.NotGiven = _t.NOT_GIVEN,
        main_fx: str | _t.NotGiven = _t.NOT_GIVEN,
        notes: str | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> ClientDetail: ...

    def create_client(
        self,
        *,
        nm: str | _t.NotGiven = _t.NOT_GIVEN,
        legal_nm: str | _t.NotGiven = _t.NOT_GIVEN,
        client_id: str | _t.NotGiven = _t.NOT_GIVEN,
        address: str | _t.NotGiven = _t.NOT_GIVEN,
        city: str | _t.NotGiven = _t.NOT_GIVEN,
        state: str | _t.NotGiven = _t.NOT_GIVEN,
        zip: str | _t.NotGiven = _t.NOT_GIVEN,
        country: str | _t.NotGiven = _t.NOT_GIVEN,
        main_ph: str | _t.NotGiven = _t.NOT_GIVEN,
        main_fx: str | _t.NotGiven = _t.NOT_GIVEN,
        notes: str | _t.NotGiven = _t.NOT_GIVEN,
        body: ClientCreate | Mapping[str, object] | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> ClientDetail:
        """Create a new client

        Creates a new client. Post only fields of the Update view (any of them; all
        are optional here except as BigTime's own validation requires); any other
        data is ignored. Field order does not matter and field names are not case
        sensitive. Validation errors return `400`; lacking the right to create
        clients returns `405`.

        ``POST /client/detail``

        Args:
            nm: Short/standard name for the client.
            legal_nm: Legal name (e.g. full name used on invoices and estimates).
            client_id: Unique account number for this client (often used by BigTime to generate
                unique account numbers for projects).
            address: Street address (can be multi-line).
            city: City.
            state: State, province or county (depending on the address's country).
            zip: Postal code.
            country: Country of origin.
            main_ph: Main phone number for the client (each project's contact can also have a
                phone number, mobile phone and fax).
            main_fx: Main fax number for the client (each project's contact can also have a
                phone number, mobile phone and fax).
            notes: Notes.
            body: The whole request body, instead of the arguments above: a
                ClientCreate (sent as its to_dict()) or a mapping (sent as it is).

        Returns:
            ClientDetail — 200: The new client, as an updated ClientDetail object.

        Raises:
            BadRequestError: 400 Validation error in the request. The error body is not documented by the
                vendor.
            AuthenticationError: 401 The session token (or API key) is missing, invalid or expired; log in again
                with `POST /session`. The error body is not documented by the vendor.
            MethodNotAllowedError: 405 The calling user does not have permission for this operation (for example,
                creating a client without that right). The error body is not documented by
                the vendor.
        """
        return self._client._call(
            _OP_CREATE_CLIENT,
            {
                "nm": nm,
                "legal_nm": legal_nm,
                "client_id": client_id,
                "address": address,
                "city": city,
                "state": state,
                "zip": zip,
                "country": country,
                "main_ph": main_ph,
                "main_fx": main_fx,
                "notes": notes,
                "body": body,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def get_client(
        self,
        *,
        systemid: int,
        view: GetClientView | str | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> ClientBasic:
        """Get one client

        Returns one client. The Basic view's fields are returned by default; pass
        `View=Detailed` for the Detail view. The vendor page labels the response
        "(array of client objects)", but this call returns the single client
        identified by `systemid`, so it is declared as one object. Its schema is
        ClientBasic because the Basic view (the default) is, per the vendor's field
        table, a superset of the Detail view (it adds `FullAddress`); every field is
        optional, so a Detail-view response matches it too.

        ``GET /client/detail/{systemid}``

        Args:
            systemid: The client's unique SID (`SystemId`). The vendor page spells this path
                parameter `{systemid}` for GET and `{sid}` for POST; it is the same value.
            view: Which set of fields to return.

        Returns:
            ClientBasic — 200: The client, in the requested view.

        Raises:
            BadRequestError: 400 Validation error in the request. The error body is not documented by the
                vendor.
            AuthenticationError: 401 The session token (or API key) is missing, invalid or expired; log in again
                with `POST /session`. The error body is not documented by the vendor.
            MethodNotAllowedError: 405 The calling user does not have permission for this operation (for example,
                creating a client without that right). The error body is not documented by
                the vendor.
        """
        return self._client._call(
            _OP_GET_CLIENT,
            {"systemid": systemid, "view": view},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    @overload
    def update_client(
        self,
        *,
        systemid: int,
        body: ClientUpdate | Mapping[str, object],
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> ClientDetail: ...

    @overload
    def update_client(
        self,
        *,
        systemid: int,
        system_id: int,
        nm: str | _t.NotGiven = _t.NOT_GIVEN,
        legal_nm: str | _t.NotGiven = _t.NOT_GIVEN,
        client_id: str | _t.NotGiven = _t.NOT_GIVEN,
        address: str | _t.NotGiven = _t.NOT_GIVEN,
        city: str | _t.NotGiven = _t.NOT_GIVEN,
        state: str | _t.NotGiven = _t.NOT_GIVEN,
        zip: str | _t.NotGiven = _t.NOT_GIVEN,
        country: str | _t.NotGiven = _t.NOT_GIVEN,
        main_ph: str | _t.NotGiven = _t.NOT_GIVEN,
        main_fx: str | _t.NotGiven = _t.NOT_GIVEN,
        notes: str | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> ClientDetail: ...

    def update_client(
        self,
        *,
        systemid: int,
        system_id: int | _t.NotGiven = _t.NOT_GIVEN,
        nm: str | _t.NotGiven = _t.NOT_GIVEN,
        legal_nm: str | _t.NotGiven = _t.NOT_GIVEN,
        client_id: str | _t.NotGiven = _t.NOT_GIVEN,
        address: str | _t.NotGiven = _t.NOT_GIVEN,
        city: str | _t.NotGiven = _t.NOT_GIVEN,
        state: str | _t.NotGiven = _t.NOT_GIVEN,
        zip: str | _t.NotGiven = _t.NOT_GIVEN,
        country: str | _t.NotGiven = _t.NOT_GIVEN,
        main_ph: str | _t.NotGiven = _t.NOT_GIVEN,
        main_fx: str | _t.NotGiven = _t.NOT_GIVEN,
        notes: str | _t.NotGiven = _t.NOT_GIVEN,
        body: ClientUpdate | Mapping[str, object] | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> ClientDetail:
        """Update an existing client

        Updates the client identified by `systemid`. The body must carry the same
        `SystemId`. Post only fields of the Update view (any of them); any other data
        is ignored. Required (*) fields cannot be "zeroed out" or removed. Validation
        errors return `400`; lacking the right to update the client returns `405`.

        ``POST /client/detail/{systemid}``

        Args:
            systemid: The client's unique SID (`SystemId`). The vendor page spells this path
                parameter `{systemid}` for GET and `{sid}` for POST; it is the same value.
            system_id: Unique SID code of the client to update.
            nm: Short/standard name for the client.
            legal_nm: Legal name (e.g. full name used on invoices and estimates).
            client_id: Unique account number for this client (often used by BigTime to generate
                unique account numbers for projects).
            address: Street address (can be multi-line).
            city: City.
            state: State, province or county (depending on the address's country).
            zip: Postal code.
            country: Country of origin.
            main_ph: Main phone number for the client (each project's contact can also have a
                phone number, mobile phone and fax).
            main_fx: Main fax number for the client (each project's contact can also have a
                phone number, mobile phone and fax).
            notes: Notes.
            body: The whole request body, instead of the arguments above: a
                ClientUpdate (sent as its to_dict()) or a mapping (sent as it is).

        Returns:
            ClientDetail — 200: The client after the update, as an updated ClientDetail object.

        Raises:
            BadRequestError: 400 Validation error in the request. The error body is not documented by the
                vendor.
            AuthenticationError: 401 The session token (or API key) is missing, invalid or expired; log in again
                with `POST /session`. The error body is not documented by the vendor.
            MethodNotAllowedError: 405 The calling user does not have permission for this operation (for example,
                creating a client without that right). The error body is not documented by
                the vendor.
        """
        return self._client._call(
            _OP_UPDATE_CLIENT,
            {
                "systemid": systemid,
                "system_id": system_id,
                "nm": nm,
                "legal_nm": legal_nm,
                "client_id": client_id,
                "address": address,
                "city": city,
                "state": state,
                "zip": zip,
                "country": country,
                "main_ph": main_ph,
                "main_fx": main_fx,
                "notes": notes,
                "body": body,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class ClientResourceWithRawResponse:
    """Operations of ClientResource that return the raw APIResponse."""

    def __init__(self, resource: ClientResource) -> None:
        self.list_clients = _r.to_raw_response_wrapper(resource.list_clients)
        self.create_client = _r.to_raw_response_wrapper(resource.create_client)
        self.get_client = _r.to_raw_response_wrapper(resource.get_client)
        self.update_client = _r.to_raw_response_wrapper(resource.update_client)


class ClientResourceWithStreamingResponse:
    """Operations of ClientResource that yield a streamed response."""

    def __init__(self, resource: ClientResource) -> None:
        self.list_clients = _r.to_streamed_response_wrapper(resource.list_clients)
        self.create_client = _r.to_streamed_response_wrapper(resource.create_client)
        self.get_client = _r.to_streamed_response_wrapper(resource.get_client)
        self.update_client = _r.to_streamed_response_wrapper(resource.update_client)


class AsyncClientResource:
    """Clients the calling user is allowed to see."""

    def __init__(self, client: _b.AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncClientResourceWithRawResponse:
        """The same operations, returning an APIResponse (status, headers, .parse())."""
        return AsyncClientResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncClientResourceWithStreamingResponse:
        """The same operations as context managers yielding the response unread.

        Iterate the body (.iter_bytes(), .iter_text(), .iter_lines()), or .read() or
        .parse() it; the response is closed when the block ends.
        """
        return AsyncClientResourceWithStreamingResponse(self)

    async def list_clients(
        self,
        *,
        show_inactive: bool | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> list[ClientBasic]:
        """List "My Clients\"

        Lists the clients the calling user has rights to see, in the "basic" view
        (the view used on BigTime's listings page). No parameters other than
        `ShowInactive` are supported.

        ``GET /client``

        Args:
            show_inactive: Set to `true` to include inactive clients in the listing. The vendor
                documents only `ShowInactive=true`; by its name, inactive clients are
                left out when it is omitted or `false`.

        Returns:
            list[ClientBasic] — 200: The clients, each in the basic view.

        Raises:
            BadRequestError: 400 Validation error in the request. The error body is not documented by the
                vendor.
            AuthenticationError: 401 The session token (or API key) is missing, invalid or expired; log in again
                with `POST /session`. The error body is not documented by the vendor.
            MethodNotAllowedError: 405 The calling user does not have permission for this operation (for example,
                creating a client without that right). The error body is not documented by
                the vendor.
        """
        return await self._client._call(
            _OP_LIST_CLIENTS,
            {"show_inactive": show_inactive},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    @overload
    async def create_client(
        self,
        *,
        body: ClientCreate | Mapping[str, object],
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> ClientDetail: ...

    @overload
    async def create_client(
        self,
        *,
        nm: str | _t.NotGiven = _t.NOT_GIVEN,
        legal_nm: str | _t.NotGiven = _t.NOT_GIVEN,
        client_id: str | _t.NotGiven = _t.NOT_GIVEN,
        address: str | _t.NotGiven = _t.NOT_GIVEN,
        city: str | _t.NotGiven = _t.NOT_GIVEN,
        state: str | _t.NotGiven = _t.NOT_GIVEN,
        zip: str | _t.NotGiven = _t.NOT_GIVEN,
        country: str | _t.NotGiven = _t.NOT_GIVEN,
        main_ph: str | _t.NotGiven = _t.NOT_GIVEN,
        main_fx: str | _t.NotGiven = _t.NOT_GIVEN,
        notes: str | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> ClientDetail: ...

    async def create_client(
        self,
        *,
        nm: str | _t.NotGiven = _t.NOT_GIVEN,
        legal_nm: str | _t.NotGiven = _t.NOT_GIVEN,
        client_id: str | _t.NotGiven = _t.NOT_GIVEN,
        address: str | _t.NotGiven = _t.NOT_GIVEN,
        city: str | _t.NotGiven = _t.NOT_GIVEN,
        state: str | _t.NotGiven = _t.NOT_GIVEN,
        zip: str | _t.NotGiven = _t.NOT_GIVEN,
        country: str | _t.NotGiven = _t.NOT_GIVEN,
        main_ph: str | _t.NotGiven = _t.NOT_GIVEN,
        main_fx: str | _t.NotGiven = _t.NOT_GIVEN,
        notes: str | _t.NotGiven = _t.NOT_GIVEN,
        body: ClientCreate | Mapping[str, object] | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> ClientDetail:
        """Create a new client

        Creates a new client. Post only fields of the Update view (any of them; all
        are optional here except as BigTime's own validation requires); any other
        data is ignored. Field order does not matter and field names are not case
        sensitive. Validation errors return `400`; lacking the right to create
        clients returns `405`.

        ``POST /client/detail``

        Args:
            nm: Short/standard name for the client.
            legal_nm: Legal name (e.g. full name used on invoices and estimates).
            client_id: Unique account number for this client (often used by BigTime to generate
                unique account numbers for projects).
            address: Street address (can be multi-line).
            city: City.
            state: State, province or county (depending on the address's country).
            zip: Postal code.
            country: Country of origin.
            main_ph: Main phone number for the client (each project's contact can also have a
                phone number, mobile phone and fax).
            main_fx: Main fax number for the client (each project's contact can also have a
                phone number, mobile phone and fax).
            notes: Notes.
            body: The whole request body, instead of the arguments above: a
                ClientCreate (sent as its to_dict()) or a mapping (sent as it is).

        Returns:
            ClientDetail — 200: The new client, as an updated ClientDetail object.

        Raises:
            BadRequestError: 400 Validation error in the request. The error body is not documented by the
                vendor.
            AuthenticationError: 401 The session token (or API key) is missing, invalid or expired; log in again
                with `POST /session`. The error body is not documented by the vendor.
            MethodNotAllowedError: 405 The calling user does not have permission for this operation (for example,
                creating a client without that right). The error body is not documented by
                the vendor.
        """
        return await self._client._call(
            _OP_CREATE_CLIENT,
            {
                "nm": nm,
                "legal_nm": legal_nm,
                "client_id": client_id,
                "address": address,
                "city": city,
                "state": state,
                "zip": zip,
                "country": country,
                "main_ph": main_ph,
                "main_fx": main_fx,
                "notes": notes,
                "body": body,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def get_client(
        self,
        *,
        systemid: int,
        view: GetClientView | str | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> ClientBasic:
        """Get one client

        Returns one client. The Basic view's fields are returned by default; pass
        `View=Detailed` for the Detail view. The vendor page labels the response
        "(array of client objects)", but this call returns the single client
        identified by `systemid`, so it is declared as one object. Its schema is
        ClientBasic because the Basic view (the default) is, per the vendor's field
        table, a superset of the Detail view (it adds `FullAddress`); every field is
        optional, so a Detail-view response matches it too.

        ``GET /client/detail/{systemid}``

        Args:
            systemid: The client's unique SID (`SystemId`). The vendor page spells this path
                parameter `{systemid}` for GET and `{sid}` for POST; it is the same value.
            view: Which set of fields to return.

        Returns:
            ClientBasic — 200: The client, in the requested view.

        Raises:
            BadRequestError: 400 Validation error in the request. The error body is not documented by the
                vendor.
            AuthenticationError: 401 The session token (or API key) is missing, invalid or expired; log in again
                with `POST /session`. The error body is not documented by the vendor.
            MethodNotAllowedError: 405 The calling user does not have permission for this operation (for example,
                creating a client without that right). The error body is not documented by
                the vendor.
        """
        return await self._client._call(
            _OP_GET_CLIENT,
            {"systemid": systemid, "view": view},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    @overload
    async def update_client(
        self,
        *,
        systemid: int,
        body: ClientUpdate | Mapping[str, object],
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> ClientDetail: ...

    @overload
    async def update_client(
        self,
        *,
        systemid: int,
        system_id: int,
        nm: str | _t.NotGiven = _t.NOT_GIVEN,
        legal_nm: str | _t.NotGiven = _t.NOT_GIVEN,
        client_id: str | _t.NotGiven = _t.NOT_GIVEN,
        address: str | _t.NotGiven = _t.NOT_GIVEN,
        city: str | _t.NotGiven = _t.NOT_GIVEN,
        state: str | _t.NotGiven = _t.NOT_GIVEN,
        zip: str | _t.NotGiven = _t.NOT_GIVEN,
        country: str | _t.NotGiven = _t.NOT_GIVEN,
        main_ph: str | _t.NotGiven = _t.NOT_GIVEN,
        main_fx: str | _t.NotGiven = _t.NOT_GIVEN,
        notes: str | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> ClientDetail: ...

    async def update_client(
        self,
        *,
        systemid: int,
        system_id: int | _t.NotGiven = _t.NOT_GIVEN,
        nm: str | _t.NotGiven = _t.NOT_GIVEN,
        legal_nm: str | _t.NotGiven = _t.NOT_GIVEN,
        client_id: str | _t.NotGiven = _t.NOT_GIVEN,
        address: str | _t.NotGiven = _t.NOT_GIVEN,
        city: str | _t.NotGiven = _t.NOT_GIVEN,
        state: str | _t.NotGiven = _t.NOT_GIVEN,
        zip: str | _t.NotGiven = _t.NOT_GIVEN,
        country: str | _t.NotGiven = _t.NOT_GIVEN,
        main_ph: str | _t.NotGiven = _t.NOT_GIVEN,
        main_fx: str | _t.NotGiven = _t.NOT_GIVEN,
        notes: str | _t.NotGiven = _t.NOT_GIVEN,
        body: ClientUpdate | Mapping[str, object] | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> ClientDetail:
        """Update an existing client

        Updates the client identified by `systemid`. The body must carry the same
        `SystemId`. Post only fields of the Update view (any of them); any other data
        is ignored. Required (*) fields cannot be "zeroed out" or removed. Validation
        errors return `400`; lacking the right to update the client returns `405`.

        ``POST /client/detail/{systemid}``

        Args:
            systemid: The client's unique SID (`SystemId`). The vendor page spells this path
                parameter `{systemid}` for GET and `{sid}` for POST; it is the same value.
            system_id: Unique SID code of the client to update.
            nm: Short/standard name for the client.
            legal_nm: Legal name (e.g. full name used on invoices and estimates).
            client_id: Unique account number for this client (often used by BigTime to generate
                unique account numbers for projects).
            address: Street address (can be multi-line).
            city: City.
            state: State, province or county (depending on the address's country).
            zip: Postal code.
            country: Country of origin.
            main_ph: Main phone number for the client (each project's contact can also have a
                phone number, mobile phone and fax).
            main_fx: Main fax number for the client (each project's contact can also have a
                phone number, mobile phone and fax).
            notes: Notes.
            body: The whole request body, instead of the arguments above: a
                ClientUpdate (sent as its to_dict()) or a mapping (sent as it is).

        Returns:
            ClientDetail — 200: The client after the update, as an updated ClientDetail object.

        Raises:
            BadRequestError: 400 Validation error in the request. The error body is not documented by the
                vendor.
            AuthenticationError: 401 The session token (or API key) is missing, invalid or expired; log in again
                with `POST /session`. The error body is not documented by the vendor.
            MethodNotAllowedError: 405 The calling user does not have permission for this operation (for example,
                creating a client without that right). The error body is not documented by
                the vendor.
        """
        return await self._client._call(
            _OP_UPDATE_CLIENT,
            {
                "systemid": systemid,
                "system_id": system_id,
                "nm": nm,
                "legal_nm": legal_nm,
                "client_id": client_id,
                "address": address,
                "city": city,
                "state": state,
                "zip": zip,
                "country": country,
                "main_ph": main_ph,
                "main_fx": main_fx,
                "notes": notes,
                "body": body,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class AsyncClientResourceWithRawResponse:
    """Operations of AsyncClientResource that return the raw APIResponse."""

    def __init__(self, resource: AsyncClientResource) -> None:
        self.list_clients = _r.async_to_raw_response_wrapper(resource.list_clients)
        self.create_client = _r.async_to_raw_response_wrapper(resource.create_client)
        self.get_client = _r.async_to_raw_response_wrapper(resource.get_client)
        self.update_client = _r.async_to_raw_response_wrapper(resource.update_client)


class AsyncClientResourceWithStreamingResponse:
    """Operations of AsyncClientResource that yield a streamed response."""

    def __init__(self, resource: AsyncClientResource) -> None:
        self.list_clients = _r.async_to_streamed_response_wrapper(resource.list_clients)
        self.create_client = _r.async_to_streamed_response_wrapper(
            resource.create_client
        )
        self.get_client = _r.async_to_streamed_response_wrapper(resource.get_client)
        self.update_client = _r.async_to_streamed_response_wrapper(
            resource.update_client
        )
