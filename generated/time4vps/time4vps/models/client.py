"""Client: Registration details of the account holder."""

from __future__ import annotations

from dataclasses import dataclass

from .. import _models as _c
from .. import _types as _t

__all__ = ["Client"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class Client(_c.BaseModel):
    """Registration details of the account holder.

    Attributes:
        id: Client ID
        email: Email Address (the client-area login)
        lastlogin: Date and time of the last login (`YYYY-MM-DD HH:MM:SS`)
        ip: IP address of the last login
        host: Host name of the last login
        firstname: First Name
        lastname: Last Name
        companyname: Organization
        address1: Address 1
        address2: Address 2
        city: City
        state: State
        postcode: Post code
        country: Country (ISO 3166-1 alpha-2 code in the examples)
        phonenumber: Phone
    """

    id: str = _c.req("id", _c.STR)
    email: str = _c.req("email", _c.STR)
    lastlogin: str | _t.NotGiven = _c.opt("lastlogin", _c.STR)
    ip: str | _t.NotGiven = _c.opt("ip", _c.STR)
    host: str | _t.NotGiven = _c.opt("host", _c.STR)
    firstname: str | _t.NotGiven = _c.opt("firstname", _c.STR)
    lastname: str | _t.NotGiven = _c.opt("lastname", _c.STR)
    companyname: str | _t.NotGiven = _c.opt("companyname", _c.STR)
    address1: str | _t.NotGiven = _c.opt("address1", _c.STR)
    address2: str | _t.NotGiven = _c.opt("address2", _c.STR)
    city: str | _t.NotGiven = _c.opt("city", _c.STR)
    state: str | _t.NotGiven = _c.opt("state", _c.STR)
    postcode: str | _t.NotGiven = _c.opt("postcode", _c.STR)
    country: str | _t.NotGiven = _c.opt("country", _c.STR)
    phonenumber: str | _t.NotGiven = _c.opt("phonenumber", _c.STR)
