"""UpdateDetailsRequest: Registration details to change; send only the fields to update."""

from __future__ import annotations

from dataclasses import dataclass

from .. import _models as _c
from .. import _types as _t

__all__ = ["UpdateDetailsRequest"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class UpdateDetailsRequest(_c.BaseModel):
    """Registration details to change; send only the fields to update.

    Attributes:
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
    """

    type: str | _t.NotGiven = _c.opt("type", _c.STR)
    companyname: str | _t.NotGiven = _c.opt("companyname", _c.STR)
    companyregistrationnumber: str | _t.NotGiven = _c.opt(
        "companyregistrationnumber", _c.STR
    )
    vateu: str | _t.NotGiven = _c.opt("vateu", _c.STR)
    email: str | _t.NotGiven = _c.opt("email", _c.STR)
    firstname: str | _t.NotGiven = _c.opt("firstname", _c.STR)
    lastname: str | _t.NotGiven = _c.opt("lastname", _c.STR)
    country: str | _t.NotGiven = _c.opt("country", _c.STR)
    address1: str | _t.NotGiven = _c.opt("address1", _c.STR)
    city: str | _t.NotGiven = _c.opt("city", _c.STR)
    state: str | _t.NotGiven = _c.opt("state", _c.STR)
    postcode: str | _t.NotGiven = _c.opt("postcode", _c.STR)
    phonenumber: str | _t.NotGiven = _c.opt("phonenumber", _c.STR)
    emarketing: list[str] | _t.NotGiven = _c.opt("emarketing", _c.list_(_c.STR))
