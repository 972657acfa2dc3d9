"""ItemList"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .. import _models as _c
from .. import _types as _t

if TYPE_CHECKING:
    from .item import Item

__all__ = ["ItemList"]

_MODELS = "pagination.models"


@dataclass(kw_only=True, repr=False)
class ItemList(_c.BaseModel):
    """ItemList"""

    data: list[Item] | _t.NotGiven = _c.opt("data", _c.list_(_c.model(_MODELS, "Item")))
    next_cursor: str | _t.NotGiven | None = _c.opt("next_cursor", _c.nullable(_c.STR))
    has_more: bool | _t.NotGiven = _c.opt("has_more", _c.BOOL)
