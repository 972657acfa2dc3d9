"""ProductConfigurationResponse"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .. import _models as _c

if TYPE_CHECKING:
    from .product_configuration import ProductConfiguration

__all__ = ["ProductConfigurationResponse"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class ProductConfigurationResponse(_c.BaseModel):
    """ProductConfigurationResponse

    Attributes:
        product: Product details with form configuration, addons and subproducts.
    """

    product: ProductConfiguration = _c.req(
        "product", _c.model(_MODELS, "ProductConfiguration")
    )
