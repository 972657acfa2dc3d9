"""CertificatePeriod"""

from __future__ import annotations

from dataclasses import dataclass

from .. import _models as _c
from .. import _types as _t

__all__ = ["CertificatePeriod"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class CertificatePeriod(_c.BaseModel):
    """CertificatePeriod

    Attributes:
        years: Number of years
        price: Price
        renew: Renewal price
    """

    years: int | _t.NotGiven = _c.opt("years", _c.INT)
    price: float | _t.NotGiven = _c.opt("price", _c.FLOAT)
    renew: float | _t.NotGiven = _c.opt("renew", _c.FLOAT)
