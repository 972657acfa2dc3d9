"""OrderedItem: Item created by an order."""

from __future__ import annotations

from dataclasses import dataclass

from .. import _models as _c
from .. import _types as _t

__all__ = ["OrderedItem"]

_MODELS = "time4vps.models"


@dataclass(kw_only=True, repr=False)
class OrderedItem(_c.BaseModel):
    """Item created by an order.

    Attributes:
        type: Item type, e.g. `Hosting`, `Domain Register`
        id: ID of the created service or domain
        name: Item name (domain)
        product_id: Product ID
    """

    type: str | _t.NotGiven = _c.opt("type", _c.STR)
    id: str | _t.NotGiven = _c.opt("id", _c.STR)
    name: str | _t.NotGiven = _c.opt("name", _c.STR)
    product_id: str | _t.NotGiven = _c.opt("product_id", _c.STR)
