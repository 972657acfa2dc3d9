"""NewItem"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .. import _models as _c
from .. import _types as _t

if TYPE_CHECKING:
    from .new_item_status import NewItemStatus

__all__ = ["NewItem"]

_MODELS = "swagger2_store.models"


@dataclass(kw_only=True, repr=False)
class NewItem(_c.BaseModel):
    """NewItem"""

    name: str = _c.req("name", _c.STR)
    price: float | _t.NotGiven = _c.opt("price", _c.FLOAT)
    status: NewItemStatus | str | _t.NotGiven = _c.opt(
        "status", _c.enum(_MODELS, "NewItemStatus")
    )
    note: str | _t.NotGiven | None = _c.opt("note", _c.nullable(_c.STR))
