"""ByLabelsError400"""

from __future__ import annotations

from dataclasses import dataclass

from .. import _models as _c
from .. import _types as _t

__all__ = ["ByLabelsError400"]

_MODELS = "uploads_and_styles.models"


@dataclass(kw_only=True, repr=False)
class ByLabelsError400(_c.BaseModel):
    """ByLabelsError400"""

    detail: str | _t.NotGiven = _c.opt("detail", _c.STR)
