"""ProductListResponse"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .. import _models as _c

if TYPE_CHECKING:
    from .product import Product

__all__ = ["ProductListResponse"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class ProductListResponse(_c.BaseModel):
    """ProductListResponse"""

    products: list[Product] = _c.req("products", _c.list_(_c.model(_MODELS, "Product")))
