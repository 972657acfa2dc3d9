"""ItemPage"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .. import _models as _c
from .. import _types as _t

if TYPE_CHECKING:
    from .item import Item

__all__ = ["ItemPage"]

_MODELS = "openapi31.models"


@dataclass(kw_only=True, repr=False)
class ItemPage(_c.BaseModel):
    """ItemPage"""

    items: list[Item] = _c.req("items", _c.list_(_c.model(_MODELS, "Item")))
    next: str | _t.NotGiven | None = _c.opt("next", _c.nullable(_c.STR))
