"""PricingPeriod: One selectable billing period and its price."""

from __future__ import annotations

from dataclasses import dataclass

from .. import _models as _c
from .. import _types as _t

__all__ = ["PricingPeriod"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class PricingPeriod(_c.BaseModel):
    """One selectable billing period and its price.

    Attributes:
        title: Billing period symbol as shown to the user
        value: Billing period symbol to send as `cycle` (see BillingCycle)
        price: Recurring price
        setup: Setup fee
        selected: Whether this period is the pre-selected one
    """

    title: str | _t.NotGiven = _c.opt("title", _c.STR)
    value: str | _t.NotGiven = _c.opt("value", _c.STR)
    price: float | _t.NotGiven = _c.opt("price", _c.FLOAT)
    setup: float | _t.NotGiven = _c.opt("setup", _c.FLOAT)
    selected: bool | _t.NotGiven = _c.opt("selected", _c.BOOL)
