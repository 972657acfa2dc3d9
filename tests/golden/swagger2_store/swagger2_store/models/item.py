"""Item"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .. import _models as _c
from .. import _types as _t

if TYPE_CHECKING:
    from .new_item_status import NewItemStatus

__all__ = ["Item"]

_MODELS = "swagger2_store.models"


@dataclass(kw_only=True, repr=False)
class Item(_c.BaseModel):
    """Item"""

    name: str = _c.req("name", _c.STR)
    id: int = _c.req("id", _c.INT)
    price: float | _t.NotGiven = _c.opt("price", _c.FLOAT)
    status: NewItemStatus | str | _t.NotGiven = _c.opt(
        "status", _c.enum(_MODELS, "NewItemStatus")
    )
    note: str | _t.NotGiven | None = _c.opt("note", _c.nullable(_c.STR))
    created: datetime.datetime | _t.NotGiven = _c.opt("created", _c.DATETIME)
