"""Clientarea operations."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, overload

from .. import _base_client as _b
from .. import _models as _c
from .. import _response as _r
from .. import _types as _t

if TYPE_CHECKING:
    from ..models import (
        AddContactRequest,
        AddContactResponse,
        ClientDetailsResponse,
        ContactDetailsResponse,
        ContactListResponse,
        ContactPrivileges,
        ContactPrivilegesResponse,
        EditContactRequest,
        InfoResponse,
        PasswordResetRequest,
        SignupRequest,
        UpdateDetailsRequest,
        UpdateDetailsResponse,
    )

__all__ = ["AsyncClientareaResource", "ClientareaResource"]

_MODELS = "time4vps.models"

_OP_GET_DETAILS: _b.Op[ClientDetailsResponse] = _b.Op(
    "clientarea.get_details",
    "GET",
    "/details",
    results={
        "200": ("json", _c.model(_MODELS, "ClientDetailsResponse")),
    },
    security=(("basicAuth",),),
)
_OP_UPDATE_DETAILS: _b.Op[UpdateDetailsResponse] = _b.Op(
    "clientarea.update_details",
    "PUT",
    "/details",
    body=_b.Body(
        "json",
        "application/json",
        fields=(
            ("type", "type"),
            ("companyname", "companyname"),
            ("companyregistrationnumber", "companyregistrationnumber"),
            ("vateu", "vateu"),
            ("email", "email"),
            ("firstname", "firstname"),
            ("lastname", "lastname"),
            ("country", "country"),
            ("address1", "address1"),
            ("city", "city"),
            ("state", "state"),
            ("postcode", "postcode"),
            ("phonenumber", "phonenumber"),
            ("emarketing", "emarketing"),
        ),
    ),
    results={
        "200": ("json", _c.model(_MODELS, "UpdateDetailsResponse")),
    },
    security=(("basicAuth",),),
)
_OP_SIGN_UP: _b.Op[InfoResponse] = _b.Op(
    "clientarea.sign_up",
    "POST",
    "/signup",
    body=_b.Body(
        "json",
        "application/json",
        fields=(
            ("type", "type"),
            ("companyname", "companyname"),
            ("companyregistrationnumber", "companyregistrationnumber"),
            ("vateu", "vateu"),
            ("email", "email"),
            ("password", "password"),
            ("firstname", "firstname"),
            ("lastname", "lastname"),
            ("country", "country"),
            ("address1", "address1"),
            ("city", "city"),
            ("postcode", "postcode"),
            ("phonenumber", "phonenumber"),
            ("emarketing", "emarketing"),
            ("field_2faenable", "2faenable"),
            ("field_2fasecret", "2fasecret"),
            ("currency", "currency"),
        ),
        required=True,
        needs=("email", "password", "country"),
    ),
    results={
        "200": ("json", _c.model(_MODELS, "InfoResponse")),
    },
    security=(),
)
_OP_REQUEST_PASSWORD_RESET: _b.Op[InfoResponse] = _b.Op(
    "clientarea.request_password_reset",
    "POST",
    "/passwordreset",
    body=_b.Body(
        "json",
        "application/json",
        fields=(("email", "email"),),
    ),
    results={
        "200": ("json", _c.model(_MODELS, "InfoResponse")),
    },
    security=(),
)
_OP_LIST_CONTACTS: _b.Op[ContactListResponse] = _b.Op(
    "clientarea.list_contacts",
    "GET",
    "/contact",
    results={
        "200": ("json", _c.model(_MODELS, "ContactListResponse")),
    },
    security=(("basicAuth",),),
)
_OP_ADD_CONTACT: _b.Op[AddContactResponse] = _b.Op(
    "clientarea.add_contact",
    "POST",
    "/contact",
    body=_b.Body(
        "json",
        "application/json",
        fields=(
            ("password", "password"),
            ("privileges", "privileges"),
            ("type", "type"),
            ("companyname", "companyname"),
            ("companyregistrationnumber", "companyregistrationnumber"),
            ("vateu", "vateu"),
            ("email", "email"),
            ("firstname", "firstname"),
            ("lastname", "lastname"),
            ("country", "country"),
            ("address1", "address1"),
            ("city", "city"),
            ("state", "state"),
            ("postcode", "postcode"),
            ("phonenumber", "phonenumber"),
            ("emarketing", "emarketing"),
        ),
    ),
    results={
        "200": ("json", _c.model(_MODELS, "AddContactResponse")),
    },
    security=(("basicAuth",),),
)
_OP_LIST_CONTACT_PRIVILEGES: _b.Op[ContactPrivilegesResponse] = _b.Op(
    "clientarea.list_contact_privileges",
    "GET",
    "/contact/privileges",
    results={
        "200": ("json", _c.model(_MODELS, "ContactPrivilegesResponse")),
    },
    security=(("basicAuth",),),
)
_OP_GET_CONTACT: _b.Op[ContactDetailsResponse] = _b.Op(
    "clientarea.get_contact",
    "GET",
    "/contact/{id}",
    params=(_b.Param("id", "id", "path"),),
    results={
        "200": ("json", _c.model(_MODELS, "ContactDetailsResponse")),
    },
    security=(("basicAuth",),),
)
_OP_EDIT_CONTACT: _b.Op[InfoResponse] = _b.Op(
    "clientarea.edit_contact",
    "PUT",
    "/contact/{id}",
    params=(_b.Param("id", "id", "path"),),
    body=_b.Body(
        "json",
        "application/json",
        fields=(
            ("privileges", "privileges"),
            ("type", "type"),
            ("companyname", "companyname"),
            ("companyregistrationnumber", "companyregistrationnumber"),
            ("vateu", "vateu"),
            ("email", "email"),
            ("firstname", "firstname"),
            ("lastname", "lastname"),
            ("country", "country"),
            ("address1", "address1"),
            ("city", "city"),
            ("state", "state"),
            ("postcode", "postcode"),
            ("phonenumber", "phonenumber"),
            ("emarketing", "emarketing"),
        ),
    ),
    results={
        "200": ("json", _c.model(_MODELS, "InfoResponse")),
    },
    security=(("basicAuth",),),
)
_OP_LIST_NOTIFICATIONS: _b.Op[dict[str, Any]] = _b.Op(
    "clientarea.list_notifications",
    "GET",
    "/notifications",
    params=(
        _b.Param("rel_type", "rel_type", "query"),
        _b.Param("rel_id", "rel_id", "query"),
    ),
    results={
        "200": ("json", _c.DICT),
    },
    security=(("basicAuth",),),
)
_OP_LIST_NEW_NOTIFICATIONS: _b.Op[dict[str, Any]] = _b.Op(
    "clientarea.list_new_notifications",
    "GET",
    "/notifications/new",
    params=(
        _b.Param("rel_type", "rel_type", "query"),
        _b.Param("rel_id", "rel_id", "query"),
    ),
    results={
        "200": ("json", _c.DICT),
    },
    security=(("basicAuth",),),
)
_OP_ACKNOWLEDGE_NOTIFICATION: _b.Op[dict[str, Any]] = _b.Op(
    "clientarea.acknowledge_notification",
    "PUT",
    "/notifications/{id}/ack",
    params=(_b.Param("id", "id", "path"),),
    results={
        "200": ("json", _c.DICT),
    },
    security=(("basicAuth",),),
)


class ClientareaResource:
    """Account registration details, sign up, password reset, contacts and portal notifications."""

    def __init__(self, client: _b.SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ClientareaResourceWithRawResponse:
        """The same operations, returning an APIResponse (status, headers, .parse())."""
        return ClientareaResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ClientareaResourceWithStreamingResponse:
        """The same operations as context managers yielding the response unread.

        Iterate the body (.iter_bytes(), .iter_text(), .iter_lines()), or .read() or
        .parse() it; the response is closed when the block ends.
        """
        return ClientareaResourceWithStreamingResponse(self)

    def get_details(
        self,
        *,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> ClientDetailsResponse:
        """User Details

        Return registration details for my account

        ``GET /details``

        Returns:
            ClientDetailsResponse — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return self._client._call(
            _OP_GET_DETAILS,
            {},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    @overload
    def update_details(
        self,
        *,
        body: UpdateDetailsRequest | Mapping[str, object],
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> UpdateDetailsResponse: ...

    @overload
    def update_details(
        self,
        *,
        type: str | _t.NotGiven = _t.NOT_GIVEN,
        companyname: str | _t.NotGiven = _t.NOT_GIVEN,
        companyregistrationnumber: str | _t.NotGiven = _t.NOT_GIVEN,
        vateu: str | _t.NotGiven = _t.NOT_GIVEN,
        email: str | _t.NotGiven = _t.NOT_GIVEN,
        firstname: str | _t.NotGiven = _t.NOT_GIVEN,
        lastname: str | _t.NotGiven = _t.NOT_GIVEN,
        country: str | _t.NotGiven = _t.NOT_GIVEN,
        address1: str | _t.NotGiven = _t.NOT_GIVEN,
        city: str | _t.NotGiven = _t.NOT_GIVEN,
        state: str | _t.NotGiven = _t.NOT_GIVEN,
        postcode: str | _t.NotGiven = _t.NOT_GIVEN,
        phonenumber: str | _t.NotGiven = _t.NOT_GIVEN,
        emarketing: list[str] | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> UpdateDetailsResponse: ...

    def update_details(
        self,
        *,
        type: str | _t.NotGiven = _t.NOT_GIVEN,
        companyname: str | _t.NotGiven = _t.NOT_GIVEN,
        companyregistrationnumber: str | _t.NotGiven = _t.NOT_GIVEN,
        vateu: str | _t.NotGiven = _t.NOT_GIVEN,
        email: str | _t.NotGiven = _t.NOT_GIVEN,
        firstname: str | _t.NotGiven = _t.NOT_GIVEN,
        lastname: str | _t.NotGiven = _t.NOT_GIVEN,
        country: str | _t.NotGiven = _t.NOT_GIVEN,
        address1: str | _t.NotGiven = _t.NOT_GIVEN,
        city: str | _t.NotGiven = _t.NOT_GIVEN,
        state: str | _t.NotGiven = _t.NOT_GIVEN,
        postcode: str | _t.NotGiven = _t.NOT_GIVEN,
        phonenumber: str | _t.NotGiven = _t.NOT_GIVEN,
        emarketing: list[str] | _t.NotGiven = _t.NOT_GIVEN,
        body: UpdateDetailsRequest | Mapping[str, object] | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> UpdateDetailsResponse:
        """Update User Details

        Update registration details under my account

        ``PUT /details``

        Args:
            type: Account Type
            companyname: Organization
            companyregistrationnumber: Organization Registration Number
            vateu: VAT Number - If you have valid VAT-EU registered number please provide it here
            email: Email Address
            firstname: First Name
            lastname: Last Name
            country: Country
            address1: Address 1
            city: City
            state: State - Maximum 20 characters.
            postcode: Post code
            phonenumber: Phone
            emarketing: News and Updates - You will be subscribed to our newsletter list and will receive updates and news regarding Time4VPS services.
            body: The whole request body, instead of the arguments above: a
                UpdateDetailsRequest (sent as its to_dict()) or a mapping (sent as it is).

        Returns:
            UpdateDetailsResponse — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return self._client._call(
            _OP_UPDATE_DETAILS,
            {
                "type": type,
                "companyname": companyname,
                "companyregistrationnumber": companyregistrationnumber,
                "vateu": vateu,
                "email": email,
                "firstname": firstname,
                "lastname": lastname,
                "country": country,
                "address1": address1,
                "city": city,
                "state": state,
                "postcode": postcode,
                "phonenumber": phonenumber,
                "emarketing": emarketing,
                "body": body,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    @overload
    def sign_up(
        self,
        *,
        body: SignupRequest | Mapping[str, object],
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> InfoResponse: ...

    @overload
    def sign_up(
        self,
        *,
        email: str,
        password: str,
        country: str,
        type: str | _t.NotGiven = _t.NOT_GIVEN,
        companyname: str | _t.NotGiven = _t.NOT_GIVEN,
        companyregistrationnumber: str | _t.NotGiven = _t.NOT_GIVEN,
        vateu: str | _t.NotGiven = _t.NOT_GIVEN,
        firstname: str | _t.NotGiven = _t.NOT_GIVEN,
        lastname: str | _t.NotGiven = _t.NOT_GIVEN,
        address1: str | _t.NotGiven = _t.NOT_GIVEN,
        city: str | _t.NotGiven = _t.NOT_GIVEN,
        postcode: str | _t.NotGiven = _t.NOT_GIVEN,
        phonenumber: str | _t.NotGiven = _t.NOT_GIVEN,
        emarketing: list[str] | _t.NotGiven = _t.NOT_GIVEN,
        field_2faenable: list[str] | _t.NotGiven = _t.NOT_GIVEN,
        field_2fasecret: str | _t.NotGiven = _t.NOT_GIVEN,
        currency: str | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> InfoResponse: ...

    def sign_up(
        self,
        *,
        email: str | _t.NotGiven = _t.NOT_GIVEN,
        password: str | _t.NotGiven = _t.NOT_GIVEN,
        country: str | _t.NotGiven = _t.NOT_GIVEN,
        type: str | _t.NotGiven = _t.NOT_GIVEN,
        companyname: str | _t.NotGiven = _t.NOT_GIVEN,
        companyregistrationnumber: str | _t.NotGiven = _t.NOT_GIVEN,
        vateu: str | _t.NotGiven = _t.NOT_GIVEN,
        firstname: str | _t.NotGiven = _t.NOT_GIVEN,
        lastname: str | _t.NotGiven = _t.NOT_GIVEN,
        address1: str | _t.NotGiven = _t.NOT_GIVEN,
        city: str | _t.NotGiven = _t.NOT_GIVEN,
        postcode: str | _t.NotGiven = _t.NOT_GIVEN,
        phonenumber: str | _t.NotGiven = _t.NOT_GIVEN,
        emarketing: list[str] | _t.NotGiven = _t.NOT_GIVEN,
        field_2faenable: list[str] | _t.NotGiven = _t.NOT_GIVEN,
        field_2fasecret: str | _t.NotGiven = _t.NOT_GIVEN,
        currency: str | _t.NotGiven = _t.NOT_GIVEN,
        body: SignupRequest | Mapping[str, object] | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> InfoResponse:
        """Sign up

        Create new account

        ``POST /signup``

        Args:
            email: Email Address
            password: Password - Password should consist of minimum 12 characters and at least one number and one uppercase character.
            country: Country
            type: Account Type
            companyname: Organization - Required for organization account
            companyregistrationnumber: Organization Registration Number
            vateu: VAT Number - If you have valid VAT-EU registered number please provide it here
            firstname: First Name
            lastname: Last Name
            address1: Address 1
            city: City
            postcode: Post code
            phonenumber: Phone
            emarketing: News and Updates - You will be subscribed to our newsletter list and will receive updates and news regarding Time4VPS services.
            field_2faenable: Two-Factor Authentication
            field_2fasecret: Two-Factor Secret - If Two-Factor is enabled, enter 16-chars (letters/digits) secret code to use in Google Authenticator App.
            currency: Currency
            body: The whole request body, instead of the arguments above: a
                SignupRequest (sent as its to_dict()) or a mapping (sent as it is).

        Returns:
            InfoResponse — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
        """
        return self._client._call(
            _OP_SIGN_UP,
            {
                "email": email,
                "password": password,
                "country": country,
                "type": type,
                "companyname": companyname,
                "companyregistrationnumber": companyregistrationnumber,
                "vateu": vateu,
                "firstname": firstname,
                "lastname": lastname,
                "address1": address1,
                "city": city,
                "postcode": postcode,
                "phonenumber": phonenumber,
                "emarketing": emarketing,
                "field_2faenable": field_2faenable,
                "field_2fasecret": field_2fasecret,
                "currency": currency,
                "body": body,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    @overload
    def request_password_reset(
        self,
        *,
        body: PasswordResetRequest | Mapping[str, object],
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> InfoResponse: ...

    @overload
    def request_password_reset(
        self,
        *,
        email: str | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> InfoResponse: ...

    def request_password_reset(
        self,
        *,
        email: str | _t.NotGiven = _t.NOT_GIVEN,
        body: PasswordResetRequest | Mapping[str, object] | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> InfoResponse:
        """Password Reset

        Request password reset email for account

        ``POST /passwordreset``

        Args:
            email: EMail address
            body: The whole request body, instead of the arguments above: a
                PasswordResetRequest (sent as its to_dict()) or a mapping (sent as it is).

        Returns:
            InfoResponse — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
        """
        return self._client._call(
            _OP_REQUEST_PASSWORD_RESET,
            {"email": email, "body": body},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def list_contacts(
        self,
        *,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> ContactListResponse:
        """List contacts

        Return a list of contacts on this account

        ``GET /contact``

        Returns:
            ContactListResponse — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return self._client._call(
            _OP_LIST_CONTACTS,
            {},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    @overload
    def add_contact(
        self,
        *,
        body: AddContactRequest | Mapping[str, object],
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> AddContactResponse: ...

    @overload
    def add_contact(
        self,
        *,
        password: str | _t.NotGiven = _t.NOT_GIVEN,
        privileges: ContactPrivileges | _t.NotGiven = _t.NOT_GIVEN,
        type: str | _t.NotGiven = _t.NOT_GIVEN,
        companyname: str | _t.NotGiven = _t.NOT_GIVEN,
        companyregistrationnumber: str | _t.NotGiven = _t.NOT_GIVEN,
        vateu: str | _t.NotGiven = _t.NOT_GIVEN,
        email: str | _t.NotGiven = _t.NOT_GIVEN,
        firstname: str | _t.NotGiven = _t.NOT_GIVEN,
        lastname: str | _t.NotGiven = _t.NOT_GIVEN,
        country: str | _t.NotGiven = _t.NOT_GIVEN,
        address1: str | _t.NotGiven = _t.NOT_GIVEN,
        city: str | _t.NotGiven = _t.NOT_GIVEN,
        state: str | _t.NotGiven = _t.NOT_GIVEN,
        postcode: str | _t.NotGiven = _t.NOT_GIVEN,
        phonenumber: str | _t.NotGiven = _t.NOT_GIVEN,
        emarketing: list[str] | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> AddContactResponse: ...

    def add_contact(
        self,
        *,
        password: str | _t.NotGiven = _t.NOT_GIVEN,
        privileges: ContactPrivileges | _t.NotGiven = _t.NOT_GIVEN,
        type: str | _t.NotGiven = _t.NOT_GIVEN,
        companyname: str | _t.NotGiven = _t.NOT_GIVEN,
        companyregistrationnumber: str | _t.NotGiven = _t.NOT_GIVEN,
        vateu: str | _t.NotGiven = _t.NOT_GIVEN,
        email: str | _t.NotGiven = _t.NOT_GIVEN,
        firstname: str | _t.NotGiven = _t.NOT_GIVEN,
        lastname: str | _t.NotGiven = _t.NOT_GIVEN,
        country: str | _t.NotGiven = _t.NOT_GIVEN,
        address1: str | _t.NotGiven = _t.NOT_GIVEN,
        city: str | _t.NotGiven = _t.NOT_GIVEN,
        state: str | _t.NotGiven = _t.NOT_GIVEN,
        postcode: str | _t.NotGiven = _t.NOT_GIVEN,
        phonenumber: str | _t.NotGiven = _t.NOT_GIVEN,
        emarketing: list[str] | _t.NotGiven = _t.NOT_GIVEN,
        body: AddContactRequest | Mapping[str, object] | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> AddContactResponse:
        """Add contact

        Create new contact account, if password is provided you can use provided email addres to login as that contact.

        ``POST /contact``

        Args:
            password: Optional, allows you to login as contact
            privileges: Privileges of a contact, grouped by area. `GET /contact/privileges` lists every possible privilege; each domain and service may list additional privileges, depending on available features.
            type: Account Type
            companyname: Organization
            companyregistrationnumber: Organization Registration Number
            vateu: VAT Number - If you have valid VAT-EU registered number please provide it here
            email: Email Address
            firstname: First Name
            lastname: Last Name
            country: Country
            address1: Address 1
            city: City
            state: State - Maximum 20 characters.
            postcode: Post code
            phonenumber: Phone
            emarketing: News and Updates - You will be subscribed to our newsletter list and will receive updates and news regarding Time4VPS services.
            body: The whole request body, instead of the arguments above: a
                AddContactRequest (sent as its to_dict()) or a mapping (sent as it is).

        Returns:
            AddContactResponse — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return self._client._call(
            _OP_ADD_CONTACT,
            {
                "password": password,
                "privileges": privileges,
                "type": type,
                "companyname": companyname,
                "companyregistrationnumber": companyregistrationnumber,
                "vateu": vateu,
                "email": email,
                "firstname": firstname,
                "lastname": lastname,
                "country": country,
                "address1": address1,
                "city": city,
                "state": state,
                "postcode": postcode,
                "phonenumber": phonenumber,
                "emarketing": emarketing,
                "body": body,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def list_contact_privileges(
        self,
        *,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> ContactPrivilegesResponse:
        """Contact privileges

        List possible contact privileges.
        Each domain and service may list additional privileges, depending on available features.

        ``GET /contact/privileges``

        Returns:
            ContactPrivilegesResponse — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return self._client._call(
            _OP_LIST_CONTACT_PRIVILEGES,
            {},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def get_contact(
        self,
        *,
        id: int,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> ContactDetailsResponse:
        """Get contacts details

        Return array with contact details

        ``GET /contact/{id}``

        Args:
            id: Contact ID

        Returns:
            ContactDetailsResponse — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return self._client._call(
            _OP_GET_CONTACT,
            {"id": id},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    @overload
    def edit_contact(
        self,
        *,
        id: int,
        body: EditContactRequest | Mapping[str, object],
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> InfoResponse: ...

    @overload
    def edit_contact(
        self,
        *,
        id: int,
        privileges: ContactPrivileges | _t.NotGiven = _t.NOT_GIVEN,
        type: str | _t.NotGiven = _t.NOT_GIVEN,
        companyname: str | _t.NotGiven = _t.NOT_GIVEN,
        companyregistrationnumber: str | _t.NotGiven = _t.NOT_GIVEN,
        vateu: str | _t.NotGiven = _t.NOT_GIVEN,
        email: str | _t.NotGiven = _t.NOT_GIVEN,
        firstname: str | _t.NotGiven = _t.NOT_GIVEN,
        lastname: str | _t.NotGiven = _t.NOT_GIVEN,
        country: str | _t.NotGiven = _t.NOT_GIVEN,
        address1: str | _t.NotGiven = _t.NOT_GIVEN,
        city: str | _t.NotGiven = _t.NOT_GIVEN,
        state: str | _t.NotGiven = _t.NOT_GIVEN,
        postcode: str | _t.NotGiven = _t.NOT_GIVEN,
        phonenumber: str | _t.NotGiven = _t.NOT_GIVEN,
        emarketing: list[str] | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> InfoResponse: ...

    def edit_contact(
        self,
        *,
        id: int,
        privileges: ContactPrivileges | _t.NotGiven = _t.NOT_GIVEN,
        type: str | _t.NotGiven = _t.NOT_GIVEN,
        companyname: str | _t.NotGiven = _t.NOT_GIVEN,
        companyregistrationnumber: str | _t.NotGiven = _t.NOT_GIVEN,
        vateu: str | _t.NotGiven = _t.NOT_GIVEN,
        email: str | _t.NotGiven = _t.NOT_GIVEN,
        firstname: str | _t.NotGiven = _t.NOT_GIVEN,
        lastname: str | _t.NotGiven = _t.NOT_GIVEN,
        country: str | _t.NotGiven = _t.NOT_GIVEN,
        address1: str | _t.NotGiven = _t.NOT_GIVEN,
        city: str | _t.NotGiven = _t.NOT_GIVEN,
        state: str | _t.NotGiven = _t.NOT_GIVEN,
        postcode: str | _t.NotGiven = _t.NOT_GIVEN,
        phonenumber: str | _t.NotGiven = _t.NOT_GIVEN,
        emarketing: list[str] | _t.NotGiven = _t.NOT_GIVEN,
        body: EditContactRequest | Mapping[str, object] | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> InfoResponse:
        """Edit contact

        Change contact details

        ``PUT /contact/{id}``

        Args:
            id: Contact ID
            privileges: Privileges of a contact, grouped by area. `GET /contact/privileges` lists every possible privilege; each domain and service may list additional privileges, depending on available features.
            type: Account Type
            companyname: Organization
            companyregistrationnumber: Organization Registration Number
            vateu: VAT Number - If you have valid VAT-EU registered number please provide it here
            email: Email Address
            firstname: First Name
            lastname: Last Name
            country: Country
            address1: Address 1
            city: City
            state: State - Maximum 20 characters.
            postcode: Post code
            phonenumber: Phone
            emarketing: News and Updates - You will be subscribed to our newsletter list and will receive updates and news regarding Time4VPS services.
            body: The whole request body, instead of the arguments above: a
                EditContactRequest (sent as its to_dict()) or a mapping (sent as it is).

        Returns:
            InfoResponse — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return self._client._call(
            _OP_EDIT_CONTACT,
            {
                "id": id,
                "privileges": privileges,
                "type": type,
                "companyname": companyname,
                "companyregistrationnumber": companyregistrationnumber,
                "vateu": vateu,
                "email": email,
                "firstname": firstname,
                "lastname": lastname,
                "country": country,
                "address1": address1,
                "city": city,
                "state": state,
                "postcode": postcode,
                "phonenumber": phonenumber,
                "emarketing": emarketing,
                "body": body,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def list_notifications(
        self,
        *,
        rel_type: str | _t.NotGiven = _t.NOT_GIVEN,
        rel_id: str | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> dict[str, Any]:
        """List all portal notifications

        Return a list of all portal notifications.

        ``GET /notifications``

        Args:
            rel_type: Optional, return only by relation type
            rel_id: Optional, return only by relation id

        Returns:
            dict[str, Any] — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return self._client._call(
            _OP_LIST_NOTIFICATIONS,
            {"rel_type": rel_type, "rel_id": rel_id},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def list_new_notifications(
        self,
        *,
        rel_type: str | _t.NotGiven = _t.NOT_GIVEN,
        rel_id: str | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> dict[str, Any]:
        """List new portal notifications

        Return only new portal notifications.

        ``GET /notifications/new``

        Args:
            rel_type: Optional, return only by relation type
            rel_id: Optional, return only by relation id

        Returns:
            dict[str, Any] — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return self._client._call(
            _OP_LIST_NEW_NOTIFICATIONS,
            {"rel_type": rel_type, "rel_id": rel_id},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def acknowledge_notification(
        self,
        *,
        id: int,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> dict[str, Any]:
        """Acknowledge notification

        Marks the notification as read

        ``PUT /notifications/{id}/ack``

        Args:
            id: Notification ID

        Returns:
            dict[str, Any] — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return self._client._call(
            _OP_ACKNOWLEDGE_NOTIFICATION,
            {"id": id},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class ClientareaResourceWithRawResponse:
    """Operations of ClientareaResource that return the raw APIResponse."""

    def __init__(self, resource: ClientareaResource) -> None:
        self.get_details = _r.to_raw_response_wrapper(resource.get_details)
        self.update_details = _r.to_raw_response_wrapper(resource.update_details)
        self.sign_up = _r.to_raw_response_wrapper(resource.sign_up)
        self.request_password_reset = _r.to_raw_response_wrapper(
            resource.request_password_reset
        )
        self.list_contacts = _r.to_raw_response_wrapper(resource.list_contacts)
        self.add_contact = _r.to_raw_response_wrapper(resource.add_contact)
        self.list_contact_privileges = _r.to_raw_response_wrapper(
            resource.list_contact_privileges
        )
        self.get_contact = _r.to_raw_response_wrapper(resource.get_contact)
        self.edit_contact = _r.to_raw_response_wrapper(resource.edit_contact)
        self.list_notifications = _r.to_raw_response_wrapper(
            resource.list_notifications
        )
        self.list_new_notifications = _r.to_raw_response_wrapper(
            resource.list_new_notifications
        )
        self.acknowledge_notification = _r.to_raw_response_wrapper(
            resource.acknowledge_notification
        )


class ClientareaResourceWithStreamingResponse:
    """Operations of ClientareaResource that yield a streamed response."""

    def __init__(self, resource: ClientareaResource) -> None:
        self.get_details = _r.to_streamed_response_wrapper(resource.get_details)
        self.update_details = _r.to_streamed_response_wrapper(resource.update_details)
        self.sign_up = _r.to_streamed_response_wrapper(resource.sign_up)
        self.request_password_reset = _r.to_streamed_response_wrapper(
            resource.request_password_reset
        )
        self.list_contacts = _r.to_streamed_response_wrapper(resource.list_contacts)
        self.add_contact = _r.to_streamed_response_wrapper(resource.add_contact)
        self.list_contact_privileges = _r.to_streamed_response_wrapper(
            resource.list_contact_privileges
        )
        self.get_contact = _r.to_streamed_response_wrapper(resource.get_contact)
        self.edit_contact = _r.to_streamed_response_wrapper(resource.edit_contact)
        self.list_notifications = _r.to_streamed_response_wrapper(
            resource.list_notifications
        )
        self.list_new_notifications = _r.to_streamed_response_wrapper(
            resource.list_new_notifications
        )
        self.acknowledge_notification = _r.to_streamed_response_wrapper(
            resource.acknowledge_notification
        )


class AsyncClientareaResource:
    """Account registration details, sign up, password reset, contacts and portal notifications."""

    def __init__(self, client: _b.AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncClientareaResourceWithRawResponse:
        """The same operations, returning an APIResponse (status, headers, .parse())."""
        return AsyncClientareaResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncClientareaResourceWithStreamingResponse:
        """The same operations as context managers yielding the response unread.

        Iterate the body (.iter_bytes(), .iter_text(), .iter_lines()), or .read() or
        .parse() it; the response is closed when the block ends.
        """
        return AsyncClientareaResourceWithStreamingResponse(self)

    async def get_details(
        self,
        *,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> ClientDetailsResponse:
        """User Details

        Return registration details for my account

        ``GET /details``

        Returns:
            ClientDetailsResponse — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return await self._client._call(
            _OP_GET_DETAILS,
            {},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    @overload
    async def update_details(
        self,
        *,
        body: UpdateDetailsRequest | Mapping[str, object],
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> UpdateDetailsResponse: ...

    @overload
    async def update_details(
        self,
        *,
        type: str | _t.NotGiven = _t.NOT_GIVEN,
        companyname: str | _t.NotGiven = _t.NOT_GIVEN,
        companyregistrationnumber: str | _t.NotGiven = _t.NOT_GIVEN,
        vateu: str | _t.NotGiven = _t.NOT_GIVEN,
        email: str | _t.NotGiven = _t.NOT_GIVEN,
        firstname: str | _t.NotGiven = _t.NOT_GIVEN,
        lastname: str | _t.NotGiven = _t.NOT_GIVEN,
        country: str | _t.NotGiven = _t.NOT_GIVEN,
        address1: str | _t.NotGiven = _t.NOT_GIVEN,
        city: str | _t.NotGiven = _t.NOT_GIVEN,
        state: str | _t.NotGiven = _t.NOT_GIVEN,
        postcode: str | _t.NotGiven = _t.NOT_GIVEN,
        phonenumber: str | _t.NotGiven = _t.NOT_GIVEN,
        emarketing: list[str] | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> UpdateDetailsResponse: ...

    async def update_details(
        self,
        *,
        type: str | _t.NotGiven = _t.NOT_GIVEN,
        companyname: str | _t.NotGiven = _t.NOT_GIVEN,
        companyregistrationnumber: str | _t.NotGiven = _t.NOT_GIVEN,
        vateu: str | _t.NotGiven = _t.NOT_GIVEN,
        email: str | _t.NotGiven = _t.NOT_GIVEN,
        firstname: str | _t.NotGiven = _t.NOT_GIVEN,
        lastname: str | _t.NotGiven = _t.NOT_GIVEN,
        country: str | _t.NotGiven = _t.NOT_GIVEN,
        address1: str | _t.NotGiven = _t.NOT_GIVEN,
        city: str | _t.NotGiven = _t.NOT_GIVEN,
        state: str | _t.NotGiven = _t.NOT_GIVEN,
        postcode: str | _t.NotGiven = _t.NOT_GIVEN,
        phonenumber: str | _t.NotGiven = _t.NOT_GIVEN,
        emarketing: list[str] | _t.NotGiven = _t.NOT_GIVEN,
        body: UpdateDetailsRequest | Mapping[str, object] | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> UpdateDetailsResponse:
        """Update User Details

        Update registration details under my account

        ``PUT /details``

        Args:
            type: Account Type
            companyname: Organization
            companyregistrationnumber: Organization Registration Number
            vateu: VAT Number - If you have valid VAT-EU registered number please provide it here
            email: Email Address
            firstname: First Name
            lastname: Last Name
            country: Country
            address1: Address 1
            city: City
            state: State - Maximum 20 characters.
            postcode: Post code
            phonenumber: Phone
            emarketing: News and Updates - You will be subscribed to our newsletter list and will receive updates and news regarding Time4VPS services.
            body: The whole request body, instead of the arguments above: a
                UpdateDetailsRequest (sent as its to_dict()) or a mapping (sent as it is).

        Returns:
            UpdateDetailsResponse — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return await self._client._call(
            _OP_UPDATE_DETAILS,
            {
                "type": type,
                "companyname": companyname,
                "companyregistrationnumber": companyregistrationnumber,
                "vateu": vateu,
                "email": email,
                "firstname": firstname,
                "lastname": lastname,
                "country": country,
                "address1": address1,
                "city": city,
                "state": state,
                "postcode": postcode,
                "phonenumber": phonenumber,
                "emarketing": emarketing,
                "body": body,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    @overload
    async def sign_up(
        self,
        *,
        body: SignupRequest | Mapping[str, object],
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> InfoResponse: ...

    @overload
    async def sign_up(
        self,
        *,
        email: str,
        password: str,
        country: str,
        type: str | _t.NotGiven = _t.NOT_GIVEN,
        companyname: str | _t.NotGiven = _t.NOT_GIVEN,
        companyregistrationnumber: str | _t.NotGiven = _t.NOT_GIVEN,
        vateu: str | _t.NotGiven = _t.NOT_GIVEN,
        firstname: str | _t.NotGiven = _t.NOT_GIVEN,
        lastname: str | _t.NotGiven = _t.NOT_GIVEN,
        address1: str | _t.NotGiven = _t.NOT_GIVEN,
        city: str | _t.NotGiven = _t.NOT_GIVEN,
        postcode: str | _t.NotGiven = _t.NOT_GIVEN,
        phonenumber: str | _t.NotGiven = _t.NOT_GIVEN,
        emarketing: list[str] | _t.NotGiven = _t.NOT_GIVEN,
        field_2faenable: list[str] | _t.NotGiven = _t.NOT_GIVEN,
        field_2fasecret: str | _t.NotGiven = _t.NOT_GIVEN,
        currency: str | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> InfoResponse: ...

    async def sign_up(
        self,
        *,
        email: str | _t.NotGiven = _t.NOT_GIVEN,
        password: str | _t.NotGiven = _t.NOT_GIVEN,
        country: str | _t.NotGiven = _t.NOT_GIVEN,
        type: str | _t.NotGiven = _t.NOT_GIVEN,
        companyname: str | _t.NotGiven = _t.NOT_GIVEN,
        companyregistrationnumber: str | _t.NotGiven = _t.NOT_GIVEN,
        vateu: str | _t.NotGiven = _t.NOT_GIVEN,
        firstname: str | _t.NotGiven = _t.NOT_GIVEN,
        lastname: str | _t.NotGiven = _t.NOT_GIVEN,
        address1: str | _t.NotGiven = _t.NOT_GIVEN,
        city: str | _t.NotGiven = _t.NOT_GIVEN,
        postcode: str | _t.NotGiven = _t.NOT_GIVEN,
        phonenumber: str | _t.NotGiven = _t.NOT_GIVEN,
        emarketing: list[str] | _t.NotGiven = _t.NOT_GIVEN,
        field_2faenable: list[str] | _t.NotGiven = _t.NOT_GIVEN,
        field_2fasecret: str | _t.NotGiven = _t.NOT_GIVEN,
        currency: str | _t.NotGiven = _t.NOT_GIVEN,
        body: SignupRequest | Mapping[str, object] | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> InfoResponse:
        """Sign up

        Create new account

        ``POST /signup``

        Args:
            email: Email Address
            password: Password - Password should consist of minimum 12 characters and at least one number and one uppercase character.
            country: Country
            type: Account Type
            companyname: Organization - Required for organization account
            companyregistrationnumber: Organization Registration Number
            vateu: VAT Number - If you have valid VAT-EU registered number please provide it here
            firstname: First Name
            lastname: Last Name
            address1: Address 1
            city: City
            postcode: Post code
            phonenumber: Phone
            emarketing: News and Updates - You will be subscribed to our newsletter list and will receive updates and news regarding Time4VPS services.
            field_2faenable: Two-Factor Authentication
            field_2fasecret: Two-Factor Secret - If Two-Factor is enabled, enter 16-chars (letters/digits) secret code to use in Google Authenticator App.
            currency: Currency
            body: The whole request body, instead of the arguments above: a
                SignupRequest (sent as its to_dict()) or a mapping (sent as it is).

        Returns:
            InfoResponse — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
        """
        return await self._client._call(
            _OP_SIGN_UP,
            {
                "email": email,
                "password": password,
                "country": country,
                "type": type,
                "companyname": companyname,
                "companyregistrationnumber": companyregistrationnumber,
                "vateu": vateu,
                "firstname": firstname,
                "lastname": lastname,
                "address1": address1,
                "city": city,
                "postcode": postcode,
                "phonenumber": phonenumber,
                "emarketing": emarketing,
                "field_2faenable": field_2faenable,
                "field_2fasecret": field_2fasecret,
                "currency": currency,
                "body": body,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    @overload
    async def request_password_reset(
        self,
        *,
        body: PasswordResetRequest | Mapping[str, object],
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> InfoResponse: ...

    @overload
    async def request_password_reset(
        self,
        *,
        email: str | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> InfoResponse: ...

    async def request_password_reset(
        self,
        *,
        email: str | _t.NotGiven = _t.NOT_GIVEN,
        body: PasswordResetRequest | Mapping[str, object] | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> InfoResponse:
        """Password Reset

        Request password reset email for account

        ``POST /passwordreset``

        Args:
            email: EMail address
            body: The whole request body, instead of the arguments above: a
                PasswordResetRequest (sent as its to_dict()) or a mapping (sent as it is).

        Returns:
            InfoResponse — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
        """
        return await self._client._call(
            _OP_REQUEST_PASSWORD_RESET,
            {"email": email, "body": body},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def list_contacts(
        self,
        *,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> ContactListResponse:
        """List contacts

        Return a list of contacts on this account

        ``GET /contact``

        Returns:
            ContactListResponse — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return await self._client._call(
            _OP_LIST_CONTACTS,
            {},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    @overload
    async def add_contact(
        self,
        *,
        body: AddContactRequest | Mapping[str, object],
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> AddContactResponse: ...

    @overload
    async def add_contact(
        self,
        *,
        password: str | _t.NotGiven = _t.NOT_GIVEN,
        privileges: ContactPrivileges | _t.NotGiven = _t.NOT_GIVEN,
        type: str | _t.NotGiven = _t.NOT_GIVEN,
        companyname: str | _t.NotGiven = _t.NOT_GIVEN,
        companyregistrationnumber: str | _t.NotGiven = _t.NOT_GIVEN,
        vateu: str | _t.NotGiven = _t.NOT_GIVEN,
        email: str | _t.NotGiven = _t.NOT_GIVEN,
        firstname: str | _t.NotGiven = _t.NOT_GIVEN,
        lastname: str | _t.NotGiven = _t.NOT_GIVEN,
        country: str | _t.NotGiven = _t.NOT_GIVEN,
        address1: str | _t.NotGiven = _t.NOT_GIVEN,
        city: str | _t.NotGiven = _t.NOT_GIVEN,
        state: str | _t.NotGiven = _t.NOT_GIVEN,
        postcode: str | _t.NotGiven = _t.NOT_GIVEN,
        phonenumber: str | _t.NotGiven = _t.NOT_GIVEN,
        emarketing: list[str] | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> AddContactResponse: ...

    async def add_contact(
        self,
        *,
        password: str | _t.NotGiven = _t.NOT_GIVEN,
        privileges: ContactPrivileges | _t.NotGiven = _t.NOT_GIVEN,
        type: str | _t.NotGiven = _t.NOT_GIVEN,
        companyname: str | _t.NotGiven = _t.NOT_GIVEN,
        companyregistrationnumber: str | _t.NotGiven = _t.NOT_GIVEN,
        vateu: str | _t.NotGiven = _t.NOT_GIVEN,
        email: str | _t.NotGiven = _t.NOT_GIVEN,
        firstname: str | _t.NotGiven = _t.NOT_GIVEN,
        lastname: str | _t.NotGiven = _t.NOT_GIVEN,
        country: str | _t.NotGiven = _t.NOT_GIVEN,
        address1: str | _t.NotGiven = _t.NOT_GIVEN,
        city: str | _t.NotGiven = _t.NOT_GIVEN,
        state: str | _t.NotGiven = _t.NOT_GIVEN,
        postcode: str | _t.NotGiven = _t.NOT_GIVEN,
        phonenumber: str | _t.NotGiven = _t.NOT_GIVEN,
        emarketing: list[str] | _t.NotGiven = _t.NOT_GIVEN,
        body: AddContactRequest | Mapping[str, object] | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> AddContactResponse:
        """Add contact

        Create new contact account, if password is provided you can use provided email addres to login as that contact.

        ``POST /contact``

        Args:
            password: Optional, allows you to login as contact
            privileges: Privileges of a contact, grouped by area. `GET /contact/privileges` lists every possible privilege; each domain and service may list additional privileges, depending on available features.
            type: Account Type
            companyname: Organization
            companyregistrationnumber: Organization Registration Number
            vateu: VAT Number - If you have valid VAT-EU registered number please provide it here
            email: Email Address
            firstname: First Name
            lastname: Last Name
            country: Country
            address1: Address 1
            city: City
            state: State - Maximum 20 characters.
            postcode: Post code
            phonenumber: Phone
            emarketing: News and Updates - You will be subscribed to our newsletter list and will receive updates and news regarding Time4VPS services.
            body: The whole request body, instead of the arguments above: a
                AddContactRequest (sent as its to_dict()) or a mapping (sent as it is).

        Returns:
            AddContactResponse — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return await self._client._call(
            _OP_ADD_CONTACT,
            {
                "password": password,
                "privileges": privileges,
                "type": type,
                "companyname": companyname,
                "companyregistrationnumber": companyregistrationnumber,
                "vateu": vateu,
                "email": email,
                "firstname": firstname,
                "lastname": lastname,
                "country": country,
                "address1": address1,
                "city": city,
                "state": state,
                "postcode": postcode,
                "phonenumber": phonenumber,
                "emarketing": emarketing,
                "body": body,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def list_contact_privileges(
        self,
        *,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> ContactPrivilegesResponse:
        """Contact privileges

        List possible contact privileges.
        Each domain and service may list additional privileges, depending on available features.

        ``GET /contact/privileges``

        Returns:
            ContactPrivilegesResponse — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return await self._client._call(
            _OP_LIST_CONTACT_PRIVILEGES,
            {},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def get_contact(
        self,
        *,
        id: int,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> ContactDetailsResponse:
        """Get contacts details

        Return array with contact details

        ``GET /contact/{id}``

        Args:
            id: Contact ID

        Returns:
            ContactDetailsResponse — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return await self._client._call(
            _OP_GET_CONTACT,
            {"id": id},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    @overload
    async def edit_contact(
        self,
        *,
        id: int,
        body: EditContactRequest | Mapping[str, object],
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> InfoResponse: ...

    @overload
    async def edit_contact(
        self,
        *,
        id: int,
        privileges: ContactPrivileges | _t.NotGiven = _t.NOT_GIVEN,
        type: str | _t.NotGiven = _t.NOT_GIVEN,
        companyname: str | _t.NotGiven = _t.NOT_GIVEN,
        companyregistrationnumber: str | _t.NotGiven = _t.NOT_GIVEN,
        vateu: str | _t.NotGiven = _t.NOT_GIVEN,
        email: str | _t.NotGiven = _t.NOT_GIVEN,
        firstname: str | _t.NotGiven = _t.NOT_GIVEN,
        lastname: str | _t.NotGiven = _t.NOT_GIVEN,
        country: str | _t.NotGiven = _t.NOT_GIVEN,
        address1: str | _t.NotGiven = _t.NOT_GIVEN,
        city: str | _t.NotGiven = _t.NOT_GIVEN,
        state: str | _t.NotGiven = _t.NOT_GIVEN,
        postcode: str | _t.NotGiven = _t.NOT_GIVEN,
        phonenumber: str | _t.NotGiven = _t.NOT_GIVEN,
        emarketing: list[str] | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> InfoResponse: ...

    async def edit_contact(
        self,
        *,
        id: int,
        privileges: ContactPrivileges | _t.NotGiven = _t.NOT_GIVEN,
        type: str | _t.NotGiven = _t.NOT_GIVEN,
        companyname: str | _t.NotGiven = _t.NOT_GIVEN,
        companyregistrationnumber: str | _t.NotGiven = _t.NOT_GIVEN,
        vateu: str | _t.NotGiven = _t.NOT_GIVEN,
        email: str | _t.NotGiven = _t.NOT_GIVEN,
        firstname: str | _t.NotGiven = _t.NOT_GIVEN,
        lastname: str | _t.NotGiven = _t.NOT_GIVEN,
        country: str | _t.NotGiven = _t.NOT_GIVEN,
        address1: str | _t.NotGiven = _t.NOT_GIVEN,
        city: str | _t.NotGiven = _t.NOT_GIVEN,
        state: str | _t.NotGiven = _t.NOT_GIVEN,
        postcode: str | _t.NotGiven = _t.NOT_GIVEN,
        phonenumber: str | _t.NotGiven = _t.NOT_GIVEN,
        emarketing: list[str] | _t.NotGiven = _t.NOT_GIVEN,
        body: EditContactRequest | Mapping[str, object] | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> InfoResponse:
        """Edit contact

        Change contact details

        ``PUT /contact/{id}``

        Args:
            id: Contact ID
            privileges: Privileges of a contact, grouped by area. `GET /contact/privileges` lists every possible privilege; each domain and service may list additional privileges, depending on available features.
            type: Account Type
            companyname: Organization
            companyregistrationnumber: Organization Registration Number
            vateu: VAT Number - If you have valid VAT-EU registered number please provide it here
            email: Email Address
            firstname: First Name
            lastname: Last Name
            country: Country
            address1: Address 1
            city: City
            state: State - Maximum 20 characters.
            postcode: Post code
            phonenumber: Phone
            emarketing: News and Updates - You will be subscribed to our newsletter list and will receive updates and news regarding Time4VPS services.
            body: The whole request body, instead of the arguments above: a
                EditContactRequest (sent as its to_dict()) or a mapping (sent as it is).

        Returns:
            InfoResponse — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return await self._client._call(
            _OP_EDIT_CONTACT,
            {
                "id": id,
                "privileges": privileges,
                "type": type,
                "companyname": companyname,
                "companyregistrationnumber": companyregistrationnumber,
                "vateu": vateu,
                "email": email,
                "firstname": firstname,
                "lastname": lastname,
                "country": country,
                "address1": address1,
                "city": city,
                "state": state,
                "postcode": postcode,
                "phonenumber": phonenumber,
                "emarketing": emarketing,
                "body": body,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def list_notifications(
        self,
        *,
        rel_type: str | _t.NotGiven = _t.NOT_GIVEN,
        rel_id: str | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> dict[str, Any]:
        """List all portal notifications

        Return a list of all portal notifications.

        ``GET /notifications``

        Args:
            rel_type: Optional, return only by relation type
            rel_id: Optional, return only by relation id

        Returns:
            dict[str, Any] — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return await self._client._call(
            _OP_LIST_NOTIFICATIONS,
            {"rel_type": rel_type, "rel_id": rel_id},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def list_new_notifications(
        self,
        *,
        rel_type: str | _t.NotGiven = _t.NOT_GIVEN,
        rel_id: str | _t.NotGiven = _t.NOT_GIVEN,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> dict[str, Any]:
        """List new portal notifications

        Return only new portal notifications.

        ``GET /notifications/new``

        Args:
            rel_type: Optional, return only by relation type
            rel_id: Optional, return only by relation id

        Returns:
            dict[str, Any] — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return await self._client._call(
            _OP_LIST_NEW_NOTIFICATIONS,
            {"rel_type": rel_type, "rel_id": rel_id},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def acknowledge_notification(
        self,
        *,
        id: int,
        timeout: _t.TimeoutTypes | _t.NotGiven = _t.NOT_GIVEN,
        max_retries: int | _t.NotGiven = _t.NOT_GIVEN,
        extra_headers: _t.Headers | None = None,
        extra_query: _t.Query | None = None,
    ) -> dict[str, Any]:
        """Acknowledge notification

        Marks the notification as read

        ``PUT /notifications/{id}/ack``

        Args:
            id: Notification ID

        Returns:
            dict[str, Any] — 200: Successful response.

        Raises:
            BadRequestError: 400 The request was rejected (invalid or missing parameters, or the action could not be started). The body lists the error codes or messages.
            AuthenticationError: 401 Missing or wrong client-area credentials.
            PermissionDeniedError: 403 The authenticated account (or contact) is not allowed to perform this action.
            NotFoundError: 404 The addressed resource (service, server, task, zone, record, ...) does not exist or does not belong to this account.
        """
        return await self._client._call(
            _OP_ACKNOWLEDGE_NOTIFICATION,
            {"id": id},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class AsyncClientareaResourceWithRawResponse:
    """Operations of AsyncClientareaResource that return the raw APIResponse."""

    def __init__(self, resource: AsyncClientareaResource) -> None:
        self.get_details = _r.async_to_raw_response_wrapper(resource.get_details)
        self.update_details = _r.async_to_raw_response_wrapper(resource.update_details)
        self.sign_up = _r.async_to_raw_response_wrapper(resource.sign_up)
        self.request_password_reset = _r.async_to_raw_response_wrapper(
            resource.request_password_reset
        )
        self.list_contacts = _r.async_to_raw_response_wrapper(resource.list_contacts)
        self.add_contact = _r.async_to_raw_response_wrapper(resource.add_contact)
        self.list_contact_privileges = _r.async_to_raw_response_wrapper(
            resource.list_contact_privileges
        )
        self.get_contact = _r.async_to_raw_response_wrapper(resource.get_contact)
        self.edit_contact = _r.async_to_raw_response_wrapper(resource.edit_contact)
        self.list_notifications = _r.async_to_raw_response_wrapper(
            resource.list_notifications
        )
        self.list_new_notifications = _r.async_to_raw_response_wrapper(
            resource.list_new_notifications
        )
        self.acknowledge_notification = _r.async_to_raw_response_wrapper(
            resource.acknowledge_notification
        )


class AsyncClientareaResourceWithStreamingResponse:
    """Operations of AsyncClientareaResource that yield a streamed response."""

    def __init__(self, resource: AsyncClientareaResource) -> None:
        self.get_details = _r.async_to_streamed_response_wrapper(resource.get_details)
        self.update_details = _r.async_to_streamed_response_wrapper(
            resource.update_details
        )
        self.sign_up = _r.async_to_streamed_response_wrapper(resource.sign_up)
        self.request_password_reset = _r.async_to_streamed_response_wrapper(
            resource.request_password_reset
        )
        self.list_contacts = _r.async_to_streamed_response_wrapper(
            resource.list_contacts
        )
        self.add_contact = _r.async_to_streamed_response_wrapper(resource.add_contact)
        self.list_contact_privileges = _r.async_to_streamed_response_wrapper(
            resource.list_contact_privileges
        )
        self.get_contact = _r.async_to_streamed_response_wrapper(resource.get_contact)
        self.edit_contact = _r.async_to_streamed_response_wrapper(resource.edit_contact)
        self.list_notifications = _r.async_to_streamed_response_wrapper(
            resource.list_notifications
        )
        self.list_new_notifications = _r.async_to_streamed_response_wrapper(
            resource.list_new_notifications
        )
        self.acknowledge_notification = _r.async_to_streamed_response_wrapper(
            resource.acknowledge_notification
        )
