"""Runs"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .. import _models as _c
from .. import _types as _t

if TYPE_CHECKING:
    from .item import Item

__all__ = ["Runs"]

_MODELS = "pagination.models"


@dataclass(kw_only=True, repr=False)
class Runs(_c.BaseModel):
    """Runs"""

    total_count: int | _t.NotGiven = _c.opt("total_count", _c.INT)
    runs: list[Item] | _t.NotGiven = _c.opt("runs", _c.list_(_c.model(_MODELS, "Item")))
