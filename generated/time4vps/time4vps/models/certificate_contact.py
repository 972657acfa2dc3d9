"""CertificateContact: Certificate contact."""

from __future__ import annotations

from dataclasses import dataclass

from .. import _models as _c
from .. import _types as _t

__all__ = ["CertificateContact"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class CertificateContact(_c.BaseModel):
    """Certificate contact.

    Attributes:
        f_name: First name
        l_name: Last name
        city: City
        state: State
        postal_code: Post code
        email_address: Email
        country: Country
        address1: Address 1
        address2: Address 2
        phone: Phone number
        org_name: Organization name
        pre_fix: Phone country prefix
        job_title: Job title
    """

    f_name: str | _t.NotGiven = _c.opt("FName", _c.STR)
    l_name: str | _t.NotGiven = _c.opt("LName", _c.STR)
    city: str | _t.NotGiven = _c.opt("City", _c.STR)
    state: str | _t.NotGiven = _c.opt("State", _c.STR)
    postal_code: str | _t.NotGiven = _c.opt("PostalCode", _c.STR)
    email_address: str | _t.NotGiven = _c.opt("EmailAddress", _c.STR)
    country: str | _t.NotGiven = _c.opt("Country", _c.STR)
    address1: str | _t.NotGiven = _c.opt("Address1", _c.STR)
    address2: str | _t.NotGiven = _c.opt("Address2", _c.STR)
    phone: int | _t.NotGiven = _c.opt("Phone", _c.INT)
    org_name: str | _t.NotGiven = _c.opt("OrgName", _c.STR)
    pre_fix: int | _t.NotGiven = _c.opt("PreFix", _c.INT)
    job_title: str | _t.NotGiven = _c.opt("JobTitle", _c.STR)
