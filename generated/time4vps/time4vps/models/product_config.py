"""ProductConfig: Order form configuration of a product."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .. import _models as _c
from .. import _types as _t

if TYPE_CHECKING:
    from .product_addon import ProductAddon
    from .product_config_field import ProductConfigField
    from .product_form_field import ProductFormField

__all__ = ["ProductConfig"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class ProductConfig(_c.BaseModel):
    """Order form configuration of a product.

    Attributes:
        product: Basic order fields
        forms: Configurable options
        addons: Available addons
        subproducts: Sub-products
    """

    product: list[ProductConfigField] | _t.NotGiven = _c.opt(
        "product", _c.list_(_c.model(_MODELS, "ProductConfigField"))
    )
    forms: list[ProductFormField] | _t.NotGiven = _c.opt(
        "forms", _c.list_(_c.model(_MODELS, "ProductFormField"))
    )
    addons: list[ProductAddon] | _t.NotGiven = _c.opt(
        "addons", _c.list_(_c.model(_MODELS, "ProductAddon"))
    )
    subproducts: list[Any] | _t.NotGiven = _c.opt("subproducts", _c.list_(_c.ANY))
