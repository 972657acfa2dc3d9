"""CertificateOrganization: Organization details."""

from __future__ import annotations

from dataclasses import dataclass

from .. import _models as _c
from .. import _types as _t

__all__ = ["CertificateOrganization"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class CertificateOrganization(_c.BaseModel):
    """Organization details.

    Attributes:
        state: State
        country: Country
        name: Organization name
        unit: Organizational unit
        locality: Locality (city)
        postalcode: Post code
        address2: Address 2
        address1: Address 1
    """

    state: str | _t.NotGiven = _c.opt("state", _c.STR)
    country: str | _t.NotGiven = _c.opt("country", _c.STR)
    name: str | _t.NotGiven = _c.opt("name", _c.STR)
    unit: str | _t.NotGiven = _c.opt("unit", _c.STR)
    locality: str | _t.NotGiven = _c.opt("locality", _c.STR)
    postalcode: str | _t.NotGiven = _c.opt("postalcode", _c.STR)
    address2: str | _t.NotGiven = _c.opt("address2", _c.STR)
    address1: str | _t.NotGiven = _c.opt("address1", _c.STR)
