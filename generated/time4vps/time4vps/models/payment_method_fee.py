"""PaymentMethodFee: Payment method with its fees."""

from __future__ import annotations

from dataclasses import dataclass

from .. import _models as _c
from .. import _types as _t

__all__ = ["PaymentMethodFee"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class PaymentMethodFee(_c.BaseModel):
    """Payment method with its fees.

    Attributes:
        id: Payment method ID
        name: Payment method name
        fixed_fee: Fixed fee, as a decimal string
        percent_fee: Percentage fee, as a decimal string
    """

    id: int = _c.req("id", _c.INT)
    name: str | _t.NotGiven = _c.opt("name", _c.STR)
    fixed_fee: str | _t.NotGiven = _c.opt("fixed_fee", _c.STR)
    percent_fee: str | _t.NotGiven = _c.opt("percent_fee", _c.STR)
