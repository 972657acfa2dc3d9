"""SearchError400"""

from __future__ import annotations

from dataclasses import dataclass

from .. import _models as _c
from .. import _types as _t

__all__ = ["SearchError400"]

_MODELS = "uploads_and_styles.models"


@dataclass(kw_only=True, repr=False)
class SearchError400(_c.BaseModel):
    """SearchError400"""

    detail: str | _t.NotGiven = _c.opt("detail", _c.STR)
