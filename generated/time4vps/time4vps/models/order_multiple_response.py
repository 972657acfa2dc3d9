"""OrderMultipleResponse"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .. import _models as _c
from .. import _types as _t

if TYPE_CHECKING:
    from .ordered_item import OrderedItem

__all__ = ["OrderMultipleResponse"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class OrderMultipleResponse(_c.BaseModel):
    """OrderMultipleResponse

    Attributes:
        order_num_list: Order numbers
        invoice_id: Invoice ID
        total: Order total, as a decimal string
        items: Created items
    """

    order_num_list: list[int] | _t.NotGiven = _c.opt("order_num_list", _c.list_(_c.INT))
    invoice_id: str | _t.NotGiven = _c.opt("invoice_id", _c.STR)
    total: str | _t.NotGiven = _c.opt("total", _c.STR)
    items: list[OrderedItem] | _t.NotGiven = _c.opt(
        "items", _c.list_(_c.model(_MODELS, "OrderedItem"))
    )
