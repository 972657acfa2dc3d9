"""Product: Product available for purchase."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .. import _models as _c
from .. import _types as _t

if TYPE_CHECKING:
    from .pricing_period import PricingPeriod

__all__ = ["Product"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class Product(_c.BaseModel):
    """Product available for purchase.

    Attributes:
        id: Product ID
        type: Product type
        name: Product name
        stock: Stock control flag
        paytype: Payment type, e.g. `Regular`
        description: Product description
        qty: Quantity in stock
        tags: Product tags
        periods: Available billing periods
    """

    id: str = _c.req("id", _c.STR)
    type: str | _t.NotGiven = _c.opt("type", _c.STR)
    name: str | _t.NotGiven = _c.opt("name", _c.STR)
    stock: bool | _t.NotGiven = _c.opt("stock", _c.BOOL)
    paytype: str | _t.NotGiven = _c.opt("paytype", _c.STR)
    description: str | _t.NotGiven = _c.opt("description", _c.STR)
    qty: str | _t.NotGiven = _c.opt("qty", _c.STR)
    tags: list[Any] | _t.NotGiven = _c.opt("tags", _c.list_(_c.ANY))
    periods: list[PricingPeriod] | _t.NotGiven = _c.opt(
        "periods", _c.list_(_c.model(_MODELS, "PricingPeriod"))
    )
