"""SignupRequest: New account registration."""

from __future__ import annotations

from dataclasses import dataclass

from .. import _models as _c
from .. import _types as _t

__all__ = ["SignupRequest"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class SignupRequest(_c.BaseModel):
    """New account registration.

    Attributes:
        type: Account Type
        companyname: Organization - Required for organization account
        companyregistrationnumber: Organization Registration Number
        vateu: VAT Number - If you have valid VAT-EU registered number please provide it here
        email: Email Address
        password: Password - Password should consist of minimum 12 characters and at least one number and one uppercase character.
        firstname: First Name
        lastname: Last Name
        country: Country
        address1: Address 1
        city: City
        postcode: Post code
        phonenumber: Phone
        emarketing: News and Updates - You will be subscribed to our newsletter list and will receive updates and news regarding Time4VPS services.
        field_2faenable: Two-Factor Authentication
        field_2fasecret: Two-Factor Secret - If Two-Factor is enabled, enter 16-chars (letters/digits) secret code to use in Google Authenticator App.
        currency: Currency
    """

    email: str = _c.req("email", _c.STR)
    password: str = _c.req("password", _c.STR)
    country: str = _c.req("country", _c.STR)
    type: str | _t.NotGiven = _c.opt("type", _c.STR)
    companyname: str | _t.NotGiven = _c.opt("companyname", _c.STR)
    companyregistrationnumber: str | _t.NotGiven = _c.opt(
        "companyregistrationnumber", _c.STR
    )
    vateu: str | _t.NotGiven = _c.opt("vateu", _c.STR)
    firstname: str | _t.NotGiven = _c.opt("firstname", _c.STR)
    lastname: str | _t.NotGiven = _c.opt("lastname", _c.STR)
    address1: str | _t.NotGiven = _c.opt("address1", _c.STR)
    city: str | _t.NotGiven = _c.opt("city", _c.STR)
    postcode: str | _t.NotGiven = _c.opt("postcode", _c.STR)
    phonenumber: str | _t.NotGiven = _c.opt("phonenumber", _c.STR)
    emarketing: list[str] | _t.NotGiven = _c.opt("emarketing", _c.list_(_c.STR))
    field_2faenable: list[str] | _t.NotGiven = _c.opt("2faenable", _c.list_(_c.STR))
    field_2fasecret: str | _t.NotGiven = _c.opt("2fasecret", _c.STR)
    currency: str | _t.NotGiven = _c.opt("currency", _c.STR)
