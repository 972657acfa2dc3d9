"""QuoteSummary: Order cost summary."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .. import _models as _c
from .. import _types as _t

if TYPE_CHECKING:
    from .quote_recurring_price import QuoteRecurringPrice
    from .quote_tax import QuoteTax

__all__ = ["QuoteSummary"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class QuoteSummary(_c.BaseModel):
    """Order cost summary.

    Attributes:
        subtotal: Subtotal
        total: Total
        credit: Credit applied
        discount: Discount
        cost: Cost
        recurring: Recurring prices per billing period
        tax: Taxes
    """

    subtotal: float | _t.NotGiven = _c.opt("subtotal", _c.FLOAT)
    total: float | _t.NotGiven = _c.opt("total", _c.FLOAT)
    credit: float | _t.NotGiven = _c.opt("credit", _c.FLOAT)
    discount: float | _t.NotGiven = _c.opt("discount", _c.FLOAT)
    cost: float | _t.NotGiven = _c.opt("cost", _c.FLOAT)
    recurring: list[QuoteRecurringPrice] | _t.NotGiven = _c.opt(
        "recurring", _c.list_(_c.model(_MODELS, "QuoteRecurringPrice"))
    )
    tax: list[QuoteTax] | _t.NotGiven = _c.opt(
        "tax", _c.list_(_c.model(_MODELS, "QuoteTax"))
    )
