"""OrderRequest: Multi-service order (also used for `POST /quote`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .. import _models as _c
from .. import _types as _t

if TYPE_CHECKING:
    from .order_item import OrderItem

__all__ = ["OrderRequest"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class OrderRequest(_c.BaseModel):
    """Multi-service order (also used for `POST /quote`).

    Attributes:
        pay_method: Payment method ID
        items: list with order items
    """

    pay_method: int | _t.NotGiven = _c.opt("pay_method", _c.INT)
    items: list[OrderItem] | _t.NotGiven = _c.opt(
        "items", _c.list_(_c.model(_MODELS, "OrderItem"))
    )
