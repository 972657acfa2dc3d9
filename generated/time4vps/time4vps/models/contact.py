"""Contact: A contact (sub-account) of the client. `GET /contact` returns the short form (`company`, `lastlogin`), `GET /contact/{id}` the full form (address, `type`, `privileges`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .. import _models as _c
from .. import _types as _t

if TYPE_CHECKING:
    from .contact_privileges import ContactPrivileges

__all__ = ["Contact"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class Contact(_c.BaseModel):
    """A contact (sub-account) of the client. `GET /contact` returns the short form (`company`, `lastlogin`), `GET /contact/{id}` the full form (address, `type`, `privileges`).

    Attributes:
        id: Contact ID
        email: Email Address
        firstname: First Name
        lastname: Last Name
        companyname: Organization
        company: Company flag (`"0"` / `"1"`)
        lastlogin: Date and time of the last login, `0000-00-00 00:00:00` if never
        address1: Address 1
        address2: Address 2
        city: City
        state: State
        postcode: Post code
        country: Country
        phonenumber: Phone
        type: Account Type, e.g. `Private`
        privileges: Privileges of a contact, grouped by area. `GET /contact/privileges` lists every possible privilege; each domain and service may list additional privileges, depending on available features.
    """

    id: str = _c.req("id", _c.STR)
    email: str = _c.req("email", _c.STR)
    firstname: str | _t.NotGiven = _c.opt("firstname", _c.STR)
    lastname: str | _t.NotGiven = _c.opt("lastname", _c.STR)
    companyname: str | _t.NotGiven = _c.opt("companyname", _c.STR)
    company: str | _t.NotGiven = _c.opt("company", _c.STR)
    lastlogin: str | _t.NotGiven = _c.opt("lastlogin", _c.STR)
    address1: str | _t.NotGiven = _c.opt("address1", _c.STR)
    address2: str | _t.NotGiven = _c.opt("address2", _c.STR)
    city: str | _t.NotGiven = _c.opt("city", _c.STR)
    state: str | _t.NotGiven = _c.opt("state", _c.STR)
    postcode: str | _t.NotGiven = _c.opt("postcode", _c.STR)
    country: str | _t.NotGiven = _c.opt("country", _c.STR)
    phonenumber: str | _t.NotGiven = _c.opt("phonenumber", _c.STR)
    type: str | _t.NotGiven = _c.opt("type", _c.STR)
    privileges: ContactPrivileges | _t.NotGiven = _c.opt(
        "privileges", _c.model(_MODELS, "ContactPrivileges")
    )
