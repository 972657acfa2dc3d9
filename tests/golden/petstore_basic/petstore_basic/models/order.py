"""Order"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .. import _models as _c
from .. import _types as _t

if TYPE_CHECKING:
    from .order_priority import OrderPriority

__all__ = ["Order"]

_MODELS = "petstore_basic.models"


@dataclass(kw_only=True, repr=False)
class Order(_c.BaseModel):
    """Order"""

    id: int | _t.NotGiven = _c.opt("id", _c.INT)
    pet_id: int | _t.NotGiven = _c.opt("petId", _c.INT)
    quantity: int | _t.NotGiven = _c.opt("quantity", _c.INT)
    priority: OrderPriority | int | _t.NotGiven = _c.opt(
        "priority", _c.enum(_MODELS, "OrderPriority")
    )
    complete: bool | _t.NotGiven = _c.opt("complete", _c.BOOL)
