"""OrderResponse: Submitted order."""

from __future__ import annotations

from dataclasses import dataclass

from .. import _models as _c
from .. import _types as _t

__all__ = ["OrderResponse"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class OrderResponse(_c.BaseModel):
    """Submitted order.

    Attributes:
        order_num: Order number (see `GET /service/order/{order_num}`)
        invoice_id: Invoice ID
        total: Order total, as a decimal string
    """

    order_num: int = _c.req("order_num", _c.INT)
    invoice_id: str | _t.NotGiven = _c.opt("invoice_id", _c.STR)
    total: str | _t.NotGiven = _c.opt("total", _c.STR)
