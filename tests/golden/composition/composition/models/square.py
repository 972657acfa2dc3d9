"""Square"""

from __future__ import annotations

from dataclasses import dataclass

from .. import _models as _c

__all__ = ["Square"]

_MODELS = "composition.models"


@dataclass(kw_only=True, repr=False)
class Square(_c.BaseModel):
    """Square"""

    side: float = _c.req("side", _c.FLOAT)
