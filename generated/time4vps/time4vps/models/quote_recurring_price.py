"""QuoteRecurringPrice"""

from __future__ import annotations

from dataclasses import dataclass

from .. import _models as _c
from .. import _types as _t

__all__ = ["QuoteRecurringPrice"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class QuoteRecurringPrice(_c.BaseModel):
    """QuoteRecurringPrice

    Attributes:
        title: Billing period name
        price: Recurring price
        value: Billing period symbol
    """

    title: str | _t.NotGiven = _c.opt("title", _c.STR)
    price: float | _t.NotGiven = _c.opt("price", _c.FLOAT)
    value: str | _t.NotGiven = _c.opt("value", _c.STR)
