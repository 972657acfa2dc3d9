"""Item"""

from __future__ import annotations

from dataclasses import dataclass

from .. import _models as _c
from .. import _types as _t

__all__ = ["Item"]

_MODELS = "pagination.models"


@dataclass(kw_only=True, repr=False)
class Item(_c.BaseModel):
    """Item"""

    id: int = _c.req("id", _c.INT)
    name: str | _t.NotGiven = _c.opt("name", _c.STR)
