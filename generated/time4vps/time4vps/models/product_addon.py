"""ProductAddon: Addon that can be ordered with the product."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .. import _models as _c
from .. import _types as _t

if TYPE_CHECKING:
    from .product_addon_config_field import ProductAddonConfigField

__all__ = ["ProductAddon"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class ProductAddon(_c.BaseModel):
    """Addon that can be ordered with the product.

    Attributes:
        type: Addon type, e.g. `subitem`
        title: Addon title
        id: Addon ID
        value: Current value, null if not selected
        description: Addon description
        config: Order fields of the addon
        price: Price
        recurring_price: Recurring price
        setup: Setup fee
        prorata_date: Pro-rata date, null if not applicable
    """

    type: str | _t.NotGiven = _c.opt("type", _c.STR)
    title: str | _t.NotGiven = _c.opt("title", _c.STR)
    id: str | _t.NotGiven = _c.opt("id", _c.STR)
    value: str | _t.NotGiven | None = _c.opt("value", _c.nullable(_c.STR))
    description: str | _t.NotGiven = _c.opt("description", _c.STR)
    config: list[ProductAddonConfigField] | _t.NotGiven = _c.opt(
        "config", _c.list_(_c.model(_MODELS, "ProductAddonConfigField"))
    )
    price: float | _t.NotGiven = _c.opt("price", _c.FLOAT)
    recurring_price: float | _t.NotGiven = _c.opt("recurring_price", _c.FLOAT)
    setup: float | _t.NotGiven = _c.opt("setup", _c.FLOAT)
    prorata_date: str | _t.NotGiven | None = _c.opt("prorata_date", _c.nullable(_c.STR))
