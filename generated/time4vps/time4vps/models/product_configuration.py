"""ProductConfiguration: Product details with form configuration, addons and subproducts."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .. import _models as _c
from .. import _types as _t

if TYPE_CHECKING:
    from .product_config import ProductConfig

__all__ = ["ProductConfiguration"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class ProductConfiguration(_c.BaseModel):
    """Product details with form configuration, addons and subproducts.

    Attributes:
        id: Product ID
        category_name: Category name
        category_id: Category ID
        name: Product name
        price: Price for the default billing period
        recurring: Default billing period symbol
        setup: Setup fee
        config: Order form configuration of a product.
        recurring_price: Recurring price
        prorata_date: Pro-rata date, null if not applicable
    """

    id: str = _c.req("id", _c.STR)
    category_name: str | _t.NotGiven = _c.opt("category_name", _c.STR)
    category_id: str | _t.NotGiven = _c.opt("category_id", _c.STR)
    name: str | _t.NotGiven = _c.opt("name", _c.STR)
    price: float | _t.NotGiven = _c.opt("price", _c.FLOAT)
    recurring: str | _t.NotGiven = _c.opt("recurring", _c.STR)
    setup: float | _t.NotGiven = _c.opt("setup", _c.FLOAT)
    config: ProductConfig | _t.NotGiven = _c.opt(
        "config", _c.model(_MODELS, "ProductConfig")
    )
    recurring_price: float | _t.NotGiven = _c.opt("recurring_price", _c.FLOAT)
    prorata_date: str | _t.NotGiven | None = _c.opt("prorata_date", _c.nullable(_c.STR))
