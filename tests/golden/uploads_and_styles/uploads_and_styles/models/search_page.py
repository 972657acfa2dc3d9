"""SearchPage"""

from __future__ import annotations

from dataclasses import dataclass

from .. import _models as _c
from .. import _types as _t

__all__ = ["SearchPage"]

_MODELS = "uploads_and_styles.models"


@dataclass(kw_only=True, repr=False)
class SearchPage(_c.BaseModel):
    """SearchPage"""

    size: int | _t.NotGiven = _c.opt("size", _c.INT)
    number: int | _t.NotGiven = _c.opt("number", _c.INT)
