"""Received"""

from __future__ import annotations

from dataclasses import dataclass

from .. import _models as _c
from .. import _types as _t

__all__ = ["Received"]

_MODELS = "uploads_and_styles.models"


@dataclass(kw_only=True, repr=False)
class Received(_c.BaseModel):
    """Received"""

    parts: list[str] | _t.NotGiven = _c.opt("parts", _c.list_(_c.STR))
