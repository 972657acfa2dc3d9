"""Results"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .. import _models as _c
from .. import _types as _t

if TYPE_CHECKING:
    from .item import Item

__all__ = ["Results"]

_MODELS = "pagination.models"


@dataclass(kw_only=True, repr=False)
class Results(_c.BaseModel):
    """Results"""

    total: int | _t.NotGiven = _c.opt("total", _c.INT)
    results: list[Item] | _t.NotGiven = _c.opt(
        "results", _c.list_(_c.model(_MODELS, "Item"))
    )
    next_token: str | _t.NotGiven = _c.opt("nextToken", _c.STR)
